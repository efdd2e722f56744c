#include "offlineregistry.h"

#include "lookupcache.h"
#include "registrysync.h"

namespace rw {

OfflineRegistry::OfflineRegistry(LookupCache *cache, RegistrySync *sync, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_sync(sync)
{
    connect(m_cache, &LookupCache::opened, this, &OfflineRegistry::onOpened);
    connect(m_sync, &RegistrySync::started, this, [this] {
        m_pages = 0;
        m_hits = 0;
        setState(State::Syncing);
    });
    connect(m_sync, &RegistrySync::progress, this, [this](int pages, int hits) {
        m_pages = pages;
        m_hits = hits;
        Q_EMIT statusChanged(statusText());
    });
    connect(m_sync, &RegistrySync::finished, this, [this](const QDateTime &asOf) {
        m_asOf = asOf;
        setState(State::Ready);
    });
    connect(m_sync, &RegistrySync::failed, this, [this](const QString &message) {
        // Not fatal: lookups still answer from what the cache holds.
        setState(m_cache->isOpen() ? State::Ready : State::Failed, message);
    });
    connect(m_sync, &RegistrySync::cancelled, this, [this] {
        if (m_state == State::Syncing)
            setState(State::Ready);
    });
}

QString OfflineRegistry::statusText() const
{
    // The same form as the lookup's "cached as of" banner.
    const QString asOf =
        m_asOf.isValid() ? m_asOf.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : tr("never");
    switch (m_state) {
    case State::Closed:
        return {};
    case State::Opening:
        return tr("Offline copy: opening…");
    case State::Syncing:
        return tr("Offline copy: downloading the registry, %n permit(s) so far…", "", m_hits);
    case State::Ready:
        if (!m_message.isEmpty())
            return tr("Offline copy as of %1 (last update failed: %2)").arg(asOf, m_message);
        return tr("Offline copy as of %1").arg(asOf);
    case State::Failed:
        return tr("Offline copy unavailable: %1").arg(m_message);
    }
    return {};
}

void OfflineRegistry::start(const QString &userName, const QString &password)
{
    if (m_cache->isOpen() && m_cache->userName() == userName) {
        checkSnapshot(); // signed in again as the same user
        return;
    }
    m_sync->cancel();
    m_userName = userName;
    m_password = password;
    m_retried = false;
    m_asOf = {};
    setState(State::Opening);
    m_cache->open(userName, password);
}

void OfflineRegistry::onOpened(LookupCacheStore::Status status, const QString &message)
{
    if (m_state != State::Opening)
        return;
    if (status == LookupCacheStore::Status::Ok) {
        m_password.clear();
        checkSnapshot();
        return;
    }
    if ((status == LookupCacheStore::Status::WrongPassword || status == LookupCacheStore::Status::Corrupt) &&
        !m_retried) {
        m_retried = true;
        m_cache->remove(m_userName); // runs before the open below: the cache's work is in call order
        m_cache->open(m_userName, m_password);
        return;
    }
    m_password.clear();
    setState(State::Failed, message);
}

void OfflineRegistry::checkSnapshot()
{
    m_cache->registryState(this, [this](const LookupCacheStore::RegistryState &state) {
        m_asOf = state.asOf;
        const bool due = !state.asOf.isValid() || state.inProgress ||
                         state.asOf.secsTo(QDateTime::currentDateTimeUtc()) >= m_refreshAfterSeconds;
        setState(State::Ready);
        if (due)
            m_sync->start();
    });
}

void OfflineRegistry::changePassword(const QString &userName, const QString &oldPassword,
                                     const QString &newPassword)
{
    if (m_cache->isOpen() && m_cache->userName() == userName)
        m_cache->rekey(oldPassword, newPassword);
}

void OfflineRegistry::refresh()
{
    if (m_cache->isOpen() && !m_sync->isRunning())
        m_sync->start();
}

void OfflineRegistry::cancel()
{
    m_sync->cancel();
}

void OfflineRegistry::stop()
{
    m_sync->cancel();
    m_cache->close();
    m_password.clear();
    m_userName.clear();
    m_asOf = {};
    setState(State::Closed);
}

void OfflineRegistry::setState(State state, const QString &message)
{
    m_message = message;
    const bool changed = state != m_state;
    m_state = state;
    if (changed)
        Q_EMIT stateChanged(state);
    Q_EMIT statusChanged(statusText());
}

} // namespace rw
