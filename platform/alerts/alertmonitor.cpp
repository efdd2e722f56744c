#include "alertmonitor.h"

#include "permits/companydirectory.h"

#include "alertstore.h"

#include "badrecords/badrecordstore.h"
#include "domain/clock.h"
#include "intake/uploadoutcome.h"
#include "protocol/interfacecatalogue.h"
#include "protocol/record.h"
#include "protocol/spectime.h"
#include "security/regionscope.h"
#include "storage/database.h"
#include "storage/interfacetables.h"
#include "storage/statement.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QTimeZone>

#include <cmath>

namespace rw {

Q_LOGGING_CATEGORY(lcAlerts, "rw.platform.alerts")

namespace {

const QString BizCarrying = QStringLiteral("1"); // BizStatus 1 载客 (platform-interface.md §4)

/** A field as text: numbers (region codes, dates) without a fraction, strings as they are. */
QString text(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
        return QString::number(value.toLongLong());
    case QMetaType::Double:
        return QString::number(qint64(value.toDouble()));
    default:
        return value.toString();
    }
}

QString field(const Record &record, QStringView name)
{
    return text(record.value(name));
}

/** The point of two 1e-6 degree fields, invalid if either is absent. */
QGeoCoordinate point(const Record &record, QStringView longitude, QStringView latitude)
{
    const QVariant lon = record.value(longitude);
    const QVariant lat = record.value(latitude);
    if (!lon.isValid() || !lat.isValid())
        return {};
    return QGeoCoordinate(lat.toDouble() / 1e6, lon.toDouble() / 1e6);
}

Datum datumOf(const QVariant &encrypt)
{
    return encrypt.isValid() ? datumFromEncrypt(encrypt.toLongLong()) : Datum::Unknown;
}

bool isDeletion(const QVariant &flag)
{
    return flag.isValid() && flag.toLongLong() == 3; // Flag 3 删除 (platform-interface.md §4)
}

/** Whether BadRecord::normalisedPlate() would change \a plate (checked first: no allocation per position). */
bool plateNeedsNormalising(const QString &plate)
{
    for (const QChar c : plate) {
        if (c.isSpace() || c == QChar(0x00B7) || c == QLatin1Char('-') || c == QChar(0x30FB) || c.isLower())
            return true;
    }
    return false;
}

QDate chinaDateOf(qint64 ms)
{
    return BadRecord::chinaDate(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()));
}

const QString BadRecordVehicleRule = QStringLiteral("badRecord.vehicle");
const QString BadRecordDriverRule = QStringLiteral("badRecord.driver");
const QString BadRecordArticle = QStringLiteral("第三十四条"); // seed 002 Art. 34: 不良记录名单

} // namespace

