#pragma once

#include "security/auditentry.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace rw {

/**
 * \brief One page of an audit log search (GET /api/v1/audit): entries newest first, and where the
 * next, older page starts.
 */
struct AuditLogPage
{
    Q_DECLARE_TR_FUNCTIONS(rw::AuditLogPage)

public:
    QList<AuditEntry> entries; //!< without prevMac and mac: the platform keeps those to itself
    qint64 nextBefore = 0;     //!< pass as AuditQuery::before for the next page; 0: no older entries

    bool hasMore() const { return nextBefore > 0; }

    /**
     * Reads {"entries":[{"seq","at"(ms UTC),"actor","role","peer","action","target","outcome",
     * "detail"}], "nextBefore": seq|null}; nothing (and \a error naming the entry and the field) if
     * an entry has no seq, time or known outcome.
     */
    static std::optional<AuditLogPage> fromJson(const QJsonObject &json, QString *error = nullptr);
    static std::optional<AuditEntry> entryFromJson(const QJsonObject &json, QString *error = nullptr);
};

} // namespace rw
