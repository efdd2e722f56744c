#include "outages/outagenoticematcher.h"

#include <QTest>

using namespace rw;

namespace {

constexpr qint64 kHour = 60 * 60 * 1000;
constexpr qint64 kStartS = 1'790'000'000; // the announced start, Unix s
constexpr qint64 kStart = kStartS * 1000;
const QString kCompany = QStringLiteral("C1");

Outage outage(qint64 startMs, qint64 endMs, OutageStream stream = OutageStream::Position)
{
    Outage o;
    o.companyId = kCompany;
    o.stream = stream;
    o.startMs = startMs;
    o.detectedMs = startMs + 5 * 60 * 1000;
    o.endMs = endMs;
    return o;
}

Notice notice(qint64 id, NoticeKind kind, qint64 receivedMs, qint64 startsAt, qint64 endsAt,
              QStringList streams = {}, QString reference = {})
{
    Notice n;
    n.id = id;
    n.companyId = kCompany;
    n.kind = kind;
    n.receivedMs = receivedMs;
    n.startsAt = startsAt;
    n.endsAt = endsAt;
    n.streams = std::move(streams);
    n.reference = std::move(reference);
    return n;
}

} // namespace

class tst_OutageNoticeMatcher : public QObject
{
    Q_OBJECT

private slots:
    void seventyTwoHourBoundary_data()
    {
        QTest::addColumn<qint64>("leadMs");
        QTest::addColumn<bool>("late");
        QTest::newRow("72:00:00") << 72 * kHour << false;
        QTest::newRow("71:59:59") << 72 * kHour - 1000 << true;
        QTest::newRow("71:59:59.999") << 72 * kHour - 1 << true;
        QTest::newRow("72:00:01") << 72 * kHour + 1000 << false;
        QTest::newRow("a week") << 7 * 24 * kHour << false;
    }

