// Fleet map benchmark (DESIGN §9): 10,000 position updates applied to the live fleet in ≤ 2 ms, against
// the same fixes written into a QHash<QString, QVariantMap> (the obvious way), measured in the same run;
// and the ClusterIndex build for the whole fleet, against plain grid bucketing at every zoom.
//
// Prints figures and ratios; never fails on timing. RIDEWATCH_BENCH_VEHICLES sets the fleet size
// (default 100,000; the test suite runs it small), RIDEWATCH_BENCH_ROUNDS the number of update batches.

#include "fleet/clusterindex.h"
#include "fleet/fleetstate.h"
#include "geo/webmercator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>
#include <QVariantMap>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace rw;

namespace {

constexpr int kBatch = 10000;
constexpr int kCompanies = 8;
constexpr int kUpload = 250; // records per upload: one company's
constexpr qint64 kStart = 1'700'000'000;
// Wuzhishan, 1e-6 degree.
constexpr qint32 kLon = 109'517'000;
constexpr qint32 kLat = 18'776'000;

struct Stats
{
    double minUs = 0; // the least disturbed batch: closest to what an idle machine does
    double medianUs = 0;
    double maxUs = 0;
    double cpuMedianUs = 0; // CPU time of this thread: what the work costs on a busy shared machine
};

qint64 threadCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

// Wall-clock and thread CPU time of one call of a piece of work.
struct Timer
{
    QElapsedTimer wall;
    qint64 cpu0 = 0;
    void start()
    {
        cpu0 = threadCpuNs();
        wall.start();
    }
    std::pair<qint64, qint64> elapsed() const { return {wall.nsecsElapsed(), threadCpuNs() - cpu0}; }
};

double medianOf(std::vector<qint64> v)
{
    std::sort(v.begin(), v.end());
    return double(v[v.size() / 2]);
}

Stats statsOf(const std::vector<std::pair<qint64, qint64>> &samples)
{
    std::vector<qint64> wall;
    std::vector<qint64> cpu;
    for (const auto &[w, c] : samples) {
        wall.push_back(w);
        cpu.push_back(c);
    }
    return {double(*std::min_element(wall.begin(), wall.end())) / 1e3, medianOf(wall) / 1e3,
            double(*std::max_element(wall.begin(), wall.end())) / 1e3, medianOf(cpu) / 1e3};
}

QString companyId(int c)
{
    return QStringLiteral("4690WZSYC%1").arg(c, 3, 10, QLatin1Char('0'));
}

// The whole fleet at its first fix: half the companies report GCJ-02, half WGS-84, like the simulator.
QList<VehicleFix> initialFixes(int vehicles, QRandomGenerator &rng)
{
    QList<VehicleFix> fixes;
    fixes.reserve(vehicles);
    for (int i = 0; i < vehicles; ++i) {
        VehicleFix f;
        const int company = i % kCompanies;
        f.key = {companyId(company), QStringLiteral("琼D%1").arg(i, 6, 10, QLatin1Char('0'))};
        f.longitude = kLon - 200'000 + qint32(rng.bounded(400'000));
        f.latitude = kLat - 200'000 + qint32(rng.bounded(400'000));
        f.datum = company % 2 == 0 ? Datum::Gcj02 : Datum::Wgs84;
        f.positionTime = kStart;
        f.speed = float(rng.bounded(80));
        f.direction = qint16(rng.bounded(360));
        f.bizStatus = BizStatus(1 + rng.bounded(4));
        f.orderId = f.bizStatus == BizStatus::Carrying ? QStringLiteral("ORD%1").arg(i) : QStringLiteral("0");
        fixes.append(f);
    }
    return fixes;
}

// \a rounds batches of \a batch fixes, as the broker would hand them over: uploads of kUpload records of
// one company each, of random vehicles of that company, each moved up to ~100 m a few seconds later.
QList<QList<VehicleFix>> updateBatches(const QList<VehicleFix> &fleet, int rounds, int batch,
                                       QRandomGenerator &rng)
{
    QList<QList<VehicleFix>> batches;
    QList<VehicleFix> current = fleet;
    const int perCompany = std::max(1, int(current.size()) / kCompanies);
    int upload = 0;
    for (int r = 0; r < rounds; ++r) {
        QList<VehicleFix> b;
        b.reserve(batch);
        while (b.size() < batch) {
            const int company = upload++ % kCompanies;
            for (int k = 0; k < kUpload && b.size() < batch; ++k) {
                const int i =
                    std::min(int(current.size()) - 1, company + kCompanies * rng.bounded(perCompany));
                VehicleFix &f = current[i];
                f.longitude += qint32(rng.bounded(2001)) - 1000;
                f.latitude += qint32(rng.bounded(2001)) - 1000;
                f.positionTime += 1 + rng.bounded(10);
                f.direction = qint16(rng.bounded(360));
                b.append(f);
            }
        }
        batches.append(b);
    }
    return batches;
}

