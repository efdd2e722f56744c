#include "registrysync.h"

#include "client/apireply.h"
#include "client/platformclient.h"
#include "lookupcache.h"

#include <QUrlQuery>

namespace rw {

RegistrySync::RegistrySync(PlatformClient *client, LookupCache *cache, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(cache)
{}

void RegistrySync::start()
{
    begin(false);
}

void RegistrySync::restart()
{
    if (m_running)
        stop();
    begin(true);
}

void RegistrySync::cancel()
{
    if (!m_running)
        return;
    stop();
    Q_EMIT cancelled();
}

void RegistrySync::stop()
{
    delete m_context; // PlatformClient and LookupCache drop what was on its way to it
    m_running = false;
}

void RegistrySync::begin(bool fresh)
{
    if (m_running)
        return;
    m_running = true;
    m_pages = 0;
    m_hits = 0;
    m_context = new QObject(this);
    if (!m_cache->isOpen()) {
        stop();
        Q_EMIT failed(tr("the registry cannot be downloaded: the lookup cache is not open"));
        return;
    }
    m_cache->registryState(m_context, [this, fresh](const LookupCacheStore::RegistryState &state) {
        const bool resume = !fresh && state.inProgress && state.cursor > 0;
        if (resume) {
            m_pages = state.pages;
            m_hits = state.hits;
        }
        Q_EMIT started(resume);
        if (m_running)
            fetch(resume ? state.cursor : 0);
    });
}

void RegistrySync::fetch(qint64 after)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("after"), QString::number(after));
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    m_client->send("GET", QStringLiteral("/api/v1/permits/registry"), query, {}, m_context,
                   [this, after](const ApiReply &reply) { onPage(after, reply); });
}

void RegistrySync::onPage(qint64 after, const ApiReply &reply)
{
    if (!reply.ok()) {
        const QString why = !reply.reachedPlatform() ? tr("no answer from the platform")
                            : reply.errorCode.isEmpty()
                                ? tr("HTTP %1").arg(reply.status)
                                : tr("HTTP %1, %2").arg(reply.status).arg(reply.errorCode);
        stop();
        Q_EMIT failed(reply.message.isEmpty()
                          ? tr("the registry page after %1 was not received: %2").arg(after).arg(why)
                          : tr("the registry page after %1 was not received: %2 (%3)")
                                .arg(after)
                                .arg(reply.message, why));
        return;
    }
    m_cache->storeRegistryPage(after, reply.json, m_context,
                               [this](const LookupCacheStore::PageOutcome &stored) {
                                   if (!stored.outcome.ok()) {
                                       stop();
                                       Q_EMIT failed(stored.outcome.message);
                                       return;
                                   }
                                   ++m_pages;
                                   m_hits += stored.stored;
                                   Q_EMIT progress(m_pages, m_hits);
                                   if (!m_running)
                                       return; // cancelled from a slot of progress()
                                   if (stored.complete) {
                                       stop();
                                       Q_EMIT finished(stored.registryAsOf);
                                       return;
                                   }
                                   fetch(stored.next);
                               });
}

} // namespace rw
