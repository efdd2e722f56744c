#pragma once

#include "quality/qualitymodel.h"
#include "quality/qualityoutcome.h"
#include "quality/qualityperiod.h"
#include "quality/qualitytally.h"
#include "storage/databaseerror.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace rw {

class Database;
class InterfaceCatalogue;

/**
 * \brief Recomputes the quality numbers of a CST month from the raw records (DESIGN §6: "recomputable from
 * raw"): the interface tables (ipc_*) and the quarantine, judged by the same QualityEvaluator and
 * QualityCrossChecks as at ingest (QualityRecorder), in the same order.
 *
 * Order: per company (the cross-record state is per company and month), uploads in upload_batch id order
 * (the commit order of the ingest thread: one transaction each), and within an upload its accepted rows in
 * rw_id order, then its quarantined records in id order — as QualityRecorder adds them. The interface
 * tables are merged by rw_batch. Bodies refused whole (quarantine rows with an envelope error) come last:
 * they touch no cross-record state and only a rule of their own, so their place changes no number.
 *
 * Values are those the validator saw: accepted records read back from their columns (stored with the
 * type they came with, RecordStore), rw_business_time as their business time; quarantined records are
 * decoded again from their raw bytes (JSON object text, or protobuf message bytes wrapped back into an
 * OTIpc) and validated again. A quarantined record that no longer decodes is counted in undecodable()
 * and left out.
 *
 * compute() returns the tallies; rewrite() replaces the stored rows of the month with the recomputed
 * ones in one transaction (which also holds the reads, so they match). Long work: runs on a worker thread
 * with its own connection, reports progress and stops when the cancel flag is set.
 */
class QualityRecompute
{
    Q_DECLARE_TR_FUNCTIONS(rw::QualityRecompute)

public:
    /** Records done and the estimated total (uploads' record counts plus refused bodies). */
    using Progress = std::function<void(qint64 done, qint64 total)>;

    QualityRecompute(Database &db, std::shared_ptr<const InterfaceCatalogue> catalogue, QualityModel model);
    ~QualityRecompute();

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    /** Checked between uploads; when set, compute() and rewrite() stop and fail with cancelled(). */
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }

    /**
     * The numbers of the CST month holding \a month (of \a companyId, or every company with uploads in it),
     * keyed by company; nothing on error or cancel.
     */
    std::optional<QHash<QString, QualityTally>> compute(const QualityPeriod &month,
                                                        const QString &companyId = {});
    /** Recomputes and replaces the stored numbers of the month (QualityStore rows) in one transaction. */
    bool rewrite(const QualityPeriod &month, const QString &companyId = {});

    /** Companies with uploads in the CST month (upload_batch or quarantine), sorted. */
    QStringList companies(const QualityPeriod &month);

    DatabaseError error() const { return m_error; }
    bool cancelled() const { return m_cancelled; }
    /** Records read by the last run. */
    qint64 recordsRead() const { return m_read; }
    /** Quarantined records of the last run that could not be decoded again (left out). */
    qint64 undecodable() const { return m_undecodable; }

private:
    struct Impl;
    using Sink = std::function<DatabaseError(const QList<QualityOutcome> &outcomes)>;
    bool run(const QualityPeriod &month, const QString &companyId, const Sink &sink);
    bool runCompany(const QString &companyId, qint64 startMs, qint64 endMs, const Sink &sink);

    Database &m_db;
    std::shared_ptr<const InterfaceCatalogue> m_catalogue;
    QualityModel m_model;
    std::unique_ptr<Impl> m_impl;
    Progress m_progress;
    const std::atomic<bool> *m_cancel = nullptr;
    DatabaseError m_error;
    bool m_cancelled = false;
    qint64 m_read = 0;
    qint64 m_total = 0;
    qint64 m_reported = 0;
    qint64 m_undecodable = 0;
};

} // namespace rw
