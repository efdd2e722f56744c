#include "recordvalidator.h"

#include "interfacespec.h"
#include "spectime.h"

#include <QJsonDocument>
#include <QLocale>

#include <charconv>
#include <cmath>

namespace rw {

namespace {

// The happy path of validate() runs for every record at ingest (>= 100,000 positions/s, spec Art. 15(三)
// gives positions 60 s to arrive): it reads values in place through QVariant::constData() and builds
// no QString unless a rule is broken.

enum class Kind { Absent, Null, String, Integer, Double, Bool, Nested };

// QVariant::typeId() is an out-of-line call: classify once per field and reuse the id.
Kind kindOf(int typeId)
{
    switch (typeId) {
    case QMetaType::UnknownType:
        return Kind::Absent;
    case QMetaType::Nullptr:
        return Kind::Null;
    case QMetaType::QString:
        return Kind::String;
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return Kind::Integer;
    case QMetaType::Double:
    case QMetaType::Float:
        return Kind::Double;
    case QMetaType::Bool:
        return Kind::Bool;
    default:
        return Kind::Nested;
    }
}

Kind kindOf(const QVariant *value)
{
    return value ? kindOf(value->typeId()) : Kind::Absent;
}

const QString &stringOf(const QVariant &value)
{
    return *static_cast<const QString *>(value.constData());
}

// Integers in place; QVariant::toLongLong() is a conversion call we can skip for the common type.
qint64 integerOf(const QVariant &value, int typeId)
{
    if (typeId == QMetaType::LongLong)
        return *static_cast<const qlonglong *>(value.constData());
    if (typeId == QMetaType::Int)
        return *static_cast<const int *>(value.constData());
    return value.toLongLong();
}

qint64 integerOf(const QVariant &value)
{
    return integerOf(value, value.typeId());
}

double doubleOf(const QVariant &value, int typeId)
{
    if (typeId == QMetaType::Double)
        return *static_cast<const double *>(value.constData());
    return value.toDouble();
}

// Characters as the spec counts them: Unicode code points (a surrogate pair is one character).
qsizetype codePoints(const QString &text)
{
    qsizetype count = text.size();
    for (QChar c : text) {
        if (c.isLowSurrogate())
            --count;
    }
    return count;
}

int integerDigits(qint64 v)
{
    quint64 u = v < 0 ? quint64(0) - quint64(v) : quint64(v);
    int digits = 1;
    while (u >= 10) {
        u /= 10;
        ++digits;
    }
    return digits;
}

// Digits of the shortest decimal form that reads back as \a v: 12.5 has 3, 0.25 has 3 ("0.25").
int decimalDigits(double v)
{
    char buffer[400];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, std::fabs(v), std::chars_format::fixed);
    if (result.ec != std::errc())
        return 0;
    int digits = 0;
    for (const char *p = buffer; p != result.ptr; ++p) {
        if (*p >= '0' && *p <= '9')
            ++digits;
    }
    return digits;
}

// Compares an integer with a code written as decimal text ("1"), without building a string.
bool codeEquals(QStringView code, qint64 value)
{
    if (code.isEmpty())
        return false;
    bool negative = false;
    qsizetype i = 0;
    if (code.at(0) == u'-') {
        negative = true;
        i = 1;
    }
    if (i >= code.size() || code.size() - i > 18)
        return false;
    qint64 n = 0;
    for (; i < code.size(); ++i) {
        const char16_t c = code.at(i).unicode();
        if (c < u'0' || c > u'9')
            return false;
        n = n * 10 + (c - u'0');
    }
    return (negative ? -n : n) == value;
}

bool allowsInteger(const FieldSpec &field, qint64 value)
{
    for (const CodeValue &c : field.codes) {
        if (codeEquals(c.code, value))
            return true;
    }
    return false;
}

// GB/T 2260: six digits, the first two a province-level code.
bool isRegionCode(qint64 v)
{
    if (v < 110000 || v > 829999)
        return false;
    switch (v / 10000) {
    case 11:
    case 12:
    case 13:
    case 14:
    case 15:
    case 21:
    case 22:
    case 23:
    case 31:
    case 32:
    case 33:
    case 34:
    case 35:
    case 36:
    case 37:
    case 41:
    case 42:
    case 43:
    case 44:
    case 45:
    case 46:
    case 50:
    case 51:
    case 52:
    case 53:
    case 54:
    case 61:
    case 62:
    case 63:
    case 64:
    case 65:
    case 71:
    case 81:
    case 82:
        return true;
    default:
        return false;
    }
}

bool isValidTime(FieldFormat format, qint64 v)
{
    switch (format) {
    case FieldFormat::Date:
        return SpecTime::fromDate(v).has_value();
    case FieldFormat::DateTime:
        return SpecTime::fromDateTime(v).has_value();
    case FieldFormat::UnixOrDateTime:
        return SpecTime::fromPositionTime(v).has_value();
    case FieldFormat::YearMonth:
        return SpecTime::fromYearMonth(v).has_value();
    case FieldFormat::HourMinute:
        return SpecTime::minutesFromHourMinute(v).has_value();
    default:
        return true;
    }
}

QString numberText(double v)
{
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

// The offending value as sent, at most 64 characters.
QString valueText(const QVariant *value)
{
    QString text;
    switch (kindOf(value)) {
    case Kind::Absent:
        break;
    case Kind::Null:
        text = QStringLiteral("null");
        break;
    case Kind::String:
        text = stringOf(*value);
        break;
    case Kind::Integer:
        text = QString::number(integerOf(*value));
        break;
    case Kind::Double:
        text = numberText(value->toDouble());
        break;
    case Kind::Bool:
        text = value->toBool() ? QStringLiteral("true") : QStringLiteral("false");
        break;
    case Kind::Nested:
        text = QString::fromUtf8(QJsonDocument::fromVariant(*value).toJson(QJsonDocument::Compact));
        if (text.isEmpty())
            text = QString::fromLatin1(value->typeName());
        break;
    }
    if (text.size() > 64)
        text = text.left(63) + QChar(0x2026);
    return text;
}

} // namespace

FieldViolations RecordValidator::validate(const Record &record, const QString &companyId) const
{
    FieldViolations violations;
    if (!record.spec) {
        violations.append(
            {QString(), ValidationRule::Required, QString(), tr("the record names no interface")});
        return violations;
    }

    auto add = [&](const FieldSpec &field, ValidationRule rule, const QVariant *value,
                   const QString &message) {
        violations.append({field.name, rule, valueText(value), message});
    };

    const QList<FieldSpec> &fields = record.spec->fields;
    const qsizetype valueCount = record.values.size();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const FieldSpec &field = fields.at(i);
        const QVariant *value = i < valueCount ? &record.values.at(i) : nullptr;
        const int typeId = value ? value->typeId() : QMetaType::UnknownType;
        const Kind kind = kindOf(typeId);

        // Required: absent, null and "" all mean "not sent"; for an optional field they end the checks.
        if (kind == Kind::Absent || kind == Kind::Null ||
            (kind == Kind::String && stringOf(*value).isEmpty())) {
            if (field.required) {
                const QString message = kind == Kind::Absent ? tr("%1: required but absent").arg(field.name)
                                        : kind == Kind::Null ? tr("%1: required but null").arg(field.name)
                                                             : tr("%1: required but empty").arg(field.name);
                add(field, ValidationRule::Required, value, message);
            }
            continue;
        }

        // Type: C is a JSON string, N a JSON number. A wrong type ends the checks of the field.
        if (field.type == FieldType::Character) {
            if (kind != Kind::String) {
                const QString message =
                    kind == Kind::Integer || kind == Kind::Double
                        ? tr("%1: sent as the number %2, text is required").arg(field.name, valueText(value))
                    : kind == Kind::Bool
                        ? tr("%1: sent as the boolean %2, text is required").arg(field.name, valueText(value))
                        : tr("%1: sent as a nested object or array, text is required").arg(field.name);
                add(field, ValidationRule::Type, value, message);
                continue;
            }
            const QString &text = stringOf(*value);
            bool lengthOk = true;
            if (field.length > 0 && (field.fixedLength || text.size() > field.length)) {
                const qsizetype count = codePoints(text);
                if (field.fixedLength ? count != field.length : count > field.length) {
                    lengthOk = false;
                    add(field, ValidationRule::Length, value,
                        field.fixedLength ? tr("%1: %2 characters, exactly %3 required")
                                                .arg(field.name)
                                                .arg(count)
                                                .arg(field.length)
                                          : tr("%1: %2 characters, at most %3 allowed")
                                                .arg(field.name)
                                                .arg(count)
                                                .arg(field.length));
                }
            }
            if (field.isCoded() && !field.allowsCode(text)) {
                QStringList allowed;
                for (const CodeValue &c : field.codes)
                    allowed.append(c.code);
                add(field, ValidationRule::Code, value,
                    tr("%1: \"%2\" is not a permitted code (allowed: %3)")
                        .arg(field.name, valueText(value), allowed.join(QStringLiteral(", "))));
            }
            if (lengthOk && field.format == FieldFormat::RegionCode) {
                qint64 code = 0;
                bool digitsOnly = text.size() == 6;
                for (qsizetype k = 0; digitsOnly && k < text.size(); ++k) {
                    const QChar c = text.at(k);
                    digitsOnly = c >= u'0' && c <= u'9';
                    code = code * 10 + (c.unicode() - u'0');
                }
                if (!digitsOnly || !isRegionCode(code))
                    add(field, ValidationRule::Range, value,
                        tr("%1: \"%2\" is not a GB/T 2260 region code (six digits starting with a province "
                           "code)")
                            .arg(field.name, valueText(value)));
            }
            if (lengthOk && SpecTime::isTimeFormat(field.format) && !SpecTime::isValid(field.format, *value))
                add(field, ValidationRule::Date, value,
                    tr("%1: \"%2\" is not a valid %3")
                        .arg(field.name, valueText(value), SpecTime::formatPattern(field.format)));
            continue;
        }

        // Number.
        if (kind != Kind::Integer && kind != Kind::Double) {
            const QString message =
                kind == Kind::String ? tr("%1: sent as the text \"%2\", a number is required")
                                           .arg(field.name, valueText(value))
                : kind == Kind::Bool
                    ? tr("%1: sent as the boolean %2, a number is required").arg(field.name, valueText(value))
                    : tr("%1: sent as a nested object or array, a number is required").arg(field.name);
            add(field, ValidationRule::Type, value, message);
            continue;
        }
        bool isInteger = true; // whole and within qint64
        bool whole = true;
        qint64 integer = 0;
        double number = 0;
        if (kind == Kind::Integer) {
            integer = integerOf(*value, typeId);
            number = double(integer);
        } else {
            number = doubleOf(*value, typeId);
            if (!std::isfinite(number)) {
                add(field, ValidationRule::Type, value,
                    tr("%1: %2 is not a finite number").arg(field.name, valueText(value)));
                continue;
            }
            whole = std::floor(number) == number;
            isInteger = whole && std::fabs(number) < 9.2e18;
            integer = isInteger ? qint64(number) : 0;
        }
        // A huge whole number (1e20) is no type error: its length is.
        if (!whole && field.format != FieldFormat::Decimal) {
            add(field, ValidationRule::Type, value,
                tr("%1: %2 has a fraction, a whole number is required").arg(field.name, valueText(value)));
            continue;
        }

        bool lengthOk = true;
        if (field.length > 0) {
            const int digits = isInteger ? integerDigits(integer) : decimalDigits(number);
            if (field.fixedLength ? digits != field.length : digits > field.length) {
                lengthOk = false;
                add(field, ValidationRule::Length, value,
                    field.fixedLength ? tr("%1: %2 digits, exactly %3 required")
                                            .arg(field.name)
                                            .arg(digits)
                                            .arg(field.length)
                                      : tr("%1: %2 digits, at most %3 allowed")
                                            .arg(field.name)
                                            .arg(digits)
                                            .arg(field.length));
            }
        }

        if (field.isCoded() && (!isInteger || !allowsInteger(field, integer))) {
            QStringList allowed;
            for (const CodeValue &c : field.codes)
                allowed.append(c.code);
            add(field, ValidationRule::Code, value,
                tr("%1: %2 is not a permitted code (allowed: %3)")
                    .arg(field.name, valueText(value), allowed.join(QStringLiteral(", "))));
        }

        switch (field.format) {
        case FieldFormat::Longitude:
            if (number < -180e6 || number > 180e6)
                add(field, ValidationRule::Range, value,
                    tr("%1: %2 is outside the longitude range -180000000..180000000 (unit 1e-6 degree)")
                        .arg(field.name, valueText(value)));
            break;
        case FieldFormat::Latitude:
            if (number < -90e6 || number > 90e6)
                add(field, ValidationRule::Range, value,
                    tr("%1: %2 is outside the latitude range -90000000..90000000 (unit 1e-6 degree)")
                        .arg(field.name, valueText(value)));
            break;
        case FieldFormat::RegionCode:
            // A wrong number of digits is already a length violation.
            if (lengthOk && !isRegionCode(integer))
                add(field, ValidationRule::Range, value,
                    tr("%1: %2 is not a GB/T 2260 region code (six digits starting with a province code)")
                        .arg(field.name, valueText(value)));
            break;
        default:
            break;
        }
        if (field.minimum && number < *field.minimum)
            add(field, ValidationRule::Range, value,
                tr("%1: %2 is less than the minimum %3")
                    .arg(field.name, valueText(value), numberText(*field.minimum)));
        if (field.maximum && number > *field.maximum)
            add(field, ValidationRule::Range, value,
                tr("%1: %2 is greater than the maximum %3")
                    .arg(field.name, valueText(value), numberText(*field.maximum)));

        if (lengthOk && SpecTime::isTimeFormat(field.format) && !isValidTime(field.format, integer))
            add(field, ValidationRule::Date, value,
                tr("%1: %2 is not a valid %3")
                    .arg(field.name, valueText(value), SpecTime::formatPattern(field.format)));
    }

    // Identity: a company may only upload its own data.
    if (!companyId.isEmpty()) {
        const int index = !fields.isEmpty() && fields.first().name == QLatin1StringView("CompanyId")
                              ? 0
                              : record.spec->fieldIndex(u"CompanyId");
        const QVariant *value = index >= 0 && index < valueCount ? &record.values.at(index) : nullptr;
        if (kindOf(value) == Kind::String && !stringOf(*value).isEmpty() && stringOf(*value) != companyId)
            add(fields.at(index), ValidationRule::Identity, value,
                tr("CompanyId: \"%1\" is not the authenticated company \"%2\"")
                    .arg(valueText(value), companyId));
    }
    return violations;
}

} // namespace rw
