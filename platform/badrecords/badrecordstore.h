#pragma once

#include "badrecords/badrecord.h"
#include "security/regionscope.h"
#include "storage/databaseerror.h"

#include <QList>
#include <QObject>

#include <functional>
#include <optional>

namespace rw {

class Clock;
class Database;
class Statement;

/**
 * \brief The cities' bad-record lists (不良记录名单, seed 002 Art. 34) in the platform's database (table
 * bad_record, migration 0006_bad_records).
 *
 * A vehicle is listed by its plate (normalised), a driver by the licence number companies upload as
 * LicenseId. An entry is active from the moment it is added until it is removed or the day after its
 * optional until date (China Standard Time: on 2027-05-31 23:59:59+08:00 an entry "until 2027-05-31" is
 * still active, a second later it is not). Removing keeps the row with who removed it, when and why.
 * A region holds at most one active entry per subject; other regions may list the same subject.
 *
 * add() and remove() write in one transaction with \a audit (the caller's audit record, e.g.
 * AccountService::audit): nothing changes unless the audit record is written (L3-CES1-15). After the
 * commit, changed() tells whoever keeps a copy (the AlertMonitor, on its own thread: queued). Called inside
 * a transaction of the caller's, they write into it and signal at once, before the caller commits: a copy
 * read then may miss the change until the next one (the API never does this).
 *
 * Uses its connection's thread only (see Database).
 */
class BadRecordStore : public QObject
{
    Q_OBJECT

public:
    /** Why add() or remove() did nothing. */
    enum class Failure {
        None,
        Invalid,        //!< a field is missing or wrong (message() names it)
        Conflict,       //!< the subject is already on the region's list
        NotFound,       //!< no entry with that id
        AlreadyRemoved, //!< the entry was removed before
        Audit,          //!< the audit record could not be written: nothing was changed
        Database,       //!< SQLite failed (error())
    };

    static constexpr int MaxKeyLength = 32; //!< plate and LicenseId are V32 in the spec
    static constexpr int MaxReasonLength = 500;

    /** The schema must be migrated (SchemaMigrator::platform()); \a clock judges "today" and stamps changes.
     */
    BadRecordStore(Database &db, const Clock &clock, QObject *parent = nullptr);

    /** Writes the audit record of a change; false if it could not be written (the change is undone). */
    using AuditHook = std::function<bool(const BadRecord &record)>;

    /**
     * Lists \a draft's subject (plate or licence, normalised here), reason, until, regionCode, addedBy,
     * name and certificate; the id and addedAt are assigned. The entry as stored, or nothing (failure()).
     */
    std::optional<BadRecord> add(const BadRecord &draft, const AuditHook &audit = {});
    /** Removes entry \a id by \a by with \a reason (required); the row stays. */
    std::optional<BadRecord> remove(qint64 id, const QString &by, const QString &reason,
                                    const AuditHook &audit = {});

    /** The entry \a id, removed or not; nothing if there is none (or on error). */
    std::optional<BadRecord> find(qint64 id);
    /** The entries of regions within \a scope, newest first; only the active ones if \a activeOnly. */
    QList<BadRecord> list(const RegionScope &scope, bool activeOnly);
    /** Every entry ever made for \a key (a plate or a licence) within \a scope, newest first. */
    QList<BadRecord> entriesOf(BadRecord::Subject subject, const QString &key, const RegionScope &scope);
    /** Whether \a key is on an active entry of a region within \a scope today. */
    bool isListed(BadRecord::Subject subject, const QString &key, const RegionScope &scope);
    /**
     * Every entry of every region active today, until dates included (for the AlertMonitor's copy, which
     * judges the day boundary itself), oldest first.
     */
    QList<BadRecord> current();

    /** Today in China Standard Time, by the clock. */
    QDate today() const;

    Failure failure() const { return m_failure; }
    /** Translated, naming the field, rule and value; empty after success. */
    QString message() const { return m_message; }
    DatabaseError error() const { return m_error; }

Q_SIGNALS:
    /** Entry \a id was added or removed (emitted after the commit). */
    void changed(qint64 id);

private:
    bool fail(Failure failure, const QString &message);
    bool failDatabase(const DatabaseError &error);
    QList<BadRecord> readAll(Statement &statement, const RegionScope *scope, bool activeOnly);
    BadRecord read(const Statement &row, const QDate &today) const;

    Database &m_db;
    const Clock &m_clock;
    Failure m_failure = Failure::None;
    QString m_message;
    DatabaseError m_error;
};

} // namespace rw
