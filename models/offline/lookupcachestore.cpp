#include "lookupcachestore.h"

#include "permits/permitquery.h"
#include "permits/companypermit.h"
#include "permits/driverpermit.h"
#include "permits/permitidentifiers.h"
#include "permits/personaldatamask.h"
#include "permits/vehiclepermit.h"
#include "security/crypto.h"
#include "storage/schemamigrator.h"
#include "storage/statement.h"
#include "storage/transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace rw {

namespace {

const QString Vehicle = u"vehicle"_s;
const QString Driver = u"driver"_s;
const QString Company = u"company"_s;

// The blind-indexed fields: a driver's personal identifiers (docs/lookup-contracts.md).
const QString IdField = u"idNumber"_s;
const QString LicenceField = u"licence"_s;
const QString NameField = u"name"_s;

// Version 1 of the cache's schema. A new version is a new Migration, never an edit of this one.
const char *const Schema = R"SQL(
CREATE TABLE keyring (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    salt        BLOB    NOT NULL,
    iterations  INTEGER NOT NULL,
    check_value BLOB    NOT NULL,
    digest      BLOB    NOT NULL
);
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value
) WITHOUT ROWID;
CREATE TABLE permit (
    id           INTEGER PRIMARY KEY,
    kind         TEXT    NOT NULL CHECK (kind IN ('company', 'vehicle', 'driver')),
    certificate  TEXT    NOT NULL,
    region_code  TEXT,
    plate        TEXT,
    vin          TEXT,
    company_id   TEXT,
    company_name TEXT,
    fetched_ms   INTEGER NOT NULL,
    generation   INTEGER,
    sealed       BLOB    NOT NULL,
    UNIQUE (kind, certificate)
);
CREATE INDEX permit_certificate ON permit (certificate);
CREATE INDEX permit_plate ON permit (plate) WHERE plate IS NOT NULL;
CREATE INDEX permit_vin ON permit (vin) WHERE vin IS NOT NULL;
CREATE INDEX permit_company_id ON permit (company_id) WHERE company_id IS NOT NULL;
CREATE INDEX permit_company_name ON permit (company_name) WHERE company_name IS NOT NULL;
CREATE INDEX permit_generation ON permit (generation) WHERE generation IS NOT NULL;
CREATE TABLE permit_index (
    permit INTEGER NOT NULL REFERENCES permit (id) ON DELETE CASCADE,
    field  TEXT    NOT NULL,
    digest BLOB    NOT NULL,
    source BLOB    NOT NULL,
    PRIMARY KEY (permit, field)
) WITHOUT ROWID;
CREATE INDEX permit_index_digest ON permit_index (digest);
CREATE TABLE answer (
    id          INTEGER PRIMARY KEY,
    query_key   BLOB    NOT NULL UNIQUE,
    query_class TEXT    NOT NULL,
    query       BLOB    NOT NULL,
    received_ms INTEGER NOT NULL,
    truncated   INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE answer_hit (
    answer     INTEGER NOT NULL REFERENCES answer (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    permit     INTEGER NOT NULL REFERENCES permit (id) ON DELETE CASCADE,
    matched_on TEXT    NOT NULL,
    PRIMARY KEY (answer, position)
) WITHOUT ROWID;
CREATE INDEX answer_hit_permit ON answer_hit (permit);
)SQL";

SchemaMigrator migrator()
{
    return SchemaMigrator({Migration{1, u"lookup cache"_s, QString::fromUtf8(Schema), {}}},
                          LookupCacheStore::ApplicationId);
}

/** Sorts after every text starting with the prefix (as PermitSearch does). */
QString prefixEnd(const QString &prefix)
{
    static const QString last = QString::fromUcs4(U"\U0010FFFF", 1);
    return prefix + last;
}

QString likeEscaped(QString text)
{
    return text.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
}

QDate dateOf(const QJsonObject &object, const QString &key)
{
    return QDate::fromString(object.value(key).toString(), Qt::ISODate);
}

/** A moment as the contracts write it: ISO 8601 in China Standard Time with its offset. */
QString cstText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toOffsetFromUtc(8 * 3600).toString(Qt::ISODate);
}

bool isClear(const QString &value)
{
    // PersonalDataMask writes "*" for every hidden character; no ID, licence or name holds one.
    return !value.isEmpty() && !value.contains(u'*');
}

QString rowKey(const QString &kind, const QString &certificate)
{
    return kind + u':' + certificate;
}

FieldCipher::Place permitPlace(const QString &key)
{
    return {u"permit"_s, u"sealed"_s, key};
}

FieldCipher::Place indexPlace(const QString &key, const QString &field)
{
    return {u"permit_index"_s, u"source"_s, key + u'/' + field};
}

FieldCipher::Place answerPlace(const QByteArray &queryKey)
{
    return {u"answer"_s, u"query"_s, QString::fromLatin1(queryKey.toHex())};
}

bool isKnownKind(const QString &kind)
{
    return kind == Vehicle || kind == Driver || kind == Company;
}

} // namespace

LookupCacheStore::LookupCacheStore(int iterations)
    : m_iterations(qMax(iterations, CacheKey::MinimumIterations))
{}

LookupCacheStore::~LookupCacheStore()
{
    close();
}

LookupCacheStore::Outcome LookupCacheStore::fail(Status status, const QString &message)
{
    return {status, message};
}

LookupCacheStore::Outcome LookupCacheStore::storageFailure(const DatabaseError &error)
{
    return {Status::StorageFailure, error.toString()};
}