AlertMonitor::AlertMonitor(Options options, std::shared_ptr<const InterfaceCatalogue> catalogue,
                           const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_catalogue(std::move(catalogue))
    , m_clock(clock)
{}

AlertMonitor::~AlertMonitor() = default;

bool AlertMonitor::isOpen() const
{
    return m_db && m_db->isOpen();
}

bool AlertMonitor::open(QString *error)
{
    QElapsedTimer timer;
    timer.start();
    DatabaseOptions dbOptions;
    dbOptions.synchronous =
        m_options.synchronousFull ? DatabaseOptions::Synchronous::Full : DatabaseOptions::Synchronous::Normal;
    dbOptions.cacheSizeKiB = 8192;
    auto db = std::make_unique<Database>();
    if (!db->open(m_options.databasePath, dbOptions) || !db->tableExists(QStringLiteral("alert"))) {
        *error = db->isOpen() ? tr("alerts: the database %1 has no alert table (schema too old)")
                                    .arg(m_options.databasePath)
                              : db->lastError().toString();
        return false;
    }
    m_db = std::move(db);
    m_store = std::make_unique<AlertStore>(*m_db);
    m_open.clear();
    m_written.clear();
    const QList<AlertRecord> open = m_store->openAlerts();
    if (m_store->error().isError()) {
        *error = m_store->error().toString();
        m_db.reset();
        return false;
    }
    for (const AlertRecord &a : open) {
        const QString key = alertKey(a.kind, a.companyId, AlertStore::subjectOf(a));
        m_open.insert(key, a);
        m_written.insert(key, a.lastSeenMs);
    }
    if (!rebuildRegistry(error)) {
        m_db.reset();
        return false;
    }
    m_badRecordStore = std::make_unique<BadRecordStore>(*m_db, m_clock);
    reloadBadRecords();
    qCInfo(lcAlerts) << "alert registry:" << m_vehicles.size() << "vehicles," << m_drivers.size()
                     << "drivers," << m_open.size() << "open alerts, read in" << timer.elapsed() << "ms";
    Q_EMIT ready(int(m_vehicles.size()), int(m_drivers.size()), timer.elapsed());
    return true;
}

bool AlertMonitor::rebuildRegistry(QString *error)
{
    m_vehicles.clear();
    m_drivers.clear();
    const InterfaceSpec *vehicles = m_catalogue->byIpcType(u"baseInfoVehicle");
    const InterfaceSpec *drivers = m_catalogue->byIpcType(u"baseInfoDriver");
    if (!vehicles || !drivers) {
        *error = tr("alerts: the catalogue lacks baseInfoVehicle or baseInfoDriver");
        return false;
    }
    // The latest row per company and key (SQLite takes the bare columns from the MAX(rw_id) row).
    Statement v =
        m_db->prepare(QStringLiteral("SELECT rw_company, VehicleNo, MAX(rw_id), Flag, Address, Certificate, "
                                     "TransDateStop, CertifyDateB, CertifyDateA FROM %1 "
                                     "GROUP BY rw_company, VehicleNo")
                          .arg(Database::quoteIdentifier(InterfaceTables::tableName(*vehicles))),
                      tr("rebuild the alert registry of vehicles"));
    while (v.step()) {
        if (isDeletion(v.columnValue(3)))
            continue;
        VehicleState &s = m_vehicles[Key(v.columnText(0), v.columnText(1))];
        s.baseInfo = true;
        s.region = text(v.columnValue(4));
        s.certificate = v.columnText(5);
        s.certificateStop = v.columnValue(6);
        s.firstRegistration = v.isNull(7) ? v.columnValue(8) : v.columnValue(7);
    }
    if (v.hasError()) {
        *error = v.error().toString();
        return false;
    }
    Statement d = m_db->prepare(
        QStringLiteral("SELECT rw_company, LicenseId, MAX(rw_id), Flag, Address, CertificateNo, "
                       "NetworkCarProofOff FROM %1 GROUP BY rw_company, LicenseId")
            .arg(Database::quoteIdentifier(InterfaceTables::tableName(*drivers))),
        tr("rebuild the alert registry of drivers"));
    while (d.step()) {
        if (isDeletion(d.columnValue(3)))
            continue;
        DriverState &s = m_drivers[Key(d.columnText(0), d.columnText(1))];
        s.baseInfo = true;
        s.region = text(d.columnValue(4));
        s.certificate = d.columnText(5);
        s.certificateStop = d.columnValue(6);
    }
    if (d.hasError()) {
        *error = d.error().toString();
        return false;
    }
    return true;
}

void AlertMonitor::process(const UploadOutcome &outcome)
{
    if (!m_db || !outcome.spec)
        return;
    const qint64 now = m_clock.nowMs();
    const QString &type = outcome.spec->ipcType;
    const QString &company = outcome.companyId;
    for (const Record &record : outcome.acceptedRecords) {
        if (type == u"positionVehicle")
            onVehiclePosition(company, record, now);
        else if (type == u"baseInfoVehicle")
            onVehicleBaseInfo(company, record, now);
        else if (type == u"baseInfoDriver")
            onDriverBaseInfo(company, record, now);
        else if (type == u"positionDriver" || type == u"operateLogin")
            onDriverSeen(company, field(record, u"LicenseId"), field(record, u"VehicleNo"), now);
        else if (type == u"orderMatch")
            onOrderMatch(company, record, now);
        else if (type == u"operateDepart")
            onDepart(company, record, now);
        else if (type == u"operateArrive")
            onArrive(company, record, now);
    }
    if (now - m_expiredAtMs >= 60'000) {
        expireEvents(now);
        sweepBadRecordAlerts(now); // entries whose until day has passed
    }
}

void AlertMonitor::reloadBadRecords()
{
    if (!m_db || !m_badRecordStore)
        return;
    const QList<BadRecord> entries = m_badRecordStore->current();
    if (m_badRecordStore->error().isError()) {
        qCWarning(lcAlerts) << "cannot read the bad-record lists:" << m_badRecordStore->error().toString();
        return;
    }
    m_listedPlates.clear();
    m_listedLicences.clear();
    for (const BadRecord &r : entries) {
        QHash<QString, BadRecord> &listed =
            r.subject == BadRecord::Subject::Vehicle ? m_listedPlates : m_listedLicences;
        if (!listed.contains(r.key()))
            listed.insert(r.key(), r);
    }
    const qint64 now = m_clock.nowMs();
    sweepBadRecordAlerts(now);
    // A listing takes effect at once for whoever is in service now (a rare, human-made change: the scan
    // of the registry is affordable).
    if (!m_listedPlates.isEmpty()) {
        for (auto it = m_vehicles.cbegin(); it != m_vehicles.cend(); ++it) {
            if (it->lastSeenMs && now - it->lastSeenMs <= m_options.inServiceMs)
                checkListedVehicle(it.key().first, it.key().second, it->driver, now);
        }
    }
    if (!m_listedLicences.isEmpty()) {
        for (auto it = m_drivers.cbegin(); it != m_drivers.cend(); ++it) {
            if (it->lastSeenMs && now - it->lastSeenMs <= m_options.inServiceMs)
                checkListedDriver(it.key().first, it.key().second, it->plate, now);
        }
    }
    qCInfo(lcAlerts) << "bad-record lists:" << m_listedPlates.size() << "vehicles," << m_listedLicences.size()
                     << "drivers";
}

const BadRecord *AlertMonitor::listedVehicle(const QString &plate, qint64 nowMs) const
{
    auto it = m_listedPlates.constFind(plate);
    if (it == m_listedPlates.constEnd() && plateNeedsNormalising(plate))
        it = m_listedPlates.constFind(BadRecord::normalisedPlate(plate));
    if (it == m_listedPlates.constEnd() || !it->isActiveOn(chinaDateOf(nowMs)))
        return nullptr;
    return &*it;
}

const BadRecord *AlertMonitor::listedDriver(const QString &licence, qint64 nowMs) const
{
    const auto it = m_listedLicences.constFind(licence);
    if (it == m_listedLicences.constEnd() || !it->isActiveOn(chinaDateOf(nowMs)))
        return nullptr;
    return &*it;
}

void AlertMonitor::checkListedVehicle(const QString &company, const QString &plate, const QString &licence,
                                      qint64 nowMs)
{
    const BadRecord *entry = listedVehicle(plate, nowMs);
    if (!entry)
        return;
    AlertRecord base;
    base.kind = AlertKind::BadRecord;
    base.ruleId = BadRecordVehicleRule; // AlertStore::subjectOf: the plate
    base.companyId = company;
    base.regionCode = entry->regionCode; // the city whose list it is: its officers see the alert
    base.vehicleNo = plate;
    base.licenseId = licence;
    RuleFinding finding;
    finding.article = BadRecordArticle;
    finding.ruleId = BadRecordVehicleRule;
    finding.message = tr("%1: vehicle %2 is on the bad-record list of %3 (entry %4): %5")
                          .arg(BadRecordArticle, plate, entry->regionCode)
                          .arg(entry->id)
                          .arg(entry->reason);
    finding.measured = entry->id;
    finding.limit = entry->until;
    reconcile(base, {finding}, nowMs,
              {{QStringLiteral("badRecordId"), entry->id},
               {QStringLiteral("reason"), entry->reason},
               {QStringLiteral("until"),
                entry->until.isValid() ? QJsonValue(entry->until.toString(Qt::ISODate)) : QJsonValue()},
               {QStringLiteral("listedBy"), entry->addedBy}});
}

void AlertMonitor::checkListedDriver(const QString &company, const QString &licence, const QString &plate,
                                     qint64 nowMs)
{
    const BadRecord *entry = listedDriver(licence, nowMs);
    if (!entry)
        return;
    AlertRecord base;
    base.kind = AlertKind::BadRecord;
    base.ruleId = BadRecordDriverRule; // AlertStore::subjectOf: the licence
    base.companyId = company;
    base.regionCode = entry->regionCode;
    base.vehicleNo = plate;
    base.licenseId = licence;
    RuleFinding finding;
    finding.article = BadRecordArticle;
    finding.ruleId = BadRecordDriverRule;
    // The licence is personal data: the message names the entry, not the number.
    finding.message = tr("%1: a driver on the bad-record list of %2 (entry %3) is in service: %4")
                          .arg(BadRecordArticle, entry->regionCode)
                          .arg(entry->id)
                          .arg(entry->reason);
    finding.measured = entry->id;
    finding.limit = entry->until;
    reconcile(base, {finding}, nowMs,
              {{QStringLiteral("badRecordId"), entry->id},
               {QStringLiteral("reason"), entry->reason},
               {QStringLiteral("until"),
                entry->until.isValid() ? QJsonValue(entry->until.toString(Qt::ISODate)) : QJsonValue()},
               {QStringLiteral("listedBy"), entry->addedBy}});
}

void AlertMonitor::sweepBadRecordAlerts(qint64 nowMs)
{
    closeOpenAlerts(nowMs, [this, nowMs](const AlertRecord &alert) {
        if (alert.kind != AlertKind::BadRecord)
            return false;
        const bool driver = alert.ruleId == BadRecordDriverRule;
        return !(driver ? listedDriver(alert.licenseId, nowMs) : listedVehicle(alert.vehicleNo, nowMs));
    });
}

void AlertMonitor::expireEvents(qint64 nowMs)
{
    m_expiredAtMs = nowMs;
    closeOpenAlerts(nowMs, [this, nowMs](const AlertRecord &alert) {
        const bool event =
            alert.kind == AlertKind::OutOfArea || alert.kind == AlertKind::DispatchWhileCarrying;
        return event && nowMs - alert.firstSeenMs >= m_options.eventLifetimeMs;
    });
}

void AlertMonitor::closeOpenAlerts(qint64 nowMs, const std::function<bool(const AlertRecord &)> &ended)
{
    for (auto it = m_open.begin(); it != m_open.end();) {
        if (!ended(*it)) {
            ++it;
            continue;
        }
        AlertRecord alert = *it;
        if (!m_store->close(&alert, nowMs)) {
            qCWarning(lcAlerts) << "cannot close alert" << alert.id << m_store->error().toString();
            ++it;
            continue;
        }
        m_written.remove(it.key());
        it = m_open.erase(it);
        Q_EMIT alertChanged(alert);
    }
}

void AlertMonitor::onVehicleBaseInfo(const QString &company, const Record &record, qint64 nowMs)
{
    const QString plate = field(record, u"VehicleNo");
    if (plate.isEmpty())
        return;
    VehicleState &s = m_vehicles[Key(company, plate)];
    if (isDeletion(record.value(u"Flag"))) {
        s.baseInfo = false;
        s.certificate.clear();
        s.certificateStop = {};
        s.firstRegistration = {};
    } else {
        s.baseInfo = true;
        s.region = field(record, u"Address");
        s.certificate = field(record, u"Certificate");
        s.certificateStop = record.value(u"TransDateStop");
        s.firstRegistration = record.value(u"CertifyDateB").isValid() ? record.value(u"CertifyDateB")
                                                                      : record.value(u"CertifyDateA");
    }
    s.dirty = true;
    // Judged now if in service or already alerted (a new certificate closes the alert at once).
    const bool alerted = m_open.contains(alertKey(AlertKind::VehicleUnlicensed, company, plate)) ||
                         m_open.contains(alertKey(AlertKind::Retired, company, plate));
    if (alerted || (s.lastSeenMs && nowMs - s.lastSeenMs <= m_options.inServiceMs))
        evaluateVehicle(company, plate, s, nowMs);
}

void AlertMonitor::onDriverBaseInfo(const QString &company, const Record &record, qint64 nowMs)
{
    const QString licence = field(record, u"LicenseId");
    if (licence.isEmpty())
        return;
    DriverState &s = m_drivers[Key(company, licence)];
    if (isDeletion(record.value(u"Flag"))) {
        s.baseInfo = false;
        s.certificate.clear();
        s.certificateStop = {};
    } else {
        s.baseInfo = true;
        s.region = field(record, u"Address");
        s.certificate = field(record, u"CertificateNo");
        s.certificateStop = record.value(u"NetworkCarProofOff");
    }
    s.dirty = true;
    const bool alerted = m_open.contains(alertKey(AlertKind::DriverUnlicensed, company, licence));
    if (alerted || (s.lastSeenMs && nowMs - s.lastSeenMs <= m_options.inServiceMs))
        evaluateDriver(company, licence, s, nowMs);
}

void AlertMonitor::onVehiclePosition(const QString &company, const Record &record, qint64 nowMs)
{
    const QString plate = field(record, u"VehicleNo");
    if (plate.isEmpty())
        return;
    VehicleState &s = m_vehicles[Key(company, plate)];
    s.positionRegion = field(record, u"VehicleRegionCode");
    s.bizStatus = field(record, u"BizStatus");
    s.positionOrderId = field(record, u"OrderId");
    s.positionTime = SpecTime::fromPositionTime(record.value(u"PositionTime").toLongLong()).value_or(0);
    const QVariant mileage = record.value(u"Mileage");
    if (mileage.isValid()) {
        bool ok = false;
        const double km = mileage.toDouble(&ok);
        if (ok && std::isfinite(km))
            s.odometerKm = km;
    }
    s.lastSeenMs = nowMs;
    if (!m_listedPlates.isEmpty())
        checkListedVehicle(company, plate, s.driver, nowMs);
    if (!m_pendingDispatches.isEmpty() && s.bizStatus == BizCarrying)
        settleDispatches(company, s.positionOrderId, s.positionTime, false, nowMs);
    if (s.dirty || nowMs - s.evaluatedMs >= m_options.reevaluateMs)
        evaluateVehicle(company, plate, s, nowMs);
}

void AlertMonitor::onDriverSeen(const QString &company, const QString &licence, const QString &plate,
                                qint64 nowMs)
{
    if (licence.isEmpty())
        return;
    DriverState &s = m_drivers[Key(company, licence)];
    if (!plate.isEmpty() && plate != s.plate) {
        s.plate = plate;
        s.dirty = true;
    }
    if (!plate.isEmpty())
        m_vehicles[Key(company, plate)].driver = licence;
    s.lastSeenMs = nowMs;
    if (!m_listedLicences.isEmpty())
        checkListedDriver(company, licence, plate, nowMs);
    if (!plate.isEmpty() && !m_listedPlates.isEmpty())
        checkListedVehicle(company, plate, licence, nowMs);
    if (s.dirty || nowMs - s.evaluatedMs >= m_options.reevaluateMs)
        evaluateDriver(company, licence, s, nowMs);
}

void AlertMonitor::onOrderMatch(const QString &company, const Record &record, qint64 nowMs)
{
    const QString orderId = field(record, u"OrderId");
    const QString plate = field(record, u"VehicleNo");
    const QString licence = field(record, u"LicenseId");
    const auto vehicle = m_vehicles.constFind(Key(company, plate));
    const std::optional<qint64> distributed =
        SpecTime::fromDateTime(record.value(u"DistributeTime").toLongLong());
    // Art. 26(一): a position close to the match says the vehicle carries another order. Positions come
    // every few seconds, so the last one before the match may predate the drop-off: the suspicion is
    // confirmed by that order's arrival after the match (or a fix at or after the match still carrying
    // it), and cleared by an arrival before it.
    if (vehicle != m_vehicles.constEnd() && distributed && !orderId.isEmpty() &&
        vehicle->bizStatus == BizCarrying && !vehicle->positionOrderId.isEmpty() &&
        vehicle->positionOrderId != QStringLiteral("0") && vehicle->positionOrderId != orderId &&
        std::abs(vehicle->positionTime - *distributed) <= m_options.carryingWindowSeconds) {
        PendingDispatch pending;
        pending.alert.kind = AlertKind::DispatchWhileCarrying;
        pending.alert.companyId = company;
        pending.alert.regionCode =
            regionOf(company, vehicle->region,
                     vehicle->positionRegion.isEmpty() ? field(record, u"Address") : vehicle->positionRegion);
        pending.alert.vehicleNo = plate;
        pending.alert.licenseId = licence;
        pending.alert.orderId = orderId;
        pending.alert.firstSeenMs = pending.alert.lastSeenMs = nowMs;
        pending.carryingOrderId = vehicle->positionOrderId;
        pending.distributeTime = *distributed;
        pending.positionTime = vehicle->positionTime;
        const auto arrived = m_arrivals.constFind(Key(company, pending.carryingOrderId));
        if (arrived != m_arrivals.constEnd())
            resolveDispatch(pending, *arrived > pending.distributeTime, nowMs);
        else if (vehicle->positionTime >= pending.distributeTime)
            resolveDispatch(pending, true, nowMs);
        else
            m_pendingDispatches.append(pending);
    }
    onDriverSeen(company, licence, plate, nowMs);
}

void AlertMonitor::resolveDispatch(const PendingDispatch &pending, bool carrying, qint64 nowMs)
{
    if (!carrying)
        return;
    const CityRules *rules = rulesFor(pending.alert.regionCode);
    if (!rules)
        return;
    AlertRecord alert = pending.alert;
    alert.detail = QJsonObject{{QStringLiteral("carryingOrderId"), pending.carryingOrderId},
                               {QStringLiteral("positionTime"), pending.positionTime},
                               {QStringLiteral("distributeTime"), pending.distributeTime}};
    raiseOnce(alert, rules->checkDispatch(true, QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::utc())));
}

