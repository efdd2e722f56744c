#pragma once

#include <QString>
#include <QtGlobal>

namespace rw {

/**
 * \brief A day, calendar month or calendar year in China Standard Time (UTC+8): the periods of seed 000
 * Art. 17 (月度、年度测评: 每自然月、自然年). Days exist so a month can be summed from its days.
 *
 * Boundaries are CST midnights, not UTC: 2026-01-31 16:00 UTC is 2026-02-01 00:00 CST and belongs to
 * February.
 */
struct QualityPeriod
{
    enum class Span { Day, Month, Year };

    Span span = Span::Month;
    int year = 1970;
    int month = 1; //!< 1..12; 1 for a year
    int day = 1;   //!< 1..31; 1 for a month or a year

    static QualityPeriod ofDay(int year, int month, int day) { return {Span::Day, year, month, day}; }
    static QualityPeriod ofMonth(int year, int month) { return {Span::Month, year, month, 1}; }
    static QualityPeriod ofYear(int year) { return {Span::Year, year, 1, 1}; }
    /** The period of \a span holding the moment \a unixSeconds, in CST. */
    static QualityPeriod containing(qint64 unixSeconds, Span span);

    /** First second (Unix) of the period: a CST midnight. */
    qint64 start() const;
    /** First second (Unix) after the period. */
    qint64 end() const;
    bool contains(qint64 unixSeconds) const { return unixSeconds >= start() && unixSeconds < end(); }
    /** True when \a other lies wholly inside this period (a day in its month, a month in its year). */
    bool contains(const QualityPeriod &other) const
    {
        return other.start() >= start() && other.end() <= end();
    }
    /** "2026-02-01", "2026-02" or "2026". */
    QString key() const;

    friend bool operator==(const QualityPeriod &, const QualityPeriod &) = default;
};

} // namespace rw
