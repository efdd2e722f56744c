#include "simulator/faultplan.h"

#include <QTest>

using namespace rw;

class tst_FaultPlan : public QObject
{
    Q_OBJECT

private slots:
    void parsesTheDocumentedExample()
    {
        QString error;
        const auto plan = FaultPlan::parse(
            QStringLiteral(
                "late=0.1,missing=0.01,malformed=0.01,outage=C1:600@3600,unlicensed=0.02,expired=0.02,"
                "outside=0.01,epoch=0.001"),
            &error);
        QVERIFY2(plan, qPrintable(error));
        QCOMPARE(plan->late, 0.1);
        QCOMPARE(plan->missing, 0.01);
        QCOMPARE(plan->malformed, 0.01);
        QCOMPARE(plan->unlicensed, 0.02);
        QCOMPARE(plan->expired, 0.02);
        QCOMPARE(plan->outside, 0.01);
        QCOMPARE(plan->epoch, 0.001);
        QCOMPARE(plan->outages.size(), 1);
        QCOMPARE(plan->outages.first().company, QStringLiteral("C1"));
        QCOMPARE(plan->outages.first().durationSeconds, 600);
        QCOMPARE(plan->outages.first().offsetSeconds, 3600);
        QVERIFY(!plan->isEmpty());
    }

    void emptyAndNoneMeanNoFaults()
    {
        QVERIFY(FaultPlan::parse(QString())->isEmpty());
        QVERIFY(FaultPlan::parse(QStringLiteral("none"))->isEmpty());
        QCOMPARE(FaultPlan().toString(), QStringLiteral("none"));
    }

    void severalOutagesWithUnits()
    {
        const auto plan =
            FaultPlan::parse(QStringLiteral("outage=C1:10m@1h;4690ABCD1234:30@0,outage=C2:2h@90s"));
        QVERIFY(plan);
        QCOMPARE(plan->outages.size(), 3);
        QCOMPARE(plan->outages.at(0).durationSeconds, 600);
        QCOMPARE(plan->outages.at(0).offsetSeconds, 3600);
        QCOMPARE(plan->outages.at(1).company, QStringLiteral("4690ABCD1234"));
        QCOMPARE(plan->outages.at(2).durationSeconds, 7200);
        QCOMPARE(plan->outages.at(2).offsetSeconds, 90);
    }

    void roundTrips()
    {
        const auto plan =
            FaultPlan::parse(QStringLiteral("late=0.25,junior=0.1,outage=C2:60@120,epoch=0.003"));
        QVERIFY(plan);
        const auto again = FaultPlan::parse(plan->toString());
        QVERIFY(again);
        QCOMPARE(*again, *plan);
    }

    void rejectsNonsense_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown key") << "lates=0.1"
                                     << "lates";
        QTest::newRow("rate above 1") << "late=1.5"
                                      << "late=1.5";
        QTest::newRow("negative rate") << "missing=-0.1"
                                       << "missing";
        QTest::newRow("not a number") << "epoch=often"
                                      << "often";
        QTest::newRow("no equals") << "late"
                                   << "late";
        QTest::newRow("bad outage") << "outage=C1-600"
                                    << "C1-600";
        QTest::newRow("zero outage") << "outage=C1:0@10"
                                     << "C1:0@10";
        QTest::newRow("sum above 1") << "missing=0.6,malformed=0.6"
                                     << "missing + malformed";
    }

    void rejectsNonsense()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!FaultPlan::parse(text, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void kindNamesAreStable()
    {
        for (int k = 0; k < kFaultKindCount; ++k) {
            const QString name = faultKindName(FaultKind(k));
            QVERIFY(!name.isEmpty());
            QCOMPARE(faultKindFromName(name), FaultKind(k));
        }
        QCOMPARE(faultKindName(FaultKind::UnlicensedVehicle), QStringLiteral("unlicensedVehicle"));
        QVERIFY(!faultKindFromName(u"nonsense"));
    }
};

QTEST_GUILESS_MAIN(tst_FaultPlan)
#include "tst_faultplan.moc"
