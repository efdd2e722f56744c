#include "mainwindow.h"

#include "admin/accountspage.h"
#include "admin/auditpage.h"
#include "admin/policypage.h"
#include "alerts/alertspanel.h"
#include "badrecords/badrecordspage.h"
#include "client/adminclient.h"
#include "client/alertclient.h"
#include "client/badrecordclient.h"
#include "client/brokerclient.h"
#include "client/outageclient.h"
#include "client/permitclient.h"
#include "client/platformclient.h"
#include "client/qualityclient.h"
#include "client/trackclient.h"
#include "fleet/fleetfeed.h"
#include "fleet/fleetstate.h"
#include "geo/lonlat.h"
#include "geo/webmercator.h"
#include "intake/intakepage.h"
#include "itemmodels/accountlistmodel.h"
#include "itemmodels/alertlistmodel.h"
#include "itemmodels/auditlogmodel.h"
#include "itemmodels/badrecordlistmodel.h"
#include "itemmodels/intakesummarymodel.h"
#include "itemmodels/statusboardmodel.h"
#include "location/mylocation.h"
#include "location/nearbypanel.h"
#include "location/positionsourcefactory.h"
#include "lookup/lookupclient.h"
#include "lookup/lookuppage.h"
#include "lookup/offlinecopystatus.h"
#include "map/fleetpage.h"
#include "map/mapview.h"
#include "map/mylocationlayer.h"
#include "map/tilesource.h"
#include "map/vehiclecard.h"
#include "offline/lookupcache.h"
#include "offline/offlineregistry.h"
#include "offline/registrysync.h"
#include "outages/outagereport.h"
#include "outages/outagespage.h"
#include "outages/statusboardpage.h"

#include "quality/scorespage.h"
#include "rules/cityrules.h"
#include "session/expirybanner.h"
#include "session/sessioncontroller.h"
#include "settings/consolesettings.h"
#include "settings/settingsdialog.h"
#include "settings/shortcutsdialog.h"
#include "tracks/trackreplaypanel.h"
#include <QTableView>

#include <QApplication>
#include <QCloseEvent>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QShortcut>
#include <QShowEvent>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace rw {

