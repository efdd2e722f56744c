// The screenshot tour (issue 8): one real platform on loopback with the fixtures of the other main-window
// tests (companies, outages and notices, quality days, permits, alerts, a bad record, uploads), then every
// role signs in and visits every page it has; each visit checks that the page shows the platform's data
// (against the fixtures, by counts, object names and model data, never by translated text, so the test passes
// in English and in Chinese) and saves a screenshot. Also the login dialog, the lock screen, the Settings and
// the Keyboard shortcuts dialogs. Each role's set of pages is checked against its permissions
// (PermissionTable).
//
// Screenshots go to <build>/screenshots; with RIDEWATCH_SCREENSHOT_DIR set also there under stable names
// (city-map.png, province-scores.png, …) at a fixed window size, for the README:
//   RIDEWATCH_LANG=zh_CN RIDEWATCH_SCREENSHOT_DIR=docs/screenshots QT_QPA_PLATFORM=offscreen
//   build/default/tests/gui/tst_screenshottour

#include "../unit/permits/permittestsupport.h"
#include "guitest.h"
#include "outageguitest.h"
#include "qualityfixtures.h"

#include "admin/accountspage.h"
#include "admin/auditpage.h"
#include "admin/policypage.h"
#include "alerts/alertspanel.h"
#include "badrecords/badrecordspage.h"
#include "badrecords/badrecordstore.h"
#include "fleet/fleetstate.h"
#include "intake/intakepage.h"
#include "itemmodels/accountlistmodel.h"
#include "itemmodels/alertlistmodel.h"
#include "itemmodels/auditlogmodel.h"
#include "itemmodels/badrecordlistmodel.h"
#include "itemmodels/intakesummarymodel.h"
#include "itemmodels/lookupresultmodel.h"
#include "itemmodels/outagelistmodel.h"
#include "itemmodels/qualityscoremodel.h"
#include "itemmodels/statusboardmodel.h"
#include "lookup/lookupdetailcard.h"
#include "lookup/lookuppage.h"
#include "mainwindow.h"
#include "map/fleetpage.h"
#include "map/mapview.h"
#include "map/vehiclecard.h"
#include "map/vehiclelayer.h"
#include "outages/outagedetailview.h"
#include "outages/outagerecord.h"
#include "outages/outagespage.h"
#include "outages/statusboardpage.h"
#include "permits/permitstore.h"
#include "quality/qualityreviewpanel.h"
#include "quality/scorespage.h"
#include "session/inlinemessage.h"
#include "session/lockscreen.h"
#include "session/logindialog.h"
#include "settings/consolesettings.h"
#include "settings/settingsdialog.h"
#include "settings/shortcutsdialog.h"

#include "httptestclient.h"
#include "uploadfixtures.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTranslator>

#include <memory>

using namespace rw;
using namespace Qt::StringLiterals;

