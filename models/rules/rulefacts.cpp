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
    };
    const auto it = labels.constFind(fact);
    return it == labels.constEnd() ? fact : tr(it.value());
}

} // namespace rw
