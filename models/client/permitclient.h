#pragma once

#include "fleet/vehiclekey.h"
#include "vehiclepermitstatus.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <optional>

namespace rw {

class PlatformClient;
struct ApiReply;

/**
 * \brief The vehicle card's permit status: GET /api/v1/permits/search?q=<plate> (platform/api/permitsapi.h)
 * on PlatformClient::send(), read into a VehiclePermitStatus.
 *
 * lookupVehicle() makes that vehicle the one shown and answers with statusChanged(): at once from the
 * cache (answers are kept cacheLifetime(), 60 s by default, so clicking back and forth does not ask
 * again), else Checking and then the platform's answer. At most one request per vehicle is on its way;
 * an answer for a vehicle that is no longer the one shown is kept in the cache but not signalled.
 * Failures (no answer, a refusal) are signalled as Unavailable with the platform's message and not
 * cached, so the next look asks again. Each lookup is audited by the platform ("permits.search").
 */
class PermitClient : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultCacheLifetimeMs = 60 * 1000;
    /** Hits asked for: the plate's own permits come first, longer plates it starts after them. */
    static constexpr int SearchLimit = 10;

    /** \a client must outlive this object. */
    explicit PermitClient(PlatformClient *client, QObject *parent = nullptr);

    void setCacheLifetime(int milliseconds) { m_lifetimeMs = milliseconds; }
    int cacheLifetime() const { return m_lifetimeMs; }

    /** The vehicle shown (empty: none). */
    VehicleKey currentVehicle() const { return m_current; }
    /** A fresh cached answer for \a vehicle, if any. */
    std::optional<VehiclePermitStatus> cached(const VehicleKey &vehicle) const;
    bool isPending(const VehicleKey &vehicle) const { return m_pending.contains(vehicle); }
    /** Requests sent so far (for tests of the cache). */
    int requestsSent() const { return m_sent; }

public Q_SLOTS:
    /** Shows \a plate of \a companyId: statusChanged() from the cache, or Checking and a request. */
    void lookupVehicle(const QString &companyId, const QString &plate);
    /** The same for \a vehicle; an empty key: nothing is shown, answers on their way are dropped. */
    void showVehicle(const rw::VehicleKey &vehicle);
    /** Forgets the cache and drops every answer on its way (sign-out: the next user asks again). */
    void clear();

Q_SIGNALS:
    /** The status of the vehicle shown (status.vehicle). */
    void statusChanged(const rw::VehiclePermitStatus &status);

private:
    void onReply(const VehicleKey &vehicle, const ApiReply &reply);

    struct Entry
    {
        VehiclePermitStatus status;
        qint64 atMs = 0; //!< m_age's time when it arrived
    };

    PlatformClient *m_client;
    VehicleKey m_current;
    QHash<VehicleKey, Entry> m_cache;
    QSet<VehicleKey> m_pending;
    QPointer<QObject> m_context; //!< the requests' context; deleting it drops their answers
    QElapsedTimer m_age;         //!< monotonic: the cache does not care about the wall clock
    int m_lifetimeMs = DefaultCacheLifetimeMs;
    int m_sent = 0;
};

} // namespace rw
