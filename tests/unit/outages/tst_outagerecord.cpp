// OutageRecord and NoticeRecord read the outage and notice objects of docs/outage-contracts.md; a reply that
// does not follow it is refused naming the JSON path.
#include "outages/outagerecord.h"
#include "outagetestsupport.h"

#include <QTest>

using namespace rw;
using namespace rw::outagetest;
using namespace Qt::StringLiterals;

class tst_OutageRecord : public QObject
{
    Q_OBJECT

private slots:
    void readsAListOfOutages()
    {
        QJsonObject planned = notice(3, u"planned_stop"_s, kT0 - 72 * kHour, kT0, kT0 + 2 * kHour);
        QJsonObject withNotice = outage(12, 0, 60, QJsonArray{u"backfillIncomplete"_s});
        QJsonObject a = withNotice.value(u"assessment"_s).toObject();
        a.insert(u"planned"_s, planned);
        a.insert(u"noticeLeadMs"_s, 72 * kHour);
        withNotice.insert(u"assessment"_s, a);
        const QJsonObject reply{
            {u"outages"_s,
             QJsonArray{withNotice, outage(13, 120, 0, QJsonArray{u"undeclared"_s}, QJsonValue())}}};
        QString error;
        const auto list = OutageRecord::listFromJson(reply, &error);
        QVERIFY2(list, qPrintable(error));
        QCOMPARE(list->size(), 2);
        const OutageRecord &o = list->at(0);
        QCOMPARE(o.id, 12);
        QCOMPARE(o.companyName, u"五指山约车"_s);
        QCOMPARE(o.stream, OutageStream::Position);
        QCOMPARE(o.startedAtMs, kT0);
        QCOMPARE(o.endedAtMs, kT0 + kHour);
        QCOMPARE(o.expectedRecords, 1200);
        QCOMPARE(*o.backfillRate, 0.9);
        QVERIFY(o.flags.testFlag(OutageAssessment::BackfillIncomplete));
        QVERIFY(o.planned);
        QCOMPARE(o.planned->kind, NoticeKind::PlannedStop);
        QCOMPARE(*o.planned->announcedInTime, true);
        QCOMPARE(o.noticeStatus(), u"Planned stop, announced in time"_s);
        QCOMPARE(o.flagsText(), u"Back-fill incomplete (Art. 12)"_s);

        const OutageRecord &open = list->at(1);
        QVERIFY(open.isOpen());
        QVERIFY(!open.backfillRate);
        QCOMPARE(open.shownEndMs(), open.startedAtMs + 7 * kMinute);
        QCOMPARE(open.noticeStatus(), u"No notice"_s);
        QCOMPARE(open.flagsText(), u"Not declared"_s);
    }

    void flagsReadAsTextWithTheirArticle()
    {
        QCOMPARE(OutageRecord::flagText(OutageAssessment::LateNotice),
                 u"Late notice (under 72 h, Art. 11)"_s);
        QCOMPARE(OutageRecord::flagText(OutageAssessment::ReportMissing),
                 u"Written report missing (Art. 12)"_s);
        QCOMPARE(OutageRecord::flagFromKey(u"exceedsNotice"_s), OutageAssessment::ExceedsNotice);
        QVERIFY(!OutageRecord::flagFromKey(u"late"_s));
        OutageRecord o;
        o.flags = OutageAssessment::ReportMissing | OutageAssessment::Undeclared;
        QCOMPARE(o.flagsText(), u"Not declared; Written report missing (Art. 12)"_s);
        QCOMPARE(OutageRecord::durationText(65 * kMinute), u"1 h 5 min"_s);
        QCOMPARE(OutageRecord::durationText(26 * kHour), u"1 d 2 h"_s);
    }

    void theDetailCarriesTheTrail()
    {
        QJsonObject reply = outage(12, 0, 60, QJsonArray{});
        reply.insert(u"notices"_s, QJsonArray{notice(3, u"incident"_s, kT0 + 10 * kMinute, kT0, 0),
                                              notice(4, u"written_report"_s, kT0 + 2 * kHour, 0, 0)});
        QString error;
        const auto o = OutageRecord::detailFromJson(reply, &error);
        QVERIFY2(o, qPrintable(error));
        QCOMPARE(o->notices.size(), 2);
        QCOMPARE(o->notices.at(0).kind, NoticeKind::Incident);
        QCOMPARE(o->notices.at(0).endsAtMs, 0);
        QVERIFY(!o->notices.at(0).announcedInTime);
        QCOMPARE(o->notices.at(1).kind, NoticeKind::WrittenReport);
    }

