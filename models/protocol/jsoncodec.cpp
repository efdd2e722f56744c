#include "jsoncodec.h"

#include "interfacespec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QVarLengthArray>

#include <charconv>
#include <cmath>
#include <cstring>

namespace rw {

namespace {

// A named context that lupdate sees: a file-local tr() function would hide it (lupdate would file its
// strings under "rw").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rw::JsonCodec)
};

QString jsonTypeName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::Null:
        return Tr::tr("null");
    case QJsonValue::Bool:
        return Tr::tr("a boolean");
    case QJsonValue::Double:
        return Tr::tr("a number");
    case QJsonValue::String:
        return Tr::tr("a string");
    case QJsonValue::Array:
        return Tr::tr("an array");
    case QJsonValue::Object:
        return Tr::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return Tr::tr("undefined");
}

// A JSON value as the validator wants it: the JSON type survives; whole numbers become qint64 (as
// QJsonValue::toVariant() does, also inside nested objects and arrays), null becomes std::nullptr_t.
QVariant toVariant(const QJsonValueConstRef &value)
{
    return value.toVariant();
}

// --- Fast path --------------------------------------------------------------------------------------
//
// Ingest decodes every upload (>= 100,000 positions/s, DESIGN §9), and QJsonDocument::fromJson alone
// costs about twice what this path needs for a whole position record. FastParser reads the spec's envelope
// straight into Records: strict RFC 8259 JSON, values built only for known fields, each record's text sliced
// from the body for Record::raw. It handles the common, well-formed case only: on anything else - a syntax
// error, a duplicate key, an escaped member name, a lone surrogate, deep nesting, a number out of range, an
// envelope problem - it gives up and JsonCodec::decode() takes the QJsonDocument path, which is the
// reference behaviour and writes the error messages.

// Copies [from, to) without the whitespace outside strings.
QByteArray compact(const char *from, const char *to)
{
    QByteArray out(to - from, Qt::Uninitialized);
    char *w = out.data();
    bool inString = false;
    for (const char *p = from; p < to; ++p) {
        const char c = *p;
        if (inString) {
            *w++ = c;
            if (c == '\\' && p + 1 < to)
                *w++ = *++p;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
            *w++ = c;
        } else if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
            *w++ = c;
        }
    }
    out.truncate(w - out.constData());
    return out;
}

// A JSON string token as found in the body: its bytes between the quotes, and what they contain.
struct StringToken
{
    const char *begin = nullptr;
    const char *end = nullptr;
    bool escaped = false; //!< contains backslash escapes
    bool ascii = true;    //!< only bytes < 0x80

    QByteArrayView bytes() const { return QByteArrayView(begin, end - begin); }
};

class FastParser
{
public:
    static constexpr int kMaxDepth = 64; // deeper nesting is left to QJsonDocument

    FastParser(const char *begin, const char *end)
        : m_p(begin)
        , m_end(end)
    {}

    const char *position() const { return m_p; }
    void setPosition(const char *p) { m_p = p; }
    bool atEnd() const { return m_p >= m_end; }
    char peek() const { return m_p < m_end ? *m_p : '\0'; }

    bool consume(char c)
    {
        if (peek() != c)
            return false;
        ++m_p;
        return true;
    }

    void skipSpace()
    {
        const char *start = m_p;
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
        m_spaces += m_p - start;
    }

    /** Whitespace bytes skipped so far: unchanged over a value means its text is already compact. */
    qsizetype spaces() const { return m_spaces; }