MainWindow::MainWindow(PlatformClient *client, std::shared_ptr<const InterfaceCatalogue> catalogue,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_admin(new AdminClient(client, this))
    , m_intakeModel(new IntakeSummaryModel(catalogue, this))
    , m_banner(new ExpiryBanner(this))
    , m_pages(new QTabWidget(this))
    , m_userLabel(new QLabel(this))
    , m_connectionLabel(new QLabel(this))
    , m_dataAgeLabel(new QLabel(this))
    , m_refreshTimer(new QTimer(this))
    , m_fleet(std::make_unique<FleetState>())
    , m_broker(new BrokerClient(catalogue, this))
    , m_feed(new FleetFeed(m_broker, m_fleet.get(), catalogue, this))
    , m_liveLabel(new QLabel(this))
    , m_liveTimer(new QTimer(this))
    , m_alertClient(new AlertClient(client, this))
    , m_alertModel(new AlertListModel(this))
    , m_trackClient(new TrackClient(client, this))
    , m_permitClient(new PermitClient(client, this))
    , m_location(new MyLocation(this))
    , m_lookupCache(new LookupCache(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation),
                                    m_clock, this))
    , m_registrySync(new RegistrySync(client, m_lookupCache, this))
    , m_offline(new OfflineRegistry(m_lookupCache, m_registrySync, this))
    , m_lookupClient(new LookupClient(client, m_lookupCache, &m_clock, this))
    , m_badRecordClient(new BadRecordClient(client, this))
    , m_qualityClient(new QualityClient(client, this))
    , m_outageClient(new OutageClient(client, this))
    , m_boardClient(new OutageClient(client, this))
    , m_offlineStatus(new OfflineCopyStatus(m_offline, this))
{
    setWindowTitle(tr("RideWatch — ride-hailing supervision"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_pages, 1);
    m_pages->setDocumentMode(true);
    m_pages->setObjectName(QStringLiteral("pages"));
    setCentralWidget(central);
    m_userLabel->setObjectName(QStringLiteral("signedInUser"));
    statusBar()->addWidget(m_userLabel);
    statusBar()->addWidget(m_connectionLabel, 1);
    statusBar()->addPermanentWidget(m_liveLabel);
    statusBar()->addPermanentWidget(m_offlineStatus);
    statusBar()->addPermanentWidget(m_dataAgeLabel);
    // The offline copy's state, with a busy bar and Cancel while the registry downloads.
    m_offlineStatus->setObjectName(QStringLiteral("offlineCopyStatus"));
    m_offlineStatus->label()->setObjectName(QStringLiteral("offlineCopy"));
    m_liveLabel->setObjectName(QStringLiteral("liveData"));
    m_liveTimer->setInterval(1000);
    connect(m_liveTimer, &QTimer::timeout, this, &MainWindow::updateLiveLabel);
    connect(m_broker, &BrokerClient::stateChanged, this, &MainWindow::updateLiveLabel);
    // A broker refused for its token (the platform restarted, sessions are in its memory): ask the platform
    // about the session, whose "ended" answer brings up the sign-in dialog; the new token reaches the broker
    // through startLiveData().
    connect(m_broker, &BrokerClient::sessionRejected, m_client, &PlatformClient::refreshSession);
    // The officer's own position: the system's source, or the NMEA receiver or log the settings name.
    {
        QString error;
        const auto choice = PositionSourceFactory::fromSettings(QSettings());
        if (QGeoPositionInfoSource *source = PositionSourceFactory::create(choice, nullptr, &error))
            m_location->setSource(source, PositionSourceFactory::describe(choice));
        else
            m_location->setUnavailable(error);
    }
    connect(m_alertClient, &AlertClient::alertsReceived, m_alertModel, &AlertListModel::applyAlerts);
    connect(m_alertClient, &AlertClient::stopped, m_alertModel, &AlertListModel::clear);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *accountMenu = menuBar()->addMenu(tr("&Account"));
    accountMenu->addAction(tr("&Change password…"), this, &MainWindow::changePasswordRequested);
    QAction *lock = accountMenu->addAction(tr("&Lock screen"), this, &MainWindow::lockRequested);
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    accountMenu->addSeparator();
    accountMenu->addAction(tr("&Sign out"), this, &MainWindow::signOutRequested);
    connect(m_banner, &ExpiryBanner::changeRequested, this, &MainWindow::changePasswordRequested);
    addSettingsAndShortcuts();

    m_refreshTimer->setInterval(2000);
    connect(m_refreshTimer, &QTimer::timeout, m_client, &PlatformClient::fetchIntakeSummary);
    connect(m_client, &PlatformClient::intakeSummaryReceived, this,
            [this](const QList<IntakeCounter> &counters, const QDateTime &serverTime) {
                if (!m_refreshTimer->isActive())
                    return; // an answer that arrived after sign-out or lock
                m_intakeModel->setCounters(counters, serverTime);
                m_dataAgeLabel->setText(
                    tr("Intake counts as of %1")
                        .arg(serverTime.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
            });
    connect(m_client, &PlatformClient::requestFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(m_client, &PlatformClient::stateChanged, this, &MainWindow::updateConnection);
    updateConnection();
    resize(1100, 700);
}

MainWindow::~MainWindow()
{
    // The pages paint the fleet: they go before it does.
    delete m_pages;
}

void MainWindow::setSessionController(SessionController *session)
{
    connect(session, &SessionController::sessionUpdated, this, &MainWindow::showSession);
    connect(session, &SessionController::signedIn, this, &MainWindow::startRefreshing);
    connect(session, &SessionController::resumed, this, &MainWindow::startRefreshing);
    connect(session, &SessionController::suspended, this, &MainWindow::stopRefreshing);
    connect(session, &SessionController::signedOut, this, &MainWindow::clearData);
    connect(this, &MainWindow::changePasswordRequested, session, &SessionController::changePassword);
    connect(this, &MainWindow::lockRequested, session, &SessionController::lock);
    connect(this, &MainWindow::signOutRequested, session, &SessionController::signOut);
    // The offline copy is keyed by the credentials the platform has just accepted (issue 5, "works offline").
    connect(session, &SessionController::credentialsAccepted, this,
            [this, session](const QString &userName, const QString &password) {
                if (session->session().role.can(Permission::ViewOperationalData))
                    m_offline->start(userName, password);
            });
    connect(session, &SessionController::passwordReplaced, m_offline, &OfflineRegistry::changePassword);
}

void MainWindow::setPlatformDescription(const QString &description)
{
    m_platformDescription = description;
    updateConnection();
}

void MainWindow::showSession(const SessionInfo &session, int warningDays)
{
    m_banner->setWarningDays(warningDays);
    m_banner->setDaysLeft(session.mustChange ? 0 : session.daysLeft);
    const QString region =
        session.regionCode.isEmpty() ? QString() : tr(" · region %1").arg(session.regionCode);
    m_userLabel->setText(tr("%1 (%2)%3").arg(session.userName, session.role.displayName(), region));
    rebuildPages(session);
}

void MainWindow::rebuildPages(const SessionInfo &session)
{
    const QString key = session.userName + QLatin1Char('/') + session.role.key();
    if (key == m_pagesFor)
        return; // same user: keep the pages as they are
    removePages();
    m_pagesFor = key;
    const Role role = session.role;
    if (role.can(Permission::ViewOperationalData)) {
        // The live map first: the city officer's everyday view (issue 4).
        auto *map = new MapView(m_pages);
        // The tile source the officer chose in the settings ("map/…"); none: the offline base map.
        map->setTileSource(m_settings ? m_settings->tileSource() : TileSource::fromSettings(QSettings()));
        auto *page = new FleetPage(m_fleet.get(), map, m_pages);
        page->setObjectName(QStringLiteral("fleetPage"));
        // Home: the account's city if the console knows its geography, else all of Hainan.
        LonLat home{109.85, 19.2};
        double zoom = 8;
        QFile city(QStringLiteral(":/cities/%1.json").arg(session.regionCode));
        if (city.open(QIODevice::ReadOnly)) {
            const QJsonArray centre =
                QJsonDocument::fromJson(city.readAll()).object().value(QStringLiteral("centre")).toArray();
            if (centre.size() >= 2) {
                home = {centre.at(0).toDouble(), centre.at(1).toDouble()};
                zoom = 12;
            }
        }
        map->setCenter(home);
        map->setZoom(zoom);
        map->setHomeView(WebMercator::project(home, 0), zoom);
        auto *alerts = new AlertsPanel;
        alerts->setObjectName(QStringLiteral("alertsPanel"));
        alerts->setModel(m_alertModel);
        alerts->setPollingState(m_alertClient->state(), m_alertClient->errorMessage());
        connect(m_alertClient, &AlertClient::stateChanged, alerts, [this, alerts](AlertClient::State state) {
            alerts->setPollingState(state, m_alertClient->errorMessage());
        });
        connect(alerts, &AlertsPanel::openVehicle, page,
                [page](const QString &companyId, const QString &plate) {
                    page->openVehicle(VehicleKey{companyId, plate});
                });
        page->addSidePanel(alerts, tr("Alerts"));
        auto *replay = new TrackReplayPanel(m_trackClient);
        replay->setObjectName(QStringLiteral("trackReplayPanel"));
        replay->setMapView(map);
        page->addSidePanel(replay, tr("Track replay"));
        page->card()->setReplayAvailable(true);
        auto *myLayer = new MyLocationLayer(m_location, page);
        myLayer->setMapDatum(map->mapDatum());
        connect(map, &MapView::mapDatumChanged, myLayer, &MyLocationLayer::setMapDatum);
        map->addLayer(myLayer); // after the vehicles: the officer's dot on top
        auto *nearby = new NearbyPanel(m_location, m_fleet.get());
        nearby->setObjectName(QStringLiteral("nearbyPanel"));
        nearby->setMapView(map);
        connect(nearby, &NearbyPanel::openVehicle, page,
                [page](const QString &companyId, const QString &plate) {
                    page->openVehicle(VehicleKey{companyId, plate});
                });
        page->addSidePanel(nearby, tr("Near me"));
        // The card's permit status: the selected vehicle asked of the city's registry on the platform.
        connect(page, &FleetPage::vehicleSelected, m_permitClient, &PermitClient::showVehicle);
        connect(m_permitClient, &PermitClient::statusChanged, page->card(), &VehicleCard::setPermitStatus);
        connect(page, &FleetPage::trackReplayRequested, replay, [page, replay](const VehicleKey &vehicle) {
            replay->showVehicle(vehicle.companyId, vehicle.vehicleNo);
            page->showSidePanel(replay);
            replay->load();
        });
        m_pages->addTab(page, tr("Live map"));
        m_showsFleet = true;
    }
    if (role.can(Permission::ViewOperationalData)) {
        // Issue 5: the roadside check. The enforcement officer's everyday page, so theirs comes first.
        auto *lookup = new LookupPage(m_lookupClient, m_fleet.get(), m_pages);
        lookup->setObjectName(QStringLiteral("lookupPage"));
        lookup->setMyLocation(m_location);
        QString error;
        if (CityRules::hasBuiltIn(session.regionCode))
            lookup->setCityRules(CityRules::load(session.regionCode, &error));
        auto *fleetPage = m_pages->findChild<FleetPage *>(QStringLiteral("fleetPage"));
        connect(lookup, &LookupPage::showOnMap, this,
                [this, fleetPage](const QString &companyId, const QString &plate) {
                    if (!fleetPage)
                        return;
                    m_pages->setCurrentWidget(fleetPage);
                    fleetPage->openVehicle(VehicleKey{companyId, plate});
                });
        if (role.id() == Role::EnforcementOfficer) {
            m_pages->insertTab(0, lookup, tr("Permit lookup"));
            m_pages->setCurrentIndex(0);
        } else {
            m_pages->addTab(lookup, tr("Permit lookup"));
        }
        // Seed 002 Art. 34: the bureau's own list; only city officers change it (the page and the platform
        // both check).
        auto *model = new BadRecordListModel;
        auto *badRecords = new BadRecordsPage(m_badRecordClient, model, role, m_pages);
        badRecords->setObjectName(QStringLiteral("badRecordsPage"));
        model->setParent(badRecords);
        m_pages->addTab(badRecords, tr("Bad-record list"));
    }
    if (role.can(Permission::ViewQualityReports)) {
        auto *intake = new IntakePage(m_intakeModel, m_pages);
        intake->setObjectName(QStringLiteral("intakePage"));
        m_pages->addTab(intake, tr("Data intake"));
        m_refreshesIntake = true;
        // Issue 6: the companies' data-quality scores (seed 000 Art. 16–18); reviewing and publishing them is
        // the provincial supervisor's (docs/quality-contracts.md). The platform checks both again.
        const bool canPublish = role.can(Permission::PublishQualityReports);
        auto *scores = new ScoresPage(m_qualityClient, session.regionCode, canPublish, m_pages);
        scores->setObjectName(QStringLiteral("scoresPage"));
        scores->setPreparedBy(session.userName);
        m_pages->addTab(scores, tr("Quality scores"));
    }
    // Administration (MLPS 2.0 §8.1.5): each of the three administrators sees only their own duty.
    if (role.can(Permission::ManageSecurityPolicy) || role.can(Permission::UnlockAccounts)) {
        auto *policy = new PolicyPage(m_admin, role.can(Permission::ManageSecurityPolicy), m_pages);
        policy->setObjectName(QStringLiteral("policyPage"));
        m_pages->addTab(policy, tr("Security policy"));
    }
    if (role.can(Permission::ManageAccounts) || role.can(Permission::UnlockAccounts)) {
        auto *model = new AccountListModel;
        auto *page = new AccountsPage(m_admin, model, role, session.userName, m_pages);
        page->setObjectName(QStringLiteral("accountsPage"));
        model->setParent(page);
        m_pages->addTab(page, tr("Accounts"));
    }
    if (role.can(Permission::ViewAuditLog)) {
        auto *model = new AuditLogModel(m_admin);
        auto *page = new AuditPage(m_admin, model, role, m_pages);
        page->setObjectName(QStringLiteral("auditPage"));
        model->setParent(page);
        m_pages->addTab(page, tr("Audit log"));
    }
    // Issue 7: transmission outages (seed 000 Art. 11–12) for those who review the notices, and the 7×24
    // status board (Art. 21) for them and for the security administrator, who suspends and restores a
    // company's upload access (Art. 13). The platform checks every permission again.
    const bool reviewsOutages = role.can(Permission::ReviewOutageNotices);
    const bool suspends = role.can(Permission::SuspendCompanyAccess);
    if (reviewsOutages) {
        auto *outages = new OutagesPage(m_outageClient, session.regionCode, m_pages);
        outages->setObjectName(QStringLiteral("outagesPage"));
        outages->setPreparedBy(session.userName);
        m_pages->addTab(outages, tr("Outages"));
    }
    if (reviewsOutages || suspends) {
        auto *board = new StatusBoardPage(m_boardClient, suspends, m_pages);
        board->setObjectName(QStringLiteral("statusBoardPage"));
        if (!m_client->isSignedIn())
            board->stop(); // until startRefreshing()
        // It keeps polling on other pages too, so an outage is announced whatever page is open.
        board->setWatchWhileHidden(true);
        m_boardPage = board;
        auto *outages = m_pages->findChild<OutagesPage *>(QStringLiteral("outagesPage"));
        connect(board, &StatusBoardPage::outageOpened, this,
                [this](const QString &, const QString &name, OutageStream stream, qint64 id) {
                    statusBar()->showMessage(
                        tr("Outage #%1 opened: %2 stopped sending %3 — see the status board")
                            .arg(id)
                            .arg(name, OutageStreams::title(stream)));
                });
        if (outages) {
            // Double-click a red row: its outage on the Outages page.
            connect(board->view(), &QAbstractItemView::doubleClicked, this,
                    [this, outages](const QModelIndex &i) {
                        const qint64 id = i.data(StatusBoardModel::OutageIdRole).toLongLong();
                        if (id <= 0)
                            return;
                        m_pages->setCurrentWidget(outages);
                        outages->showOutage(id);
                    });
        }
        m_pages->addTab(board, tr("Status board"));
    }
    if (m_pages->count() == 0) {
        auto *empty = new QLabel(
            tr("Your role (%1) has no pages in this version of the console.").arg(role.displayName()),
            m_pages);
        empty->setAlignment(Qt::AlignCenter);
        empty->setWordWrap(true);
        empty->setObjectName(QStringLiteral("welcomePage"));
        m_pages->addTab(empty, tr("Welcome"));
    }
    restorePageLayout();
}

void MainWindow::removePages()
{
    savePageLayout();
    while (m_pages->count() > 0) {
        QWidget *page = m_pages->widget(0);
        m_pages->removeTab(0);
        page->deleteLater();
    }
    m_pagesFor.clear();
    m_refreshesIntake = false;
    m_showsFleet = false;
}

void MainWindow::startLiveData()
{
    if (!m_showsFleet || !m_client->isSignedIn())
        return;
    m_broker->setPinnedFingerprint(m_client->pinnedFingerprint());
    if (!m_broker->isOpen())
        m_broker->open(m_client->baseUrl(), m_client->sessionToken(), {FleetFeed::topic()});
    else
        m_broker->setToken(m_client->sessionToken()); // signed in again: the new session's token
    m_alertClient->start();
    m_location->start();
    m_liveTimer->start();
    updateLiveLabel();
}

void MainWindow::updateLiveLabel()
{
    if (!m_showsFleet) {
        m_liveLabel->clear();
        return;
    }
    // Positions older than 60 s are an alert of their own; the fleet knows them, not the platform. Only
    // once the broker has been connected for that long: positions missed while it was not are our gap, not
    // the company's.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_broker->state() != BrokerClient::State::Connected)
        m_liveSince = {};
    else if (!m_liveSince.isValid())
        m_liveSince = now;
    else if (m_liveSince.secsTo(now) >= m_fleet->staleAfter())
        m_alertModel->updateStale(*m_fleet, now);
    const QDateTime asOf = m_feed->dataAsOf();
    const QString time =
        asOf.isValid() ? asOf.toLocalTime().toString(QStringLiteral("HH:mm:ss")) : tr("none yet");
    switch (m_broker->state()) {
    case BrokerClient::State::Connected:
        m_liveLabel->setText(tr("Live: %n vehicle(s), data as of %1", "", m_fleet->size()).arg(time));
        break;
    case BrokerClient::State::Connecting:
        m_liveLabel->setText(tr("Live: connecting…"));
        break;
    case BrokerClient::State::WaitingToReconnect:
        m_liveLabel->setText(tr("Live: connection lost, retrying; data as of %1").arg(time));
        break;
    case BrokerClient::State::Disconnected:
        m_liveLabel->setText(tr("Live: not connected; data as of %1").arg(time));
        break;
    }
}

StatusBoardPage *MainWindow::statusBoardPage() const
{
    return m_boardPage.data();
}

void MainWindow::startRefreshing()
{
    startLiveData();
    if (m_boardPage)
        m_boardPage->start();
    if (!m_refreshesIntake)
        return;
    m_client->fetchIntakeSummary();
    m_refreshTimer->start();
    updateConnection();
}

void MainWindow::stopRefreshing()
{
    m_refreshTimer->stop();
    if (m_boardPage)
        m_boardPage->stop();
    m_alertClient->pause();
    m_location->stop(); // not read while locked
}

void MainWindow::clearData()
{
    stopRefreshing();
    m_intakeModel->setCounters({}, {});
    m_dataAgeLabel->clear();
    m_userLabel->clear();
    m_banner->setDaysLeft(std::numeric_limits<int>::max());
    removePages();
    // The next user must not see this one's vehicles, nor receive on this one's session.
    m_broker->close();
    m_liveTimer->stop();
    m_liveLabel->clear();
    m_fleet->clear();
    m_alertClient->stop();
    m_alertModel->clear();
    m_trackClient->cancel();
    m_permitClient->clear();
    m_lookupClient->cancel();
    m_qualityClient->cancel();
    m_outageClient->cancel();
    m_boardClient->cancel();
    m_offline->stop();
}

void MainWindow::updateConnection()
{
    const QString where =
        m_platformDescription.isEmpty() ? m_client->baseUrl().toString() : m_platformDescription;
    if (!m_client->baseUrl().isValid())
        m_connectionLabel->setText(tr("Starting the platform…"));
    else if (m_client->state() == PlatformClient::State::Connected)
        m_connectionLabel->setText(tr("Connected: %1").arg(where));
    else
        m_connectionLabel->setText(tr("Not connected: %1").arg(where));
}

// --- Issue 8: settings, keyboard shortcuts, the remembered layout ---

namespace {

// The name a page's splitters are remembered under: its object name, else its class (one of each per role).
QString layoutNameOf(const QWidget *page)
{
    if (!page->objectName().isEmpty())
        return page->objectName();
    const QString className = QString::fromLatin1(page->metaObject()->className());
    return className.mid(className.lastIndexOf(QLatin1Char(':')) + 1);
}

// A page shown at least once (so laid out): only its splitters are saved, the others keep their saved state.
const char *const kLayoutShown = "rwLayoutShown";

} // namespace

void MainWindow::addSettingsAndShortcuts()
{
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    m_refreshAction = viewMenu->addAction(tr("&Refresh this page"), this, &MainWindow::refreshCurrentPage);
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));

    QMenu *toolsMenu = menuBar()->addMenu(tr("&Tools"));
    m_settingsAction = toolsMenu->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    // The platform's key for preferences; Linux desktops have none, so Ctrl+, as in most applications there.
    QList<QKeySequence> preferences = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (preferences.isEmpty())
        preferences = {QKeySequence(Qt::CTRL | Qt::Key_Comma)};
    m_settingsAction->setShortcuts(preferences);
    m_settingsAction->setEnabled(false); // until setSettings()

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    m_shortcutsAction = helpMenu->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);

    // Ctrl+1…Ctrl+9: the n-th page, as in browsers.
    for (int n = 1; n <= 9; ++n) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + n)), this);
        shortcut->setObjectName(QStringLiteral("showPage%1").arg(n));
        connect(shortcut, &QShortcut::activated, this, [this, n] { selectPage(n - 1); });
    }
    connect(m_pages, &QTabWidget::currentChanged, this, [this](int index) {
        if (QWidget *page = m_pages->widget(index); page && isVisible())
            page->setProperty(kLayoutShown, true);
    });
}

