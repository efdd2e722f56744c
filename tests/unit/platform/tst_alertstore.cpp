// AlertStore: revisions over every change, one open alert per (kind, company, subject) enforced by the
// table, and the region scope applied in the query.

#include "alerts/alertstore.h"
#include "storage/database.h"
#include "storage/schemamigrator.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace rw;

class tst_AlertStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void revisionsCountEveryChange();
    void oneOpenAlertPerSubject();
    void scope();

private:
    AlertRecord alert(const QString &plate, const QString &region = QStringLiteral("469001"));

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void tst_AlertStore::init()
{
    m_db.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("platform.db"))));
    SchemaMigrator migrator = SchemaMigrator::platform();
    QVERIFY2(migrator.migrate(*m_db), qPrintable(migrator.error().toString()));
}

AlertRecord tst_AlertStore::alert(const QString &plate, const QString &region)
{
    AlertRecord a;
    a.kind = AlertKind::VehicleUnlicensed;
    a.article = QStringLiteral("第十八条");
    a.ruleId = QStringLiteral("vehicle.registered");
    a.companyId = QStringLiteral("C1");
    a.regionCode = region;
    a.vehicleNo = plate;
    a.firstSeenMs = a.lastSeenMs = 1000;
    a.detail = QJsonObject{{QStringLiteral("findings"), QJsonArray()}};
    return a;
}

void tst_AlertStore::revisionsCountEveryChange()
{
    AlertStore store(*m_db);
    QCOMPARE(store.latestRevision(), 0);
    AlertRecord a = alert(QStringLiteral("琼D1"));
    AlertRecord b = alert(QStringLiteral("琼D2"));
    QVERIFY(store.insert(&a));
    QVERIFY(store.insert(&b));
    QCOMPARE(a.id, 1);
    QCOMPARE(a.revision, 1);
    QCOMPARE(b.revision, 2);
    a.lastSeenMs = 2000;
    QVERIFY(store.update(&a));
    QCOMPARE(a.revision, 3);
    QVERIFY(store.close(&b, 2500));
    QCOMPARE(b.revision, 4);
    QCOMPARE(b.closedMs, 2500);
    QCOMPARE(store.latestRevision(), 4);

    const QList<AlertRecord> changes = store.changesSince(2, 10, RegionScope::fromCode(u"469001"));
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.at(0).id, a.id);
    QCOMPARE(changes.at(0).lastSeenMs, 2000);
    QCOMPARE(changes.at(1).id, b.id);
    QVERIFY(!changes.at(1).isOpen());
    QCOMPARE(store.changesSince(0, 1, RegionScope::fromCode(u"469001")).size(), 1);
    QCOMPARE(store.openAlerts().size(), 1);
    QVERIFY(!store.close(&b, 3000)); // closed already
}

void tst_AlertStore::oneOpenAlertPerSubject()
{
    AlertStore store(*m_db);
    AlertRecord a = alert(QStringLiteral("琼D1"));
    QVERIFY(store.insert(&a));
    AlertRecord again = alert(QStringLiteral("琼D1"));
    QVERIFY(!store.insert(&again));
    QVERIFY(store.error().isError());
    AlertRecord otherKind = alert(QStringLiteral("琼D1"));
    otherKind.kind = AlertKind::Retired;
    QVERIFY(store.insert(&otherKind));
    QVERIFY(store.close(&a, 5000));
    QVERIFY(store.insert(&again)); // a recurrence after closing is a new alert
    QVERIFY(again.id > a.id);
}

void tst_AlertStore::scope()
{
    AlertStore store(*m_db);
    for (const auto &[plate, region] : {std::pair{"琼D1", "469001"}, std::pair{"琼A1", "460100"},
                                        std::pair{"琼A2", "460105"}, std::pair{"粤B1", "440300"}}) {
        AlertRecord a = alert(QString::fromUtf8(plate), QString::fromLatin1(region));
        QVERIFY(store.insert(&a));
    }
    auto plates = [&](const char *code) {
        QStringList out;
        for (const AlertRecord &a :
             store.changesSince(0, 100, RegionScope::fromCode(QString::fromLatin1(code))))
            out.append(a.vehicleNo);
        return out;
    };
    QCOMPARE(plates("469001"), QStringList{QStringLiteral("琼D1")});
    QCOMPARE(plates("460100"), (QStringList{QStringLiteral("琼A1"), QStringLiteral("琼A2")}));
    QCOMPARE(plates("460000"),
             (QStringList{QStringLiteral("琼D1"), QStringLiteral("琼A1"), QStringLiteral("琼A2")}));
    QCOMPARE(plates("469002"), QStringList());
    QCOMPARE(store.changesSince(0, 100, RegionScope()).size(), 0);
}

QTEST_GUILESS_MAIN(tst_AlertStore)
#include "tst_alertstore.moc"
