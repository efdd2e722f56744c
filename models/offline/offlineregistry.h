#pragma once

#include "lookupcachestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>

namespace rw {

class LookupCache;
class RegistrySync;

/**
 * \brief The officer's offline copy over a sign-in (issue 5, "works offline"): opens the user's LookupCache
 * with the credentials the platform has just accepted, keeps the region's registry snapshot fresh through
 * RegistrySync, re-keys it when the password changes, and closes it at sign-out.
 *
 * A cache the accepted password does not open (changed or reset on another machine) or a damaged one is
 * removed and started afresh: the platform has just vouched for the password, the old file is of no use.
 * The snapshot is refreshed when it is older than refreshAfter() (12 h by default) or a sync stopped
 * half-way.
 */
class OfflineRegistry : public QObject
{
    Q_OBJECT

public:
    enum class State { Closed, Opening, Ready, Syncing, Failed };
    Q_ENUM(State)

    static constexpr int DefaultRefreshAfterSeconds = 12 * 3600;

    /** \a cache and \a sync must outlive this object. */
    OfflineRegistry(LookupCache *cache, RegistrySync *sync, QObject *parent = nullptr);

    void setRefreshAfter(int seconds) { m_refreshAfterSeconds = seconds; }
    int refreshAfter() const { return m_refreshAfterSeconds; }

    State state() const { return m_state; }
    /** When the platform gave the snapshot the cache holds; invalid if none. */
    QDateTime registryAsOf() const { return m_asOf; }
    /** One translated line for the status bar. */
    QString statusText() const;

public Q_SLOTS:
    /** Signed in as \a userName with \a password: opens the cache, then refreshes the snapshot if due. */
    void start(const QString &userName, const QString &password);
    /** The password changed: the cache is re-encrypted under the new one. */
    void changePassword(const QString &userName, const QString &oldPassword, const QString &newPassword);
    /** Downloads the snapshot now, whatever its age. */
    void refresh();
    /** Stops a download (it resumes at the next refresh). */
    void cancel();
    /** Signed out: stops the download and closes the cache. */
    void stop();

Q_SIGNALS:
    void stateChanged(rw::OfflineRegistry::State state);
    /** statusText() changed. */
    void statusChanged(const QString &text);

private:
    void setState(State state, const QString &message = {});
    void onOpened(LookupCacheStore::Status status, const QString &message);
    void checkSnapshot();

    LookupCache *m_cache;
    RegistrySync *m_sync;
    State m_state = State::Closed;
    QString m_userName;
    QString m_password; //!< only until the cache has opened (a fresh cache needs it again)
    bool m_retried = false;
    QDateTime m_asOf;
    QString m_message;
    int m_pages = 0;
    int m_hits = 0;
    int m_refreshAfterSeconds = DefaultRefreshAfterSeconds;
};

} // namespace rw
