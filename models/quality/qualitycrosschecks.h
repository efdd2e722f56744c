#pragma once

#include "orderpermitcheck.h"
#include "positionjumpcheck.h"
#include "tripconsistencycheck.h"

namespace rw {

/**
 * \brief The cross-record quality rules (Art. 15(四)), run in ingest order after the single-record
 * QualityEvaluator: PositionJumpCheck, OrderPermitCheck and TripConsistencyCheck, grouped per upload like its
 * transaction.
 *
 * Used the same way at ingest (QualityRecorder, on the ingest thread) and by a recompute from the raw
 * records (QualityRecompute): begin(), apply() to each record of an upload in order, commit() once it is
 * stored or rollback() if it was not. Not thread-safe.
 */
class QualityCrossChecks
{
public:
    QualityCrossChecks(const QualityModel &model, OrderPermitCheck::Lookup permits, int maxVehicles = 100000);

    void begin()
    {
        m_jumps.begin();
        m_trips.begin();
    }
    /** Applies the rules to \a record's \a outcome; fills its recordKey if a rule failed and it has none. */
    void apply(const Record &record, QualityOutcome &outcome);
    void commit()
    {
        m_jumps.commit();
        m_trips.commit();
    }
    void rollback()
    {
        m_jumps.rollback();
        m_trips.rollback();
    }

    const PositionJumpCheck &positionJumps() const { return m_jumps; }

private:
    PositionJumpCheck m_jumps;
    OrderPermitCheck m_permits;
    TripConsistencyCheck m_trips;
};

} // namespace rw
