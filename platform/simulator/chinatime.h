#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace rw {

/**
 * \brief The spec's time formats, always in China Standard Time (UTC+8), whatever the machine's zone.
 *
 * Date-times travel as YYYYMMDDhhmmss numbers, dates as YYYYMMDD, statistics cycles as YYYYMM, fare
 * peaks as "HHmm" text; PositionTime is Unix seconds (platform-interface.md §4).
 */
class ChinaTime
{
public:
    static constexpr int kOffsetSeconds = 8 * 3600;

    /** \a time seen on a clock in China. */
    static QDateTime local(const QDateTime &time) { return time.toOffsetFromUtc(kOffsetSeconds); }
    static QDate date(const QDateTime &time) { return local(time).date(); }

    static qint64 dateTime14(const QDateTime &time);
    static qint64 date8(const QDate &date);
    static qint64 yearMonth(const QDateTime &time);
    static QString hourMinute(int hour, int minute);

    /** The UTC instant of \a date at \a hour:\a minute in China. */
    static QDateTime at(const QDate &date, int hour = 0, int minute = 0);
};

} // namespace rw
