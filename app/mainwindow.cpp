#include "mainwindow.h"

#include "admin/accountspage.h"
#include "admin/auditpage.h"
#include "admin/policypage.h"
#include "client/adminclient.h"
#include "client/platformclient.h"
#include "intake/intakepage.h"
#include "itemmodels/accountlistmodel.h"
#include "itemmodels/auditlogmodel.h"
#include "itemmodels/intakesummarymodel.h"
#include "session/expirybanner.h"
#include "session/sessioncontroller.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
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
    , m_intakeModel(new IntakeSummaryModel(std::move(catalogue), this))
    , m_banner(new ExpiryBanner(this))
    , m_pages(new QTabWidget(this))
    , m_userLabel(new QLabel(this))
    , m_connectionLabel(new QLabel(this))
    , m_dataAgeLabel(new QLabel(this))
    , m_refreshTimer(new QTimer(this))
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
    statusBar()->addPermanentWidget(m_dataAgeLabel);

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

    m_refreshTimer->setInterval(2000);
    connect(m_refreshTimer, &QTimer::timeout, m_client, &PlatformClient::fetchIntakeSummary);
    connect(m_client, &PlatformClient::intakeSummaryReceived, this,
            [this](const QList<IntakeCounter> &counters, const QDateTime &serverTime) {
                if (!m_refreshTimer->isActive())
                    return; // an answer that arrived after sign-out or lock
                m_intakeModel->setCounters(counters, serverTime);
                m_dataAgeLabel->setText(
                    tr("Data as of %1").arg(serverTime.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
            });
    connect(m_client, &PlatformClient::requestFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(m_client, &PlatformClient::stateChanged, this, &MainWindow::updateConnection);
    updateConnection();
    resize(1100, 700);
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
    if (role.can(Permission::ViewQualityReports)) {
        m_pages->addTab(new IntakePage(m_intakeModel, m_pages), tr("Data intake"));
        m_refreshesIntake = true;
    }
    // Administration (MLPS 2.0 §8.1.5): each of the three administrators sees only their own duty.
    if (role.can(Permission::ManageSecurityPolicy) || role.can(Permission::UnlockAccounts))
        m_pages->addTab(new PolicyPage(m_admin, role.can(Permission::ManageSecurityPolicy), m_pages),
                        tr("Security policy"));
    if (role.can(Permission::ManageAccounts) || role.can(Permission::UnlockAccounts)) {
        auto *model = new AccountListModel;
        auto *page = new AccountsPage(m_admin, model, role, session.userName, m_pages);
        model->setParent(page);
        m_pages->addTab(page, tr("Accounts"));
    }
    if (role.can(Permission::ViewAuditLog)) {
        auto *model = new AuditLogModel(m_admin);
        auto *page = new AuditPage(m_admin, model, role, m_pages);
        model->setParent(page);
        m_pages->addTab(page, tr("Audit log"));
    }
    if (m_pages->count() == 0) {
        auto *empty = new QLabel(
            tr("Your role (%1) has no pages in this version of the console.").arg(role.displayName()),
            m_pages);
        empty->setAlignment(Qt::AlignCenter);
        empty->setWordWrap(true);
        m_pages->addTab(empty, tr("Welcome"));
    }
}

void MainWindow::removePages()
{
    while (m_pages->count() > 0) {
        QWidget *page = m_pages->widget(0);
        m_pages->removeTab(0);
        page->deleteLater();
    }
    m_pagesFor.clear();
    m_refreshesIntake = false;
}

void MainWindow::startRefreshing()
{
    if (!m_refreshesIntake)
        return;
    m_client->fetchIntakeSummary();
    m_refreshTimer->start();
    updateConnection();
}

void MainWindow::stopRefreshing()
{
    m_refreshTimer->stop();
}

void MainWindow::clearData()
{
    stopRefreshing();
    m_intakeModel->setCounters({}, {});
    m_dataAgeLabel->clear();
    m_userLabel->clear();
    m_banner->setDaysLeft(std::numeric_limits<int>::max());
    removePages();
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

} // namespace rw
