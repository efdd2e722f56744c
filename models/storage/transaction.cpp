#include "transaction.h"

#include "database.h"

#include <QLoggingCategory>

#include <sqlite3.h>

namespace rw {

Q_LOGGING_CATEGORY(lcTransaction, "rw.storage.transaction")

Transaction::Transaction(Database &db)
    : m_db(db)
{
    if (m_db.inTransaction()) {
        m_error = {SQLITE_MISUSE,
                   tr("begin a transaction"),
                   tr("a transaction is already open on this connection; transactions do not nest"),
                   {}};
        return;
    }
    m_active = m_db.exec(QStringLiteral("BEGIN IMMEDIATE"), tr("begin a transaction"));
    if (!m_active)
        m_error = m_db.lastError();
}

Transaction::~Transaction()
{
    if (m_active && !rollback())
        qCWarning(lcTransaction, "%s", qPrintable(m_error.toString()));
}

bool Transaction::commit()
{
    if (!m_active) {
        m_error = {SQLITE_MISUSE, tr("commit a transaction"), tr("the transaction is not active"), {}};
        return false;
    }
    if (!m_db.exec(QStringLiteral("COMMIT"), tr("commit a transaction"))) {
        m_error = m_db.lastError();
        // SQLite may already have rolled back on its own (e.g. after SQLITE_FULL).
        m_active = m_db.inTransaction();
        return false;
    }
    m_active = false;
    return true;
}

bool Transaction::rollback()
{
    if (!m_active)
        return false;
    m_active = false;
    if (!m_db.inTransaction())
        return true; // SQLite rolled back by itself after an error (e.g. SQLITE_FULL or an interrupt)
    if (!m_db.exec(QStringLiteral("ROLLBACK"), tr("roll back a transaction"))) {
        m_error = m_db.lastError();
        return false;
    }
    return true;
}

} // namespace rw
