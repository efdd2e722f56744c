#include "intakesummarymodel.h"

#include <QLocale>

#include <algorithm>

namespace rw {

namespace {

QString key(const IntakeCounter &c)
{
    return c.companyId + u'/' + c.ipcType;
}

} // namespace

IntakeSummaryModel::IntakeSummaryModel(std::shared_ptr<const InterfaceCatalogue> catalogue, QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalogue(std::move(catalogue))
{}

void IntakeSummaryModel::setCounters(const QList<IntakeCounter> &counters, const QDateTime &serverTime)
{
    m_serverTime = serverTime;
    QHash<QString, const IntakeCounter *> incoming;
    for (const IntakeCounter &c : counters)
        incoming.insert(key(c), &c);

    // Remove vanished rows from the back so indexes stay valid.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!incoming.contains(key(m_rows.at(row)))) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    QHash<QString, int> existing;
    for (int row = 0; row < m_rows.size(); ++row)
        existing.insert(key(m_rows.at(row)), row);
    for (const IntakeCounter &c : counters) {
        const auto it = existing.constFind(key(c));
        if (it != existing.constEnd()) {
            if (!(m_rows.at(*it) == c)) {
                m_rows[*it] = c;
                Q_EMIT dataChanged(index(*it, 0), index(*it, ColumnCount - 1));
            }
            continue;
        }
        const int row = int(m_rows.size());
        beginInsertRows({}, row, row);
        m_rows.append(c);
        endInsertRows();
    }
    // Ages depend on the server time even when the counters did not change.
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, LastReceivedColumn), index(int(m_rows.size()) - 1, LastReceivedColumn));
}

qint64 IntakeSummaryModel::totalReceived() const
{
    qint64 total = 0;
    for (const IntakeCounter &c : m_rows)
        total += c.received;
    return total;
}

qint64 IntakeSummaryModel::totalRejected() const
{
    qint64 total = 0;
    for (const IntakeCounter &c : m_rows)
        total += c.rejected;
    return total;
}

int IntakeSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IntakeSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IntakeSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IntakeCounter &c = m_rows.at(index.row());
    const double share = c.received > 0 ? double(c.rejected) / double(c.received) : 0.0;
    const qint64 ageSeconds =
        (m_serverTime.isValid() && c.lastReceivedMs > 0)
            ? qMax<qint64>(0, (m_serverTime.toMSecsSinceEpoch() - c.lastReceivedMs) / 1000)
            : -1;
    if (role == SortRole) {
        switch (index.column()) {
        case CompanyColumn:
            return c.companyId;
        case InterfaceColumn:
            return c.ipcType;
        case ReceivedColumn:
            return c.received;
        case AcceptedColumn:
            return c.accepted;
        case RejectedColumn:
            return c.rejected;
        case RejectedShareColumn:
            return share;
        case LastReceivedColumn:
            return c.lastReceivedMs;
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        if (index.column() >= ReceivedColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == CompanyColumn)
        return c.companyId;
    if (role == Qt::ToolTipRole && index.column() == InterfaceColumn) {
        const InterfaceSpec *spec = m_catalogue->byIpcType(c.ipcType);
        return spec ? tr("%1 (%2, section %3)").arg(spec->path, spec->ipcType, spec->section) : c.ipcType;
    }
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case CompanyColumn:
        return c.companyName.isEmpty() ? c.companyId : c.companyName;
    case InterfaceColumn: {
        const InterfaceSpec *spec = m_catalogue->byIpcType(c.ipcType);
        return spec && !spec->title.isEmpty() ? spec->title : c.ipcType;
    }
    case ReceivedColumn:
        return locale.toString(c.received);
    case AcceptedColumn:
        return locale.toString(c.accepted);
    case RejectedColumn:
        return locale.toString(c.rejected);
    case RejectedShareColumn:
        return locale.toString(share * 100.0, 'f', 1) + u'%';
    case LastReceivedColumn:
        if (ageSeconds < 0)
            return tr("never");
        return tr("%n s ago", nullptr, int(qMin<qint64>(ageSeconds, INT_MAX)));
    }
    return {};
}

QVariant IntakeSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CompanyColumn:
        return tr("Company");
    case InterfaceColumn:
        return tr("Interface");
    case ReceivedColumn:
        return tr("Received");
    case AcceptedColumn:
        return tr("Accepted");
    case RejectedColumn:
        return tr("Rejected");
    case RejectedShareColumn:
        return tr("Rejected share");
    case LastReceivedColumn:
        return tr("Last record");
    }
    return {};
}

} // namespace rw
