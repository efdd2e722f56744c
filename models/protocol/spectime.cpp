#include "spectime.h"

#include "interfacespec.h"
#include "record.h"

#include <cmath>

namespace rw {

namespace {

constexpr qint64 kSecondsPerDay = 86400;

// Reads an integral value: qint64/int and whole doubles as numbers, strings made only of ASCII digits
// as their value. \a digits receives the number of digits as written (a string "0730" has four).
bool integralValue(const QVariant &value, qint64 *number, int *digits)
{
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::Short:
    case QMetaType::UShort: {
        const qint64 n = value.toLongLong();
        if (n < 0)
            return false;
        *number = n;
        int count = 1;
        for (qint64 rest = n / 10; rest > 0; rest /= 10)
            ++count;
        *digits = count;
        return true;
    }
    case QMetaType::ULongLong:
    case QMetaType::ULong: {
        const qulonglong n = value.toULongLong();
        if (n > qulonglong(std::numeric_limits<qint64>::max()))
            return false;
        return integralValue(QVariant(qint64(n)), number, digits);
    }
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = value.toDouble();
        if (!std::isfinite(d) || d < 0 || d >= 9.2e18 || std::floor(d) != d)
            return false;
        return integralValue(QVariant(qint64(d)), number, digits);
    }
    case QMetaType::QString: {
        const QString text = value.toString();
        if (text.isEmpty() || text.size() > 18)
            return false;
        qint64 n = 0;
        for (QChar c : text) {
            if (c < u'0' || c > u'9')
                return false;
            n = n * 10 + (c.unicode() - u'0');
        }
        *number = n;
        *digits = int(text.size());
        return true;
    }
    default:
        return false;
    }
}

} // namespace

bool SpecTime::isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int SpecTime::daysInMonth(int year, int month)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12)
        return 0;
    return month == 2 && isLeapYear(year) ? 29 : days[month - 1];
}

bool SpecTime::isValidDate(int year, int month, int day)
{
    return year >= 1 && year <= 9999 && day >= 1 && day <= daysInMonth(year, month);
}

bool SpecTime::isValidTime(int hour, int minute, int second)
{
    // No leap seconds: the spec's clocks are ordinary wall clocks.
    return hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60;
}