void MainWindow::setSettings(ConsoleSettings *settings)
{
    m_settings = settings;
    m_settingsAction->setEnabled(settings != nullptr);
    if (!settings)
        return;
    // Before the window first shows (it does after sign-in): restoreGeometry() places it then.
    const QByteArray geometry = settings->windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = settings->windowState();
    if (!state.isEmpty())
        restoreState(state);
    restorePageLayout();
    // File → Quit ends the application without closing the window.
    connect(qApp, &QCoreApplication::aboutToQuit, this, &MainWindow::saveLayout, Qt::UniqueConnection);
}

QList<QPair<QString, QString>> MainWindow::shortcutList() const
{
    QList<QPair<QString, QString>> list;
    // The menus' actions, as they are (a platform's own key for Quit or Preferences included).
    for (QAction *menu : menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction *action : menu->menu()->actions()) {
            if (action->shortcuts().isEmpty())
                continue;
            QString what = action->text();
            what.remove(QLatin1Char('&')).remove(QStringLiteral("…"));
            QStringList keys;
            for (const QKeySequence &sequence : action->shortcuts())
                keys.append(ShortcutsDialog::keysText(sequence));
            list.append({what, keys.join(tr(" or "))});
        }
    }
    list.append({tr("Show page 1 … 9"),
                 tr("%1 … %2").arg(ShortcutsDialog::keysText(QKeySequence(Qt::CTRL | Qt::Key_1)),
                                   ShortcutsDialog::keysText(QKeySequence(Qt::CTRL | Qt::Key_9)))});
    list.append({tr("Next or previous page"),
                 tr("%1 or %2")
                     .arg(ShortcutsDialog::keysText(QKeySequence(Qt::CTRL | Qt::Key_Tab)),
                          ShortcutsDialog::keysText(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab)))});
    return list;
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(shortcutList(), this);
    dialog.exec();
}

