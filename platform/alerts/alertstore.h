#pragma once

#include "rules/alertrecord.h"
#include "security/regionscope.h"
#include "storage/databaseerror.h"

#include <QCoreApplication>
#include <QList>

namespace rw {

class Database;

/**
 * \brief The alert table of the platform database (resources/sql/platform/0003_alerts.sql).
 *
 * Writes come from one connection only, the AlertMonitor's: every insert and update takes the next
 * revision, so a reader asking for changes since a revision misses none. The partial unique index
 * refuses a second open alert for the same (kind, company, subject). Not thread-safe: use it on the
 * thread of its Database.
 */
class AlertStore
{
    Q_DECLARE_TR_FUNCTIONS(rw::AlertStore)

public:
    static constexpr int MaxLimit = 1000;

    explicit AlertStore(Database &db);

    /** The key an alert is unique by while open: the plate, the driver's licence or the order. */
    static QString subjectOf(const AlertRecord &alert);

    /** Stores a new open alert; sets its id and revision. False on error (a duplicate open alert too). */
    [[nodiscard]] bool insert(AlertRecord *alert);
    /** Writes lastSeenMs, detail, article and ruleId of \a alert with a new revision (set in \a alert). */
    [[nodiscard]] bool update(AlertRecord *alert);
    /** Closes \a alert at \a closedMs with a new revision. */
    [[nodiscard]] bool close(AlertRecord *alert, qint64 closedMs);

    /** Every open alert (for the monitor's restart). */
    QList<AlertRecord> openAlerts();
    /**
     * Alerts changed after revision \a since within \a scope, oldest change first, at most \a limit
     * (1..MaxLimit). An empty scope (Level::None) sees nothing.
     */
    QList<AlertRecord> changesSince(qint64 since, int limit, const RegionScope &scope);
    /** The highest revision (0 for none), or -1 on error. */
    qint64 latestRevision();

    DatabaseError error() const { return m_error; }

private:
    bool fail(const DatabaseError &error);

    Database &m_db;
    DatabaseError m_error;
};

} // namespace rw
