#pragma once

#include <QDateTime>
#include <QJsonObject>

namespace rw {

/**
 * \brief A lookup answered from the officer's offline cache (issue 5, "works offline"): the answer in the
 * shape of GET /api/v1/permits/search (docs/lookup-contracts.md), and when the platform gave it.
 */
struct CachedLookup
{
    QJsonObject answer; //!< {"queryClass", "hits": […], "truncated", "revealed": false, "asOf"}
    QDateTime cachedAt; //!< when the platform answered it, or when the registry snapshot was taken
};

} // namespace rw
