#pragma once

#include "lookup/offlinelookupsource.h"
#include "lookupcachestore.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>

namespace rw {

class Clock;

/**
 * \brief The enforcement officer's offline lookup cache (issue 5, "works offline"): answers permit
 * lookups from remembered platform answers and the region's registry snapshot when the platform cannot
 * be reached; implements OfflineLookupSource for LookupClient.
 *
 * One encrypted SQLite file per user in \a directory (LookupCacheStore describes what it holds; the app
 * passes QStandardPaths::AppLocalDataLocation): fileNameFor() = "lookup-<user>.sqlite". Personal data is
 * sealed with AES-256-GCM (FieldCipher) under a key derived from the user's password (CacheKey), so the
 * file is the user's alone and needs no wiping at sign-out.
 *
 * Threads: all SQLite work and the key derivations run on a worker thread this object owns, in the order
 * the calls were made; answers come back on this object's thread, and a handler runs on its context's
 * thread, never if the context is gone. Nothing blocks the caller (DESIGN §3 / CONTRIBUTING: never block
 * the GUI thread on I/O) except the destructor, which waits for the task in progress (at most one key
 * derivation, ≈0.2 s) and drops the ones queued behind it.
 *
 * Answers (lookup()): the JSON of GET /api/v1/permits/search (docs/lookup-contracts.md) — "queryClass",
 * "hits" (kind, matchedOn, valid recomputed for today's date in China Standard Time from the permit's
 * dates, the permit with its personal data masked by PersonalDataMask, findings and badRecord as the
 * platform gave them, and each hit's own "cachedAt"), "truncated", "revealed": false, "asOf" and
 * "cachedAt" (the oldest moment the data of the answer came from the platform), "offline": true, and for
 * name queries "exactNamesOnly": true (drivers' names are only in the blind index: whole names match).
 * Plate, certificate, company and VIN lookups use plain indexed columns; ID numbers, licence numbers
 * and drivers' names the blind index. Nothing (std::nullopt) when the cache is not open, or has no
 * answer to give: no hit, no remembered answer to that query and no complete registry snapshot.
 */
class LookupCache : public QObject, public OfflineLookupSource
{
    Q_OBJECT

public:
    using Status = LookupCacheStore::Status;

    struct Options
    {
        int iterations = CacheKey::DefaultIterations; //!< PBKDF2 cost of new caches and re-keys
        int limit = LookupCacheStore::DefaultLimit;   //!< hits per answer, as the search's default
        /** Remembered answers older than this are forgotten when the cache opens (LookupCacheStore::prune()).
         */
        int answerRetentionDays = 30;
    };

    /** \a clock (today's date for validity) must outlive this object. */
    LookupCache(const QString &directory, const Clock &clock, QObject *parent = nullptr);
    LookupCache(const QString &directory, const Clock &clock, const Options &options,
                QObject *parent = nullptr);
    ~LookupCache() override;

    /** "lookup-<user>.sqlite", the user name percent-encoded where it is not [A-Za-z0-9._~-]. */
    static QString fileNameFor(const QString &userName);
    QString pathFor(const QString &userName) const;
    QString directory() const { return m_directory; }

    /**
     * Opens (creating if needed) \a userName's cache with \a password; any other is closed first.
     * Answers with opened(): Ok, WrongPassword (the cache was made under another password: after a
     * change elsewhere, remove() it and open again), Corrupt or StorageFailure.
     */
    void open(const QString &userName, const QString &password);
    /** Closes the cache (sign-out); the key is forgotten. */
    void close();
    /** Whether opened(Ok) came and close() or remove() has not been called since. */
    bool isOpen() const { return m_open; }
    /** The user of the last open(). */
    QString userName() const { return m_userName; }

    /**
     * After a password change: everything sealed again under a key from \a newPassword (new salt);
     * \a oldPassword must be the one the cache is open with. One transaction: a crash leaves the old key.
     * Answers with rekeyed().
     */
    void rekey(const QString &oldPassword, const QString &newPassword);
    /** Deletes \a userName's cache file (closing it if it is the open one). Answers with removed(). */
    void remove(const QString &userName);

    // --- OfflineLookupSource ---
    void lookup(const QString &query, QObject *context, Handler handler) override;
    /** Kept only while open; problems are reported with problem(). */
    void remember(const QString &query, const QJsonObject &answer, const QDateTime &receivedAt) override;

    // --- the registry snapshot (RegistrySync) ---
    using StateHandler = std::function<void(const rw::LookupCacheStore::RegistryState &)>;
    /** Where the snapshot stands; an empty state when not open. */
    void registryState(QObject *context, StateHandler handler);
    using PageHandler = std::function<void(const rw::LookupCacheStore::PageOutcome &)>;
    /** Stores one registry page (LookupCacheStore::storeRegistryPage()). */
    void storeRegistryPage(qint64 after, const QJsonObject &page, QObject *context, PageHandler handler);

Q_SIGNALS:
    void opened(rw::LookupCacheStore::Status status, const QString &message);
    void rekeyed(rw::LookupCacheStore::Status status, const QString &message);
    void removed(const QString &userName, rw::LookupCacheStore::Status status, const QString &message);
    /** Something went wrong that no caller waits for: a value failed its integrity check, a write failed. */
    void problem(const QString &message);

private:
    /** Runs \a task on the worker thread, after every task posted before it. */
    void post(std::function<void(LookupCacheStore &)> task);
    /** From the worker: runs \a call on this object's thread. */
    void back(std::function<void()> call);
    /** On this object's thread: \a call on \a context's thread if it still exists. */
    static void deliver(const QPointer<QObject> &context, std::function<void()> call);

    QString m_directory;
    const Clock &m_clock;
    Options m_options;
    QString m_userName;
    bool m_open = false;
    int m_openGeneration = 0; //!< open() calls so far: a late opened() of an older call is not the state
    QThread m_thread;
    QObject *m_worker = nullptr;               //!< lives in m_thread: the target of the posted tasks
    std::unique_ptr<LookupCacheStore> m_store; //!< used on m_thread only
};

} // namespace rw
