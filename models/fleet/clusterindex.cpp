#include "clusterindex.h"

#include "fleetstate.h"
#include "kdindex.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace rw {

namespace {

constexpr int kMaxZoom = 24; // leaf level 25 still fits the 5 zoom bits of an id
constexpr int kCancelStride = 4096;

struct Node
{
    double x = 0;
    double y = 0;
    int count = 0;
    int vehicle = -1;
    std::array<int, kBizStatusCount> status{};
    int alarm = 0;
    int stale = 0;
};

qint64 makeId(int index, int zoom)
{
    return qint64(index) << 5 | qint64(zoom);
}

} // namespace

struct ClusterIndex::Data
{
    struct Level
    {
        std::vector<Node> nodes;
        std::vector<int> parent;     // per node: its node one zoom down (empty at minZoom)
        std::vector<int> childStart; // per node + 1: range into children (empty at the leaf level)
        std::vector<int> children;   // nodes one zoom up
        KdIndex tree;
    };

    ClusterOptions options;
    std::vector<Level> levels; // levels[z - minZoom] for z = minZoom .. maxZoom + 1
    int vehicles = 0;
    quint64 version = 0;
    quint64 layoutVersion = 0;
    qint64 time = 0;

    int leafZoom() const { return options.maxZoom + 1; }
    const Level *level(int zoom) const
    {
        const int i = zoom - options.minZoom;
        return i >= 0 && i < int(levels.size()) ? &levels[size_t(i)] : nullptr;
    }
    const Node *nodeOf(qint64 id, int *zoom, int *index) const
    {
        if (id < 0)
            return nullptr;
        *zoom = int(id & 31);
        *index = int(id >> 5);
        const Level *l = level(*zoom);
        return l && *index < int(l->nodes.size()) ? &l->nodes[size_t(*index)] : nullptr;
    }
    MapCluster toCluster(int index, int zoom) const
    {
        const Node &n = level(zoom)->nodes[size_t(index)];
        MapCluster c;
        c.id = makeId(index, zoom);
        c.world = {n.x, n.y};
        c.count = n.count;
        c.vehicle = n.vehicle;
        c.statusCounts = n.status;
        c.alarmCount = n.alarm;
        c.staleCount = n.stale;
        return c;
    }
};

namespace {

KdIndex treeOf(const std::vector<Node> &nodes, int nodeSize)
{
    std::vector<double> x(nodes.size());
    std::vector<double> y(nodes.size());
    for (size_t i = 0; i < nodes.size(); ++i) {
        x[i] = nodes[i].x;
        y[i] = nodes[i].y;
    }
    return KdIndex(x.data(), y.data(), int(nodes.size()), nodeSize);
}

} // namespace

ClusterIndex::ClusterIndex()
    : d(std::make_shared<Data>())
{}

ClusterIndex::ClusterIndex(std::shared_ptr<const Data> data)
    : d(std::move(data))
{}

std::optional<ClusterIndex> ClusterIndex::build(const FleetSnapshot &snapshot, const ClusterOptions &options,
                                                const std::atomic<bool> *cancelled)
{
    const auto isCancelled = [cancelled] { return cancelled && cancelled->load(std::memory_order_relaxed); };
    auto data = std::make_shared<Data>();
    ClusterOptions &o = data->options;
    o = options;
    o.maxZoom = std::clamp(o.maxZoom, 0, kMaxZoom);
    o.minZoom = std::clamp(o.minZoom, 0, o.maxZoom);
    o.nodeSize = std::max(1, o.nodeSize);
    if (!(o.radius > 0))
        o.radius = 0;
    data->vehicles = snapshot.size();
    data->version = snapshot.version;
    data->layoutVersion = snapshot.layoutVersion;
    data->time = snapshot.now;
    data->levels.resize(size_t(o.maxZoom + 1 - o.minZoom + 1));

    // Vehicles, at maxZoom + 1.
    Data::Level &leaves = data->levels.back();
    leaves.nodes.resize(size_t(snapshot.size()));
    for (int i = 0; i < snapshot.size(); ++i) {
        Node &n = leaves.nodes[size_t(i)];
        n.x = snapshot.points.at(i).x();
        n.y = snapshot.points.at(i).y();
        n.count = 1;
        n.vehicle = i;
        const VehicleMark &mark = snapshot.marks.at(i);
        n.status[std::min<int>(mark.status, kBizStatusCount - 1)] = 1;
        n.alarm = (mark.flags & FleetState::Alarm) ? 1 : 0;
        n.stale = snapshot.isStale(i) ? 1 : 0;
    }
    leaves.tree = treeOf(leaves.nodes, o.nodeSize);

    std::vector<char> visited;
    std::vector<int> neighbours;
    for (int zoom = o.maxZoom; zoom >= o.minZoom; --zoom) {
        if (isCancelled())
            return std::nullopt;
        Data::Level &above = data->levels[size_t(zoom + 1 - o.minZoom)];
        Data::Level &level = data->levels[size_t(zoom - o.minZoom)];
        const double r = o.radius / std::exp2(zoom); // screen px → zoom-0 world px
        const size_t count = above.nodes.size();
        visited.assign(count, 0);
        above.parent.assign(count, -1);
        level.nodes.reserve(count / 2 + 1);
        for (size_t i = 0; i < count; ++i) {
            if ((i % kCancelStride) == 0 && isCancelled())
                return std::nullopt;
            if (visited[i])
                continue;
            visited[i] = 1;
            const Node &p = above.nodes[i];
            neighbours.clear();
            above.tree.within(p.x, p.y, r, [&](int id) {
                if (!visited[size_t(id)])
                    neighbours.push_back(id);
            });
            const int created = int(level.nodes.size());
            above.parent[i] = created;
            if (neighbours.empty()) {
                level.nodes.push_back(p); // carried down unchanged
                continue;
            }
            Node c = p;
            c.vehicle = -1;
            double wx = p.x * p.count;
            double wy = p.y * p.count;
            for (const int id : neighbours) {
                visited[size_t(id)] = 1;
                above.parent[size_t(id)] = created;
                const Node &b = above.nodes[size_t(id)];
                wx += b.x * b.count;
                wy += b.y * b.count;
                c.count += b.count;
                for (int s = 0; s < kBizStatusCount; ++s)
                    c.status[size_t(s)] += b.status[size_t(s)];
                c.alarm += b.alarm;
                c.stale += b.stale;
            }
            c.x = wx / c.count;
            c.y = wy / c.count;
            level.nodes.push_back(c);
        }
        level.tree = treeOf(level.nodes, o.nodeSize);
    }

    // Children of each node, from the parents one zoom up (a counting sort keeps them in node order).
    for (int zoom = o.minZoom; zoom <= o.maxZoom; ++zoom) {
        Data::Level &level = data->levels[size_t(zoom - o.minZoom)];
        const Data::Level &above = data->levels[size_t(zoom + 1 - o.minZoom)];
        level.childStart.assign(level.nodes.size() + 1, 0);
        for (const int parent : above.parent)
            ++level.childStart[size_t(parent) + 1];
        for (size_t i = 1; i < level.childStart.size(); ++i)
            level.childStart[i] += level.childStart[i - 1];
        level.children.resize(above.parent.size());
        std::vector<int> next(level.childStart.begin(), level.childStart.end() - 1);
        for (size_t child = 0; child < above.parent.size(); ++child)
            level.children[size_t(next[size_t(above.parent[child])]++)] = int(child);
    }
    return ClusterIndex(std::move(data));
}

