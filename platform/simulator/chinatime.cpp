#include "chinatime.h"

#include <QTimeZone>

namespace rw {

qint64 ChinaTime::dateTime14(const QDateTime &time)
{
    const QDateTime t = local(time);
    const QDate d = t.date();
    const QTime c = t.time();
    return qint64(d.year()) * 10000000000LL + qint64(d.month()) * 100000000LL + qint64(d.day()) * 1000000LL +
           c.hour() * 10000LL + c.minute() * 100LL + c.second();
}

qint64 ChinaTime::date8(const QDate &date)
{
    return qint64(date.year()) * 10000 + date.month() * 100 + date.day();
}

qint64 ChinaTime::yearMonth(const QDateTime &time)
{
    const QDate d = date(time);
    return qint64(d.year()) * 100 + d.month();
}

QString ChinaTime::hourMinute(int hour, int minute)
{
    return QStringLiteral("%1%2").arg(hour, 2, 10, QLatin1Char('0')).arg(minute, 2, 10, QLatin1Char('0'));
}

QDateTime ChinaTime::at(const QDate &date, int hour, int minute)
{
    return QDateTime(date, QTime(hour, minute), QTimeZone(kOffsetSeconds)).toUTC();
}

} // namespace rw
