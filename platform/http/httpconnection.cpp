#include "httpconnection.h"

#include "httpserver.h"

#include <QLoggingCategory>
#include <QMutexLocker>
#include <QSslSocket>
#include <QTcpSocket>
#include <QThread>

#include <chrono>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace rw {

// Per-request chatter: debug output is off unless asked for with QT_LOGGING_RULES.
Q_LOGGING_CATEGORY(lcHttpConnection, "rw.http.connection", QtInfoMsg)

namespace {

// Bytes taken from the socket per read; big enough that a large body needs few passes.
constexpr qint64 kReadChunk = 256 * 1024;
// What Qt may buffer from the kernel while we do not read: beyond it TCP pushes back.
constexpr qint64 kSocketReadBuffer = 1024 * 1024;

qint64 nowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

} // namespace

HttpConnection::HttpConnection(HttpServer *server, QTcpSocket *socket, const HttpServerLimits &limits,
                               bool tls)
    : QObject(server)
    , m_server(server)
    , m_socket(socket)
    , m_ssl(qobject_cast<QSslSocket *>(socket))
    , m_limits(limits)
    , m_parser(limits)
    , m_channel(std::make_shared<HttpResponderChannel>())
{
    m_channel->connection = this;
    m_channel->thread = thread();

    socket->setParent(this);
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    socket->setReadBufferSize(kSocketReadBuffer);

    HttpRequest base;
    base.peerAddress = socket->peerAddress();
    base.peerPort = socket->peerPort();
    base.tls = tls;
    if (m_ssl)
        base.peerCertificate = m_ssl->peerCertificate();
    m_parser.setRequestTemplate(base);

    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    connect(socket, &QIODevice::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QIODevice::bytesWritten, this, &HttpConnection::onBytesWritten);
    if (m_ssl)
        connect(m_ssl, &QSslSocket::encryptedBytesWritten, this, &HttpConnection::onBytesWritten);
    connect(socket, &QAbstractSocket::disconnected, this, &HttpConnection::finish);
    connect(socket, &QAbstractSocket::errorOccurred, this, &HttpConnection::onSocketError);

    m_idleDeadline = nowMs() + m_limits.idleTimeout.count();
}

HttpConnection::~HttpConnection()
{
    closeChannel();
}

void HttpConnection::closeChannel()
{
    QMutexLocker lock(&m_channel->mutex);
    m_channel->connection = nullptr;
}

void HttpConnection::start()
{
    // A client may have closed again, or (TLS) sent its request, before the server took the socket.
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        finish();
        return;
    }
    processInput();
    armTimer();
}

void HttpConnection::refuse(const HttpResponse &response)
{
    failRequest(response);
    armTimer();
}

qint64 HttpConnection::pendingOutput() const
{
    if (!m_socket)
        return 0;
    qint64 pending = m_socket->bytesToWrite();
    if (m_ssl)
        pending += m_ssl->encryptedBytesToWrite();
    return pending;
}

void HttpConnection::onReadyRead()
{
    if (m_state == State::Open)
        processInput();
    else if (m_state == State::Lingering)
        drainInput();
    armTimer();
}

void HttpConnection::onBytesWritten()
{
    m_writeDeadline = nowMs() + m_limits.readTimeout.count();
    if (m_state == State::Lingering) {
        // Queued: QSslSocket reports bytesWritten once OpenSSL has the data, before it has moved
        // the encrypted bytes on to the socket; a half-close now would cut them off.
        QMetaObject::invokeMethod(this, &HttpConnection::maybeShutdownWrite, Qt::QueuedConnection);
    } else if (m_state == State::Open)
        processInput();
    armTimer();
}

void HttpConnection::onSocketError()
{
    // The peer closing is followed by disconnected(), after Qt has written what it still holds.
    if (!m_socket || m_socket->error() == QAbstractSocket::RemoteHostClosedError)
        return;
    qCDebug(lcHttpConnection) << "Connection from" << m_socket->peerAddress()
                              << "failed:" << m_socket->errorString();
    finish();
}

bool HttpConnection::canParse() const
{
    return m_state == State::Open && !m_noMoreRequests && !m_upgradeHold &&
           m_queue.size() < size_t(qMax(1, m_limits.maxPipelinedRequests)) &&
           pendingOutput() < m_limits.maxPendingOutputBytes;
}

bool HttpConnection::fillInput()
{
    const qint64 available = m_socket->bytesAvailable();
    if (available <= 0) {
        m_in.resize(0);
        m_inPos = 0;
        return false;
    }
    // Reuses m_in's allocation: it is never shared, so resize() does not reallocate.
    m_in.resize(qsizetype(qMin(available, kReadChunk)));
    const qint64 n = m_socket->read(m_in.data(), m_in.size());
    m_in.resize(qsizetype(qMax<qint64>(n, 0)));
    m_inPos = 0;
    return n > 0;
}

