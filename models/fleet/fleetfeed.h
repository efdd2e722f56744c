#pragma once

#include "fleetapplyresult.h"
#include "protocol/uploadenvelope.h"
#include "vehiclefixparser.h"

#include <QDateTime>
#include <QObject>

#include <memory>

namespace rw {

class BrokerClient;
class FleetState;
class InterfaceCatalogue;

/**
 * \brief Live positions from the platform's broker into the map's FleetState (DESIGN §4, §9).
 *
 * Subscribes to nothing itself: it listens to a BrokerClient opened for ProvPositionVehicle and
 * applies every batch of positionVehicle records at once (FleetState::apply: 10,000 fixes in well
 * under 2 ms). A record that cannot be read as a fix is counted and skipped, the rest of the batch
 * goes on. dataAsOf() is the time of the last batch: the "data as of" the console shows; vehicles
 * whose last fix is older than a minute go stale by themselves, so after a disconnect they shade.
 *
 * The broker and the fleet must outlive the feed.
 */
class FleetFeed : public QObject
{
    Q_OBJECT

public:
    FleetFeed(BrokerClient *broker, FleetState *fleet, std::shared_ptr<const InterfaceCatalogue> catalogue,
              QObject *parent = nullptr);

    /** The topic to open the broker with. */
    static QString topic() { return QStringLiteral("ProvPositionVehicle"); }

    QDateTime dataAsOf() const { return m_dataAsOf; }
    qint64 appliedFixes() const { return m_applied; }
    qint64 rejectedRecords() const { return m_rejected; }

    /** Applies the positions among \a envelopes (also what the broker's signal calls). */
    void apply(const QList<rw::UploadEnvelope> &envelopes, const QDateTime &receivedAt);

Q_SIGNALS:
    /** A batch went into the fleet. */
    void fleetUpdated(const rw::FleetApplyResult &result);
    /** Records of a batch that were no fixes, one line each ("record 3: Longitude: …"). */
    void recordsRejected(const QStringList &errors);

private:
    FleetState *m_fleet;
    VehicleFixParser m_parser;
    QDateTime m_dataAsOf;
    qint64 m_applied = 0;
    qint64 m_rejected = 0;
};

} // namespace rw
