#pragma once

#include "outages/statusboard.h"

#include <QAbstractTableModel>

namespace rw {

/**
 * \brief The 7×24 status board (seed 000 Art. 21) as a table: one row per company and stream — the age of
 * the last record (against the board's time), records per minute over the last 5 minutes, whether the stream
 * is active, its open outage and the company's suspension (Art. 13). A company without any stream yet has one
 * row with no stream.
 *
 * HighlightRole marks rows with an open outage, SuspendedRole a suspended company's (the page colours them;
 * no QtGui in models). SortRole holds the real values.
 */
class StatusBoardModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CompanyColumn,
        StreamColumn,
        LastRecordColumn,
        RateColumn,
        ActiveColumn,
        OutageColumn,
        SuspendedColumn,
        ColumnCount
    };
    enum ItemRole {
        CompanyIdRole = Qt::UserRole + 1,
        SortRole,
        HighlightRole, //!< bool: an open outage
        OutageIdRole,  //!< the open outage's id; 0 none
        SuspendedRole, //!< bool: the company's uploads are suspended (Art. 13)
    };

    explicit StatusBoardModel(QObject *parent = nullptr);

    void setBoard(const StatusBoard &board);
    void clear();
    const StatusBoard &board() const { return m_board; }
    /** The first row of \a companyId, or −1. */
    int rowOf(const QString &companyId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        int company = 0;
        int stream = -1; //!< −1: the company has no stream yet
    };

    StatusBoard m_board;
    QList<Row> m_rows;
};

} // namespace rw
