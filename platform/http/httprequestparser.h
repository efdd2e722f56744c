#pragma once

#include "httprequest.h"
#include "httpresponse.h"
#include "httpserverlimits.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

namespace rw {

/**
 * \brief Incremental HTTP/1.1 request parser (RFC 9112), independent of any socket.
 *
 * Feed it whatever fragments arrive; it copies each body byte once, into a body reserved by
 * Content-Length, and never rescans what it has already seen. parse() stops at every event so
 * that the caller can act between the head and the body (100-continue) and between pipelined
 * requests. After Error the parser stays failed until reset().
 */
class HttpRequestParser
{
    Q_DECLARE_TR_FUNCTIONS(rw::HttpRequestParser)

public:
    enum class Event {
        NeedMore,        //!< every byte given was consumed; the request is not complete
        HeadComplete,    //!< the head is parsed and a body follows
        RequestComplete, //!< a whole request is ready: takeRequest()
        Error,           //!< the request is refused: errorResponse()
    };

    explicit HttpRequestParser(const HttpServerLimits &limits = {});

    /**
     * Parses from the start of \a data and stores in \a consumed how many bytes were used. Stops
     * after an event other than NeedMore; the unused rest belongs to what follows.
     */
    Event parse(QByteArrayView data, qsizetype *consumed);

    /** The request parsed so far: the head after HeadComplete, everything after RequestComplete. */
    const HttpRequest &request() const { return m_request; }
    /** Hands over the complete request and gets ready for the next one on the connection. */
    HttpRequest takeRequest();

    /** No byte of a request has been received since the last one completed. */
    bool isIdle() const { return m_state == State::RequestLine && m_headBudget == m_limits.maxHeaderBytes; }
    /** The head is complete and the body is being received. */
    bool isReceivingBody() const;
    /** The head asked for "Expect: 100-continue" and no body byte has arrived yet. */
    bool isAwaitingContinue() const { return m_expectContinue && !m_bodyStarted && isReceivingBody(); }
    /** The Content-Length of the current request, or -1 (chunked or not yet known). */
    qint64 contentLength() const { return m_contentLength; }

    /** After Error: the status (400, 413, 414, 417, 431, 501, 505) and a JSON error body. */
    const HttpResponse &errorResponse() const { return m_error; }
    int errorStatus() const { return m_error.status; }
    QString errorMessage() const { return m_errorMessage; }

    /** Forgets everything, including an error. */
    void reset();

    /**
     * Every request starts as a copy of \a request: the connection puts its peer address, TLS
     * state and client certificate there once instead of once per request.
     */
    void setRequestTemplate(const HttpRequest &request);

private:
    enum class State {
        RequestLine,
        Headers,
        Body,
        ChunkSize,
        ChunkData,
        ChunkDataEnd,
        Trailers,
        Complete,
        Failed,
    };
    enum class LineStatus { Complete, Partial, TooLong };

    LineStatus readLine(QByteArrayView data, qsizetype &pos, QByteArrayView &line, qsizetype &budget);
    bool parseRequestLine(QByteArrayView line);
    bool parseHeaderLine(QByteArrayView line);
    bool finishHead();
    bool parseChunkSize(QByteArrayView line);
    Event fail(int status, const char *code, const QString &message);
    bool reject(int status, const char *code, const QString &message);

    HttpServerLimits m_limits;
    State m_state = State::RequestLine;
    HttpRequest m_template;
    HttpRequest m_request;
    QByteArray m_line;          //!< a line split across fragments
    qsizetype m_headBudget = 0; //!< head (or trailer) bytes still allowed
    qsizetype m_chunkLineBudget = 0;
    qsizetype m_headerLineNumber = 0;
    qint64 m_contentLength = -1;
    qint64 m_remaining = 0; //!< body or chunk bytes still to come
    bool m_chunked = false;
    bool m_expectContinue = false;
    bool m_bodyStarted = false;
    HttpResponse m_error;
    QString m_errorMessage;
};

} // namespace rw