// Howard Hinnant's days_from_civil: days since 1970-01-01 of a proleptic Gregorian date.
qint64 SpecTime::daysFromCivil(int year, int month, int day)
{
    const qint64 y = qint64(year) - (month <= 2 ? 1 : 0);
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 mp = (month + 9) % 12; // March = 0
    const qint64 doy = (153 * mp + 2) / 5 + day - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void SpecTime::civilFromDays(qint64 days, int *year, int *month, int *day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    *day = int(doy - (153 * mp + 2) / 5 + 1);
    *month = int(mp < 10 ? mp + 3 : mp - 9);
    *year = int(yoe + era * 400 + (*month <= 2 ? 1 : 0));
}

std::optional<qint64> SpecTime::fromDateTime(qint64 v)
{
    if (v < 10'000'000'000'000 || v > 99'999'999'999'999) // exactly 14 digits
        return std::nullopt;
    const int second = int(v % 100);
    const int minute = int(v / 100 % 100);
    const int hour = int(v / 10'000 % 100);
    const int day = int(v / 1'000'000 % 100);
    const int month = int(v / 100'000'000 % 100);
    const int year = int(v / 10'000'000'000);
    if (!isValidDate(year, month, day) || !isValidTime(hour, minute, second))
        return std::nullopt;
    return daysFromCivil(year, month, day) * kSecondsPerDay + hour * 3600 + minute * 60 + second -
           kChinaOffsetSeconds;
}

std::optional<qint64> SpecTime::fromDate(qint64 v)
{
    if (v < 10'000'000 || v > 99'999'999)
        return std::nullopt;
    const int day = int(v % 100);
    const int month = int(v / 100 % 100);
    const int year = int(v / 10'000);
    if (!isValidDate(year, month, day))
        return std::nullopt;
    return daysFromCivil(year, month, day) * kSecondsPerDay - kChinaOffsetSeconds;
}

std::optional<qint64> SpecTime::fromYearMonth(qint64 v)
{
    if (v < 100'000 || v > 999'999)
        return std::nullopt;
    const int month = int(v % 100);
    const int year = int(v / 100);
    if (!isValidDate(year, month, 1))
        return std::nullopt;
    return daysFromCivil(year, month, 1) * kSecondsPerDay - kChinaOffsetSeconds;
}

std::optional<int> SpecTime::minutesFromHourMinute(qint64 v)
{
    if (v < 0 || v > 9999)
        return std::nullopt;
    const int hour = int(v / 100);
    const int minute = int(v % 100);
    if (!isValidTime(hour, minute, 0))
        return std::nullopt;
    return hour * 60 + minute;
}

std::optional<int> SpecTime::minutesFromHourMinute(QStringView text)
{
    if (text.size() != 4)
        return std::nullopt;
    int v = 0;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        v = v * 10 + (c.unicode() - u'0');
    }
    return minutesFromHourMinute(v);
}

std::optional<qint64> SpecTime::fromPositionTime(qint64 v)
{
    // Unix seconds have at most ten digits until 2286; YYYYMMDDhhmmss always has fourteen.
    // Eleven to thirteen digits (e.g. Unix milliseconds) are neither.
    if (v >= 0 && v <= kMaxUnixSeconds)
        return v;
    return fromDateTime(v);
}

qint64 SpecTime::toDateTime(qint64 unixSeconds)
{
    const qint64 local = unixSeconds + kChinaOffsetSeconds;
    qint64 days = local / kSecondsPerDay;
    qint64 secondOfDay = local % kSecondsPerDay;
    if (secondOfDay < 0) {
        secondOfDay += kSecondsPerDay;
        --days;
    }
    int year, month, day;
    civilFromDays(days, &year, &month, &day);
    const qint64 hour = secondOfDay / 3600;
    const qint64 minute = secondOfDay / 60 % 60;
    const qint64 second = secondOfDay % 60;
    return ((((qint64(year) * 100 + month) * 100 + day) * 100 + hour) * 100 + minute) * 100 + second;
}

qint64 SpecTime::toDate(qint64 unixSeconds)
{
    return toDateTime(unixSeconds) / 1'000'000;
}

qint64 SpecTime::toYearMonth(qint64 unixSeconds)
{
    return toDateTime(unixSeconds) / 100'000'000;
}

QString SpecTime::toHourMinute(int minutes)
{
    minutes = ((minutes % 1440) + 1440) % 1440;
    return QStringLiteral("%1%2")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

std::optional<qint64> SpecTime::parse(FieldFormat format, const QVariant &value)
{
    if (!isTimeFormat(format))
        return std::nullopt;
    qint64 number = 0;
    int digits = 0;
    if (!integralValue(value, &number, &digits))
        return std::nullopt;
    // Text must be written with exactly the pattern's digits: "0730" but not "730"; no leading zeros
    // elsewhere ("020240101" is not a date).
    const bool isText = value.typeId() == QMetaType::QString;
    if (isText && format != FieldFormat::HourMinute) {
        int natural = 1;
        for (qint64 rest = number / 10; rest > 0; rest /= 10)
            ++natural;
        if (natural != digits)
            return std::nullopt;
    }
    switch (format) {
    case FieldFormat::Date:
        return fromDate(number);
    case FieldFormat::DateTime:
        return fromDateTime(number);
    case FieldFormat::YearMonth:
        return fromYearMonth(number);
    case FieldFormat::UnixOrDateTime:
        return fromPositionTime(number);
    case FieldFormat::HourMinute: {
        if (isText && digits != 4)
            return std::nullopt;
        const auto minutes = minutesFromHourMinute(number);
        return minutes ? std::optional<qint64>(*minutes) : std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

bool SpecTime::isTimeFormat(FieldFormat format)
{
    switch (format) {
    case FieldFormat::Date:
    case FieldFormat::DateTime:
    case FieldFormat::UnixOrDateTime:
    case FieldFormat::HourMinute:
    case FieldFormat::YearMonth:
        return true;
    default:
        return false;
    }
}

bool SpecTime::isValid(FieldFormat format, const QVariant &value)
{
    return !isTimeFormat(format) || parse(format, value).has_value();
}

QString SpecTime::formatPattern(FieldFormat format)
{
    switch (format) {
    case FieldFormat::Date:
        return QStringLiteral("YYYYMMDD");
    case FieldFormat::DateTime:
        return QStringLiteral("YYYYMMDDhhmmss");
    case FieldFormat::UnixOrDateTime:
        return QStringLiteral("Unix seconds or YYYYMMDDhhmmss");
    case FieldFormat::HourMinute:
        return QStringLiteral("HHmm");
    case FieldFormat::YearMonth:
        return QStringLiteral("YYYYMM");
    default:
        return {};
    }
}

std::optional<qint64> SpecTime::businessTime(const Record &record)
{
    if (!record.spec || record.spec->businessTimeField.isEmpty())
        return std::nullopt;
    const int index = record.spec->fieldIndex(record.spec->businessTimeField);
    if (!record.has(index))
        return std::nullopt;
    const FieldFormat format = record.spec->fields.at(index).format;
    if (format == FieldFormat::HourMinute)
        return std::nullopt; // a time of day is no point in time
    return parse(format, record.values.at(index));
}

} // namespace rw
