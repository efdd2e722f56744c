#include "fleetfeed.h"

#include "client/brokerclient.h"
#include "fleetstate.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcFleetFeed, "rw.fleet.feed")

namespace rw {

FleetFeed::FleetFeed(BrokerClient *broker, FleetState *fleet,
                     std::shared_ptr<const InterfaceCatalogue> catalogue, QObject *parent)
    : QObject(parent)
    , m_fleet(fleet)
    , m_parser(std::move(catalogue))
{
    connect(broker, &BrokerClient::envelopesReceived, this, &FleetFeed::apply);
}

void FleetFeed::apply(const QList<UploadEnvelope> &envelopes, const QDateTime &receivedAt)
{
    QList<VehicleFix> fixes;
    QStringList errors;
    for (const UploadEnvelope &envelope : envelopes) {
        if (envelope.spec != m_parser.spec())
            continue; // another topic: not for the map
        fixes.reserve(fixes.size() + envelope.records.size());
        m_parser.parseAll(envelope.records, &fixes, &errors);
    }
    m_dataAsOf = receivedAt;
    if (!errors.isEmpty()) {
        m_rejected += errors.size();
        qCWarning(lcFleetFeed).noquote()
            << errors.size() << "broker records skipped, first:" << errors.first();
        Q_EMIT recordsRejected(errors);
    }
    if (fixes.isEmpty())
        return;
    const FleetApplyResult result = m_fleet->apply(fixes);
    m_applied += result.changed();
    Q_EMIT fleetUpdated(result);
}

} // namespace rw
