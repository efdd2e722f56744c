#pragma once

#include "geo/tileid.h"

#include "storage/database.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>

namespace rw {

/**
 * \brief Reads tiles from an MBTiles file (SQLite; the MBTiles 1.3 spec: tables metadata and tiles).
 *
 * MBTiles counts rows from the south (TMS): tile_row = 2^z − 1 − y for our XYZ TileId. The file is
 * opened read-only through rw::Database (the sqlite3 C API wrapper of models/storage).
 *
 * Like its Database, one reader belongs to one thread at a time; TileFetcher keeps one on its worker.
 */
class MBTilesReader
{
    Q_DECLARE_TR_FUNCTIONS(rw::MBTilesReader)

public:
    MBTilesReader() = default;

    /** Opens \a path read-only and reads its metadata; false with error() when it is not an MBTiles file. */
    [[nodiscard]] bool open(const QString &path);
    bool isOpen() const { return m_db.isOpen(); }
    QString error() const { return m_error; }

    /** The tile's image bytes (PNG, JPEG or WebP as stored); nothing when the file has no such tile. */
    std::optional<QByteArray> tile(const TileId &tile);

    /** The metadata table (name → value): name, format, bounds, minzoom, maxzoom, attribution, … */
    const QHash<QString, QString> &metadata() const { return m_metadata; }
    int minZoom() const;
    int maxZoom() const;

private:
    Database m_db;
    Statement m_select;
    QHash<QString, QString> m_metadata;
    QString m_error;
};

} // namespace rw
