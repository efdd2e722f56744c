#include "badrecordstore.h"

#include "domain/clock.h"
#include "permits/permitstore.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "storage/transaction.h"

#include <QTimeZone>

#include <optional>

using namespace Qt::StringLiterals;

namespace rw {

namespace {

const QString kColumns = u"id, subject, region_code, plate, licence, name, certificate, reason, added_by, "
                         "added_ms, until_day, removed_by, removed_ms, remove_reason"_s;

QString text(const Statement &row, int column)
{
    return row.isNull(column) ? QString() : row.columnText(column);
}

QDateTime moment(const Statement &row, int column)
{
    return row.isNull(column) ? QDateTime()
                              : QDateTime::fromMSecsSinceEpoch(row.columnInt64(column), QTimeZone::utc());
}

/** The key column of \a subject and its partial index's condition. */
QString keyCondition(BadRecord::Subject subject)
{
    return subject == BadRecord::Subject::Vehicle ? u"plate = ?1 AND subject = 'vehicle'"_s
                                                  : u"licence = ?1 AND subject = 'driver'"_s;
}

QString normalisedKey(BadRecord::Subject subject, const QString &key)
{
    return subject == BadRecord::Subject::Vehicle ? BadRecord::normalisedPlate(key) : key.trimmed();
}

} // namespace

BadRecordStore::BadRecordStore(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
{}

QDate BadRecordStore::today() const
{
    return BadRecord::chinaDate(m_clock.now());
}

bool BadRecordStore::fail(Failure failure, const QString &message)
{
    m_failure = failure;
    m_message = message;
    return false;
}

bool BadRecordStore::failDatabase(const DatabaseError &error)
{
    m_error = error;
    return fail(Failure::Database, error.toString());
}

BadRecord BadRecordStore::read(const Statement &row, const QDate &today) const
{
    BadRecord r;
    r.id = row.columnInt64(0);
    r.subject = BadRecord::subjectFromKey(row.columnText(1)).value_or(BadRecord::Subject::Vehicle);
    r.regionCode = row.columnText(2);
    r.plate = text(row, 3);
    r.licence = text(row, 4);
    r.name = text(row, 5);
    r.certificate = text(row, 6);
    r.reason = text(row, 7);
    r.addedBy = text(row, 8);
    r.addedAt = moment(row, 9);
    if (!row.isNull(10))
        r.until = PermitStore::fromDayNumber(row.columnInt64(10));
    r.removedBy = text(row, 11);
    r.removedAt = moment(row, 12);
    r.removeReason = text(row, 13);
    r.active = r.isActiveOn(today);
    return r;
}

QList<BadRecord> BadRecordStore::readAll(Statement &statement, const RegionScope *scope, bool activeOnly)
{
    QList<BadRecord> result;
    const QDate day = today();
    while (statement.step()) {
        BadRecord r = read(statement, day);
        if (scope && !scope->covers(r.regionCode))
            continue;
        if (activeOnly && !r.active)
            continue;
        result.append(std::move(r));
    }
    if (statement.hasError())
        failDatabase(statement.error());
    return result;
}

std::optional<BadRecord> BadRecordStore::add(const BadRecord &draft, const AuditHook &audit)
{
    m_failure = Failure::None;
    m_message.clear();
    m_error = {};
    BadRecord r = draft;
    r.id = 0;
    r.plate = r.subject == BadRecord::Subject::Vehicle ? BadRecord::normalisedPlate(draft.plate) : QString();
    r.licence = r.subject == BadRecord::Subject::Driver ? draft.licence.trimmed() : QString();
    r.reason = draft.reason.trimmed();
    r.removedBy.clear();
    r.removedAt = {};
    r.removeReason.clear();
    const QDate day = today();

    // Seed 002 Art. 34: the list is the city's; an entry names the subject, the reason and who made it.
    if (!RegionScope::isValidCode(r.regionCode)) {
        fail(Failure::Invalid, tr("regionCode: \"%1\" is not a six-digit region code").arg(r.regionCode));
        return std::nullopt;
    }
    const QString keyField = r.subject == BadRecord::Subject::Vehicle ? u"plate"_s : u"licence"_s;
    const QString key = r.key();
    if (key.isEmpty()) {
        fail(Failure::Invalid, tr("%1: a %2 is listed by its %1, which is empty")
                                   .arg(keyField, BadRecord::subjectKey(r.subject)));
        return std::nullopt;
    }
    if (key.size() > MaxKeyLength) {
        fail(Failure::Invalid, tr("%1: \"%2\" has %3 characters, at most %4 are allowed")
                                   .arg(keyField, key)
                                   .arg(key.size())
                                   .arg(MaxKeyLength));
        return std::nullopt;
    }
    if (r.reason.isEmpty()) {
        fail(Failure::Invalid,
             tr("reason: an entry on the bad-record list needs a reason (seed 002 Art. 34)"));
        return std::nullopt;
    }
    if (r.reason.size() > MaxReasonLength) {
        fail(Failure::Invalid,
             tr("reason: %1 characters, at most %2 are allowed").arg(r.reason.size()).arg(MaxReasonLength));
        return std::nullopt;
    }
    if (r.until.isValid() && r.until < day) {
        fail(Failure::Invalid, tr("until: %1 lies before today (%2, China Standard Time)")
                                   .arg(r.until.toString(Qt::ISODate), day.toString(Qt::ISODate)));
        return std::nullopt;
    }
    if (r.addedBy.isEmpty()) {
        fail(Failure::Invalid, tr("addedBy: the account that lists the subject is missing"));
        return std::nullopt;
    }

    std::optional<Transaction> transaction;
    if (!m_db.inTransaction()) {
        transaction.emplace(m_db);
        if (!transaction->isActive()) {
            failDatabase(transaction->error());
            return std::nullopt;
        }
    }
    {
        Statement existing = m_db.prepare(u"SELECT id FROM bad_record WHERE %1 AND region_code = ?2 AND "
                                          "removed_ms IS NULL AND (until_day IS NULL OR until_day >= ?3) "
                                          "LIMIT 1"_s.arg(keyCondition(r.subject)),
                                          tr("look for an active bad record"), Database::Reuse::Often);
        existing.bind(1, key);
        existing.bind(2, r.regionCode);
        existing.bind(3, PermitStore::dayNumber(day));
        if (existing.step()) {
            fail(Failure::Conflict, tr("%1 \"%2\" is already on the bad-record list of %3 (entry %4)")
                                        .arg(keyField, key, r.regionCode)
                                        .arg(existing.columnInt64(0)));
            return std::nullopt;
        }
        if (existing.hasError()) {
            failDatabase(existing.error());
            return std::nullopt;
        }
    }
    r.addedAt = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), QTimeZone::utc());
    Statement insert = m_db.prepare(
        u"INSERT INTO bad_record (subject, region_code, plate, licence, name, certificate, reason, added_by, "
        "added_ms, until_day) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) RETURNING id"_s,
        tr("add a bad record"));
    insert.bind(1, BadRecord::subjectKey(r.subject));
    insert.bind(2, r.regionCode);
    insert.bind(3, r.plate);
    insert.bind(4, r.licence);
    insert.bind(5, r.name);
    insert.bind(6, r.certificate);
    insert.bind(7, r.reason);
    insert.bind(8, r.addedBy);
    insert.bind(9, r.addedAt.toMSecsSinceEpoch());
    insert.bind(10, PermitStore::dayNumber(r.until));
    if (!insert.step()) {
        failDatabase(insert.error());
        return std::nullopt;
    }
    r.id = insert.columnInt64(0);
    while (insert.step()) {
    }
    if (insert.hasError()) {
        failDatabase(insert.error());
        return std::nullopt;
    }
    r.active = r.isActiveOn(day);
    if (audit && !audit(r)) {
        if (transaction)
            transaction->rollback();
        fail(Failure::Audit, tr("the audit trail cannot be written, so the bad record was not added"));
        return std::nullopt;
    }
    if (transaction && !transaction->commit()) {
        failDatabase(transaction->error());
        return std::nullopt;
    }
    Q_EMIT changed(r.id);
    return r;
}

