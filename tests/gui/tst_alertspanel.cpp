// AlertsPanel: counts per kind in the filter, filtering, double-click and Enter open the vehicle, the
// polling error shown; with a screenshot (<build>/screenshots/alertspanel.png).

#include "alerts/alertspanel.h"
#include "fleet/fleetstate.h"
#include "itemmodels/alertlistmodel.h"

#include "guitest.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimeZone>

using namespace rw;

class tst_AlertsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void countsPerKindAndFilter();
    void doubleClickAndEnterOpenTheVehicle();
    void pollingErrorIsShown();
    void currentAlertIsSpelledOutBelowTheList();
    void screenshot();

private:
    std::unique_ptr<AlertListModel> m_model;
    std::unique_ptr<AlertsPanel> m_panel;
};

namespace {

const QDateTime Noon(QDate(2025, 3, 1), QTime(4, 0), QTimeZone::utc());

AlertRecord alert(qint64 id, AlertKind kind, const QString &article, const QString &plate,
                  const QJsonObject &detail, const QString &orderId = {})
{
    AlertRecord a;
    a.id = id;
    a.revision = id;
    a.kind = kind;
    a.article = article;
    a.companyId = QStringLiteral("4690WZSYC001");
    a.regionCode = QStringLiteral("469001");
    a.vehicleNo = plate;
    a.orderId = orderId;
    a.firstSeenMs = a.lastSeenMs = Noon.toMSecsSinceEpoch() + id * 7000;
    a.detail = detail;
    return a;
}

QJsonObject findings(const QJsonObject &finding)
{
    return QJsonObject{{QStringLiteral("findings"), QJsonArray{finding}}};
}

} // namespace

void tst_AlertsPanel::initTestCase()
{
    guitest::quietOffscreenWarnings();
}

void tst_AlertsPanel::init()
{
    m_model = std::make_unique<AlertListModel>();
    m_model->applyAlerts(
        {alert(1, AlertKind::VehicleUnlicensed, QStringLiteral("第十八条"), QStringLiteral("琼DD90001"),
               findings({{QStringLiteral("ruleId"), QStringLiteral("vehicle.registered")}})),
         alert(2, AlertKind::VehicleUnlicensed, QStringLiteral("第十八条"), QStringLiteral("琼DD90004"),
               findings({{QStringLiteral("ruleId"), QStringLiteral("vehicle.certificate.validity")},
                         {QStringLiteral("limit"), QStringLiteral("2025-02-28")}})),
         alert(3, AlertKind::Retired, QStringLiteral("第四十条"), QStringLiteral("琼DD90002"),
               findings({{QStringLiteral("ruleId"), QStringLiteral("vehicle.retirement.mileage")},
                         {QStringLiteral("measured"), 612345},
                         {QStringLiteral("limit"), 600000}})),
         alert(4, AlertKind::OutOfArea, QStringLiteral("第二十二条"), QStringLiteral("琼DF27954"), {},
               QStringLiteral("VGKU2503011211480011")),
         alert(5, AlertKind::DispatchWhileCarrying, QStringLiteral("第二十六条(一)"),
               QStringLiteral("琼DD90003"), {{QStringLiteral("carryingOrderId"), QStringLiteral("A1")}},
               QStringLiteral("B2")),
         alert(6, AlertKind::DriverUnlicensed, QStringLiteral("第十九条"), QString(),
               findings({{QStringLiteral("ruleId"), QStringLiteral("driver.registered")}}))});
    FleetState fleet;
    VehicleFix fix;
    fix.key = {QStringLiteral("4690WZSYC001"), QStringLiteral("琼DD81824")};
    fix.longitude = 109517000;
    fix.latitude = 18776000;
    fix.datum = Datum::Wgs84;
    fix.positionTime = Noon.toSecsSinceEpoch();
    fix.bizStatus = BizStatus::Empty;
    fleet.apply(QList<VehicleFix>{fix});
    m_model->updateStale(fleet, Noon.addSecs(95));

    m_panel = std::make_unique<AlertsPanel>();
    m_panel->setModel(m_model.get());
    m_panel->resize(820, 360);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void tst_AlertsPanel::cleanup()
{
    m_panel.reset();
    m_model.reset();
}

void tst_AlertsPanel::countsPerKindAndFilter()
{
    QComboBox *kinds = m_panel->kindBox();
    QCOMPARE(kinds->itemText(0), QStringLiteral("All kinds (7)"));
    QCOMPARE(kinds->itemText(kinds->findData(int(AlertKind::VehicleUnlicensed))),
             QStringLiteral("%1 (2)").arg(alertKindTitle(AlertKind::VehicleUnlicensed)));
    QCOMPARE(kinds->itemText(kinds->findData(int(AlertKind::StalePosition))),
             QStringLiteral("%1 (1)").arg(alertKindTitle(AlertKind::StalePosition)));
    QCOMPARE(m_panel->view()->model()->rowCount(), 7);

    m_panel->setKindFilter(AlertKind::VehicleUnlicensed);
    QCOMPARE(m_panel->kindFilter(), std::optional(AlertKind::VehicleUnlicensed));
    QCOMPARE(m_panel->view()->model()->rowCount(), 2);
    m_panel->setKindFilter(AlertKind::StalePosition);
    QCOMPARE(m_panel->view()->model()->rowCount(), 1);
    QCOMPARE(m_panel->view()->model()->index(0, AlertListModel::PlateColumn).data().toString(),
             QStringLiteral("琼DD81824"));

    // A closed alert leaves the list and the count.
    AlertRecord closed = m_model->alertAt(0);
    m_panel->setKindFilter(std::nullopt);
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->alertAt(row).id == 1)
            closed = m_model->alertAt(row);
    closed.closedMs = closed.lastSeenMs + 1;
    m_model->applyAlerts({closed});
    QCOMPARE(kinds->itemText(0), QStringLiteral("All kinds (6)"));
    QCOMPARE(m_panel->view()->model()->rowCount(), 6);
}

