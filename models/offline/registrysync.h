#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>

namespace rw {

class LookupCache;
class PlatformClient;
struct ApiReply;

/**
 * \brief Downloads the caller's region's permit registry into the offline lookup cache, page by page:
 * GET /api/v1/permits/registry?after=<cursor>&limit=<pageSize> (docs/lookup-contracts.md) on
 * PlatformClient::send(), each page stored by LookupCache::storeRegistryPage() before the next is asked
 * for.
 *
 * Progress: progress(pages, hits) after every stored page (of this sync, counting pages stored before
 * an interruption). Cancel: cancel() drops the request on its way and stops; the cursor of the last
 * stored page is in the cache file, so start() later — even after a restart of the console — resumes
 * after it (a full snapshot is started with restart()). The snapshot's "as of" (the first page's asOf)
 * becomes the cache's registry time when the last page is stored: finished(asOf).
 *
 * The platform audits every page ("permits.registry"); personal data arrives in clear only for roles
 * that may reveal it, and is stored sealed.
 *
 * Why here (models/offline) and not in models/client: it is the offline cache's feeder and only means
 * something with a LookupCache; models/client stays free of the cache, as PermitClient is.
 */
class RegistrySync : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultPageSize = 500;

    /** \a client and \a cache must outlive this object. */
    RegistrySync(PlatformClient *client, LookupCache *cache, QObject *parent = nullptr);

    void setPageSize(int hits) { m_pageSize = hits; }
    int pageSize() const { return m_pageSize; }

    bool isRunning() const { return m_running; }
    int pages() const { return m_pages; }
    int hits() const { return m_hits; }

public Q_SLOTS:
    /** Resumes a sync the cache holds in progress, else starts a new snapshot. Nothing if running. */
    void start();
    /** Starts a new snapshot even if one is in progress. */
    void restart();
    /** Stops after dropping the request on its way; the pages stored so far stay (resumable). */
    void cancel();

Q_SIGNALS:
    void started(bool resumed);
    void progress(int pages, int hits);
    void finished(const QDateTime &registryAsOf);
    void failed(const QString &message);
    void cancelled();

private:
    void begin(bool fresh);
    void fetch(qint64 after);
    void onPage(qint64 after, const ApiReply &reply);
    void stop();

    PlatformClient *m_client;
    LookupCache *m_cache;
    QPointer<QObject> m_context; //!< answers of the running sync; deleting it drops them
    int m_pageSize = DefaultPageSize;
    bool m_running = false;
    int m_pages = 0;
    int m_hits = 0;
};

} // namespace rw