Statement &LookupCacheStore::statement(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements
                 .emplace(sql, m_db.prepare(sql, tr("use the offline lookup cache"), Database::Reuse::Often))
                 .first;
    it->second.reset();
    it->second.clearBindings();
    return it->second;
}

LookupCacheStore::Outcome LookupCacheStore::open(const QString &path, const QString &password)
{
    close();
    DatabaseOptions options;
    options.synchronous =
        DatabaseOptions::Synchronous::Normal; // a cache: a power loss may lose the last page
    options.pageSize = 4096;
    options.cacheSizeKiB = 4096;
    options.walAutoCheckpointPages = 1000;
    const bool existed = QFileInfo::exists(path);
    if (!m_db.open(path, options)) {
        const DatabaseError error = m_db.lastError();
        const int primary = error.code & 0xff;
        if (primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT)
            return fail(Status::Corrupt, tr("%1 is not a lookup cache (SQLite: %2)")
                                             .arg(QDir::toNativeSeparators(path), error.detail));
        return storageFailure(error);
    }
    if (!existed) // the owner's only (PIPL Art. 51): the file holds personal data, even if encrypted
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    // L3-CES1-32: deleted or replaced values leave no old bytes in free pages; no spill to temp files.
    if (!m_db.exec(u"PRAGMA secure_delete = ON; PRAGMA temp_store = MEMORY"_s,
                   tr("set up the lookup cache"))) {
        const Outcome outcome = storageFailure(m_db.lastError());
        close();
        return outcome;
    }
    SchemaMigrator schema = migrator();
    if (!schema.migrate(m_db)) {
        const DatabaseError error = schema.error();
        close();
        const int primary = error.code & 0xff;
        if (primary == SQLITE_IOERR || primary == SQLITE_FULL || primary == SQLITE_BUSY ||
            primary == SQLITE_LOCKED || primary == SQLITE_CANTOPEN || primary == SQLITE_READONLY)
            return storageFailure(error);
        return fail(Status::Corrupt, tr("%1 is not a lookup cache of this version: %2")
                                         .arg(QDir::toNativeSeparators(path), error.toString()));
    }

    Statement &read = statement(u"SELECT salt, iterations, check_value, digest FROM keyring WHERE id = 1"_s);
    std::optional<CacheKey::Record> record;
    if (read.step()) {
        CacheKey::Record r;
        r.salt = read.columnBlob(0);
        r.iterations = read.columnInt(1);
        r.checkValue = read.columnBlob(2);
        r.digest = read.columnBlob(3);
        record = r;
    }
    if (read.hasError()) {
        const Outcome outcome = storageFailure(read.error());
        close();
        return outcome;
    }
    read.reset();

    CacheKey key;
    if (!record) {
        // A new cache, or one whose creation stopped before its key was stored: then it must be empty.
        const qint64 rows =
            m_db.queryValue(u"SELECT (SELECT count(*) FROM permit) + (SELECT count(*) FROM answer)"_s)
                .toLongLong();
        if (rows > 0) {
            close();
            return fail(Status::Corrupt, tr("%1 holds cached permits but no key record: it cannot be opened")
                                             .arg(QDir::toNativeSeparators(path)));
        }
        key = CacheKey::create(password, m_iterations);
        if (!key.isValid()) {
            close();
            return fail(Status::StorageFailure, tr("the cache key could not be derived (OpenSSL failed)"));
        }
        const CacheKey::Record r = key.record();
        Statement &insert = statement(
            u"INSERT INTO keyring (id, salt, iterations, check_value, digest) VALUES (1, ?, ?, ?, ?)"_s);
        insert.bind(1, r.salt);
        insert.bind(2, r.iterations);
        insert.bind(3, r.checkValue);
        insert.bind(4, r.digest);
        if (!insert.exec()) {
            const Outcome outcome = storageFailure(insert.error());
            close();
            return outcome;
        }
    } else {
        const CacheKey::Verdict verdict = CacheKey::unlock(password, *record, &key);
        if (verdict != CacheKey::Verdict::Match) {
            close();
            return fail(verdict == CacheKey::Verdict::WrongPassword ? Status::WrongPassword : Status::Corrupt,
                        tr("%1: %2").arg(QDir::toNativeSeparators(path), CacheKey::verdictText(verdict)));
        }
    }
    m_key = key;
    m_cipher = m_key.cipher();
    return {};
}

void LookupCacheStore::close()
{
    m_statements.clear(); // before the connection they belong to
    m_db.close();
    m_key = CacheKey();
    m_cipher = FieldCipher();
}

LookupCacheStore::Outcome LookupCacheStore::removeFiles(const QString &path)
{
    QStringList failed;
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        QFile file(path + suffix);
        if (file.exists() && !file.remove())
            failed.append(tr("%1 (%2)").arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    }
    if (!failed.isEmpty())
        return {Status::StorageFailure,
                tr("the lookup cache could not be deleted: %1").arg(failed.join(u"; "_s))};
    return {};
}

QString LookupCacheStore::meta(const QString &key)
{
    Statement &select = statement(u"SELECT value FROM meta WHERE key = ?"_s);
    select.bind(1, key);
    const QString value = select.step() ? select.columnText(0) : QString();
    select.reset();
    return value;
}

