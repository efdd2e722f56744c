#pragma once

#include "rules/cityrulescache.h"

#include "badrecords/badrecord.h"
#include "rules/alertrecord.h"
#include "rules/cityrules.h"

#include <QCoreApplication>
#include <QGeoCoordinate>
#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

namespace rw {

class AlertStore;
class BadRecordStore;
class Clock;
class Database;
class InterfaceCatalogue;
struct Record;
struct UploadOutcome;

/**
 * \brief Applies the city rules (models/rules) to what the companies upload and keeps the live map's
 * alerts (issue 4 item 5) in the alert table.
 *
 * Fed by IntakeService::uploadCommitted (process()), it keeps per company + vehicle and per company +
 * driver what base-info says (Certificate, TransDateStop, CertifyDateB/A, Address; CertificateNo,
 * NetworkCarProofOff) and what the latest position says (BizStatus, OrderId, Mileage), and raises:
 *  - vehicleUnlicensed: a vehicle sending positions without base-info, without a transport certificate,
 *    past TransDateStop (seed 002 Art. 18) or past the certificate's 8-year term (Art. 41);
 *  - retired: a vehicle in service past 600,000 km or 8 years from first registration (Art. 40);
 *  - driverUnlicensed: a driver in service (positionDriver, operateLogin, orderMatch, operateDepart)
 *    without base-info, without CertificateNo or past NetworkCarProofOff (Art. 19);
 *  - outOfArea: a trip (operateDepart + operateArrive) with both ends outside the area (Art. 22);
 *  - dispatchWhileCarrying: an orderMatch for a vehicle whose latest position, within
 *    Options::carryingWindowSeconds of DistributeTime, says BizStatus 1 (载客) for another order (Art.
 * 26(一)). One open alert per (kind, company, subject): the vehicle kinds are refreshed while the condition
 * lasts (lastSeen written at most every Options::touchIntervalMs) and closed when it clears; the order kinds
 * are raised once per order and close themselves after Options::eventLifetimeMs (they stay in the table
 * as history), so that the open list is what still needs looking at. Which rules apply is chosen by the
 * vehicle's or driver's region (base-info Address, else the position's VehicleRegionCode, else the company's
 * region); a region without a rules file raises nothing.
 *
 * Besides, badRecord: a vehicle or driver on a city's bad-record list (seed 002 Art. 34; BadRecordStore)
 * that is online: a vehicle sending positions or named by an order match, departure or login, a driver
 * sending positions or named by those. Raised in the region of the list, refreshed while it is seen, closed
 * when the entry is removed or its until day has passed (China Standard Time). The monitor keeps a copy of
 * the lists in memory (a hash lookup per record, no SQL on the hot path), read at open() and again at
 * reloadBadRecords() (connected to BadRecordStore::changed); a listing of a vehicle or driver in service
 * raises its alert at once.
 *
 * open() rebuilds the registry from the stored base-info (the latest row per company and plate or
 * licence in ipc_baseinfovehicle / ipc_baseinfodriver) and reads the open alerts back, so a restart
 * neither forgets nor repeats them. Lives on a thread of its own (PlatformServer) with its own
 * connection: uploads queue up behind open() and are handled in order.
 */
class AlertMonitor : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString databasePath;
        bool synchronousFull = true;
        qint64 reevaluateMs = 60'000;     //!< a vehicle or driver in service is re-judged at most this often
        qint64 touchIntervalMs = 60'000;  //!< an open alert's lastSeen is written at most this often
        qint64 inServiceMs = 10 * 60'000; //!< seen within this long: in service
        qint64 carryingWindowSeconds = 120;  //!< a position this close to DistributeTime tells the state
        qint64 pendingDispatchMs = 3600'000; //!< an unconfirmed Art. 26(一) suspicion is dropped after this
        /** A trip's or a dispatch's alert (an event, not a lasting state) closes itself after this. */
        qint64 eventLifetimeMs = 24 * 3600'000;
    };

    AlertMonitor(Options options, std::shared_ptr<const InterfaceCatalogue> catalogue, const Clock &clock,
                 QObject *parent = nullptr);
    ~AlertMonitor() override;

    /** Opens the database, reads the open alerts and rebuilds the registry. Call on the monitor's thread. */
    bool open(QString *error);
    bool isOpen() const;

    int vehicleCount() const { return int(m_vehicles.size()); }
    int driverCount() const { return int(m_drivers.size()); }
    int openAlertCount() const { return int(m_open.size()); }
    /** Entries of the bad-record lists in the monitor's copy (vehicles + drivers). */
    int badRecordCount() const { return int(m_listedPlates.size() + m_listedLicences.size()); }

public Q_SLOTS:
    /** Applies the rules to a committed upload. */
    void process(const rw::UploadOutcome &outcome);
    /**
     * Reads the bad-record lists again (after BadRecordStore::changed): raises the alerts of listed
     * vehicles and drivers in service, closes those whose entry is gone.
     */
    void reloadBadRecords();

Q_SIGNALS:
    /** open() finished: the registry holds \a vehicles and \a drivers, read in \a milliseconds. */
    void ready(int vehicles, int drivers, qint64 milliseconds);
    /** An alert was raised, refreshed or closed (as stored). */
    void alertChanged(const rw::AlertRecord &alert);