namespace {

// A second Wuzhishan company that uploads (C1 of outagefixtures.h has the outages) and a Haikou one, so that
// the province ranks more than one city's companies.
const QString kYp = u"4690YPZCX001"_s;
const QString kYpName = u"椰品专车"_s;
const QString kHk = u"4601HKYC0003"_s;
const QString kHkName = u"海口约车"_s;
constexpr int kVehicles = 24;
const QString kListReason = u"多次拒载，乘客投诉属实"_s;
constexpr QSize kWindowSize(1280, 800);

QString plateOf(int i)
{
    return u"琼D%1"_s.arg(20001 + i);
}

QString certificateOf(int i)
{
    return u"4690013%1"_s.arg(i + 1, 5, 10, QLatin1Char('0'));
}

/** The tab objectNames a role should see, from what its permissions allow (DESIGN §8, MLPS 2.0 §8.1.5). */
QSet<QString> expectedPages(Role role)
{
    QSet<QString> pages;
    if (role.can(Permission::ViewOperationalData)) // the map, the roadside lookup, the city's list
        pages << u"fleetPage"_s << u"lookupPage"_s << u"badRecordsPage"_s;
    if (role.can(Permission::ViewQualityReports)) // what came in, and how good it is (Art. 16–18)
        pages << u"intakePage"_s << u"scoresPage"_s;
    if (role.can(Permission::ManageSecurityPolicy))
        pages << u"policyPage"_s;
    if (role.can(Permission::ManageAccounts) || role.can(Permission::UnlockAccounts))
        pages << u"accountsPage"_s;
    if (role.can(Permission::ViewAuditLog))
        pages << u"auditPage"_s;
    if (role.can(Permission::ReviewOutageNotices)) // Art. 11–12
        pages << u"outagesPage"_s;
    if (role.can(Permission::ReviewOutageNotices) ||
        role.can(Permission::SuspendCompanyAccess)) // Art. 13, 21
        pages << u"statusBoardPage"_s;
    return pages;
}

/**
 * outageguitest::OutagePlatform's platform and outages, with the uploads stamped by the platform's
 * ManualClock (PlatformOptions::uploadsUseClock) so that the status board's ages of the tour's uploads are
 * the clock's too.
 */
struct TourPlatform : outageguitest::OutagePlatform
{
    bool start()
    {
        using namespace outagefixtures;
        clock = std::make_unique<ManualClock>(outagefixtures::start());
        PlatformOptions options;
        options.databasePath = dir.filePath(u"p.sqlite"_s);
        options.synchronousFull = false;
        options.tls = true;
        options.clock = clock.get();
        options.uploadsUseClock = true;
        options.passwordHashing = PasswordHasher::Parameters::pbkdf2(1000); // as admintest::startPlatform
        server = std::make_unique<PlatformServer>(options);
        QString error;
        if (!server->start(&error) || !server->accounts().createDemoAccounts(&error) ||
            !addCompanies(*server, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        // As OutagePlatform::start(): a closed outage with its incident notice and a planned stop, then C1's
        // and C2's open ones.
        feed(*server, *clock, kC1, 30);
        closed = silence(*server, *clock, kC1, 40);
        const qint64 closedStart = server->outages().detector().outages().first().startMs;
        addNotice(*server, kC1, NoticeKind::Incident, clock->nowMs() - 60'000, closedStart / 1000,
                  clock->nowMs() / 1000 + 60, u"机房断电"_s);
        const qint64 evening = outagefixtures::start().toSecsSinceEpoch() + 10 * 3600;
        addNotice(*server, kC1, NoticeKind::PlannedStop, (evening - 4 * 24 * 3600) * 1000, evening,
                  evening + 2 * 3600, u"数据库升级"_s);
        feed(*server, *clock, kC1, 30);
        open = silence(*server, *clock, kC1);
        feed(*server, *clock, kC2, 30);
        c2 = silence(*server, *clock, kC2);
        return closed > 0 && open > closed && c2 > open;
    }
};

} // namespace

/** Runs a check of the tour and stops the test function at its first failure (QVERIFY returns only from it).
 */
#define RW_VISIT(call)                                                                                       \
    do {                                                                                                     \
        call;                                                                                                \
        if (QTest::currentTestFailed())                                                                      \
            return;                                                                                          \
    } while (false)

class tst_ScreenshotTour : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void loginDialog();
    void cityOfficer();
    void provincialSupervisor();
    void enforcementOfficer();
    void systemAdministrator();
    void securityAdministrator();
    void auditAdministrator();
    void lockScreen();
    void settingsDialog();
    void shortcutsDialog();

private:
    /** Signs \a user in and opens a window of the fixed size on their pages, refreshing as after sign-in. */
    std::unique_ptr<MainWindow> openWindow(const QString &user);
    /** The tab of \a window whose page is named \a objectName, made current; null when there is none. */
    template<typename Page>
    Page *visit(MainWindow &window, const QString &objectName);
    /** Saves the screenshot, fails on a clipped label, and copies it to RIDEWATCH_SCREENSHOT_DIR as \a name.
     */
    void shoot(QWidget *widget, const QString &name);
    /** The role's tabs are exactly the pages of its permissions, \a count of them (DESIGN §8). */
    void checkPages(const MainWindow &window, Role role, int count);
    /** Every tab of the window was visited (and photographed) by the tour. */
    void checkAllVisited(const MainWindow &window);

    void checkMap(MainWindow &window, const QString &prefix);
    void checkLookup(MainWindow &window, const QString &prefix);
    void checkBadRecords(MainWindow &window, const QString &prefix);
    void checkIntake(MainWindow &window, const QString &prefix);
    void checkScores(MainWindow &window, const QString &prefix, const QStringList &companies, bool publishes);
    void checkOutages(MainWindow &window, const QString &prefix);
    void checkStatusBoard(MainWindow &window, const QString &prefix, bool suspends);
    void checkAccounts(MainWindow &window, const QString &prefix);

