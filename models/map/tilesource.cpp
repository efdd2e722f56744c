#include "tilesource.h"

#include <QSettings>
#include <QUrlQuery>

#ifndef RIDEWATCH_VERSION
#define RIDEWATCH_VERSION "0"
#endif
#ifndef RIDEWATCH_HOMEPAGE
#define RIDEWATCH_HOMEPAGE "https://ridewatch.invalid/"
#endif

namespace rw {

namespace {

Datum datumFromName(const QString &name, Datum fallback)
{
    const QString n = name.trimmed().toUpper().remove(QLatin1Char('-')).remove(QLatin1Char(' '));
    if (n == QLatin1String("GCJ02"))
        return Datum::Gcj02;
    if (n == QLatin1String("WGS84"))
        return Datum::Wgs84;
    if (n == QLatin1String("CGCS2000"))
        return Datum::Cgcs2000;
    if (n == QLatin1String("BD09"))
        return Datum::Bd09;
    return fallback;
}

// A subdomain chosen by the tile, so that one tile always has one URL (the disk cache keys by URL).
QString subdomainFor(const QString &subdomains, const TileId &tile)
{
    QStringList list = subdomains.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (list.size() == 1 && list.first().size() > 1 && !subdomains.contains(QLatin1Char(','))) {
        // "abc" or "1234": one character each
        const QString s = list.first();
        list.clear();
        for (QChar c : s)
            list.append(QString(c));
    }
    if (list.isEmpty())
        return {};
    return list.at((tile.x + tile.y) % list.size()).trimmed();
}

} // namespace

TileSource::TileSource()
    : m_contact(defaultContact())
{}

TileSource TileSource::xyz(const QString &urlTemplate, Datum datum, const QString &attribution,
                           const QString &subdomains, int maxZoom)
{
    TileSource s;
    s.m_kind = Kind::Xyz;
    s.m_url = urlTemplate.trimmed();
    s.m_datum = datum;
    s.m_attribution = attribution;
    s.m_subdomains = subdomains;
    s.m_maxZoom = qBound(0, maxZoom, 24);
    return s;
}

TileSource TileSource::tianditu(const QString &key)
{
    TileSource s;
    s.m_kind = Kind::Tianditu;
    s.m_url = QString::fromLatin1(kTiandituUrl);
    s.m_key = key.trimmed();
    s.m_subdomains = QStringLiteral("01234567");
    s.m_datum = Datum::Cgcs2000; // fleet-maps.md §3.1: Tianditu is CGCS2000, ≈ WGS-84
    s.m_minZoom = 1;
    s.m_maxZoom = 18;
    return s;
}

TileSource TileSource::openStreetMap(const QString &urlTemplate)
{
    TileSource s;
    s.m_kind = Kind::OpenStreetMap;
    s.m_url = urlTemplate.trimmed();
    s.m_datum = Datum::Wgs84;
    s.m_maxZoom = 19;
    return s;
}

TileSource TileSource::mbtiles(const QString &path, Datum datum)
{
    TileSource s;
    s.m_kind = Kind::MBTiles;
    s.m_url = path;
    s.m_datum = datum;
    return s;
}

TileSource TileSource::fromSettings(const QSettings &settings)
{
    const QString kind = settings.value(QStringLiteral("map/source")).toString().trimmed().toLower();
    TileSource s;
    if (kind == QLatin1String("tianditu")) {
        s = tianditu(settings.value(QStringLiteral("map/tiandituKey")).toString());
    } else if (kind == QLatin1String("osm")) {
        s = openStreetMap(
            settings.value(QStringLiteral("map/osmUrl"), QString::fromLatin1(kOsmUrl)).toString());
    } else if (kind == QLatin1String("xyz")) {
        s = xyz(settings.value(QStringLiteral("map/xyzUrl")).toString(),
                datumFromName(settings.value(QStringLiteral("map/xyzDatum")).toString(), Datum::Gcj02),
                settings.value(QStringLiteral("map/xyzAttribution")).toString(),
                settings.value(QStringLiteral("map/xyzSubdomains")).toString(),
                settings.value(QStringLiteral("map/xyzMaxZoom"), 18).toInt());
    } else if (kind == QLatin1String("mbtiles")) {
        s = mbtiles(
            settings.value(QStringLiteral("map/mbtilesPath")).toString(),
            datumFromName(settings.value(QStringLiteral("map/mbtilesDatum")).toString(), Datum::Wgs84));
    }
    const QString contact = settings.value(QStringLiteral("map/contact")).toString().trimmed();
    if (!contact.isEmpty())
        s.m_contact = contact;
    return s;
}

void TileSource::save(QSettings &settings) const
{
    settings.setValue(QStringLiteral("map/source"), tileSourceKindName(m_kind));
    switch (m_kind) {
    case Kind::Tianditu:
        settings.setValue(QStringLiteral("map/tiandituKey"), m_key);
        break;
    case Kind::OpenStreetMap:
        settings.setValue(QStringLiteral("map/osmUrl"), m_url);
        break;
    case Kind::Xyz:
        settings.setValue(QStringLiteral("map/xyzUrl"), m_url);
        settings.setValue(QStringLiteral("map/xyzDatum"), datumName(m_datum));
        settings.setValue(QStringLiteral("map/xyzAttribution"), m_attribution);
        settings.setValue(QStringLiteral("map/xyzSubdomains"), m_subdomains);
        settings.setValue(QStringLiteral("map/xyzMaxZoom"), m_maxZoom);
        break;
    case Kind::MBTiles:
        settings.setValue(QStringLiteral("map/mbtilesPath"), m_url);
        settings.setValue(QStringLiteral("map/mbtilesDatum"), datumName(m_datum));
        break;
    case Kind::None:
        break;
    }
    if (m_contact != defaultContact())
        settings.setValue(QStringLiteral("map/contact"), m_contact);
}

bool TileSource::isNetwork() const
{
    return m_kind == Kind::Xyz || m_kind == Kind::Tianditu || m_kind == Kind::OpenStreetMap;
}

QString TileSource::displayName() const
{
    switch (m_kind) {
    case Kind::None:
        return tr("Offline base map");
    case Kind::Xyz:
        return tr("Tile server (%1)").arg(QUrl(m_url).host());
    case Kind::Tianditu:
        return tr("Tianditu");
    case Kind::OpenStreetMap:
        return tr("OpenStreetMap");
    case Kind::MBTiles:
        return tr("MBTiles file");
    }
    return {};
}

int TileSource::layerCount() const
{
    switch (m_kind) {
    case Kind::None:
        return 0;
    case Kind::Tianditu:
        return 2;
    default:
        return 1;
    }
}

QUrl TileSource::tileUrl(const TileId &tile, int layer) const
{
    if (!isNetwork() || layer < 0 || layer >= layerCount())
        return {};
    QString url = m_url;
    const int tmsY = (1 << tile.z) - 1 - tile.y;
    url.replace(QLatin1String("{z}"), QString::number(tile.z));
    url.replace(QLatin1String("{x}"), QString::number(tile.x));
    url.replace(QLatin1String("{-y}"), QString::number(tmsY));
    url.replace(QLatin1String("{y}"), QString::number(tile.y));
    url.replace(QLatin1String("{s}"), subdomainFor(m_subdomains, tile));
    if (m_kind == Kind::Tianditu) {
        url.replace(QLatin1String("{layer}"), layer == 0 ? QStringLiteral("vec") : QStringLiteral("cva"));
        url.replace(QLatin1String("{key}"), QString::fromLatin1(QUrl::toPercentEncoding(m_key)));
    }
    return QUrl(url);
}

QString TileSource::redactedUrl(const QUrl &url) const
{
    QUrl copy = url;
    QUrlQuery query(copy);
    const QList<QPair<QString, QString>> items = query.queryItems();
    for (const auto &[name, value] : items) {
        const QString n = name.toLower();
        if (n == QLatin1String("tk") || n == QLatin1String("key") || n == QLatin1String("token") ||
            n == QLatin1String("access_token") || n == QLatin1String("apikey")) {
            query.removeAllQueryItems(name);
            query.addQueryItem(name, QStringLiteral("***"));
        }
    }
    copy.setQuery(query);
    QString text = copy.toString();
    if (!m_key.isEmpty())
        text.replace(m_key, QStringLiteral("***"));
    return text;
}

QString TileSource::attribution() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Xyz:
        return m_attribution.isEmpty() ? tr("Tiles: %1").arg(QUrl(m_url).host()) : m_attribution;
    case Kind::Tianditu:
        return tr("© Tianditu (National Platform for Common Geospatial Information Services)");
    case Kind::OpenStreetMap:
        // https://www.openstreetmap.org/copyright asks for exactly this credit.
        return tr("© OpenStreetMap contributors");
    case Kind::MBTiles:
        return tr("Tiles: %1").arg(m_url.section(QLatin1Char('/'), -1));
    }
    return {};
}

