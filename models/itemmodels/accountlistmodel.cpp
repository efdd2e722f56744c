#include "accountlistmodel.h"

#include <QHash>

namespace rw {

namespace {

QString localTime(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace

AccountListModel::AccountListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AccountListModel::setAccounts(const QList<AccountInfo> &accounts)
{
    QHash<QString, const AccountInfo *> incoming;
    for (const AccountInfo &a : accounts)
        incoming.insert(a.userName, &a);
    // Remove vanished rows from the back so indexes stay valid.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!incoming.contains(m_rows.at(row).userName)) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    QHash<QString, int> existing;
    for (int row = 0; row < m_rows.size(); ++row)
        existing.insert(m_rows.at(row).userName, row);
    for (const AccountInfo &a : accounts) {
        const auto it = existing.constFind(a.userName);
        if (it != existing.constEnd()) {
            if (!(m_rows.at(*it) == a)) {
                m_rows[*it] = a;
                Q_EMIT dataChanged(index(*it, 0), index(*it, ColumnCount - 1));
            }
            continue;
        }
        const int row = int(m_rows.size());
        beginInsertRows({}, row, row);
        m_rows.append(a);
        endInsertRows();
        existing.insert(a.userName, row);
    }
}

int AccountListModel::rowOf(const QString &userName) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).userName == userName)
            return row;
    }
    return -1;
}

int AccountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AccountListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccountInfo &a = m_rows.at(index.row());
    if (role == UserNameRole)
        return a.userName;
    if (role == StateRole)
        return int(a.state());
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (Column(index.column())) {
        case UserColumn:
            return a.userName;
        case DisplayNameColumn:
            return a.displayName;
        case RoleColumn:
            return a.role.displayName();
        case RegionColumn:
            return a.regionCode;
        case StateColumn:
            return sort ? QVariant(int(a.state())) : QVariant(a.stateText());
        case PasswordChangedColumn:
            return sort ? QVariant(a.passwordChangedAt.toMSecsSinceEpoch())
                        : QVariant(localTime(a.passwordChangedAt));
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case RoleColumn:
            return a.role.key();
        case StateColumn:
            if (a.failedCount > 0)
                return tr("%n failed sign-in(s) in a row", nullptr, a.failedCount);
            return {};
        case PasswordChangedColumn:
            return a.passwordChangedAt.isValid()
                       ? tr("%1 UTC; account created %2")
                             .arg(a.passwordChangedAt.toString(Qt::ISODate), localTime(a.createdAt))
                       : QVariant();
        default:
            return {};
        }
    }
    return {};
}

QVariant AccountListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case UserColumn:
        return tr("User");
    case DisplayNameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case RegionColumn:
        return tr("Region");
    case StateColumn:
        return tr("State");
    case PasswordChangedColumn:
        return tr("Password changed");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace rw
