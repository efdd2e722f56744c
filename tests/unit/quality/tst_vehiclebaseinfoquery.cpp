// VehicleBaseInfoQuery on a real platform database: the plates with base-info before an upload.

#include "quality/vehiclebaseinfoquery.h"

#include "protocol/interfacecatalogue.h"
#include "storage/database.h"
#include "storage/interfacetables.h"
#include "storage/schemamigrator.h"
#include "storage/statement.h"

#include <QTemporaryDir>
#include <QTest>

using namespace rw;
using namespace Qt::StringLiterals;

class TestVehicleBaseInfoQuery : public QObject
{
    Q_OBJECT

private:
    void baseInfo(qint64 batch, const QString &company, const QString &plate)
    {
        Statement s = m_db->prepare(u"INSERT INTO ipc_baseinfovehicle (rw_batch, rw_company, rw_received_ms,"
                                    " VehicleNo) VALUES (?1, ?2, ?3, ?4)"_s);
        s.bind(1, batch);
        s.bind(2, company);
        s.bind(3, batch * 1000);
        s.bind(4, plate);
        if (!s.exec())
            qFatal("%s", qPrintable(s.error().toString()));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir.filePath(u"b.sqlite"_s)));
        SchemaMigrator migrator = SchemaMigrator::platform();
        QVERIFY2(migrator.migrate(*m_db), qPrintable(migrator.error().toString()));
    }
    void cleanup()
    {
        m_db.reset();
        QFile::remove(m_dir.filePath(u"b.sqlite"_s));
    }

    void withoutTheTableNothingIsKnown()
    {
        VehicleBaseInfoQuery query(*m_db);
        QVERIFY(query.plates(u"C1"_s, 100).isEmpty());
        QVERIFY(!query.error().isError());
    }

    void platesOfTheCompanyBeforeTheUpload()
    {
        InterfaceTables tables(*m_db, InterfaceCatalogue::builtIn());
        QVERIFY(tables.ensure());
        baseInfo(1, u"C1"_s, u"琼D1"_s);
        baseInfo(2, u"C1"_s, u"琼D1"_s); // a change: the same vehicle again
        baseInfo(3, u"C2"_s, u"琼D2"_s);
        baseInfo(5, u"C1"_s, u"琼D3"_s);
        VehicleBaseInfoQuery query(*m_db);
        QCOMPARE(query.plates(u"C1"_s, 5), (QSet<QString>{u"琼D1"_s}));
        QCOMPARE(query.plates(u"C1"_s, 6), (QSet<QString>{u"琼D1"_s, u"琼D3"_s}));
        QCOMPARE(query.lookup()(u"C2"_s, 4), (QSet<QString>{u"琼D2"_s}));
        QVERIFY(query.plates(u"C3"_s, 100).isEmpty());
        QVERIFY(!query.error().isError());
    }

    void aDatabaseErrorIsKept()
    {
        InterfaceTables tables(*m_db, InterfaceCatalogue::builtIn());
        QVERIFY(tables.ensure());
        QVERIFY(m_db->exec(u"ALTER TABLE ipc_baseinfovehicle RENAME COLUMN VehicleNo TO Plate"_s));
        VehicleBaseInfoQuery query(*m_db);
        QVERIFY(query.plates(u"C1"_s, 5).isEmpty());
        QVERIFY(query.error().isError());
        QVERIFY2(query.error().toString().contains(u"base-info"_s), qPrintable(query.error().toString()));
        query.clearError();
        QVERIFY(!query.error().isError());
    }
};

QTEST_GUILESS_MAIN(TestVehicleBaseInfoQuery)
#include "tst_vehiclebaseinfoquery.moc"
