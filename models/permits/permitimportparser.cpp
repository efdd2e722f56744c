#include "permitimportparser.h"

#include "permitidentifiers.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace rw {

struct PermitImportParser::RawRow
{
    int row = 0;
    QByteArray raw;
    QHash<QString, QString> values;  //!< by field key
    QList<PermitImportError> errors; //!< found before conversion (encoding, shape, a field's JSON type)
    bool unreadable = false;         //!< the errors spoil the whole row: its fields are not read
};

namespace {

// Field lengths follow the spec's wire limits (platform-interface.md §5: Certificate V64, VehicleNo V32,
// LicenseId V32, CertificateNo V128, names V64/V256) so that what is imported fits what companies upload.
// clang-format off
const QList<PermitImportParser::Column> kCompanyColumns = {
    {u"certificate"_s,   true,  64,  {u"Certificate"_s, u"permitNumber"_s, u"经营许可证号"_s, u"许可证号"_s, u"许可证编号"_s, u"经营许可证编号"_s}},
    {u"companyId"_s,     true,  32,  {u"CompanyId"_s, u"公司标识"_s, u"平台公司标识"_s, u"企业标识"_s}},
    {u"name"_s,          true,  256, {u"OwnerName"_s, u"companyName"_s, u"公司名称"_s, u"企业名称"_s, u"经营者名称"_s}},
    {u"identifier"_s,    false, 32,  {u"Identifier"_s, u"统一社会信用代码"_s, u"信用代码"_s}},
    {u"region"_s,        false, 6,   {u"Address"_s, u"regionCode"_s, u"行政区划代码"_s, u"许可地"_s, u"区划代码"_s}},
    {u"operationArea"_s, false, 128, {u"OperationArea"_s, u"经营区域"_s, u"经营范围区域"_s}},
    {u"organization"_s,  false, 256, {u"Organization"_s, u"发证机构"_s, u"发证机关"_s}},
    {u"certifyDate"_s,   false, 0,   {u"CertifyDate"_s, u"初次发证日期"_s, u"首次发证日期"_s}},
    {u"validFrom"_s,     true,  0,   {u"StartDate"_s, u"有效期起"_s, u"有效期开始"_s, u"有效期自"_s, u"起始日期"_s}},
    {u"validTo"_s,       true,  0,   {u"StopDate"_s, u"有效期止"_s, u"有效期至"_s, u"有效期结束"_s, u"截止日期"_s}},
    {u"state"_s,         false, 8,   {u"State"_s, u"状态"_s, u"证件状态"_s}},
};
const QList<PermitImportParser::Column> kVehicleColumns = {
    {u"certificate"_s,       true,  64,  {u"Certificate"_s, u"运输证号"_s, u"运输证字号"_s, u"道路运输证号"_s, u"网约车运输证号"_s}},
    {u"plate"_s,             true,  32,  {u"VehicleNo"_s, u"plateNumber"_s, u"车牌号"_s, u"车牌号码"_s, u"号牌号码"_s}},
    {u"plateColor"_s,        false, 32,  {u"PlateColor"_s, u"车牌颜色"_s, u"号牌颜色"_s}},
    {u"companyId"_s,         true,  32,  {u"CompanyId"_s, u"公司标识"_s, u"平台公司标识"_s, u"所属平台"_s}},
    {u"ownerName"_s,         false, 64,  {u"OwnerName"_s, u"车辆所有人"_s, u"所有人"_s, u"业户名称"_s}},
    {u"vin"_s,               true,  17,  {u"VIN"_s, u"车辆识别代号"_s, u"车架号"_s, u"车辆识别代码"_s}},
    {u"region"_s,            false, 6,   {u"Address"_s, u"regionCode"_s, u"行政区划代码"_s, u"区划代码"_s}},
    {u"organization"_s,      false, 256, {u"TransAgency"_s, u"发证机构"_s, u"发证机关"_s}},
    {u"firstRegistration"_s, true,  0,   {u"CertifyDateB"_s, u"初次登记日期"_s, u"初次注册日期"_s, u"注册日期"_s}},
    {u"validFrom"_s,         true,  0,   {u"TransDateStart"_s, u"issueDate"_s, u"发证日期"_s, u"有效期起"_s, u"有效期自"_s}},
    {u"validTo"_s,           true,  0,   {u"TransDateStop"_s, u"有效期止"_s, u"有效期至"_s, u"有效期截止"_s}},
    {u"seats"_s,             false, 0,   {u"Seats"_s, u"核定座位数"_s, u"座位数"_s, u"核定载客"_s}},
    {u"wheelbase"_s,         false, 0,   {u"wheelbaseMm"_s, u"轴距"_s}},
    {u"rangeKm"_s,           false, 0,   {u"range"_s, u"续航里程"_s, u"续航"_s, u"续驶里程"_s, u"纯电续航里程"_s, u"续航能力"_s}},
    {u"purchasePriceYuan"_s, false, 0,   {u"purchasePrice"_s, u"购置税计税价格"_s, u"购置税价格"_s, u"计税价格"_s, u"车辆购置税计税价格"_s}},
    {u"brand"_s,             false, 64,  {u"Brand"_s, u"品牌"_s, u"厂牌"_s}},
    {u"model"_s,             false, 64,  {u"Model"_s, u"车型"_s, u"型号"_s, u"车辆型号"_s}},
    {u"fuelType"_s,          false, 32,  {u"FuelType"_s, u"燃料类型"_s, u"燃料种类"_s}},
    {u"state"_s,             false, 8,   {u"State"_s, u"状态"_s, u"证件状态"_s}},
};
const QList<PermitImportParser::Column> kDriverColumns = {
    {u"certificate"_s,       true,  128, {u"CertificateNo"_s, u"从业资格证号"_s, u"网约车驾驶员证号"_s, u"驾驶员证号"_s, u"资格证号"_s}},
    {u"name"_s,              true,  64,  {u"DriverName"_s, u"姓名"_s, u"驾驶员姓名"_s}},
    {u"idNumber"_s,          true,  18,  {u"IdNumber"_s, u"身份证号"_s, u"身份证号码"_s, u"公民身份号码"_s}},
    {u"licence"_s,           false, 32,  {u"LicenseId"_s, u"licenceNumber"_s, u"license"_s, u"驾驶证号"_s, u"机动车驾驶证号"_s}},
    {u"companyId"_s,         true,  32,  {u"CompanyId"_s, u"公司标识"_s, u"平台公司标识"_s, u"所属平台"_s}},
    {u"companyName"_s,       false, 256, {u"ContractCompany"_s, u"所属公司"_s, u"服务单位"_s, u"所属企业"_s}},
    {u"phone"_s,             false, 32,  {u"DriverPhone"_s, u"手机号"_s, u"手机号码"_s, u"联系电话"_s}},
    {u"gender"_s,            false, 2,   {u"DriverGender"_s, u"性别"_s}},
    {u"region"_s,            false, 6,   {u"Address"_s, u"regionCode"_s, u"行政区划代码"_s, u"区划代码"_s}},
    {u"organization"_s,      false, 256, {u"NetworkCarIssueOrganization"_s, u"发证机构"_s, u"发证机关"_s}},
    {u"driverType"_s,        false, 16,  {u"DriverType"_s, u"准驾车型"_s}},
    {u"licenceFirstIssue"_s, false, 0,   {u"GetDriverLicenseDate"_s, u"初次领证日期"_s, u"初领日期"_s, u"初次领取驾驶证日期"_s}},
    {u"validFrom"_s,         true,  0,   {u"NetworkCarProofOn"_s, u"有效期起"_s, u"有效期自"_s, u"发证日期"_s}},
    {u"validTo"_s,           true,  0,   {u"NetworkCarProofOff"_s, u"有效期止"_s, u"有效期至"_s, u"有效期截止"_s}},
    {u"state"_s,             false, 8,   {u"State"_s, u"状态"_s, u"证件状态"_s}},
};
// clang-format on

const QList<PermitImportParser::Column> &columnsOf(PermitKind kind)
{
    switch (kind) {
    case PermitKind::Company:
        return kCompanyColumns;
    case PermitKind::Vehicle:
        return kVehicleColumns;
    case PermitKind::Driver:
        break;
    }
    return kDriverColumns;
}

/** Lower case, no spaces, "_" or "-", no unit in brackets: "轴距（mm）" → "轴距", "Vehicle_No" → "vehicleno".
 */
QString canonicalHeader(QStringView header)
{
    QString out;
    out.reserve(header.size());
    int depth = 0;
    for (QChar c : header) {
        if (c == u'(' || c == u'（' || c == u'[' || c == u'【') {
            ++depth;
            continue;
        }
        if (c == u')' || c == u'）' || c == u']' || c == u'】') {
            depth = qMax(0, depth - 1);
            continue;
        }
        if (depth > 0 || c.isSpace() || c == u'_' || c == u'-' || c == u'*' || c == QChar(0xFEFF))
            continue;
        out.append(c.toLower());
    }
    return out;
}

const QHash<QString, QString> &headerMap(PermitKind kind)
{
    static const auto build = [](PermitKind k) {
        QHash<QString, QString> map;
        for (const PermitImportParser::Column &column : columnsOf(k)) {
            map.insert(canonicalHeader(column.key), column.key);
            for (const QString &alias : column.aliases)
                map.insert(canonicalHeader(alias), column.key);
        }
        return map;
    };
    static const QHash<QString, QString> company = build(PermitKind::Company);
    static const QHash<QString, QString> vehicle = build(PermitKind::Vehicle);
    static const QHash<QString, QString> driver = build(PermitKind::Driver);
    switch (kind) {
    case PermitKind::Company:
        return company;
    case PermitKind::Vehicle:
        return vehicle;
    case PermitKind::Driver:
        break;
    }
    return driver;
}

QString byteHex(char byte)
{
    return u"0x%1"_s.arg(uint(uchar(byte)), 2, 16, QLatin1Char('0')).toUpper().replace(u"0X"_s, u"0x"_s);
}

// --- CSV tokenising (RFC 4180, on bytes: the delimiters are ASCII and never occur inside a UTF-8
// sequence). -------------------------------------------------------------------------------------

struct CsvRecord
{
    QList<QByteArray> fields;
    QByteArray raw;
    int row = 0;
    int line = 0;              //!< physical line the record starts on (1-based)
    bool unterminated = false; //!< a quoted field never closed: only the first line is kept, in raw
};

QList<CsvRecord> tokenise(const QByteArray &bytes)
{
    QList<CsvRecord> records;
    const qsizetype n = bytes.size();
    const char *b = bytes.constData();
    qsizetype pos = 0;
    int row = 0;
    int line = 1;
    const auto lineEnd = [&](qsizetype from) {
        qsizetype i = from;
        while (i < n && b[i] != '\n' && b[i] != '\r')
            ++i;
        return i;
    };
    const auto skipTerminator = [&](qsizetype i) {
        if (i < n && b[i] == '\r')
            ++i;
        if (i < n && b[i] == '\n')
            ++i;
        return i;
    };
    while (pos < n) {
        CsvRecord record;
        record.row = ++row;
        record.line = line;
        const qsizetype start = pos;
        QByteArray field;
        qsizetype i = pos;
        bool done = false;
        int linesInRecord = 0;
        while (!done) {
            if (i < n && b[i] == '"') {
                // Quoted field.
                ++i;
                bool closed = false;
                while (i < n) {
                    if (b[i] == '"') {
                        if (i + 1 < n && b[i + 1] == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    if (b[i] == '\n')
                        ++linesInRecord;
                    field.append(b[i++]);
                }
                if (!closed) {
                    // Keep the first physical line as the bad record; go on with the next line.
                    const qsizetype end = lineEnd(start);
                    record.raw = bytes.mid(start, end - start);
                    record.unterminated = true;
                    record.fields.clear();
                    records.append(record);
                    pos = skipTerminator(end);
                    line += 1;
                    done = true;
                    break;
                }
                // Lenient: text after the closing quote belongs to the field.
                while (i < n && b[i] != ',' && b[i] != '\n' && b[i] != '\r')
                    field.append(b[i++]);
            } else {
                while (i < n && b[i] != ',' && b[i] != '\n' && b[i] != '\r')
                    field.append(b[i++]);
            }
            record.fields.append(field);
            field.clear();
            if (i < n && b[i] == ',') {
                ++i;
                continue;
            }
            // End of record (line break or end of input).
            record.raw = bytes.mid(start, i - start);
            pos = skipTerminator(i);
            line += 1 + linesInRecord;
            records.append(record);
            done = true;
        }
    }
    return records;
}

bool isBlank(const CsvRecord &record)
{
    return !record.unterminated && record.fields.size() == 1 &&
           record.fields.constFirst().trimmed().isEmpty();
}

// --- Row conversion --------------------------------------------------------------------------------

/** Reads the fields of one row, collecting every problem with its field, value and rule. */
class RowReader
{
    Q_DECLARE_TR_FUNCTIONS(rw::PermitImportParser)

public:
    RowReader(PermitKind kind, const QHash<QString, QString> &values, int row, const QStringList &headerKeys,
              bool csv)
        : m_kind(kind)
        , m_values(values)
        , m_row(row)
        , m_headerKeys(headerKeys)
        , m_csv(csv)
    {}

    QList<PermitImportError> errors;

    const PermitImportParser::Column *column(const QString &key) const
    {
        for (const PermitImportParser::Column &c : columnsOf(m_kind)) {
            if (c.key == key)
                return &c;
        }
        return nullptr;
    }

    void fail(const QString &key, const QString &value, const QString &reason)
    {
        for (const PermitImportError &e : errors) {
            if (!key.isEmpty() && e.field == key)
                return; // one problem per field: a value of the wrong JSON type is also "empty"
        }
        errors.append({m_row, key, value, reason});
    }

    /** The trimmed text of \a key; empty if absent (an error when required). */
    QString text(const QString &key)
    {
        const PermitImportParser::Column *c = column(key);
        const QString value = m_values.value(key).trimmed();
        if (value.isEmpty()) {
            if (c && c->required) {
                if (m_csv && !m_headerKeys.contains(key))
                    fail(key, {}, tr("required field %1: the header has no column for it").arg(key));
                else
                    fail(key, {}, tr("required field %1 is empty").arg(key));
            }
            return {};
        }
        for (QChar ch : value) {
            if (ch.category() == QChar::Other_Control) {
                fail(key, value,
                     tr("%1 \"%2\" holds a control character (U+%3)")
                         .arg(key, value)
                         .arg(ch.unicode(), 4, 16, QLatin1Char('0')));
                return {};
            }
        }
        if (c && c->maxLength > 0 && value.size() > c->maxLength) {
            fail(key, value,
                 tr("%1 \"%2\" has %3 characters; at most %4 are allowed")
                     .arg(key, value)
                     .arg(value.size())
                     .arg(c->maxLength));
            return {};
        }
        return value;
    }

    QDate date(const QString &key)
    {
        const QString value = text(key);
        if (value.isEmpty())
            return {};
        const QDate d = PermitImportParser::parseDate(value);
        if (!d.isValid())
            fail(key, value, tr("%1 \"%2\" is not a date (expected YYYYMMDD or YYYY-MM-DD)").arg(key, value));
        return d;
    }

    int count(const QString &key, int minimum, int maximum)
    {
        const QString value = text(key);
        if (value.isEmpty())
            return 0;
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok || n < minimum || n > maximum) {
            fail(key, value,
                 tr("%1 \"%2\" is not a whole number from %3 to %4")
                     .arg(key, value)
                     .arg(minimum)
                     .arg(maximum));
            return 0;
        }
        return n;
    }

    /**
     * A whole amount of \a unit ("km", "yuan") from \a minimum to \a maximum: digits with an optional
     * fraction (cut off, never rounded up, so that a value below a limit stays below), thousands
     * separators, the unit written after it (km, 公里, 元) and, for yuan, 万 (× 10,000) as 运政 exports
     * write prices ("12.88万"). 0 when empty.
     */
    qint64 amount(const QString &key, qint64 minimum, qint64 maximum, bool yuan)
    {
        const QString value = text(key);
        if (value.isEmpty())
            return 0;
        QString t = value;
        t.remove(u',').remove(u'，').remove(u' ');
        double factor = 1;
        for (const QString &suffix : yuan ? QStringList{u"人民币"_s, u"元"_s, u"yuan"_s, u"CNY"_s}
                                          : QStringList{u"公里"_s, u"km"_s}) {
            if (t.endsWith(suffix, Qt::CaseInsensitive))
                t.chop(suffix.size());
        }
        if (yuan && t.endsWith(u'万')) {
            t.chop(1);
            factor = 10000;
        }
        static const QRegularExpression decimal(u"^\\d{1,12}(\\.\\d{1,6})?$"_s);
        const bool ok = decimal.match(t).hasMatch();
        // Whole units, the fraction cut off: 99999.99 yuan stays below 100,000.
        const qint64 n = ok ? qint64(std::floor(t.toDouble() * factor + 1e-9)) : -1;
        if (!ok || n < minimum || n > maximum) {
            fail(key, value,
                 yuan ? tr("%1 \"%2\" is not an amount in yuan from %3 to %4 (e.g. 128800, 128800.00 or "
                           "12.88万)")
                            .arg(key, value)
                            .arg(minimum)
                            .arg(maximum)
                      : tr("%1 \"%2\" is not a distance in km from %3 to %4")
                            .arg(key, value)
                            .arg(minimum)
                            .arg(maximum));
            return 0;
        }
        return n;
    }

    QString region(const QString &defaultRegion, const std::optional<RegionScope> &scope)
    {
        QString value = text(u"region"_s);
        if (value.isEmpty())
            value = defaultRegion;
        if (value.isEmpty()) {
            fail(u"region"_s, {},
                 tr("required field region is empty and no default region was given for the import"));
            return {};
        }
        if (!PermitIdentifiers::isRegionCode(value)) {
            fail(u"region"_s, value, tr("region \"%1\" is not a six-digit GB/T 2260 region code").arg(value));
            return {};
        }
        if (scope && !scope->covers(value)) {
            fail(u"region"_s, value,
                 tr("region %1 lies outside the importing account's scope %2")
                     .arg(value, scope->isNone() ? tr("(none)") : scope->code()));
            return {};
        }
        return value;
    }

    void checkPeriod(const QDate &from, const QDate &to)
    {
        if (from.isValid() && to.isValid() && to < from)
            fail(u"validTo"_s, to.toString(Qt::ISODate),
                 tr("validTo %1 is before validFrom %2")
                     .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)));
    }

private:
    PermitKind m_kind;
    const QHash<QString, QString> &m_values;
    int m_row;
    const QStringList &m_headerKeys;
    bool m_csv;
};

