#include "interfacetables.h"

#include "database.h"
#include "protocol/interfacecatalogue.h"
#include "statement.h"
#include "transaction.h"

#include <QLoggingCategory>
#include <QSet>

#include <algorithm>

#include <sqlite3.h>

namespace rw {

Q_LOGGING_CATEGORY(lcInterfaceTables, "rw.storage.interfacetables")

namespace {

// Natural keys that later lookups join on: plates, driver licences, orders, and the permit numbers
// that reconcile base-info with the cities' 运政 permits (Art. 5). Indexed wherever a non-position
// interface carries them; never unique, since every Flag 1/2/3 record is kept.
const char *const kKeyFields[] = {"OrderId", "VehicleNo", "LicenseId", "CertificateNo", "Certificate"};

QString indexName(const QString &table, const QStringList &columns)
{
    return table + QStringLiteral("_by_") + columns.join(u'_').toLower();
}

} // namespace

InterfaceTables::InterfaceTables(Database &db, std::shared_ptr<const InterfaceCatalogue> catalogue)
    : m_db(db)
    , m_catalogue(std::move(catalogue))
{}

QString InterfaceTables::tableName(const InterfaceSpec &spec)
{
    return QStringLiteral("ipc_") + spec.ipcType.toLower();
}

QString InterfaceTables::columnType(const FieldSpec &field)
{
    if (field.type == FieldType::Character)
        return QStringLiteral("TEXT");
    return field.format == FieldFormat::Decimal ? QStringLiteral("REAL") : QStringLiteral("INTEGER");
}

QStringList InterfaceTables::metaColumns()
{
    return {QStringLiteral("rw_id"), QStringLiteral("rw_batch"), QStringLiteral("rw_company"),
            QStringLiteral("rw_received_ms"), QStringLiteral("rw_business_time")};
}

QList<InterfaceTables::Index> InterfaceTables::indexes(const InterfaceSpec &spec)
{
    const QString table = tableName(spec);
    QList<Index> result;
    const auto add = [&](const QStringList &columns) { result.append({indexName(table, columns), columns}); };

    // Per-company time ranges: the console's lists, the monthly evaluation, and retention purges.
    add({QStringLiteral("rw_company"), QStringLiteral("rw_received_ms")});
    add({QStringLiteral("rw_company"), QStringLiteral("rw_business_time")});

    if (spec.family == InterfaceFamily::Position) {
        // Tracks (GET /api/v1/tracks): one vehicle's (or driver's) fixes in time order. The time is
        // rw_business_time, PositionTime normalised to Unix seconds at ingest: PositionTime itself
        // arrives as Unix seconds or as YYYYMMDDhhmmss (platform-interface.md §4), which do not sort
        // together. A plate is unique only within a company (VehicleKey), but the company is left out
        // of the key: the track query checks it on the rows it reads anyway (the same plate with two
        // companies is rare), and every byte of this index is paid on each of the ~10⁵ position inserts
        // a second (DESIGN §9): with rw_company in front, bench_ingest stored about a tenth fewer per
        // second (three runs each on a busy shared machine, so only roughly).
        // No OrderId index here: idle vehicles send OrderId "0", so it would be large and useless.
        // positionDriver carries both the driver's LicenseId and a VehicleNo; its fixes come from
        // the driver's phone, so its tracks are the driver's.
        const bool hasPlate = spec.fieldIndex(u"VehicleNo") >= 0;
        const bool hasLicence = spec.fieldIndex(u"LicenseId") >= 0;
        const bool aboutDriver = spec.ipcType.contains(QLatin1String("driver"), Qt::CaseInsensitive);
        QString key;
        if (hasLicence && (aboutDriver || !hasPlate))
            key = QStringLiteral("LicenseId");
        else if (hasPlate)
            key = QStringLiteral("VehicleNo");
        if (!key.isEmpty())
            add({key, QStringLiteral("rw_business_time")});
        return result;
    }
    for (const char *field : kKeyFields) {
        const QString name = QString::fromLatin1(field);
        if (spec.fieldIndex(name) >= 0)
            add({name});
    }
    // Expected-record coverage by region (QualityScoreQuery::regionCoverage): whether a company's orders
    // came from a region in a period, one index seek per licensed region. Orders are few beside positions.
    if (spec.ipcType == QLatin1StringView("orderCreate") && spec.fieldIndex(u"Address") >= 0)
        add({QStringLiteral("rw_company"), QStringLiteral("Address"), QStringLiteral("rw_received_ms")});
    return result;
}

bool InterfaceTables::ensure()
{
    m_error = {};
    if (!m_catalogue) {
        m_error = {
            SQLITE_MISUSE, tr("create the interface tables"), tr("no interface catalogue was given"), {}};
        return false;
    }
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        m_error = transaction.error();
        return false;
    }
    for (const InterfaceSpec *spec : m_catalogue->interfaces()) {
        if (!ensureTable(*spec))
            return false; // rolled back: a half-updated set of tables is never left behind
    }
    if (!transaction.commit()) {
        m_error = transaction.error();
        return false;
    }
    return true;
}

