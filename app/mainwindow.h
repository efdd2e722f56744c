#pragma once

#include "domain/systemclock.h"

#include "client/sessioninfo.h"
#include "protocol/interfacecatalogue.h"

#include <QDateTime>
#include <QMainWindow>
#include <QPair>
#include <QPointer>

#include <memory>

class QAction;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QTimer;

namespace rw {

class AdminClient;
class AlertClient;
class ConsoleSettings;
class AlertListModel;
class BrokerClient;
class ExpiryBanner;
class FleetFeed;
class FleetState;
class IntakePage;
class IntakeSummaryModel;
class MyLocation;
class PlatformClient;
class SessionController;
class TrackClient;
class PermitClient;
class BadRecordClient;
class QualityClient;
class OutageClient;
class StatusBoardPage;
class LookupCache;
class LookupClient;
class OfflineCopyStatus;
class OfflineRegistry;
class RegistrySync;

/**
 * \brief The console's main window: composition only. Which pages it shows depends on the signed-in
 * role (DESIGN §8: the console's checks are convenience; the platform enforces them). Pages get
 * their models injected here.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(PlatformClient *client, std::shared_ptr<const InterfaceCatalogue> catalogue,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    /**
     * Follows \a session: the window shows the signed-in user's pages, polls only while the session
     * is active, and forgets everything at sign-out. The Account menu and the expiry banner drive it.
     */
    void setSessionController(SessionController *session);

    /** Describes where the data comes from, e.g. the embedded reference platform. */
    void setPlatformDescription(const QString &description);

    IntakeSummaryModel *intakeModel() const { return m_intakeModel; }
    FleetState *fleet() const { return m_fleet.get(); }
    BrokerClient *broker() const { return m_broker; }
    AdminClient *adminClient() const { return m_admin; }
    AlertClient *alertClient() const { return m_alertClient; }
    AlertListModel *alertModel() const { return m_alertModel; }
    PermitClient *permitClient() const { return m_permitClient; }
    MyLocation *myLocation() const { return m_location; }
    LookupClient *lookupClient() const { return m_lookupClient; }
    LookupCache *lookupCache() const { return m_lookupCache; }
    OfflineRegistry *offlineRegistry() const { return m_offline; }
    QualityClient *qualityClient() const { return m_qualityClient; }
    OutageClient *outageClient() const { return m_outageClient; }
    OutageClient *boardClient() const { return m_boardClient; }
    /** The status board page, when the role has one (it polls for the outage notification). */
    StatusBoardPage *statusBoardPage() const;
    QTabWidget *pages() const { return m_pages; }
    ExpiryBanner *expiryBanner() const { return m_banner; }

    /**
     * The console's settings (issue 8): the window restores its geometry and state from them at once, each
     * role's last page and the pages' splitters when it builds the pages, saves them when closed, at sign-out
     * and at quit, and Tools → Settings… edits them. Without settings nothing is remembered and the Settings
     * action is disabled. \a settings must outlive the window.
     */
    void setSettings(ConsoleSettings *settings);
    QAction *settingsAction() const { return m_settingsAction; }
    QAction *refreshAction() const { return m_refreshAction; }
    QAction *shortcutsAction() const { return m_shortcutsAction; }
    /** The window's keyboard shortcuts as Help → Keyboard shortcuts lists them: (what, keys). */
    QList<QPair<QString, QString>> shortcutList() const;

public Q_SLOTS:
    /** Who is signed in: the pages of their role, the user in the status bar, the expiry banner. */
    void showSession(const rw::SessionInfo &session, int warningDays);
    /** Starts polling the platform (signed in, not locked). */
    void startRefreshing();
    /** Stops polling (locked, or the session must be renewed); the pages keep what they show. */
    void stopRefreshing();
    /** Forgets everything shown (signed out): the next user sees nothing of the previous one's. */
    void clearData();
    /** Opens the Settings dialog; the tile source applies to the live map at once, the rest at restart. */
    void openSettings();
    /** Help → Keyboard shortcuts. */
    void showShortcuts();
    /**
     * F5: asks the current page to load its data again, if it has a refresh(), reload() or load() slot
     * (pages that poll or stream have none). False when it has none.
     */
    bool refreshCurrentPage();
    /** Ctrl+1…Ctrl+9: shows page \a index (from 0); false when there is no such page. */
    bool selectPage(int index);
    /** Writes the geometry, the state, the role's current page and the splitters into the settings. */
    void saveLayout();

Q_SIGNALS:
    void changePasswordRequested();
    void lockRequested();
    void signOutRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void addSettingsAndShortcuts();
    void savePageLayout();
    void restorePageLayout();
    void updateConnection();
    void updateLiveLabel();
    /** Opens the live broker for the fleet page (or hands it the renewed session token). */
    void startLiveData();
    void rebuildPages(const SessionInfo &session);
    void removePages();

    PlatformClient *m_client;
    AdminClient *m_admin; //!< the administrators' calls, for their pages
    IntakeSummaryModel *m_intakeModel;
    ExpiryBanner *m_banner;
    QTabWidget *m_pages;
    QLabel *m_userLabel;
    QLabel *m_connectionLabel;
    QLabel *m_dataAgeLabel;
    QTimer *m_refreshTimer;
    std::unique_ptr<FleetState> m_fleet; //!< the live map's vehicles, filled by m_feed
    BrokerClient *m_broker;
    FleetFeed *m_feed;
    QLabel *m_liveLabel;
    QTimer *m_liveTimer;
    AlertClient *m_alertClient; //!< the platform's alerts for the live map (polled while it shows)
    AlertListModel *m_alertModel;
    TrackClient *m_trackClient;   //!< vehicles' tracks for the replay beside the map
    PermitClient *m_permitClient; //!< the vehicle card's permit status from the city's registry
    MyLocation *m_location;       //!< the officer's own position, read only while the live map is in use
    SystemClock m_clock;
    LookupCache *m_lookupCache;   //!< the signed-in user's encrypted offline copy of lookups and the registry
    RegistrySync *m_registrySync; //!< downloads the region's registry into m_lookupCache
    OfflineRegistry *m_offline;   //!< opens, refreshes and closes m_lookupCache over a sign-in
    LookupClient *m_lookupClient; //!< the permit lookup page's searches (falls back to m_lookupCache)
    BadRecordClient *m_badRecordClient; //!< the city's bad-record list (seed 002 Art. 34)
    QualityClient *m_qualityClient;     //!< the data-quality scores (issue 6, seed 000 Art. 16–18)
    OutageClient *m_outageClient;       //!< the Outages page's calls (issue 7, seed 000 Art. 11–12)
    OutageClient *m_boardClient;        //!< the status board's polling (Art. 21), apart from the page's calls
    QPointer<StatusBoardPage> m_boardPage;
    OfflineCopyStatus *m_offlineStatus;
    QDateTime m_liveSince; //!< when the broker last connected (UTC); invalid while it is not
    bool m_showsFleet = false;
    QString m_platformDescription;
    QString m_pagesFor; //!< "user/role" the pages were built for
    bool m_refreshesIntake = false;
    ConsoleSettings *m_settings = nullptr; //!< the layout remembered and the Settings dialog (issue 8)
    QAction *m_settingsAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
};

} // namespace rw
