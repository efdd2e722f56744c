#include "qualityrecorder.h"

namespace rw {

QualityRecorder::QualityRecorder(Database &db, QualityModel model)
    : m_evaluator(model)
    , m_store(db, model)
    , m_permits(db)
    , m_baseInfo(db)
    , m_cross(model, m_permits.lookup(), m_baseInfo.lookup())
{}

DatabaseError QualityRecorder::record(const IngestBatch &batch, QList<QualityOutcome> accepted,
                                      QList<QualityOutcome> rejected, const StoreResult &stored)
{
    m_permits.clearCache(); // the registry may have changed since the last upload
    m_baseInfo.clearError();
    m_cross.begin(stored.batchId);
    // One list, in place: accepted then rejected (the order QualityRecompute reads them in).
    accepted.resize(qMin(qMin(accepted.size(), batch.accepted.size()), stored.acceptedIds.size()));
    const QString record = QStringLiteral("record");
    for (qsizetype i = 0; i < accepted.size(); ++i) {
        QualityOutcome &outcome = accepted[i];
        // The uploading company: a record in another's name is that company's quality, not the other's.
        // (prepare() already set it from the same string: then only the pointers are compared.)
        if (outcome.companyId.constData() != batch.companyId.constData())
            outcome.companyId = batch.companyId;
        outcome.source = record;
        outcome.rowId = stored.acceptedIds.at(i);
        outcome.receivedMs = batch.receivedMs;
        const Record &r = batch.accepted.at(i).record;
        m_cross.apply(r, outcome);
        if (!outcome.failedRules.isEmpty() && outcome.recordKey.isEmpty() && m_store.wantsSample(outcome))
            outcome.recordKey = QualityEvaluator::recordKey(r);
    }
    if (m_permits.error().isError())
        return m_permits.error();
    if (m_baseInfo.error().isError())
        return m_baseInfo.error();
    const qsizetype rejectedCount = qMin(rejected.size(), stored.quarantineIds.size());
    const QString quarantine = QStringLiteral("quarantine");
    for (qsizetype i = 0; i < rejectedCount; ++i) {
        QualityOutcome &outcome = rejected[i];
        if (outcome.companyId.constData() != batch.companyId.constData())
            outcome.companyId = batch.companyId;
        outcome.source = quarantine;
        outcome.rowId = stored.quarantineIds.at(i);
        outcome.receivedMs = batch.receivedMs;
        accepted.append(std::move(outcome));
    }
    return m_store.add(accepted);
}
DatabaseError QualityRecorder::recordUndecodable(const QString &companyId, const QString &ipcType,
                                                 qint64 receivedMs, qint64 quarantineId)
{
    m_cross.begin(0); // no record reaches the cross-record rules
    QualityOutcome outcome = m_evaluator.evaluateUndecodable(companyId, ipcType, receivedMs / 1000);
    outcome.source = QStringLiteral("quarantine");
    outcome.rowId = quarantineId;
    outcome.receivedMs = receivedMs;
    return m_store.add({outcome});
}

void QualityRecorder::committed()
{
    m_cross.commit();
}

void QualityRecorder::rolledBack()
{
    m_cross.rollback();
    m_store.forgetCachedCounts();
}

} // namespace rw