QString jsonScalar(const QJsonValue &value, bool *ok)
{
    *ok = true;
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::floor(d) == d && std::abs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    default:
        *ok = false;
        return {};
    }
}

} // namespace

PermitImportParser::PermitImportParser(PermitKind kind, Options options)
    : m_kind(kind)
    , m_options(std::move(options))
{}

QList<PermitImportParser::Column> PermitImportParser::columns(PermitKind kind)
{
    return columnsOf(kind);
}

QString PermitImportParser::keyOfHeader(PermitKind kind, QStringView header)
{
    return headerMap(kind).value(canonicalHeader(header));
}

QByteArray PermitImportParser::templateHeader(PermitKind kind)
{
    QStringList keys;
    for (const Column &c : columnsOf(kind))
        keys.append(c.key);
    return keys.join(u',').toUtf8() + "\r\n";
}

std::optional<PermitImportParser::Format> PermitImportParser::formatOfContentType(QByteArrayView contentType)
{
    const QByteArray type = contentType.toByteArray().split(';').constFirst().trimmed().toLower();
    if (type == "text/csv" || type == "text/plain" || type == "application/csv")
        return Format::Csv;
    if (type == "application/json")
        return Format::Json;
    return std::nullopt;
}

QDate PermitImportParser::parseDate(QStringView text)
{
    const QString t = text.trimmed().toString();
    if (t.size() == 8) {
        for (QChar c : t) {
            if (!c.isDigit())
                return {};
        }
        return QDate(t.left(4).toInt(), t.mid(4, 2).toInt(), t.mid(6, 2).toInt());
    }
    static const QRegularExpression separated(u"^(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?$"_s);
    const QRegularExpressionMatch m = separated.match(t);
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

qsizetype PermitImportParser::invalidUtf8Offset(QByteArrayView bytes)
{
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned int min = 0;
        unsigned int cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            min = 0x80;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            min = 0x800;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            min = 0x10000;
            cp = c & 0x07;
        } else {
            return i;
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n || (s[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

PermitImportResult PermitImportParser::parse(const QByteArray &bytes, Format format) const
{
    return format == Format::Csv ? parseCsv(bytes) : parseJson(bytes);
}

PermitImportResult PermitImportParser::parseCsv(const QByteArray &input) const
{
    PermitImportResult result;
    result.kind = m_kind;
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);

    QString fileProblem;
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        fileProblem = tr("the file is UTF-16 (it starts with the byte-order mark %1); save it as CSV UTF-8")
                          .arg(bytes.startsWith("\xFF\xFE") ? u"FF FE"_s : u"FE FF"_s);

    QList<CsvRecord> records = fileProblem.isEmpty() ? tokenise(bytes) : QList<CsvRecord>();
    qsizetype first = 0;
    while (first < records.size() && isBlank(records.at(first)))
        ++first;

    QStringList headerKeys; // by column index; empty string = ignored column
    if (fileProblem.isEmpty() && first >= records.size())
        fileProblem = tr("the file holds no header row and no data");
    if (fileProblem.isEmpty()) {
        const CsvRecord &header = records.at(first);
        const qsizetype bad = invalidUtf8Offset(header.raw);
        if (header.unterminated) {
            fileProblem = tr("the header row %1 has a quoted field that never closes").arg(header.row);
        } else if (bad >= 0) {
            fileProblem =
                tr("the header row %1 is not UTF-8 (byte %2 at offset %3): the file is probably in GBK; "
                   "save it as CSV UTF-8")
                    .arg(header.row)
                    .arg(byteHex(header.raw.at(bad)))
                    .arg(bad);
        } else {
            QHash<QString, QString> seen; // key → header text
            for (const QByteArray &cell : header.fields) {
                const QString text = QString::fromUtf8(cell).trimmed();
                const QString key = keyOfHeader(m_kind, text);
                if (key.isEmpty()) {
                    if (!text.isEmpty())
                        result.ignoredColumns.append(text);
                    headerKeys.append(QString());
                    continue;
                }
                if (seen.contains(key)) {
                    fileProblem = tr("the header names field %1 twice: \"%2\" and \"%3\"")
                                      .arg(key, seen.value(key), text);
                    break;
                }
                seen.insert(key, text);
                headerKeys.append(key);
            }
            if (fileProblem.isEmpty()) {
                for (const Column &column : columnsOf(m_kind)) {
                    if (!column.required || seen.contains(column.key))
                        continue;
                    if (column.key == u"region" && !m_options.defaultRegion.isEmpty())
                        continue;
                    result.fileErrors.append(
                        {header.row,
                         column.key,
                         {},
                         tr("the header has no column for required field %1 (accepted names: %2)")
                             .arg(column.key, (QStringList{column.key} + column.aliases).join(u", "_s))});
                }
            }
        }
    }

    if (!fileProblem.isEmpty()) {
        const int headerRow = first < records.size() ? records.at(first).row : 0;
        result.fileErrors.append({headerRow, {}, {}, fileProblem});
        for (qsizetype i = first + 1; i < records.size(); ++i) {
            if (isBlank(records.at(i)))
                continue;
            ++result.rowsRead;
            result.rejected.append({records.at(i).row,
                                    records.at(i).raw,
                                    {{records.at(i).row, {}, {}, tr("not read: %1").arg(fileProblem)}}});
        }
        return result;
    }

    QList<RawRow> rows;
    for (qsizetype i = first + 1; i < records.size(); ++i) {
        const CsvRecord &record = records.at(i);
        if (isBlank(record))
            continue;
        RawRow row;
        row.row = record.row;
        row.raw = record.raw;
        if (record.unterminated) {
            row.unreadable = true;
            row.errors.append({record.row,
                               {},
                               {},
                               tr("row %1 (line %2) has a quoted field that never closes; the row is kept as "
                                  "its first line and reading goes on at the next line")
                                   .arg(record.row)
                                   .arg(record.line)});
        } else if (const qsizetype bad = invalidUtf8Offset(record.raw); bad >= 0) {
            row.unreadable = true;
            row.errors.append(
                {record.row,
                 {},
                 {},
                 tr("row %1 is not UTF-8 (byte %2 at offset %3 of the row): save the file as CSV "
                    "UTF-8")
                     .arg(record.row)
                     .arg(byteHex(record.raw.at(bad)))
                     .arg(bad)});
        } else if (record.fields.size() > headerKeys.size()) {
            row.unreadable = true;
            row.errors.append({record.row,
                               {},
                               {},
                               tr("row %1 has %2 fields but the header has %3 columns")
                                   .arg(record.row)
                                   .arg(record.fields.size())
                                   .arg(headerKeys.size())});
        } else {
            // Fewer fields than columns: the missing trailing ones are empty (spreadsheets drop them).
            for (qsizetype c = 0; c < record.fields.size(); ++c) {
                if (!headerKeys.at(c).isEmpty())
                    row.values.insert(headerKeys.at(c), QString::fromUtf8(record.fields.at(c)));
            }
        }
        rows.append(row);
    }
    return convert(rows, headerKeys, std::move(result));
}

PermitImportResult PermitImportParser::parseJson(const QByteArray &bytes) const
{
    PermitImportResult result;
    result.kind = m_kind;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.fileErrors.append({0,
                                  {},
                                  {},
                                  tr("the body is not JSON: %1 at offset %2")
                                      .arg(parseError.errorString())
                                      .arg(parseError.offset)});
        return result;
    }
    QJsonArray array;
    if (document.isArray()) {
        array = document.array();
    } else if (document.object().value(u"permits"_s).isArray()) {
        array = document.object().value(u"permits"_s).toArray();
    } else {
        result.fileErrors.append(
            {0, {}, {}, tr("the JSON must be an array of permits or {\"permits\": [...]}")});
        return result;
    }

    QSet<QString> ignored;
    QList<RawRow> rows;
    for (qsizetype i = 0; i < array.size(); ++i) {
        RawRow row;
        row.row = int(i + 1);
        const QJsonValue element = array.at(i);
        row.raw = element.isObject() ? QJsonDocument(element.toObject()).toJson(QJsonDocument::Compact)
                                     : QJsonDocument(QJsonArray{element}).toJson(QJsonDocument::Compact);
        if (!element.isObject()) {
            row.unreadable = true;
            row.errors.append({row.row, {}, {}, tr("element %1 is not a JSON object").arg(row.row)});
            rows.append(row);
            continue;
        }
        const QJsonObject object = element.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString key = keyOfHeader(m_kind, it.key());
            if (key.isEmpty()) {
                ignored.insert(it.key());
                continue;
            }
            bool ok = false;
            const QString value = jsonScalar(it.value(), &ok);
            if (!ok) {
                row.errors.append(
                    {row.row, key,
                     QString::fromUtf8(QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact)),
                     tr("%1 must be a string or a number").arg(it.key())});
                continue;
            }
            if (row.values.contains(key)) {
                row.errors.append(
                    {row.row, key, value,
                     tr("field %1 is given twice (member \"%2\" names it again)").arg(key, it.key())});
                continue;
            }
            row.values.insert(key, value);
        }
        rows.append(row);
    }
    result.ignoredColumns = QStringList(ignored.begin(), ignored.end());
    result.ignoredColumns.sort();
    return convert(rows, {}, std::move(result));
}

