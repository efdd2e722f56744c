#pragma once

#include "permitsearch.h"
#include "rules/cityrulescache.h"
#include "security/regionscope.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace rw {

class BadRecordStore;

/**
 * \brief One permit hit as the lookup contract has it (docs/lookup-contracts.md), for the permit search and
 * the registry download alike, so the offline cache holds what an online search shows:
 * {"kind", "matchedOn", "valid", "permit", "findings", "badRecord"}.
 *
 * Validity and findings are judged at \a asOf on the unmasked permit (a driver's age comes from the ID
 * number), by the built-in rules of the permit's region; "badRecord" is whether the plate or the driver's
 * licence is on an active entry of the city's list within the caller's scope (seed 002 Art. 34).
 *
 * Uses its connection's thread only (the HTTP thread).
 */
class PermitHitWriter
{
public:
    /** \a badRecords may be null: "badRecord" is then left out (not reported). */
    explicit PermitHitWriter(BadRecordStore *badRecords);

    QJsonObject toJson(const PermitSearchHit &hit, bool reveal, const QDateTime &asOf,
                       const RegionScope &scope);

    /**
     * The findings of the rules of \a hit's region on its permit at \a asOf (RuleFinding::toJson()); empty
     * for a company or a region without rules. \a extraFacts: facts the permit does not carry.
     */
    QJsonArray findingsOf(const PermitSearchHit &hit, const QDateTime &asOf,
                          const QVariantHash &extraFacts = {});

private:
    BadRecordStore *m_badRecords;
    CityRulesCache m_rules;
};

} // namespace rw