void tst_AlertsPanel::doubleClickAndEnterOpenTheVehicle()
{
    QSignalSpy open(m_panel.get(), &AlertsPanel::openVehicle);
    QTableView *view = m_panel->view();
    m_panel->setKindFilter(AlertKind::Retired);
    const QRect cell = view->visualRect(view->model()->index(0, AlertListModel::PlateColumn));
    QVERIFY(cell.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTRY_COMPARE(open.size(), 1);
    QCOMPARE(open.first().at(0).toString(), QStringLiteral("4690WZSYC001"));
    QCOMPARE(open.first().at(1).toString(), QStringLiteral("琼DD90002"));

    m_panel->setKindFilter(AlertKind::DispatchWhileCarrying);
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_COMPARE(open.size(), 2);
    QCOMPARE(open.last().at(1).toString(), QStringLiteral("琼DD90003"));

    // An alert without a plate opens nothing.
    m_panel->setKindFilter(AlertKind::DriverUnlicensed);
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(open.size(), 2);
}

void tst_AlertsPanel::pollingErrorIsShown()
{
    QLabel *status = m_panel->statusLabel();
    QVERIFY(!status->isVisible());
    m_panel->setPollingState(AlertClient::State::Error,
                             QStringLiteral("alerts: no answer from the platform: Connection refused"));
    QVERIFY(status->isVisible());
    QVERIFY(status->text().contains(QStringLiteral("Connection refused")));
    QCOMPARE(m_panel->view()->model()->rowCount(), 7); // the list stays
    m_panel->setPollingState(AlertClient::State::Polling);
    QVERIFY(!status->isVisible());
}

void tst_AlertsPanel::currentAlertIsSpelledOutBelowTheList()
{
    QTableView *view = m_panel->view();
    // Narrow beside the map: plate, kind and time; the rest below.
    QVERIFY(view->isColumnHidden(AlertListModel::ArticleColumn));
    QVERIFY(view->isColumnHidden(AlertListModel::DetailColumn));
    QCOMPARE(view->horizontalHeader()->logicalIndex(0), int(AlertListModel::PlateColumn));
    // Columns fit what they hold, even for rows that came after the model was set.
    const QModelIndex plate = view->model()->index(0, AlertListModel::PlateColumn);
    QVERIFY(view->columnWidth(AlertListModel::PlateColumn) >=
            static_cast<QAbstractItemView *>(view)->sizeHintForColumn(AlertListModel::PlateColumn));
    QVERIFY(plate.isValid());
    QVERIFY(!m_panel->detailsLabel()->text().contains(QStringLiteral("第四十条")));
    m_panel->setKindFilter(AlertKind::Retired);
    view->setCurrentIndex(view->model()->index(0, 0));
    const QString details = m_panel->detailsLabel()->text();
    QVERIFY2(details.contains(QStringLiteral("第四十条")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("琼DD90002")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("4690WZSYC001")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("600")), qPrintable(details)); // the limit, in the detail
    auto *open = m_panel->findChild<QPushButton *>();
    QVERIFY(open && open->isEnabled());
    QSignalSpy opened(m_panel.get(), &AlertsPanel::openVehicle);
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().at(1).toString(), QStringLiteral("琼DD90002"));
    // A driver's alert without a plate: nothing to show on the map.
    m_panel->setKindFilter(AlertKind::DriverUnlicensed);
    view->setCurrentIndex(view->model()->index(0, 0));
    QVERIFY(!open->isEnabled());
}

void tst_AlertsPanel::screenshot()
{
    m_panel->resize(360, 560); // as beside the map
    m_panel->setPollingState(AlertClient::State::Error,
                             QStringLiteral("alerts: the platform answered 503 unavailable: database busy"));
    const QString path = guitest::saveScreenshot(m_panel.get(), QStringLiteral("alertspanel"));
    QVERIFY(!path.isEmpty());
    QCOMPARE(guitest::clippedLabels(m_panel.get()), QStringList());
    qInfo("screenshot: %s", qPrintable(path));
}

QTEST_MAIN(tst_AlertsPanel)
#include "tst_alertspanel.moc"
