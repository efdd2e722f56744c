#include "qualityperiod.h"

#include "protocol/spectime.h"

namespace rw {

QualityPeriod QualityPeriod::containing(qint64 unixSeconds, Span span)
{
    const qint64 date = SpecTime::toDate(unixSeconds); // YYYYMMDD in CST
    const int year = int(date / 10000);
    const int month = int(date / 100 % 100);
    const int day = int(date % 100);
    switch (span) {
    case Span::Day:
        return ofDay(year, month, day);
    case Span::Month:
        return ofMonth(year, month);
    case Span::Year:
        return ofYear(year);
    }
    return {};
}

qint64 QualityPeriod::start() const
{
    return SpecTime::fromDate(qint64(year) * 10000 + month * 100 + day).value_or(0);
}

qint64 QualityPeriod::end() const
{
    switch (span) {
    case Span::Day:
        return start() + 86400; // CST has no daylight saving
    case Span::Month:
        return month == 12 ? ofMonth(year + 1, 1).start() : ofMonth(year, month + 1).start();
    case Span::Year:
        return ofYear(year + 1).start();
    }
    return start();
}

QString QualityPeriod::key() const
{
    const QString y = QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0'));
    switch (span) {
    case Span::Day:
        return QStringLiteral("%1-%2-%3")
            .arg(y)
            .arg(month, 2, 10, QLatin1Char('0'))
            .arg(day, 2, 10, QLatin1Char('0'));
    case Span::Month:
        return QStringLiteral("%1-%2").arg(y).arg(month, 2, 10, QLatin1Char('0'));
    case Span::Year:
        return y;
    }
    return y;
}

} // namespace rw