// A copy of \a fixes with strings of their own, recently written: what the parser hands over.
QList<VehicleFix> freshlyParsed(const QList<VehicleFix> &fixes)
{
    const auto copy = [](const QString &s) { return QString(s.constData(), s.size()); };
    QList<VehicleFix> out;
    out.reserve(fixes.size());
    for (VehicleFix f : fixes) {
        f.key.companyId = copy(f.key.companyId);
        f.key.vehicleNo = copy(f.key.vehicleNo);
        f.orderId = copy(f.orderId);
        out.append(std::move(f));
    }
    return out;
}

// The baseline: the same fixes into a QHash<QString, QVariantMap> keyed by company + plate.
void applyToHash(QHash<QString, QVariantMap> &hash, const QList<VehicleFix> &fixes)
{
    for (const VehicleFix &f : fixes) {
        QVariantMap &v = hash[f.key.companyId + u'/' + f.key.vehicleNo];
        if (!v.isEmpty() && v.value(QStringLiteral("PositionTime")).toLongLong() > f.positionTime)
            continue;
        v.insert(QStringLiteral("Longitude"), f.longitude);
        v.insert(QStringLiteral("Latitude"), f.latitude);
        v.insert(QStringLiteral("Encrypt"), int(f.datum));
        v.insert(QStringLiteral("PositionTime"), f.positionTime);
        v.insert(QStringLiteral("Speed"), f.speed);
        v.insert(QStringLiteral("Direction"), f.direction);
        v.insert(QStringLiteral("BizStatus"), int(f.bizStatus));
        v.insert(QStringLiteral("WarnStatus"), f.warnStatus);
        v.insert(QStringLiteral("OrderId"), f.orderId);
    }
}

// Baseline for clustering: count vehicles per 40-px cell at each zoom 0..16 (no hierarchy, no centroids).
qint64 gridBucketing(const FleetSnapshot &s)
{
    qint64 cells = 0;
    for (int zoom = 0; zoom <= 16; ++zoom) {
        const double scale = std::exp2(zoom) / 40.0;
        QHash<quint64, int> counts;
        for (int i = 0; i < s.size(); ++i)
            ++counts[quint64(s.points.at(i).x() * scale) << 32 | quint64(s.points.at(i).y() * scale)];
        cells += counts.size();
    }
    return cells;
}

