#include "rulefacts.h"

#include <QHash>

namespace rw {

QDate RuleFacts::asOfDate() const
{
    return asOf.isValid() ? asOf.toOffsetFromUtc(ChinaOffsetSeconds).date() : QDate();
}

QString RuleFacts::label(const QString &fact)
{
    // The facts the rules files use; a new fact needs its name here to read well in messages.
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("baseInfo"), QT_TR_NOOP("base information filed with the platform")},
        {QStringLiteral("certificate"), QT_TR_NOOP("certificate")},
        {QStringLiteral("certificateStop"), QT_TR_NOOP("certificate validity")},
        {QStringLiteral("firstRegistration"), QT_TR_NOOP("first registration")},
        {QStringLiteral("odometerKm"), QT_TR_NOOP("odometer")},
        {QStringLiteral("driverCarrying"),
         QT_TR_NOOP("new order pushed while the driver carries a passenger")},
        // The facts of a city's permits (CityRules::factsOf()).
        {QStringLiteral("seats"), QT_TR_NOOP("seats")},
        {QStringLiteral("wheelbaseMm"), QT_TR_NOOP("wheelbase")},
        {QStringLiteral("fuelType"), QT_TR_NOOP("fuel type")},
        {QStringLiteral("purchasePriceYuan"), QT_TR_NOOP("purchase-tax price")},
        {QStringLiteral("rangeKm"), QT_TR_NOOP("driving range")},
        {QStringLiteral("licenceFirstIssue"), QT_TR_NOOP("driving licence first issued")},
        {QStringLiteral("birthDate"), QT_TR_NOOP("born")},
        {QStringLiteral("gender"), QT_TR_NOOP("gender")},
        {QStringLiteral("badRecord"), QT_TR_NOOP("on the city's bad-record list")},
    };
    const auto it = labels.constFind(fact);
    return it == labels.constEnd() ? fact : tr(it.value());
}

} // namespace rw
