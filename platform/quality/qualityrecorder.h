#pragma once

#include "permitregistrycheck.h"
#include "qualitystore.h"
#include "vehiclebaseinfoquery.h"

#include "quality/qualitycrosschecks.h"
#include "quality/qualityevaluator.h"
#include "quality/qualityoutcome.h"
#include "storage/databaseerror.h"
#include "storage/ingestbatch.h"
#include "storage/storeresult.h"

#include <QList>

namespace rw {

class Database;

/**
 * \brief The commit stage of the quality evaluation (DESIGN §6), on the ingest thread: completes the
 * outcomes the CPU stage judged (IngestPipeline::prepare) with the company and the stored ids, runs the
 * cross-record rules (QualityCrossChecks with the permit registry and the received base-info) in ingest
 * order, and adds the numbers to the QualityStore — inside the upload's transaction
 * (RecordStore::BeforeCommit), so records and numbers commit or fail together.
 *
 * Order within an upload: its accepted records (rw_id order), then its rejected ones (quarantine id
 * order); cross-record rules read accepted records only (a quarantined record already fails conformance
 * or completeness, and its values are not trusted). QualityRecompute follows the same order.
 *
 * After the transaction: committed() or rolledBack() (which undoes the cross-record state and forgets the
 * store's cached sample counts).
 */
class QualityRecorder
{
public:
    QualityRecorder(Database &db, QualityModel model);

    const QualityModel &model() const { return m_store.model(); }
    QualityStore &store() { return m_store; }

    /**
     * Inside the transaction of \a batch: \a accepted and \a rejected are the prepared outcomes, parallel to
     * batch.accepted / batch.rejected; \a stored holds the ids.
     */
    DatabaseError record(const IngestBatch &batch, QList<QualityOutcome> accepted,
                         QList<QualityOutcome> rejected, const StoreResult &stored);
    /**
     * A body refused whole (RecordStore::storeRejectedBody, quarantine row \a quarantineId): one record of
     * \a ipcType failing conformance.decodable (QualityEvaluator::evaluateUndecodable()).
     */
    DatabaseError recordUndecodable(const QString &companyId, const QString &ipcType, qint64 receivedMs,
                                    qint64 quarantineId);

    void committed();
    void rolledBack();

private:
    QualityEvaluator m_evaluator;
    QualityStore m_store;
    PermitRegistryCheck m_permits;
    VehicleBaseInfoQuery m_baseInfo;
    QualityCrossChecks m_cross;
};

} // namespace rw
