#pragma once

#include "protocol/record.h"
#include "qualitymodel.h"
#include "qualityoutcome.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

namespace rw {

/**
 * \brief Expected-record coverage, "completeness.vehicleBaseInfo" (Art. 15(一): 全量数据传输，不遗漏信息;
 * DESIGN §6: every vehicle seen in positions has base-info): a position (positionVehicle) counts as
 * incomplete when its company had not sent the vehicle's base-info (baseInfoVehicle, by VehicleNo) before
 * it. Judged per position, so the rate lost is the share of positions from vehicles the platform cannot
 * identify.
 *
 * The plates with base-info are read once per company and CST month of receipt through a Lookup (base-info
 * of the uploads before the one holding the month's first position: upload ids follow ingest order, so
 * ingest and a recompute read the same, even for uploads received in the same millisecond), then kept up to
 * date from the baseInfoVehicle records that pass through apply() in ingest order. Reading afresh each month
 * keeps a month recomputable on its own, and a recompute reads what ingest read. Grouped like the upload's
 * transaction: begin(), apply(), commit() or rollback(). Not thread-safe.
 */
class VehicleBaseInfoCheck
{
public:
    /** The plates of \a companyId's vehicles whose base-info came in an upload before upload \a batchId. */
    using Lookup = std::function<QSet<QString>(const QString &companyId, qint64 batchId)>;

    VehicleBaseInfoCheck(const QualityModel &model, Lookup lookup);

    /** The model lists the rule and a lookup was given. */
    bool isActive() const { return m_active; }

    /** Before the records of upload \a batchId (upload_batch.id). */
    void begin(qint64 batchId)
    {
        m_undo.resize(0);
        m_batchId = batchId;
    }
    /** Remembers a vehicle's base-info; judges a position into \a outcome. */
    void apply(const Record &record, QualityOutcome &outcome);
    void commit() { m_undo.resize(0); }
    void rollback();

    /** Plates with base-info known for \a companyId this month (nothing until its first position). */
    int knownVehicles(const QString &companyId) const;

private:
    struct Company
    {
        qint64 monthStart = 0;
        qint64 monthEnd = 0;
        QSet<QString> plates; //!< loaded for [monthStart, monthEnd)
    };
    struct Undo
    {
        QString company;
        QString plate;                //!< empty: \a state is the whole company before a (re)load
        std::optional<Company> state; //!< for a (re)load; none: the company was not there
    };

    Company *loaded(const QualityOutcome &outcome);

    bool m_active = false;
    Lookup m_lookup;
    qint64 m_batchId = 0;
    const InterfaceSpec *m_positionSpec = nullptr; // the spec last seen, and where its VehicleNo is
    int m_positionPlate = -1;
    QHash<QString, Company> m_companies;
    Company *m_last = nullptr; // the company of the last position; valid until m_companies changes
    QString m_lastId;
    QList<Undo> m_undo;
};

} // namespace rw