    // Validates a string token (escapes, control characters, UTF-8) and moves past it.
    bool string(StringToken *token)
    {
        if (!consume('"'))
            return false;
        token->begin = m_p;
        token->escaped = false;
        token->ascii = true;
        while (m_p < m_end) {
            const unsigned char c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                token->end = m_p++;
                return true;
            }
            if (c == '\\') {
                token->escaped = true;
                if (!escape())
                    return false;
            } else if (c < 0x20) {
                return false;
            } else if (c >= 0x80) {
                token->ascii = false;
                if (!utf8Sequence())
                    return false;
            } else {
                ++m_p;
            }
        }
        return false;
    }

    // Text of a validated string token.
    static QString text(const StringToken &token)
    {
        if (!token.escaped) {
            return token.ascii ? QString::fromLatin1(token.begin, token.end - token.begin)
                               : QString::fromUtf8(token.begin, token.end - token.begin);
        }
        QString out;
        out.reserve(token.end - token.begin);
        for (const char *p = token.begin; p < token.end;) {
            const unsigned char c = static_cast<unsigned char>(*p);
            if (c == '\\') {
                const char e = p[1];
                p += 2;
                switch (e) {
                case 'b':
                    out.append(u'\b');
                    break;
                case 'f':
                    out.append(u'\f');
                    break;
                case 'n':
                    out.append(u'\n');
                    break;
                case 'r':
                    out.append(u'\r');
                    break;
                case 't':
                    out.append(u'\t');
                    break;
                case 'u': {
                    const char16_t unit = char16_t(hex4(p));
                    out.append(QChar(unit));
                    p += 4;
                    break;
                }
                default:
                    out.append(QLatin1Char(e));
                    break; // " \ /
                }
            } else if (c < 0x80) {
                out.append(QLatin1Char(char(c)));
                ++p;
            } else {
                const char *run = p;
                while (p < token.end && static_cast<unsigned char>(*p) >= 0x80)
                    ++p;
                out.append(QString::fromUtf8(run, p - run));
            }
        }
        return out;
    }

    // Validates any value and moves past it; builds it into \a out when given, with the types of
    // QJsonValue::toVariant(): a whole number that fits becomes qint64 even when written as 5.0 or 1e3.
    bool value(QVariant *out, int depth = 0)
    {
        switch (peek()) {
        case '"': {
            StringToken token;
            if (!string(&token))
                return false;
            if (out)
                *out = text(token);
            return true;
        }
        case '{':
            return object(out ? out : nullptr, depth);
        case '[':
            return array(out, depth);
        case 't':
            return literal("true", 4, out, QVariant(true));
        case 'f':
            return literal("false", 5, out, QVariant(false));
        case 'n':
            return literal("null", 4, out, QVariant::fromValue(nullptr));
        default:
            return number(out);
        }
    }

