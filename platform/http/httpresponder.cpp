#include "httpresponder.h"

#include "httpconnection.h"
#include "httprequest.h"

#include <QCoreApplication>
#include <QMutexLocker>
#include <QThread>

#include <atomic>

namespace rw {

namespace {

class ResponderText
{
    Q_DECLARE_TR_FUNCTIONS(rw::HttpResponder)
};

// Hands \a response to the connection of \a channel: directly on its thread, else queued.
void deliverTo(const std::shared_ptr<HttpResponderChannel> &channel, quint64 sequence,
               HttpResponse &&response)
{
    QMutexLocker lock(&channel->mutex);
    HttpConnection *connection = channel->connection;
    if (!connection)
        return;
    if (QThread::currentThread() == channel->thread) {
        // Only this thread deletes the connection, so it outlives the call without the lock.
        lock.unlock();
        connection->deliver(sequence, std::move(response));
        return;
    }
    // The connection's destructor waits for the lock, so it is alive while the event is posted;
    // a posted event of a deleted object is discarded.
    QMetaObject::invokeMethod(
        connection,
        [connection, sequence, response = std::move(response)]() mutable {
            connection->deliver(sequence, std::move(response));
        },
        Qt::QueuedConnection);
}

} // namespace

struct HttpResponder::State
{
    State(std::shared_ptr<HttpResponderChannel> channel, quint64 sequence, const QByteArray &method,
          const QString &path)
        : channel(std::move(channel))
        , sequence(sequence)
        , method(method)
        , path(path)
    {}

    ~State()
    {
        if (answered.exchange(true))
            return;
        // Every copy is gone without an answer: a bug in a handler, not the client's fault.
        deliverTo(channel, sequence,
                  HttpResponse::error(500, QStringLiteral("internal_error"),
                                      ResponderText::tr("The handler for %1 %2 finished without answering")
                                          .arg(QString::fromLatin1(method), path)));
    }

    std::shared_ptr<HttpResponderChannel> channel;
    quint64 sequence;
    QByteArray method;
    QString path;
    std::atomic<bool> answered{false};
};

HttpResponder::HttpResponder(std::shared_ptr<State> state)
    : m_state(std::move(state))
{}

HttpResponder HttpResponder::create(std::shared_ptr<HttpResponderChannel> channel, quint64 sequence,
                                    const HttpRequest &request)
{
    return HttpResponder(std::make_shared<State>(std::move(channel), sequence, request.method, request.path));
}

void HttpResponder::respond(HttpResponse response) const
{
    if (!m_state || m_state->answered.exchange(true))
        return;
    deliverTo(m_state->channel, m_state->sequence, std::move(response));
}

bool HttpResponder::isPending() const
{
    if (!m_state || m_state->answered.load())
        return false;
    QMutexLocker lock(&m_state->channel->mutex);
    return m_state->channel->connection != nullptr;
}

QTcpSocket *HttpResponder::takeSocket() const
{
    if (!m_state || m_state->answered.load() || QThread::currentThread() != m_state->channel->thread)
        return nullptr;
    HttpConnection *connection = nullptr;
    {
        QMutexLocker lock(&m_state->channel->mutex);
        connection = m_state->channel->connection;
    }
    if (!connection)
        return nullptr;
    QTcpSocket *socket = connection->takeSocket(m_state->sequence);
    if (socket)
        m_state->answered.store(true);
    return socket;
}

} // namespace rw
