#pragma once

#include "databaseerror.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace rw {

class Database;
class InterfaceCatalogue;
struct FieldSpec;
struct InterfaceSpec;

/**
 * \brief The per-interface record tables, derived from the InterfaceCatalogue: no hand-written DDL.
 *
 * One table per upload interface, named ipc_<ipcType in lower case> (ipc_positionvehicle), with:
 * - rw_id INTEGER PRIMARY KEY, rw_batch (upload_batch.id), rw_company, rw_received_ms (Unix ms UTC,
 *   the platform's receive stamp), rw_business_time (Unix s UTC from the interface's time field;
 *   NULL when unknown);
 * - one column per catalogue field, named exactly as on the wire: TEXT for C, INTEGER for N,
 *   REAL for N with format decimal.
 *
 * Every record is kept: base-info Flag 1/2/3 rows are history, not upserts, so the natural-key
 * indexes are not unique. ensure() creates what is missing and adds the columns of fields a newer
 * catalogue introduced; columns of fields a catalogue dropped stay, with their history. SQLite
 * cannot change a column's declared type; a field whose type changed keeps the old declaration,
 * which only affects type affinity (values are stored with the type they are bound with).
 */
class InterfaceTables
{
    Q_DECLARE_TR_FUNCTIONS(rw::InterfaceTables)

public:
    InterfaceTables(Database &db, std::shared_ptr<const InterfaceCatalogue> catalogue);

    /** Creates missing tables, columns and indexes, in one transaction. */
    [[nodiscard]] bool ensure();
    DatabaseError error() const { return m_error; }

    /** "ipc_positionvehicle" for positionVehicle. */
    static QString tableName(const InterfaceSpec &spec);
    /** "TEXT", "INTEGER" or "REAL". */
    static QString columnType(const FieldSpec &field);
    /** The meta columns every interface table starts with. */
    static QStringList metaColumns();

    /** An index ensure() maintains: its name and the columns it covers, in order. */
    struct Index
    {
        QString name;
        QStringList columns;
    };
    /** The indexes of \a spec's table (see the .cpp for the rules). */
    static QList<Index> indexes(const InterfaceSpec &spec);

private:
    bool ensureTable(const InterfaceSpec &spec);

    Database &m_db;
    std::shared_ptr<const InterfaceCatalogue> m_catalogue;
    DatabaseError m_error;
};

} // namespace rw
