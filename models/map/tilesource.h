#pragma once

#include "geo/datum.h"
#include "geo/tileid.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

class QSettings;

namespace rw {

/**
 * \brief Where the map's raster tiles come from: an XYZ URL template, Tianditu WMTS, OpenStreetMap, a local
 * MBTiles file, or none (the offline base map only).
 *
 * A value type, usually read from settings (fromSettings(), group "map/"). It knows how to name a tile
 * (tileUrl(), or mbtilesPath() for the fetcher to read), the datum its map is drawn in (Tianditu:
 * CGCS2000; Amap-style XYZ: GCJ-02; OSM: WGS-84) so that FleetState::setMapDatum() can follow, its
 * attribution, and the User-Agent to send.
 *
 * Tile etiquette (fleet-maps.md §2.2, the OSM tile usage policy): an honest User-Agent naming the
 * application and a contact ("RideWatch/0.1.0 (+https://…)"), never a faked browser; the URL comes from
 * settings, so switching servers needs no update; the attribution is shown on the map.
 *
 * Tianditu (fleet-maps.md §3.2): WMTS in Web Mercator (TILEMATRIXSET=w), the vector layer vec_w with the
 * Chinese label layer cva_w stacked on it (layerCount() 2), servers t0…t7 picked by the tile so that a
 * tile always has the same URL (the disk cache hits), and the key (tk) from settings. The key is a
 * credential: redactedUrl() hides it for logs and error messages.
 */
class TileSource
{
    Q_DECLARE_TR_FUNCTIONS(rw::TileSource)

public:
    enum class Kind {
        None,          //!< no tiles: the offline base map only
        Xyz,           //!< any {z}/{x}/{y} URL template (Amap-style GCJ-02 by default)
        Tianditu,      //!< 天地图 WMTS vec_w + cva_w, key in settings
        OpenStreetMap, //!< OSM's standard tiles, with its policy
        MBTiles,       //!< a local MBTiles (SQLite) file
    };

    /** OpenStreetMap's tile URL (the policy recommends the one host, no a/b/c sub-domains). */
    static constexpr const char *kOsmUrl = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
    /** Tianditu's Web-Mercator WMTS KVP URL; {s} is a server 0–7, {layer} vec or cva. */
    static constexpr const char *kTiandituUrl =
        "https://t{s}.tianditu.gov.cn/{layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0"
        "&LAYER={layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}"
        "&TILECOL={x}&tk={key}";

    /** No tiles (Kind::None). */
    TileSource();

    /**
     * Tiles from \a urlTemplate with {x}, {y}, {z}, optionally {-y} (TMS rows, counted from the south) and
     * {s} (replaced by one of \a subdomains, chosen by the tile). \a datum is the datum the tiles are drawn
     * in (GCJ-02 for Amap/Tencent-style servers).
     */
    static TileSource xyz(const QString &urlTemplate, Datum datum = Datum::Gcj02,
                          const QString &attribution = {}, const QString &subdomains = {}, int maxZoom = 18);
    /** Tianditu vec_w + cva_w with the key \a key. */
    static TileSource tianditu(const QString &key);
    /** OpenStreetMap's standard layer, from \a urlTemplate (default kOsmUrl). */
    static TileSource openStreetMap(const QString &urlTemplate = QString::fromLatin1(kOsmUrl));
    /** A local MBTiles file; its tiles are assumed in \a datum (MBTiles carries none; WGS-84 usually). */
    static TileSource mbtiles(const QString &path, Datum datum = Datum::Wgs84);

    /**
     * The source in \a settings (group "map/"): source = none | xyz | tianditu | osm | mbtiles; tiandituKey;
     * xyzUrl, xyzSubdomains, xyzDatum (GCJ-02, WGS-84, CGCS2000), xyzAttribution, xyzMaxZoom; osmUrl;
     * mbtilesPath, mbtilesDatum; contact (for the User-Agent). Missing or unknown values fall back to
     * Kind::None, which draws the offline base map.
     */
    static TileSource fromSettings(const QSettings &settings);
    /** Writes this source to \a settings under "map/" (the keys fromSettings() reads). */
    void save(QSettings &settings) const;

    Kind kind() const { return m_kind; }
    bool isNone() const { return m_kind == Kind::None; }
    /** True for the kinds fetched over HTTP(S). */
    bool isNetwork() const;
    /** A short translated name for a menu or the attribution line ("Tianditu", "OpenStreetMap", …). */
    QString displayName() const;

    /** Layers stacked bottom to top: 2 for Tianditu (vec_w, cva_w), else 1 (0 for None). */
    int layerCount() const;
    /** The URL of \a tile of \a layer (network kinds only; empty otherwise). */
    QUrl tileUrl(const TileId &tile, int layer = 0) const;
    /** tileUrl() with any key (Tianditu's tk, a "key"/"token" parameter) replaced by "***". */
    QString redactedUrl(const QUrl &url) const;
    /** The MBTiles file (Kind::MBTiles). */
    QString mbtilesPath() const { return m_kind == Kind::MBTiles ? m_url : QString(); }
    QString urlTemplate() const { return m_url; }
    QString key() const { return m_key; }

    /** The datum the tiles are drawn in: what FleetState::setMapDatum() and BaseMap must use. */
    Datum datum() const { return m_datum; }
    /** The attribution to show on the map (translated; required by OSM, and GeoNames' CC BY). */
    QString attribution() const;
    int minZoom() const { return m_minZoom; }
    int maxZoom() const { return m_maxZoom; }

    /** Why this source cannot give tiles (e.g. "Tianditu needs a key (map/tiandituKey)"); empty if it can.
     */
    QString problem() const;

    /** The contact put in the User-Agent (a URL or an e-mail address). */
    QString contact() const { return m_contact; }
    void setContact(const QString &contact) { m_contact = contact; }
    /** "RideWatch/<version> (+<contact>)": honest, as the OSM tile policy asks. */
    QByteArray userAgent() const;
    /** The default contact: the project's home page. */
    static QString defaultContact();

    friend bool operator==(const TileSource &, const TileSource &) = default;

private:
    Kind m_kind = Kind::None;
    QString m_url; //!< URL template, or the MBTiles path
    QString m_key;
    QString m_subdomains;
    QString m_attribution; //!< for Xyz: as configured
    Datum m_datum = Datum::Cgcs2000;
    int m_minZoom = 0;
    int m_maxZoom = 18;
    QString m_contact;
};

/** The settings value of \a kind ("none", "xyz", "tianditu", "osm", "mbtiles"). */
QString tileSourceKindName(TileSource::Kind kind);

} // namespace rw