std::optional<BadRecord> BadRecordStore::remove(qint64 id, const QString &by, const QString &reason,
                                                const AuditHook &audit)
{
    m_failure = Failure::None;
    m_message.clear();
    m_error = {};
    const QString why = reason.trimmed();
    if (why.isEmpty()) {
        fail(Failure::Invalid, tr("reason: removing bad record %1 needs a reason").arg(id));
        return std::nullopt;
    }
    if (why.size() > MaxReasonLength) {
        fail(Failure::Invalid,
             tr("reason: %1 characters, at most %2 are allowed").arg(why.size()).arg(MaxReasonLength));
        return std::nullopt;
    }
    if (by.isEmpty()) {
        fail(Failure::Invalid, tr("removedBy: the account that removes bad record %1 is missing").arg(id));
        return std::nullopt;
    }
    std::optional<Transaction> transaction;
    if (!m_db.inTransaction()) {
        transaction.emplace(m_db);
        if (!transaction->isActive()) {
            failDatabase(transaction->error());
            return std::nullopt;
        }
    }
    std::optional<BadRecord> r = find(id);
    if (!r) {
        if (m_failure == Failure::None)
            fail(Failure::NotFound, tr("there is no bad record %1").arg(id));
        return std::nullopt;
    }
    if (r->isRemoved()) {
        fail(Failure::AlreadyRemoved, tr("bad record %1 was removed already, by %2 on %3")
                                          .arg(id)
                                          .arg(r->removedBy, BadRecord::momentJson(r->removedAt).toString()));
        return std::nullopt;
    }
    r->removedBy = by;
    r->removedAt = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), QTimeZone::utc());
    r->removeReason = why;
    r->active = false;
    Statement update =
        m_db.prepare(u"UPDATE bad_record SET removed_by = ?2, removed_ms = ?3, remove_reason = ?4 "
                     "WHERE id = ?1 AND removed_ms IS NULL"_s,
                     tr("remove bad record %1").arg(id));
    update.bind(1, id);
    update.bind(2, r->removedBy);
    update.bind(3, r->removedAt.toMSecsSinceEpoch());
    update.bind(4, r->removeReason);
    update.step();
    if (update.hasError()) {
        failDatabase(update.error());
        return std::nullopt;
    }
    if (audit && !audit(*r)) {
        if (transaction)
            transaction->rollback();
        fail(Failure::Audit,
             tr("the audit trail cannot be written, so bad record %1 was not removed").arg(id));
        return std::nullopt;
    }
    if (transaction && !transaction->commit()) {
        failDatabase(transaction->error());
        return std::nullopt;
    }
    Q_EMIT changed(id);
    return r;
}

