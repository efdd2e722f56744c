#pragma once

#include "badrecords/badrecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace rw {

/**
 * \brief The city's bad-record list (seed 002 Art. 34) as a table for BadRecordsPage: subject, plate or
 * licence, name, reason, who listed it and when, until, and the state (active; ran out after its until
 * day; removed by whom, when — the reason in the tooltip). Times and dates in China Standard Time.
 *
 * Rows are kept newest first (by id). setRecords() updates in place by id — changed rows emit
 * dataChanged, new ones are inserted where their id belongs, vanished ones removed — so a view keeps its
 * selection across a refresh; upsert() does the same for one entry (BadRecordClient::added, removed).
 */
class BadRecordListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SubjectColumn,
        KeyColumn, //!< the plate of a vehicle, the licence number of a driver (as the platform sent it)
        NameColumn,
        ReasonColumn,
        AddedColumn,
        UntilColumn,
        StateColumn,
        ColumnCount
    };
    enum ItemRole {
        IdRole = Qt::UserRole + 1, //!< the entry's id, in every column
        ActiveRole,                //!< bool, in every column
        RemovedRole,               //!< bool, in every column
        SubjectRole,               //!< BadRecord::Subject as int, in every column
        SortRole,                  //!< raw value for sorting (times as ms, dates as yyyymmdd)
    };

    explicit BadRecordListModel(QObject *parent = nullptr);

    void setRecords(const QList<BadRecord> &records);
    /** Adds \a record or replaces the entry with its id. */
    void upsert(const BadRecord &record);
    void clear();

    const QList<BadRecord> &records() const { return m_rows; }
    const BadRecord &recordAt(int row) const { return m_rows.at(row); }
    /** The row of entry \a id, or −1. */
    int rowOf(qint64 id) const;
    int activeCount() const;

    /** The state in words, translated: "Active", "Ran out after 2026-05-31", "Removed by … on …". */
    static QString stateText(const BadRecord &record);
    static QString subjectText(BadRecord::Subject subject);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /** The number of active entries may have changed. */
    void countsChanged();

private:
    bool upsertRow(const BadRecord &record);
    /** The row where an entry with \a id belongs (ids descending). */
    int insertionRow(qint64 id) const;

    QList<BadRecord> m_rows; //!< newest (highest id) first
};

} // namespace rw
