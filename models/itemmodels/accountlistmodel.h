#pragma once

#include "client/accountinfo.h"

#include <QAbstractTableModel>
#include <QList>

namespace rw {

/**
 * \brief The platform's accounts for the administrators' table: user, display name, role (translated),
 * region, state (active, disabled, locked until …, must change the password) and when the password
 * last changed, in local time.
 *
 * setAccounts() updates in place by user name — changed rows emit dataChanged, new ones are
 * inserted, vanished ones removed — so a view keeps its selection across a refresh after an action.
 */
class AccountListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        UserColumn,
        DisplayNameColumn,
        RoleColumn,
        RegionColumn,
        StateColumn,
        PasswordChangedColumn,
        ColumnCount
    };
    enum ItemRole {
        UserNameRole = Qt::UserRole + 1, //!< the row's user name, in every column
        StateRole,                       //!< AccountInfo::State as int, in every column
        SortRole,                        //!< raw value for sorting (times as ms, states as int)
    };

    explicit AccountListModel(QObject *parent = nullptr);

    void setAccounts(const QList<AccountInfo> &accounts);
    const QList<AccountInfo> &accounts() const { return m_rows; }
    /** The row of \a userName, or −1. */
    int rowOf(const QString &userName) const;
    /** The account in \a row (0 ≤ row < rowCount()). */
    const AccountInfo &accountAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AccountInfo> m_rows;
};

} // namespace rw