void AlertMonitor::settleDispatches(const QString &company, const QString &carryingOrderId,
                                    qint64 evidenceTime, bool arrival, qint64 nowMs)
{
    for (auto it = m_pendingDispatches.begin(); it != m_pendingDispatches.end();) {
        if (nowMs - it->alert.firstSeenMs > m_options.pendingDispatchMs) {
            it = m_pendingDispatches.erase(it); // never confirmed
            continue;
        }
        if (it->alert.companyId != company || it->carryingOrderId != carryingOrderId) {
            ++it;
            continue;
        }
        if (arrival) { // dropped off after the match: it was carrying then
            resolveDispatch(*it, evidenceTime > it->distributeTime, nowMs);
        } else if (evidenceTime >= it->distributeTime) { // still carrying at or after the match
            resolveDispatch(*it, true, nowMs);
        } else {
            ++it;
            continue;
        }
        it = m_pendingDispatches.erase(it);
    }
}

void AlertMonitor::onDepart(const QString &company, const Record &record, qint64 nowMs)
{
    const QString orderId = field(record, u"OrderId");
    if (!orderId.isEmpty()) {
        if (m_departures.size() > 200'000) { // trips never arrived: keep a day
            for (auto it = m_departures.begin(); it != m_departures.end();)
                it = nowMs - it->atMs > 24 * 3600'000LL ? m_departures.erase(it) : std::next(it);
        }
        m_departures.insert(Key(company, orderId),
                            Departure{point(record, u"DepLongitude", u"DepLatitude"),
                                      datumOf(record.value(u"Encrypt")), field(record, u"VehicleNo"),
                                      field(record, u"LicenseId"), nowMs});
    }
    onDriverSeen(company, field(record, u"LicenseId"), field(record, u"VehicleNo"), nowMs);
}

