#include "clusterindexbuilder.h"

#include <QMetaObject>

namespace rw {

ClusterIndexBuilder::ClusterIndexBuilder(const ClusterOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_cancelled(std::make_shared<std::atomic<bool>>(false))
{
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("ClusterIndexBuilder"));
}

ClusterIndexBuilder::~ClusterIndexBuilder()
{
    // The worker posts its result to this object; once it is done, ~QObject drops that event.
    m_cancelled->store(true);
    m_pool.waitForDone();
}

void ClusterIndexBuilder::request(const FleetSnapshot &snapshot)
{
    if (m_running) {
        m_pending = snapshot;
        return;
    }
    start(snapshot);
}

void ClusterIndexBuilder::start(FleetSnapshot snapshot)
{
    m_running = true;
    const ClusterOptions options = m_options;
    const std::shared_ptr<std::atomic<bool>> cancelled = m_cancelled;
    m_pool.start([this, snapshot = std::move(snapshot), options, cancelled] {
        std::optional<ClusterIndex> index = ClusterIndex::build(snapshot, options, cancelled.get());
        if (!index)
            return; // cancelled: the builder is being destroyed
        QMetaObject::invokeMethod(
            this, [this, index = std::move(*index)] { finished(index); }, Qt::QueuedConnection);
    });
}

void ClusterIndexBuilder::finished(const ClusterIndex &index)
{
    m_running = false;
    m_latest = index;
    if (m_pending) {
        FleetSnapshot next = std::move(*m_pending);
        m_pending.reset();
        start(std::move(next));
    }
    emit built(m_latest);
}

} // namespace rw
