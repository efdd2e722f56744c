#pragma once

#include "protocol/interfacespec.h"

#include <QList>
#include <QString>

namespace rw {

/** What the simulator needs to know about one upload interface. */
struct SimInterfaceInfo
{
    QLatin1StringView ipcType; //!< e.g. "positionVehicle"
    QLatin1StringView path;    //!< REST path, e.g. "/position/vehicle" (platform-interface.md §3)
    InterfaceFamily family;
    QLatin1StringView timeField; //!< the field holding the record's business time
};

/**
 * \brief The 28 interfaces the simulated companies upload, in the order a company sends them in one tick.
 *
 * Base-info first, then logins, orders and operations in lifecycle order, positions, ratings, so
 * that a record never reaches the platform before the records it refers to (unless a fault delays
 * it). The share (合乘) interfaces are not simulated. Kept here rather than read from the catalogue
 * so that the simulator runs without it; tst_simulatorvalidation checks both agree.
 */
class SimulatorInterfaces
{
public:
    static const QList<SimInterfaceInfo> &all();
    static const SimInterfaceInfo *find(QStringView ipcType);
    /** Position in all(), or a large number for an unknown type. */
    static int rank(QStringView ipcType);

    /** Seed 000 Art. 15(三): static data within 24 h, orders/operations/ratings 300 s, positions 60 s. */
    static qint64 timelinessLimitSeconds(InterfaceFamily family);
};

} // namespace rw
