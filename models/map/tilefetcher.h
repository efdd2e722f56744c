#pragma once

#include "tilekey.h"
#include "tilesource.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThreadPool>

#include <memory>

class QNetworkAccessManager;
class QNetworkDiskCache;
class QNetworkReply;

namespace rw {

/**
 * \brief Fetches the map's tiles from a TileSource: over HTTP(S) with a disk cache, or from an MBTiles file
 * on a worker thread. Hands back the encoded bytes; the map widget decodes and keeps them.
 *
 * request() names the tiles the map wants now, most wanted first (the middle of the view first). The
 * fetcher queues those it is not already fetching and drops what is no longer wanted: queued tiles leave
 * the queue and requests in flight are aborted, so panning across a country does not leave a tail of
 * useless downloads. It asks one host for at most kMaxPerHost tiles at a time, as the OSM tile policy
 * asks ("maximum of 2 download threads"); it never sends no-cache headers, and the disk cache
 * (QNetworkDiskCache, setCacheDirectory()) serves repeated tiles. A tile sent without Expires or
 * Cache-Control max-age is kept for 7 days (the policy's minimum). A tile that failed is not asked for
 * again for retryAfter() milliseconds.
 *
 * Lives on, and must be used from, one thread (the GUI thread). MBTiles reads run on a private
 * one-thread pool, so that the GUI thread never waits for the disk.
 */
class TileFetcher : public QObject
{
    Q_OBJECT

public:
    /** Parallel requests to one host (OSM tile usage policy). */
    static constexpr int kMaxPerHost = 2;
    /** Parallel reads queued to the MBTiles worker. */
    static constexpr int kMaxLocal = 4;
    static constexpr qint64 kDefaultCacheBytes = 256ll * 1024 * 1024;
    /** How long a tile without expiry headers stays fresh in the disk cache (OSM: at least 7 days). */
    static constexpr int kMinimumFreshDays = 7;

    /** Uses \a manager if given (not owned), else a QNetworkAccessManager of its own. */
    explicit TileFetcher(QNetworkAccessManager *manager = nullptr, QObject *parent = nullptr);
    ~TileFetcher() override;

    /** Keeps downloaded tiles in \a directory, at most \a maximumBytes. */
    void setCacheDirectory(const QString &directory, qint64 maximumBytes = kDefaultCacheBytes);
    QString cacheDirectory() const;
    QNetworkAccessManager *networkAccessManager() const { return m_manager; }

    /** Switches to \a source: cancels everything queued and in flight, forgets failures. */
    void setSource(const TileSource &source);
    const TileSource &source() const { return m_source; }

    /**
     * The tiles wanted now, most wanted first. Tiles not listed are dropped from the queue and aborted if
     * in flight. Tiles already being fetched keep going; tiles that failed recently are skipped.
     */
    void request(const QList<TileKey> &wanted);
    /** Drops the queue and aborts every request in flight. */
    void cancelAll();

    int queuedCount() const { return int(m_queue.size()); }
    int inFlightCount() const { return int(m_network.size() + m_local.size()); }
    bool isPending(const TileKey &key) const;
    /** The most requests ever in flight to one host at once (for tests of the per-host limit). */
    int peakInFlightPerHost() const { return m_peakPerHost; }

    int retryAfter() const { return m_retryAfterMs; }
    void setRetryAfter(int milliseconds) { m_retryAfterMs = milliseconds; }

signals:
    /** \a data holds the tile's encoded image (PNG, JPEG, WebP). */
    void tileReady(const rw::TileKey &key, const QByteArray &data);
    /** The tile could not be had; \a error names the tile, the source and the reason (keys redacted). */
    void tileFailed(const rw::TileKey &key, const QString &error);

private:
    struct LocalState;

    QString hostOf(const TileKey &key) const;
    int limitFor(const QString &host) const;
    bool recentlyFailed(const TileKey &key) const;
    void pump();
    void startNetwork(const TileKey &key, const QString &host);
    void startLocal(const TileKey &key);
    void onReplyFinished(QNetworkReply *reply);
    void onLocalFinished(quint64 generation, const TileKey &key, const std::optional<QByteArray> &data,
                         const QString &error);
    void fail(const TileKey &key, const QString &reason);
    void keepFresh(QNetworkReply *reply);

    struct InFlight
    {
        QNetworkReply *reply = nullptr;
        QString host;
    };

    QNetworkAccessManager *m_manager = nullptr;
    QNetworkDiskCache *m_cache = nullptr;
    TileSource m_source;
    quint64 m_generation = 0;
    QList<TileKey> m_queue;
    QHash<TileKey, InFlight> m_network;
    QSet<TileKey> m_local;
    QHash<QString, int> m_perHost;
    QHash<TileKey, qint64> m_failedAt;
    QElapsedTimer m_clock;
    int m_retryAfterMs = 30000;
    int m_peakPerHost = 0;
    std::shared_ptr<LocalState> m_localState;
    QThreadPool m_pool; // one worker for MBTiles; declared last so that it is waited for first
};

} // namespace rw
