#include "protocol/interfacecatalogue.h"
#include "storage/database.h"
#include "storage/interfacetables.h"
#include "storage/schemamigrator.h"
#include "storagetestsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace rw;

namespace {

struct Column
{
    QString name;
    QString type;
};

QList<Column> tableInfo(Database &db, const QString &table)
{
    QList<Column> columns;
    Statement info = db.prepare(QStringLiteral("SELECT name, type FROM pragma_table_info(?1) ORDER BY cid"));
    info.bind(1, table);
    while (info.step())
        columns.append({info.columnText(0), info.columnText(1)});
    return columns;
}

// Index name → its columns, for the table's indexes.
QMap<QString, QStringList> indexesOf(Database &db, const QString &table)
{
    QMap<QString, QStringList> result;
    Statement list = db.prepare(QStringLiteral("SELECT name, \"unique\" FROM pragma_index_list(?1)"));
    list.bind(1, table);
    while (list.step()) {
        const QString name = list.columnText(0);
        if (list.columnInt(1) != 0)
            result.insert(name, {QStringLiteral("UNIQUE")}); // flags an unexpected unique index
        Statement info = db.prepare(QStringLiteral("SELECT name FROM pragma_index_info(?1) ORDER BY seqno"));
        info.bind(1, name);
        while (info.step())
            result[name].append(info.columnText(0));
    }
    return result;
}

bool hasIndexOn(const QMap<QString, QStringList> &indexes, const QStringList &columns)
{
    for (const QStringList &c : indexes) {
        if (c == columns)
            return true;
    }
    return false;
}

} // namespace

class tst_InterfaceTables : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void namesAndTypes();
    void everyBuiltInInterfaceGetsItsTable();
    void indexesFollowTheRules();
    void newerCatalogueAddsColumnsAndTablesOnReopen();
    void ensureIsIdempotent();
    void indexesNoLongerWantedAreDropped();
    void foreignTableOfTheSameNameIsRefused();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("platform.db")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_InterfaceTables::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_InterfaceTables::namesAndTypes()
{
    const auto catalogue = test::smallCatalogue(true);
    const InterfaceSpec *vehicle = catalogue->byIpcType(u"baseInfoVehicle");
    QVERIFY(vehicle);
    QCOMPARE(InterfaceTables::tableName(*vehicle), QStringLiteral("ipc_baseinfovehicle"));
    QCOMPARE(InterfaceTables::columnType(*vehicle->field(u"VehicleNo")), QStringLiteral("TEXT"));
    QCOMPARE(InterfaceTables::columnType(*vehicle->field(u"Seats")), QStringLiteral("INTEGER"));
    QCOMPARE(InterfaceTables::columnType(*vehicle->field(u"Extra")), QStringLiteral("REAL"));
    QCOMPARE(InterfaceTables::columnType(*vehicle->field(u"UpdateTime")), QStringLiteral("INTEGER"));
}

void tst_InterfaceTables::everyBuiltInInterfaceGetsItsTable()
{
    const auto catalogue = InterfaceCatalogue::builtIn();
    QVERIFY(!catalogue->interfaces().isEmpty());
    Database db;
    QVERIFY(test::openPlatformDatabase(db, path(), catalogue));

    for (const InterfaceSpec *spec : catalogue->interfaces()) {
        const QString table = InterfaceTables::tableName(*spec);
        QVERIFY2(table.startsWith(QStringLiteral("ipc_")) && table == table.toLower(), qPrintable(table));
        const QList<Column> columns = tableInfo(db, table);
        QCOMPARE(columns.size(), InterfaceTables::metaColumns().size() + spec->fields.size());
        for (int i = 0; i < InterfaceTables::metaColumns().size(); ++i)
            QCOMPARE(columns.at(i).name, InterfaceTables::metaColumns().at(i));
        QCOMPARE(columns.at(0).type, QStringLiteral("INTEGER")); // rw_id: the rowid
        for (const FieldSpec &field : spec->fields) {
            const Column &column = columns.at(InterfaceTables::metaColumns().size() + field.index);
            QCOMPARE(column.name, field.name);
            QCOMPARE(column.type, InterfaceTables::columnType(field));
        }
    }
    const InterfaceSpec *positions = catalogue->byIpcType(u"positionVehicle");
    QVERIFY(positions);
    const QList<Column> columns = tableInfo(db, QStringLiteral("ipc_positionvehicle"));
    const auto typeOf = [&](const QString &name) {
        for (const Column &c : columns) {
            if (c.name == name)
                return c.type;
        }
        return QString();
    };
    QCOMPARE(typeOf(QStringLiteral("VehicleNo")), QStringLiteral("TEXT"));
    QCOMPARE(typeOf(QStringLiteral("Longitude")), QStringLiteral("INTEGER"));
    QCOMPARE(typeOf(QStringLiteral("Mileage")), QStringLiteral("REAL"));
    const auto indexes = indexesOf(db, QStringLiteral("ipc_positionvehicle"));
    QVERIFY(hasIndexOn(indexes, {QStringLiteral("VehicleNo"), QStringLiteral("rw_business_time")}));
    QVERIFY(!hasIndexOn(indexes, {QStringLiteral("OrderId")})); // "0" for idle vehicles: useless
    // Driver positions (which also carry a VehicleNo) are the driver's track.
    if (catalogue->byIpcType(u"positionDriver")) {
        const auto driver = indexesOf(db, QStringLiteral("ipc_positiondriver"));
        QVERIFY(hasIndexOn(driver, {QStringLiteral("LicenseId"), QStringLiteral("rw_business_time")}));
        QVERIFY(!hasIndexOn(driver, {QStringLiteral("VehicleNo"), QStringLiteral("rw_business_time")}));
    }
    // Orders and operations join on OrderId.
    if (const InterfaceSpec *pay = catalogue->byIpcType(u"operatePay"))
        QVERIFY(hasIndexOn(indexesOf(db, InterfaceTables::tableName(*pay)), {QStringLiteral("OrderId")}));
    QCOMPARE(catalogue->interfaces().size(),
             db.queryValue(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name "
                                          "LIKE 'ipc\\_%' ESCAPE '\\'"))
                 .toInt());
}