    TourPlatform m_platform;
    std::unique_ptr<PlatformClient> m_client; // the window's, of the current role
    QList<VehicleFix> m_fixes;
    int m_uploaded = 0;
    QString m_listedPlate;
    QTemporaryDir m_settingsDir;
    QSet<QString> m_visited; // the pages of the current window the tour has shown
};

void tst_ScreenshotTour::initTestCase()
{
    guitest::quietOffscreenWarnings();
    QStandardPaths::setTestModeEnabled(true); // the offline lookup copy goes to a test location
    // Run by hand rather than by ctest: the screenshots still go to <build>/screenshots.
    if (qEnvironmentVariableIsEmpty("RIDEWATCH_BINARY_DIR"))
        qputenv("RIDEWATCH_BINARY_DIR", QByteArrayLiteral(RW_BINARY_DIR));
    const QString lang = qEnvironmentVariable("RIDEWATCH_LANG");
    if (!lang.isEmpty()) {
        // As the console does (app/applanguage.cpp), from the build tree's compiled translations.
        QLocale::setDefault(QLocale(lang));
        auto *qt = new QTranslator(this);
        if (qt->load(QLocale(lang), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        auto *own = new QTranslator(this);
        QVERIFY2(own->load(QLocale(lang), u"ridewatch"_s, u"_"_s, QStringLiteral(RW_TRANSLATIONS_DIR)),
                 qPrintable(u"no ridewatch_%1.qm in %2"_s.arg(lang, QStringLiteral(RW_TRANSLATIONS_DIR))));
        QCoreApplication::installTranslator(own);
        if (lang.startsWith(u"zh"_s))
            QVERIFY2(guitest::haveChineseFont(), "install fonts-noto-cjk, or Chinese shows as boxes");
    }

    // Companies, a closed outage with an incident notice and a planned stop, C1's and C2's open outages.
    QVERIFY(m_platform.start());
    PlatformServer &server = *m_platform.server;
    Database &db = server.database();
    QString error;
    const QByteArray token = server.companies().addCompany(kYp, kYpName, &error);
    QVERIFY2(!token.isEmpty(), qPrintable(error));
    testing::insertCompanyPermit(db, kYp, u"469001"_s, kYpName);
    testing::insertCompanyPermit(db, kHk, u"460100"_s, kHkName);

    // The city's registry: permits for all but the last two vehicles (those are unlicensed, Art. 14).
    QList<VehiclePermit> permits;
    for (int i = 0; i < kVehicles - 2; ++i)
        permits << test::vehicle(certificateOf(i), plateOf(i), kYp);
    PermitStore store(db, *m_platform.clock);
    QVERIFY(store.import(test::batchOf(permits), {u"test"_s, u"api"_s, u"469001"_s}));

    // One vehicle on the city's bad-record list (seed 002 Art. 34).
    BadRecord draft;
    draft.subject = BadRecord::Subject::Vehicle;
    draft.plate = m_listedPlate = plateOf(3);
    draft.regionCode = u"469001"_s;
    draft.reason = kListReason;
    draft.addedBy = u"demo.city"_s;
    draft.until = QDate(2027, 6, 30);
    QVERIFY2(server.badRecords().add(draft), qPrintable(server.badRecords().message()));

    // Positions of the fleet, uploaded over HTTPS (the intake page counts them), and as the map holds them.
    const qint64 now = m_platform.clock->now().toSecsSinceEpoch();
    QJsonArray positions;
    for (int i = 0; i < kVehicles; ++i) {
        VehicleFix fix;
        fix.key = {kYp, plateOf(i)};
        // Around the centre of Tongshi (resources/cities/469001.json), a few km across.
        fix.longitude = 109'517'000 + ((i * 7919) % 41 - 20) * 900;
        fix.latitude = 18'776'000 + ((i * 104729) % 37 - 18) * 800;
        fix.datum = Datum::Gcj02;
        fix.positionTime = now - 5 - i % 7;
        fix.bizStatus =
            i % 3 == 0 ? BizStatus::Empty : (i % 3 == 1 ? BizStatus::Carrying : BizStatus::Dispatched);
        fix.speed = 20 + i;
        fix.direction = (i * 37) % 360;
        m_fixes << fix;
        positions.append(
            fixtures::positionVehicle(fix.key.vehicleNo, fix.positionTime, fix.longitude, fix.latitude, kYp));
    }
    testing::HttpTestClient http;
    http.trust({server.certificate()});
    // The company's base information of its licensed vehicles first (Art. 10); the last two have none.
    QJsonArray baseInfo;
    for (int i = 0; i < kVehicles - 2; ++i)
        baseInfo.append(fixtures::baseInfoVehicle(plateOf(i), permits.at(i).vin, kYp));
    const testing::HttpResult registered =
        http.postAndWait(server.baseUrl().resolved(QUrl(u"/baseinfo/vehicle"_s)),
                         fixtures::envelope(u"baseInfoVehicle"_s, baseInfo, kYp), token);
    QCOMPARE(registered.status, 200);
    const testing::HttpResult uploaded =
        http.postAndWait(server.baseUrl().resolved(QUrl(u"/position/vehicle"_s)),
                         fixtures::envelope(u"positionVehicle"_s, positions, kYp), token);
    QCOMPARE(uploaded.status, 200);
    m_uploaded = kVehicles;

    // Quality days of November 2026 for the three Hainan companies (0007_quality.sql).
    testing::insertDay(db, outagefixtures::kC1, 20261101,
                       {400, {400, 400, 400, 120}, {396, 380, 341, 118}, 40, 33});
    testing::insertDay(db, kYp, 20261101, {900, {900, 900, 900, 300}, {899, 893, 880, 300}, 90, 88});
    testing::insertDay(db, kHk, 20261101, {600, {600, 600, 600, 200}, {560, 570, 402, 180}, 60, 41});
    // … and of the months before, for the year's trend.
    for (int month = 5; month <= 10; ++month) {
        const qint64 day = 20260001 + month * 100;
        const int d = 10 - month; // each company improving towards November
        testing::insertDay(
            db, outagefixtures::kC1, day,
            {400, {400, 400, 400, 120}, {396 - d, 380 - 3 * d, 341 - 6 * d, 118 - d}, 40, 33 - d});
        testing::insertDay(db, kYp, day,
                           {900, {900, 900, 900, 300}, {899, 893 - d, 880 - 4 * d, 300}, 90, 88 - d});
        testing::insertDay(db, kHk, day,
                           {600,
                            {600, 600, 600, 200},
                            {560 - 4 * d, 570 - 2 * d, 402 - 9 * d, 180 - 2 * d},
                            60,
                            41 - 2 * d});
    }
    testing::insertRuleDay(db, kHk, 20261101, u"timeliness.withinLimit"_s, u"orderMatch"_s, 198);
}

void tst_ScreenshotTour::cleanupTestCase()
{
    m_client.reset();
}

std::unique_ptr<MainWindow> tst_ScreenshotTour::openWindow(const QString &user)
{
    m_visited.clear();
    m_client = m_platform.signedIn(user);
    if (!m_client)
        return nullptr;
    auto window = std::make_unique<MainWindow>(m_client.get(), InterfaceCatalogue::builtIn());
    window->showSession(m_client->session(), 14);
    window->resize(kWindowSize);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    window->startRefreshing();
    return window;
}

template<typename Page>
Page *tst_ScreenshotTour::visit(MainWindow &window, const QString &objectName)
{
    for (int i = 0; i < window.pages()->count(); ++i) {
        if (window.pages()->widget(i)->objectName() == objectName) {
            window.pages()->setCurrentIndex(i);
            m_visited.insert(objectName);
            return qobject_cast<Page *>(window.pages()->widget(i));
        }
    }
    return nullptr;
}

void tst_ScreenshotTour::shoot(QWidget *widget, const QString &name)
{
    // Let the layouts that texts and timers just asked for finish (a card filled, a count updated, a scroll
    // area's contents resized: each may take a pass of the event loop); a label that stays clipped fails.
    (void)QTest::qWaitFor(
        [widget] {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            return guitest::clippedLabels(widget).isEmpty();
        },
        3000);
    const QString path = guitest::saveScreenshot(widget, u"tour-"_s + name);
    QVERIFY(!path.isEmpty());
    const QStringList clipped = guitest::clippedLabels(widget);
    QVERIFY2(clipped.isEmpty(), qPrintable(name + u": "_s + clipped.join(u"; "_s)));
    const QString dir = qEnvironmentVariable("RIDEWATCH_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    const QString target = dir + u"/"_s + name + u".png"_s;
    QFile::remove(target);
    QVERIFY2(QFile::copy(path, target), qPrintable(target));
}

void tst_ScreenshotTour::checkPages(const MainWindow &window, Role role, int count)
{
    QCOMPARE(window.pages()->count(), count);
    QSet<QString> shown;
    for (int i = 0; i < window.pages()->count(); ++i) {
        const QString name = window.pages()->widget(i)->objectName();
        QVERIFY2(!name.isEmpty(), qPrintable(u"tab %1 has no objectName"_s.arg(i)));
        shown << name;
    }
    QCOMPARE(window.pages()->count(), shown.size()); // no page twice
    QStringList got = shown.values(), want = expectedPages(role).values();
    got.sort();
    want.sort();
    QCOMPARE(got, want);
}

void tst_ScreenshotTour::checkAllVisited(const MainWindow &window)
{
    for (int i = 0; i < window.pages()->count(); ++i) {
        const QString name = window.pages()->widget(i)->objectName();
        QVERIFY2(m_visited.contains(name), qPrintable(u"page %1 was not visited"_s.arg(name)));
    }
}

void tst_ScreenshotTour::checkMap(MainWindow &window, const QString &prefix)
{
    auto *page = visit<FleetPage>(window, u"fleetPage"_s);
    QVERIFY(page);
    const ManualClock *clock = m_platform.clock.get();
    page->setClock([clock] { return clock->now().toSecsSinceEpoch(); });
    // What the live broker delivers, fresh at the platform's time (the clock moved on with each sign-in).
    QList<VehicleFix> fixes = m_fixes;
    for (int i = 0; i < fixes.size(); ++i)
        fixes[i].positionTime = clock->now().toSecsSinceEpoch() - 5 - i % 7;
    window.fleet()->apply(fixes);
    page->refresh(); // the counts and the layers now, not at the next tick
    QCOMPARE(window.fleet()->size(), kVehicles);
    for (int i = 0; i < kVehicles; ++i)
        QVERIFY(!window.fleet()->isStale(i, clock->now().toSecsSinceEpoch())); // drawn in colour, not grey
    auto *alerts = page->findChild<AlertsPanel *>(u"alertsPanel"_s);
    QVERIFY(alerts);
    QCOMPARE(page->sidePanels()->currentWidget(), alerts);
    // The platform's monitor judged the uploads: the vehicles without base information and the listed one.
    const auto alertPlates = [alerts] {
        QSet<QString> plates;
        for (int row = 0; row < alerts->view()->model()->rowCount(); ++row)
            plates << alerts->view()->model()->index(row, AlertListModel::PlateColumn).data().toString();
        return plates;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(
        alertPlates().contains(QSet<QString>{plateOf(kVehicles - 2), plateOf(kVehicles - 1), m_listedPlate}),
        qPrintable(QStringList(alertPlates().values()).join(u", "_s)), 15000);
    // An alert's vehicle opened on the map: its card names it.
    const VehicleKey unlicensed{kYp, plateOf(kVehicles - 1)};
    QVERIFY(page->openVehicle(unlicensed));
    QTRY_VERIFY(page->card()->isVisible());
    QCOMPARE(page->card()->text(VehicleCard::Field::Plate), unlicensed.vehicleNo);
    // Its permit status, asked of the city's registry, replaces the "asking…" shown at first.
    const QString asking = page->card()->text(VehicleCard::Field::Permit);
    QTRY_VERIFY_WITH_TIMEOUT(page->card()->text(VehicleCard::Field::Permit) != asking, 10000);
    // Close enough to see each vehicle in its status colour (clusters below zoom 13), beside the card.
    page->mapView()->setZoom(13.5);
    page->mapView()->setCenter(LonLat{109.532, 18.776});
    shoot(&window, prefix + u"-map"_s);
    // Every vehicle is in the view and passes the filter (drawn one by one or in clusters).
    QCOMPARE(page->vehicleLayer()->lastFrame().shown, kVehicles);
}

void tst_ScreenshotTour::checkLookup(MainWindow &window, const QString &prefix)
{
    auto *page = visit<LookupPage>(window, u"lookupPage"_s);
    QVERIFY(page);
    // The listed vehicle at the roadside: its permit, and the verdict that it is on the city's list.
    page->search(m_listedPlate);
    QTRY_VERIFY2_WITH_TIMEOUT(page->card()->hasHit(), qPrintable(page->errorMessage()->text()), 10000);
    QCOMPARE(page->card()->text(LookupDetailCard::Field::Certificate), certificateOf(3));
    // The conduct record follows from the platform: the entry of the city's list, with its reason.
    QTRY_VERIFY_WITH_TIMEOUT(page->card()->text(LookupDetailCard::Field::Conduct).contains(kListReason),
                             10000);
    QVERIFY(page->model()->rowCount() >= 1);
    shoot(&window, prefix + u"-lookup"_s);
}

void tst_ScreenshotTour::checkBadRecords(MainWindow &window, const QString &prefix)
{
    auto *page = visit<BadRecordsPage>(window, u"badRecordsPage"_s);
    QVERIFY(page);
    QTRY_VERIFY2_WITH_TIMEOUT(page->view()->model()->rowCount() == 1, qPrintable(page->errorText()), 10000);
    QCOMPARE(page->view()->model()->index(0, BadRecordListModel::KeyColumn).data().toString(), m_listedPlate);
    QTRY_VERIFY(!page->isBusy());
    shoot(&window, prefix + u"-bad-records"_s);
}

void tst_ScreenshotTour::checkIntake(MainWindow &window, const QString &prefix)
{
    auto *page = visit<IntakePage>(window, u"intakePage"_s);
    QVERIFY(page);
    // The upload of initTestCase, counted by the platform and shown per company and interface.
    const auto uploadedRow = [&window]() -> std::optional<IntakeCounter> {
        for (const IntakeCounter &c : window.intakeModel()->counters()) {
            if (c.companyId == kYp && c.ipcType == u"positionVehicle"_s)
                return c;
        }
        return std::nullopt;
    };
    QTRY_VERIFY_WITH_TIMEOUT(uploadedRow().has_value(), 10000);
    QCOMPARE(uploadedRow()->accepted, m_uploaded);
    QVERIFY(page->view()->model()->rowCount() >= 1);
    shoot(&window, prefix + u"-intake"_s);
}

void tst_ScreenshotTour::checkScores(MainWindow &window, const QString &prefix, const QStringList &companies,
                                     bool publishes)
{
    auto *page = window.pages()->findChild<ScoresPage *>(u"scoresPage"_s);
    QVERIFY(page);
    page->setPeriod(QualityPeriod::ofMonth(2026, 11));
    QVERIFY(visit<ScoresPage>(window, u"scoresPage"_s));
    QTRY_VERIFY2_WITH_TIMEOUT(page->hasScores() && page->model()->rowCount() == companies.size(),
                              qPrintable(page->errorMessage()->text()), 10000);
    QStringList names;
    for (int row = 0; row < page->model()->rowCount(); ++row)
        names << page->model()->companyAt(row).name;
    names.sort();
    QStringList want = companies;
    want.sort();
    QCOMPARE(names, want);
    QCOMPARE(page->sheet().period, QualityPeriod::ofMonth(2026, 11));
    // Reviewing and publishing is the provincial supervisor's (PublishQualityReports, seed 000 Art. 18).
    QCOMPARE(page->reviewPanel()->canPublish(), publishes);
    shoot(&window, prefix + u"-scores"_s);
}

void tst_ScreenshotTour::checkOutages(MainWindow &window, const QString &prefix)
{
    auto *page = window.pages()->findChild<OutagesPage *>(u"outagesPage"_s);
    QVERIFY(page);
    page->setClock(m_platform.now());
    page->setMonth(2026, 11);
    QVERIFY(visit<OutagesPage>(window, u"outagesPage"_s));
    // C1's two outages (Wuzhishan, in Hainan); C2's is Shenzhen's, out of both scopes.
    QTRY_VERIFY2_WITH_TIMEOUT(page->isLoaded(), qPrintable(page->errorText()), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 2, 10000);
    page->showOutage(m_platform.closed);
    QTRY_VERIFY_WITH_TIMEOUT(page->detail()->hasOutage() && page->detail()->outage().id == m_platform.closed,
                             10000);
    // Its notice trail: the incident notice sent during it (Art. 12) and the planned stop (Art. 11).
    QTRY_VERIFY_WITH_TIMEOUT(page->detail()->trail()->rowCount() >= 1, 10000);
    QCOMPARE(page->detail()->trail()->rowCount(), int(page->detail()->outage().notices.size()));
    shoot(&window, prefix + u"-outages"_s);
}

void tst_ScreenshotTour::checkStatusBoard(MainWindow &window, const QString &prefix, bool suspends)
{
    auto *page = visit<StatusBoardPage>(window, u"statusBoardPage"_s);
    QVERIFY(page);
    QCOMPARE(window.statusBoardPage(), page);
    page->setClock(m_platform.now());
    page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowOf(outagefixtures::kC1) >= 0, 10000);
    const int row = page->model()->rowOf(outagefixtures::kC1);
    // C1 has stopped sending: its row is marked and names the open outage.
    QCOMPARE(page->model()->index(row, 0).data(StatusBoardModel::HighlightRole).toBool(), true);
    QCOMPARE(page->model()->index(row, 0).data(StatusBoardModel::OutageIdRole).toLongLong(), m_platform.open);
    QCOMPARE(page->model()
                 ->index(row, StatusBoardModel::CompanyColumn)
                 .data()
                 .toString()
                 .contains(outagefixtures::kC1Name),
             true);
    QCOMPARE(page->canSuspend(), suspends);
    QCOMPARE(page->suspendButton()->isVisibleTo(page), suspends);
    if (suspends)
        page->selectCompany(outagefixtures::kC1);
    shoot(&window, prefix + u"-status-board"_s);
}

void tst_ScreenshotTour::checkAccounts(MainWindow &window, const QString &prefix)
{
    auto *page = visit<AccountsPage>(window, u"accountsPage"_s);
    QVERIFY(page);
    const auto demo = AccountService::demoAccounts();
    QTRY_COMPARE_WITH_TIMEOUT(page->view()->model()->rowCount(), int(demo.size()), 10000);
    QStringList users, want;
    for (int row = 0; row < page->view()->model()->rowCount(); ++row)
        users << page->view()->model()->index(row, AccountListModel::UserColumn).data().toString();
    for (const auto &[user, role] : demo)
        want << user;
    users.sort();
    want.sort();
    QCOMPARE(users, want);
    QTRY_VERIFY(!page->isBusy());
    shoot(&window, prefix + u"-accounts"_s);
}

void tst_ScreenshotTour::loginDialog()
{
    LoginDialog dialog;
    dialog.setPlatformDescription(u"ridewatch-platform (%1)"_s.arg(m_platform.server->baseUrl().toString()));
    const QString fingerprint =
        QString::fromLatin1(m_platform.server->certificate().digest(QCryptographicHash::Sha256).toHex());
    dialog.setCertificateFingerprint(fingerprint);
    dialog.setUserName(u"demo.city"_s);
    dialog.setTotpRequired(false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.userName(), u"demo.city"_s);
    QVERIFY(!dialog.isTotpRequired());
    // The pinned certificate is shown, grouped or not, for the user to compare.
    bool shown = false;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        QString text = label->text();
        text.remove(QRegularExpression(u"[^0-9A-Fa-f]"_s));
        shown = shown || (label->isVisible() && text.compare(fingerprint, Qt::CaseInsensitive) == 0);
    }
    QVERIFY(shown);
    shoot(&dialog, u"login"_s);
}

void tst_ScreenshotTour::cityOfficer()
{
    const auto window = openWindow(u"demo.city"_s);
    QVERIFY(window);
    RW_VISIT(checkPages(*window, Role::CityOfficer, 7));
    // Their everyday view comes first.
    QCOMPARE(window->pages()->widget(0)->objectName(), u"fleetPage"_s);
    RW_VISIT(checkMap(*window, u"city"_s));
    RW_VISIT(checkLookup(*window, u"city"_s));
    RW_VISIT(checkBadRecords(*window, u"city"_s));
    QVERIFY(window->pages()->findChild<BadRecordsPage *>()->canManage()); // seed 002 Art. 34
    RW_VISIT(checkIntake(*window, u"city"_s));
    RW_VISIT(checkScores(*window, u"city"_s, {outagefixtures::kC1Name, kYpName}, false));
    RW_VISIT(checkOutages(*window, u"city"_s));
    RW_VISIT(checkStatusBoard(*window, u"city"_s, false));
    // Shenzhen's company is not the city's (DESIGN §4: the platform filters by region scope).
    QCOMPARE(window->statusBoardPage()->model()->rowOf(outagefixtures::kC2), -1);
    checkAllVisited(*window);
}

void tst_ScreenshotTour::provincialSupervisor()
{
    const auto window = openWindow(u"demo.province"_s);
    QVERIFY(window);
    RW_VISIT(checkPages(*window, Role::ProvincialSupervisor, 7));
    RW_VISIT(checkMap(*window, u"province"_s));
    RW_VISIT(checkLookup(*window, u"province"_s));
    RW_VISIT(checkBadRecords(*window, u"province"_s));
    QVERIFY(!window->pages()->findChild<BadRecordsPage *>()->canManage());
    RW_VISIT(checkIntake(*window, u"province"_s));
    // The whole province: Haikou's company ranked beside Wuzhishan's.
    RW_VISIT(checkScores(*window, u"province"_s, {outagefixtures::kC1Name, kYpName, kHkName}, true));
    RW_VISIT(checkOutages(*window, u"province"_s));
    RW_VISIT(checkStatusBoard(*window, u"province"_s, false));
    checkAllVisited(*window);
}

void tst_ScreenshotTour::enforcementOfficer()
{
    const auto window = openWindow(u"demo.enforcement"_s);
    QVERIFY(window);
    RW_VISIT(checkPages(*window, Role::EnforcementOfficer, 3));
    // The roadside check is their everyday page (issue 5).
    QCOMPARE(window->pages()->widget(0)->objectName(), u"lookupPage"_s);
    QCOMPARE(window->pages()->currentIndex(), 0);
    RW_VISIT(checkLookup(*window, u"enforcement"_s));
    RW_VISIT(checkMap(*window, u"enforcement"_s));
    RW_VISIT(checkBadRecords(*window, u"enforcement"_s));
    checkAllVisited(*window);
}

void tst_ScreenshotTour::systemAdministrator()
{
    const auto window = openWindow(u"demo.sysadmin"_s);
    QVERIFY(window);
    RW_VISIT(checkPages(*window, Role::SystemAdministrator, 1));
    RW_VISIT(checkAccounts(*window, u"sysadmin"_s));
    auto *page = window->pages()->findChild<AccountsPage *>();
    QVERIFY(page->findChild<QPushButton *>(u"newAccount"_s)->isVisibleTo(page));
    checkAllVisited(*window);
}

void tst_ScreenshotTour::securityAdministrator()
{
    const auto window = openWindow(u"demo.secadmin"_s);
    QVERIFY(window);
    RW_VISIT(checkPages(*window, Role::SecurityAdministrator, 3));
    auto *policy = visit<PolicyPage>(*window, u"policyPage"_s);
    QVERIFY(policy);
    QTRY_VERIFY_WITH_TIMEOUT(policy->isLoaded(), 10000);
    QVERIFY(policy->loadedPolicy() == m_platform.server->accounts().policy()); // the policy in force
    QVERIFY(!policy->isModified());
    shoot(window.get(), u"secadmin-policy"_s);
    // Their Accounts page is for lifting lockouts (UnlockAccounts): the platform lists accounts only to
    // ManageAccounts, so the page, refused, hides the list and unlocks by user name.
    auto *accounts = visit<AccountsPage>(*window, u"accountsPage"_s);
    QVERIFY(accounts);
    QTRY_VERIFY_WITH_TIMEOUT(!accounts->isBusy() && !accounts->view()->isVisible(), 10000);
    QCOMPARE(accounts->view()->model()->rowCount(), 0);
    auto *unlockUser = accounts->findChild<QLineEdit *>(u"unlockUser"_s);
    QVERIFY(unlockUser && unlockUser->isVisible());
    shoot(window.get(), u"secadmin-accounts"_s);
    QVERIFY(accounts->findChild<QPushButton *>(u"unlock"_s)->isVisibleTo(accounts));
    QVERIFY(!accounts->findChild<QPushButton *>(u"newAccount"_s)->isVisibleTo(accounts));
    RW_VISIT(checkStatusBoard(*window, u"secadmin"_s, true));
    checkAllVisited(*window);
}

void tst_ScreenshotTour::auditAdministrator()
{
    const auto window = openWindow(u"demo.auditor"_s);
    QVERIFY(window);
    RW_VISIT(checkPages(*window, Role::AuditAdministrator, 1));
    auto *page = visit<AuditPage>(*window, u"auditPage"_s);
    QVERIFY(page);
    // Everyone's sign-ins of this tour are in the log; the newest is this one.
    QTRY_VERIFY_WITH_TIMEOUT(page->view()->model()->rowCount() >= 6, 10000);
    QCOMPARE(page->view()->model()->index(0, AuditLogModel::ActorColumn).data().toString(),
             u"demo.auditor"_s);
    QCOMPARE(page->errorText(), QString());
    shoot(window.get(), u"auditor-audit"_s);
    checkAllVisited(*window);
}

void tst_ScreenshotTour::lockScreen()
{
    const auto window = openWindow(u"demo.city"_s);
    QVERIFY(window);
    auto *lock = new LockScreen(window.get());
    lock->lock(u"demo.city"_s, m_platform.clock->now());
    QVERIFY(lock->isLocked());
    QCOMPARE(lock->userName(), u"demo.city"_s);
    QTRY_VERIFY(lock->isVisible());
    QCOMPARE(lock->geometry().size(), window->size());
    shoot(window.get(), u"lock"_s);
    window->stopRefreshing();
}

void tst_ScreenshotTour::settingsDialog()
{
    QSettings ini(m_settingsDir.filePath(u"console.ini"_s), QSettings::IniFormat);
    ConsoleSettings settings(&ini);
    const QString url = m_platform.server->baseUrl().toString();
    QVERIFY(settings.setPlatformUrl(url));
    QVERIFY(
        settings.pinCertificate(url, m_platform.server->certificate().digest(QCryptographicHash::Sha256)));
    SettingsDialog dialog(&settings);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.platformUrlEdit()->text(), url);
    QVERIFY(dialog.isValid());
    QVERIFY(dialog.okButton()->isEnabled());
    QVERIFY(dialog.forgetPinButton()->isEnabled()); // a pin to forget
    QVERIFY(dialog.languageBox()->count() >= ConsoleSettings::languages().size());
    shoot(&dialog, u"settings"_s);
}

void tst_ScreenshotTour::shortcutsDialog()
{
    PlatformClient client; // no platform: only the window's actions are needed
    MainWindow window(&client, InterfaceCatalogue::builtIn());
    const QList<QPair<QString, QString>> entries = window.shortcutList();
    QVERIFY(entries.size() >= 3);
    ShortcutsDialog dialog(entries);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.table()->rowCount(), entries.size());
    for (int row = 0; row < entries.size(); ++row)
        QCOMPARE(dialog.table()->item(row, 1)->text(), entries.at(row).second);
    shoot(&dialog, u"shortcuts"_s);
}

QTEST_MAIN(tst_ScreenshotTour)
#include "tst_screenshottour.moc"