bool LookupCacheStore::setMeta(const QString &key, const QVariant &value)
{
    Statement &write = value.isNull() ? statement(u"DELETE FROM meta WHERE key = ?"_s)
                                      : statement(u"INSERT INTO meta (key, value) VALUES (?, ?) "
                                                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    write.bind(1, key);
    if (!value.isNull())
        write.bind(2, value);
    if (!write.exec()) {
        m_db.setLastError(write.error());
        return false;
    }
    return true;
}

QByteArray LookupCacheStore::queryKey(const QString &classKey, const QString &normalised) const
{
    return m_key.blindIndex(u"query", classKey + u'\n' + normalised);
}

bool LookupCacheStore::index(qint64 row, const QString &key, const QString &field, const QString &value)
{
    const QString normalised =
        field == NameField ? PermitQuery::normaliseName(value) : PermitQuery::normaliseNumber(value);
    if (!isClear(normalised))
        return true;
    const QByteArray digest = m_key.blindIndex(field, normalised);
    const QByteArray source = m_cipher.seal(normalised.toUtf8(), indexPlace(key, field));
    if (digest.isEmpty() || source.isEmpty()) {
        m_db.setLastError({SQLITE_ERROR, tr("index a cached permit"), tr("OpenSSL failed"), {}});
        return false;
    }
    Statement &insert =
        statement(u"INSERT INTO permit_index (permit, field, digest, source) VALUES (?, ?, ?, ?) "
                  "ON CONFLICT (permit, field) DO UPDATE SET digest = excluded.digest, "
                  "source = excluded.source"_s);
    insert.bind(1, row);
    insert.bind(2, field);
    insert.bind(3, digest);
    insert.bind(4, source);
    if (!insert.exec()) {
        m_db.setLastError(insert.error());
        return false;
    }
    return true;
}

qint64 LookupCacheStore::upsert(const QJsonObject &hit, qint64 fetchedMs, std::optional<qint64> generation,
                                const QList<std::pair<QString, QString>> &extraIndex)
{
    const QString kind = hit.value(u"kind"_s).toString();
    const QJsonObject permit = hit.value(u"permit"_s).toObject();
    const QString certificate = permit.value(u"certificate"_s).toString();
    if (!isKnownKind(kind) || certificate.isEmpty())
        return 0;
    const QString key = rowKey(kind, certificate);

    Statement &existing =
        statement(u"SELECT id, fetched_ms FROM permit WHERE kind = ? AND certificate = ?"_s);
    existing.bind(1, kind);
    existing.bind(2, certificate);
    qint64 row = 0;
    qint64 storedMs = 0;
    if (existing.step()) {
        row = existing.columnInt64(0);
        storedMs = existing.columnInt64(1);
    }
    if (existing.hasError()) {
        m_db.setLastError(existing.error());
        return -1;
    }
    existing.reset();

    const bool newer = row == 0 || storedMs <= fetchedMs; // older data than what is kept changes nothing
    if (newer) {
        QJsonObject content{{u"permit"_s, permit}};
        if (hit.contains(u"findings"_s))
            content.insert(u"findings"_s, hit.value(u"findings"_s));
        if (hit.contains(u"badRecord"_s))
            content.insert(u"badRecord"_s, hit.value(u"badRecord"_s));
        QByteArray plain = QJsonDocument(content).toJson(QJsonDocument::Compact);
        const QByteArray sealed = m_cipher.seal(plain, permitPlace(key));
        crypto::cleanse(plain);
        if (sealed.isEmpty()) {
            m_db.setLastError({SQLITE_ERROR, tr("encrypt a cached permit"), tr("OpenSSL failed"), {}});
            return -1;
        }
        const auto text = [&](const QString &name) -> QVariant {
            const QString value = permit.value(name).toString();
            return value.isEmpty() ? QVariant() : QVariant(value);
        };
        const bool vehicle = kind == Vehicle;
        QVariant plate = vehicle ? text(u"plate"_s) : QVariant();
        if (plate.isValid())
            plate = PermitIdentifiers::normalisePlate(plate.toString());
        QVariant vin = vehicle ? text(u"vin"_s) : QVariant();
        if (vin.isValid())
            vin = vin.toString().toUpper();
        Statement &write = statement(
            u"INSERT INTO permit (kind, certificate, region_code, plate, vin, company_id, company_name, "
            "fetched_ms, generation, sealed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (kind, certificate) DO UPDATE SET region_code = excluded.region_code, "
            "plate = excluded.plate, vin = excluded.vin, company_id = excluded.company_id, "
            "company_name = excluded.company_name, fetched_ms = excluded.fetched_ms, "
            "generation = coalesce(excluded.generation, generation), sealed = excluded.sealed"_s);
        write.bind(1, kind);
        write.bind(2, certificate);
        write.bind(3, text(u"regionCode"_s));
        write.bind(4, plate);
        write.bind(5, vin);
        write.bind(6, text(u"companyId"_s));
        write.bind(7, kind == Company ? text(u"name"_s) : QVariant()); // a company's name is not personal
        write.bind(8, fetchedMs);
        if (generation)
            write.bind(9, *generation);
        else
            write.bindNull(9);
        write.bind(10, sealed);
        if (!write.exec()) {
            m_db.setLastError(write.error());
            return -1;
        }
        if (row == 0)
            row = m_db.lastInsertRowId();
    } else if (generation) {
        // Newer data came from an answer meanwhile; the registry still lists the permit.
        Statement &mark = statement(u"UPDATE permit SET generation = ? WHERE id = ?"_s);
        mark.bind(1, *generation);
        mark.bind(2, row);
        if (!mark.exec()) {
            m_db.setLastError(mark.error());
            return -1;
        }
    }

    if (kind == Driver && newer) {
        if (!index(row, key, IdField, permit.value(u"idNumber"_s).toString()) ||
            !index(row, key, LicenceField, permit.value(u"licence"_s).toString()) ||
            !index(row, key, NameField, permit.value(u"name"_s).toString()))
            return -1;
        for (const auto &[field, value] : extraIndex) {
            if (!index(row, key, field, value))
                return -1;
        }
    }
    return row;
}

LookupCacheStore::Outcome LookupCacheStore::remember(const QString &query, const QJsonObject &answer,
                                                     const QDateTime &receivedAt)
{
    if (!isOpen())
        return fail(Status::NotOpen, tr("the lookup cache is not open: the answer to \"%1\" was not kept")
                                         .arg(PersonalDataMask::tail(query, 2)));
    const PermitQuery q = PermitQuery::parse(query);
    if (q.queryClass == PermitQuery::Class::Empty || !receivedAt.isValid() ||
        !answer.value(u"hits"_s).isArray())
        return fail(Status::InvalidInput,
                    tr("a search answer needs a query, a time and \"hits\": the answer was not kept"));
    const QString classKey = PermitQuery::classKey(q.queryClass);
    const QString normalised =
        q.queryClass == PermitQuery::Class::Name ? PermitQuery::normaliseName(q.normalised) : q.normalised;
    const qint64 receivedMs = receivedAt.toMSecsSinceEpoch();
    const QByteArray key = queryKey(classKey, normalised);

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return storageFailure(transaction.error());
    Statement &older = statement(u"SELECT received_ms FROM answer WHERE query_key = ?"_s);
    older.bind(1, key);
    const bool newerKept = older.step() && older.columnInt64(0) > receivedMs;
    older.reset();
    if (newerKept)
        return {}; // a newer answer to the same query is kept already
    Statement &drop = statement(u"DELETE FROM answer WHERE query_key = ?"_s);
    drop.bind(1, key);
    QByteArray plainQuery = (classKey + u'\n' + normalised).toUtf8();
    const QByteArray sealedQuery = m_cipher.seal(plainQuery, answerPlace(key));
    crypto::cleanse(plainQuery);
    Statement &insert =
        statement(u"INSERT INTO answer (query_key, query_class, query, received_ms, truncated) "
                  "VALUES (?, ?, ?, ?, ?)"_s);
    insert.bind(1, key);
    insert.bind(2, classKey);
    insert.bind(3, sealedQuery);
    insert.bind(4, receivedMs);
    insert.bind(5, answer.value(u"truncated"_s).toBool() ? 1 : 0);
    if (!drop.exec() || sealedQuery.isEmpty() || !insert.exec())
        return storageFailure(drop.hasError() ? drop.error() : insert.error());
    const qint64 answerId = m_db.lastInsertRowId();

    const QJsonArray hits = answer.value(u"hits"_s).toArray();
    int position = 0;
    for (const QJsonValue &value : hits) {
        const QJsonObject hit = value.toObject();
        const QString matchedOn = hit.value(u"matchedOn"_s).toString();
        const QJsonObject permit = hit.value(u"permit"_s).toObject();
        // The query names the hit's value when the platform matched it exactly: an ID or licence
        // number always; a name when the hit's (masked) name is exactly as long as the query.
        QList<std::pair<QString, QString>> extra;
        if (q.queryClass == PermitQuery::Class::IdNumber &&
            (matchedOn == IdField || matchedOn == LicenceField))
            extra.append({matchedOn, q.normalised});
        else if (q.queryClass == PermitQuery::Class::Certificate && matchedOn == LicenceField)
            extra.append({LicenceField, q.normalised});
        else if (q.queryClass == PermitQuery::Class::Name && matchedOn == NameField &&
                 hit.value(u"kind"_s).toString() == Driver &&
                 PermitQuery::normaliseName(permit.value(u"name"_s).toString()).size() == normalised.size())
            extra.append({NameField, normalised});
        const qint64 row = upsert(hit, receivedMs, std::nullopt, extra);
        if (row < 0)
            return storageFailure(m_db.lastError());
        if (row == 0)
            continue;
        Statement &link = statement(
            u"INSERT OR IGNORE INTO answer_hit (answer, position, permit, matched_on) VALUES (?, ?, ?, ?)"_s);
        link.bind(1, answerId);
        link.bind(2, position++);
        link.bind(3, row);
        link.bind(4, matchedOn);
        if (!link.exec())
            return storageFailure(link.error());
    }
    if (!transaction.commit())
        return storageFailure(transaction.error());
    return {};
}

void LookupCacheStore::collect(const QString &sql, const QVariantList &binds, const QString &matchedOn,
                               int wanted, QList<Candidate> &out, QSet<qint64> &seen)
{
    if (out.size() >= wanted)
        return;
    Statement &select = statement(sql);
    int i = 1;
    for (const QVariant &value : binds)
        select.bind(i++, value);
    select.bind(i, wanted);
    while (out.size() < wanted && select.step()) {
        const qint64 row = select.columnInt64(0);
        if (!seen.contains(row)) {
            seen.insert(row);
            out.append({row, matchedOn});
        }
    }
    select.reset();
}

void LookupCacheStore::collectDigest(const QString &field, const QString &value, const QString &matchedOn,
                                     int wanted, QList<Candidate> &out, QSet<qint64> &seen)
{
    const QByteArray digest = m_key.blindIndex(field, value);
    if (digest.isEmpty())
        return;
    collect(u"SELECT i.permit FROM permit_index i JOIN permit p ON p.id = i.permit "
            "WHERE i.digest = ? AND p.kind = 'driver' ORDER BY i.permit LIMIT ?"_s,
            {digest}, matchedOn, wanted, out, seen);
}

std::optional<CachedLookup> LookupCacheStore::lookup(const QString &query, const QDate &today, int limit,
                                                     QStringList *problems)
{
    if (!isOpen())
        return std::nullopt;
    limit = qBound(1, limit, 200);
    const PermitQuery q = PermitQuery::parse(query);
    if (q.queryClass == PermitQuery::Class::Empty)
        return std::nullopt;
    const QString classKey = PermitQuery::classKey(q.queryClass);
    const QString text = q.normalised;
    const int wanted = limit + 1;
    QList<Candidate> candidates;
    QSet<qint64> seen;

    // What the platform answered to this very query first, in its order.
    qint64 rememberedMs = 0;
    bool rememberedTruncated = false;
    {
        const QString normalised =
            q.queryClass == PermitQuery::Class::Name ? PermitQuery::normaliseName(text) : text;
        Statement &answer = statement(u"SELECT id, received_ms, truncated FROM answer WHERE query_key = ?"_s);
        answer.bind(1, queryKey(classKey, normalised));
        qint64 answerId = 0;
        if (answer.step()) {
            answerId = answer.columnInt64(0);
            rememberedMs = answer.columnInt64(1);
            rememberedTruncated = answer.columnInt(2) != 0;
        }
        answer.reset();
        if (answerId > 0) {
            Statement &hits =
                statement(u"SELECT permit, matched_on FROM answer_hit WHERE answer = ? ORDER BY position"_s);
            hits.bind(1, answerId);
            while (candidates.size() < wanted && hits.step()) {
                const qint64 row = hits.columnInt64(0);
                if (!seen.contains(row)) {
                    seen.insert(row);
                    candidates.append({row, hits.columnText(1)});
                }
            }
            hits.reset();
        }
    }

    // Then the indexed columns and blind indexes, in the platform's order for the class.
    const QVariantList range{text, prefixEnd(text)};
    const auto byColumn = [&](const QString &kind, const QString &column, const QString &on, bool prefix) {
        const QString sql =
            prefix ? u"SELECT id FROM permit WHERE kind = '%1' AND %2 >= ? AND %2 < ? "
                     "ORDER BY %2, id LIMIT ?"_s.arg(kind, column)
                   : u"SELECT id FROM permit WHERE kind = '%1' AND %2 = ? ORDER BY id LIMIT ?"_s.arg(kind,
                                                                                                     column);
        collect(sql, prefix ? range : QVariantList{text}, on, wanted, candidates, seen);
    };
    const auto companyNames = [&] {
        byColumn(Company, u"company_name"_s, NameField, true);
        if (text.size() >= 3) // as the platform's trigram index: substrings from 3 characters on
            collect(u"SELECT id FROM permit WHERE kind = 'company' AND company_name LIKE ? ESCAPE '\\' "
                    "ORDER BY company_name, id LIMIT ?"_s,
                    {u"%"_s + likeEscaped(text) + u"%"_s}, NameField, wanted, candidates, seen);
    };
    switch (q.queryClass) {
    case PermitQuery::Class::Empty:
        break;
    case PermitQuery::Class::Plate:
    case PermitQuery::Class::PlatePrefix:
        byColumn(Vehicle, u"plate"_s, u"plate"_s, true);
        break;
    case PermitQuery::Class::IdNumber:
        collectDigest(IdField, PermitQuery::normaliseNumber(text), IdField, wanted, candidates, seen);
        collectDigest(LicenceField, PermitQuery::normaliseNumber(text), LicenceField, wanted, candidates,
                      seen);
        break;
    case PermitQuery::Class::Vin:
        byColumn(Vehicle, u"vin"_s, u"vin"_s, false);
        break;
    case PermitQuery::Class::Name:
        // Drivers' names are only in the blind index: whole names match, not their beginnings.
        collectDigest(NameField, PermitQuery::normaliseName(text), NameField, wanted, candidates, seen);
        companyNames();
        break;
    case PermitQuery::Class::Company:
        companyNames();
        break;
    case PermitQuery::Class::Certificate:
        byColumn(Vehicle, u"certificate"_s, u"certificate"_s, true);
        byColumn(Driver, u"certificate"_s, u"certificate"_s, true);
        byColumn(Company, u"certificate"_s, u"certificate"_s, true);
        collectDigest(LicenceField, PermitQuery::normaliseNumber(text), LicenceField, wanted, candidates,
                      seen);
        byColumn(Company, u"company_id"_s, u"companyId"_s, false);
        break;
    }

    const RegistryState registry = registryState(false);
    QJsonArray hits;
    qint64 oldestMs = 0;
    bool truncated = rememberedTruncated;
    int unreadable = 0;
    for (const Candidate &candidate : std::as_const(candidates)) {
        if (hits.size() >= limit) {
            truncated = true;
            break;
        }
        Statement &row =
            statement(u"SELECT kind, certificate, fetched_ms, sealed FROM permit WHERE id = ?"_s);
        row.bind(1, candidate.row);
        if (!row.step()) {
            row.reset();
            continue;
        }
        const QString kind = row.columnText(0);
        const QString certificate = row.columnText(1);
        const qint64 fetchedMs = row.columnInt64(2);
        const QByteArray sealed = row.columnBlob(3);
        row.reset();
        const FieldCipher::Place place = permitPlace(rowKey(kind, certificate));
        FieldCipher::Error error = FieldCipher::Error::None;
        std::optional<QByteArray> plain = m_cipher.open(sealed, place, &error);
        if (!plain) {
            ++unreadable;
            if (problems)
                problems->append(FieldCipher::errorText(error, place));
            continue;
        }
        const QJsonObject content = QJsonDocument::fromJson(*plain).object();
        crypto::cleanse(*plain);
        const QJsonObject permit = content.value(u"permit"_s).toObject();
        QJsonObject hit{{u"kind"_s, kind},
                        {u"matchedOn"_s, candidate.matchedOn},
                        {u"valid"_s, isValidOn(kind, permit, today)},
                        {u"permit"_s, maskedPermit(kind, permit)},
                        {u"cachedAt"_s, cstText(fetchedMs)}};
        if (content.contains(u"findings"_s))
            hit.insert(u"findings"_s, content.value(u"findings"_s));
        if (content.contains(u"badRecord"_s))
            hit.insert(u"badRecord"_s, content.value(u"badRecord"_s));
        hits.append(hit);
        oldestMs = oldestMs == 0 ? fetchedMs : qMin(oldestMs, fetchedMs);
    }

    qint64 cachedMs = oldestMs;
    if (hits.isEmpty() && unreadable > 0)
        return std::nullopt; // what matched is damaged: "no permit" would be a false answer
    if (hits.isEmpty()) {
        // "No permit" is an answer only when the cache knows the whole region, or the platform said so;
        // drivers' names match whole names only, so an unknown name is not "no driver".
        // A snapshot whose personal data came masked (a role that may not reveal it) has no blind index:
        // it cannot tell that no driver has an ID or licence number either.
        const bool personal = q.queryClass == PermitQuery::Class::Name ||
                              (!registry.revealed && (q.queryClass == PermitQuery::Class::IdNumber ||
                                                      q.queryClass == PermitQuery::Class::Certificate));
        const bool registryKnows = registry.asOf.isValid() && !personal;
        if (rememberedMs == 0 && !registryKnows)
            return std::nullopt;
        cachedMs = qMax(rememberedMs, registryKnows ? registry.asOf.toMSecsSinceEpoch() : 0);
    }
    QJsonObject answer{{u"queryClass"_s, classKey},
                       {u"hits"_s, hits},
                       {u"truncated"_s, truncated},
                       {u"revealed"_s, false},
                       {u"asOf"_s, cstText(cachedMs)},
                       {u"cachedAt"_s, cstText(cachedMs)},
                       {u"offline"_s, true}};
    if (q.queryClass == PermitQuery::Class::Name)
        answer.insert(u"exactNamesOnly"_s, true);
    return CachedLookup{answer, QDateTime::fromMSecsSinceEpoch(cachedMs, Qt::UTC)};
}

LookupCacheStore::RegistryState LookupCacheStore::registryState(bool countPermits)
{
    RegistryState state;
    if (!isOpen())
        return state;
    const auto moment = [](const QString &ms) {
        return ms.isEmpty() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC);
    };
    state.asOf = moment(meta(u"registry.asOfMs"_s));
    state.revealed = meta(u"registry.revealed"_s) == u"1";
    const QString pending = meta(u"registry.pending.generation"_s);
    state.inProgress = !pending.isEmpty();
    if (state.inProgress) {
        state.cursor = meta(u"registry.pending.cursor"_s).toLongLong();
        state.pendingAsOf = moment(meta(u"registry.pending.asOfMs"_s));
        state.pages = meta(u"registry.pending.pages"_s).toInt();
        state.hits = meta(u"registry.pending.hits"_s).toInt();
    }
    if (countPermits)
        state.permits = m_db.queryValue(u"SELECT count(*) FROM permit"_s).toLongLong();
    return state;
}