private:
    bool literal(const char *word, int size, QVariant *out, const QVariant &built)
    {
        if (m_end - m_p < size || std::memcmp(m_p, word, size) != 0)
            return false;
        m_p += size;
        if (out)
            *out = built;
        return true;
    }

    bool object(QVariant *out, int depth)
    {
        if (depth >= kMaxDepth || !consume('{'))
            return false;
        QVariantMap map;
        skipSpace();
        if (!consume('}')) {
            for (;;) {
                skipSpace();
                StringToken key;
                if (!string(&key))
                    return false;
                skipSpace();
                if (!consume(':'))
                    return false;
                skipSpace();
                QVariant member;
                if (!value(out ? &member : nullptr, depth + 1))
                    return false;
                if (out) {
                    const QString name = text(key);
                    if (map.contains(name))
                        return false; // duplicate: QJsonDocument decides
                    map.insert(name, member);
                }
                skipSpace();
                if (consume(','))
                    continue;
                if (consume('}'))
                    break;
                return false;
            }
        }
        if (out)
            *out = map;
        return true;
    }

    bool array(QVariant *out, int depth)
    {
        if (depth >= kMaxDepth || !consume('['))
            return false;
        QVariantList list;
        skipSpace();
        if (!consume(']')) {
            for (;;) {
                skipSpace();
                QVariant element;
                if (!value(out ? &element : nullptr, depth + 1))
                    return false;
                if (out)
                    list.append(element);
                skipSpace();
                if (consume(','))
                    continue;
                if (consume(']'))
                    break;
                return false;
            }
        }
        if (out)
            *out = list;
        return true;
    }

    static bool isDigit(char c) { return c >= '0' && c <= '9'; }

    bool number(QVariant *out)
    {
        const char *start = m_p;
        consume('-');
        if (peek() == '0') {
            ++m_p;
        } else if (peek() >= '1' && peek() <= '9') {
            while (isDigit(peek()))
                ++m_p;
        } else {
            return false;
        }
        bool integerLiteral = true;
        if (consume('.')) {
            integerLiteral = false;
            if (!isDigit(peek()))
                return false;
            while (isDigit(peek()))
                ++m_p;
        }
        if (peek() == 'e' || peek() == 'E') {
            integerLiteral = false;
            ++m_p;
            if (peek() == '+' || peek() == '-')
                ++m_p;
            if (!isDigit(peek()))
                return false;
            while (isDigit(peek()))
                ++m_p;
        }
        if (!out)
            return true;
        if (integerLiteral) {
            qint64 integer = 0;
            const auto r = std::from_chars(start, m_p, integer);
            if (r.ec == std::errc() && r.ptr == m_p) {
                *out = QVariant(qlonglong(integer));
                return true;
            }
            // Beyond qint64: a double, as QJsonDocument stores it.
        }
        double d = 0;
        const auto r = std::from_chars(start, m_p, d);
        if (r.ec != std::errc() || r.ptr != m_p || !std::isfinite(d))
            return false; // out of range: QJsonDocument decides
        if (d >= -9223372036854775808.0 && d < 9223372036854775808.0 && std::trunc(d) == d)
            *out = QVariant(qlonglong(d));
        else
            *out = d;
        return true;
    }

    static int hexDigit(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    static int hex4(const char *p)
    {
        return (hexDigit(p[0]) << 12) | (hexDigit(p[1]) << 8) | (hexDigit(p[2]) << 4) | hexDigit(p[3]);
    }

    bool isHex4(const char *p) const
    {
        return m_end - p >= 4 && hexDigit(p[0]) >= 0 && hexDigit(p[1]) >= 0 && hexDigit(p[2]) >= 0 &&
               hexDigit(p[3]) >= 0;
    }

    // At a backslash: validates one escape; \u surrogates must come in pairs.
    bool escape()
    {
        if (m_end - m_p < 2)
            return false;
        const char e = m_p[1];
        m_p += 2;
        switch (e) {
        case '"':
        case '\\':
        case '/':
        case 'b':
        case 'f':
        case 'n':
        case 'r':
        case 't':
            return true;
        case 'u': {
            if (!isHex4(m_p))
                return false;
            const int unit = hex4(m_p);
            m_p += 4;
            if (unit >= 0xDC00 && unit <= 0xDFFF)
                return false; // lone low surrogate
            if (unit >= 0xD800 && unit <= 0xDBFF) {
                if (m_end - m_p < 6 || m_p[0] != '\\' || m_p[1] != 'u' || !isHex4(m_p + 2))
                    return false;
                const int low = hex4(m_p + 2);
                if (low < 0xDC00 || low > 0xDFFF)
                    return false;
                m_p += 6;
            }
            return true;
        }
        default:
            return false;
        }
    }

    // At a byte >= 0x80: validates one UTF-8 sequence (RFC 3629: no overlongs, no surrogates).
    bool utf8Sequence()
    {
        const auto byte = [this](int i) { return static_cast<unsigned char>(m_p[i]); };
        const auto continuation = [&byte](int i) { return (byte(i) & 0xC0) == 0x80; };
        const unsigned char c = byte(0);
        const qsizetype left = m_end - m_p;
        int size = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            size = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            size = 3;
        } else if (c >= 0xF0 && c <= 0xF4) {
            size = 4;
        } else {
            return false;
        }
        if (left < size)
            return false;
        for (int i = 1; i < size; ++i) {
            if (!continuation(i))
                return false;
        }
        const unsigned char second = byte(1);
        if ((c == 0xE0 && second < 0xA0) || (c == 0xED && second > 0x9F) || (c == 0xF0 && second < 0x90) ||
            (c == 0xF4 && second > 0x8F))
            return false;
        m_p += size;
        return true;
    }

    const char *m_p;
    const char *m_end;
    qsizetype m_spaces = 0;
};

// --- Encoding -----------------------------------------------------------------------------------------

void appendString(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    out.append('"');
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out.append("\\u00");
                out.append(hex[(c >> 4) & 0xf]);
                out.append(hex[c & 0xf]);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
}

