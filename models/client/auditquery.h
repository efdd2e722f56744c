#pragma once

#include "security/auditentry.h"

#include <QDateTime>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace rw {

/**
 * \brief A search of the audit log (GET /api/v1/audit and /api/v1/audit/export): every condition
 * that is set must hold. Times are inclusive instants; the platform answers newest first.
 */
struct AuditQuery
{
    static constexpr int MaximumLimit = 1000; //!< the platform's ceiling for one page
    static constexpr int DefaultLimit = 200;

    QDateTime from; //!< invalid: no lower bound
    QDateTime to;   //!< invalid: no upper bound
    QString actor;  //!< exact user name
    QString action; //!< exact ("login"), or a prefix with a trailing * ("account.*")
    std::optional<AuditEntry::Outcome> outcome;
    QString text;      //!< free text in the target, the peer and the details
    qint64 before = 0; //!< paging: only entries with seq < before; 0 = from the newest
    int limit = DefaultLimit;

    bool hasFilter() const
    {
        return from.isValid() || to.isValid() || !actor.isEmpty() || !action.isEmpty() || outcome ||
               !text.isEmpty();
    }

    /**
     * The query string: from/to as ISO 8601 UTC with milliseconds, the text fields trimmed, empty
     * ones left out. \a paging adds before and limit (the export takes neither).
     */
    QUrlQuery toUrlQuery(bool paging = true) const;

    friend bool operator==(const AuditQuery &, const AuditQuery &) = default;
};

} // namespace rw
