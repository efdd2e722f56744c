// PermitRegistryCheck on a real platform database: the permit registry as it stood at a moment.

#include "quality/permitregistrycheck.h"

#include "storage/database.h"
#include "storage/schemamigrator.h"
#include "storage/statement.h"

#include <QTemporaryDir>
#include <QTest>

using namespace rw;
using namespace Qt::StringLiterals;

class TestPermitRegistryCheck : public QObject
{
    Q_OBJECT

private:
    using Holder = OrderPermitCheck::Holder;

    /** A vehicle permit row; returns its id. */
    qint64 vehicle(const QString &certificate, const QString &plate, int from, int to, qint64 importedMs,
                   std::optional<qint64> supersededMs = {}, qint64 replaces = 0)
    {
        Statement s = m_db->prepare(QStringLiteral("INSERT INTO permit_vehicle (certificate, plate, "
                                                   "company_id, vin, region_code, valid_from, valid_to,"
                                                   " imported_ms, superseded_ms, replaces) VALUES (?1, ?2, "
                                                   "'C1', 'VIN', '469001', ?3, ?4, ?5, ?6, ?7)"));
        s.bind(1, certificate);
        s.bind(2, plate);
        s.bind(3, from);
        s.bind(4, to);
        s.bind(5, importedMs);
        if (supersededMs)
            s.bind(6, *supersededMs);
        else
            s.bindNull(6);
        if (replaces)
            s.bind(7, replaces);
        else
            s.bindNull(7);
        if (!s.exec())
            qFatal("%s", qPrintable(s.error().toString()));
        return m_db->lastInsertRowId();
    }
    qint64 driver(const QString &certificate, const QString &licence, const QString &idNumber, int from,
                  int to, qint64 importedMs)
    {
        Statement s = m_db->prepare(QStringLiteral(
            "INSERT INTO permit_driver (certificate, name, id_number, licence, company_id, region_code,"
            " valid_from, valid_to, imported_ms) VALUES (?1, 'N', ?2, ?3, 'C1', '469001', ?4, ?5, ?6)"));
        s.bind(1, certificate);
        s.bind(2, idNumber);
        s.bind(3, licence);
        s.bind(4, from);
        s.bind(5, to);
        s.bind(6, importedMs);
        if (!s.exec())
            qFatal("%s", qPrintable(s.error().toString()));
        return m_db->lastInsertRowId();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_counter = 0;

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("p%1.sqlite").arg(++m_counter))));
        SchemaMigrator migrator = SchemaMigrator::platform();
        QVERIFY2(migrator.migrate(*m_db), qPrintable(migrator.error().toString()));
    }
    void cleanup() { m_db.reset(); }

    void validDatesAtTheMoment()
    {
        vehicle(u"V1"_qs, u"琼D1"_qs, 20250101, 20261231, 1000);
        PermitRegistryCheck check(*m_db);
        QVERIFY(check.isValid(Holder::Vehicle, u"琼D1"_qs, 20260301, 2000));
        QVERIFY(check.isValid(Holder::Vehicle, u"琼D1"_qs, 20261231, 2000));  // the last day counts
        QVERIFY(!check.isValid(Holder::Vehicle, u"琼D1"_qs, 20270101, 2000)); // expired
        QVERIFY(!check.isValid(Holder::Vehicle, u"琼D1"_qs, 20241231, 2000)); // not yet valid
        QVERIFY(!check.isValid(Holder::Vehicle, u"琼D2"_qs, 20260301, 2000)); // no permit
        QVERIFY(!check.error().isError());
    }

    void notYetImportedDoesNotCount()
    {
        vehicle(u"V1"_qs, u"琼D1"_qs, 20250101, 20261231, 5000);
        PermitRegistryCheck check(*m_db);
        QVERIFY(!check.isValid(Holder::Vehicle, u"琼D1"_qs, 20260301, 4999));
        QVERIFY(check.isValid(Holder::Vehicle, u"琼D1"_qs, 20260301, 5000));
    }

    void supersededAfterReceiptStillCounts()
    {
        // Valid until re-imported at 8000 with an expired term: an order received before counts as
        // compliant, one received after not.
        const qint64 old = vehicle(u"V1"_qs, u"琼D1"_qs, 20250101, 20261231, 1000, 8000);
        vehicle(u"V1"_qs, u"琼D1"_qs, 20250101, 20260115, 8000, std::nullopt, old);
        PermitRegistryCheck check(*m_db);
        QVERIFY(check.isValid(Holder::Vehicle, u"琼D1"_qs, 20260301, 7999));
        QVERIFY(!check.isValid(Holder::Vehicle, u"琼D1"_qs, 20260301, 8000));
        // The other way round: expired until a renewal was imported.
        const qint64 expired = vehicle(u"V2"_qs, u"琼D2"_qs, 20200101, 20251231, 1000, 9000);
        vehicle(u"V2"_qs, u"琼D2"_qs, 20260101, 20301231, 9000, std::nullopt, expired);
        QVERIFY(!check.isValid(Holder::Vehicle, u"琼D2"_qs, 20260301, 8999));
        QVERIFY(check.isValid(Holder::Vehicle, u"琼D2"_qs, 20260301, 9000));
    }

    void driverByLicenceOrIdNumber()
    {
        driver(u"D1"_qs, u"LIC1"_qs, u"460001199001011234"_qs, 20250101, 20261231, 1000);
        PermitRegistryCheck check(*m_db);
        QVERIFY(check.isValid(Holder::Driver, u"LIC1"_qs, 20260301, 2000));
        QVERIFY(check.isValid(Holder::Driver, u"460001199001011234"_qs, 20260301, 2000));
        QVERIFY(!check.isValid(Holder::Driver, u"LIC2"_qs, 20260301, 2000));
        // A plate is not a driver.
        QVERIFY(!check.isValid(Holder::Vehicle, u"LIC1"_qs, 20260301, 2000));
    }

    void answersAreCachedUntilCleared()
    {
        PermitRegistryCheck check(*m_db);
        QVERIFY(!check.isValid(Holder::Vehicle, u"琼D1"_qs, 20260301, 2000));
        vehicle(u"V1"_qs, u"琼D1"_qs, 20250101, 20261231, 1000);
        QVERIFY(!check.isValid(Holder::Vehicle, u"琼D1"_qs, 20260301, 2000)); // cached
        check.clearCache();
        QVERIFY(check.isValid(Holder::Vehicle, u"琼D1"_qs, 20260301, 2000));
        QVERIFY(check.lookup()(Holder::Vehicle, u"琼D1"_qs, 20260301, 2000));
    }

    void databaseErrorIsKept()
    {
        QVERIFY(m_db->exec(QStringLiteral("DROP TABLE permit_driver_fts")));
        QVERIFY(m_db->exec(QStringLiteral("DROP TABLE permit_driver")));
        PermitRegistryCheck check(*m_db);
        QVERIFY(!check.isValid(Holder::Driver, u"LIC1"_qs, 20260301, 2000));
        QVERIFY(check.error().isError());
        QVERIFY2(check.error().toString().contains(u"permit_driver"_s), qPrintable(check.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestPermitRegistryCheck)
#include "tst_permitregistrycheck.moc"