std::optional<AlertMonitor::Departure> AlertMonitor::storedDeparture(const QString &company,
                                                                     const QString &orderId)
{
    const InterfaceSpec *spec = m_catalogue->byIpcType(u"operateDepart");
    if (!spec)
        return std::nullopt;
    // A trip that departed before a restart: its departure is in the store (OrderId is indexed).
    Statement s =
        m_db->prepare(QStringLiteral("SELECT DepLongitude, DepLatitude, Encrypt, VehicleNo, LicenseId "
                                     "FROM %1 WHERE OrderId = ? AND rw_company = ? ORDER BY rw_id DESC "
                                     "LIMIT 1")
                          .arg(Database::quoteIdentifier(InterfaceTables::tableName(*spec))),
                      tr("read a trip's departure"), Database::Reuse::Often);
    s.bind(1, orderId);
    s.bind(2, company);
    if (!s.step() || s.isNull(0) || s.isNull(1))
        return std::nullopt;
    Departure d;
    d.point = QGeoCoordinate(s.columnDouble(1) / 1e6, s.columnDouble(0) / 1e6);
    d.datum = datumOf(s.columnValue(2));
    d.plate = s.columnText(3);
    d.licence = s.columnText(4);
    return d;
}

void AlertMonitor::onArrive(const QString &company, const Record &record, qint64 nowMs)
{
    const QString orderId = field(record, u"OrderId");
    if (orderId.isEmpty())
        return;
    if (const auto destTime = SpecTime::fromDateTime(record.value(u"DestTime").toLongLong())) {
        if (m_arrivals.size() > 200'000)
            m_arrivals.clear(); // only recent arrivals matter (matches within minutes of them)
        m_arrivals.insert(Key(company, orderId), *destTime);
        if (!m_pendingDispatches.isEmpty())
            settleDispatches(company, orderId, *destTime, true, nowMs);
    }
    std::optional<Departure> departure;
    if (auto it = m_departures.find(Key(company, orderId)); it != m_departures.end()) {
        departure = *it;
        m_departures.erase(it);
    } else {
        departure = storedDeparture(company, orderId);
    }
    if (!departure)
        return; // no departure known: the trip cannot be judged
    const QGeoCoordinate destination = point(record, u"DestLongitude", u"DestLatitude");
    Datum datum = departure->datum;
    const Datum arrivalDatum = datumOf(record.value(u"Encrypt"));
    if (arrivalDatum != datum)
        qCDebug(lcAlerts) << "order" << orderId
                          << "departure and arrival in different datums; judged in the first";
    const auto vehicle = m_vehicles.constFind(Key(company, departure->plate));
    const QString region = vehicle == m_vehicles.constEnd()
                               ? regionOf(company, QString(), QString())
                               : regionOf(company, vehicle->region, vehicle->positionRegion);
    const CityRules *rules = rulesFor(region);
    if (!rules)
        return;
    const QList<RuleFinding> findings = rules->checkTrip(
        departure->point, destination, datum, QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::utc()));
    if (findings.isEmpty())
        return;
    AlertRecord alert;
    alert.kind = AlertKind::OutOfArea;
    alert.companyId = company;
    alert.regionCode = region;
    alert.vehicleNo = departure->plate;
    alert.licenseId = departure->licence;
    alert.orderId = orderId;
    alert.firstSeenMs = alert.lastSeenMs = nowMs;
    alert.detail = QJsonObject{
        {QStringLiteral("departure"), QJsonArray{departure->point.longitude(), departure->point.latitude()}},
        {QStringLiteral("destination"), QJsonArray{destination.longitude(), destination.latitude()}},
        {QStringLiteral("encrypt"), int(datum)}};
    raiseOnce(alert, findings);
}