void appendValue(QByteArray &out, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QString:
        appendString(out, value.toString());
        return;
    case QMetaType::Bool:
        out.append(value.toBool() ? "true" : "false");
        return;
    case QMetaType::Nullptr:
        out.append("null");
        return;
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::Long:
    case QMetaType::Short:
        out.append(QByteArray::number(value.toLongLong()));
        return;
    case QMetaType::UInt:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
    case QMetaType::UShort:
        out.append(QByteArray::number(value.toULongLong()));
        return;
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = value.toDouble();
        if (!std::isfinite(d))
            out.append("null");                               // JSON has no NaN or infinity
        else if (std::floor(d) == d && std::fabs(d) < 9.2e18) // whole: 20240101120000, not 2.0240101e+13
            out.append(QByteArray::number(qint64(d)));
        else
            out.append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
        return;
    }
    default:
        break;
    }
    const QJsonValue json = QJsonValue::fromVariant(value);
    if (json.isObject())
        out.append(QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact));
    else if (json.isArray())
        out.append(QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact));
    else if (json.isString())
        appendString(out, json.toString());
    else
        out.append("null");
}

void appendRecord(QByteArray &out, const Record &record, const InterfaceSpec &spec)
{
    out.append('{');
    bool first = true;
    const qsizetype count = qMin(record.values.size(), spec.fields.size());
    for (qsizetype i = 0; i < count; ++i) {
        const QVariant &value = record.values.at(i);
        if (!value.isValid())
            continue;
        if (!first)
            out.append(',');
        first = false;
        appendString(out, spec.fields.at(i).name);
        out.append(':');
        appendValue(out, value);
    }
    out.append('}');
}

} // namespace

// Field names as Latin-1 bytes, built once per codec: FastParser compares member names as bytes, and the
// QJsonDocument path looks them up with QLatin1StringView (no UTF-16 conversion per probe).
struct JsonCodec::KeyIndex
{
    struct Names
    {
        QList<QByteArray> fields; //!< indexed like InterfaceSpec::fields
        QByteArray dataKey;       //!< the envelope member holding the records, e.g. "positionVehicle"
        qsizetype companyId = -1; //!< index of CompanyId
    };
    QHash<const InterfaceSpec *, Names> byInterface;

    const Names *names(const InterfaceSpec *spec) const
    {
        const auto it = byInterface.constFind(spec);
        return it == byInterface.constEnd() ? nullptr : &*it;
    }
};

namespace {

using Names = JsonCodec::KeyIndex::Names;

// Index of the field called \a key (bytes of an unescaped ASCII member name), trying \a cursor first:
// uploaders write the fields in the spec's order, so the next field is almost always the one.
qsizetype fieldIndex(const Names &names, QByteArrayView key, qsizetype cursor)
{
    const qsizetype count = names.fields.size();
    for (qsizetype k = 0; k < count; ++k) {
        const qsizetype i = cursor + k < count ? cursor + k : cursor + k - count;
        if (names.fields.at(i) == key)
            return i;
    }
    return -1;
}

// The spans of the record(s) in the value at \a parser's position; moves past the value.
bool recordSpans(FastParser &parser, bool isArray, QList<std::pair<const char *, const char *>> *spans)
{
    auto one = [&]() {
        const char *start = parser.position();
        if (parser.peek() != '{' || !parser.value(nullptr))
            return false;
        spans->append(std::make_pair(start, parser.position()));
        return true;
    };
    if (!isArray)
        return one();
    if (!parser.consume('['))
        return false;
    parser.skipSpace();
    if (parser.consume(']'))
        return true;
    for (;;) {
        parser.skipSpace();
        if (!one())
            return false;
        parser.skipSpace();
        if (parser.consume(','))
            continue;
        return parser.consume(']');
    }
}

// Walks the top-level members of the envelope in \a body, calling \a member(key, parser) for each with the
// parser at the value; \a member must move past the value. False on a syntax error or trailing bytes.
template<typename Member>
bool forEachMember(const QByteArray &body, Member member)
{
    FastParser parser(body.constData(), body.constData() + body.size());
    parser.skipSpace();
    if (!parser.consume('{'))
        return false;
    parser.skipSpace();
    if (!parser.consume('}')) {
        for (;;) {
            parser.skipSpace();
            StringToken key;
            if (!parser.string(&key))
                return false;
            parser.skipSpace();
            if (!parser.consume(':'))
                return false;
            parser.skipSpace();
            if (!member(key, parser))
                return false;
            parser.skipSpace();
            if (parser.consume(','))
                continue;
            if (parser.consume('}'))
                break;
            return false;
        }
    }
    parser.skipSpace();
    return parser.atEnd();
}

// CompanyId and Source are text in the spec; a number is kept as its text, anything else dropped.
QString envelopeText(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QString:
    case QMetaType::LongLong:
    case QMetaType::Double:
        return value.toString();
    default:
        return {};
    }
}