void printUpdates(const char *what, const Stats &s, const Stats *baseline)
{
    std::printf("  %-56s min %6.0f, median %6.0f (CPU %6.0f), max %6.0f µs", what, s.minUs, s.medianUs,
                s.cpuMedianUs, s.maxUs);
    if (baseline)
        std::printf("; %.1f× faster than baseline (median CPU)", baseline->cpuMedianUs / s.cpuMedianUs);
    std::printf("\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int requested = qEnvironmentVariableIntValue("RIDEWATCH_BENCH_VEHICLES");
    const int vehicles = requested > 0 ? requested : 100000;
    const int roundsRequested = qEnvironmentVariableIntValue("RIDEWATCH_BENCH_ROUNDS");
    const int rounds = roundsRequested > 0 ? roundsRequested : 30;
    const int batch = std::min(kBatch, vehicles);
    QRandomGenerator rng(2024);
    const QList<VehicleFix> initial = initialFixes(vehicles, rng);
    const QList<QList<VehicleFix>> batches = updateBatches(initial, rounds, batch, rng);
    std::printf(
        "bench_fleet: %d vehicles of %d companies (half GCJ-02, half WGS-84), %d batches of %d updates "
        "(uploads of %d records of one company)\n",
        vehicles, kCompanies, rounds, batch, kUpload);
    Timer timer;
    using Samples = std::vector<std::pair<qint64, qint64>>;

    // Baseline.
    Samples baselineSamples;
    {
        QHash<QString, QVariantMap> hash;
        hash.reserve(vehicles);
        timer.start();
        applyToHash(hash, initial);
        std::printf("  %-58s %8.1f ms\n", "baseline: initial load into QHash<QString, QVariantMap>",
                    double(timer.elapsed().first) / 1e6);
        for (const QList<VehicleFix> &b : batches) {
            const QList<VehicleFix> fixes = freshlyParsed(b);
            timer.start();
            applyToHash(hash, fixes);
            baselineSamples.push_back(timer.elapsed());
        }
    }
    const Stats baseline = statsOf(baselineSamples);
    printUpdates("baseline: batch into QHash<QString, QVariantMap>", baseline, nullptr);

    // FleetState on each kind of base map: Tianditu (CGCS2000: GCJ-02 fixes drawn as sent, no
    // transform) and Amap (GCJ-02: WGS-84 fixes go through the GCJ-02 transform).
    for (const Datum map : {Datum::Cgcs2000, Datum::Gcj02}) {
        FleetState fleet(map);
        fleet.reserve(vehicles);
        timer.start();
        const FleetApplyResult loaded = fleet.apply(initial);
        std::printf("  %-58s %8.1f ms (%d inserted)\n",
                    qPrintable(QStringLiteral("FleetState, %1 map: initial load").arg(datumName(map))),
                    double(timer.elapsed().first) / 1e6, loaded.inserted);
        Samples samples;
        int updated = 0;
        for (const QList<VehicleFix> &b : batches) {
            const QList<VehicleFix> fixes = freshlyParsed(b);
            timer.start();
            updated += fleet.apply(fixes).updated;
            samples.push_back(timer.elapsed());
        }
        if (updated == 0)
            qFatal("no update applied");
        printUpdates(
            qPrintable(QStringLiteral("FleetState, %1 map: batch of %2").arg(datumName(map)).arg(batch)),
            statsOf(samples), &baseline);

        // While a cluster build holds a snapshot, the next batch first copies the shared arrays.
        samples.clear();
        for (const QList<VehicleFix> &b : batches) {
            const FleetSnapshot held = fleet.snapshot(kStart);
            QList<VehicleFix> later = freshlyParsed(b);
            for (VehicleFix &f : later)
                f.positionTime += 1000;
            timer.start();
            fleet.apply(later);
            samples.push_back(timer.elapsed());
        }
        printUpdates("  … the same while a snapshot is held (copies arrays first)", statsOf(samples),
                     &baseline);
    }

    // Clustering and queries on the Tianditu state.
    FleetState fleet(Datum::Cgcs2000);
    fleet.apply(initial);
    const FleetSnapshot snapshot = fleet.snapshot(kStart + 30);
    Samples bucketSamples;
    qint64 cells = 0;
    for (int k = 0; k < 3; ++k) {
        timer.start();
        cells += gridBucketing(snapshot);
        bucketSamples.push_back(timer.elapsed());
    }
    const Stats buckets = statsOf(bucketSamples);
    std::printf("  %-58s median %7.1f ms (CPU %7.1f ms), %lld cells\n",
                "baseline: 40-px grid bucketing, zooms 0..16", buckets.medianUs / 1e3,
                buckets.cpuMedianUs / 1e3, cells / 3);
    Samples buildSamples;
    ClusterIndex index;
    for (int k = 0; k < 3; ++k) {
        timer.start();
        index = *ClusterIndex::build(snapshot);
        buildSamples.push_back(timer.elapsed());
    }
    const Stats build = statsOf(buildSamples);
    std::printf("  %-58s median %7.1f ms (CPU %7.1f ms), ratio to baseline %.2f\n",
                "ClusterIndex::build (radius 40 px, zooms 0..16)", build.medianUs / 1e3,
                build.cpuMedianUs / 1e3, build.cpuMedianUs / buckets.cpuMedianUs);
    std::printf("    nodes per zoom 0..17:");
    for (int zoom = 0; zoom <= 17; ++zoom)
        std::printf(" %d", index.nodeCount(zoom));
    std::printf("\n");

    // Per-frame queries of a 1920 × 1080 viewport centred on the city.
    const QPointF centre = WebMercator::project(kLon / 1e6, kLat / 1e6);
    for (const int zoom : {10, 13, 16}) {
        const double unit = 1.0 / std::exp2(zoom); // one screen pixel in zoom-0 world pixels
        const QRectF viewport(centre.x() - 960 * unit, centre.y() - 540 * unit, 1920 * unit, 1080 * unit);
        QList<int> visible;
        timer.start();
        fleet.indicesIn(viewport, &visible);
        const qint64 queryNs = timer.elapsed().first;
        timer.start();
        const QList<MapCluster> clusters = index.clusters(viewport, zoom);
        const qint64 clusterNs = timer.elapsed().first;
        timer.start();
        int hits = 0;
        for (int k = 0; k < 1000; ++k)
            hits += fleet.hitTest(centre + QPointF(k % 40, k / 40) * unit, 12 * unit) >= 0 ? 1 : 0;
        const qint64 hitNs = timer.elapsed().first;
        std::printf("  zoom %2d, 1920×1080: indicesIn %6d vehicles in %6.0f µs; clusters %5d in %5.0f µs; "
                    "hitTest (12 px) %5.2f µs\n",
                    zoom, int(visible.size()), double(queryNs) / 1e3, int(clusters.size()),
                    double(clusterNs) / 1e3, double(hitNs) / 1e6);
        if (hits == 0)
            std::printf("    (no hit)\n");
    }
    std::printf(
        "bench_fleet: target is ≤ 2,000 µs per batch of 10,000 updates on 100,000 vehicles (DESIGN §9)\n");
    return 0;
}
