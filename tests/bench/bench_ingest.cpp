// Ingest benchmark (DESIGN §9): position records per second through decode + validate + store +
// forward, beside the same payload only parsed by QJsonDocument, measured in the same run.
//
// Prints figures and ratios; never fails on timing. RIDEWATCH_BENCH_RECORDS sets the size
// (default 200,000; the test suite runs it smaller).

#include "intake/companyregistry.h"
#include "intake/ingestpipeline.h"
#include "platformserver.h"

#include "storage/database.h"
#include "storage/interfacetables.h"
#include "storage/recordstore.h"
#include "storage/schemamigrator.h"

#include "uploadfixtures.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <cstdio>
#include <deque>
#include <future>

using namespace rw;

namespace {

constexpr int kBatch = 1000;
constexpr int kVehicles = 10000;

struct Store
{
    std::unique_ptr<Database> db;
    std::unique_ptr<RecordStore> store;
};

Store openStore(const QString &path, std::shared_ptr<const InterfaceCatalogue> catalogue)
{
    Store s;
    s.db = std::make_unique<Database>();
    DatabaseOptions options;
    options.synchronous = DatabaseOptions::Synchronous::Normal;
    if (!s.db->open(path, options))
        qFatal("cannot open %s", qPrintable(s.db->lastError().toString()));
    SchemaMigrator migrator = SchemaMigrator::platform();
    if (!migrator.migrate(*s.db))
        qFatal("cannot migrate: %s", qPrintable(migrator.error().toString()));
    InterfaceTables tables(*s.db, catalogue);
    if (!tables.ensure())
        qFatal("cannot create tables: %s", qPrintable(tables.error().toString()));
    s.store = std::make_unique<RecordStore>(*s.db, catalogue);
    return s;
}

UploadRequest makeRequest(const QByteArray &body, const InterfaceSpec *spec)
{
    UploadRequest r;
    r.companyId = fixtures::kCompany;
    r.spec = spec;
    r.contentType = "application/json";
    r.body = body;
    r.peer = QStringLiteral("127.0.0.1:1");
    r.receivedMs = QDateTime::currentMSecsSinceEpoch();
    return r;
}

void print(const char *what, qint64 records, qint64 nanoseconds, double baselinePerSecond)
{
    const double perSecond = double(records) * 1e9 / double(qMax<qint64>(1, nanoseconds));
    std::printf("  %-58s %12.0f records/s", what, perSecond);
    if (baselinePerSecond > 0)
        std::printf("   ratio to baseline %.3f", perSecond / baselinePerSecond);
    std::printf("\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int requested = qEnvironmentVariableIntValue("RIDEWATCH_BENCH_RECORDS");
    const int batches = qMax(1, (requested > 0 ? requested : 200000) / kBatch);
    const qint64 records = qint64(batches) * kBatch;
    auto catalogue = InterfaceCatalogue::builtIn();
    const InterfaceSpec *positions = catalogue->byIpcType(u"positionVehicle");
    QTemporaryDir dir;

    QList<QByteArray> bodies;
    const qint64 start = QDateTime::currentSecsSinceEpoch() - 3600;
    for (int b = 0; b < batches; ++b)
        bodies.append(fixtures::positionBatch(kBatch, kVehicles, start, b * kBatch));
    qint64 bytes = 0;
    for (const QByteArray &body : bodies)
        bytes += body.size();
    std::printf(
        "bench_ingest: %lld positionVehicle records in %d uploads of %d (%.1f MB JSON), %d vehicles\n",
        records, batches, kBatch, double(bytes) / 1e6, kVehicles);

    // Baseline: the same payload only parsed by QJsonDocument.
    QElapsedTimer timer;
    timer.start();
    qint64 parsed = 0;
    for (const QByteArray &body : bodies)
        parsed += QJsonDocument::fromJson(body).object().size();
    const qint64 baselineNs = timer.nsecsElapsed();
    const double baseline = double(records) * 1e9 / double(baselineNs);
    print("baseline: QJsonDocument::fromJson only", records, baselineNs, 0);
    if (parsed == 0)
        qFatal("baseline parsed nothing");

    // Decode + validate only (no storage).
    {
        IngestPipeline preparer(catalogue, nullptr);
        timer.restart();
        qint64 accepted = 0;
        for (const QByteArray &body : bodies)
            accepted += preparer.prepare(makeRequest(body, positions)).batch.accepted.size();
        print("decode + validate", accepted, timer.nsecsElapsed(), baseline);
    }

    // Serial: decode + validate + store + forward on one thread.
    {
        Store s = openStore(dir.filePath(QStringLiteral("serial.sqlite")), catalogue);
        IngestPipeline pipeline(catalogue, s.store.get());
        qint64 forwarded = 0;
        timer.restart();
        for (const QByteArray &body : bodies) {
            const UploadOutcome outcome = pipeline.process(makeRequest(body, positions));
            if (outcome.httpStatus != 200)
                qFatal("upload refused: %s", outcome.replyBody.constData());
            forwarded += outcome.acceptedRecords.size();
        }
        print("decode + validate + store + forward, one thread", forwarded, timer.nsecsElapsed(), baseline);
    }

    // Pipelined as the platform runs it: decode + validate on a pool, store on the writer.
    {
        Store s = openStore(dir.filePath(QStringLiteral("pipelined.sqlite")), catalogue);
        IngestPipeline preparer(catalogue, nullptr);
        IngestPipeline committer(catalogue, s.store.get());
        std::deque<QFuture<PreparedUpload>> inFlight;
        qint64 forwarded = 0;
        timer.restart();
        int next = 0;
        while (next < bodies.size() || !inFlight.empty()) {
            while (next < bodies.size() && inFlight.size() < 4) {
                const QByteArray body = bodies.at(next++);
                inFlight.push_back(QtConcurrent::run(
                    [&preparer, body, positions] { return preparer.prepare(makeRequest(body, positions)); }));
            }
            PreparedUpload prepared = inFlight.front().result();
            inFlight.pop_front();
            forwarded += committer.commit(std::move(prepared)).acceptedRecords.size();
        }
        print("decode + validate on a pool, store + forward on the writer", forwarded, timer.nsecsElapsed(),
              baseline);
    }

    // End to end over HTTP on loopback: the real platform, fsync off (synchronous NORMAL).
    {
        PlatformOptions options;
        options.databasePath = dir.filePath(QStringLiteral("http.sqlite"));
        options.synchronousFull = false;
        options.tls = false; // measures the intake path; the TLS handshake cost is not what is compared here
        PlatformServer server(options);
        QString error;
        if (!server.start(&error))
            qFatal("platform: %s", qPrintable(error));
        const QByteArray token =
            server.companies().addCompany(fixtures::kCompany, QStringLiteral("bench"), &error);
        QNetworkAccessManager network;
        QUrl url = server.baseUrl();
        url.setPath(QStringLiteral("/position/vehicle"));
        qint64 acknowledged = 0;
        int sent = 0;
        int open = 0;
        QEventLoop loop;
        std::function<void()> sendNext = [&] {
            while (open < 4 && sent < bodies.size()) {
                QNetworkRequest request(url);
                request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
                request.setRawHeader("Authorization", "Bearer " + token);
                QNetworkReply *reply = network.post(request, bodies.at(sent++));
                ++open;
                QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
                    reply->deleteLater();
                    --open;
                    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
                        acknowledged += kBatch;
                    else
                        std::printf("  upload failed: %s\n", reply->readAll().left(200).constData());
                    if (sent == bodies.size() && open == 0)
                        loop.quit();
                    else
                        sendNext();
                });
            }
        };
        timer.restart();
        sendNext();
        loop.exec();
        print("over HTTP: POST → decode → validate → store → reply", acknowledged, timer.nsecsElapsed(),
              baseline);
        server.stop();
    }
    std::printf("bench_ingest: target is at least 100,000 records/s through decode + validate + store\n");
    return 0;
}