// Reads the record(s) of the data member at \a parser's position into \a envelope (spec, companyId set).
bool fastRecords(FastParser &parser, const Names &names, UploadEnvelope *envelope)
{
    const InterfaceSpec &spec = *envelope->spec;
    auto parseRecord = [&]() {
        const char *start = parser.position();
        const qsizetype spacesBefore = parser.spaces();
        if (!parser.consume('{'))
            return false;
        Record record = makeRecord(spec);
        QVariant *values = record.values.data();
        qsizetype cursor = 0;
        parser.skipSpace();
        if (!parser.consume('}')) {
            for (;;) {
                parser.skipSpace();
                StringToken key;
                if (!parser.string(&key) || key.escaped)
                    return false;
                parser.skipSpace();
                if (!parser.consume(':'))
                    return false;
                parser.skipSpace();
                const qsizetype field = fieldIndex(names, key.bytes(), cursor);
                if (field >= 0) {
                    if (values[field].isValid() || !parser.value(&values[field]))
                        return false; // a duplicate, or invalid
                    cursor = field + 1 < names.fields.size() ? field + 1 : 0;
                } else {
                    const QString name = FastParser::text(key);
                    if (record.unknownFields.contains(name) || !parser.value(nullptr))
                        return false;
                    record.unknownFields.append(name);
                }
                parser.skipSpace();
                if (parser.consume(','))
                    continue;
                if (parser.consume('}'))
                    break;
                return false;
            }
        }
        if (names.companyId >= 0 && !values[names.companyId].isValid() && !envelope->companyId.isEmpty())
            values[names.companyId] = envelope->companyId;
        record.raw = parser.spaces() == spacesBefore ? QByteArray(start, parser.position() - start)
                                                     : compact(start, parser.position());
        envelope->records.append(std::move(record));
        return true;
    };

    envelope->batch = parser.peek() == '[';
    if (!envelope->batch)
        return parser.peek() == '{' && parseRecord();
    parser.consume('[');
    parser.skipSpace();
    if (parser.consume(']'))
        return true;
    for (;;) {
        parser.skipSpace();
        if (!parseRecord())
            return false;
        parser.skipSpace();
        if (parser.consume(','))
            continue;
        return parser.consume(']');
    }
}

