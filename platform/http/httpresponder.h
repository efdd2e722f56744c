#pragma once

#include "httpresponse.h"

#include <memory>

class QTcpSocket;

namespace rw {

class HttpConnection;
struct HttpRequest;
struct HttpResponderChannel;

/**
 * \brief A handle through which a handler answers one request, now or later.
 *
 * Copyable and cheap; every copy answers the same request. The first respond() counts, later
 * ones do nothing. When the client has gone away, respond() does nothing. If every copy is
 * destroyed without an answer, the server answers 500 so that the client is not left waiting.
 *
 * respond() may be called from any thread: from a thread other than the server's, the response
 * is queued to the server's thread. takeSocket() only works on the server's thread.
 */
class HttpResponder
{
public:
    /** A null responder: respond() does nothing. */
    HttpResponder() = default;

    bool isNull() const { return !m_state; }

    /** Sends \a response unless this request was already answered or its client went away. */
    void respond(HttpResponse response) const;

    /** Not yet answered, and the connection is still open. Thread-safe. */
    bool isPending() const;

    /**
     * For a request asking to switch protocols (HttpRequest::isUpgrade(), e.g. a WebSocket
     * handshake): takes the connection out of the HTTP server and returns its socket with the
     * request's head put back unread, ready for QWebSocketServer::handleConnection(). The caller
     * owns the socket. Returns nullptr — and the request still waits for respond() — when this is
     * not an upgrade request, when an earlier request on the connection is still unanswered, when
     * called from another thread, or when the client is gone.
     */
    QTcpSocket *takeSocket() const;

private:
    friend class HttpConnection;
    struct State;
    explicit HttpResponder(std::shared_ptr<State> state);
    static HttpResponder create(std::shared_ptr<HttpResponderChannel> channel, quint64 sequence,
                                const HttpRequest &request);

    std::shared_ptr<State> m_state;
};

} // namespace rw
