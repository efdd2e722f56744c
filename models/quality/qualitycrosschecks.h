#pragma once

#include "orderpermitcheck.h"
#include "positionjumpcheck.h"
#include "tripconsistencycheck.h"
#include "vehiclebaseinfocheck.h"

namespace rw {

/**
 * \brief The cross-record quality rules, run in ingest order after the single-record QualityEvaluator:
 * PositionJumpCheck, OrderPermitCheck and TripConsistencyCheck (Art. 15(四)), and the expected-record
 * coverage of TripConsistencyCheck and VehicleBaseInfoCheck (Art. 15(一)), grouped per upload like its
 * transaction.
 *
 * Used the same way at ingest (QualityRecorder, on the ingest thread) and by a recompute from the raw
 * records (QualityRecompute): begin(), apply() to each record of an upload in order, commit() once it is
 * stored or rollback() if it was not. Not thread-safe.
 */
class QualityCrossChecks
{
public:
    QualityCrossChecks(const QualityModel &model, OrderPermitCheck::Lookup permits,
                       VehicleBaseInfoCheck::Lookup baseInfo = {}, int maxVehicles = 100000);

    /** Before the records of upload \a batchId (upload_batch.id; ids follow ingest order). */
    void begin(qint64 batchId)
    {
        m_jumps.begin();
        m_trips.begin();
        m_baseInfo.begin(batchId);
    }
    /**
     * Applies the rules to \a record's \a outcome. Does not fill its recordKey: the caller builds it
     * (QualityEvaluator::recordKey()) only for the records kept as samples, as most failures are not.
     */
    void apply(const Record &record, QualityOutcome &outcome);
    void commit()
    {
        m_jumps.commit();
        m_trips.commit();
        m_baseInfo.commit();
    }
    void rollback()
    {
        m_jumps.rollback();
        m_trips.rollback();
        m_baseInfo.rollback();
    }

    const PositionJumpCheck &positionJumps() const { return m_jumps; }

private:
    PositionJumpCheck m_jumps;
    OrderPermitCheck m_permits;
    TripConsistencyCheck m_trips;
    VehicleBaseInfoCheck m_baseInfo;
};

} // namespace rw
