#include "badrecordlistmodel.h"

#include <QHash>
#include <QSet>

namespace rw {

namespace {

constexpr int ChinaOffsetSeconds = 8 * 3600; // DESIGN §5: times shown in China Standard Time

QString chinaTime(const QDateTime &utc)
{
    return utc.isValid()
               ? utc.toOffsetFromUtc(ChinaOffsetSeconds).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
               : QString();
}

} // namespace

BadRecordListModel::BadRecordListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString BadRecordListModel::subjectText(BadRecord::Subject subject)
{
    return subject == BadRecord::Subject::Vehicle ? tr("Vehicle") : tr("Driver");
}

QString BadRecordListModel::stateText(const BadRecord &r)
{
    if (r.isRemoved())
        return tr("Removed by %1 on %2").arg(r.removedBy, chinaTime(r.removedAt));
    if (r.active)
        return tr("Active");
    if (r.until.isValid())
        return tr("Ran out after %1").arg(r.until.toString(Qt::ISODate));
    return tr("Inactive");
}

int BadRecordListModel::insertionRow(qint64 id) const
{
    int row = 0;
    while (row < m_rows.size() && m_rows.at(row).id > id)
        ++row;
    return row;
}

void BadRecordListModel::setRecords(const QList<BadRecord> &records)
{
    QSet<qint64> incoming;
    for (const BadRecord &r : records)
        incoming.insert(r.id);
    // Remove vanished rows from the back so indexes stay valid.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!incoming.contains(m_rows.at(row).id)) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    for (const BadRecord &r : records)
        upsertRow(r);
    Q_EMIT countsChanged();
}

void BadRecordListModel::upsert(const BadRecord &record)
{
    if (upsertRow(record))
        Q_EMIT countsChanged();
}

bool BadRecordListModel::upsertRow(const BadRecord &record)
{
    const int existing = rowOf(record.id);
    if (existing >= 0) {
        if (m_rows.at(existing) == record)
            return false;
        m_rows[existing] = record;
        Q_EMIT dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
        return true;
    }
    const int row = insertionRow(record.id);
    beginInsertRows({}, row, row);
    m_rows.insert(row, record);
    endInsertRows();
    return true;
}

void BadRecordListModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
    Q_EMIT countsChanged();
}

int BadRecordListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

int BadRecordListModel::activeCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const BadRecord &r) { return r.active; }));
}

int BadRecordListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BadRecordListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BadRecordListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BadRecord &r = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return r.id;
    case ActiveRole:
        return r.active;
    case RemovedRole:
        return r.isRemoved();
    case SubjectRole:
        return int(r.subject);
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && r.isRemoved())
            return tr("Removed by %1 on %2: %3").arg(r.removedBy, chinaTime(r.removedAt), r.removeReason);
        if (index.column() == ReasonColumn)
            return r.reason;
        if (index.column() == KeyColumn && !r.certificate.isEmpty())
            return tr("Certificate %1").arg(r.certificate);
        return {};
    case Qt::DisplayRole:
    case SortRole: {
        const bool sort = role == SortRole;
        switch (Column(index.column())) {
        case SubjectColumn:
            return sort ? QVariant(int(r.subject)) : QVariant(subjectText(r.subject));
        case KeyColumn:
            return r.key();
        case NameColumn:
            return r.name;
        case ReasonColumn:
            return r.reason;
        case AddedColumn:
            return sort ? QVariant(r.addedAt.toMSecsSinceEpoch())
                        : QVariant(tr("%1 by %2").arg(chinaTime(r.addedAt), r.addedBy));
        case UntilColumn:
            if (sort)
                return r.until.isValid() ? r.until.year() * 10000 + r.until.month() * 100 + r.until.day()
                                         : 99991231;
            return r.until.isValid() ? r.until.toString(Qt::ISODate) : tr("no end");
        case StateColumn:
            return sort ? QVariant(r.isRemoved() ? 2 : r.active ? 0 : 1) : QVariant(stateText(r));
        case ColumnCount:
            break;
        }
        return {};
    }
    default:
        return {};
    }
}

QVariant BadRecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case SubjectColumn:
        return tr("Subject");
    case KeyColumn:
        return tr("Plate / licence");
    case NameColumn:
        return tr("Name");
    case ReasonColumn:
        return tr("Reason");
    case AddedColumn:
        return tr("Listed");
    case UntilColumn:
        return tr("Until");
    case StateColumn:
        return tr("State");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace rw
