#pragma once

#include "geo/datum.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QGeoCoordinate>
#include <QList>
#include <QVariantHash>

namespace rw {

/**
 * \brief What is known about one subject (a vehicle, a driver, a trip, a dispatch) when the rules are
 * applied to it, and when.
 *
 * Facts are named as in the rules file ("certificate", "certificateStop", "firstRegistration",
 * "odometerKm", "driverCarrying", …; of permits "seats", "wheelbaseMm", "fuelType", "purchasePriceYuan",
 * "rangeKm", "licenceFirstIssue", "birthDate", "gender", "badRecord"): QDate for dates, numbers, bools,
 * strings. An absent fact is
 * unknown, and a rule on an unknown fact finds nothing — except "present", whose point is absence.
 * A trip's ends are \a points (departure, destination) in \a datum.
 */
struct RuleFacts
{
    Q_DECLARE_TR_FUNCTIONS(rw::RuleFacts)

public:
    static constexpr int ChinaOffsetSeconds = 8 * 3600; //!< DESIGN §5: China Standard Time, UTC+8

    QDateTime asOf; //!< the moment the rules are applied at
    QVariantHash values;
    QList<QGeoCoordinate> points;
    Datum datum = Datum::Wgs84;

    /** The calendar date of asOf in China Standard Time (dates in the spec and the rules are CST dates). */
    QDate asOfDate() const;

    bool has(const QString &fact) const { return values.contains(fact) && values.value(fact).isValid(); }
    QVariant value(const QString &fact) const { return values.value(fact); }
    RuleFacts &set(const QString &fact, const QVariant &value)
    {
        values.insert(fact, value);
        return *this;
    }

    /** The translated name of \a fact for messages ("transport certificate"); the key itself if unknown. */
    static QString label(const QString &fact);
};

} // namespace rw
