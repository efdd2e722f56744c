// PlatformClient against the real reference platform on loopback.

#include "client/certificatepin.h"
#include "client/certificatepinstore.h"
#include "client/platformclient.h"

#include "intake/companyregistry.h"
#include "platformserver.h"

#include "uploadfixtures.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace rw;

class tst_PlatformClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void summaryReflectsUploads();
    void unreachablePlatformIsReported();
    void missingAddressIsReported();
    void firstContactAsksBeforeSending();
    void rejectedCertificateIsNotPinned();
    void changedCertificateIsRefused();
};

namespace {

std::unique_ptr<PlatformServer> startTlsServer(const QString &directory, quint16 port = 0)
{
    PlatformOptions options;
    // The console does not sign in yet (accounts issue, console part): the summary stays open here.
    options.intakeSummaryNeedsSession = false;
    options.databasePath = directory + QStringLiteral("/p.sqlite");
    options.synchronousFull = false;
    options.port = port;
    auto server = std::make_unique<PlatformServer>(options);
    QString error;
    if (!server->start(&error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    return server;
}

} // namespace

void tst_PlatformClient::summaryReflectsUploads()
{
    QTemporaryDir dir;
    PlatformOptions options;
    // The console does not sign in yet (accounts issue, console part): the summary stays open here.
    options.intakeSummaryNeedsSession = false;
    options.databasePath = dir.filePath(QStringLiteral("p.sqlite"));
    options.synchronousFull = false;
    options.tls = false; // certificate pinning is covered by its own tests below
    PlatformServer server(options);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    const QByteArray token =
        server.companies().addCompany(fixtures::kCompany, QStringLiteral("畅行"), &error);
    QVERIFY2(!token.isEmpty(), qPrintable(error));

    QNetworkAccessManager network;
    QUrl url = server.baseUrl();
    url.setPath(QStringLiteral("/position/vehicle"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *reply = network.post(request, fixtures::positionBatch(7, 3, 1763700000));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();

    PlatformClient client;
    client.setBaseUrl(server.baseUrl());
    QSignalSpy summary(&client, &PlatformClient::intakeSummaryReceived);
    QSignalSpy state(&client, &PlatformClient::stateChanged);
    client.fetchIntakeSummary();
    QVERIFY(summary.wait(10000));
    const auto counters = summary.first().at(0).value<QList<IntakeCounter>>();
    QCOMPARE(counters.size(), 1);
    QCOMPARE(counters.first().companyId, fixtures::kCompany);
    QCOMPARE(counters.first().companyName, QStringLiteral("畅行"));
    QCOMPARE(counters.first().accepted, 7);
    QVERIFY(counters.first().lastReceivedMs > 0);
    QCOMPARE(client.state(), PlatformClient::State::Connected);
    QCOMPARE(state.size(), 1);
}

void tst_PlatformClient::unreachablePlatformIsReported()
{
    // A port that was free a moment ago: nothing listens there now.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();

    PlatformClient client;
    client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    QSignalSpy failed(&client, &PlatformClient::requestFailed);
    client.fetchIntakeSummary();
    QVERIFY(failed.wait(10000));
    QVERIFY(failed.first().at(0).toString().contains(QString::number(port)));
    QCOMPARE(client.state(), PlatformClient::State::Disconnected);
}

void tst_PlatformClient::missingAddressIsReported()
{
    PlatformClient client;
    QSignalSpy failed(&client, &PlatformClient::requestFailed);
    client.fetchIntakeSummary();
    QCOMPARE(failed.size(), 1);
}

void tst_PlatformClient::firstContactAsksBeforeSending()
{
    QTemporaryDir dir;
    const auto server = startTlsServer(dir.path());
    QVERIFY(server);
    QCOMPARE(server->baseUrl().scheme(), QStringLiteral("https"));
    QSettings settings(dir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat);
    CertificatePinStore store(&settings);

    PlatformClient client;
    client.setPinStore(&store);
    client.setBaseUrl(server->baseUrl());
    QSignalSpy approval(&client, &PlatformClient::certificateNeedsApproval);
    QSignalSpy summary(&client, &PlatformClient::intakeSummaryReceived);
    QSignalSpy failed(&client, &PlatformClient::requestFailed);
    client.fetchIntakeSummary();
    client.fetchIntakeSummary(); // a second request waits with the first: one question only
    QVERIFY(approval.wait(10000));
    const QByteArray expected = CertificatePin::fingerprintOf(server->certificate());
    QCOMPARE(approval.first().at(0).value<QSslCertificate>(), server->certificate());
    QCOMPARE(approval.first().at(1).toByteArray(), expected);
    QCOMPARE(CertificatePin::format(expected), server->certificateFingerprint());
    // Held, not failed, not sent (the aborted replies have finished already).
    QCOMPARE(approval.size(), 1);
    QCOMPARE(summary.size(), 0);
    QCOMPARE(failed.size(), 0);
    QVERIFY(!store.pin(CertificatePin::hostPortOf(server->baseUrl())));

    client.approveCertificate(expected);
    QTRY_COMPARE_WITH_TIMEOUT(summary.size(), 2, 10000);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(store.pin(CertificatePin::hostPortOf(server->baseUrl()))->sha256, expected);

    // Another client with the same settings trusts it at once.
    PlatformClient later;
    later.setPinStore(&store);
    later.setBaseUrl(server->baseUrl());
    QCOMPARE(later.pinnedFingerprint(), expected);
    QSignalSpy laterApproval(&later, &PlatformClient::certificateNeedsApproval);
    QSignalSpy laterSummary(&later, &PlatformClient::intakeSummaryReceived);
    later.fetchIntakeSummary();
    QVERIFY(laterSummary.wait(10000));
    QCOMPARE(laterApproval.size(), 0);
}

void tst_PlatformClient::rejectedCertificateIsNotPinned()
{
    QTemporaryDir dir;
    const auto server = startTlsServer(dir.path());
    QVERIFY(server);
    QSettings settings(dir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat);
    CertificatePinStore store(&settings);
    PlatformClient client;
    client.setPinStore(&store);
    client.setBaseUrl(server->baseUrl());
    QSignalSpy approval(&client, &PlatformClient::certificateNeedsApproval);
    QSignalSpy failed(&client, &PlatformClient::requestFailed);
    client.fetchIntakeSummary();
    QVERIFY(approval.wait(10000));
    client.rejectCertificate();
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.first().at(0).toString().contains(server->certificateFingerprint()),
             qPrintable(failed.first().at(0).toString()));
    QVERIFY(store.pins().isEmpty());
    QVERIFY(client.pinnedFingerprint().isEmpty());
}

void tst_PlatformClient::changedCertificateIsRefused()
{
    QTemporaryDir first;
    QTemporaryDir second;
    auto server = startTlsServer(first.path());
    QVERIFY(server);
    const quint16 port = server->port();
    const QUrl base = server->baseUrl();
    const QByteArray original = CertificatePin::fingerprintOf(server->certificate());

    PlatformClient client;
    client.setBaseUrl(base);
    client.setPinnedFingerprint(original);
    QSignalSpy summary(&client, &PlatformClient::intakeSummaryReceived);
    QSignalSpy mismatch(&client, &PlatformClient::certificateMismatch);
    QSignalSpy failed(&client, &PlatformClient::requestFailed);
    client.fetchIntakeSummary();
    QVERIFY(summary.wait(10000));

    // Another platform, with another key, on the same host:port.
    server->stop();
    server.reset();
    const auto impostor = startTlsServer(second.path(), port);
    QVERIFY(impostor);
    const QByteArray other = CertificatePin::fingerprintOf(impostor->certificate());
    QVERIFY(other != original);

    client.fetchIntakeSummary();
    QVERIFY(mismatch.wait(10000));
    QCOMPARE(mismatch.first().at(0).toByteArray(), original);
    QCOMPARE(mismatch.first().at(1).toByteArray(), other);
    QCOMPARE(failed.size(), 1);
    const QString message = failed.first().at(0).toString();
    QVERIFY2(message.contains(CertificatePin::format(original)), qPrintable(message));
    QVERIFY2(message.contains(CertificatePin::format(other)), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("refused")), qPrintable(message));
    QCOMPARE(summary.size(), 1);
    QCOMPARE(client.state(), PlatformClient::State::Disconnected);
}

QTEST_GUILESS_MAIN(tst_PlatformClient)
#include "tst_platformclient.moc"
