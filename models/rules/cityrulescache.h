#pragma once

#include "cityrules.h"

#include <QHash>
#include <QString>

#include <memory>

namespace rw {

/**
 * \brief The built-in rules of each region, loaded once on first use and kept: parsing a rules file with
 * its city boundary is not free, and the compiled-in files do not change while the process runs.
 *
 * Not thread-safe: one per thread (the alert monitor's, the HTTP thread's).
 */
class CityRulesCache
{
public:
    /** The rules of \a regionCode, or nullptr when none are built in (or they cannot be read: warned once).
     */
    const CityRules *rulesFor(const QString &regionCode);

private:
    QHash<QString, std::shared_ptr<const CityRules>> m_rules; //!< by region; null: none for it
};

} // namespace rw