    void seventyTwoHourBoundary()
    {
        QFETCH(qint64, leadMs);
        QFETCH(bool, late);
        const OutageNoticeMatcher matcher;
        // The last record came 20 s before the announced 02:00 stop; data resumed at 04:00 as announced.
        const Outage o = outage(kStart - 20'000, kStart + 2 * kHour);
        const Notice planned = notice(1, NoticeKind::PlannedStop, kStart - leadMs, kStartS, kStartS + 7200);
        const OutageAssessment a = matcher.assess(o, {planned}, kStart + 3 * kHour);
        QVERIFY(a.planned);
        QCOMPARE(a.noticeLeadMs, leadMs);
        QCOMPARE(a.has(OutageAssessment::LateNotice), late);
        QVERIFY(!a.has(OutageAssessment::Undeclared));
        QVERIFY(!a.has(OutageAssessment::ExceedsNotice));
        QCOMPARE(a.isCompliantPlannedStop(), !late);
        QCOMPARE(matcher.isAnnouncedInTime(planned), !late);
    }

    void undeclaredWhenNothingCovers()
    {
        const OutageNoticeMatcher matcher;
        const Outage o = outage(kStart, kStart + kHour);
        const QList<Notice> notices = {
            // Another stream, another day, another company.
            notice(1, NoticeKind::PlannedStop, kStart - 100 * kHour, kStartS, kStartS + 3600,
                   {QStringLiteral("order")}),
            notice(2, NoticeKind::PlannedStop, kStart - 100 * kHour, kStartS + 86400, kStartS + 90000),
        };
        Notice other = notice(3, NoticeKind::Incident, kStart + 60'000, kStartS, 0);
        other.companyId = QStringLiteral("C2");
        const OutageAssessment a = matcher.assess(o, notices + QList<Notice>{other}, kStart + 2 * kHour);
        QVERIFY(!a.planned);
        QVERIFY(!a.incident);
        QVERIFY(a.has(OutageAssessment::Undeclared));
        QVERIFY(!a.has(OutageAssessment::ReportMissing)); // not yet due
        const OutageAssessment later = matcher.assess(o, notices, kStart + kHour + 7 * 24 * kHour + 1);
        QVERIFY(later.has(OutageAssessment::ReportMissing));
    }

    void overlappingPlannedStopsPreferTheOneInTime()
    {
        const OutageNoticeMatcher matcher;
        const Outage o = outage(kStart, kStart + 3 * kHour);
        // A late notice covering the whole outage and, received earlier, a timely one covering two hours.
        const Notice timely =
            notice(1, NoticeKind::PlannedStop, kStart - 80 * kHour, kStartS, kStartS + 7200);
        const Notice late =
            notice(2, NoticeKind::PlannedStop, kStart - 10 * kHour, kStartS, kStartS + 3 * 3600);
        const OutageAssessment a = matcher.assess(o, {late, timely}, kStart + 4 * kHour);
        QCOMPARE(a.planned->id, 1);
        QVERIFY(!a.has(OutageAssessment::LateNotice));
        QVERIFY(a.has(OutageAssessment::ExceedsNotice)); // it ran an hour past the timely window
        // Of two timely ones, the one covering more.
        const Notice wider =
            notice(3, NoticeKind::PlannedStop, kStart - 90 * kHour, kStartS, kStartS + 3 * 3600);
        const OutageAssessment b = matcher.assess(o, {timely, wider}, kStart + 4 * kHour);
        QCOMPARE(b.planned->id, 3);
        QVERIFY(!b.has(OutageAssessment::ExceedsNotice));
        QVERIFY(b.isCompliantPlannedStop());
        QVERIFY(!b.has(OutageAssessment::ReportMissing));
    }

    void incidentTrail()
    {
        const OutageNoticeMatcher matcher;
        const Outage o = outage(kStart, kStart + 2 * kHour);
        const Notice incident =
            notice(7, NoticeKind::Incident, kStart + 15 * 60 * 1000, 0, 0, {QStringLiteral("position")});
        // A restoration without reference after it, and a report referring to the incident by id; an
        // earlier unrelated report must not be taken.
        const Notice oldReport = notice(2, NoticeKind::WrittenReport, kStart - 48 * kHour, 0, 0);
        const Notice restored = notice(8, NoticeKind::Restoration, kStart + 2 * kHour, 0, 0);
        const Notice report =
            notice(9, NoticeKind::WrittenReport, kStart + 30 * kHour, 0, 0, {}, QStringLiteral("7"));
        const OutageAssessment a =
            matcher.assess(o, {report, restored, incident, oldReport}, kStart + 40 * kHour);
        QCOMPARE(a.incident->id, 7);
        QCOMPARE(a.incidentDelayMs, 15 * 60 * 1000);
        QCOMPARE(a.restoration->id, 8);
        QCOMPARE(a.report->id, 9);
        QVERIFY(!a.has(OutageAssessment::Undeclared));
        QVERIFY(!a.has(OutageAssessment::ReportMissing));

        const OutageAssessment noReport =
            matcher.assess(o, {incident, restored, oldReport}, kStart + 2 * kHour + 7 * 24 * kHour + 1);
        QVERIFY(!noReport.report);
        QVERIFY(noReport.has(OutageAssessment::ReportMissing));
    }

    void backfillIncompleteOnlyOnceClosed()
    {
        const OutageNoticeMatcher matcher;
        Outage o = outage(kStart, 0);
        o.ratePerMinute = 10;
        o.backfilledRecords = 10;
        QVERIFY(!matcher.assess(o, {}, kStart + kHour).has(OutageAssessment::BackfillIncomplete)); // open
        o.endMs = kStart + 10 * 60 * 1000; // 100 expected
        QVERIFY(matcher.assess(o, {}, kStart + kHour).has(OutageAssessment::BackfillIncomplete));
        o.backfilledRecords = 99;
        QVERIFY(!matcher.assess(o, {}, kStart + kHour).has(OutageAssessment::BackfillIncomplete));
    }
};

QTEST_GUILESS_MAIN(tst_OutageNoticeMatcher)
#include "tst_outagenoticematcher.moc"
