#pragma once

// Writes a small MBTiles file for tests (MBTiles 1.3: metadata and tiles, TMS rows).

#include "storage/database.h"

#include "geo/tileid.h"

#include <QByteArray>
#include <QList>
#include <QPair>

namespace rw::test {

inline bool writeMBTiles(const QString &path, const QList<QPair<TileId, QByteArray>> &tiles)
{
    Database db;
    if (!db.open(path))
        return false;
    if (!db.exec(
            QStringLiteral("CREATE TABLE metadata (name TEXT, value TEXT);"
                           "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER,"
                           " tile_data BLOB);"
                           "INSERT INTO metadata VALUES ('name', 'test'), ('format', 'png'),"
                           " ('minzoom', '0'), ('maxzoom', '14');")))
        return false;
    Statement insert = db.prepare(QStringLiteral("INSERT INTO tiles VALUES (?1, ?2, ?3, ?4)"));
    for (const auto &[tile, data] : tiles) {
        insert.bind(1, tile.z);
        insert.bind(2, tile.x);
        insert.bind(3, (1 << tile.z) - 1 - tile.y);
        insert.bind(4, data);
        if (!insert.exec())
            return false;
    }
    return db.checkpoint(Database::CheckpointMode::Truncate);
}

} // namespace rw::test
