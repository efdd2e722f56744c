#include "outagelistmodel.h"

#include "outages/outagereport.h"

namespace rw {

OutageListModel::OutageListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void OutageListModel::setOutages(const QList<OutageRecord> &outages)
{
    beginResetModel();
    m_outages = outages;
    endResetModel();
}

void OutageListModel::clear()
{
    setOutages({});
}

int OutageListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_outages.size(); ++i) {
        if (m_outages.at(i).id == id)
            return i;
    }
    return -1;
}

int OutageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_outages.size());
}

int OutageListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutageRecord &o = m_outages.at(index.row());
    switch (role) {
    case OutageIdRole:
        return o.id;
    case OpenRole:
        return o.isOpen();
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn || index.column() == BackfillColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case CompanyColumn:
            return o.companyId;
        case BackfillColumn:
            return tr("%1 of %2 expected records re-sent").arg(o.backfilledRecords).arg(o.expectedRecords);
        case FlagsColumn:
            return o.flags ? o.flagsText() : tr("Nothing to follow up");
        default:
            return {};
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case CompanyColumn:
            return o.displayCompany();
        case StreamColumn:
            return OutageStreams::title(o.stream);
        case StartColumn:
            return OutageReport::cstTime(o.startedAtMs);
        case EndColumn:
            return o.isOpen() ? tr("ongoing") : OutageReport::cstTime(o.endedAtMs);
        case DurationColumn:
            return OutageRecord::durationText(o.durationMs);
        case BackfillColumn:
            return OutageReport::percent(o.backfillRate);
        case NoticeColumn:
            return o.noticeStatus();
        case FlagsColumn:
            return o.flags ? o.flagsText() : QString();
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case CompanyColumn:
            return o.displayCompany();
        case StreamColumn:
            return int(o.stream);
        case StartColumn:
            return o.startedAtMs;
        case EndColumn:
            return o.isOpen() ? std::numeric_limits<qint64>::max() : o.endedAtMs;
        case DurationColumn:
            return o.durationMs;
        case BackfillColumn:
            return o.backfillRate ? *o.backfillRate : -1.0;
        case NoticeColumn:
            return o.noticeStatus();
        case FlagsColumn:
            return int(OutageRecord::flagList(o.flags).size());
        }
        return {};
    default:
        return {};
    }
}

QVariant OutageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CompanyColumn:
        return tr("Company");
    case StreamColumn:
        return tr("Stream");
    case StartColumn:
        return tr("Start (CST)");
    case EndColumn:
        return tr("End (CST)");
    case DurationColumn:
        return tr("Duration");
    case BackfillColumn:
        return tr("Back-fill");
    case NoticeColumn:
        return tr("Notice");
    case FlagsColumn:
        return tr("Flags");
    }
    return {};
}

} // namespace rw
