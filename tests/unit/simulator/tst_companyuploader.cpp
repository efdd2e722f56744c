#include "fakeplatformserver.h"

#include "simulator/companyuploader.h"
#include "simulator/jsonrecordencoder.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace rw;

namespace {

QList<QJsonObject> positions(int from, int count)
{
    QList<QJsonObject> records;
    for (int i = from; i < from + count; ++i) {
        records.append(
            {{QStringLiteral("CompanyId"), QStringLiteral("4690TEST0001")},
             {QStringLiteral("VehicleNo"), QStringLiteral("琼DD%1").arg(i, 5, 10, QLatin1Char('0'))},
             {QStringLiteral("PositionTime"), 1717200000 + i}});
    }
    return records;
}

// The PositionTime of every record the server accepted, in arrival order.
QList<qint64> acceptedTimes(const FakePlatformServer &server)
{
    QList<qint64> times;
    for (const FakeRequest &r : server.accepted()) {
        for (const QJsonValue &record : r.json().value(QStringLiteral("positionVehicle")).toArray())
            times.append(record.toObject().value(QStringLiteral("PositionTime")).toInteger());
    }
    return times;
}

} // namespace

class tst_CompanyUploader : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    CompanyUploader *make(const QUrl &baseUrl, int batch = 100, QObject *parent = nullptr)
    {
        CompanyUploader::Options options;
        options.baseUrl = baseUrl;
        options.token = QStringLiteral("s3cret-token");
        options.maxBatchRecords = batch;
        options.retryInitialMs = 20;
        options.retryMaxMs = 200;
        options.requestTimeoutMs = 5000;
        return new CompanyUploader(QStringLiteral("4690TEST0001"), options, &m_network,
                                   std::make_shared<JsonRecordEncoder>(), parent ? parent : this);
    }