LookupCacheStore::PageOutcome LookupCacheStore::storeRegistryPage(qint64 after, const QJsonObject &page)
{
    PageOutcome result;
    if (!isOpen()) {
        result.outcome =
            fail(Status::NotOpen, tr("the lookup cache is not open: the registry page was not kept"));
        return result;
    }
    const QDateTime asOf = QDateTime::fromString(page.value(u"asOf"_s).toString(), Qt::ISODate);
    const QJsonValue next = page.value(u"next"_s);
    if (!asOf.isValid() || !page.value(u"hits"_s).isArray() || !(next.isNull() || next.isDouble())) {
        result.outcome = fail(Status::InvalidInput,
                              tr("a registry page needs \"asOf\" (a date-time), \"hits\" (an array) and "
                                 "\"next\" (a number or null); this one has asOf \"%1\"")
                                  .arg(page.value(u"asOf"_s).toString()));
        return result;
    }
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        result.outcome = storageFailure(transaction.error());
        return result;
    }
    const RegistryState state = registryState(false);
    qint64 generation = 0;
    qint64 pendingAsOfMs = 0;
    int pages = 0;
    int hitCount = 0;
    if (after == 0) {
        generation = qMax(meta(u"registry.generation"_s).toLongLong(),
                          meta(u"registry.pending.generation"_s).toLongLong()) +
                     1;
        pendingAsOfMs = asOf.toMSecsSinceEpoch();
    } else {
        if (!state.inProgress || state.cursor != after) {
            result.outcome = fail(
                Status::InvalidInput,
                state.inProgress
                    ? tr("the registry page after %1 does not continue the sync in progress, which is at %2")
                          .arg(after)
                          .arg(state.cursor)
                    : tr("the registry page after %1 continues no sync in progress: start again from 0")
                          .arg(after));
            return result;
        }
        generation = meta(u"registry.pending.generation"_s).toLongLong();
        pendingAsOfMs = state.pendingAsOf.toMSecsSinceEpoch();
        pages = state.pages;
        hitCount = state.hits;
    }
    // Personal data in clear on every page, or the snapshot cannot answer "nobody with this ID number".
    const bool revealed =
        page.value(u"revealed"_s).toBool() && (after == 0 || meta(u"registry.pending.revealed"_s) == u"1");
    const qint64 fetchedMs = asOf.toMSecsSinceEpoch();
    for (const QJsonValue &value : page.value(u"hits"_s).toArray()) {
        const qint64 row = upsert(value.toObject(), fetchedMs, generation, {});
        if (row < 0) {
            result.outcome = storageFailure(m_db.lastError());
            return result;
        }
        if (row > 0)
            ++result.stored;
    }
    ++pages;
    hitCount += result.stored;
    bool ok = true;
    if (next.isNull()) {
        // Complete: what an older snapshot brought and nothing refreshed since has left the registry.
        Statement &stale = statement(u"DELETE FROM permit WHERE generation IS NOT NULL AND generation < ? "
                                     "AND fetched_ms < ?"_s);
        stale.bind(1, generation);
        stale.bind(2, pendingAsOfMs);
        ok = stale.exec();
        if (!ok)
            m_db.setLastError(stale.error());
        ok = ok && setMeta(u"registry.asOfMs"_s, pendingAsOfMs) &&
             setMeta(u"registry.generation"_s, generation) &&
             setMeta(u"registry.revealed"_s, revealed ? 1 : 0) && setMeta(u"registry.pages"_s, pages) &&
             setMeta(u"registry.hits"_s, hitCount);
        for (const QString &key :
             {u"registry.pending.generation"_s, u"registry.pending.asOfMs"_s, u"registry.pending.cursor"_s,
              u"registry.pending.pages"_s, u"registry.pending.hits"_s, u"registry.pending.revealed"_s})
            ok = ok && setMeta(key, QVariant());
        result.complete = true;
        result.registryAsOf = QDateTime::fromMSecsSinceEpoch(pendingAsOfMs, Qt::UTC);
    } else {
        result.next = qint64(next.toDouble());
        if (result.next <= after) {
            result.outcome = fail(Status::InvalidInput,
                                  tr("the registry page after %1 names %2 as the next: the cursor must grow")
                                      .arg(after)
                                      .arg(result.next));
            return result;
        }
        ok = setMeta(u"registry.pending.generation"_s, generation) &&
             setMeta(u"registry.pending.asOfMs"_s, pendingAsOfMs) &&
             setMeta(u"registry.pending.cursor"_s, result.next) &&
             setMeta(u"registry.pending.pages"_s, pages) &&
             setMeta(u"registry.pending.revealed"_s, revealed ? 1 : 0) &&
             setMeta(u"registry.pending.hits"_s, hitCount);
    }
    if (!ok || !transaction.commit()) {
        result.outcome = storageFailure(ok ? transaction.error() : m_db.lastError());
        result.complete = false;
        return result;
    }
    return result;
}

