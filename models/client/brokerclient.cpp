#include "brokerclient.h"

#include "certificatepin.h"
#include "protocol/compression.h"
#include "protocol/protobufcodec.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QUrlQuery>
#include <QWebSocket>

Q_LOGGING_CATEGORY(lcBrokerClient, "rw.client.broker")

namespace rw {

namespace {

constexpr qsizetype MaxInflatedBytes = 256 * 1024 * 1024; // a batch bigger than this is hostile

/**
 * The HTTP status with which the platform refused the WebSocket handshake, or 0 if it was not refused
 * with an answer. Qt 6.4 has no API for it: QWebSocket reports any status other than 101 as
 * ConnectionRefusedError with the text "QWebSocketPrivate::processHandshake: Unhandled http status code:
 * 401 (Unauthorized)." (no zh_CN catalogue of Qt WebSockets exists, and a translation keeps the number).
 * A refusal at the TCP level ("Connection refused") carries no status. Read when the error is signalled:
 * by the time of disconnected() the socket's error() is the server's closing the connection.
 */
int handshakeStatus(QAbstractSocket::SocketError error, const QString &text)
{
    if (error != QAbstractSocket::ConnectionRefusedError ||
        !text.contains(QLatin1String("http"), Qt::CaseInsensitive))
        return 0;
    static const QRegularExpression status(QStringLiteral("\\b([1-5][0-9][0-9])\\b"));
    const QRegularExpressionMatch match = status.match(text);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

} // namespace

BrokerClient::BrokerClient(std::shared_ptr<const InterfaceCatalogue> catalogue, QObject *parent)
    : QObject(parent)
    , m_codec(std::make_unique<ProtobufCodec>(std::move(catalogue)))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &BrokerClient::connectNow);
    // The real receivers send "ping" as keep-alive; it also shows a dead link sooner.
    m_pingTimer.setInterval(20000);
    connect(&m_pingTimer, &QTimer::timeout, this, [this] {
        if (m_socket && m_state == State::Connected)
            m_socket->sendTextMessage(QStringLiteral("ping"));
    });
}

BrokerClient::~BrokerClient()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        delete m_socket;
    }
}

void BrokerClient::setBackoff(int initialMs, int maxMs)
{
    m_initialBackoffMs = qMax(1, initialMs);
    m_maxBackoffMs = qMax(m_initialBackoffMs, maxMs);
    m_nextBackoffMs = m_initialBackoffMs;
}

QUrl BrokerClient::brokerUrl() const
{
    QUrl url = m_baseUrl;
    url.setScheme(m_baseUrl.scheme() == QStringLiteral("https") ? QStringLiteral("wss")
                                                                : QStringLiteral("ws"));
    url.setPath(QStringLiteral("/broker/"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("topics"), m_topics.join(QLatin1Char(',')));
    if (m_compress)
        query.addQueryItem(QStringLiteral("compress"), QStringLiteral("gzip"));
    url.setQuery(query);
    return url;
}

void BrokerClient::open(const QUrl &platformBaseUrl, const QByteArray &token, const QStringList &topics)
{
    m_baseUrl = platformBaseUrl;
    m_token = token;
    m_topics = topics;
    m_wanted = true;
    m_waitingForToken = false;
    m_nextBackoffMs = m_initialBackoffMs;
    connectNow();
}

void BrokerClient::setToken(const QByteArray &token)
{
    m_token = token;
    if (!m_wanted)
        return;
    if (m_waitingForToken || m_state == State::WaitingToReconnect) {
        m_waitingForToken = false;
        m_nextBackoffMs = m_initialBackoffMs;
        m_retryTimer.stop();
        connectNow();
    }
}

void BrokerClient::close()
{
    m_wanted = false;
    m_retryTimer.stop();
    m_pingTimer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->close();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    setState(State::Disconnected);
}

void BrokerClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void BrokerClient::connectNow()
{
    if (!m_wanted)
        return;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    QWebSocket *socket = m_socket;
    connect(socket, &QWebSocket::connected, this, [this, socket] {
        if (!m_pin.isEmpty()) {
            // Reached with a verified chain too: the pin still decides.
            const QByteArray presented =
                CertificatePin::fingerprintOf(socket->sslConfiguration().peerCertificate());
            if (presented != m_pin) {
                m_wanted = false;
                socket->abort();
                Q_EMIT certificateMismatch(m_pin, presented);
                setState(State::Disconnected);
                return;
            }
        }
        m_nextBackoffMs = m_initialBackoffMs;
        m_pingTimer.start();
        setState(State::Connected);
    });
    connect(socket, &QWebSocket::sslErrors, this, [this, socket](const QList<QSslError> &errors) {
        QSslCertificate peer = socket->sslConfiguration().peerCertificate();
        for (const QSslError &e : errors) {
            if (peer.isNull() && !e.certificate().isNull())
                peer = e.certificate();
        }
        const QByteArray presented = CertificatePin::fingerprintOf(peer);
        if (m_pin.isEmpty() || presented != m_pin) {
            m_wanted = false;
            Q_EMIT certificateMismatch(m_pin, presented);
            return; // not ignored: the handshake fails
        }
        socket->ignoreSslErrors(CertificatePin::expectedErrors(errors, peer));
    });
    connect(socket, &QWebSocket::binaryMessageReceived, this, &BrokerClient::onBinaryMessage);
    connect(socket, &QWebSocket::textMessageReceived, this, &BrokerClient::onTextMessage);
    connect(socket, &QWebSocket::disconnected, this, &BrokerClient::onDisconnected);
    m_handshakeStatus = 0;
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this, socket](QAbstractSocket::SocketError error) {
                const int status = handshakeStatus(error, socket->errorString());
                if (status == 0)
                    return;
                m_handshakeStatus = status;
                // QWebSocket keeps the refused connection open until the platform's idle timeout (30 s):
                // drop it now, so that the refusal is handled (and a retry scheduled) at once.
                QMetaObject::invokeMethod(socket, &QWebSocket::abort, Qt::QueuedConnection);
            });

    QNetworkRequest request(brokerUrl());
    // In the header rather than the URL, so that it stays out of proxies' logs.
    request.setRawHeader("Authorization", "Bearer " + m_token);
    if (brokerUrl().scheme() == QStringLiteral("wss")) {
        request.setSslConfiguration(CertificatePin::pinningConfiguration());
    }
    setState(State::Connecting);
    socket->open(request);
}

