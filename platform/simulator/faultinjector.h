#pragma once

#include "simrandom.h"
#include "simrecord.h"

#include <QStringList>

namespace rw {

/**
 * \brief Spoils single records on purpose: a required field left out, a malformed field, a 1970 time.
 *
 * Each function records what it did in the SimRecord (fault, malformation, faultField) so that tests
 * can check that the platform reports exactly that field and rule. CompanyId is never touched: a
 * record with a foreign CompanyId is an identity problem, not a data-quality one.
 */
class FaultInjector
{
public:
    /** The spec's required fields of \a ipcType (platform-interface.md §5), CompanyId excluded. */
    static QStringList requiredFields(QStringView ipcType);

    /** Seed 000 Art. 15(一): removes one required field. False if the record has none to remove. */
    static bool removeRequired(SimRecord &record, SimRandom &rng);

    /** Seed 000 Art. 15(二): one field too long, of the wrong type, with a bad code or a bad date. */
    static bool malform(SimRecord &record, SimRandom &rng);

    /** Sets the record's business-time field to a moment on 1 January 1970. */
    static bool setEpoch(SimRecord &record, SimRandom &rng);

    /** Maximum length of the text fields TooLong may stretch (Vn/Fn of the spec). */
    static int textLength(QStringView field);
};

} // namespace rw
