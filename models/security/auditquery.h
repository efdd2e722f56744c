#pragma once

#include "auditentry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace rw {

/**
 * \brief What the audit administrator looks for in the audit trail (GB/T 22239-2019 §8.1.5: the
 * audit administrator analyses and queries the audit records): AuditStore::search() and count().
 *
 * Every filter is optional; those given must all match:
 *  - \a from ≤ at < \a to (UTC; an invalid QDateTime leaves that end open);
 *  - \a actor: exactly this user name (case-sensitive, as stored);
 *  - \a action: exactly this action ("login"), or with a trailing '*' every action that starts with
 *    what precedes it ("account.*"); a '*' anywhere else is an ordinary character;
 *  - \a outcome;
 *  - \a text: a substring of the target or of the peer, ASCII letters in either case (SQLite LIKE);
 *  - \a beforeSeq / \a afterSeq: only entries with seq < beforeSeq / seq > afterSeq (0: no bound),
 *    for paging newest-first and oldest-first.
 * At most \a limit entries come back (1 to MaxLimit), in \a order.
 */
struct AuditQuery
{
    Q_DECLARE_TR_FUNCTIONS(rw::AuditQuery)

public:
    static constexpr int DefaultLimit = 100;
    static constexpr int MaxLimit = 1000;

    enum class Order { NewestFirst, OldestFirst };

    QDateTime from;
    QDateTime to;
    QString actor;
    QString action;
    std::optional<AuditEntry::Outcome> outcome;
    QString text;
    qint64 beforeSeq = 0;
    qint64 afterSeq = 0;
    int limit = DefaultLimit;
    Order order = Order::NewestFirst;

    /** Whether \a action ends in '*' (a prefix match) rather than naming one action. */
    bool actionIsPrefix() const { return action.endsWith(QLatin1Char('*')); }
    /** The prefix of a prefix match ("account." for "account.*"). */
    QString actionPrefix() const { return actionIsPrefix() ? action.chopped(1) : QString(); }

    /** One translated line per bad setting, naming it and its value; empty when the query can run. */
    QStringList validate() const;

    /** Whether \a entry passes the filters (not the paging bounds' limit): what search() selects. */
    bool matches(const AuditEntry &entry) const;

    /**
     * The filters that are set, by their /api/v1/audit parameter names ("from", "to" as ISO 8601
     * UTC, "actor", "action", "outcome", "text", "before"), for the audit record of a search.
     */
    QJsonObject filtersJson() const;
};

} // namespace rw