LookupCacheStore::Outcome LookupCacheStore::prune(const QDateTime &before)
{
    if (!isOpen())
        return fail(Status::NotOpen, tr("the lookup cache is not open: nothing was pruned"));
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return storageFailure(transaction.error());
    Statement &answers = statement(u"DELETE FROM answer WHERE received_ms < ?"_s);
    answers.bind(1, before.toMSecsSinceEpoch());
    // Permits only answers brought, and no answer kept, go with them; the registry's stay.
    Statement &orphans = statement(u"DELETE FROM permit WHERE generation IS NULL AND "
                                   "NOT EXISTS (SELECT 1 FROM answer_hit h WHERE h.permit = permit.id)"_s);
    if (!answers.exec())
        return storageFailure(answers.error());
    if (!orphans.exec())
        return storageFailure(orphans.error());
    if (!transaction.commit())
        return storageFailure(transaction.error());
    return {};
}

LookupCacheStore::Outcome LookupCacheStore::rekey(const QString &oldPassword, const QString &newPassword)
{
    if (!isOpen())
        return fail(Status::NotOpen, tr("the lookup cache is not open: it cannot be re-keyed"));
    CacheKey old;
    const CacheKey::Verdict verdict = CacheKey::unlock(oldPassword, m_key.record(), &old);
    if (verdict != CacheKey::Verdict::Match)
        return fail(verdict == CacheKey::Verdict::WrongPassword ? Status::WrongPassword : Status::Corrupt,
                    tr("the lookup cache was not re-keyed: %1").arg(CacheKey::verdictText(verdict)));
    const CacheKey fresh = CacheKey::create(newPassword, m_iterations);
    if (!fresh.isValid())
        return fail(Status::StorageFailure, tr("the new cache key could not be derived (OpenSSL failed)"));
    const FieldCipher oldCipher = old.cipher();
    const FieldCipher newCipher = fresh.cipher();
    int dropped = 0;

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return storageFailure(transaction.error());
    const auto run = [&](Statement &s) {
        if (!s.exec()) {
            m_db.setLastError(s.error());
            return false;
        }
        return true;
    };
    // Read each table whole first: rows are rewritten while they are read otherwise.
    {
        QList<std::tuple<qint64, QString, QByteArray>> rows;
        Statement select = m_db.prepare(u"SELECT id, kind || ':' || certificate, sealed FROM permit"_s);
        while (select.step())
            rows.append({select.columnInt64(0), select.columnText(1), select.columnBlob(2)});
        if (select.hasError())
            return storageFailure(select.error());
        for (const auto &[id, key, sealed] : rows) {
            std::optional<QByteArray> plain = oldCipher.open(sealed, permitPlace(key));
            Statement &write = plain ? statement(u"UPDATE permit SET sealed = ? WHERE id = ?"_s)
                                     : statement(u"DELETE FROM permit WHERE id = ?"_s);
            int i = 1;
            if (plain) {
                write.bind(i++, newCipher.seal(*plain, permitPlace(key)));
                crypto::cleanse(*plain);
            } else {
                ++dropped; // its index entries and answer links go with it (ON DELETE CASCADE)
            }
            write.bind(i, id);
            if (!run(write))
                return storageFailure(m_db.lastError());
        }
    }
    {
        QList<std::tuple<qint64, QString, QString, QByteArray>> rows;
        Statement select = m_db.prepare(u"SELECT i.permit, p.kind || ':' || p.certificate, i.field, i.source "
                                        "FROM permit_index i JOIN permit p ON p.id = i.permit"_s);
        while (select.step())
            rows.append(
                {select.columnInt64(0), select.columnText(1), select.columnText(2), select.columnBlob(3)});
        if (select.hasError())
            return storageFailure(select.error());
        for (const auto &[permit, key, field, source] : rows) {
            std::optional<QByteArray> plain = oldCipher.open(source, indexPlace(key, field));
            Statement &write = plain
                                   ? statement(u"UPDATE permit_index SET digest = ?, source = ? "
                                               "WHERE permit = ? AND field = ?"_s)
                                   : statement(u"DELETE FROM permit_index WHERE permit = ? AND field = ?"_s);
            int i = 1;
            if (plain) {
                write.bind(i++, fresh.blindIndex(field, QString::fromUtf8(*plain)));
                write.bind(i++, newCipher.seal(*plain, indexPlace(key, field)));
                crypto::cleanse(*plain);
            } else {
                ++dropped;
            }
            write.bind(i++, permit);
            write.bind(i, field);
            if (!run(write))
                return storageFailure(m_db.lastError());
        }
    }
    {
        QList<std::tuple<qint64, QByteArray, QByteArray>> rows;
        Statement select = m_db.prepare(u"SELECT id, query_key, query FROM answer"_s);
        while (select.step())
            rows.append({select.columnInt64(0), select.columnBlob(1), select.columnBlob(2)});
        if (select.hasError())
            return storageFailure(select.error());
        for (const auto &[id, oldKey, sealed] : rows) {
            std::optional<QByteArray> plain = oldCipher.open(sealed, answerPlace(oldKey));
            if (!plain) {
                ++dropped;
                Statement &drop = statement(u"DELETE FROM answer WHERE id = ?"_s);
                drop.bind(1, id);
                if (!run(drop))
                    return storageFailure(m_db.lastError());
                continue;
            }
            // The sealed query is "class\nnormalised query", exactly what queryKey() digests.
            const QByteArray newKey = fresh.blindIndex(u"query", QString::fromUtf8(*plain));
            Statement &write = statement(u"UPDATE answer SET query_key = ?, query = ? WHERE id = ?"_s);
            write.bind(1, newKey);
            write.bind(2, newCipher.seal(*plain, answerPlace(newKey)));
            crypto::cleanse(*plain);
            write.bind(3, id);
            if (!run(write))
                return storageFailure(m_db.lastError());
        }
    }
    const CacheKey::Record r = fresh.record();
    Statement &keyring =
        statement(u"UPDATE keyring SET salt = ?, iterations = ?, check_value = ?, digest = ? WHERE id = 1"_s);
    keyring.bind(1, r.salt);
    keyring.bind(2, r.iterations);
    keyring.bind(3, r.checkValue);
    keyring.bind(4, r.digest);
    if (!run(keyring) || !transaction.commit())
        return storageFailure(m_db.lastError().isError() ? m_db.lastError() : transaction.error());
    m_key = fresh;
    m_cipher = newCipher;
    if (dropped > 0)
        return {Status::Ok,
                tr("%n cached value(s) failed their integrity check and were dropped", "", dropped)};
    return {};
}

