#include "embeddedplatform.h"

#include "accounts/accountservice.h"
#include "platformserver.h"
#include "simulationrunner.h"

namespace rw {

EmbeddedPlatform::EmbeddedPlatform(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("embedded-platform"));
}

EmbeddedPlatform::~EmbeddedPlatform()
{
    stop();
}

void EmbeddedPlatform::start(const QString &databasePath, const SimulatorConfig &simulation)
{
    if (m_context)
        return;
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(m_context, [this, databasePath, simulation] {
        PlatformOptions options;
        options.databasePath = databasePath;
        options.port = 0;
        // The embedded platform holds simulated data only: survive a crash of the process, not of
        // the machine, and spare the officer's disk an fsync per upload.
        options.synchronousFull = false;
        options.tls = true; // the console reaches it over the real client path, TLS included
        m_server = new PlatformServer(options, m_context);
        QString error;
        if (!m_server->start(&error)) {
            Q_EMIT failed(tr("The embedded platform cannot start: %1").arg(error));
            return;
        }
        // The embedded default is demo mode: the demo accounts (README "Demo accounts") exist.
        if (!m_server->accounts().createDemoAccounts(&error)) {
            Q_EMIT failed(tr("The embedded platform cannot create its demo accounts: %1").arg(error));
            return;
        }
        m_simulation = new SimulationRunner;
        SimulatorConfig config = simulation;
        config.enabled = true;
        m_simulation->setConfig(config);
        if (!m_simulation->start(*m_server, &error)) {
            Q_EMIT failed(tr("The traffic simulator cannot start: %1").arg(error));
            return;
        }
        Q_EMIT ready(m_server->baseUrl(), m_server->certificate());
    });
}

void EmbeddedPlatform::stop()
{
    if (!m_context)
        return;
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            delete m_simulation;
            m_simulation = nullptr;
            if (m_server)
                m_server->stop();
            delete m_context; // deletes m_server
            m_server = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_context = nullptr;
    m_thread.quit();
    m_thread.wait();
}

} // namespace rw
