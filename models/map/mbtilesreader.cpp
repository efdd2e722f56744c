#include "mbtilesreader.h"

#include <QFileInfo>

namespace rw {

bool MBTilesReader::open(const QString &path)
{
    m_select = Statement();
    m_db.close();
    m_metadata.clear();
    m_error.clear();
    if (!QFileInfo::exists(path)) {
        m_error = tr("The MBTiles file %1 does not exist.").arg(path);
        return false;
    }
    DatabaseOptions options;
    options.readOnly = true;
    options.cacheSizeKiB = 8192;
    if (!m_db.open(path, options)) {
        m_error = tr("Cannot open the MBTiles file %1: %2").arg(path, m_db.lastError().toString());
        return false;
    }
    if (!m_db.tableExists(QStringLiteral("tiles"))) {
        m_error = tr("%1 is not an MBTiles file: it has no \"tiles\" table or view.").arg(path);
        m_db.close();
        return false;
    }
    if (m_db.tableExists(QStringLiteral("metadata"))) {
        Statement meta =
            m_db.prepare(QStringLiteral("SELECT name, value FROM metadata"), tr("read the MBTiles metadata"));
        while (meta.step())
            m_metadata.insert(meta.columnText(0), meta.columnText(1));
    }
    m_select = m_db.prepare(
        QStringLiteral(
            "SELECT tile_data FROM tiles WHERE zoom_level = ?1 AND tile_column = ?2 AND tile_row = ?3"),
        tr("read a tile of %1").arg(path), Database::Reuse::Often);
    if (!m_select.isValid()) {
        m_error = tr("%1 is not an MBTiles file: %2").arg(path, m_db.lastError().toString());
        m_db.close();
        return false;
    }
    return true;
}

std::optional<QByteArray> MBTilesReader::tile(const TileId &tile)
{
    if (!m_select.isValid() || tile.z < 0 || tile.z > 30)
        return std::nullopt;
    m_select.reset();
    m_select.bind(1, tile.z);
    m_select.bind(2, tile.x);
    m_select.bind(3, (qint64(1) << tile.z) - 1 - tile.y); // TMS rows count from the south
    std::optional<QByteArray> data;
    if (m_select.step())
        data = m_select.columnBlob(0);
    if (m_select.hasError())
        m_error = m_select.error().toString();
    m_select.reset();
    return data;
}

int MBTilesReader::minZoom() const
{
    bool ok = false;
    const int z = m_metadata.value(QStringLiteral("minzoom")).toInt(&ok);
    return ok ? z : 0;
}

int MBTilesReader::maxZoom() const
{
    bool ok = false;
    const int z = m_metadata.value(QStringLiteral("maxzoom")).toInt(&ok);
    return ok ? z : 22;
}

} // namespace rw
