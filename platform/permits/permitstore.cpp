#include "permitstore.h"

#include "domain/clock.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rw {

namespace {

const QString kSuspendedKey = u"permits.suspended_indexes"_s;

// The data columns of each table, in the order of values() and read*().
const QStringList kCompanyColumns = {u"certificate"_s,  u"company_id"_s,   u"name"_s,
                                     u"identifier"_s,   u"region_code"_s,  u"operation_area"_s,
                                     u"organization"_s, u"certify_date"_s, u"valid_from"_s,
                                     u"valid_to"_s,     u"state"_s};
const QStringList kVehicleColumns = {u"certificate"_s, u"plate"_s, u"plate_color"_s, u"company_id"_s,
                                     u"owner_name"_s, u"vin"_s, u"region_code"_s, u"organization"_s,
                                     u"first_registration"_s, u"valid_from"_s, u"valid_to"_s, u"seats"_s,
                                     u"wheelbase_mm"_s, u"brand"_s, u"model"_s, u"fuel_type"_s, u"state"_s,
                                     // 0005_permit_facts
                                     u"range_km"_s, u"purchase_price_yuan"_s};
const QStringList kDriverColumns = {u"certificate"_s,  u"name"_s,         u"id_number"_s,
                                    u"licence"_s,      u"phone"_s,        u"gender"_s,
                                    u"company_id"_s,   u"company_name"_s, u"region_code"_s,
                                    u"organization"_s, u"driver_type"_s,  u"licence_first_issue"_s,
                                    u"valid_from"_s,   u"valid_to"_s,     u"state"_s};

const QStringList &columnsOf(PermitKind kind)
{
    switch (kind) {
    case PermitKind::Company:
        return kCompanyColumns;
    case PermitKind::Vehicle:
        return kVehicleColumns;
    case PermitKind::Driver:
        break;
    }
    return kDriverColumns;
}

QVariant positiveOrNull(qint64 n)
{
    return n > 0 ? QVariant(n) : QVariant();
}

QVariantList values(const CompanyPermit &p)
{
    return {p.certificate,
            p.companyId,
            p.name,
            p.identifier,
            p.regionCode,
            p.operationArea,
            p.organization,
            PermitStore::dayNumber(p.certifyDate),
            PermitStore::dayNumber(p.validFrom),
            PermitStore::dayNumber(p.validTo),
            p.state};
}

QVariantList values(const VehiclePermit &p)
{
    return {p.certificate,
            p.plate,
            p.plateColor,
            p.companyId,
            p.ownerName,
            p.vin,
            p.regionCode,
            p.organization,
            PermitStore::dayNumber(p.firstRegistration),
            PermitStore::dayNumber(p.validFrom),
            PermitStore::dayNumber(p.validTo),
            positiveOrNull(p.seats),
            positiveOrNull(p.wheelbaseMm),
            p.brand,
            p.model,
            p.fuelType,
            p.state,
            positiveOrNull(p.rangeKm),
            positiveOrNull(p.purchasePriceYuan)};
}

QVariantList values(const DriverPermit &p)
{
    return {p.certificate,
            p.name,
            p.idNumber,
            p.licenceNumber,
            p.phone,
            p.gender,
            p.companyId,
            p.companyName,
            p.regionCode,
            p.organization,
            p.driverType,
            PermitStore::dayNumber(p.licenceFirstIssue),
            PermitStore::dayNumber(p.validFrom),
            PermitStore::dayNumber(p.validTo),
            p.state};
}

/** The stored form of \a v, so that a permit read back compares equal to the one that was written. */
QVariant normalised(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return {};
    if (v.typeId() == QMetaType::QString)
        return v.toString();
    return v.toLongLong();
}

bool sameValues(const QVariantList &a, const QVariantList &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (normalised(a.at(i)) != normalised(b.at(i)))
            return false;
    }
    return true;
}

QString text(const Statement &row, int column)
{
    return row.isNull(column) ? QString() : row.columnText(column);
}

QDate date(const Statement &row, int column)
{
    return row.isNull(column) ? QDate() : PermitStore::fromDayNumber(row.columnInt64(column));
}