void AlertMonitor::evaluateVehicle(const QString &company, const QString &plate, VehicleState &s,
                                   qint64 nowMs)
{
    s.evaluatedMs = nowMs;
    s.dirty = false;
    const QString region = regionOf(company, s.region, s.positionRegion);
    const CityRules *rules = rulesFor(region);
    if (!rules)
        return;
    RuleFacts facts;
    facts.asOf = QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::utc());
    facts.set(QStringLiteral("baseInfo"), s.baseInfo);
    if (s.baseInfo) {
        facts.set(QStringLiteral("certificate"), s.certificate);
        facts.set(QStringLiteral("certificateStop"), s.certificateStop);
        facts.set(QStringLiteral("firstRegistration"), s.firstRegistration);
    }
    if (std::isfinite(s.odometerKm))
        facts.set(QStringLiteral("odometerKm"), s.odometerKm);
    QList<RuleFinding> unlicensed;
    QList<RuleFinding> retired;
    for (const RuleFinding &f : rules->evaluate(RuleSubject::Vehicle, facts))
        (f.ruleId.startsWith(QStringLiteral("vehicle.retirement")) ? retired : unlicensed).append(f);
    AlertRecord base;
    base.companyId = company;
    base.regionCode = region;
    base.vehicleNo = plate;
    base.licenseId = s.driver;
    base.kind = AlertKind::VehicleUnlicensed;
    reconcile(base, unlicensed, nowMs);
    base.kind = AlertKind::Retired;
    reconcile(base, retired, nowMs);
}

