// OutageDetailView: the gap, the back-fill bar, the flags with their articles and the notice trail.
#include "guitest.h"
#include "outagetestsupport.h"

#include "outages/outagedetailview.h"

#include <QLabel>
#include <QProgressBar>
#include <QTableWidget>

using namespace rw;
using namespace rw::outagetest;
using namespace Qt::StringLiterals;

class tst_OutageDetailView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { guitest::quietOffscreenWarnings(); }

    void showsTheOutage()
    {
        QJsonObject reply = outage(12, 0, 65, QJsonArray{u"lateNotice"_s, u"backfillIncomplete"_s}, 0.5);
        QJsonObject a = reply.value(u"assessment"_s).toObject();
        const QJsonObject planned = notice(3, u"planned_stop"_s, kT0 - 71 * kHour, kT0, kT0 + kHour);
        a.insert(u"planned"_s, planned);
        reply.insert(u"assessment"_s, a);
        reply.insert(u"notices"_s, QJsonArray{planned, notice(4, u"incident"_s, kT0 + 2 * kHour, kT0, 0)});
        QString error;
        const auto o = OutageRecord::detailFromJson(reply, &error);
        QVERIFY2(o, qPrintable(error));

        OutageDetailView view;
        view.resize(800, 420);
        view.show();
        QVERIFY(!view.hasOutage());
        view.setOutage(*o);
        QVERIFY(view.hasOutage());
        QCOMPARE(view.backfillBar()->value(), 500);
        QCOMPARE(view.backfillBar()->text(), u"50.0 %"_s);
        QVERIFY(view.flagsLabel()->text().contains(u"Late notice (under 72 h, Art. 11)"_s));
        QVERIFY(view.flagsLabel()->text().contains(u"Back-fill incomplete (Art. 12)"_s));
        QCOMPARE(view.trail()->rowCount(), 2);
        QCOMPARE(view.trail()->item(0, 1)->text(), u"Planned stop (Art. 11), late — matched"_s);
        QCOMPARE(view.trail()->item(1, 1)->text(), u"Incident (Art. 12)"_s);
        QCOMPARE(view.trail()->item(0, 3)->text(), OutageStreams::title(OutageStream::Position));
        QVERIFY(!guitest::saveScreenshot(&view, u"outagedetail"_s).isEmpty());
        const QStringList clipped = guitest::clippedLabels(&view);
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u", "_s)));

        // Nothing expected (an outage shorter than a record at its rate): no rate, no bar.
        reply.insert(u"backfillRate"_s, QJsonValue());
        view.setOutage(*OutageRecord::detailFromJson(reply));
        QCOMPARE(view.backfillBar()->value(), 0);
        QCOMPARE(view.backfillBar()->text(), u"nothing expected"_s);
        view.clear();
        QVERIFY(!view.hasOutage());
        QCOMPARE(view.trail()->rowCount(), 0);
    }
};

QTEST_MAIN(tst_OutageDetailView)
#include "tst_outagedetailview.moc"
