#include "statusboardmodel.h"

#include "domain/agetext.h"

namespace rw {

StatusBoardModel::StatusBoardModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void StatusBoardModel::setBoard(const StatusBoard &board)
{
    beginResetModel();
    m_board = board;
    m_rows.clear();
    for (int c = 0; c < m_board.companies.size(); ++c) {
        const auto &streams = m_board.companies.at(c).streams;
        if (streams.isEmpty())
            m_rows.append(Row{c, -1});
        for (int s = 0; s < streams.size(); ++s)
            m_rows.append(Row{c, s});
    }
    endResetModel();
}

void StatusBoardModel::clear()
{
    setBoard({});
}

int StatusBoardModel::rowOf(const QString &companyId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_board.companies.at(m_rows.at(i).company).companyId == companyId)
            return i;
    }
    return -1;
}

int StatusBoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StatusBoardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatusBoardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const StatusBoard::Company &c = m_board.companies.at(row.company);
    const StatusBoard::Stream *s = row.stream >= 0 ? &c.streams.at(row.stream) : nullptr;
    const qint64 outage = s ? s->openOutage : 0;
    switch (role) {
    case CompanyIdRole:
        return c.companyId;
    case HighlightRole:
        return outage > 0;
    case OutageIdRole:
        return outage;
    case SuspendedRole:
        return c.suspended;
    case Qt::ToolTipRole:
        if (index.column() == SuspendedColumn && c.suspended)
            return tr("Upload access suspended (Art. 13): %1").arg(c.suspendReason);
        if (index.column() == CompanyColumn)
            return c.companyId;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == RateColumn || index.column() == LastRecordColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case CompanyColumn:
            return c.displayName();
        case StreamColumn:
            return s ? OutageStreams::title(s->stream) : tr("—");
        case LastRecordColumn:
            if (!s || s->lastReceivedAtMs <= 0)
                return tr("never");
            return tr("%1 ago").arg(AgeText::format((m_board.atMs - s->lastReceivedAtMs) / 1000));
        case RateColumn:
            return s ? QString::number(s->recordsPerMinute, 'f', 1) : QString();
        case ActiveColumn:
            return s ? (s->active ? tr("active") : tr("idle")) : QString();
        case OutageColumn:
            return outage > 0 ? tr("open (#%1)").arg(outage) : QString();
        case SuspendedColumn:
            return c.suspended ? tr("suspended") : QString();
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case CompanyColumn:
            return c.displayName();
        case StreamColumn:
            return s ? int(s->stream) : -1;
        case LastRecordColumn:
            return s && s->lastReceivedAtMs > 0 ? m_board.atMs - s->lastReceivedAtMs
                                                : std::numeric_limits<qint64>::max();
        case RateColumn:
            return s ? s->recordsPerMinute : -1.0;
        case ActiveColumn:
            return s && s->active;
        case OutageColumn:
            return outage;
        case SuspendedColumn:
            return c.suspended;
        }
        return {};
    default:
        return {};
    }
}

QVariant StatusBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CompanyColumn:
        return tr("Company");
    case StreamColumn:
        return tr("Stream");
    case LastRecordColumn:
        return tr("Last record");
    case RateColumn:
        return tr("Records/min");
    case ActiveColumn:
        return tr("State");
    case OutageColumn:
        return tr("Outage");
    case SuspendedColumn:
        return tr("Access");
    }
    return {};
}

} // namespace rw