void MainWindow::openSettings()
{
    if (!m_settings)
        return;
    const QString languageBefore = m_settings->language();
    const QString platformBefore = m_settings->platformUrl();
    SettingsDialog dialog(m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The tiles at once: the map swaps its source in place.
    if (auto *map = m_pages->findChild<MapView *>()) {
        const TileSource tiles = m_settings->tileSource();
        if (!(map->tileSource() == tiles))
            map->setTileSource(tiles);
    }
    if (m_settings->language() != languageBefore || m_settings->platformUrl() != platformBefore)
        statusBar()->showMessage(
            tr("Settings saved. The new language or platform address takes effect when RideWatch restarts."),
            10000);
}

bool MainWindow::refreshCurrentPage()
{
    QWidget *page = m_pages->currentWidget();
    if (!page)
        return false;
    // A small optional mechanism rather than an interface every page must implement.
    for (const char *slot : {"refresh", "reload", "load"}) {
        const QByteArray signature = QByteArray(slot) + "()";
        if (page->metaObject()->indexOfMethod(signature.constData()) >= 0 &&
            QMetaObject::invokeMethod(page, slot))
            return true;
    }
    statusBar()->showMessage(tr("This page updates by itself; there is nothing to refresh."), 4000);
    return false;
}

bool MainWindow::selectPage(int index)
{
    if (index < 0 || index >= m_pages->count())
        return false;
    m_pages->setCurrentIndex(index);
    return true;
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (QWidget *page = m_pages->currentWidget())
        page->setProperty(kLayoutShown, true);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveLayout()
{
    if (!m_settings)
        return;
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    savePageLayout();
    m_settings->settings()->sync();
}

void MainWindow::savePageLayout()
{
    if (!m_settings || m_pagesFor.isEmpty() || m_pages->count() == 0)
        return;
    // m_pagesFor is "user/role": the pages, so the page remembered, depend on the role.
    const QString role = m_pagesFor.section(QLatin1Char('/'), -1);
    m_settings->setCurrentPage(role, m_pages->currentIndex());
    if (QWidget *current = m_pages->currentWidget(); current && isVisible())
        current->setProperty(kLayoutShown, true);
    for (int i = 0; i < m_pages->count(); ++i) {
        QWidget *page = m_pages->widget(i);
        if (!page->property(kLayoutShown).toBool())
            continue;
        const QList<QSplitter *> splitters = page->findChildren<QSplitter *>();
        for (int n = 0; n < splitters.size(); ++n)
            m_settings->setSplitterState(layoutNameOf(page) + QLatin1Char('.') + QString::number(n),
                                         splitters.at(n)->saveState());
    }
}

void MainWindow::restorePageLayout()
{
    if (!m_settings || m_pagesFor.isEmpty() || m_pages->count() == 0)
        return;
    for (int i = 0; i < m_pages->count(); ++i) {
        QWidget *page = m_pages->widget(i);
        const QList<QSplitter *> splitters = page->findChildren<QSplitter *>();
        for (int n = 0; n < splitters.size(); ++n) {
            const QByteArray state =
                m_settings->splitterState(layoutNameOf(page) + QLatin1Char('.') + QString::number(n));
            if (!state.isEmpty())
                splitters.at(n)->restoreState(state);
        }
    }
    const int index = m_settings->currentPage(m_pagesFor.section(QLatin1Char('/'), -1));
    if (index >= 0 && index < m_pages->count())
        m_pages->setCurrentIndex(index);
}

} // namespace rw