void AlertMonitor::evaluateDriver(const QString &company, const QString &licence, DriverState &s,
                                  qint64 nowMs)
{
    s.evaluatedMs = nowMs;
    s.dirty = false;
    const auto vehicle = m_vehicles.constFind(Key(company, s.plate));
    const QString region =
        regionOf(company, s.region, vehicle == m_vehicles.constEnd() ? QString() : vehicle->positionRegion);
    const CityRules *rules = rulesFor(region);
    if (!rules)
        return;
    RuleFacts facts;
    facts.asOf = QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::utc());
    facts.set(QStringLiteral("baseInfo"), s.baseInfo);
    if (s.baseInfo) {
        facts.set(QStringLiteral("certificate"), s.certificate);
        facts.set(QStringLiteral("certificateStop"), s.certificateStop);
    }
    AlertRecord base;
    base.kind = AlertKind::DriverUnlicensed;
    base.companyId = company;
    base.regionCode = region;
    base.vehicleNo = s.plate;
    base.licenseId = licence;
    reconcile(base, rules->evaluate(RuleSubject::Driver, facts), nowMs);
}

void AlertMonitor::reconcile(AlertRecord base, const QList<RuleFinding> &findings, qint64 nowMs,
                             const QJsonObject &extraDetail)
{
    const QString key = alertKey(base.kind, base.companyId, AlertStore::subjectOf(base));
    auto it = m_open.find(key);
    if (findings.isEmpty()) {
        if (it == m_open.end())
            return;
        AlertRecord alert = *it;
        if (!m_store->close(&alert, nowMs)) {
            qCWarning(lcAlerts) << "cannot close alert" << alert.id << m_store->error().toString();
            return;
        }
        m_open.erase(it);
        m_written.remove(key);
        Q_EMIT alertChanged(alert);
        return;
    }
    QJsonObject detail = AlertRecord::detailOf(findings);
    for (auto extra = extraDetail.constBegin(); extra != extraDetail.constEnd(); ++extra)
        detail.insert(extra.key(), extra.value());
    if (it == m_open.end()) {
        base.article = findings.first().article;
        base.ruleId = findings.first().ruleId;
        base.detail = detail;
        base.firstSeenMs = base.lastSeenMs = nowMs;
        if (!m_store->insert(&base)) {
            qCWarning(lcAlerts) << "cannot raise alert" << key << m_store->error().toString();
            return;
        }
        m_open.insert(key, base);
        m_written.insert(key, nowMs);
        Q_EMIT alertChanged(base);
        return;
    }
    AlertRecord &alert = *it;
    const bool changed =
        alert.detail != detail || alert.vehicleNo != base.vehicleNo || alert.licenseId != base.licenseId;
    alert.lastSeenMs = qMax(alert.lastSeenMs, nowMs);
    if (!changed && nowMs - m_written.value(key) < m_options.touchIntervalMs)
        return; // refreshed in memory; written at the next interval
    alert.article = findings.first().article;
    alert.ruleId = findings.first().ruleId;
    alert.detail = detail;
    if (!base.vehicleNo.isEmpty())
        alert.vehicleNo = base.vehicleNo;
    if (!base.licenseId.isEmpty())
        alert.licenseId = base.licenseId;
    if (!m_store->update(&alert)) {
        qCWarning(lcAlerts) << "cannot refresh alert" << alert.id << m_store->error().toString();
        return;
    }
    m_written.insert(key, nowMs);
    Q_EMIT alertChanged(alert);
}

