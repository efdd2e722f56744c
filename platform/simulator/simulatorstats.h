#pragma once

#include "faultplan.h"

#include <QJsonObject>
#include <QMap>
#include <QMetaType>
#include <QString>

#include <array>

namespace rw {

/** Records of one interface at each stage of their way to the platform. */
struct InterfaceCounters
{
    qint64 generated = 0;    //!< produced by the simulated companies
    qint64 sent = 0;         //!< POSTed and answered by the platform (2xx or 4xx)
    qint64 acknowledged = 0; //!< accepted by the platform
    qint64 rejected = 0;     //!< refused by the platform (4xx, or rejected in a 2xx reply)

    InterfaceCounters &operator+=(const InterfaceCounters &other);
};

/** What the simulator produced, injected and delivered so far. */
struct SimulatorStats
{
    QMap<QString, InterfaceCounters> interfaces;  //!< by IPCType
    std::array<qint64, kFaultKindCount> faults{}; //!< by FaultKind
    qint64 held = 0;    //!< generated but not yet released (late records, outage back-fill)
    qint64 queued = 0;  //!< released and waiting in the uploaders
    qint64 retries = 0; //!< failed POSTs (refused, 5xx, timeouts) that will be retried
    qint64 dropped = 0; //!< records discarded because an upload queue overflowed

    qint64 fault(FaultKind kind) const { return faults.at(size_t(kind)); }
    void addFault(FaultKind kind, qint64 n = 1) { faults[size_t(kind)] += n; }
    InterfaceCounters total() const;
    QJsonObject toJson() const;
};

} // namespace rw

Q_DECLARE_METATYPE(rw::SimulatorStats)