// The fast path; false means "take the QJsonDocument path". One pass when IPCType (and CompanyId) come
// before the records, as uploaders write them; otherwise a second pass over the data member.
bool decodeFast(const QByteArray &body, const InterfaceCatalogue &catalogue, const JsonCodec::KeyIndex &index,
                const InterfaceSpec *expected, DecodeResult *result)
{
    QVariant ipcType, companyId, source;
    bool seenIpcType = false, seenCompanyId = false, seenSource = false;
    const InterfaceSpec *spec = nullptr;
    const Names *names = nullptr;
    UploadEnvelope envelope;
    bool dataRead = false; // records read in the first pass
    QVarLengthArray<QByteArrayView, 4> others;

    const bool wellFormed = forEachMember(body, [&](const StringToken &key, FastParser &parser) {
        if (key.escaped)
            return false;
        const QByteArrayView name = key.bytes();
        auto take = [&](bool *seen, QVariant *out) {
            if (*seen)
                return false; // duplicate member
            *seen = true;
            return parser.value(out);
        };
        if (name == "IPCType") {
            if (!take(&seenIpcType, &ipcType) || ipcType.typeId() != QMetaType::QString)
                return false;
            spec = catalogue.byIpcType(ipcType.toString());
            names = spec ? index.names(spec) : nullptr;
            return names && (!expected || spec == expected);
        }
        if (name == "CompanyId")
            return !dataRead && take(&seenCompanyId, &companyId); // records filled from it: must come first
        if (name == "Source")
            return take(&seenSource, &source);
        for (const QByteArrayView &other : others) {
            if (other == name)
                return false;
        }
        others.append(name);
        if (names && name == names->dataKey) {
            envelope.spec = spec;
            envelope.companyId = envelopeText(companyId);
            dataRead = true;
            return fastRecords(parser, *names, &envelope);
        }
        return parser.value(nullptr);
    });
    if (!wellFormed || !names)
        return false;
    if (!dataRead) {
        // IPCType came after the records: find the data member again and read it.
        const char *start = nullptr;
        forEachMember(body, [&](const StringToken &key, FastParser &parser) {
            if (!key.escaped && key.bytes() == names->dataKey)
                start = parser.position();
            return parser.value(nullptr);
        });
        if (!start)
            return false;
        envelope.spec = spec;
        envelope.companyId = envelopeText(companyId);
        FastParser parser(start, body.constData() + body.size());
        if (!fastRecords(parser, *names, &envelope))
            return false;
    }
    envelope.source = envelopeText(source);
    result->envelopes.append(std::move(envelope));
    return true;
}

} // namespace

JsonCodec::JsonCodec(std::shared_ptr<const InterfaceCatalogue> catalogue)
    : m_catalogue(std::move(catalogue))
{
    auto index = std::make_shared<KeyIndex>();
    if (m_catalogue) {
        for (const InterfaceSpec *spec : m_catalogue->interfaces()) {
            KeyIndex::Names names;
            names.fields.reserve(spec->fields.size());
            for (const FieldSpec &field : spec->fields)
                names.fields.append(field.name.toLatin1());
            names.dataKey = spec->ipcType.toLatin1();
            names.companyId = spec->fieldIndex(u"CompanyId");
            index->byInterface.insert(spec, names);
        }
    }
    m_keys = std::move(index);
}