QJsonObject LookupCacheStore::maskedPermit(const QString &kind, const QJsonObject &permit)
{
    QJsonObject masked = permit;
    const auto mask = [&](const QString &key, QString (*how)(QStringView)) {
        if (permit.value(key).isString())
            masked.insert(key, how(permit.value(key).toString()));
    };
    if (kind == Driver) {
        mask(u"name"_s, &PersonalDataMask::name);
        mask(u"idNumber"_s, &PersonalDataMask::idNumber);
        mask(u"licence"_s, &PersonalDataMask::licence);
        mask(u"phone"_s, &PersonalDataMask::phone);
    } else if (kind == Vehicle) {
        // As PermitsApi::toJson: a company's name stays, a person's is masked (seed 002 Art. 40).
        const QString owner = permit.value(u"ownerName"_s).toString();
        if (!owner.contains(u"公司"_s) && !owner.contains(u"集团"_s))
            mask(u"ownerName"_s, &PersonalDataMask::name);
    }
    return masked;
}

bool LookupCacheStore::isValidOn(const QString &kind, const QJsonObject &permit, const QDate &day)
{
    if (kind == Vehicle) {
        VehiclePermit p;
        p.firstRegistration = dateOf(permit, u"firstRegistration"_s);
        p.validFrom = dateOf(permit, u"validFrom"_s);
        p.validTo = dateOf(permit, u"validTo"_s);
        return p.isValidOn(day);
    }
    if (kind == Driver) {
        DriverPermit p;
        p.validFrom = dateOf(permit, u"validFrom"_s);
        p.validTo = dateOf(permit, u"validTo"_s);
        return p.isValidOn(day);
    }
    CompanyPermit p;
    p.validFrom = dateOf(permit, u"validFrom"_s);
    p.validTo = dateOf(permit, u"validTo"_s);
    return p.isValidOn(day);
}

} // namespace rw
