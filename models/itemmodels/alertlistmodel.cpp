#include "alertlistmodel.h"

#include "fleet/fleetstate.h"

#include <QJsonArray>
#include <QSet>
#include <QTimeZone>

namespace rw {

namespace {

constexpr int ChinaOffsetSeconds = 8 * 3600; // DESIGN §5: times shown in China Standard Time
const QString StaleArticle = QStringLiteral("运行管理办法第十五条(三)"); // seed 000 Art. 15(三), not seed 002

QString shownTime(qint64 ms, const QString &format = QStringLiteral("yyyy-MM-dd HH:mm:ss"))
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
        .toOffsetFromUtc(ChinaOffsetSeconds)
        .toString(format);
}

QString findingText(const QJsonObject &f)
{
    const QString rule = f.value(QStringLiteral("ruleId")).toString();
    const QString limit = f.value(QStringLiteral("limit")).toVariant().toString();
    const QString measured = f.value(QStringLiteral("measured")).toVariant().toString();
    if (rule == QStringLiteral("vehicle.registered") || rule == QStringLiteral("driver.registered"))
        return AlertListModel::tr("not filed with the platform");
    if (rule == QStringLiteral("vehicle.certificate.present"))
        return AlertListModel::tr("no transport certificate");
    if (rule == QStringLiteral("driver.certificate.present"))
        return AlertListModel::tr("no driver certificate");
    if (rule == QStringLiteral("vehicle.certificate.validity") ||
        rule == QStringLiteral("driver.certificate.validity"))
        return AlertListModel::tr("certificate valid until %1").arg(limit);
    if (rule == QStringLiteral("vehicle.certificate.term"))
        return AlertListModel::tr("certificate term from first registration ended on %1").arg(limit);
    if (rule == QStringLiteral("vehicle.retirement.mileage"))
        return AlertListModel::tr("odometer %1 km, retirement at %2 km").arg(measured, limit);
    if (rule == QStringLiteral("vehicle.retirement.age"))
        return AlertListModel::tr("years of use ran out after %1").arg(limit);
    return f.value(QStringLiteral("message"))
        .toString(); // a rule this console does not know: the platform's words
}

} // namespace

AlertListModel::AlertListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int AlertListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AlertListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AlertListModel::detailOf(const AlertRecord &alert)
{
    switch (alert.kind) {
    case AlertKind::VehicleUnlicensed:
    case AlertKind::DriverUnlicensed:
    case AlertKind::Retired: {
        QStringList parts;
        for (const QJsonValue &f : alert.detail.value(QStringLiteral("findings")).toArray())
            parts.append(findingText(f.toObject()));
        return parts.join(QStringLiteral("; "));
    }
    case AlertKind::OutOfArea:
        return tr("order %1: both ends of the trip outside the permitted area").arg(alert.orderId);
    case AlertKind::DispatchWhileCarrying:
        return tr("order %1 pushed while carrying order %2")
            .arg(alert.orderId, alert.detail.value(QStringLiteral("carryingOrderId")).toString());
    case AlertKind::BadRecord: {
        // Seed 002 Art. 34: the entry's reason, in the officer's words, and how long it lasts.
        const QString reason = alert.detail.value(QStringLiteral("reason")).toString();
        const QString until = alert.detail.value(QStringLiteral("until")).toString();
        const bool driver = alert.ruleId == QStringLiteral("badRecord.driver");
        const QString listed =
            driver ? tr("driver on the bad-record list") : tr("vehicle on the bad-record list");
        QString text = reason.isEmpty() ? listed : tr("%1: %2").arg(listed, reason);
        if (!until.isEmpty())
            text = tr("%1 (until %2)").arg(text, until);
        return text;
    }
    case AlertKind::StalePosition: {
        const qint64 fixMs = alert.detail.value(QStringLiteral("fixTime")).toInteger() * 1000;
        return tr("last position %1 s ago, at most %2 s allowed")
            .arg((alert.lastSeenMs - fixMs) / 1000)
            .arg(alert.detail.value(QStringLiteral("limit")).toInt());
    }
    }
    return {};
}

QVariant AlertListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AlertRecord &a = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            // Short enough for the panel beside the map; the year is in the tooltip.
            return shownTime(a.firstSeenMs, QStringLiteral("MM-dd HH:mm:ss"));
        case KindColumn:
            return alertKindTitle(a.kind);
        case ArticleColumn:
            return a.article;
        case CompanyColumn:
            return a.companyId;
        case PlateColumn:
            return a.vehicleNo;
        case DetailColumn:
            return detailOf(a);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return shownTime(a.firstSeenMs);
        return index.column() == DetailColumn ? detailOf(a) : QVariant();
    case KindRole:
        return int(a.kind);
    case CompanyRole:
        return a.companyId;
    case PlateRole:
        return a.vehicleNo;
    case IdRole:
        return a.id;
    case FirstSeenRole:
        return QDateTime::fromMSecsSinceEpoch(a.firstSeenMs, QTimeZone::utc());
    case LastSeenRole:
        return QDateTime::fromMSecsSinceEpoch(a.lastSeenMs, QTimeZone::utc());
    }
    return {};
}

