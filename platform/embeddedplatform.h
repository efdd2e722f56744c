#pragma once

#include "simulator/simulatorconfig.h"

#include <QObject>
#include <QSslCertificate>
#include <QThread>
#include <QUrl>

namespace rw {

class PlatformServer;
class SimulationRunner;

/**
 * \brief The console's embedded default: the reference platform and the traffic simulator on
 * their own thread in this process, reached by the console over loopback like a real platform.
 *
 * start() returns at once; ready() or failed() follows. Nothing here runs on the GUI thread.
 */
class EmbeddedPlatform : public QObject
{
    Q_OBJECT

public:
    explicit EmbeddedPlatform(QObject *parent = nullptr);
    ~EmbeddedPlatform() override;

    /** \a databasePath: where the platform keeps its data; \a simulation: the simulated city. */
    void start(const QString &databasePath, const SimulatorConfig &simulation);
    void stop();

Q_SIGNALS:
    /**
     * The platform listens at \a baseUrl (https) with \a certificate, which it made itself: the
     * console may pin it without asking the user.
     */
    void ready(const QUrl &baseUrl, const QSslCertificate &certificate);
    void failed(const QString &message);

private:
    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread; parent of what runs there
    PlatformServer *m_server = nullptr;
    SimulationRunner *m_simulation = nullptr;
};

} // namespace rw