std::optional<BadRecord> BadRecordStore::find(qint64 id)
{
    Statement s = m_db.prepare(u"SELECT %1 FROM bad_record WHERE id = ?1"_s.arg(kColumns),
                               tr("read bad record %1").arg(id));
    s.bind(1, id);
    if (s.step())
        return read(s, today());
    if (s.hasError())
        failDatabase(s.error());
    return std::nullopt;
}

QList<BadRecord> BadRecordStore::list(const RegionScope &scope, bool activeOnly)
{
    m_error = {};
    if (scope.isNone())
        return {};
    // A city's list is short (hundreds): read the scope's regions, judge "active" on today's date here.
    Statement s = m_db.prepare(
        u"SELECT %1 FROM bad_record WHERE region_code >= ?1 AND region_code < ?2 ORDER BY id DESC"_s.arg(
            kColumns),
        tr("list the bad records"));
    // The codes a scope covers start with its code's significant digits (RegionScope).
    const QString code = scope.code();
    const int significant = scope.level() == RegionScope::Level::Province     ? 2
                            : scope.level() == RegionScope::Level::Prefecture ? 4
                                                                              : 6;
    const QString prefix = code.left(significant);
    s.bind(1, prefix);
    s.bind(2, prefix + QChar(0xFFFF));
    return readAll(s, &scope, activeOnly);
}

QList<BadRecord> BadRecordStore::entriesOf(BadRecord::Subject subject, const QString &key,
                                           const RegionScope &scope)
{
    m_error = {};
    Statement s = m_db.prepare(
        u"SELECT %1 FROM bad_record WHERE %2 ORDER BY id DESC"_s.arg(kColumns, keyCondition(subject)),
        tr("read the bad records of one subject"), Database::Reuse::Often);
    s.bind(1, normalisedKey(subject, key));
    return readAll(s, &scope, false);
}

bool BadRecordStore::isListed(BadRecord::Subject subject, const QString &key, const RegionScope &scope)
{
    m_error = {};
    const QString normalised = normalisedKey(subject, key);
    if (normalised.isEmpty())
        return false;
    Statement s = m_db.prepare(u"SELECT region_code FROM bad_record WHERE %1 AND removed_ms IS NULL AND "
                               "(until_day IS NULL OR until_day >= ?2)"_s.arg(keyCondition(subject)),
                               tr("look up the bad-record list"), Database::Reuse::Often);
    s.bind(1, normalised);
    s.bind(2, PermitStore::dayNumber(today()));
    while (s.step()) {
        if (scope.covers(s.columnText(0)))
            return true;
    }
    if (s.hasError())
        failDatabase(s.error());
    return false;
}

QList<BadRecord> BadRecordStore::current()
{
    m_error = {};
    Statement s =
        m_db.prepare(u"SELECT %1 FROM bad_record WHERE removed_ms IS NULL AND (until_day IS NULL OR "
                     "until_day >= ?1) ORDER BY id"_s.arg(kColumns),
                     tr("read the bad-record lists"));
    s.bind(1, PermitStore::dayNumber(today()));
    return readAll(s, nullptr, false);
}

} // namespace rw
