#include "permits/permitsearch.h"
#include "permits/permitstore.h"
#include "permittestsupport.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rw;
using namespace rw::test;

class tst_PermitSearch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2024, 6, 1), QTime(8, 0), QTimeZone::utc())};
    Database m_db;
    QString m_id1 = idNumber(u"46900119900101123"_s);
    QString m_id2 = idNumber(u"11010519850505456"_s);

private slots:
    void initTestCase()
    {
        QVERIFY(openRegistry(m_db, m_dir.filePath(u"s.db"_s)));
        PermitStore store(m_db, m_clock);
        QVERIFY(store.import(batchOf(QList{vehicle(u"琼交运管五指山字100001号"_s, u"琼DD12345"_s, u"CO1"_s),
                                           vehicle(u"琼交运管五指山字100002号"_s, u"琼DD12346"_s, u"CO1"_s),
                                           vehicle(u"京交运管字200001号"_s, u"京AD11111"_s, u"CO2"_s,
                                                   QDate(2029, 1, 1), u"110105"_s)}),
                             {}));
        QVERIFY(store.import(batchOf(QList{driver(u"469001W1000001"_s, u"张伟"_s, m_id1, u"CO1"_s),
                                           driver(u"469001W1000002"_s, u"张伟明"_s,
                                                  idNumber(u"46900119900101145"_s), u"CO1"_s),
                                           driver(u"110105W2000001"_s, u"阿依古丽·买买提"_s, m_id2, u"CO2"_s,
                                                  QDate(2029, 1, 1), u"110105"_s)}),
                             {}));
        CompanyPermit c;
        c.certificate = u"琼交运网约字469001000001号"_s;
        c.companyId = u"CO1"_s;
        c.name = u"五指山椰岛出行科技有限公司"_s;
        c.regionCode = u"469001"_s;
        c.validFrom = QDate(2022, 1, 1);
        c.validTo = QDate(2026, 1, 1);
        QVERIFY(store.import(batchOf(QList{c}), {}));
    }

    void classify_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<PermitSearch::QueryClass>("expected");
        using C = PermitSearch::QueryClass;
        QTest::newRow("plate") << u"琼DD12345"_s << C::Plate;
        QTest::newRow("plate spaced") << u"琼 dd 12345"_s << C::Plate;
        QTest::newRow("plate prefix") << u"琼D"_s << C::PlatePrefix;
        QTest::newRow("id") << m_id1 << C::IdNumber;
        QTest::newRow("id bad check")
            << m_id1.left(17) + (m_id1.at(17) == u'1' ? u'2' : u'1') << C::Certificate;
        QTest::newRow("vin") << vinFor(42) << C::Vin;
        QTest::newRow("name") << u"张伟"_s << C::Name;
        QTest::newRow("minority name") << u"阿依古丽·买买提"_s << C::Name;
        QTest::newRow("company") << u"椰岛出行"_s << C::Company;
        QTest::newRow("long text") << u"五指山市椰岛网约车"_s << C::Company;
        QTest::newRow("certificate") << u"469001W1000001"_s << C::Certificate;
        QTest::newRow("chinese certificate") << u"琼交运管五指山字100001号"_s << C::Certificate;
        QTest::newRow("empty") << u"  "_s << C::Empty;
    }
    void classify()
    {
        QFETCH(QString, query);
        QFETCH(PermitSearch::QueryClass, expected);
        QCOMPARE(PermitSearch::classify(query), expected);
    }

    void findsByEveryKey()
    {
        PermitSearch search(m_db);
        const PermitSearch::Options all;
        auto r = search.search(u"琼 dd12345"_s, all);
        QCOMPARE(r.hits.size(), 1);
        QCOMPARE(r.hits.at(0).vehicle.certificate, u"琼交运管五指山字100001号"_s);
        QCOMPARE(r.hits.at(0).matchedOn, u"plate"_s);

        r = search.search(u"琼DD123"_s, all);
        QCOMPARE(r.queryClass, PermitSearch::QueryClass::PlatePrefix);
        QCOMPARE(r.hits.size(), 2);
        // A full ordinary plate that also starts two new-energy plates.
        r = search.search(u"琼DD1234"_s, all);
        QCOMPARE(r.queryClass, PermitSearch::QueryClass::Plate);
        QCOMPARE(r.hits.size(), 2);

        r = search.search(m_id1.toLower(), all);
        QCOMPARE(r.hits.size(), 1);
        QCOMPARE(r.hits.at(0).driver.name, u"张伟"_s);

        r = search.search(u"琼交运管五指山字100002号"_s, all);
        QCOMPARE(r.hits.size(), 1);
        QCOMPARE(r.hits.at(0).vehicle.plate, u"琼DD12346"_s);

        r = search.search(u"469001W100000"_s, all); // a certificate prefix
        QCOMPARE(r.hits.size(), 2);

        r = search.search(u"CO1"_s, all); // a CompanyId
        QCOMPARE(r.hits.size(), 1);
        QCOMPARE(r.hits.at(0).kind, PermitKind::Company);
    }

    void namesExactPrefixAndContains()
    {
        PermitSearch search(m_db);
        auto r = search.search(u"张伟"_s, {});
        QCOMPARE(r.hits.size(), 2);
        QCOMPARE(r.hits.at(0).driver.name, u"张伟"_s); // the exact name first
        QCOMPARE(r.hits.at(1).driver.name, u"张伟明"_s);
        // Three characters from the middle of a name: only the trigram index finds it.
        r = search.search(u"古丽·"_s, {});
        QCOMPARE(r.hits.size(), 1);
        QCOMPARE(r.hits.at(0).driver.certificate, u"110105W2000001"_s);
        r = search.search(u"椰岛出行"_s, {});
        QCOMPARE(r.hits.size(), 1);
        QCOMPARE(r.hits.at(0).kind, PermitKind::Company);
    }

    void scopeAndLimit()
    {
        PermitSearch search(m_db);
        PermitSearch::Options hainan;
        hainan.scope = RegionScope::fromCode(u"460000");
        QCOMPARE(search.search(u"京AD11111"_s, hainan).hits.size(), 0);
        PermitSearch::Options beijing;
        beijing.scope = RegionScope::fromCode(u"110105");
        QCOMPARE(search.search(u"京AD11111"_s, beijing).hits.size(), 1);
        QCOMPARE(search.search(u"张伟"_s, beijing).hits.size(), 0);
        PermitSearch::Options one;
        one.limit = 1;
        const auto r = search.search(u"琼D"_s, one);
        QCOMPARE(r.hits.size(), 1);
        QVERIFY(r.truncated);
    }

    void scanAgreesWithIndexes()
    {
        PermitSearch search(m_db);
        for (const QString &q : {u"琼DD12345"_s, u"张伟明"_s, u"469001W1000002"_s, m_id2}) {
            const auto indexed = search.search(q, {});
            const auto scanned = search.scan(q, {});
            QCOMPARE(scanned.hits.size(), indexed.hits.size());
            QCOMPARE(scanned.hits.value(0).id(), indexed.hits.value(0).id());
        }
    }

    void supersededPermitsAreNotFound()
    {
        PermitStore store(m_db, m_clock);
        VehiclePermit moved = vehicle(u"琼交运管五指山字100002号"_s, u"琼DD99999"_s, u"CO1"_s);
        QVERIFY(store.import(batchOf(QList{moved}), {}));
        PermitSearch search(m_db);
        QCOMPARE(search.search(u"琼DD12346"_s, {}).hits.size(), 0);
        QCOMPARE(search.search(u"琼DD99999"_s, {}).hits.size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_PermitSearch)
#include "tst_permitsearch.moc"
