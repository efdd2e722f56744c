#pragma once

#include "rules/alertrecord.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <array>

namespace rw {

class FleetState;

/**
 * \brief The live map's alerts as a table: the platform's open alerts (AlertClient) merged with the
 * console's own stale-position alerts computed from FleetState.
 *
 * Columns: time (first seen, China Standard Time), kind, article, company, plate, detail. Platform
 * alerts are kept by id: a change replaces the row, a closed alert leaves the list. Stale positions
 * (seed 000 Art. 15(三): positions within 60 s; FleetState::isStale) are rows of their own kind, keyed
 * by company and plate, recomputed by updateStale(). Newest first. Strings through tr(); the detail
 * column is composed here from the findings, so it follows the console's language.
 */
class AlertListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        KindColumn,
        ArticleColumn,
        CompanyColumn,
        PlateColumn,
        DetailColumn,
        ColumnCount
    };
    enum Role {
        KindRole = Qt::UserRole + 1, //!< AlertKind as int
        CompanyRole,                 //!< CompanyId
        PlateRole,                   //!< VehicleNo
        IdRole,                      //!< platform alert id (0 for stale positions)
        FirstSeenRole,               //!< QDateTime UTC
        LastSeenRole,                //!< QDateTime UTC
    };

    explicit AlertListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const AlertRecord &alertAt(int row) const { return m_rows.at(row); }
    /** Open alerts of \a kind. */
    int count(AlertKind kind) const { return m_counts.at(std::size_t(kind)); }

    /** The detail text of \a alert, in the console's language. */
    static QString detailOf(const AlertRecord &alert);

public Q_SLOTS:
    /** Merges changes from the platform (AlertClient::alertsReceived). */
    void applyAlerts(const QList<rw::AlertRecord> &alerts);
    /** Recomputes the stale-position rows from \a fleet at \a now. */
    void updateStale(const rw::FleetState &fleet, const QDateTime &now);
    /** Removes everything (sign-out). */
    void clear();

Q_SIGNALS:
    /** The numbers per kind changed. */
    void countsChanged();

private:
    static QString staleKey(const QString &company, const QString &plate);
    int insertRow(const AlertRecord &alert);
    void removeRowAt(int row);
    void recount();

    QList<AlertRecord> m_rows;        //!< newest first
    QHash<qint64, int> m_rowOfId;     //!< platform alerts
    QHash<QString, int> m_rowOfStale; //!< stale positions by company + plate
    std::array<int, std::size(AllAlertKinds)> m_counts{};
};

} // namespace rw