QString TileSource::problem() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Tianditu:
        if (m_key.isEmpty())
            return tr("Tianditu needs a key: set map/tiandituKey to the key (tk) registered with Tianditu.");
        return {};
    case Kind::Xyz:
    case Kind::OpenStreetMap: {
        // Placeholders are not valid in a host name: check the URL of a real tile.
        QString sample = m_url;
        sample.replace(QLatin1String("{s}"), QStringLiteral("a"))
            .replace(QLatin1String("{z}"), QStringLiteral("0"))
            .replace(QLatin1String("{x}"), QStringLiteral("0"))
            .replace(QLatin1String("{-y}"), QStringLiteral("0"))
            .replace(QLatin1String("{y}"), QStringLiteral("0"));
        const QUrl probe(sample);
        if (m_url.isEmpty() || !probe.isValid() || probe.host().isEmpty() ||
            (probe.scheme() != QLatin1String("http") && probe.scheme() != QLatin1String("https")))
            return tr("The tile URL template \"%1\" is not an http(s) URL.").arg(m_url);
        if (!m_url.contains(QLatin1String("{z}")) || !m_url.contains(QLatin1String("{x}")) ||
            !(m_url.contains(QLatin1String("{y}")) || m_url.contains(QLatin1String("{-y}"))))
            return tr("The tile URL template \"%1\" lacks one of {z}, {x} and {y}.").arg(m_url);
        if (m_url.contains(QLatin1String("{s}")) && m_subdomains.isEmpty())
            return tr("The tile URL template \"%1\" has {s} but no sub-domains are set (map/xyzSubdomains).")
                .arg(m_url);
        return {};
    }
    case Kind::MBTiles:
        if (m_url.isEmpty())
            return tr("No MBTiles file is set (map/mbtilesPath).");
        return {};
    }
    return {};
}

QByteArray TileSource::userAgent() const
{
    const QString contact = m_contact.isEmpty() ? defaultContact() : m_contact;
    return QStringLiteral("RideWatch/%1 (+%2)").arg(QLatin1String(RIDEWATCH_VERSION), contact).toUtf8();
}

QString TileSource::defaultContact()
{
    return QStringLiteral(RIDEWATCH_HOMEPAGE);
}

QString tileSourceKindName(TileSource::Kind kind)
{
    switch (kind) {
    case TileSource::Kind::None:
        return QStringLiteral("none");
    case TileSource::Kind::Xyz:
        return QStringLiteral("xyz");
    case TileSource::Kind::Tianditu:
        return QStringLiteral("tianditu");
    case TileSource::Kind::OpenStreetMap:
        return QStringLiteral("osm");
    case TileSource::Kind::MBTiles:
        return QStringLiteral("mbtiles");
    }
    return QStringLiteral("none");
}

} // namespace rw
