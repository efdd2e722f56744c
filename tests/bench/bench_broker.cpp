// Live-latency benchmark (DESIGN §9: record received → on the console ≤ 500 ms at the 99th
// percentile at 10,000 fixes/s). Companies upload positions over HTTPS at a steady rate; the
// console's BrokerClient receives them over WSS and FleetFeed applies them to a FleetState. For
// every fix that reaches the fleet: the time from the start of its upload to its arrival in the
// fleet. The baseline, measured in the same run: the upload's own round trip (POST → committed
// and acknowledged), which every fix must pay before the broker can forward it.
//
// Prints figures and ratios; never fails on timing. RIDEWATCH_BENCH_SECONDS (default 10) and
// RIDEWATCH_BENCH_RATE (fixes/s, default 10,000) set the size; the test suite runs it briefly.

#include "accounts/accountservice.h"
#include "broker/brokerservice.h"
#include "client/brokerclient.h"
#include "client/certificatepin.h"
#include "fleet/fleetfeed.h"
#include "fleet/fleetstate.h"
#include "intake/companyregistry.h"
#include "platformserver.h"
#include "security/accountstore.h"

#include "permitfixtures.h"
#include "uploadfixtures.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace rw;

namespace {

constexpr int kVehicles = 10000;
constexpr int kTicksPerSecond = 10;

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(p / 100.0 * double(values.size())));
    return values[index];
}

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int seconds = envInt("RIDEWATCH_BENCH_SECONDS", 10);
    const int rate = envInt("RIDEWATCH_BENCH_RATE", 10000);
    const int perTick = std::max(1, rate / kTicksPerSecond);

    QTemporaryDir dir;
    PlatformOptions options;
    options.databasePath = dir.filePath(QStringLiteral("bench.sqlite"));
    options.synchronousFull = false;
    options.passwordHashing = PasswordHasher::Parameters::pbkdf2(1000);
    PlatformServer server(options);
    QString error;
    if (!server.start(&error))
        qFatal("platform: %s", qPrintable(error));
    const QByteArray companyToken =
        server.companies().addCompany(fixtures::kCompany, QStringLiteral("畅行"), &error);
    testing::insertCompanyPermit(server.database(), fixtures::kCompany, QStringLiteral("469001"),
                                 QStringLiteral("畅行"));
    const auto account =
        server.accounts().store().create(QStringLiteral("bench"), {}, Role::CityOfficer,
                                         QStringLiteral("469001"), AccountService::DemoPassword);
    if (companyToken.isEmpty() || !account ||
        !server.accounts().store().setPassword(account->id, AccountService::DemoPassword, false))
        qFatal("setup: %s", qPrintable(error + server.accounts().store().error()));
    const auto login = server.accounts().login(QStringLiteral("bench"), AccountService::DemoPassword, {}, {});
    if (!login.signedIn())
        qFatal("sign-in: %s", qPrintable(login.message));

    // The console's side.
    const auto catalogue = InterfaceCatalogue::builtIn();
    BrokerClient broker(catalogue);
    broker.setPinnedFingerprint(CertificatePin::fingerprintOf(server.certificate()));
    FleetState fleet;
    FleetFeed feed(&broker, &fleet, catalogue);
    QElapsedTimer clock;
    clock.start();
    QHash<QString, double> sentAt; // plate → when the upload carrying its newest fix started (ms)
    std::vector<double> latencies;
    QObject::connect(&broker, &BrokerClient::envelopesReceived, &app,
                     [&](const QList<UploadEnvelope> &envelopes, const QDateTime &) {
                         const double now = double(clock.nsecsElapsed()) / 1e6;
                         for (const UploadEnvelope &envelope : envelopes) {
                             for (const Record &record : envelope.records) {
                                 const auto it = sentAt.constFind(record.value(u"VehicleNo").toString());
                                 if (it != sentAt.constEnd())
                                     latencies.push_back(now - *it);
                             }
                         }
                     });
    broker.open(server.baseUrl(), login.token, {FleetFeed::topic()});
    {
        QEventLoop wait;
        QObject::connect(&broker, &BrokerClient::stateChanged, &wait, [&](BrokerClient::State state) {
            if (state == BrokerClient::State::Connected)
                wait.quit();
        });
        QTimer::singleShot(10000, &wait, &QEventLoop::quit);
        if (broker.state() != BrokerClient::State::Connected)
            wait.exec();
        if (broker.state() != BrokerClient::State::Connected)
            qFatal("the broker did not connect");
    }

    // The companies' side: perTick fixes every 100 ms, over HTTPS, each vehicle in turn.
    QNetworkAccessManager network;
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates({server.certificate()});
    QUrl url = server.baseUrl();
    url.setPath(QStringLiteral("/position/vehicle"));
    std::vector<double> roundTrips;
    int offset = 0;
    int ticks = 0;
    int pending = 0;
    const qint64 startTime = QDateTime::currentSecsSinceEpoch();
    QTimer ticker;
    ticker.setInterval(1000 / kTicksPerSecond);
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
        if (++ticks > seconds * kTicksPerSecond) {
            ticker.stop();
            return;
        }
        const QByteArray body =
            fixtures::positionBatch(perTick, kVehicles, startTime + offset / kVehicles, offset);
        const double started = double(clock.nsecsElapsed()) / 1e6;
        for (int i = 0; i < perTick; ++i)
            sentAt.insert(QStringLiteral("琼D%1").arg(10000 + (offset + i) % kVehicles), started);
        offset += perTick;
        QNetworkRequest request(url);
        request.setSslConfiguration(ssl);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + companyToken);
        QNetworkReply *reply = network.post(request, body);
        ++pending;
        QObject::connect(reply, &QNetworkReply::finished, &app, [&, reply, started] {
            roundTrips.push_back(double(clock.nsecsElapsed()) / 1e6 - started);
            reply->deleteLater();
            --pending;
        });
    });
    ticker.start();
    // Run until every upload is answered and the last fixes had a second to arrive.
    QEventLoop run;
    QTimer check;
    check.setInterval(50);
    QElapsedTimer idle;
    QObject::connect(&check, &QTimer::timeout, &run, [&] {
        if (ticker.isActive() || pending > 0) {
            idle.restart();
            return;
        }
        if (!idle.isValid())
            idle.start();
        if (idle.elapsed() > 1000)
            run.quit();
    });
    check.start();
    run.exec();

    const double sentFixes = double(offset);
    std::printf("live latency: %d s at %d fixes/s (%d per 100 ms), %zu fixes timed on arrival, "
                "%lld coalesced on the platform, %zu uploads\n",
                seconds, rate, perTick, latencies.size(), qlonglong(server.broker().coalescedTotal()),
                roundTrips.size());
    const double upload50 = percentile(roundTrips, 50);
    const double upload99 = percentile(roundTrips, 99);
    const double live50 = percentile(latencies, 50);
    const double live99 = percentile(latencies, 99);
    std::printf("  baseline: upload round trip          p50 %8.1f ms   p99 %8.1f ms\n", upload50, upload99);
    std::printf(
        "  upload start → in the console's fleet p50 %8.1f ms   p99 %8.1f ms   (target p99 ≤ 500 ms)\n",
        live50, live99);
    std::printf("  ratio to the baseline                 p50 %8.2f      p99 %8.2f\n",
                upload50 > 0 ? live50 / upload50 : 0, upload99 > 0 ? live99 / upload99 : 0);
    std::printf("  fixes in the fleet: %d of %d vehicles; sent %.0f\n", fleet.size(),
                std::min(kVehicles, offset), sentFixes);
    broker.close();
    server.stop();
    return latencies.empty() ? 1 : 0; // nothing arrived at all: the path is broken, not slow
}
