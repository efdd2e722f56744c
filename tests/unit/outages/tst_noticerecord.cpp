// NoticeRecord reads the notice object of docs/outage-contracts.md (GET /api/v1/notices and the outages'
// assessments); errors name the JSON path.
#include "outages/noticerecord.h"
#include "outagetestsupport.h"

#include <QTest>

using namespace rw;
using namespace rw::outagetest;
using namespace Qt::StringLiterals;

class tst_NoticeRecord : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryKind()
    {
        QJsonObject restoration = notice(5, u"restoration"_s, kT0 + kHour, 0, 0);
        restoration.insert(u"reference"_s, u"4"_s);
        restoration.insert(u"streams"_s, QJsonArray{});
        const QJsonObject reply{
            {u"notices"_s, QJsonArray{notice(3, u"planned_stop"_s, kT0 - 71 * kHour, kT0, kT0 + 2 * kHour),
                                      notice(4, u"incident"_s, kT0 + kMinute, kT0, 0), restoration,
                                      notice(6, u"written_report"_s, kT0 + 2 * kHour, 0, 0)}}};
        QString error;
        const auto list = NoticeRecord::listFromJson(reply, &error);
        QVERIFY2(list, qPrintable(error));
        QCOMPARE(list->size(), 4);
        const NoticeRecord &planned = list->at(0);
        QCOMPARE(planned.kind, NoticeKind::PlannedStop);
        QCOMPARE(planned.startsAtMs, kT0);
        QCOMPARE(planned.endsAtMs, kT0 + 2 * kHour);
        QCOMPARE(planned.announcedInTime, std::optional<bool>(false)); // 71 h ahead (Art. 11: 72)
        QCOMPARE(planned.streams, QStringList{u"position"_s});
        QCOMPARE(planned.reason, u"服务器迁移"_s);
        QCOMPARE(list->at(1).kind, NoticeKind::Incident);
        QCOMPARE(list->at(1).endsAtMs, 0);
        QVERIFY(!list->at(1).announcedInTime);
        QCOMPARE(list->at(2).kind, NoticeKind::Restoration);
        QCOMPARE(list->at(2).reference, u"4"_s);
        QVERIFY(list->at(2).streams.isEmpty());
        QCOMPARE(list->at(3).kind, NoticeKind::WrittenReport);
        QCOMPARE(NoticeRecord::kindTitle(NoticeKind::PlannedStop), u"Planned stop (Art. 11)"_s);
        QCOMPARE(NoticeRecord::kindTitle(NoticeKind::WrittenReport), u"Written report (Art. 12)"_s);
    }

    void malformedNoticesNameThePath_data()
    {
        QTest::addColumn<QJsonObject>("item");
        QTest::addColumn<QString>("error");
        QJsonObject n = notice(3, u"memo"_s, kT0, 0, 0);
        QTest::newRow("unknown kind") << n << u"notices[1].kind: \"memo\""_s;
        n = notice(3, u"incident"_s, kT0, 0, 0);
        n.insert(u"streams"_s, QJsonArray{u"position"_s, 7});
        QTest::newRow("stream not a string") << n << u"notices[1].streams[1]: 7 is not a string"_s;
        n = notice(3, u"incident"_s, kT0, 0, 0);
        n.insert(u"startsAt"_s, -5);
        QTest::newRow("negative start") << n << u"notices[1].startsAt:"_s;
        n = notice(3, u"incident"_s, kT0, 0, 0);
        n.insert(u"id"_s, 0);
        QTest::newRow("id 0") << n << u"notices[1].id:"_s;
        n = notice(3, u"incident"_s, kT0, 0, 0);
        n.insert(u"companyId"_s, u""_s);
        QTest::newRow("no company") << n << u"notices[1].companyId: empty"_s;
    }

    void malformedNoticesNameThePath()
    {
        QFETCH(QJsonObject, item);
        QFETCH(QString, error);
        const QJsonObject reply{{u"notices"_s, QJsonArray{notice(1, u"incident"_s, kT0, 0, 0), item}}};
        QString message;
        QVERIFY(!NoticeRecord::listFromJson(reply, &message));
        QVERIFY2(message.startsWith(error), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(tst_NoticeRecord)
#include "tst_noticerecord.moc"
