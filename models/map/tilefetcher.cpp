#include "tilefetcher.h"

#include "mbtilesreader.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkCacheMetaData>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <optional>

namespace rw {

namespace {
const char *const kKeyProperty = "rw_tileKey";
const QString kLocalHost = QStringLiteral("mbtiles:");
} // namespace

/** The MBTiles reader, used only on the pool's thread (one task at a time). */
struct TileFetcher::LocalState
{
    QString path;
    std::optional<MBTilesReader> reader;
    QString openError;
};

TileFetcher::TileFetcher(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager ? manager : new QNetworkAccessManager(this))
{
    qRegisterMetaType<rw::TileKey>();
    m_clock.start();
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("TileFetcher"));
}

TileFetcher::~TileFetcher()
{
    cancelAll();
    m_pool.clear();
    m_pool.waitForDone();
}

void TileFetcher::setCacheDirectory(const QString &directory, qint64 maximumBytes)
{
    auto *cache = new QNetworkDiskCache(m_manager);
    cache->setCacheDirectory(directory);
    cache->setMaximumCacheSize(maximumBytes);
    m_manager->setCache(cache); // deletes the previous one
    m_cache = cache;
}

QString TileFetcher::cacheDirectory() const
{
    return m_cache ? m_cache->cacheDirectory() : QString();
}

void TileFetcher::setSource(const TileSource &source)
{
    cancelAll();
    ++m_generation;
    m_failedAt.clear();
    m_source = source;
    m_localState.reset();
    if (source.kind() == TileSource::Kind::MBTiles) {
        m_localState = std::make_shared<LocalState>();
        m_localState->path = source.mbtilesPath();
    }
}

void TileFetcher::cancelAll()
{
    m_queue.clear();
    const QHash<TileKey, InFlight> network = std::exchange(m_network, {});
    for (const InFlight &f : network) {
        f.reply->disconnect(this);
        f.reply->abort();
        f.reply->deleteLater();
    }
    m_perHost.clear();
    // MBTiles reads cannot be stopped half-way; their results are dropped by generation.
    m_local.clear();
    ++m_generation;
}

bool TileFetcher::isPending(const TileKey &key) const
{
    return m_network.contains(key) || m_local.contains(key) || m_queue.contains(key);
}

QString TileFetcher::hostOf(const TileKey &key) const
{
    if (m_source.kind() == TileSource::Kind::MBTiles)
        return kLocalHost;
    return m_source.tileUrl(key.tile, key.layer).host();
}

int TileFetcher::limitFor(const QString &host) const
{
    return host == kLocalHost ? kMaxLocal : kMaxPerHost;
}

bool TileFetcher::recentlyFailed(const TileKey &key) const
{
    const auto it = m_failedAt.constFind(key);
    return it != m_failedAt.cend() && m_clock.elapsed() - *it < m_retryAfterMs;
}

void TileFetcher::request(const QList<TileKey> &wanted)
{
    if (m_source.isNone() || !m_source.problem().isEmpty()) {
        m_queue.clear();
        return;
    }
    const QSet<TileKey> wantedSet(wanted.cbegin(), wanted.cend());
    // Abort what is no longer visible.
    for (auto it = m_network.begin(); it != m_network.end();) {
        if (wantedSet.contains(it.key())) {
            ++it;
            continue;
        }
        QNetworkReply *reply = it->reply;
        --m_perHost[it->host];
        it = m_network.erase(it);
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_queue.clear();
    const int layers = m_source.layerCount();
    for (const TileKey &key : wanted) {
        if (key.layer < 0 || key.layer >= layers || key.tile.z < m_source.minZoom() ||
            key.tile.z > m_source.maxZoom())
            continue;
        if (m_network.contains(key) || m_local.contains(key) || recentlyFailed(key))
            continue;
        m_queue.append(key);
    }
    pump();
}

void TileFetcher::pump()
{
    for (auto it = m_queue.begin(); it != m_queue.end();) {
        const QString host = hostOf(*it);
        if (m_perHost.value(host) >= limitFor(host)) {
            ++it;
            continue;
        }
        const TileKey key = *it;
        it = m_queue.erase(it);
        if (m_source.kind() == TileSource::Kind::MBTiles)
            startLocal(key);
        else
            startNetwork(key, host);
    }
}

void TileFetcher::startNetwork(const TileKey &key, const QString &host)
{
    QNetworkRequest request(m_source.tileUrl(key.tile, key.layer));
    // fleet-maps.md §2.2: an honest User-Agent, the cache preferred, no no-cache headers.
    request.setHeader(QNetworkRequest::UserAgentHeader, m_source.userAgent());
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::PreferCache);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, true);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    request.setTransferTimeout(20000);
    QNetworkReply *reply = m_manager->get(request);
    reply->setProperty(kKeyProperty, QVariant::fromValue(key));
    m_network.insert(key, {reply, host});
    const int n = ++m_perHost[host];
    m_peakPerHost = qMax(m_peakPerHost, n);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReplyFinished(reply); });
}