private slots:
    void postsTheSpecEnvelope()
    {
        FakePlatformServer server;
        QVERIFY(server.listenLocal());
        QUrl base = server.baseUrl();
        base.setPath(QStringLiteral("/upload/"));
        CompanyUploader *uploader = make(base, 3);
        QSignalSpy idle(uploader, &CompanyUploader::idle);
        uploader->enqueue(QStringLiteral("positionVehicle"), positions(0, 7));
        QVERIFY(idle.wait(5000));
        QCOMPARE(server.requests().size(), 3); // 3 + 3 + 1
        const FakeRequest &first = server.requests().first();
        QCOMPARE(first.method, QByteArray("POST"));
        QCOMPARE(first.url.path(), QStringLiteral("/upload/position/vehicle"));
        QCOMPARE(QUrlQuery(first.url).queryItemValue(QStringLiteral("company")),
                 QStringLiteral("4690TEST0001"));
        QCOMPARE(first.headers.value("authorization"), QByteArray("Bearer s3cret-token"));
        QVERIFY(first.headers.value("content-type").startsWith("application/json"));
        const QJsonObject envelope = first.json();
        QCOMPARE(envelope.value(QStringLiteral("CompanyId")).toString(), QStringLiteral("4690TEST0001"));
        QCOMPARE(envelope.value(QStringLiteral("Source")).toString(), QStringLiteral("0"));
        QCOMPARE(envelope.value(QStringLiteral("IPCType")).toString(), QStringLiteral("positionVehicle"));
        QCOMPARE(envelope.value(QStringLiteral("positionVehicle")).toArray().size(), 3);
        QCOMPARE(acceptedTimes(server), (QList<qint64>{1717200000, 1717200001, 1717200002, 1717200003,
                                                       1717200004, 1717200005, 1717200006}));
        const InterfaceCounters c = uploader->counters().value(QStringLiteral("positionVehicle"));
        QCOMPARE(c.sent, 7);
        QCOMPARE(c.acknowledged, 7);
        QCOMPARE(c.rejected, 0);
        QCOMPARE(uploader->queuedRecords(), 0);
        QVERIFY(uploader->isIdle());
    }

    void retriesAfterConnectionRefusedAndLosesNothing()
    {
        // Find a free port, then leave it closed: the platform is "down".
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        CompanyUploader *uploader = make(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), 5);
        QSignalSpy retries(uploader, &CompanyUploader::retryScheduled);
        QSignalSpy idle(uploader, &CompanyUploader::idle);
        uploader->enqueue(QStringLiteral("positionVehicle"), positions(0, 12));
        QVERIFY(retries.wait(5000));
        QTRY_VERIFY_WITH_TIMEOUT(retries.size() >= 3, 5000);
        QCOMPARE(uploader->queuedRecords(), 12);
        QVERIFY(uploader->currentBackoffMs() > 20);                             // backing off
        uploader->enqueue(QStringLiteral("positionVehicle"), positions(12, 3)); // traffic goes on meanwhile

        // The platform comes back on the same port.
        FakePlatformServer server;
        QVERIFY(server.listenLocal(port));
        QVERIFY(idle.wait(5000));
        QList<qint64> expected;
        for (int i = 0; i < 15; ++i)
            expected.append(1717200000 + i);
        QCOMPARE(acceptedTimes(server), expected); // all, once, in order
        QCOMPARE(uploader->counters().value(QStringLiteral("positionVehicle")).acknowledged, 15);
        QVERIFY(uploader->retries() >= 3);
        QCOMPARE(uploader->currentBackoffMs(), 0);
    }

    void retriesServiceUnavailable()
    {
        FakePlatformServer server;
        QVERIFY(server.listenLocal());
        server.setPolicy([](const FakeRequest &, int index) {
            return index < 3 ? FakeResponse{503, QByteArrayLiteral("{\"error\":\"restarting\"}")}
                             : FakeResponse{};
        });
        CompanyUploader *uploader = make(server.baseUrl(), 10);
        QSignalSpy idle(uploader, &CompanyUploader::idle);
        uploader->enqueue(QStringLiteral("positionVehicle"), positions(0, 4));
        QVERIFY(idle.wait(5000));
        QCOMPARE(server.requests().size(), 4);
        QCOMPARE(server.requests().at(0).body, server.requests().at(3).body); // the same batch again
        QCOMPARE(server.acceptedRecords(), 4);
        QCOMPARE(uploader->retries(), 3);
        QCOMPARE(uploader->counters().value(QStringLiteral("positionVehicle")).sent, 4);
    }

    void clientErrorsAreNotRetriedForever()
    {
        FakePlatformServer server;
        QVERIFY(server.listenLocal());
        server.setPolicy([](const FakeRequest &request, int) {
            if (request.json().value(QStringLiteral("IPCType")).toString() == QStringLiteral("orderCreate"))
                return FakeResponse{400,
                                    QByteArrayLiteral("{\"error\":\"OrderId: 70 characters, at most 64\"}")};
            return FakeResponse{};
        });
        CompanyUploader *uploader = make(server.baseUrl(), 10);
        QSignalSpy rejected(uploader, &CompanyUploader::batchRejected);
        QSignalSpy idle(uploader, &CompanyUploader::idle);
        uploader->enqueue(QStringLiteral("orderCreate"), positions(0, 2));
        uploader->enqueue(QStringLiteral("positionVehicle"), positions(2, 2));
        QVERIFY(idle.wait(5000));
        QCOMPARE(server.requests().size(), 2); // the refused batch went once; the next one still went
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().at(0).toString(), QStringLiteral("orderCreate"));
        QCOMPARE(rejected.first().at(2).toInt(), 400);
        QVERIFY(rejected.first().at(3).toString().contains(QStringLiteral("OrderId")));
        QCOMPARE(uploader->counters().value(QStringLiteral("orderCreate")).rejected, 2);
        QCOMPARE(uploader->counters().value(QStringLiteral("positionVehicle")).acknowledged, 2);
        QCOMPARE(uploader->retries(), 0);
        QCOMPARE(server.requests().at(0).url.path(), QStringLiteral("/order/create"));
    }

    void countsRecordsRejectedInAnAcceptedBatch()
    {
        FakePlatformServer server;
        QVERIFY(server.listenLocal());
        server.setPolicy([](const FakeRequest &, int) {
            return FakeResponse{200, QByteArrayLiteral("{\"accepted\":3,\"rejected\":[{\"index\":1}]}")};
        });
        CompanyUploader *uploader = make(server.baseUrl(), 10);
        QSignalSpy acknowledged(uploader, &CompanyUploader::batchAcknowledged);
        uploader->enqueue(QStringLiteral("positionVehicle"), positions(0, 4));
        QVERIFY(acknowledged.wait(5000));
        QCOMPARE(acknowledged.first().at(1).toInt(), 3);
        QCOMPARE(acknowledged.first().at(2).toInt(), 1);
        QCOMPARE(uploader->counters().value(QStringLiteral("positionVehicle")).rejected, 1);
    }

    void boundedQueueDropsTheOldest()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        CompanyUploader::Options options;
        options.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        options.maxBatchRecords = 5;
        options.maxQueuedRecords = 10;
        options.retryInitialMs = 10000;
        CompanyUploader uploader(QStringLiteral("4690TEST0001"), options, &m_network,
                                 std::make_shared<JsonRecordEncoder>());
        uploader.enqueue(QStringLiteral("positionVehicle"), positions(0, 20));
        QVERIFY(uploader.queuedRecords() <= 10);
        QCOMPARE(uploader.dropped() + uploader.queuedRecords(), 20);
    }
};

QTEST_GUILESS_MAIN(tst_CompanyUploader)
#include "tst_companyuploader.moc"