void tst_InterfaceTables::indexesFollowTheRules()
{
    const auto catalogue = test::smallCatalogue(false, true);
    Database db;
    QVERIFY(test::openPlatformDatabase(db, path(), catalogue));
    const QStringList companyReceived = {QStringLiteral("rw_company"), QStringLiteral("rw_received_ms")};
    const QStringList companyBusiness = {QStringLiteral("rw_company"), QStringLiteral("rw_business_time")};

    for (const InterfaceSpec *spec : catalogue->interfaces()) {
        const auto indexes = indexesOf(db, InterfaceTables::tableName(*spec));
        QVERIFY2(hasIndexOn(indexes, companyReceived), qPrintable(spec->ipcType));
        QVERIFY2(hasIndexOn(indexes, companyBusiness), qPrintable(spec->ipcType));
        for (const QStringList &columns : indexes)
            QVERIFY2(!columns.contains(QStringLiteral("UNIQUE")),
                     qPrintable(spec->ipcType)); // history is kept
        QCOMPARE(indexes.size(), InterfaceTables::indexes(*spec).size());
    }
    // Base info: natural keys, not unique.
    const auto vehicle = indexesOf(db, QStringLiteral("ipc_baseinfovehicle"));
    QVERIFY(hasIndexOn(vehicle, {QStringLiteral("VehicleNo")}));
    QVERIFY(hasIndexOn(vehicle, {QStringLiteral("Certificate")}));
    // Position without VehicleNo: keyed by the driver's licence.
    QVERIFY(hasIndexOn(indexesOf(db, QStringLiteral("ipc_positiondriver")),
                       {QStringLiteral("LicenseId"), QStringLiteral("rw_business_time")}));
    QVERIFY(hasIndexOn(indexesOf(db, QStringLiteral("ipc_rateddriver")), {QStringLiteral("LicenseId")}));

    // Two records with the same plate are both kept (Flag 1 then Flag 2).
    QVERIFY(db.exec(QStringLiteral(
        "INSERT INTO ipc_baseinfovehicle (rw_batch, rw_company, rw_received_ms, VehicleNo, Flag)"
        " VALUES (1, 'C1', 1, '琼D12345', 1), (2, 'C1', 2, '琼D12345', 2)")));
    QCOMPARE(
        db.queryValue(QStringLiteral("SELECT count(*) FROM ipc_baseinfovehicle WHERE VehicleNo = '琼D12345'"))
            .toInt(),
        2);

    // The track query uses the (LicenseId, rw_business_time) index rather than scanning.
    Statement explain =
        db.prepare(QStringLiteral("EXPLAIN QUERY PLAN SELECT * FROM ipc_positiondriver"
                                  " WHERE LicenseId = ?1 AND rw_business_time BETWEEN ?2 AND ?3"));
    QVERIFY(explain.isValid());
    QString details;
    while (explain.step())
        details += explain.columnText(3);
    QVERIFY2(details.contains(QStringLiteral("USING INDEX ipc_positiondriver_by_licenseid_rw_business_time")),
             qPrintable(details));
}