private:
    struct VehicleState
    {
        bool baseInfo = false;
        QString certificate;
        QVariant certificateStop;   //!< TransDateStop
        QVariant firstRegistration; //!< CertifyDateB (初次登记), else CertifyDateA
        QString region;             //!< base-info Address
        QString positionRegion;     //!< VehicleRegionCode of the latest position
        double odometerKm = qQNaN();
        QString bizStatus;
        QString positionOrderId;
        qint64 positionTime = 0; //!< Unix s of the latest position
        QString driver;          //!< the latest driver seen with it
        qint64 lastSeenMs = 0;
        qint64 evaluatedMs = 0;
        bool dirty = true;
    };

    struct DriverState
    {
        bool baseInfo = false;
        QString certificate;      //!< CertificateNo
        QVariant certificateStop; //!< NetworkCarProofOff
        QString region;
        QString plate; //!< the latest vehicle seen with the driver
        qint64 lastSeenMs = 0;
        qint64 evaluatedMs = 0;
        bool dirty = true;
    };

    struct Departure
    {
        QGeoCoordinate point;
        Datum datum = Datum::Unknown;
        QString plate;
        QString licence;
        qint64 atMs = 0;
    };

    using Key = QPair<QString, QString>; //!< company, plate / licence / order

    bool rebuildRegistry(QString *error);
    void onVehicleBaseInfo(const QString &company, const Record &record, qint64 nowMs);
    void onDriverBaseInfo(const QString &company, const Record &record, qint64 nowMs);
    void onVehiclePosition(const QString &company, const Record &record, qint64 nowMs);
    void onDriverSeen(const QString &company, const QString &licence, const QString &plate, qint64 nowMs);
    void onOrderMatch(const QString &company, const Record &record, qint64 nowMs);
    void onDepart(const QString &company, const Record &record, qint64 nowMs);
    void onArrive(const QString &company, const Record &record, qint64 nowMs);
    struct PendingDispatch
    {
        AlertRecord alert;
        QString carryingOrderId;
        qint64 distributeTime = 0; //!< Unix s
        qint64 positionTime = 0;   //!< of the fix that said carrying
    };
    void resolveDispatch(const PendingDispatch &pending, bool carrying, qint64 nowMs);
    /** Pending Art. 26(一) suspicions about \a carryingOrderId, given its arrival or a fix still carrying it.
     */
    void settleDispatches(const QString &company, const QString &carryingOrderId, qint64 evidenceTime,
                          bool arrival, qint64 nowMs);

    /** The active entry listing \a plate (normalised or not) or \a licence today, if any. */
    const BadRecord *listedVehicle(const QString &plate, qint64 nowMs) const;
    const BadRecord *listedDriver(const QString &licence, qint64 nowMs) const;
    /** Raises or refreshes the badRecord alert of a listed vehicle (\a plate) or driver (\a licence) seen. */
    void checkListedVehicle(const QString &company, const QString &plate, const QString &licence,
                            qint64 nowMs);
    void checkListedDriver(const QString &company, const QString &licence, const QString &plate,
                           qint64 nowMs);
    /** Closes the badRecord alerts whose entry was removed or ran out. */
    void sweepBadRecordAlerts(qint64 nowMs);

    void evaluateVehicle(const QString &company, const QString &plate, VehicleState &state, qint64 nowMs);
    void evaluateDriver(const QString &company, const QString &licence, DriverState &state, qint64 nowMs);
    /** Brings the open alert of (kind, company, subject) in line with \a findings: raise, refresh or close.
     */
    void reconcile(AlertRecord base, const QList<RuleFinding> &findings, qint64 nowMs,
                   const QJsonObject &extraDetail = {});
    void raiseOnce(AlertRecord alert, const QList<RuleFinding> &findings);
    /** Closes the order alerts raised more than Options::eventLifetimeMs before \a nowMs. */
    void expireEvents(qint64 nowMs);
    /** Closes (in the store, then here) every open alert \a ended says has ended. */
    void closeOpenAlerts(qint64 nowMs, const std::function<bool(const AlertRecord &)> &ended);
    std::optional<Departure> storedDeparture(const QString &company, const QString &orderId);

    const CityRules *rulesFor(const QString &regionCode);
    QString regionOf(const QString &company, const QString &preferred, const QString &fallback) const;
    static QString alertKey(AlertKind kind, const QString &company, const QString &subject);

    Options m_options;
    std::shared_ptr<const InterfaceCatalogue> m_catalogue;
    const Clock &m_clock;
    std::unique_ptr<Database> m_db;
    mutable QHash<QString, QString> m_companyRegions; //!< company → its licensed region (regionOf())
    std::unique_ptr<AlertStore> m_store;
    CityRulesCache m_rules;
    QHash<Key, VehicleState> m_vehicles;
    QHash<Key, DriverState> m_drivers;
    QHash<Key, Departure> m_departures; //!< trips under way, by company and OrderId
    QHash<Key, qint64> m_arrivals;      //!< DestTime (Unix s) of recent arrivals, by company and OrderId
    QList<PendingDispatch> m_pendingDispatches;
    QHash<QString, AlertRecord> m_open; //!< open alerts by alertKey()
    qint64 m_expiredAtMs = 0;           //!< the last expireEvents() sweep
    QHash<QString, qint64> m_written;   //!< when each open alert was last written
    std::unique_ptr<BadRecordStore> m_badRecordStore;
    QHash<QString, BadRecord> m_listedPlates;   //!< active entries by normalised plate (the oldest wins)
    QHash<QString, BadRecord> m_listedLicences; //!< active entries by licence
};

} // namespace rw