template<typename Permit>
void readMeta(Permit &p, const Statement &row, int first)
{
    p.id = row.columnInt64(first);
    p.importId = row.isNull(first + 1) ? 0 : row.columnInt64(first + 1);
    p.superseded = row.columnInt(first + 2) != 0;
}

QJsonArray errorsJson(const QList<PermitImportError> &errors)
{
    QJsonArray array;
    for (const PermitImportError &e : errors)
        array.append(QJsonObject{
            {u"row"_s, e.row}, {u"field"_s, e.field}, {u"value"_s, e.value}, {u"reason"_s, e.reason}});
    return array;
}

} // namespace

PermitStore::PermitStore(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

QVariant PermitStore::dayNumber(const QDate &date)
{
    return date.isValid() ? QVariant(qint64(date.year()) * 10000 + date.month() * 100 + date.day())
                          : QVariant();
}

QDate PermitStore::fromDayNumber(qint64 number)
{
    return QDate(int(number / 10000), int(number / 100 % 100), int(number % 100));
}

QString PermitStore::tableOf(PermitKind kind)
{
    return u"permit_"_s + PermitKinds::key(kind);
}

QString PermitStore::selectColumns(PermitKind kind, const QString &alias)
{
    const QString prefix = alias.isEmpty() ? QString() : alias + u'.';
    QStringList columns{prefix + u"id"_s, prefix + u"import_id"_s, prefix + u"superseded_ms IS NOT NULL"_s};
    for (const QString &c : columnsOf(kind))
        columns.append(prefix + c);
    return columns.join(u", "_s);
}

CompanyPermit PermitStore::readCompany(const Statement &row, int first)
{
    CompanyPermit p;
    readMeta(p, row, first);
    int c = first + 3;
    p.certificate = text(row, c++);
    p.companyId = text(row, c++);
    p.name = text(row, c++);
    p.identifier = text(row, c++);
    p.regionCode = text(row, c++);
    p.operationArea = text(row, c++);
    p.organization = text(row, c++);
    p.certifyDate = date(row, c++);
    p.validFrom = date(row, c++);
    p.validTo = date(row, c++);
    p.state = text(row, c++);
    return p;
}

VehiclePermit PermitStore::readVehicle(const Statement &row, int first)
{
    VehiclePermit p;
    readMeta(p, row, first);
    int c = first + 3;
    p.certificate = text(row, c++);
    p.plate = text(row, c++);
    p.plateColor = text(row, c++);
    p.companyId = text(row, c++);
    p.ownerName = text(row, c++);
    p.vin = text(row, c++);
    p.regionCode = text(row, c++);
    p.organization = text(row, c++);
    p.firstRegistration = date(row, c++);
    p.validFrom = date(row, c++);
    p.validTo = date(row, c++);
    p.seats = row.isNull(c) ? 0 : row.columnInt(c);
    ++c;
    p.wheelbaseMm = row.isNull(c) ? 0 : row.columnInt(c);
    ++c;
    p.brand = text(row, c++);
    p.model = text(row, c++);
    p.fuelType = text(row, c++);
    p.state = text(row, c++);
    p.rangeKm = row.isNull(c) ? 0 : row.columnInt(c);
    ++c;
    p.purchasePriceYuan = row.isNull(c) ? 0 : row.columnInt64(c);
    ++c;
    return p;
}

DriverPermit PermitStore::readDriver(const Statement &row, int first)
{
    DriverPermit p;
    readMeta(p, row, first);
    int c = first + 3;
    p.certificate = text(row, c++);
    p.name = text(row, c++);
    p.idNumber = text(row, c++);
    p.licenceNumber = text(row, c++);
    p.phone = text(row, c++);
    p.gender = text(row, c++);
    p.companyId = text(row, c++);
    p.companyName = text(row, c++);
    p.regionCode = text(row, c++);
    p.organization = text(row, c++);
    p.driverType = text(row, c++);
    p.licenceFirstIssue = date(row, c++);
    p.validFrom = date(row, c++);
    p.validTo = date(row, c++);
    p.state = text(row, c++);
    return p;
}

bool PermitStore::fail(const DatabaseError &error)
{
    m_error = error;
    return false;
}

bool PermitStore::insertRow(PermitKind kind, qint64 importId, const QVariantList &data, qint64 replaces,
                            qint64 *id, bool indexName)
{
    const int k = int(kind);
    if (!m_inserts[k].isValid()) {
        const QStringList &columns = columnsOf(kind);
        QStringList placeholders;
        for (qsizetype i = 0; i < columns.size() + 3; ++i)
            placeholders.append(u"?"_s);
        m_inserts[k] =
            m_db.prepare(u"INSERT INTO %1 (import_id, imported_ms, replaces, %2) VALUES (%3)"_s.arg(
                             tableOf(kind), columns.join(u", "_s), placeholders.join(u", "_s)),
                         tr("store a city permit"), Database::Reuse::Often);
    }
    Statement &insert = m_inserts[k];
    insert.bind(1, importId);
    insert.bind(2, m_clock.nowMs());
    if (replaces > 0)
        insert.bind(3, replaces);
    else
        insert.bindNull(3);
    for (qsizetype i = 0; i < data.size(); ++i)
        insert.bind(int(i + 4), data.at(i));
    if (!insert.exec())
        return fail(insert.error());
    *id = m_db.lastInsertRowId();
    // Names for substring search (external-content FTS5: the index is told each new row).
    if (indexName && kind != PermitKind::Vehicle) {
        if (!m_ftsInserts[k].isValid())
            m_ftsInserts[k] =
                m_db.prepare(u"INSERT INTO %1_fts (rowid, name) VALUES (?, ?)"_s.arg(tableOf(kind)),
                             tr("index a permit holder's name"), Database::Reuse::Often);
        Statement &fts = m_ftsInserts[k];
        fts.bind(1, *id);
        fts.bind(2, data.at(kind == PermitKind::Company ? 2 : 1));
        if (!fts.exec())
            return fail(fts.error());
    }
    return true;
}

template<typename Permit>
bool PermitStore::importOne(PermitKind kind, qint64 importId, const Permit &permit, ImportSummary &summary)
{
    const QVariantList data = values(permit);
    Statement current =
        m_db.prepare(u"SELECT id, %2 FROM %1 WHERE certificate = ? AND superseded_ms IS NULL"_s.arg(
                         tableOf(kind), columnsOf(kind).join(u", "_s)),
                     tr("find the current permit"));
    current.bind(1, permit.certificate);
    qint64 replaces = 0;
    if (current.step()) {
        QVariantList stored;
        for (int c = 1; c < current.columnCount(); ++c)
            stored.append(current.columnValue(c));
        if (sameValues(stored, data)) {
            ++summary.unchanged;
            return true;
        }
        replaces = current.columnInt64(0);
    } else if (current.hasError()) {
        return fail(current.error());
    }
    current = Statement();
    if (replaces > 0) {
        Statement supersede = m_db.prepare(
            u"UPDATE %1 SET superseded_ms = ? WHERE id = ?"_s.arg(tableOf(kind)), tr("supersede a permit"));
        supersede.bind(1, m_clock.nowMs());
        supersede.bind(2, replaces);
        if (!supersede.exec())
            return fail(supersede.error());
        ++summary.replaced;
    } else {
        ++summary.inserted;
    }
    qint64 id = 0;
    return insertRow(kind, importId, data, replaces, &id, true);
}

std::optional<PermitStore::ImportSummary> PermitStore::import(const PermitImportResult &parsed,
                                                              const ImportOptions &options)
{
    ImportSummary summary;
    summary.kind = parsed.kind;
    summary.rowsRead = parsed.rowsRead;
    // Inside the caller's transaction if there is one (the API commits the import with its audit record).
    std::optional<Transaction> transaction;
    if (!m_db.inTransaction()) {
        transaction.emplace(m_db);
        if (!transaction->isActive()) {
            fail(transaction->error());
            return std::nullopt;
        }
    }
    summary.importId = beginBulkImport(parsed.kind, options);
    if (summary.importId == 0)
        return std::nullopt;
    bool ok = true;
    for (const CompanyPermit &p : parsed.companies)
        ok = ok && importOne(PermitKind::Company, summary.importId, p, summary);
    for (const VehiclePermit &p : parsed.vehicles)
        ok = ok && importOne(PermitKind::Vehicle, summary.importId, p, summary);
    for (const DriverPermit &p : parsed.drivers)
        ok = ok && importOne(PermitKind::Driver, summary.importId, p, summary);
    if (!ok)
        return std::nullopt;

    Statement reject = m_db.prepare(
        u"INSERT INTO permit_rejected (import_id, kind, row, raw, errors) VALUES (?, ?, ?, ?, ?)"_s,
        tr("keep a rejected permit row"), Database::Reuse::Often);
    for (const RejectedPermitRow &row : parsed.rejected) {
        reject.bind(1, summary.importId);
        reject.bind(2, PermitKinds::key(parsed.kind));
        reject.bind(3, row.row);
        reject.bind(4, row.raw);
        reject.bind(5,
                    QString::fromUtf8(QJsonDocument(errorsJson(row.errors)).toJson(QJsonDocument::Compact)));
        if (!reject.exec()) {
            fail(reject.error());
            return std::nullopt;
        }
        ++summary.rejected;
    }
    Statement totals = m_db.prepare(u"UPDATE permit_import SET rows_read = ?, inserted = ?, replaced = ?, "
                                    "unchanged = ?, rejected = ? WHERE id = ?"_s,
                                    tr("count an import"));
    totals.bind(1, summary.rowsRead);
    totals.bind(2, summary.inserted);
    totals.bind(3, summary.replaced);
    totals.bind(4, summary.unchanged);
    totals.bind(5, summary.rejected);
    totals.bind(6, summary.importId);
    if (!totals.exec()) {
        fail(totals.error());
        return std::nullopt;
    }
    if (transaction && !transaction->commit()) {
        fail(transaction->error());
        return std::nullopt;
    }
    return summary;
}

template<typename Permit>
QList<Permit> PermitStore::readAll(PermitKind kind, const QString &where, const QVariantList &binds,
                                   int limit)
{
    QList<Permit> result;
    Statement select = m_db.prepare(
        u"SELECT %1 FROM %2 WHERE %3 LIMIT %4"_s.arg(selectColumns(kind), tableOf(kind), where).arg(limit),
        tr("read city permits"));
    for (qsizetype i = 0; i < binds.size(); ++i)
        select.bind(int(i + 1), binds.at(i));
    while (select.step()) {
        if constexpr (std::is_same_v<Permit, CompanyPermit>)
            result.append(readCompany(select));
        else if constexpr (std::is_same_v<Permit, VehiclePermit>)
            result.append(readVehicle(select));
        else
            result.append(readDriver(select));
    }
    if (select.hasError())
        fail(select.error());
    return result;
}

std::optional<CompanyPermit> PermitStore::currentCompany(const QString &certificate)
{
    const auto found = readAll<CompanyPermit>(
        PermitKind::Company, u"certificate = ? AND superseded_ms IS NULL"_s, {certificate}, 1);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

std::optional<VehiclePermit> PermitStore::currentVehicle(const QString &certificate)
{
    const auto found = readAll<VehiclePermit>(
        PermitKind::Vehicle, u"certificate = ? AND superseded_ms IS NULL"_s, {certificate}, 1);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

std::optional<DriverPermit> PermitStore::currentDriver(const QString &certificate)
{
    const auto found = readAll<DriverPermit>(
        PermitKind::Driver, u"certificate = ? AND superseded_ms IS NULL"_s, {certificate}, 1);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

template<typename Permit>
QList<Permit> PermitStore::history(PermitKind kind, const std::optional<Permit> &current)
{
    // Current first, then the older rows newest first; history rows are few, a scan of the chain.
    QList<Permit> rows;
    if (!current)
        return rows;
    rows.append(*current);
    Statement previous =
        m_db.prepare(u"SELECT replaces FROM %1 WHERE id = ?"_s.arg(tableOf(kind)), tr("read permit history"));
    qint64 id = current->id;
    for (;;) {
        previous.reset();
        previous.bind(1, id);
        if (!previous.step() || previous.isNull(0))
            break;
        id = previous.columnInt64(0);
        const auto older = readAll<Permit>(kind, u"id = ?"_s, {id}, 1);
        if (older.isEmpty())
            break;
        rows.append(older.first());
    }
    return rows;
}

QList<VehiclePermit> PermitStore::vehicleHistory(const QString &certificate)
{
    return history(PermitKind::Vehicle, currentVehicle(certificate));
}

QList<DriverPermit> PermitStore::driverHistory(const QString &certificate)
{
    return history(PermitKind::Driver, currentDriver(certificate));
}

QList<VehiclePermit> PermitStore::vehiclesByPlate(const QString &plate)
{
    return readAll<VehiclePermit>(PermitKind::Vehicle, u"plate = ? AND superseded_ms IS NULL"_s, {plate},
                                  100);
}

QList<DriverPermit> PermitStore::driversByLicence(const QString &licence)
{
    QList<DriverPermit> found =
        readAll<DriverPermit>(PermitKind::Driver, u"licence = ? AND superseded_ms IS NULL"_s, {licence}, 100);
    for (const DriverPermit &p : readAll<DriverPermit>(
             PermitKind::Driver, u"id_number = ? AND superseded_ms IS NULL"_s, {licence}, 100)) {
        if (std::none_of(found.begin(), found.end(), [&](const DriverPermit &f) { return f.id == p.id; }))
            found.append(p);
    }
    return found;
}

QList<RejectedPermitRow> PermitStore::rejectedRows(qint64 importId)
{
    QList<RejectedPermitRow> rows;
    Statement select =
        m_db.prepare(u"SELECT row, raw, errors FROM permit_rejected WHERE import_id = ? ORDER BY row"_s,
                     tr("read rejected permit rows"));
    select.bind(1, importId);
    while (select.step()) {
        RejectedPermitRow row;
        row.row = select.columnInt(0);
        row.raw = select.columnBlob(1);
        for (const QJsonValue &e : QJsonDocument::fromJson(select.columnText(2).toUtf8()).array()) {
            const QJsonObject o = e.toObject();
            row.errors.append({o.value(u"row"_s).toInt(), o.value(u"field"_s).toString(),
                               o.value(u"value"_s).toString(), o.value(u"reason"_s).toString()});
        }
        rows.append(row);
    }
    if (select.hasError())
        fail(select.error());
    return rows;
}

qint64 PermitStore::count(PermitKind kind)
{
    const QVariant n =
        m_db.queryValue(u"SELECT count(*) FROM %1 WHERE superseded_ms IS NULL"_s.arg(tableOf(kind)),
                        tr("count city permits"));
    if (!n.isValid())
        fail(m_db.lastError());
    return n.isValid() ? n.toLongLong() : -1;
}

qint64 PermitStore::beginBulkImport(PermitKind kind, const ImportOptions &options)
{
    Statement insert = m_db.prepare(
        u"INSERT INTO permit_import (kind, format, actor, region_code, imported_ms) VALUES (?, ?, ?, ?, ?)"_s,
        tr("record a permit import"));
    insert.bind(1, PermitKinds::key(kind));
    insert.bind(2, options.format);
    insert.bind(3, options.actor);
    if (options.regionCode.isEmpty())
        insert.bindNull(4);
    else
        insert.bind(4, options.regionCode);
    insert.bind(5, m_clock.nowMs());
    if (!insert.exec()) {
        fail(insert.error());
        return 0;
    }
    return m_db.lastInsertRowId();
}

bool PermitStore::insertNew(qint64 importId, const CompanyPermit &permit)
{
    qint64 id = 0;
    return insertRow(PermitKind::Company, importId, values(permit), 0, &id, false);
}

bool PermitStore::insertNew(qint64 importId, const VehiclePermit &permit)
{
    qint64 id = 0;
    return insertRow(PermitKind::Vehicle, importId, values(permit), 0, &id, false);
}

bool PermitStore::insertNew(qint64 importId, const DriverPermit &permit)
{
    qint64 id = 0;
    return insertRow(PermitKind::Driver, importId, values(permit), 0, &id, false);
}

bool PermitStore::indexesSuspended()
{
    const QVariant v = m_db.queryValue(u"SELECT count(*) FROM settings WHERE key = '%1'"_s.arg(kSuspendedKey),
                                       tr("check the permit indexes"));
    return v.toLongLong() > 0;
}

bool PermitStore::suspendIndexes()
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return fail(transaction.error());
    QJsonArray suspended;
    if (indexesSuspended()) {
        const QVariant v =
            m_db.queryValue(u"SELECT value FROM settings WHERE key = '%1'"_s.arg(kSuspendedKey));
        suspended = QJsonDocument::fromJson(v.toString().toUtf8()).array();
    }
    Statement indexes =
        m_db.prepare(u"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                     "AND tbl_name IN ('permit_company', 'permit_vehicle', 'permit_driver') "
                     "ORDER BY name"_s,
                     tr("list the permit indexes"));
    QStringList names;
    while (indexes.step()) {
        names.append(indexes.columnText(0));
        suspended.append(QJsonObject{{u"name"_s, indexes.columnText(0)}, {u"sql"_s, indexes.columnText(1)}});
    }
    if (indexes.hasError())
        return fail(indexes.error());
    indexes = Statement();
    for (const QString &name : names) {
        if (!m_db.exec(u"DROP INDEX %1"_s.arg(Database::quoteIdentifier(name)), tr("drop a permit index")))
            return fail(m_db.lastError());
    }
    // The FTS tables are rebuilt from their content tables on resume; until then they may lag behind.
    suspended.append(QJsonObject{{u"name"_s, u"permit_driver_fts"_s}, {u"fts"_s, true}});
    suspended.append(QJsonObject{{u"name"_s, u"permit_company_fts"_s}, {u"fts"_s, true}});
    Statement save = m_db.prepare(u"INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"_s,
                                  tr("remember the suspended permit indexes"));
    save.bind(1, kSuspendedKey);
    save.bind(2, QString::fromUtf8(QJsonDocument(suspended).toJson(QJsonDocument::Compact)));
    if (!save.exec() || !transaction.commit())
        return fail(save.hasError() ? save.error() : transaction.error());
    return true;
}

bool PermitStore::resumeIndexes(const std::function<void(const QString &)> &progress)
{
    for (;;) {
        const QVariant v =
            m_db.queryValue(u"SELECT value FROM settings WHERE key = '%1'"_s.arg(kSuspendedKey),
                            tr("read the suspended permit indexes"));
        if (!v.isValid())
            return !m_db.lastError().isError() || fail(m_db.lastError());
        QJsonArray pending = QJsonDocument::fromJson(v.toString().toUtf8()).array();
        Transaction transaction(m_db);
        if (!transaction.isActive())
            return fail(transaction.error());
        if (pending.isEmpty()) {
            if (!m_db.exec(u"DELETE FROM settings WHERE key = '%1'"_s.arg(kSuspendedKey)) ||
                !transaction.commit())
                return fail(m_db.lastError());
            return true;
        }
        const QJsonObject step = pending.takeAt(0).toObject();
        const QString name = step.value(u"name"_s).toString();
        if (progress)
            progress(name);
        const QString sql =
            step.value(u"fts"_s).toBool()
                ? u"INSERT INTO %1 (%1) VALUES ('rebuild')"_s.arg(Database::quoteIdentifier(name))
                : step.value(u"sql"_s).toString();
        if (!m_db.exec(sql, tr("rebuild permit index %1").arg(name)))
            return fail(m_db.lastError());
        Statement save = m_db.prepare(u"UPDATE settings SET value = ? WHERE key = ?"_s);
        save.bind(1, QString::fromUtf8(QJsonDocument(pending).toJson(QJsonDocument::Compact)));
        save.bind(2, kSuspendedKey);
        if (!save.exec() || !transaction.commit())
            return fail(save.hasError() ? save.error() : transaction.error());
    }
}

} // namespace rw