void tst_InterfaceTables::newerCatalogueAddsColumnsAndTablesOnReopen()
{
    {
        Database db;
        QVERIFY(test::openPlatformDatabase(db, path(), test::smallCatalogue()));
        QVERIFY(db.exec(
            QStringLiteral("INSERT INTO ipc_baseinfovehicle (rw_batch, rw_company, rw_received_ms, VehicleNo)"
                           " VALUES (1, 'C1', 1000, 'OLD1')")));
        QVERIFY(!db.columns(QStringLiteral("ipc_baseinfovehicle")).contains(QStringLiteral("Extra")));
        QVERIFY(!db.tableExists(QStringLiteral("ipc_rateddriver")));
    }
    // A newer catalogue: one more field on baseInfoVehicle, one more interface.
    const auto newer = test::smallCatalogue(true, true);
    Database db;
    QVERIFY(test::openPlatformDatabase(db, path(), newer));
    const QList<Column> columns = tableInfo(db, QStringLiteral("ipc_baseinfovehicle"));
    QCOMPARE(columns.constLast().name, QStringLiteral("Extra"));
    QCOMPARE(columns.constLast().type, QStringLiteral("REAL"));
    QVERIFY(db.tableExists(QStringLiteral("ipc_rateddriver")));
    QVERIFY(hasIndexOn(indexesOf(db, QStringLiteral("ipc_rateddriver")), {QStringLiteral("LicenseId")}));
    // The old row is still there and reads NULL for the new field.
    Statement old = db.prepare(QStringLiteral("SELECT VehicleNo, Extra FROM ipc_baseinfovehicle"));
    QVERIFY(old.step());
    QCOMPARE(old.columnText(0), QStringLiteral("OLD1"));
    QVERIFY(old.isNull(1));

    // Going back to the older catalogue drops nothing: the history keeps its column.
    InterfaceTables older(db, test::smallCatalogue());
    QVERIFY(older.ensure());
    QVERIFY(db.columns(QStringLiteral("ipc_baseinfovehicle")).contains(QStringLiteral("Extra")));
}

void tst_InterfaceTables::ensureIsIdempotent()
{
    Database db;
    QVERIFY(test::openPlatformDatabase(db, path(), test::smallCatalogue()));
    const QString schemaBefore =
        db.queryValue(QStringLiteral(
                          "SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_master ORDER BY name)"))
            .toString();
    InterfaceTables tables(db, test::smallCatalogue());
    QVERIFY(tables.ensure());
    QVERIFY(tables.ensure());
    QCOMPARE(
        db.queryValue(QStringLiteral(
                          "SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_master ORDER BY name)"))
            .toString(),
        schemaBefore);
}

void tst_InterfaceTables::indexesNoLongerWantedAreDropped()
{
    Database db;
    const auto catalogue = InterfaceCatalogue::builtIn();
    QVERIFY(test::openPlatformDatabase(db, path(), catalogue));
    // As an older RideWatch left it: the track index on PositionTime, and an index someone else added.
    QVERIFY(db.exec(QStringLiteral("CREATE INDEX ipc_positionvehicle_by_vehicleno_positiontime "
                                   "ON ipc_positionvehicle (VehicleNo, PositionTime)")));
    QVERIFY(db.exec(QStringLiteral("CREATE INDEX dba_positions_by_speed ON ipc_positionvehicle (Speed)")));
    InterfaceTables tables(db, catalogue);
    QVERIFY(tables.ensure());
    const auto indexes = indexesOf(db, QStringLiteral("ipc_positionvehicle"));
    QVERIFY(!indexes.contains(QStringLiteral("ipc_positionvehicle_by_vehicleno_positiontime")));
    QVERIFY(indexes.contains(QStringLiteral("dba_positions_by_speed"))); // not ours: kept
    QVERIFY(hasIndexOn(indexes, {QStringLiteral("VehicleNo"), QStringLiteral("rw_business_time")}));
}

void tst_InterfaceTables::foreignTableOfTheSameNameIsRefused()
{
    Database db;
    QVERIFY(db.open(path()));
    QVERIFY(db.exec(QStringLiteral("CREATE TABLE ipc_positiondriver (x)")));
    InterfaceTables tables(db, test::smallCatalogue());
    QVERIFY(!tables.ensure());
    const QString message = tables.error().toString();
    QVERIFY2(message.contains(QStringLiteral("ipc_positiondriver")) &&
                 message.contains(QStringLiteral("rw_id")),
             qPrintable(message));
    // All or nothing: the other table was not created either.
    QVERIFY(!db.tableExists(QStringLiteral("ipc_baseinfovehicle")));
}

QTEST_GUILESS_MAIN(tst_InterfaceTables)
#include "tst_interfacetables.moc"
