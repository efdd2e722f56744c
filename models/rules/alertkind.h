#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace rw {

/**
 * \brief The kinds of alert of the live map (issue 4 item 5), shared by the platform that raises them
 * and the console that shows them. The key is what travels in JSON ("vehicleUnlicensed", …).
 */
enum class AlertKind {
    VehicleUnlicensed, //!< in service without base-info or a valid transport certificate (seed 002 Art. 18,
                       //!< 41)
    DriverUnlicensed,  //!< in service without base-info or a valid driver certificate (seed 002 Art. 19)
    OutOfArea,         //!< a trip with both ends outside the permitted area (seed 002 Art. 22)
    Retired,           //!< past 600,000 km or 8 years (seed 002 Art. 40)
    DispatchWhileCarrying, //!< a new order pushed to a driver carrying a passenger (seed 002 Art. 26(一))
    StalePosition,         //!< console side: last fix older than 60 s (seed 000 Art. 15(三))
    BadRecord,             //!< a vehicle or driver on the city's bad-record list is online (seed 002 Art. 34)
};

inline constexpr AlertKind AllAlertKinds[] = {
    AlertKind::VehicleUnlicensed,     AlertKind::DriverUnlicensed, AlertKind::OutOfArea, AlertKind::Retired,
    AlertKind::DispatchWhileCarrying, AlertKind::StalePosition,    AlertKind::BadRecord};

/** "vehicleUnlicensed", "driverUnlicensed", "outOfArea", "retired", "dispatchWhileCarrying", "stalePosition",
 * "badRecord". */
QString alertKindKey(AlertKind kind);
std::optional<AlertKind> alertKindFromKey(QStringView key);
/** The translated name of \a kind for lists and filters ("Unlicensed vehicle"). */
QString alertKindTitle(AlertKind kind);

} // namespace rw
