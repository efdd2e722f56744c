#include "permitclient.h"

#include "apireply.h"
#include "platformclient.h"

#include <QUrl>
#include <QUrlQuery>

namespace rw {

PermitClient::PermitClient(PlatformClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_context(new QObject(this))
{
    m_age.start();
}

std::optional<VehiclePermitStatus> PermitClient::cached(const VehicleKey &vehicle) const
{
    const auto it = m_cache.constFind(vehicle);
    if (it == m_cache.constEnd() || m_age.elapsed() - it->atMs >= m_lifetimeMs)
        return std::nullopt;
    return it->status;
}

void PermitClient::lookupVehicle(const QString &companyId, const QString &plate)
{
    showVehicle(VehicleKey{companyId, plate});
}

void PermitClient::showVehicle(const VehicleKey &vehicle)
{
    m_current = vehicle;
    if (vehicle.isEmpty())
        return;
    if (const auto status = cached(vehicle)) {
        Q_EMIT statusChanged(*status);
        return;
    }
    m_cache.remove(vehicle); // stale
    Q_EMIT statusChanged(VehiclePermitStatus::checking(vehicle));
    if (m_pending.contains(vehicle))
        return; // one request per vehicle: its answer will do
    m_pending.insert(vehicle);
    ++m_sent;
    QUrlQuery query;
    // Percent-encoded by hand: plates are Chinese text, and QUrlQuery would leave a "+" alone.
    query.addQueryItem(QStringLiteral("q"), QString::fromLatin1(QUrl::toPercentEncoding(vehicle.vehicleNo)));
    query.addQueryItem(QStringLiteral("limit"), QString::number(SearchLimit));
    m_client->send("GET", QStringLiteral("/api/v1/permits/search"), query, {}, m_context,
                   [this, vehicle](const ApiReply &reply) { onReply(vehicle, reply); });
}

void PermitClient::clear()
{
    delete m_context; // PlatformClient drops the answers on their way
    m_context = new QObject(this);
    m_pending.clear();
    m_cache.clear();
    m_current = {};
}

void PermitClient::onReply(const VehicleKey &vehicle, const ApiReply &reply)
{
    m_pending.remove(vehicle);
    VehiclePermitStatus status;
    if (reply.ok()) {
        status = VehiclePermitStatus::fromSearch(vehicle, reply.json);
        m_cache.insert(vehicle, {status, m_age.elapsed()});
    } else {
        const QString why = !reply.reachedPlatform() ? tr("no answer from the platform")
                            : reply.errorCode.isEmpty()
                                ? tr("HTTP %1").arg(reply.status)
                                : tr("HTTP %1, %2").arg(reply.status).arg(reply.errorCode);
        status = VehiclePermitStatus::unavailable(
            vehicle, reply.message.isEmpty() ? why : tr("%1 (%2)").arg(reply.message, why));
    }
    if (vehicle == m_current)
        Q_EMIT statusChanged(status);
}

} // namespace rw
