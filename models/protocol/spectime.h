#pragma once

#include "fieldspec.h"

#include <QString>
#include <QStringView>
#include <QVariant>

#include <optional>

namespace rw {

struct Record;

/**
 * \brief The spec's time formats: parsing, formatting and validity (platform-interface.md §4).
 *
 * The spec writes times as numbers in China Standard Time (UTC+8, no daylight saving):
 * YYYYMMDDhhmmss (N F14), YYYYMMDD (N F8), YYYYMM (the statistics cycle) and HHmm (fare peaks, text).
 * PositionTime is "Unixtime" (seconds, UTC), but some uploaders send YYYYMMDDhhmmss: the two are told
 * apart by magnitude (ten digits or fewer = Unix seconds, fourteen digits = date-time).
 *
 * Every parser returns Unix seconds (UTC) or nothing when the value is not a real calendar date or
 * time: 20240230, hour 24 and minute 60 are all invalid. No allocation, no QDateTime: these run for
 * every record at ingest.
 */
class SpecTime
{
public:
    static constexpr qint64 kChinaOffsetSeconds = 8 * 3600; //!< China Standard Time, UTC+8 all year
    /** Largest Unix time accepted in PositionTime: ten digits (until 2286-11-20). */
    static constexpr qint64 kMaxUnixSeconds = 9'999'999'999;

    static bool isLeapYear(int year);
    static int daysInMonth(int year, int month);               //!< 0 for an invalid month
    static bool isValidDate(int year, int month, int day);     //!< year 1..9999
    static bool isValidTime(int hour, int minute, int second); //!< 00:00:00..23:59:59

    /** Unix seconds of the CST moment \a yyyymmddhhmmss (14 digits), or nothing. */
    static std::optional<qint64> fromDateTime(qint64 yyyymmddhhmmss);
    /** Unix seconds of CST midnight starting \a yyyymmdd (8 digits), or nothing. */
    static std::optional<qint64> fromDate(qint64 yyyymmdd);
    /** Unix seconds of CST midnight starting the first day of \a yyyymm (6 digits), or nothing. */
    static std::optional<qint64> fromYearMonth(qint64 yyyymm);
    /** Minutes after midnight of \a hhmm (0..2359, minutes < 60), or nothing. */
    static std::optional<int> minutesFromHourMinute(qint64 hhmm);
    /** Minutes after midnight of the four-digit text \a hhmm ("0730"), or nothing. */
    static std::optional<int> minutesFromHourMinute(QStringView hhmm);
    /** PositionTime: Unix seconds (0..kMaxUnixSeconds) as is, or a 14-digit CST date-time; else nothing. */
    static std::optional<qint64> fromPositionTime(qint64 value);

    /** \a unixSeconds as the number YYYYMMDDhhmmss in CST. */
    static qint64 toDateTime(qint64 unixSeconds);
    /** \a unixSeconds as the number YYYYMMDD in CST. */
    static qint64 toDate(qint64 unixSeconds);
    /** \a unixSeconds as the number YYYYMM in CST. */
    static qint64 toYearMonth(qint64 unixSeconds);
    /** \a minutes after midnight as "HHmm". */
    static QString toHourMinute(int minutes);

    /**
     * Reads \a value (a number, or a string of digits) in \a format. Returns Unix seconds for the date
     * and time formats, minutes after midnight for HourMinute, and nothing for other formats or when
     * the value is not valid.
     */
    static std::optional<qint64> parse(FieldFormat format, const QVariant &value);
    /** True when \a format is one of the date or time formats. */
    static bool isTimeFormat(FieldFormat format);
    /** True when \a value is valid in \a format (see parse()); always true for non-time formats. */
    static bool isValid(FieldFormat format, const QVariant &value);
    /** The way \a format is written, for messages: "YYYYMMDDhhmmss", "YYYYMMDD", … */
    static QString formatPattern(FieldFormat format);

    /**
     * The business time of \a record (its interface's timeField, e.g. OrderTime, PositionTime) in Unix
     * seconds, or nothing when the record has no interface, no such field or no valid value.
     */
    static std::optional<qint64> businessTime(const Record &record);

private:
    static qint64 daysFromCivil(int year, int month, int day);
    static void civilFromDays(qint64 days, int *year, int *month, int *day);
};

} // namespace rw