void HttpConnection::processInput()
{
    if (m_processing)
        return; // the loop further up the stack goes on
    m_processing = true;
    while (canParse()) {
        if (m_inPos == m_in.size() && !fillInput())
            break;
        const bool wasIdle = m_parser.isIdle();
        qsizetype used = 0;
        const auto event = m_parser.parse(QByteArrayView(m_in).sliced(m_inPos), &used);
        m_inPos += used;
        if (used > 0) {
            // The head must arrive within readTimeout of its first byte; the body may pause for
            // up to readTimeout between fragments.
            if (wasIdle || m_parser.isReceivingBody())
                m_readDeadline = nowMs() + m_limits.readTimeout.count();
        }
        switch (event) {
        case HttpRequestParser::Event::NeedMore:
            break;
        case HttpRequestParser::Event::HeadComplete:
            onHeadComplete();
            break;
        case HttpRequestParser::Event::RequestComplete:
            dispatchRequest();
            break;
        case HttpRequestParser::Event::Error:
            qCDebug(lcHttpConnection) << "Refused a request from" << m_socket->peerAddress() << ":"
                                      << m_parser.errorStatus() << m_parser.errorMessage();
            failRequest(m_parser.errorResponse());
            break;
        }
    }
    m_processing = false;
}

void HttpConnection::onHeadComplete()
{
    if (!m_parser.isAwaitingContinue())
        return;
    // RFC 9110 §10.1.1. A 100 written now would overtake the answers still owed to earlier
    // pipelined requests, so it waits until they are out.
    if (m_queue.empty())
        writeOut(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
    else
        m_continueDeferred = true;
}

void HttpConnection::dispatchRequest()
{
    HttpRequest request = m_parser.takeRequest();
    Slot slot;
    slot.keepAlive = request.wantsKeepAlive();
    slot.upgrade = request.isUpgrade() && request.body.isEmpty();
    const quint64 sequence = m_firstSequence + m_queue.size();
    m_queue.push_back(std::move(slot));
    m_continueDeferred = false;
    if (!m_queue.back().keepAlive)
        m_noMoreRequests = true; // what follows on this connection is not read
    if (m_queue.back().upgrade) {
        // The bytes after an upgrade request belong to the next protocol: read nothing more.
        m_upgradeHold = true;
        m_upgradeHead = request.headToWire();
    }
    m_server->dispatch(request, HttpResponder::create(m_channel, sequence, request));
}

void HttpConnection::failRequest(const HttpResponse &response)
{
    Slot slot;
    slot.response = response;
    slot.done = true;
    slot.keepAlive = false;
    m_queue.push_back(std::move(slot));
    m_noMoreRequests = true;
    flush();
}

void HttpConnection::deliver(quint64 sequence, HttpResponse &&response)
{
    if (m_state != State::Open || sequence < m_firstSequence)
        return;
    const quint64 index = sequence - m_firstSequence;
    if (index >= m_queue.size())
        return;
    Slot &slot = m_queue[size_t(index)];
    if (slot.done)
        return;
    slot.done = true;
    slot.response = std::move(response);
    if (index == 0)
        flush();
    armTimer();
}

void HttpConnection::flush()
{
    while (m_state == State::Open && !m_queue.empty() && m_queue.front().done) {
        Slot slot = std::move(m_queue.front());
        m_queue.pop_front();
        ++m_firstSequence;
        if (slot.upgrade)
            m_upgradeHold = false; // answered in HTTP after all: the connection stays HTTP
        const bool keepAlive = slot.keepAlive && !slot.response.wantsClose();
        writeOut(slot.response.toWire(keepAlive));
        if (!keepAlive) {
            // Later requests are dropped unanswered; their responders become no-ops.
            m_firstSequence += m_queue.size();
            m_queue.clear();
            m_noMoreRequests = true;
            beginLinger();
            return;
        }
    }
    if (m_state != State::Open)
        return;
    if (m_queue.empty()) {
        m_idleDeadline = nowMs() + m_limits.idleTimeout.count();
        if (m_continueDeferred) {
            m_continueDeferred = false;
            if (m_parser.isAwaitingContinue())
                writeOut(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
        }
    }
    processInput(); // there may be room for more requests now
}

void HttpConnection::writeOut(const QByteArray &bytes)
{
    if (!m_socket)
        return;
    if (pendingOutput() == 0)
        m_writeDeadline = nowMs() + m_limits.readTimeout.count();
    m_socket->write(bytes);
}

void HttpConnection::beginLinger()
{
    m_state = State::Lingering;
    m_upgradeHold = false;
    m_in.clear();
    m_inPos = 0;
    maybeShutdownWrite();
    if (m_state == State::Lingering)
        drainInput();
}

void HttpConnection::maybeShutdownWrite()
{
    if (m_state != State::Lingering || m_writeShut || pendingOutput() > 0 || !m_socket)
        return;
    m_writeShut = true;
    m_lingerDeadline = nowMs() + m_limits.lingerTimeout.count();
#ifdef Q_OS_UNIX
    // Half-close: the client sees the end of our output after the last response, while what it
    // still sends is drained here. Closing outright would let the kernel answer that unread
    // input with a reset, which can destroy the response before the client reads it (RFC 9112
    // §9.6). Qt has no half-close, so the descriptor is used directly.
    if (m_socket->socketDescriptor() >= 0)
        ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
#else
    m_socket->disconnectFromHost();
#endif
}

void HttpConnection::drainInput()
{
    if (!m_socket)
        return;
    char buffer[16 * 1024];
    qint64 n = 0;
    while ((n = m_socket->read(buffer, sizeof buffer)) > 0)
        m_discarded += n;
    if (m_discarded > m_limits.maxBodyBytes)
        finish(); // a client that keeps sending after our last word gets cut off
}

void HttpConnection::finish()
{
    if (m_state == State::Finished || m_state == State::Detached)
        return;
    m_state = State::Finished;
    closeChannel();
    m_timer.stop();
    m_queue.clear();
    if (m_socket) {
        m_socket->disconnect(this);
        if (m_ssl)
            m_ssl->disconnect(this);
        m_socket->abort();
    }
    emit finished(this);
}

QTcpSocket *HttpConnection::takeSocket(quint64 sequence)
{
    if (m_state != State::Open || !m_socket || m_queue.size() != 1 || m_firstSequence != sequence ||
        !m_queue.front().upgrade || m_queue.front().done)
        return nullptr;
    QTcpSocket *socket = m_socket;
    socket->disconnect(this);
    // Put the head back, and whatever followed it, in front of what the socket still holds, so
    // that the next protocol reads the handshake itself (QWebSocketServer::handleConnection).
    const QByteArray putBack = m_upgradeHead + m_in.sliced(m_inPos);
    for (qsizetype i = putBack.size(); i-- > 0;)
        socket->ungetChar(putBack[i]);
    socket->setReadBufferSize(0);
    socket->setParent(nullptr);
    m_socket = nullptr;
    m_ssl = nullptr;
    m_state = State::Detached;
    m_queue.clear();
    m_in.clear();
    m_inPos = 0;
    m_timer.stop();
    closeChannel();
    emit finished(this);
    return socket;
}

std::pair<HttpConnection::Deadline, qint64> HttpConnection::currentDeadline() const
{
    switch (m_state) {
    case State::Finished:
    case State::Detached:
        return {Deadline::None, 0};
    case State::Lingering:
        if (!m_writeShut)
            return {Deadline::Write, m_writeDeadline};
        return {Deadline::Linger, m_lingerDeadline};
    case State::Open:
        break;
    }
    if (pendingOutput() > 0)
        return {Deadline::Write, m_writeDeadline};
    const bool pausedByUs = m_upgradeHold || m_queue.size() >= size_t(qMax(1, m_limits.maxPipelinedRequests));
    if (!m_noMoreRequests && !m_parser.isIdle() && !pausedByUs)
        return {Deadline::Read, m_readDeadline};
    if (!m_noMoreRequests && m_parser.isIdle() && m_queue.empty() && m_inPos == m_in.size())
        return {Deadline::Idle, m_idleDeadline};
    return {Deadline::None, 0}; // a handler has the next move
}

void HttpConnection::armTimer()
{
    const auto [kind, deadline] = currentDeadline();
    if (kind == Deadline::None)
        return; // a running timer finds nothing to do when it fires
    if (m_timer.isActive() && m_timerDeadline <= deadline)
        return; // it fires first and re-arms for the rest
    m_timerDeadline = deadline;
    m_timer.start(int(qBound(qint64(0), deadline - nowMs(), qint64(std::numeric_limits<int>::max()))));
}

void HttpConnection::onTimeout()
{
    const auto [kind, deadline] = currentDeadline();
    if (kind == Deadline::None)
        return;
    const qint64 now = nowMs();
    if (now < deadline) {
        m_timerDeadline = deadline;
        m_timer.start(int(qMin<qint64>(deadline - now, std::numeric_limits<int>::max())));
        return;
    }
    switch (kind) {
    case Deadline::Read:
        qCDebug(lcHttpConnection) << "Request from" << m_socket->peerAddress() << "timed out";
        failRequest(HttpResponse::error(
            408, QStringLiteral("request_timeout"),
            HttpServer::tr("The request was not received within the read timeout of %1 ms")
                .arg(m_limits.readTimeout.count())));
        break;
    case Deadline::Idle:
        // A kept-alive connection without a request is closed quietly (RFC 9112 §9.5).
        m_noMoreRequests = true;
        beginLinger();
        break;
    case Deadline::Write:
    case Deadline::Linger:
        // The client does not take our output, or does not close after our last response.
        finish();
        break;
    case Deadline::None:
        break;
    }
    armTimer();
}

} // namespace rw
