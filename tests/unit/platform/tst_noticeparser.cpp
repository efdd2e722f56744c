#include "intake/noticeparser.h"

#include "protocol/spectime.h"

#include <QTest>

using namespace rw;

class tst_NoticeParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plannedStop();
    void incidentDefaultsToAllStreams();
    void refusals_data();
    void refusals();
};

static const QString kCompany = QStringLiteral("4690AAAAAAAA");

void tst_NoticeParser::plannedStop()
{
    QString error;
    const auto notice = NoticeParser::parse(
        R"({"CompanyId":"4690AAAAAAAA","Kind":"planned_stop","StartTime":20261124020000,"EndTime":20261124040000,)"
        R"("Streams":["position","order"],"Reason":"服务器迁移","Contact":"张三 19900000000"})",
        kCompany, &error);
    QVERIFY2(notice, qPrintable(error));
    QCOMPARE(notice->kind, NoticeKind::PlannedStop);
    // 02:00 China time is 18:00 UTC the day before.
    QCOMPARE(notice->startsAt, *SpecTime::fromDateTime(20261124020000));
    QCOMPARE(notice->endsAt - notice->startsAt, 2 * 3600);
    QCOMPARE(notice->streams, (QStringList{QStringLiteral("position"), QStringLiteral("order")}));
    QCOMPARE(notice->reason, QStringLiteral("服务器迁移"));
}

void tst_NoticeParser::incidentDefaultsToAllStreams()
{
    QString error;
    const auto notice =
        NoticeParser::parse(R"({"Kind":"incident","StartTime":20261124020000})", kCompany, &error);
    QVERIFY2(notice, qPrintable(error));
    QCOMPARE(notice->companyId, kCompany);
    QCOMPARE(notice->endsAt, 0);
    QCOMPARE(notice->streams.size(), 6);
}

void tst_NoticeParser::refusals_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not json") << QByteArray("{") << QStringLiteral("JSON");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("object");
    QTest::newRow("kind") << QByteArray(R"({"Kind":"holiday"})") << QStringLiteral("holiday");
    QTest::newRow("other company")
        << QByteArray(R"({"CompanyId":"4690BBBBBBBB","Kind":"incident","StartTime":20261124020000})")
        << QStringLiteral("4690BBBBBBBB");
    QTest::newRow("planned without end")
        << QByteArray(R"({"Kind":"planned_stop","StartTime":20261124020000})") << QStringLiteral("EndTime");
    QTest::newRow("incident without start")
        << QByteArray(R"({"Kind":"incident"})") << QStringLiteral("StartTime");
    QTest::newRow("bad date") << QByteArray(R"({"Kind":"incident","StartTime":20260230020000})")
                              << QStringLiteral("20260230020000");
    QTest::newRow("time as text") << QByteArray(R"({"Kind":"incident","StartTime":"20261124020000"})")
                                  << QStringLiteral("StartTime");
    QTest::newRow("end before start")
        << QByteArray(R"({"Kind":"planned_stop","StartTime":20261124040000,"EndTime":20261124020000})")
        << QStringLiteral("EndTime");
    QTest::newRow("unknown stream")
        << QByteArray(R"({"Kind":"incident","StartTime":20261124020000,"Streams":["weather"]})")
        << QStringLiteral("weather");
}

void tst_NoticeParser::refusals()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, mentions);
    QString error;
    QVERIFY(!NoticeParser::parse(body, kCompany, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_NoticeParser)
#include "tst_noticeparser.moc"