PermitImportResult PermitImportParser::convert(const QList<RawRow> &rows, const QStringList &headerKeys,
                                               PermitImportResult result) const
{
    const bool csv = !headerKeys.isEmpty();
    QHash<QString, int> certificateRows;
    for (const RawRow &raw : rows) {
        ++result.rowsRead;
        if (raw.unreadable) {
            result.rejected.append({raw.row, raw.raw, raw.errors});
            continue;
        }
        RowReader r(m_kind, raw.values, raw.row, headerKeys, csv);
        r.errors = raw.errors;
        const QString certificate = r.text(u"certificate"_s);
        if (!certificate.isEmpty()) {
            if (const auto it = certificateRows.constFind(certificate); it != certificateRows.constEnd())
                r.fail(u"certificate"_s, certificate,
                       tr("certificate %1 already appears on row %2 of this file").arg(certificate).arg(*it));
        }

        switch (m_kind) {
        case PermitKind::Company: {
            CompanyPermit p;
            p.certificate = certificate;
            p.companyId = r.text(u"companyId"_s);
            p.name = r.text(u"name"_s);
            p.identifier = r.text(u"identifier"_s).toUpper();
            p.regionCode = r.region(m_options.defaultRegion, m_options.scope);
            p.operationArea = r.text(u"operationArea"_s);
            p.organization = r.text(u"organization"_s);
            p.certifyDate = r.date(u"certifyDate"_s);
            p.validFrom = r.date(u"validFrom"_s);
            p.validTo = r.date(u"validTo"_s);
            p.state = r.text(u"state"_s);
            r.checkPeriod(p.validFrom, p.validTo);
            if (r.errors.isEmpty())
                result.companies.append(p);
            break;
        }
        case PermitKind::Vehicle: {
            VehiclePermit p;
            p.certificate = certificate;
            const QString plateText = r.text(u"plate"_s);
            p.plate = PermitIdentifiers::normalisePlate(plateText);
            if (!plateText.isEmpty() && !PermitIdentifiers::isValidPlate(p.plate))
                r.fail(u"plate"_s, plateText,
                       tr("plate \"%1\" is not a plate with its province prefix (e.g. 琼D12345 or 琼DD12345)")
                           .arg(plateText));
            p.plateColor = r.text(u"plateColor"_s);
            p.companyId = r.text(u"companyId"_s);
            p.ownerName = r.text(u"ownerName"_s);
            const QString vin = r.text(u"vin"_s).toUpper();
            if (!vin.isEmpty() && !PermitIdentifiers::isValidVin(vin)) {
                const QChar check = PermitIdentifiers::vinCheck(vin);
                r.fail(
                    u"vin"_s, vin,
                    check.isNull()
                        ? tr("VIN \"%1\" must have 17 characters of 0-9 and A-Z without I, O and Q").arg(vin)
                        : tr("VIN \"%1\" has check digit %2 where %3 is expected (GB 16735, position 9)")
                              .arg(vin, vin.at(8), check));
            }
            p.vin = vin;
            p.regionCode = r.region(m_options.defaultRegion, m_options.scope);
            p.organization = r.text(u"organization"_s);
            p.firstRegistration = r.date(u"firstRegistration"_s);
            p.validFrom = r.date(u"validFrom"_s);
            p.validTo = r.date(u"validTo"_s);
            p.seats = r.count(u"seats"_s, 1, 99);
            p.wheelbaseMm = r.count(u"wheelbase"_s, 500, 10000);
            p.rangeKm = int(r.amount(u"rangeKm"_s, 1, 5000, false));
            p.purchasePriceYuan = r.amount(u"purchasePriceYuan"_s, 1, 100'000'000, true);
            p.brand = r.text(u"brand"_s);
            p.model = r.text(u"model"_s);
            p.fuelType = r.text(u"fuelType"_s);
            p.state = r.text(u"state"_s);
            r.checkPeriod(p.validFrom, p.validTo);
            // Art. 41: the certificate is issued for a registered car.
            if (p.firstRegistration.isValid() && p.validFrom.isValid() && p.validFrom < p.firstRegistration)
                r.fail(
                    u"validFrom"_s, p.validFrom.toString(Qt::ISODate),
                    tr("validFrom %1 is before the first registration %2 (seed 002 Art. 41)")
                        .arg(p.validFrom.toString(Qt::ISODate), p.firstRegistration.toString(Qt::ISODate)));
            if (r.errors.isEmpty())
                result.vehicles.append(p);
            break;
        }
        case PermitKind::Driver: {
            DriverPermit p;
            p.certificate = certificate;
            p.name = r.text(u"name"_s);
            const QString id = r.text(u"idNumber"_s).toUpper();
            if (!id.isEmpty() && !PermitIdentifiers::isValidIdNumber(id)) {
                const QChar check =
                    id.size() == 18 ? PermitIdentifiers::idNumberCheck(QStringView(id).first(17)) : QChar();
                r.fail(u"idNumber"_s, id,
                       check.isNull() ? tr("ID number \"%1\" must be 17 digits and a check character").arg(id)
                       : check != id.at(17)
                           ? tr("ID number \"%1\" has check character %2 where %3 is expected (GB 11643)")
                                 .arg(id, id.at(17), check)
                           : tr("ID number \"%1\" holds no valid birth date").arg(id));
            }
            p.idNumber = id;
            p.licenceNumber = r.text(u"licence"_s).toUpper();
            if (p.licenceNumber.isEmpty())
                p.licenceNumber = id; // the 机动车驾驶证号 is the ID number for residents
            p.companyId = r.text(u"companyId"_s);
            p.companyName = r.text(u"companyName"_s);
            p.phone = r.text(u"phone"_s);
            p.gender = r.text(u"gender"_s);
            p.regionCode = r.region(m_options.defaultRegion, m_options.scope);
            p.organization = r.text(u"organization"_s);
            p.driverType = r.text(u"driverType"_s).toUpper();
            p.licenceFirstIssue = r.date(u"licenceFirstIssue"_s);
            p.validFrom = r.date(u"validFrom"_s);
            p.validTo = r.date(u"validTo"_s);
            p.state = r.text(u"state"_s);
            r.checkPeriod(p.validFrom, p.validTo);
            if (r.errors.isEmpty())
                result.drivers.append(p);
            break;
        }
        }
        if (!r.errors.isEmpty()) {
            result.rejected.append({raw.row, raw.raw, r.errors});
            continue;
        }
        certificateRows.insert(certificate, raw.row);
        result.goodRows.append(raw.row);
    }
    return result;
}

} // namespace rw
