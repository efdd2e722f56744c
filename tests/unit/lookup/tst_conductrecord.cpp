// ConductRecord::fromJson: the record of a vehicle (bad-record entries, complaints, penalties) as
// /api/v1/conduct answers it, spec times accepted, malformed values named by path.

#include "lookup/conductrecord.h"

#include "lookuptestsupport.h"

#include <QJsonDocument>
#include <QTest>

using namespace rw;

class tst_ConductRecord : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vehicleRecord();
    void driverRecordNamesItsCertificate();
    void malformed_data();
    void malformed();
};

void tst_ConductRecord::vehicleRecord()
{
    QString error;
    const auto record =
        ConductRecord::fromJson(lookuptest::fixture(QStringLiteral("conduct_vehicle.json")), &error);
    QVERIFY2(record, qPrintable(error));
    QCOMPARE(record->subject, ConductRecord::Subject::Vehicle);
    QCOMPARE(record->key(), QStringLiteral("琼DD12345"));
    QCOMPARE(record->badRecords.size(), 2);
    const ConductRecord::BadRecord &first = record->badRecords.first();
    QCOMPARE(first.id, 7);
    QCOMPARE(first.reason, QStringLiteral("拒载、绕道：多次投诉 <属实>"));
    QCOMPARE(first.until, QDate(2027, 5, 31));
    QVERIFY(first.active);
    QCOMPARE(first.addedAt.toUTC(), QDateTime(QDate(2026, 10, 2), QTime(1, 15), Qt::UTC));
    const ConductRecord::BadRecord &removed = record->badRecords.at(1);
    QVERIFY(!removed.active);
    QVERIFY(!removed.until.isValid()); // null: until removed
    QCOMPARE(removed.removeReason, QStringLiteral("已复检合格"));
    QCOMPARE(record->activeBadRecords().size(), 1);

    QCOMPARE(record->complaints.size(), 2);
    QCOMPARE(record->complaints.first().orderId, QStringLiteral("ORD202611020001"));
    // The companies' YYYYMMDDhhmmss, China Standard Time.
    QCOMPARE(record->complaints.at(1).time.toUTC(), QDateTime(QDate(2026, 10, 15), QTime(0, 30), Qt::UTC));
    QCOMPARE(record->penalties.size(), 1);
    QCOMPARE(record->penalties.first().result, QStringLiteral("罚款200元"));
}

void tst_ConductRecord::driverRecordNamesItsCertificate()
{
    QString error;
    const auto record = ConductRecord::fromJson(
        QJsonDocument::fromJson(R"({"subject": "driver", "driver": "4690010000000201"})").object(), &error);
    QVERIFY2(record, qPrintable(error));
    QCOMPARE(record->subject, ConductRecord::Subject::Driver);
    QCOMPARE(record->key(), QStringLiteral("4690010000000201"));
    QVERIFY(record->badRecords.isEmpty() && record->complaints.isEmpty() && record->penalties.isEmpty());
}

void tst_ConductRecord::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("inError");
    QTest::newRow("no subject") << QByteArray(R"({"plate": "琼DD1"})")
                                << QStringList{QStringLiteral("subject"), QStringLiteral("missing")};
    QTest::newRow("unknown subject") << QByteArray(R"({"subject": "company"})")
                                     << QStringList{QStringLiteral("subject"), QStringLiteral("\"company\"")};
    QTest::newRow("complaints an object")
        << QByteArray(R"({"subject": "vehicle", "complaints": {}})")
        << QStringList{QStringLiteral("complaints"), QStringLiteral("not an array")};
    QTest::newRow("complaint time") << QByteArray(
                                           R"({"subject": "vehicle", "complaints": [{"time": "yesterday"}]})")
                                    << QStringList{QStringLiteral("complaints[0].time"),
                                                   QStringLiteral("\"yesterday\"")};
    QTest::newRow("bad record until")
        << QByteArray(
               R"({"subject": "vehicle", "badRecords": [{"id": 1}, {"id": 2, "until": "2027-02-30"}]})")
        << QStringList{QStringLiteral("badRecords[1].until"), QStringLiteral("\"2027-02-30\"")};
    QTest::newRow("penalty a number")
        << QByteArray(R"({"subject": "vehicle", "penalties": [5]})")
        << QStringList{QStringLiteral("penalties[0]"), QStringLiteral("not an object")};
}

void tst_ConductRecord::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, inError);
    QString error;
    QVERIFY(!ConductRecord::fromJson(QJsonDocument::fromJson(json).object(), &error));
    for (const QString &part : inError)
        QVERIFY2(error.contains(part), qPrintable(QStringLiteral("\"%1\" not in \"%2\"").arg(part, error)));
}

QTEST_GUILESS_MAIN(tst_ConductRecord)
#include "tst_conductrecord.moc"
