#pragma once

#include "outagestore.h"

#include "outages/outagedetector.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace rw {

class Clock;
class Database;
struct UploadOutcome;

/**
 * \brief Watches every company's streams for outages, 7×24 (seed 000 Art. 21; DESIGN §7): feeds the
 * committed uploads to an OutageDetector, ticks it from a timer and keeps what it finds in the
 * OutageStore, so an outage open when the platform stops is still the same open outage after it starts
 * again (start() restores it and primes the streams from the upload log).
 *
 * Lives on the thread of \a db (the platform's HTTP thread: the work per upload is a few hash lookups and,
 * only when an outage changes, one row written).
 */
class OutageMonitor : public QObject
{
    Q_OBJECT

public:
    OutageMonitor(Database &db, const Clock &clock,
                  OutageDetector::Options options = OutageDetector::defaultOptions(),
                  QObject *parent = nullptr);
    ~OutageMonitor() override;

    /** Restores the stored outages, primes the streams and starts ticking every \a tickMs. */
    bool start(QString *error, int tickMs = 10'000);
    void stop();

    /** A committed upload (IntakeService::uploadCommitted). */
    void observe(const rw::UploadOutcome &outcome);
    /** Checks every stream for silence now (the timer calls it). */
    void tick();

    const OutageDetector &detector() const { return m_detector; }
    OutageStore &store() { return m_store; }

signals:
    void outageOpened(const rw::Outage &outage);
    /** Closed, or more of its data re-sent. */
    void outageChanged(const rw::Outage &outage);
    /** Storing failed: the outage is still tracked in memory and is stored again on its next change. */
    void storeFailed(const QString &message);

private:
    void save(const Outage &outage);

    Database &m_db;
    const Clock &m_clock;
    OutageStore m_store;
    OutageDetector m_detector;
    QTimer m_timer;
};

} // namespace rw
