#include "map/fleetfilter.h"

#include "guitest.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace rw;

class TestFleetFilter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { guitest::quietOffscreenWarnings(); }
    void startsShowingEverything();
    void companyStatusAndProblem();
    void companiesUpdateKeepsTheChoice();
    void plateSearch();
};

void TestFleetFilter::startsShowingEverything()
{
    FleetFilter bar;
    QVERIFY(!bar.filter().isActive());
    bar.setShownCount(1234, 5000);
    QCOMPARE(bar.countLabel()->text(), QStringLiteral("1,234 of 5,000 vehicles shown"));
    bar.setCompanies({QStringLiteral("4690YPZCX002"), QStringLiteral("4690YPZCX001")});
    bar.resize(bar.sizeHint());
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    RW_CHECK_SCREENSHOT(&bar, QStringLiteral("fleetfilter"));
}

void TestFleetFilter::companyStatusAndProblem()
{
    FleetFilter bar;
    bar.setCompanies({QStringLiteral("4690YPZCX002"), QStringLiteral("4690YPZCX001")});
    QCOMPARE(bar.companyBox()->count(), 3);
    QCOMPARE(bar.companyBox()->itemText(1), QStringLiteral("4690YPZCX001")); // sorted
    QSignalSpy changed(&bar, &FleetFilter::filterChanged);
    bar.companyBox()->setCurrentIndex(2);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.last().first().value<VehicleFilter>().companies,
             QStringList{QStringLiteral("4690YPZCX002")});
    bar.statusBox(BizStatus::Empty)->setChecked(false);
    QCOMPARE(changed.count(), 2);
    const VehicleFilter f = changed.last().first().value<VehicleFilter>();
    QVERIFY(!f.showsStatus(BizStatus::Empty));
    QVERIFY(f.showsStatus(BizStatus::Carrying));
    bar.problemBox()->setCurrentIndex(bar.problemBox()->findData(int(VehicleFilter::Problem::Stale)));
    QCOMPARE(changed.last().first().value<VehicleFilter>().problem, VehicleFilter::Problem::Stale);

    bar.setFilter(VehicleFilter());
    QVERIFY(!bar.filter().isActive());
    QVERIFY(bar.statusBox(BizStatus::Empty)->isChecked());
    QCOMPARE(bar.companyBox()->currentIndex(), 0);
}

void TestFleetFilter::companiesUpdateKeepsTheChoice()
{
    FleetFilter bar;
    bar.setCompanies({QStringLiteral("A"), QStringLiteral("B")});
    bar.companyBox()->setCurrentIndex(2); // B
    QSignalSpy changed(&bar, &FleetFilter::filterChanged);
    bar.setCompanies({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
    QCOMPARE(bar.companyBox()->currentText(), QStringLiteral("B"));
    QCOMPARE(changed.count(), 0);
    bar.setCompanies({QStringLiteral("A")}); // B went away: back to all, and say so
    QCOMPARE(bar.companyBox()->currentIndex(), 0);
    QCOMPARE(changed.count(), 1);
}

void TestFleetFilter::plateSearch()
{
    FleetFilter bar;
    QSignalSpy searched(&bar, &FleetFilter::plateSearched);
    bar.show();
    bar.plateEdit()->setText(QStringLiteral(" 琼D"));
    QTest::keyClicks(bar.plateEdit(), QStringLiteral("12345 ")); // QTest types ASCII only
    QTest::keyClick(bar.plateEdit(), Qt::Key_Return);
    QCOMPARE(searched.count(), 1);
    QCOMPARE(searched.first().first().toString(), QStringLiteral("琼D12345"));
    bar.setSearchResult(QStringLiteral("nothing"));
    QVERIFY(bar.searchResultLabel()->isVisible());
    bar.setSearchResult({});
    QVERIFY(!bar.searchResultLabel()->isVisible());
}

QTEST_MAIN(TestFleetFilter)
#include "tst_fleetfilter.moc"