QVariant AlertListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case KindColumn:
        return tr("Kind");
    case ArticleColumn:
        return tr("Article");
    case CompanyColumn:
        return tr("Company");
    case PlateColumn:
        return tr("Plate");
    case DetailColumn:
        return tr("Detail");
    }
    return {};
}

QString AlertListModel::staleKey(const QString &company, const QString &plate)
{
    return company + QLatin1Char('\x1f') + plate;
}

int AlertListModel::insertRow(const AlertRecord &alert)
{
    int row = 0;
    while (row < m_rows.size() && m_rows.at(row).firstSeenMs > alert.firstSeenMs)
        ++row;
    beginInsertRows({}, row, row);
    m_rows.insert(row, alert);
    endInsertRows();
    return row;
}

void AlertListModel::removeRowAt(int row)
{
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void AlertListModel::recount()
{
    m_rowOfId.clear();
    m_rowOfStale.clear();
    std::array<int, std::size(AllAlertKinds)> counts{};
    for (int row = 0; row < m_rows.size(); ++row) {
        const AlertRecord &a = m_rows.at(row);
        ++counts[std::size_t(a.kind)];
        if (a.kind == AlertKind::StalePosition)
            m_rowOfStale.insert(staleKey(a.companyId, a.vehicleNo), row);
        else
            m_rowOfId.insert(a.id, row);
    }
    if (counts != m_counts) {
        m_counts = counts;
        Q_EMIT countsChanged();
    }
}

void AlertListModel::applyAlerts(const QList<AlertRecord> &alerts)
{
    for (const AlertRecord &alert : alerts) {
        if (alert.kind == AlertKind::StalePosition)
            continue; // the console's own kind
        const auto it = m_rowOfId.constFind(alert.id);
        if (it != m_rowOfId.constEnd()) {
            const int row = *it;
            if (!alert.isOpen()) {
                removeRowAt(row);
            } else {
                m_rows[row] = alert;
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
                continue; // rows unchanged
            }
        } else if (alert.isOpen()) {
            insertRow(alert);
        } else {
            continue;
        }
        recount();
    }
}

void AlertListModel::updateStale(const FleetState &fleet, const QDateTime &now)
{
    const qint64 nowSeconds = now.toSecsSinceEpoch();
    QHash<QString, VehicleFix> stale;
    for (int i = 0; i < fleet.size(); ++i) {
        // Art. 15(三): positions within 60 s. A vehicle that said 停运 (out of service) is not expected to
        // report.
        if (!fleet.isStale(i, nowSeconds) || fleet.status(i) == BizStatus::OutOfService)
            continue;
        const VehicleFix fix = fleet.fix(i);
        stale.insert(staleKey(fix.key.companyId, fix.key.vehicleNo), fix);
    }
    const qint64 limit = fleet.staleAfter();
    bool structural = false;
    // Rows no longer stale leave; the others get their new age.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        AlertRecord &a = m_rows[row];
        if (a.kind != AlertKind::StalePosition)
            continue;
        const QString key = staleKey(a.companyId, a.vehicleNo);
        const auto fix = stale.constFind(key);
        if (fix == stale.constEnd() ||
            fix->positionTime != a.detail.value(QStringLiteral("fixTime")).toInteger()) {
            removeRowAt(row);
            structural = true;
            continue;
        }
        a.lastSeenMs = now.toMSecsSinceEpoch();
        Q_EMIT dataChanged(index(row, DetailColumn), index(row, DetailColumn));
        stale.remove(key);
    }
    for (const VehicleFix &fix : std::as_const(stale)) {
        AlertRecord a;
        a.kind = AlertKind::StalePosition;
        a.article = StaleArticle;
        a.ruleId = QStringLiteral("position.timeliness");
        a.companyId = fix.key.companyId;
        a.vehicleNo = fix.key.vehicleNo;
        a.firstSeenMs = (fix.positionTime + limit) * 1000; // the moment it became stale
        a.lastSeenMs = now.toMSecsSinceEpoch();
        a.detail =
            QJsonObject{{QStringLiteral("fixTime"), fix.positionTime}, {QStringLiteral("limit"), limit}};
        insertRow(a);
        structural = true;
    }
    if (structural)
        recount();
}

void AlertListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
    recount();
}

} // namespace rw
