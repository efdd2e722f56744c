#include "mainwindow.h"

#include "client/platformclient.h"
#include "intake/intakepage.h"
#include "itemmodels/intakesummarymodel.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTimer>

namespace rw {

MainWindow::MainWindow(PlatformClient *client, std::shared_ptr<const InterfaceCatalogue> catalogue,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_intakeModel(new IntakeSummaryModel(std::move(catalogue), this))
    , m_intakePage(new IntakePage(m_intakeModel, this))
    , m_connectionLabel(new QLabel(this))
    , m_dataAgeLabel(new QLabel(this))
    , m_refreshTimer(new QTimer(this))
{
    setWindowTitle(tr("RideWatch — ride-hailing supervision"));
    setCentralWidget(m_intakePage);
    statusBar()->addWidget(m_connectionLabel, 1);
    statusBar()->addPermanentWidget(m_dataAgeLabel);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    m_refreshTimer->setInterval(2000);
    connect(m_refreshTimer, &QTimer::timeout, m_client, &PlatformClient::fetchIntakeSummary);
    connect(m_client, &PlatformClient::intakeSummaryReceived, this,
            [this](const QList<IntakeCounter> &counters, const QDateTime &serverTime) {
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

void MainWindow::setPlatformDescription(const QString &description)
{
    m_platformDescription = description;
    updateConnection();
}

void MainWindow::startRefreshing()
{
    m_client->fetchIntakeSummary();
    m_refreshTimer->start();
    updateConnection();
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
