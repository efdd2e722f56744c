#pragma once

#include "httprequestparser.h"
#include "httpresponder.h"
#include "httpserverlimits.h"

#include <QByteArray>
#include <QMutex>
#include <QObject>
#include <QTimer>

#include <deque>
#include <memory>

class QSslSocket;
class QTcpSocket;
class QThread;

namespace rw {

class HttpConnection;
class HttpServer;

/**
 * The link between the responders of one connection and the connection, shared by all of them.
 * The mutex lets a responder on another thread post to the connection while it is alive and
 * lets the connection's destructor wait until such a post is done (internal).
 */
struct HttpResponderChannel
{
    QMutex mutex;
    HttpConnection *connection = nullptr; //!< guarded by mutex; null once the connection is gone
    QThread *thread = nullptr;            //!< the connection's thread; fixed
};

/**
 * \brief One client connection of HttpServer (internal).
 *
 * Parses requests as bytes arrive, hands them to the server's handlers, and writes their
 * responses in request order, whatever order the handlers answer in. Enforces the limits:
 * pipelining depth, output backlog, read, idle and write timeouts. Closes by half-closing and
 * draining so that the client reads the last response rather than a reset.
 */
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    HttpConnection(HttpServer *server, QTcpSocket *socket, const HttpServerLimits &limits, bool tls);
    ~HttpConnection() override;

    /** Starts serving: reads what already arrived. */
    void start();
    /** Answers \a response at once and closes, without reading a request (server full). */
    void refuse(const HttpResponse &response);

    /** The answer of request \a sequence; called on the connection's thread. */
    void deliver(quint64 sequence, HttpResponse &&response);
    /** See HttpResponder::takeSocket(). */
    QTcpSocket *takeSocket(quint64 sequence);

signals:
    /** The connection is over (closed, failed or handed over); the server deletes it. */
    void finished(rw::HttpConnection *connection);

private:
    enum class State { Open, Lingering, Finished, Detached };
    enum class Deadline { None, Read, Write, Idle, Linger };
    struct Slot
    {
        HttpResponse response;
        bool done = false;
        bool keepAlive = true;
        bool upgrade = false;
    };

    void onReadyRead();
    void onBytesWritten();
    void onSocketError();
    void onTimeout();

    void processInput();
    bool canParse() const;
    bool fillInput();
    void onHeadComplete();
    void dispatchRequest();
    void failRequest(const HttpResponse &response);
    void flush();
    void writeOut(const QByteArray &bytes);
    void beginLinger();
    void maybeShutdownWrite();
    void drainInput();
    void finish();
    void closeChannel();

    qint64 pendingOutput() const;
    std::pair<Deadline, qint64> currentDeadline() const;
    void armTimer();

    HttpServer *m_server;
    QTcpSocket *m_socket;
    QSslSocket *m_ssl; //!< m_socket when TLS, else null
    HttpServerLimits m_limits;
    HttpRequestParser m_parser;
    std::shared_ptr<HttpResponderChannel> m_channel;

    State m_state = State::Open;
    QByteArray m_in; //!< bytes read from the socket; m_in[m_inPos…] not yet parsed
    qsizetype m_inPos = 0;
    bool m_processing = false;       //!< processInput() is on the stack
    bool m_noMoreRequests = false;   //!< a request asked to close, or a request failed
    bool m_upgradeHold = false;      //!< an upgrade request waits for its answer; read nothing more
    bool m_continueDeferred = false; //!< 100 Continue waits for earlier responses
    bool m_writeShut = false;
    QByteArray m_upgradeHead;
    std::deque<Slot> m_queue; //!< unanswered requests, oldest first
    quint64 m_firstSequence = 0;
    qint64 m_discarded = 0;

    QTimer m_timer;
    qint64 m_timerDeadline = 0;
    qint64 m_readDeadline = 0;
    qint64 m_writeDeadline = 0;
    qint64 m_idleDeadline = 0;
    qint64 m_lingerDeadline = 0;
};

} // namespace rw