DecodeResult JsonCodec::decode(const QByteArray &body, const InterfaceSpec *expected) const
{
    DecodeResult result;
    if (m_catalogue && decodeFast(body, *m_catalogue, *m_keys, expected, &result))
        return result;
    result = DecodeResult();

    // The reference path: QJsonDocument decides what is valid JSON and every error is reported here.
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = Tr::tr("body is not valid JSON: %1 at offset %2")
                           .arg(parseError.errorString())
                           .arg(parseError.offset);
        return result;
    }
    if (!document.isObject()) {
        result.error = Tr::tr("body is not a JSON object but %1")
                           .arg(document.isArray() ? Tr::tr("an array") : Tr::tr("a single value"));
        return result;
    }
    const QJsonObject root = document.object();

    const auto ipcType = root.constFind(QLatin1StringView("IPCType"));
    if (ipcType == root.constEnd()) {
        result.error = Tr::tr("envelope has no IPCType");
        return result;
    }
    if (ipcType->type() != QJsonValue::String) {
        result.error = Tr::tr("IPCType must be a string such as \"baseInfoVehicle\", not %1")
                           .arg(jsonTypeName(ipcType->type()));
        return result;
    }
    const QString ipcTypeName = ipcType->toString();
    const InterfaceSpec *spec = m_catalogue ? m_catalogue->byIpcType(ipcTypeName) : nullptr;
    const KeyIndex::Names *names = spec ? m_keys->names(spec) : nullptr;
    if (!spec || !names) {
        result.error = Tr::tr("IPCType \"%1\" is not an interface of the spec").arg(ipcTypeName.left(64));
        return result;
    }
    if (expected && spec != expected) {
        result.error = Tr::tr("IPCType \"%1\" does not match the upload path %2, which takes \"%3\"")
                           .arg(spec->ipcType, expected->path, expected->ipcType);
        return result;
    }

    const auto data = root.constFind(spec->ipcType);
    if (data == root.constEnd()) {
        result.error = Tr::tr("envelope has no \"%1\" member holding the records").arg(spec->ipcType);
        return result;
    }
    const QJsonValue::Type dataType = data->type();
    if (dataType != QJsonValue::Object && dataType != QJsonValue::Array) {
        result.error = Tr::tr("\"%1\" must be an object or an array of objects, not %2")
                           .arg(spec->ipcType, jsonTypeName(dataType));
        return result;
    }

    UploadEnvelope envelope;
    envelope.spec = spec;
    envelope.batch = dataType == QJsonValue::Array;
    const auto text = [&root](QLatin1StringView key) {
        const auto it = root.constFind(key);
        return it == root.constEnd() ? QString() : envelopeText(toVariant(*it));
    };
    envelope.companyId = text(QLatin1StringView("CompanyId"));
    envelope.source = text(QLatin1StringView("Source"));

    const QJsonArray array = envelope.batch ? data->toArray() : QJsonArray();
    const QJsonObject single = envelope.batch ? QJsonObject() : data->toObject();
    const qsizetype count = envelope.batch ? array.size() : 1;
    for (qsizetype i = 0; i < count; ++i) {
        if (envelope.batch && !array.at(i).isObject()) {
            result.error = Tr::tr("element %1 of \"%2\" is not a JSON object but %3")
                               .arg(i)
                               .arg(spec->ipcType, jsonTypeName(array.at(i).type()));
            return result;
        }
    }

    // Raw text as sent: the record spans of the (last) data member, found by the validating scanner.
    QList<std::pair<const char *, const char *>> spans;
    const bool haveRaw = forEachMember(body,
                                       [&](const StringToken &key, FastParser &parser) {
                                           if (!key.escaped && key.bytes() == names->dataKey) {
                                               spans.clear();
                                               return recordSpans(parser, envelope.batch, &spans);
                                           }
                                           return parser.value(nullptr);
                                       }) &&
                         spans.size() == count;

    envelope.records.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        const QJsonObject object = envelope.batch ? array.at(i).toObject() : single;
        Record record = makeRecord(*spec);
        // Look each field up in the object (a binary search over its sorted keys, no allocation);
        // only when the object holds more keys than matched do we walk it for the unknown ones.
        qsizetype matched = 0;
        QVariant *values = record.values.data();
        for (qsizetype f = 0; f < spec->fields.size(); ++f) {
            const auto it = object.constFind(QLatin1StringView(names->fields.at(f)));
            if (it == object.constEnd())
                continue;
            values[f] = toVariant(*it);
            ++matched;
        }
        if (matched < object.size()) {
            for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
                const QString key = it.key();
                if (spec->fieldIndex(key) < 0)
                    record.unknownFields.append(key);
            }
        }
        if (names->companyId >= 0 && !values[names->companyId].isValid() && !envelope.companyId.isEmpty())
            values[names->companyId] = envelope.companyId;
        record.raw = haveRaw ? compact(spans.at(i).first, spans.at(i).second)
                             : QJsonDocument(object).toJson(QJsonDocument::Compact);
        envelope.records.append(std::move(record));
    }
    result.envelopes.append(std::move(envelope));
    return result;
}

QByteArray JsonCodec::encode(const UploadEnvelope &envelope) const
{
    const InterfaceSpec *spec = envelope.spec;
    if (!spec)
        return {};
    QByteArray out;
    out.reserve(128 + envelope.records.size() * 64 * qMax<qsizetype>(1, spec->fields.size() / 4));
    out.append("{\"CompanyId\":");
    appendString(out, envelope.companyId);
    out.append(",\"Source\":");
    appendString(out, envelope.source);
    out.append(",\"IPCType\":");
    appendString(out, spec->ipcType);
    out.append(',');
    appendString(out, spec->ipcType);
    out.append(':');
    const bool asArray = envelope.batch || envelope.records.size() != 1;
    if (asArray)
        out.append('[');
    for (qsizetype i = 0; i < envelope.records.size(); ++i) {
        if (i > 0)
            out.append(',');
        appendRecord(out, envelope.records.at(i), *spec);
    }
    if (asArray)
        out.append(']');
    out.append('}');
    return out;
}

} // namespace rw