void AlertMonitor::raiseOnce(AlertRecord alert, const QList<RuleFinding> &findings)
{
    if (findings.isEmpty())
        return;
    const QString key = alertKey(alert.kind, alert.companyId, AlertStore::subjectOf(alert));
    if (m_open.contains(key))
        return; // one alert per order
    QJsonObject detail = AlertRecord::detailOf(findings);
    for (auto it = alert.detail.constBegin(); it != alert.detail.constEnd(); ++it)
        detail.insert(it.key(), it.value());
    alert.detail = detail;
    alert.article = findings.first().article;
    alert.ruleId = findings.first().ruleId;
    if (!m_store->insert(&alert)) {
        qCWarning(lcAlerts) << "cannot raise alert" << key << m_store->error().toString();
        return;
    }
    m_open.insert(key, alert);
    m_written.insert(key, alert.lastSeenMs);
    Q_EMIT alertChanged(alert);
}

const CityRules *AlertMonitor::rulesFor(const QString &regionCode)
{
    return m_rules.rulesFor(regionCode);
}

QString AlertMonitor::regionOf(const QString &company, const QString &preferred,
                               const QString &fallback) const
{
    if (RegionScope::isValidCode(preferred))
        return preferred;
    if (RegionScope::isValidCode(fallback))
        return fallback;
    // The company's licensed region (its first company permit), looked up once per company.
    const auto known = m_companyRegions.constFind(company);
    if (known != m_companyRegions.cend())
        return *known;
    QString region;
    if (m_db)
        region = CompanyDirectory(*m_db).regionOf(company).value_or(QString());
    if (!region.isEmpty())
        m_companyRegions.insert(company, region);
    return region;
}

QString AlertMonitor::alertKey(AlertKind kind, const QString &company, const QString &subject)
{
    return alertKindKey(kind) + QLatin1Char('\x1f') + company + QLatin1Char('\x1f') + subject;
}

} // namespace rw
