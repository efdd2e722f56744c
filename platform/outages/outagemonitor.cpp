#include "outagemonitor.h"

#include "domain/clock.h"
#include "intake/uploadoutcome.h"
#include "protocol/interfacespec.h"

namespace rw {

OutageMonitor::OutageMonitor(Database &db, const Clock &clock, OutageDetector::Options options,
                             QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_store(db)
    , m_detector(options)
{
    connect(&m_timer, &QTimer::timeout, this, &OutageMonitor::tick);
}

OutageMonitor::~OutageMonitor() = default;

bool OutageMonitor::start(QString *error, int tickMs)
{
    const qint64 now = m_clock.nowMs();
    const QList<Outage> stored = m_store.recent(now - m_detector.options().backfillHorizonMs);
    if (m_store.lastError().isError()) {
        if (error)
            *error = m_store.lastError().toString();
        return false;
    }
    const QList<OutageStore::StreamActivity> activity =
        m_store.activity(m_detector.options().activityWindowMs);
    if (m_store.lastError().isError()) {
        if (error)
            *error = m_store.lastError().toString();
        return false;
    }
    for (const OutageStore::StreamActivity &a : activity)
        m_detector.prime(a.companyId, a.stream, a.lastReceivedMs, a.recordsInWindow);
    m_detector.restore(stored);
    m_timer.start(tickMs);
    return true;
}

void OutageMonitor::stop()
{
    m_timer.stop();
}

void OutageMonitor::observe(const UploadOutcome &outcome)
{
    if (!outcome.spec || outcome.accepted + outcome.rejected == 0)
        return;
    const std::optional<OutageStream> stream = OutageStreams::ofIpcType(outcome.spec->ipcType);
    if (!stream)
        return;
    // Rejected records are data too: a company sending bad records has a quality problem, not an outage.
    QList<qint64> times;
    times.reserve(outcome.accepted + outcome.rejected);
    for (qint64 seconds : outcome.businessTimes)
        times.append(seconds > 0 ? seconds * 1000 : 0);
    while (times.size() < outcome.accepted + outcome.rejected)
        times.append(0);
    const qint64 received = outcome.receivedMs > 0 ? outcome.receivedMs : m_clock.nowMs();
    for (const Outage &changed : m_detector.observe(outcome.companyId, *stream, received, times)) {
        save(changed);
        Q_EMIT outageChanged(changed);
    }
}

void OutageMonitor::tick()
{
    for (const Outage &opened : m_detector.tick(m_clock.nowMs())) {
        save(opened);
        Outage stored = opened;
        for (const Outage &o : m_detector.outages()) {
            if (o.sameWindow(opened))
                stored = o;
        }
        Q_EMIT outageOpened(stored);
    }
}

void OutageMonitor::save(const Outage &outage)
{
    const qint64 id = m_store.save(outage);
    if (id == 0) {
        Q_EMIT storeFailed(
            tr("outage of %1 (%2) could not be stored: %3")
                .arg(outage.companyId, OutageStreams::key(outage.stream), m_store.lastError().toString()));
        return;
    }
    if (outage.id != id)
        m_detector.setId(outage, id);
}

} // namespace rw