void BrokerClient::onDisconnected()
{
    m_pingTimer.stop();
    QWebSocket *socket = m_socket;
    if (socket) {
        const int code = int(socket->closeCode());
        const QString reason = socket->closeReason();
        if (code == SessionEndedCloseCode) {
            m_waitingForToken = true;
            setState(State::Disconnected);
            Q_EMIT sessionRejected(reason);
            return;
        }
        // A platform that restarted (or signed the session out while the console was away) refuses
        // the old token at the handshake with 401 rather than closing with 4401: the same ending.
        // Retrying the dead token would loop for ever; wait for a new one instead.
        if (m_handshakeStatus == 401) {
            qCInfo(lcBrokerClient) << "broker refused the session token:" << socket->errorString();
            m_waitingForToken = true;
            setState(State::Disconnected);
            Q_EMIT sessionRejected(
                tr("The platform no longer knows this session (HTTP 401); sign in again."));
            return;
        }
        if (socket->error() != QAbstractSocket::UnknownSocketError)
            qCInfo(lcBrokerClient) << "broker connection lost:" << socket->errorString();
    }
    if (!m_wanted) {
        setState(State::Disconnected);
        return;
    }
    scheduleReconnect();
}

void BrokerClient::scheduleReconnect()
{
    // Full jitter on the upper half: consoles that lost the platform together do not return together.
    const int delay = m_nextBackoffMs / 2 + int(QRandomGenerator::global()->bounded(m_nextBackoffMs / 2 + 1));
    m_nextBackoffMs = qMin(m_nextBackoffMs * 2, m_maxBackoffMs);
    ++m_reconnects;
    setState(State::WaitingToReconnect);
    m_retryTimer.start(delay);
}

void BrokerClient::onBinaryMessage(const QByteArray &message)
{
    QByteArray bytes = message;
    if (message.startsWith("\x1f\x8b")) {
        QString error;
        bytes = Compression::gunzip(message, MaxInflatedBytes, &error);
        if (bytes.isEmpty()) {
            ++m_malformed;
            const QString text =
                tr("A broker message of %1 bytes could not be inflated: %2").arg(message.size()).arg(error);
            qCWarning(lcBrokerClient).noquote() << text;
            Q_EMIT messageRejected(text);
            return;
        }
    }
    const DecodeResult decoded = m_codec->decode(bytes, true);
    if (!decoded.ok()) {
        ++m_malformed;
        const QString text =
            tr("A broker message of %1 bytes was skipped: %2").arg(message.size()).arg(decoded.error);
        qCWarning(lcBrokerClient).noquote() << text;
        Q_EMIT messageRejected(text);
        return;
    }
    m_lastMessageAt = QDateTime::currentDateTimeUtc();
    Q_EMIT envelopesReceived(decoded.envelopes, m_lastMessageAt);
}

void BrokerClient::onTextMessage(const QString &message)
{
    if (message == QStringLiteral("pong"))
        return;
    const QJsonObject object = QJsonDocument::fromJson(message.toUtf8()).object();
    if (object.value(QStringLiteral("type")).toString() == QStringLiteral("dropped")) {
        Q_EMIT recordsDropped(object.value(QStringLiteral("count")).toInteger());
        return;
    }
    qCInfo(lcBrokerClient).noquote() << "unexpected broker text message:" << message.left(200);
}

} // namespace rw