    void malformedRepliesNameThePath_data()
    {
        QTest::addColumn<QJsonObject>("reply");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("detail");
        const auto listOf = [](const QJsonObject &o) {
            return QJsonObject{{u"outages"_s, QJsonArray{outage(1, 0, 5, {}), o}}};
        };
        QJsonObject o = outage(2, 0, 5, {});
        o.insert(u"stream"_s, u"telemetry"_s);
        QTest::newRow("unknown stream") << listOf(o) << u"outages[1].stream"_s << u"telemetry"_s;
        o = outage(2, 0, 5, QJsonArray{u"late"_s});
        QTest::newRow("unknown flag") << listOf(o) << u"outages[1].assessment.flags"_s << u"late"_s;
        o = outage(2, 0, 5, {});
        QJsonObject a = o.value(u"assessment"_s).toObject();
        QJsonObject bad = notice(3, u"memo"_s, kT0, kT0, 0);
        a.insert(u"incident"_s, bad);
        o.insert(u"assessment"_s, a);
        QTest::newRow("bad notice kind")
            << listOf(o) << u"outages[1].assessment.incident.kind"_s << u"memo"_s;
        o = outage(2, 0, 5, {});
        o.insert(u"backfillRate"_s, 1.5);
        QTest::newRow("rate above 1") << listOf(o) << u"outages[1].backfillRate"_s << u"1.5"_s;
        o = outage(2, 0, 5, {});
        o.remove(u"backfillRate"_s);
        QTest::newRow("rate missing") << listOf(o) << u"outages[1].backfillRate"_s << u"missing"_s;
        o = outage(2, 0, 5, {});
        o.insert(u"startedAt"_s, u"yesterday"_s);
        QTest::newRow("start not a number") << listOf(o) << u"outages[1].startedAt"_s << u"yesterday"_s;
        o = outage(2, 30, 5, {});
        o.insert(u"endedAt"_s, kT0);
        QTest::newRow("end before start") << listOf(o) << u"outages[1].endedAt"_s << u"before"_s;
        QTest::newRow("not a list") << QJsonObject{{u"outages"_s, 3}} << u"outages"_s << u"not a list"_s;
        QTest::newRow("item not an object")
            << QJsonObject{{u"outages"_s, QJsonArray{1}}} << u"outages"_s << u"item 0"_s;
        QTest::newRow("no outages") << QJsonObject{} << u"outages"_s << u"missing"_s;
    }

    void malformedRepliesNameThePath()
    {
        QFETCH(QJsonObject, reply);
        QFETCH(QString, path);
        QFETCH(QString, detail);
        QString error;
        QVERIFY(!OutageRecord::listFromJson(reply, &error));
        QVERIFY2(error.startsWith(path + u":"_s), qPrintable(error));
        QVERIFY2(error.contains(detail), qPrintable(error));
    }

    void aMalformedTrailNoticeNamesItsPath()
    {
        QJsonObject reply = outage(12, 0, 60, QJsonArray{});
        QJsonObject bad = notice(4, u"incident"_s, kT0, kT0, 0);
        bad.remove(u"receivedAt"_s);
        reply.insert(u"notices"_s, QJsonArray{notice(3, u"incident"_s, kT0, kT0, 0), bad});
        QString error;
        QVERIFY(!OutageRecord::detailFromJson(reply, &error));
        QVERIFY2(error.startsWith(u"notices[1].receivedAt: missing"_s), qPrintable(error));

        QJsonObject planned = notice(5, u"planned_stop"_s, kT0, kT0, 0);
        planned.insert(u"announcedInTime"_s, u"yes"_s);
        QVERIFY(!NoticeRecord::fromJson(planned, u"n"_s, &error));
        QVERIFY2(error.startsWith(u"n.announcedInTime"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(tst_OutageRecord)
#include "tst_outagerecord.moc"
