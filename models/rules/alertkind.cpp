#include "alertkind.h"

#include <QCoreApplication>

namespace rw {

QString alertKindKey(AlertKind kind)
{
    switch (kind) {
    case AlertKind::VehicleUnlicensed:
        return QStringLiteral("vehicleUnlicensed");
    case AlertKind::DriverUnlicensed:
        return QStringLiteral("driverUnlicensed");
    case AlertKind::OutOfArea:
        return QStringLiteral("outOfArea");
    case AlertKind::Retired:
        return QStringLiteral("retired");
    case AlertKind::DispatchWhileCarrying:
        return QStringLiteral("dispatchWhileCarrying");
    case AlertKind::StalePosition:
        return QStringLiteral("stalePosition");
    case AlertKind::BadRecord:
        return QStringLiteral("badRecord");
    }
    return {};
}

std::optional<AlertKind> alertKindFromKey(QStringView key)
{
    for (AlertKind kind : AllAlertKinds)
        if (alertKindKey(kind) == key)
            return kind;
    return std::nullopt;
}

QString alertKindTitle(AlertKind kind)
{
    switch (kind) {
    case AlertKind::VehicleUnlicensed:
        return QCoreApplication::translate("rw::AlertKind", "Unlicensed vehicle");
    case AlertKind::DriverUnlicensed:
        return QCoreApplication::translate("rw::AlertKind", "Unlicensed driver");
    case AlertKind::OutOfArea:
        return QCoreApplication::translate("rw::AlertKind", "Trip outside the area");
    case AlertKind::Retired:
        return QCoreApplication::translate("rw::AlertKind", "Vehicle past retirement");
    case AlertKind::DispatchWhileCarrying:
        return QCoreApplication::translate("rw::AlertKind", "Order pushed while carrying");
    case AlertKind::StalePosition:
        return QCoreApplication::translate("rw::AlertKind", "Stale position");
    case AlertKind::BadRecord:
        return QCoreApplication::translate("rw::AlertKind", "On the bad-record list");
    }
    return {};
}

} // namespace rw
