#include "alertstore.h"

#include "storage/database.h"
#include "storage/statement.h"

#include <QJsonDocument>

namespace rw {

namespace {

const QString Columns =
    QStringLiteral("id, revision, kind, article, rule_id, company_id, region_code, vehicle_no, "
                   "license_id, order_id, first_seen_ms, last_seen_ms, closed_ms, detail");
const QString NextRevision = QStringLiteral("(SELECT COALESCE(MAX(revision), 0) + 1 FROM alert)");

QString detailText(const AlertRecord &alert)
{
    return QString::fromUtf8(QJsonDocument(alert.detail).toJson(QJsonDocument::Compact));
}

std::optional<AlertRecord> readRow(const Statement &s)
{
    const auto kind = alertKindFromKey(s.columnText(2));
    if (!kind)
        return std::nullopt; // a kind this build does not know: skip rather than misreport
    AlertRecord a;
    a.id = s.columnInt64(0);
    a.revision = s.columnInt64(1);
    a.kind = *kind;
    a.article = s.columnText(3);
    a.ruleId = s.columnText(4);
    a.companyId = s.columnText(5);
    a.regionCode = s.columnText(6);
    a.vehicleNo = s.columnText(7);
    a.licenseId = s.columnText(8);
    a.orderId = s.columnText(9);
    a.firstSeenMs = s.columnInt64(10);
    a.lastSeenMs = s.columnInt64(11);
    a.closedMs = s.isNull(12) ? 0 : s.columnInt64(12);
    a.detail = QJsonDocument::fromJson(s.columnText(13).toUtf8()).object();
    return a;
}

} // namespace

AlertStore::AlertStore(Database &db)
    : m_db(db)
{}

bool AlertStore::fail(const DatabaseError &error)
{
    m_error = error;
    return false;
}

QString AlertStore::subjectOf(const AlertRecord &alert)
{
    switch (alert.kind) {
    case AlertKind::DriverUnlicensed:
        return alert.licenseId;
    case AlertKind::OutOfArea:
    case AlertKind::DispatchWhileCarrying:
        return alert.orderId;
    case AlertKind::BadRecord: // one kind for both subjects: the rule says which was listed
        return alert.ruleId == QLatin1String("badRecord.driver") ? alert.licenseId : alert.vehicleNo;
    case AlertKind::VehicleUnlicensed:
    case AlertKind::Retired:
    case AlertKind::StalePosition:
        break;
    }
    return alert.vehicleNo;
}

bool AlertStore::insert(AlertRecord *alert)
{
    Statement s = m_db.prepare(
        QStringLiteral(
            "INSERT INTO alert (revision, kind, article, rule_id, company_id, region_code, subject, "
            "vehicle_no, license_id, order_id, first_seen_ms, last_seen_ms, detail) VALUES (%1, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id, revision")
            .arg(NextRevision),
        tr("raise an alert"), Database::Reuse::Often);
    s.bind(1, alertKindKey(alert->kind));
    s.bind(2, alert->article);
    s.bind(3, alert->ruleId);
    s.bind(4, alert->companyId);
    s.bind(5, alert->regionCode);
    s.bind(6, subjectOf(*alert));
    s.bind(7, alert->vehicleNo);
    s.bind(8, alert->licenseId);
    s.bind(9, alert->orderId);
    s.bind(10, alert->firstSeenMs);
    s.bind(11, alert->lastSeenMs);
    s.bind(12, detailText(*alert));
    if (!s.step())
        return fail(s.error());
    alert->id = s.columnInt64(0);
    alert->revision = s.columnInt64(1);
    alert->closedMs = 0;
    while (s.step()) {
    }
    return s.hasError() ? fail(s.error()) : true;
}

bool AlertStore::update(AlertRecord *alert)
{
    Statement s = m_db.prepare(QStringLiteral("UPDATE alert SET revision = %1, article = ?, rule_id = ?, "
                                              "vehicle_no = ?, license_id = ?, last_seen_ms = ?, detail = ? "
                                              "WHERE id = ? RETURNING revision")
                                   .arg(NextRevision),
                               tr("update an alert"), Database::Reuse::Often);
    s.bind(1, alert->article);
    s.bind(2, alert->ruleId);
    s.bind(3, alert->vehicleNo);
    s.bind(4, alert->licenseId);
    s.bind(5, alert->lastSeenMs);
    s.bind(6, detailText(*alert));
    s.bind(7, alert->id);
    if (!s.step())
        return fail(s.hasError()
                        ? s.error()
                        : DatabaseError{1, tr("update an alert"), tr("no alert %1").arg(alert->id), {}});
    alert->revision = s.columnInt64(0);
    while (s.step()) {
    }
    return s.hasError() ? fail(s.error()) : true;
}

bool AlertStore::close(AlertRecord *alert, qint64 closedMs)
{
    Statement s = m_db.prepare(
        QStringLiteral("UPDATE alert SET revision = %1, closed_ms = ?, last_seen_ms = MAX(last_seen_ms, ?) "
                       "WHERE id = ? AND closed_ms IS NULL RETURNING revision, last_seen_ms")
            .arg(NextRevision),
        tr("close an alert"), Database::Reuse::Often);
    s.bind(1, closedMs);
    s.bind(2, closedMs < alert->firstSeenMs ? alert->firstSeenMs : alert->lastSeenMs);
    s.bind(3, alert->id);
    if (!s.step())
        return fail(s.hasError()
                        ? s.error()
                        : DatabaseError{1, tr("close an alert"), tr("no open alert %1").arg(alert->id), {}});
    alert->revision = s.columnInt64(0);
    alert->lastSeenMs = s.columnInt64(1);
    alert->closedMs = closedMs;
    while (s.step()) {
    }
    return s.hasError() ? fail(s.error()) : true;
}

QList<AlertRecord> AlertStore::openAlerts()
{
    QList<AlertRecord> alerts;
    Statement s =
        m_db.prepare(QStringLiteral("SELECT %1 FROM alert WHERE closed_ms IS NULL ORDER BY id").arg(Columns),
                     tr("read the open alerts"));
    while (s.step())
        if (auto a = readRow(s))
            alerts.append(*a);
    if (s.hasError())
        fail(s.error());
    return alerts;
}

QList<AlertRecord> AlertStore::changesSince(qint64 since, int limit, const RegionScope &scope)
{
    QList<AlertRecord> alerts;
    if (scope.isNone())
        return alerts;
    // The scope as a prefix of the six-digit region code (RegionScope::covers, in SQL so that the limit
    // applies to what the account may see).
    QString pattern;
    switch (scope.level()) {
    case RegionScope::Level::Province:
        pattern = scope.code().left(2) + QLatin1Char('%');
        break;
    case RegionScope::Level::Prefecture:
        pattern = scope.code().left(4) + QLatin1Char('%');
        break;
    case RegionScope::Level::County:
    case RegionScope::Level::None:
        pattern = scope.code();
        break;
    }
    Statement s = m_db.prepare(
        QStringLiteral(
            "SELECT %1 FROM alert WHERE revision > ? AND region_code LIKE ? ORDER BY revision LIMIT ?")
            .arg(Columns),
        tr("read the alerts"), Database::Reuse::Often);
    s.bind(1, since);
    s.bind(2, pattern);
    s.bind(3, qBound(1, limit, MaxLimit));
    while (s.step())
        if (auto a = readRow(s))
            alerts.append(*a);
    if (s.hasError())
        fail(s.error());
    return alerts;
}

qint64 AlertStore::latestRevision()
{
    const QVariant v = m_db.queryValue(QStringLiteral("SELECT COALESCE(MAX(revision), 0) FROM alert"),
                                       tr("read the latest alert revision"));
    if (!v.isValid()) {
        fail(m_db.lastError());
        return -1;
    }
    return v.toLongLong();
}

} // namespace rw
