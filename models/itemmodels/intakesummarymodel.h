#pragma once

#include "domain/intakecounter.h"
#include "protocol/interfacecatalogue.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <memory>

namespace rw {

/**
 * \brief Table of intake counters per company and interface, as the platform reports them.
 *
 * Updates in place: rows that exist are changed (dataChanged), new ones inserted, vanished ones
 * removed, so a view keeps its selection and scroll position across refreshes.
 */
class IntakeSummaryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CompanyColumn,
        InterfaceColumn,
        ReceivedColumn,
        AcceptedColumn,
        RejectedColumn,
        RejectedShareColumn,
        LastReceivedColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1 }; //!< raw value for sorting (numbers, ms)

    explicit IntakeSummaryModel(std::shared_ptr<const InterfaceCatalogue> catalogue,
                                QObject *parent = nullptr);

    void setCounters(const QList<IntakeCounter> &counters, const QDateTime &serverTime);
    const QList<IntakeCounter> &counters() const { return m_rows; }
    qint64 totalReceived() const;
    qint64 totalRejected() const;

    // QAbstractItemModel interface
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const InterfaceCatalogue> m_catalogue;
    QList<IntakeCounter> m_rows;
    QDateTime m_serverTime;
};

} // namespace rw
