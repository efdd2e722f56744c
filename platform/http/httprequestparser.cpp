#include "httprequestparser.h"

#include "httpsyntax.h"

#include <QStringDecoder>

#include <cstring>
#include <limits>

using namespace Qt::StringLiterals;

namespace rw {

namespace {

// A chunk-size line with its extensions; real clients send a few bytes.
constexpr qsizetype kMaxChunkLineBytes = 1024;
// 15 hex digits keep the size below 2^60, far above any limit, and away from overflow.
constexpr int kMaxChunkSizeDigits = 15;
// 18 decimal digits cannot overflow qint64.
constexpr qsizetype kMaxContentLengthDigits = 18;

struct TokenTable
{
    bool token[256] = {};
    constexpr TokenTable()
    {
        for (int c = 0; c < 256; ++c)
            token[c] = isHttpTokenChar(uchar(c));
    }
};
constexpr TokenTable kTokens;

bool isToken(QByteArrayView v)
{
    if (v.isEmpty())
        return false;
    for (const char c : v) {
        if (!kTokens.token[uchar(c)])
            return false;
    }
    return true;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

QByteArrayView trimmedOws(QByteArrayView v)
{
    while (!v.isEmpty() && (v.front() == ' ' || v.front() == '\t'))
        v = v.sliced(1);
    while (!v.isEmpty() && (v.back() == ' ' || v.back() == '\t'))
        v.chop(1);
    return v;
}

bool startsWithCaseInsensitive(QByteArrayView v, QByteArrayView prefix)
{
    return v.size() >= prefix.size() && HttpHeaders::namesEqual(v.first(prefix.size()), prefix);
}

// Raw bytes quoted in an error message: printable ASCII as is, the rest escaped, at most 64.
QString printable(QByteArrayView v)
{
    constexpr qsizetype kMax = 64;
    QString out;
    out.reserve(qMin(v.size(), kMax) + 1);
    for (qsizetype i = 0; i < qMin(v.size(), kMax); ++i) {
        const uchar c = uchar(v[i]);
        if (c >= 0x20 && c < 0x7f)
            out += QLatin1Char(char(c));
        else
            out += u"\\x%1"_s.arg(uint(c), 2, 16, QLatin1Char('0'));
    }
    if (v.size() > kMax)
        out += u'…';
    return out;
}

} // namespace

HttpRequestParser::HttpRequestParser(const HttpServerLimits &limits)
    : m_limits(limits)
{
    reset();
}

void HttpRequestParser::setRequestTemplate(const HttpRequest &request)
{
    m_template = request;
    m_template.body.clear();
    m_template.headers.clear();
    if (isIdle())
        m_request = m_template;
}

void HttpRequestParser::reset()
{
    m_state = State::RequestLine;
    m_request = m_template;
    m_line.resize(0);
    m_headBudget = m_limits.maxHeaderBytes;
    m_chunkLineBudget = kMaxChunkLineBytes;
    m_headerLineNumber = 0;
    m_contentLength = -1;
    m_remaining = 0;
    m_chunked = false;
    m_expectContinue = false;
    m_bodyStarted = false;
    m_error = HttpResponse();
    m_errorMessage.clear();
}

HttpRequest HttpRequestParser::takeRequest()
{
    HttpRequest request = std::move(m_request);
    reset();
    return request;
}

bool HttpRequestParser::isReceivingBody() const
{
    switch (m_state) {
    case State::Body:
    case State::ChunkSize:
    case State::ChunkData:
    case State::ChunkDataEnd:
    case State::Trailers:
        return true;
    default:
        return false;
    }
}

HttpRequestParser::Event HttpRequestParser::fail(int status, const char *code, const QString &message)
{
    m_state = State::Failed;
    m_errorMessage = message;
    m_error = HttpResponse::error(status, QString::fromLatin1(code), message);
    return Event::Error;
}

bool HttpRequestParser::reject(int status, const char *code, const QString &message)
{
    fail(status, code, message);
    return false;
}

HttpRequestParser::LineStatus HttpRequestParser::readLine(QByteArrayView data, qsizetype &pos,
                                                          QByteArrayView &line, qsizetype &budget)
{
    const char *begin = data.data() + pos;
    const qsizetype available = data.size() - pos;
    // Never look further than the budget allows: a flood without a newline costs one short scan.
    const qsizetype window = qMin(available, budget + 1);
    const auto *newline = static_cast<const char *>(std::memchr(begin, '\n', size_t(window)));
    if (!newline) {
        if (available > budget)
            return LineStatus::TooLong;
        budget -= available;
        m_line.append(begin, available);
        pos += available;
        return LineStatus::Partial;
    }
    const qsizetype length = newline - begin;
    if (length + 1 > budget)
        return LineStatus::TooLong;
    budget -= length + 1;
    pos += length + 1;
    if (m_line.isEmpty()) {
        line = QByteArrayView(begin, length);
    } else {
        m_line.append(begin, length);
        line = m_line;
    }
    // RFC 9112 §2.2: a bare LF is accepted as a line terminator; CR before it is dropped.
    if (line.endsWith('\r'))
        line.chop(1);
    return LineStatus::Complete;
}

HttpRequestParser::Event HttpRequestParser::parse(QByteArrayView data, qsizetype *consumed)
{
    qsizetype pos = 0;
    const auto done = [&](Event event) {
        *consumed = pos;
        return event;
    };

    for (;;) {
        switch (m_state) {
        case State::RequestLine:
        case State::Headers: {
            if (pos == data.size())
                return done(Event::NeedMore);
            QByteArrayView line;
            const LineStatus status = readLine(data, pos, line, m_headBudget);
            if (status == LineStatus::TooLong) {
                if (m_state == State::RequestLine)
                    return done(fail(414, "uri_too_long",
                                     tr("The request line is longer than the limit of %1 bytes")
                                         .arg(m_limits.maxHeaderBytes)));
                return done(fail(431, "header_too_large",
                                 tr("The request head is larger than the limit of %1 bytes")
                                     .arg(m_limits.maxHeaderBytes)));
            }
            if (status == LineStatus::Partial)
                return done(Event::NeedMore);

            bool ok = true;
            if (m_state == State::RequestLine) {
                // RFC 9112 §2.2: empty lines before a request line are ignored.
                if (!line.isEmpty()) {
                    ok = parseRequestLine(line);
                    if (ok)
                        m_state = State::Headers;
                }
            } else if (line.isEmpty()) {
                m_line.resize(0);
                if (!finishHead())
                    return done(Event::Error);
                return done(m_state == State::Complete ? Event::RequestComplete : Event::HeadComplete);
            } else {
                ok = parseHeaderLine(line);
            }
            m_line.resize(0);
            if (!ok)
                return done(Event::Error);
            break;
        }
        case State::Body: {
            if (pos == data.size())
                return done(Event::NeedMore);
            const qsizetype n = qsizetype(qMin<qint64>(m_remaining, data.size() - pos));
            m_request.body.append(data.sliced(pos, n));
            pos += n;
            m_remaining -= n;
            m_bodyStarted = true;
            if (m_remaining == 0) {
                m_state = State::Complete;
                return done(Event::RequestComplete);
            }
            break;
        }
        case State::ChunkSize: {
            if (pos == data.size())
                return done(Event::NeedMore);
            m_bodyStarted = true;
            QByteArrayView line;
            const LineStatus status = readLine(data, pos, line, m_chunkLineBudget);
            if (status == LineStatus::TooLong)
                return done(fail(400, "bad_request",
                                 tr("Malformed chunked body: a chunk-size line is longer than %1 bytes")
                                     .arg(kMaxChunkLineBytes)));
            if (status == LineStatus::Partial)
                return done(Event::NeedMore);
            const bool ok = parseChunkSize(line);
            m_line.resize(0);
            if (!ok)
                return done(Event::Error);
            break;
        }
        case State::ChunkData: {
            if (pos == data.size())
                return done(Event::NeedMore);
            const qsizetype n = qsizetype(qMin<qint64>(m_remaining, data.size() - pos));
            m_request.body.append(data.sliced(pos, n));
            pos += n;
            m_remaining -= n;
            if (m_remaining == 0) {
                m_state = State::ChunkDataEnd;
                m_chunkLineBudget = 2; // exactly CRLF (or LF) may follow the data
            }
            break;
        }
        case State::ChunkDataEnd: {
            if (pos == data.size())
                return done(Event::NeedMore);
            QByteArrayView line;
            const LineStatus status = readLine(data, pos, line, m_chunkLineBudget);
            if (status == LineStatus::TooLong || (status == LineStatus::Complete && !line.isEmpty()))
                return done(fail(400, "bad_request",
                                 tr("Malformed chunked body: chunk data is not followed by CRLF "
                                    "(the chunk is longer than its size line says)")));
            if (status == LineStatus::Partial)
                return done(Event::NeedMore);
            m_line.resize(0);
            m_state = State::ChunkSize;
            m_chunkLineBudget = kMaxChunkLineBytes;
            break;
        }
        case State::Trailers: {
            if (pos == data.size())
                return done(Event::NeedMore);
            QByteArrayView line;
            const LineStatus status = readLine(data, pos, line, m_headBudget);
            if (status == LineStatus::TooLong)
                return done(fail(431, "header_too_large",
                                 tr("The trailer section of the chunked body is larger than the limit "
                                    "of %1 bytes")
                                     .arg(m_limits.maxHeaderBytes)));
            if (status == LineStatus::Partial)
                return done(Event::NeedMore);
            // Trailer fields carry nothing this server uses; they are read and dropped.
            const bool end = line.isEmpty();
            m_line.resize(0);
            if (end) {
                m_state = State::Complete;
                return done(Event::RequestComplete);
            }
            break;
        }
        case State::Complete:
            return done(Event::RequestComplete);
        case State::Failed:
            return done(Event::Error);
        }
    }
}

bool HttpRequestParser::parseRequestLine(QByteArrayView line)
{
    // RFC 9112 §3: method SP request-target SP HTTP-version, single spaces.
    const qsizetype sp1 = line.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : line.indexOf(' ', sp1 + 1);
    if (sp1 <= 0 || sp2 < 0 || sp2 == sp1 + 1 || sp2 + 1 == line.size() || line.indexOf(' ', sp2 + 1) >= 0)
        return reject(400, "bad_request",
                      tr("Malformed request line '%1': expected a method, a target and HTTP/1.1 "
                         "separated by single spaces")
                          .arg(printable(line)));

    const QByteArrayView method = line.first(sp1);
    const QByteArrayView target = line.sliced(sp1 + 1, sp2 - sp1 - 1);
    const QByteArrayView version = line.sliced(sp2 + 1);

    if (!isToken(method))
        return reject(400, "bad_request",
                      tr("Malformed request line: the method '%1' contains a character that is not "
                         "allowed in a token")
                          .arg(printable(method)));

    if (version.size() != 8 || !version.startsWith("HTTP/") || version[5] < '0' || version[5] > '9' ||
        version[6] != '.' || version[7] < '0' || version[7] > '9')
        return reject(400, "bad_request",
                      tr("Malformed request line: '%1' is not an HTTP version (expected HTTP/1.1)")
                          .arg(printable(version)));
    if (version[5] != '1')
        return reject(
            505, "http_version_not_supported",
            tr("HTTP version '%1' is not supported; this server speaks HTTP/1.1").arg(printable(version)));
    m_request.minorVersion = version[7] == '0' ? 0 : 1;

    bool ascii = true;
    bool percent = false;
    for (const char c : target) {
        const uchar u = uchar(c);
        if (u < 0x20 || u == 0x7f)
            return reject(400, "bad_request",
                          tr("Malformed request target '%1': it contains the control character 0x%2")
                              .arg(printable(target))
                              .arg(uint(u), 2, 16, QLatin1Char('0')));
        if (u == '#')
            return reject(400, "bad_request",
                          tr("Malformed request target '%1': a fragment ('#') is not sent in a request")
                              .arg(printable(target)));
        ascii = ascii && u < 0x80;
        percent = percent || u == '%';
    }

    QByteArrayView pathAndQuery = target;
    if (target.startsWith('/')) {
        // origin-form, the usual case
    } else if (target == "*") {
        // asterisk-form (OPTIONS *); routed as the path "*"
    } else if (startsWithCaseInsensitive(target, "http://") ||
               startsWithCaseInsensitive(target, "https://")) {
        // absolute-form (RFC 9112 §3.2.2): a server must accept it; the authority is ignored.
        const qsizetype authority = target.indexOf("//") + 2;
        qsizetype end = authority;
        while (end < target.size() && target[end] != '/' && target[end] != '?')
            ++end;
        pathAndQuery = target.sliced(end);
    } else {
        return reject(
            400, "bad_request",
            tr("Malformed request target '%1': expected a path beginning with '/'").arg(printable(target)));
    }

    const qsizetype question = pathAndQuery.indexOf('?');
    const QByteArrayView rawPath = question < 0 ? pathAndQuery : pathAndQuery.first(question);
    QString path;
    if (rawPath.isEmpty()) {
        path = u"/"_s;
    } else if (ascii && !percent) {
        path = QString::fromLatin1(rawPath);
    } else {
        for (qsizetype i = 0; i < rawPath.size(); ++i) {
            if (rawPath[i] == '%' &&
                (i + 2 >= rawPath.size() || hexValue(rawPath[i + 1]) < 0 || hexValue(rawPath[i + 2]) < 0))
                return reject(400, "bad_request",
                              tr("Malformed request target '%1': '%' must be followed by two hexadecimal "
                                 "digits")
                                  .arg(printable(target)));
        }
        const QByteArray decoded = QByteArray::fromPercentEncoding(rawPath.toByteArray());
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        path = utf8.decode(decoded);
        if (utf8.hasError())
            return reject(400, "bad_request",
                          tr("Malformed request target '%1': the decoded path is not valid UTF-8")
                              .arg(printable(target)));
        if (path.contains(QChar(u'\0')))
            return reject(400, "bad_request",
                          tr("Malformed request target '%1': the decoded path contains a NUL character")
                              .arg(printable(target)));
    }

    m_request.method = method.toByteArray();
    m_request.target = target.toByteArray();
    m_request.path = std::move(path);
    if (question >= 0)
        m_request.query.setQuery(QString::fromUtf8(pathAndQuery.sliced(question + 1)));
    return true;
}

bool HttpRequestParser::parseHeaderLine(QByteArrayView line)
{
    ++m_headerLineNumber;
    if (line.front() == ' ' || line.front() == '\t')
        return reject(400, "bad_request",
                      tr("Malformed header line %1: it begins with whitespace (obsolete line folding is "
                         "not accepted)")
                          .arg(m_headerLineNumber));
    const qsizetype colon = line.indexOf(':');
    if (colon < 0)
        return reject(400, "bad_request",
                      tr("Malformed header line %1 '%2': there is no ':' between name and value")
                          .arg(m_headerLineNumber)
                          .arg(printable(line)));
    const QByteArrayView name = line.first(colon);
    if (!isToken(name))
        return reject(400, "bad_request",
                      tr("Malformed header line %1: the field name '%2' is empty or contains a character "
                         "that is not allowed (no whitespace before ':')")
                          .arg(m_headerLineNumber)
                          .arg(printable(name)));
    const QByteArrayView value = trimmedOws(line.sliced(colon + 1));
    for (const char c : value) {
        const uchar u = uchar(c);
        if ((u < 0x20 && u != '\t') || u == 0x7f)
            return reject(400, "bad_request",
                          tr("Malformed header field '%1': its value contains the control character 0x%2")
                              .arg(printable(name))
                              .arg(uint(u), 2, 16, QLatin1Char('0')));
    }
    if (m_request.headers.size() >= m_limits.maxHeaderCount)
        return reject(431, "header_too_large",
                      tr("The request has more than %1 header fields").arg(m_limits.maxHeaderCount));
    m_request.headers.add(name.toByteArray(), value.toByteArray());
    return true;
}

bool HttpRequestParser::finishHead()
{
    const HttpHeaders &headers = m_request.headers;

    // RFC 9112 §3.2: an HTTP/1.1 request carries exactly one Host field.
    if (m_request.minorVersion >= 1) {
        const qsizetype hosts = headers.count("Host");
        if (hosts == 0)
            return reject(400, "bad_request", tr("The Host header field is missing; HTTP/1.1 requires it"));
        if (hosts > 1)
            return reject(400, "bad_request",
                          tr("The request has %1 Host header fields; exactly one is allowed").arg(hosts));
    }

    const bool hasTransferEncoding = headers.contains("Transfer-Encoding");
    const bool hasContentLength = headers.contains("Content-Length");
    if (hasTransferEncoding) {
        // RFC 9112 §6.1: both fields at once is how requests are smuggled; refuse it.
        if (hasContentLength)
            return reject(400, "bad_request",
                          tr("The request has both Content-Length and Transfer-Encoding; its body length "
                             "is ambiguous"));
        if (m_request.minorVersion == 0)
            return reject(400, "bad_request", tr("Transfer-Encoding is not allowed in an HTTP/1.0 request"));
        const QByteArray coding = headers.combinedValue("Transfer-Encoding");
        if (!HttpHeaders::namesEqual(trimmedOws(coding), "chunked"))
            return reject(
                501, "not_implemented",
                tr("Transfer-Encoding '%1' is not supported; only 'chunked' is").arg(printable(coding)));
        m_chunked = true;
    } else if (hasContentLength) {
        // Repeated fields or a list are accepted when every value is the same number (§6.3).
        qint64 length = -1;
        bool tooLarge = false;
        const QByteArray all = headers.combinedValue("Content-Length");
        for (const QByteArray &item : all.split(',')) {
            const QByteArrayView digits = trimmedOws(item);
            bool ok = !digits.isEmpty();
            for (const char c : digits)
                ok = ok && c >= '0' && c <= '9';
            if (!ok)
                return reject(400, "bad_request",
                              tr("Malformed Content-Length '%1': expected one decimal number of bytes")
                                  .arg(printable(all)));
            qint64 value = 0;
            if (digits.size() > kMaxContentLengthDigits) {
                tooLarge = true;
                value = std::numeric_limits<qint64>::max();
            } else {
                for (const char c : digits)
                    value = value * 10 + (c - '0');
            }
            if (length >= 0 && value != length)
                return reject(400, "bad_request",
                              tr("Malformed Content-Length '%1': the values differ").arg(printable(all)));
            length = value;
        }
        if (tooLarge || length > m_limits.maxBodyBytes)
            return reject(413, "payload_too_large",
                          tr("The request body of %1 bytes is larger than the limit of %2 bytes")
                              .arg(printable(trimmedOws(all)))
                              .arg(m_limits.maxBodyBytes));
        m_contentLength = length;
    }

    if (headers.contains("Expect")) {
        const QByteArray expect = headers.combinedValue("Expect");
        if (!HttpHeaders::namesEqual(trimmedOws(expect), "100-continue"))
            return reject(417, "expectation_failed",
                          tr("Expect '%1' is not supported; only '100-continue' is").arg(printable(expect)));
        // RFC 9110 §10.1.1: an HTTP/1.0 client is never sent 100 Continue.
        m_expectContinue = m_request.minorVersion >= 1;
    }

    if (m_chunked) {
        m_state = State::ChunkSize;
        m_chunkLineBudget = kMaxChunkLineBytes;
        return true;
    }
    if (m_contentLength > 0) {
        // One allocation for the whole body, copied into once.
        m_request.body.reserve(qsizetype(m_contentLength));
        m_remaining = m_contentLength;
        m_state = State::Body;
        return true;
    }
    m_state = State::Complete;
    return true;
}

bool HttpRequestParser::parseChunkSize(QByteArrayView line)
{
    // RFC 9112 §7.1: chunk-size [ chunk-ext ], extensions ignored.
    qint64 size = 0;
    qsizetype i = 0;
    while (i < line.size() && hexValue(line[i]) >= 0) {
        if (i == kMaxChunkSizeDigits)
            return reject(413, "payload_too_large",
                          tr("The chunked request body is larger than the limit of %1 bytes")
                              .arg(m_limits.maxBodyBytes));
        size = size * 16 + hexValue(line[i]);
        ++i;
    }
    const QByteArrayView rest = trimmedOws(line.sliced(i));
    if (i == 0 || (!rest.isEmpty() && rest.front() != ';'))
        return reject(
            400, "bad_request",
            tr("Malformed chunked body: '%1' is not a hexadecimal chunk size").arg(printable(line)));
    if (m_request.body.size() + size > m_limits.maxBodyBytes)
        return reject(
            413, "payload_too_large",
            tr("The chunked request body is larger than the limit of %1 bytes").arg(m_limits.maxBodyBytes));
    if (size == 0) {
        m_state = State::Trailers;
        m_headBudget = m_limits.maxHeaderBytes;
        return true;
    }
    m_remaining = size;
    m_state = State::ChunkData;
    return true;
}

} // namespace rw
