#pragma once

#include "cachekey.h"
#include "lookup/cachedlookup.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <QSet>

#include <map>
#include <optional>

namespace rw {

class Statement;

/**
 * \brief The officer's offline lookup cache on disk: one SQLite file per user, its personal data
 * encrypted (FieldCipher under a CacheKey from the user's password), synchronous and single-threaded.
 * LookupCache runs it on a worker thread; nothing else should call it on the GUI thread.
 *
 * What the file holds (schema "RWLC" version 1, see lookupcachestore.cpp):
 *  - keyring: the CacheKey::Record (salt, iterations, key-check value, digest);
 *  - permit: one row per permit (kind, certificate), with the plain columns the indexed lookups use
 *    (plate, VIN, certificate, CompanyId, a company's name, region; none of them personal data) and
 *    one sealed value: {"permit", "findings", "badRecord"} as the platform gave them, with whatever
 *    personal data they held. fetched_ms says when the platform gave them;
 *  - permit_index: blind indexes (CacheKey::blindIndex) of drivers' ID numbers, licence numbers and
 *    names, each with its normalised value sealed beside it (so that a re-key can compute the digests
 *    under the new key). Only clear values are indexed: from the registry of a role that may see them,
 *    or from the query of a remembered answer when the hit's matchedOn shows that the value equals it;
 *  - answer, answer_hit: remembered search answers, keyed by the blind index of the normalised query,
 *    pointing at their permits in the platform's order;
 *  - meta: the registry snapshot's "as of" and a sync in progress (its cursor).
 *
 * Durability: WAL with synchronous NORMAL, every change in one transaction, secure_delete on (freed
 * pages are zeroed: nothing of an old value stays behind), temporary tables in memory. A process killed
 * mid-write leaves the last committed state.
 */
class LookupCacheStore
{
    Q_DECLARE_TR_FUNCTIONS(rw::LookupCacheStore)

public:
    /** PRAGMA application_id of a lookup cache: "RWLC". */
    static constexpr quint32 ApplicationId = 0x52574C43;
    static constexpr int DefaultLimit = 20;

    enum class Status {
        Ok,
        WrongPassword,  //!< the password does not open this cache (CacheKey::Verdict::WrongPassword)
        Corrupt,        //!< not a lookup cache, or its key record is damaged
        NotOpen,        //!< no cache is open
        StorageFailure, //!< SQLite failed (disk full, I/O error, locked)
        InvalidInput,   //!< the data handed in is not what the contract says
    };

    struct Outcome
    {
        Status status = Status::Ok;
        QString message; //!< translated; empty for Ok

        bool ok() const { return status == Status::Ok; }
    };

    /** \a iterations for new caches and re-keys (at least CacheKey::MinimumIterations). */
    explicit LookupCacheStore(int iterations = CacheKey::DefaultIterations);
    ~LookupCacheStore();
    LookupCacheStore(const LookupCacheStore &) = delete;
    LookupCacheStore &operator=(const LookupCacheStore &) = delete;

    /**
     * Opens the cache at \a path (creating it, readable by its owner only) and unlocks it with
     * \a password; any cache open before is closed. Blocks for the key derivation.
     */
    Outcome open(const QString &path, const QString &password);
    void close();
    bool isOpen() const { return m_key.isValid(); }
    QString path() const { return m_db.path(); }

    /**
     * Seals everything again under a key derived from \a newPassword with a new salt, in one transaction
     * (a crash leaves the old key in force). \a oldPassword must open the cache. Values that no longer
     * open (tampered) are dropped; the message counts them. Blocks for two derivations.
     */
    Outcome rekey(const QString &oldPassword, const QString &newPassword);

    /**
     * Forgets remembered answers received before \a before, and the permits only they held (data
     * minimisation, GB/T 22239-2019 L3-CES1-34); the registry snapshot stays until the next one replaces it.
     */
    Outcome prune(const QDateTime &before);

    /** Keeps the permit search's answer \a answer to \a query, received at \a receivedAt. */
    Outcome remember(const QString &query, const QJsonObject &answer, const QDateTime &receivedAt);

    /**
     * Answers \a query (see LookupCache::lookup()); nothing when the cache cannot. \a today: the day in
     * China Standard Time the permits' validity is judged on. Values that fail their integrity check are
     * left out and named in \a problems.
     */
    std::optional<CachedLookup> lookup(const QString &query, const QDate &today, int limit = DefaultLimit,
                                       QStringList *problems = nullptr);

    struct RegistryState
    {
        QDateTime asOf;          //!< the last complete snapshot's time; invalid if none
        bool revealed = false;   //!< the last complete snapshot held personal data in clear (blind-indexed)
        bool inProgress = false; //!< a sync stopped half-way: it resumes after \a cursor
        qint64 cursor = 0;
        QDateTime pendingAsOf; //!< the first page's time of the sync in progress
        int pages = 0;         //!< of the sync in progress
        int hits = 0;
        qint64 permits = 0; //!< permits in the cache, of every source
    };
    /** Where the registry snapshot stands; \a countPermits also counts the cached permits (a table scan). */
    RegistryState registryState(bool countPermits = true);

    struct PageOutcome
    {
        Outcome outcome;
        int stored = 0;
        bool complete = false;  //!< the page had no "next": the snapshot is complete
        QDateTime registryAsOf; //!< when complete: the snapshot's "as of"
        qint64 next = 0;        //!< when not complete: the cursor to ask for next
    };
    /**
     * Stores one page of GET /api/v1/permits/registry?after=\a after. after=0 starts a new snapshot
     * (dropping a sync in progress); any other value must be the cursor the previous page left. The
     * last page (next null) completes the snapshot: permits an older snapshot brought and no answer
     * refreshed since are dropped, and the snapshot's "as of" becomes the first page's asOf.
     */
    PageOutcome storeRegistryPage(qint64 after, const QJsonObject &page);

    /** Deletes the cache file at \a path with its -wal and -shm files (it must not be open). */
    static Outcome removeFiles(const QString &path);

    /** The JSON of \a permit of \a kind with its personal data masked (PersonalDataMask). */
    static QJsonObject maskedPermit(const QString &kind, const QJsonObject &permit);
    /** Whether \a permit of \a kind is valid on \a day, from its dates, as the platform judges it. */
    static bool isValidOn(const QString &kind, const QJsonObject &permit, const QDate &day);

private:
    struct Candidate
    {
        qint64 row = 0;
        QString matchedOn;
    };

    Outcome fail(Status status, const QString &message);
    Outcome storageFailure(const DatabaseError &error);
    Statement &statement(const QString &sql);
    QString meta(const QString &key);
    bool setMeta(const QString &key, const QVariant &value);
    /** Stores one hit; returns its row id, 0 if skipped, -1 on a storage error. */
    qint64 upsert(const QJsonObject &hit, qint64 fetchedMs, std::optional<qint64> generation,
                  const QList<std::pair<QString, QString>> &extraIndex);
    bool index(qint64 row, const QString &rowKey, const QString &field, const QString &value);
    QByteArray queryKey(const QString &classKey, const QString &normalised) const;
    void collect(const QString &sql, const QVariantList &binds, const QString &matchedOn, int wanted,
                 QList<Candidate> &out, QSet<qint64> &seen);
    void collectDigest(const QString &field, const QString &value, const QString &matchedOn, int wanted,
                       QList<Candidate> &out, QSet<qint64> &seen);

    int m_iterations;
    Database m_db;
    CacheKey m_key;
    FieldCipher m_cipher;
    std::map<QString, Statement> m_statements;
};

} // namespace rw
