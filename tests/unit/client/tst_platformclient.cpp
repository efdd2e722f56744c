// PlatformClient against the real reference platform on loopback.

#include "client/platformclient.h"

#include "intake/companyregistry.h"
#include "platformserver.h"

#include "uploadfixtures.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
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
};

void tst_PlatformClient::summaryReflectsUploads()
{
    QTemporaryDir dir;
    PlatformOptions options;
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

QTEST_GUILESS_MAIN(tst_PlatformClient)
#include "tst_platformclient.moc"
