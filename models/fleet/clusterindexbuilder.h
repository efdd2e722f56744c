#pragma once

#include "clusterindex.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <optional>

namespace rw {

/**
 * \brief Rebuilds a ClusterIndex on a worker thread and hands it back on the builder's thread.
 *
 * The map widget calls request(fleet.snapshot(now)) when it wants fresher clusters (e.g. on a timer once
 * the fleet's version() moved). At most one build runs; requests made meanwhile are coalesced, and only
 * the newest is built next. built() is emitted on the thread the builder lives in (the GUI thread).
 * Destroying the builder cancels a running build and waits for it (a few milliseconds at most).
 *
 * The builder itself is not thread-safe: use it from its own thread only.
 */
class ClusterIndexBuilder : public QObject
{
    Q_OBJECT

public:
    explicit ClusterIndexBuilder(const ClusterOptions &options = {}, QObject *parent = nullptr);
    ~ClusterIndexBuilder() override;

    const ClusterOptions &options() const { return m_options; }
    /** Takes effect from the next request(). */
    void setOptions(const ClusterOptions &options) { m_options = options; }

    /** Clusters \a snapshot on the worker thread, after the running build if any. */
    void request(const FleetSnapshot &snapshot);
    /** True while a build is running or waiting. */
    bool isBusy() const { return m_running || m_pending.has_value(); }
    /** The last index built (empty before the first). */
    const ClusterIndex &latest() const { return m_latest; }

signals:
    /** A build finished; \a index is also latest(). */
    void built(const rw::ClusterIndex &index);

private:
    void start(FleetSnapshot snapshot);
    void finished(const ClusterIndex &index);

    ClusterOptions m_options;
    ClusterIndex m_latest;
    std::optional<FleetSnapshot> m_pending;
    bool m_running = false;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    QThreadPool m_pool; // one worker; declared last so that it is destroyed (and waited for) first
};

} // namespace rw
