#pragma once

#include "outages/outagerecord.h"

#include <QAbstractTableModel>

namespace rw {

/**
 * \brief Detected outages as a table for the Outages page (seed 000 Art. 11–12; DESIGN §7): company, stream,
 * start and end in China Standard Time ("ongoing" while open), duration, back-fill, the notice that covers
 * it and the flags as readable text with the article.
 *
 * SortRole holds the real values (ms, ratios, flag count; an unknown back-fill −1), so a proxy sorts on
 * them and not on the text. OpenRole marks open ones (the page shows them bold; no QtGui here).
 */
class OutageListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CompanyColumn,
        StreamColumn,
        StartColumn,
        EndColumn,
        DurationColumn,
        BackfillColumn,
        NoticeColumn,
        FlagsColumn,
        ColumnCount
    };
    enum ItemRole {
        OutageIdRole = Qt::UserRole + 1, //!< the outage's id, in every column
        SortRole,                        //!< the real value
        OpenRole,                        //!< bool: still open
    };

    explicit OutageListModel(QObject *parent = nullptr);

    void setOutages(const QList<OutageRecord> &outages);
    void clear();
    const QList<OutageRecord> &outages() const { return m_outages; }
    const OutageRecord &outageAt(int row) const { return m_outages.at(row); }
    /** The row of outage \a id, or −1. */
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<OutageRecord> m_outages;
};

} // namespace rw
