#include "databaseerror.h"

#include <sqlite3.h>

namespace rw {

bool DatabaseError::isBusy() const
{
    const int primary = code & 0xff;
    return primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
}

bool DatabaseError::isStorageFailure() const
{
    const int primary = code & 0xff;
    return primary == SQLITE_FULL || primary == SQLITE_IOERR;
}

QString DatabaseError::toString() const
{
    if (!isError())
        return {};
    const QString what = purpose.isEmpty() ? tr("Database error") : tr("Could not %1").arg(purpose);
    if (sql.isEmpty())
        return tr("%1: %2 (SQLite error %3)").arg(what, detail, QString::number(code));
    // Long statements (a whole migration) would drown the message; the start identifies it.
    QString shortSql = sql.simplified();
    if (shortSql.size() > 200)
        shortSql = shortSql.left(200) + QStringLiteral("…");
    // One sentence per form, so that a translation can order and punctuate it as a whole.
    return tr("%1: %2 (SQLite error %3; SQL: %4)").arg(what, detail, QString::number(code), shortSql);
}

} // namespace rw
