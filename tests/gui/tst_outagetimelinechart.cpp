// OutageTimelineChart: a lane per company, detected gaps and announced windows as bars on the CST month,
// both axes titled, one legend entry per kind, bars outside the month left out.
#include "guitest.h"
#include "outagetestsupport.h"

#include "outages/outagetimelinechart.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QDir>
#include <QFileInfo>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

using namespace rw;
using namespace rw::outagetest;
using namespace Qt::StringLiterals;

class tst_OutageTimelineChart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { guitest::quietOffscreenWarnings(); }

    void lanesBarsAndAxes()
    {
        const QJsonObject reply{
            {u"outages"_s,
             QJsonArray{outage(1, 0, 60, {}), outage(2, 300, 0, {}, QJsonValue(), u"C2"_s, u"A 出行"_s),
                        // October: outside the month shown.
                        outage(3, -3 * 24 * 60, 30, {})}}};
        const QList<OutageRecord> outages = *OutageRecord::listFromJson(reply);
        QList<NoticeRecord> notices{
            *NoticeRecord::fromJson(notice(7, u"planned_stop"_s, kT0 - 80 * kHour, kT0, kT0 + 2 * kHour), {}),
            *NoticeRecord::fromJson(notice(8, u"incident"_s, kT0 + kMinute, kT0, 0), {}),
            // Restorations and reports have no window to draw.
            *NoticeRecord::fromJson(notice(9, u"restoration"_s, kT0 + kHour, 0, 0), {})};

        OutageTimelineChart chart;
        chart.setMonth(2026, 11, kT0 + 6 * kHour);
        chart.setData(outages, notices);
        chart.resize(900, 320);
        chart.show();
        QCOMPARE(chart.lanes(), (QStringList{u"A 出行"_s, u"五指山约车"_s})); // by name
        QCOMPARE(chart.companyAxis()->categoriesLabels(), chart.lanes());
        QCOMPARE(chart.gapCount(), 2);
        QCOMPARE(chart.windowCount(), 2);
        QCOMPARE(chart.chart()->series().size(), 4);
        QCOMPARE(chart.timeAxis()->min(), 1.0);
        QCOMPARE(chart.timeAxis()->max(), 31.0);
        QCOMPARE(chart.timeAxis()->titleText(), u"Day of 2026-11 (China Standard Time)"_s);
        QCOMPARE(chart.companyAxis()->titleText(), u"Company"_s);
        // C1's first gap: 2026-11-02 09:00–10:00 CST, on day 2.375 of the axis, in C1's lane (1) below its
        // middle.
        auto *gap = qobject_cast<QAreaSeries *>(chart.chart()->series().at(0));
        QVERIFY(gap);
        QCOMPARE(gap->upperSeries()->at(0).x(), 2.375);
        QVERIFY(gap->upperSeries()->at(0).y() < 1.0);
        QVERIFY(gap->lowerSeries()->at(0).y() > 0.5);
        // One legend entry per kind.
        QStringList entries;
        for (QLegendMarker *m : chart.chart()->legend()->markers()) {
            if (m->isVisible())
                entries << m->label();
        }
        QCOMPARE(entries, (QStringList{u"Detected gap"_s, u"Planned stop announced (Art. 11)"_s,
                                       u"Incident notified (Art. 12)"_s}));
        QVERIFY(!guitest::saveScreenshot(&chart, u"outagetimeline"_s).isEmpty());

        // As the report gets it: a copy never shown, grabbed.
        OutageTimelineChart copy;
        copy.setMonth(2026, 11, kT0 + 6 * kHour);
        copy.setData(outages, notices);
        copy.resize(1100, 520);
        const QImage image = copy.grab().toImage();
        QVERIFY(image.save(QFileInfo(guitest::saveScreenshot(&chart, u"outagetimeline"_s))
                               .dir()
                               .filePath(u"outagetimeline-report.png"_s)));

        chart.clear();
        QCOMPARE(chart.gapCount(), 0);
        QVERIFY(chart.chart()->series().isEmpty());
    }
};

QTEST_MAIN(tst_OutageTimelineChart)
#include "tst_outagetimelinechart.moc"