bool InterfaceTables::ensureTable(const InterfaceSpec &spec)
{
    const QString table = tableName(spec);
    const QString quotedTable = Database::quoteIdentifier(table);
    const QString purpose = tr("create or update the table %1 of interface %2").arg(table, spec.ipcType);

    const QStringList existing = m_db.columns(table);
    if (m_db.lastError().isError()) {
        m_error = m_db.lastError();
        return false;
    }

    if (existing.isEmpty()) {
        QStringList columns = {
            QStringLiteral("rw_id INTEGER PRIMARY KEY"), QStringLiteral("rw_batch INTEGER NOT NULL"),
            QStringLiteral("rw_company TEXT NOT NULL"),  QStringLiteral("rw_received_ms INTEGER NOT NULL"),
            QStringLiteral("rw_business_time INTEGER"),
        };
        for (const FieldSpec &field : spec.fields)
            columns.append(Database::quoteIdentifier(field.name) + u' ' + columnType(field));
        const QString sql = QStringLiteral("CREATE TABLE %1 (\n    %2\n)")
                                .arg(quotedTable, columns.join(QStringLiteral(",\n    ")));
        if (!m_db.exec(sql, purpose)) {
            m_error = m_db.lastError();
            return false;
        }
    } else {
        // SQLite compares column names case-insensitively.
        QSet<QString> have;
        for (const QString &name : existing)
            have.insert(name.toLower());
        for (const QString &meta : metaColumns()) {
            if (!have.contains(meta)) {
                m_error = {
                    SQLITE_ERROR,
                    purpose,
                    tr("the table exists but has no column %1: it was not made by RideWatch").arg(meta),
                    {}};
                return false;
            }
        }
        for (const FieldSpec &field : spec.fields) {
            if (have.contains(field.name.toLower()))
                continue;
            // A field a newer catalogue added: older rows read NULL for it.
            const QString sql =
                QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3")
                    .arg(quotedTable, Database::quoteIdentifier(field.name), columnType(field));
            if (!m_db.exec(sql, purpose)) {
                m_error = m_db.lastError();
                return false;
            }
            qCInfo(lcInterfaceTables, "%s: added column %s %s", qPrintable(table), qPrintable(field.name),
                   qPrintable(columnType(field)));
        }
    }

    const QList<Index> wanted = indexes(spec);
    // An index of ours (named <table>_by_…) that the rules no longer ask for is dropped: it would only cost
    // every insert into the table (e.g. the track index moved from PositionTime to rw_business_time).
    QStringList obsolete;
    {
        Statement list = m_db.prepare(
            QStringLiteral(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?1 AND sql IS NOT NULL"),
            purpose);
        list.bind(1, table);
        const QString ours = table + QStringLiteral("_by_");
        while (list.step()) {
            const QString name = list.columnText(0);
            const bool kept = std::any_of(wanted.begin(), wanted.end(),
                                          [&name](const Index &index) { return index.name == name; });
            if (name.startsWith(ours) && !kept)
                obsolete.append(name);
        }
        if (list.hasError()) {
            m_error = list.error();
            return false;
        }
    }
    for (const QString &name : std::as_const(obsolete)) {
        if (!m_db.exec(QStringLiteral("DROP INDEX %1").arg(Database::quoteIdentifier(name)), purpose)) {
            m_error = m_db.lastError();
            return false;
        }
        qCInfo(lcInterfaceTables, "%s: dropped the index %s, no longer used", qPrintable(table),
               qPrintable(name));
    }

    for (const Index &index : wanted) {
        QStringList quoted;
        for (const QString &column : index.columns)
            quoted.append(Database::quoteIdentifier(column));
        const QString sql =
            QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON %2 (%3)")
                .arg(Database::quoteIdentifier(index.name), quotedTable, quoted.join(QStringLiteral(", ")));
        if (!m_db.exec(sql, purpose)) {
            m_error = m_db.lastError();
            return false;
        }
    }
    return true;
}

} // namespace rw