void TileFetcher::onReplyFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    const TileKey key = reply->property(kKeyProperty).value<TileKey>();
    const auto it = m_network.find(key);
    if (it == m_network.end() || it->reply != reply)
        return;
    --m_perHost[it->host];
    m_network.erase(it);

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError) {
        fail(key, tr("%1 (HTTP %2)").arg(reply->errorString()).arg(status));
    } else if (status != 200 && status != 0) {
        fail(key, tr("the server answered HTTP %1").arg(status));
    } else {
        const QByteArray data = reply->readAll();
        if (data.isEmpty()) {
            fail(key, tr("the server sent an empty body"));
        } else {
            keepFresh(reply);
            emit tileReady(key, data);
        }
    }
    pump();
}

void TileFetcher::keepFresh(QNetworkReply *reply)
{
    if (!m_cache || reply->attribute(QNetworkRequest::SourceIsFromCacheAttribute).toBool())
        return;
    if (reply->hasRawHeader("Expires") || reply->rawHeader("Cache-Control").contains("max-age"))
        return; // the server said how long; QNetworkDiskCache follows it
    QNetworkCacheMetaData meta = m_cache->metaData(reply->url());
    if (!meta.isValid())
        return;
    meta.setExpirationDate(QDateTime::currentDateTimeUtc().addDays(kMinimumFreshDays));
    m_cache->updateMetaData(meta);
}

void TileFetcher::startLocal(const TileKey &key)
{
    m_local.insert(key);
    ++m_perHost[kLocalHost];
    m_peakPerHost = qMax(m_peakPerHost, m_perHost.value(kLocalHost));
    const std::shared_ptr<LocalState> state = m_localState;
    const quint64 generation = m_generation;
    m_pool.start([this, state, key, generation] {
        std::optional<QByteArray> data;
        QString error;
        if (!state->reader && state->openError.isEmpty()) {
            state->reader.emplace();
            if (!state->reader->open(state->path)) {
                state->openError = state->reader->error();
                state->reader.reset();
            }
        }
        if (state->reader) {
            data = state->reader->tile(key.tile);
            if (!data)
                error = state->reader->error().isEmpty() ? tr("the MBTiles file has no such tile")
                                                         : state->reader->error();
        } else {
            error = state->openError;
        }
        QMetaObject::invokeMethod(
            this, [this, generation, key, data, error] { onLocalFinished(generation, key, data, error); },
            Qt::QueuedConnection);
    });
}

void TileFetcher::onLocalFinished(quint64 generation, const TileKey &key,
                                  const std::optional<QByteArray> &data, const QString &error)
{
    if (generation != m_generation)
        return;
    m_local.remove(key);
    --m_perHost[kLocalHost];
    if (data && !data->isEmpty())
        emit tileReady(key, *data);
    else
        fail(key, error.isEmpty() ? tr("the tile is empty") : error);
    pump();
}

void TileFetcher::fail(const TileKey &key, const QString &reason)
{
    m_failedAt.insert(key, m_clock.elapsed());
    QString where = m_source.kind() == TileSource::Kind::MBTiles
                        ? m_source.mbtilesPath()
                        : m_source.redactedUrl(m_source.tileUrl(key.tile, key.layer));
    QString text = tr("Tile z%1 x%2 y%3 (layer %4) from %5: %6")
                       .arg(key.tile.z)
                       .arg(key.tile.x)
                       .arg(key.tile.y)
                       .arg(key.layer)
                       .arg(where, reason);
    if (!m_source.key().isEmpty())
        text.replace(m_source.key(), QStringLiteral("***"));
    emit tileFailed(key, text);
}

} // namespace rw