bool ClusterIndex::isEmpty() const
{
    return d->vehicles == 0;
}

const ClusterOptions &ClusterIndex::options() const
{
    return d->options;
}

int ClusterIndex::vehicleCount() const
{
    return d->vehicles;
}

quint64 ClusterIndex::sourceVersion() const
{
    return d->version;
}

quint64 ClusterIndex::sourceLayoutVersion() const
{
    return d->layoutVersion;
}

qint64 ClusterIndex::sourceTime() const
{
    return d->time;
}

int ClusterIndex::levelFor(double zoom) const
{
    const double z = std::floor(zoom);
    if (!(z > d->options.minZoom)) // also NaN
        return d->options.minZoom;
    return z >= d->leafZoom() ? d->leafZoom() : int(z);
}

int ClusterIndex::nodeCount(double zoom) const
{
    const Data::Level *level = d->level(levelFor(zoom));
    return level ? int(level->nodes.size()) : 0;
}

QList<MapCluster> ClusterIndex::clusters(const QRectF &world0, double zoom) const
{
    QList<MapCluster> out;
    const int z = levelFor(zoom);
    const Data::Level *level = d->level(z);
    if (!level)
        return out;
    const QRectF r = world0.normalized();
    level->tree.range(r.left(), r.top(), r.right(), r.bottom(),
                      [&](int id) { out.append(d->toCluster(id, z)); });
    return out;
}

MapCluster ClusterIndex::node(qint64 id) const
{
    int zoom = 0;
    int index = 0;
    if (!d->nodeOf(id, &zoom, &index))
        return {};
    return d->toCluster(index, zoom);
}

QList<MapCluster> ClusterIndex::children(qint64 id) const
{
    QList<MapCluster> out;
    int zoom = 0;
    int index = 0;
    if (!d->nodeOf(id, &zoom, &index) || zoom >= d->leafZoom())
        return out;
    const Data::Level *level = d->level(zoom);
    for (int k = level->childStart[size_t(index)]; k < level->childStart[size_t(index) + 1]; ++k)
        out.append(d->toCluster(level->children[size_t(k)], zoom + 1));
    return out;
}

QList<int> ClusterIndex::leaves(qint64 id) const
{
    QList<int> out;
    int zoom = 0;
    int index = 0;
    if (!d->nodeOf(id, &zoom, &index))
        return out;
    // Depth-first down to the vehicles at maxZoom + 1.
    QList<std::pair<int, int>> stack{{zoom, index}};
    while (!stack.isEmpty()) {
        const auto [z, i] = stack.takeLast();
        const Data::Level *level = d->level(z);
        if (z == d->leafZoom()) {
            out.append(level->nodes[size_t(i)].vehicle);
            continue;
        }
        for (int k = level->childStart[size_t(i)]; k < level->childStart[size_t(i) + 1]; ++k)
            stack.append({z + 1, level->children[size_t(k)]});
    }
    std::sort(out.begin(), out.end());
    return out;
}

int ClusterIndex::expansionZoom(qint64 id) const
{
    int zoom = 0;
    int index = 0;
    if (!d->nodeOf(id, &zoom, &index))
        return d->leafZoom();
    while (zoom < d->leafZoom()) {
        const Data::Level *level = d->level(zoom);
        const int first = level->childStart[size_t(index)];
        const int count = level->childStart[size_t(index) + 1] - first;
        ++zoom;
        if (count != 1)
            return zoom;
        index = level->children[size_t(first)];
    }
    return zoom;
}

} // namespace rw
