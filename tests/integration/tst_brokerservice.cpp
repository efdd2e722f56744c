// The live broker over WSS on loopback: committed records reach the subscribed consoles of the
// right region, refusals are plain HTTP answers, and an ended session closes the connection.

#include "accounts/accountservice.h"
#include "broker/brokerservice.h"
#include "client/brokerclient.h"
#include "client/certificatepin.h"
#include "intake/companyregistry.h"
#include "platformserver.h"
#include "security/accountstore.h"

#include "httptestclient.h"
#include "permitfixtures.h"
#include "uploadfixtures.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace rw;
using rw::testing::HttpResult;
using rw::testing::HttpTestClient;

class tst_BrokerService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void committedPositionsArrive();
    void otherRegionsSeeNothing();
    void refusalsAreHttpAnswers();
    void endedSessionClosesTheConnection();
    void slowConsoleGetsTheLatestPositions();

private:
    QByteArray signIn(const QString &user);
    void upload(const QByteArray &body, const QString &path = QStringLiteral("/position/vehicle"));
    std::unique_ptr<BrokerClient> connectBroker(const QByteArray &token, const QStringList &topics);
    QUrl url(const QString &pathAndQuery) const;

    QTemporaryDir m_dir;
    std::unique_ptr<PlatformServer> m_server;
    HttpTestClient m_http;
    QByteArray m_companyToken;
};

void tst_BrokerService::init()
{
    PlatformOptions options;
    options.databasePath =
        m_dir.filePath(QStringLiteral("p%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch()));
    options.synchronousFull = false;
    options.port = 0;
    options.passwordHashing = PasswordHasher::Parameters::pbkdf2(1000); // cheap hashes for tests
    m_server = std::make_unique<PlatformServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    QVERIFY2(m_server->accounts().createDemoAccounts(&error), qPrintable(error));
    m_companyToken = m_server->companies().addCompany(fixtures::kCompany, QStringLiteral("畅行"), &error);
    QVERIFY2(!m_companyToken.isEmpty(), qPrintable(error));
    testing::insertCompanyPermit(m_server->database(), fixtures::kCompany, QStringLiteral("469001"),
                                 QStringLiteral("畅行"));
    m_http.trust({m_server->certificate()});
    m_server->broker().setFlushInterval(20);
}

void tst_BrokerService::cleanup()
{
    if (m_server)
        m_server->stop();
    m_server.reset();
}

QUrl tst_BrokerService::url(const QString &pathAndQuery) const
{
    return m_server->baseUrl().resolved(QUrl(pathAndQuery));
}

QByteArray tst_BrokerService::signIn(const QString &user)
{
    const HttpResult result = m_http.postAndWait(
        url(QStringLiteral("/api/v1/session")),
        QJsonDocument(QJsonObject{{QStringLiteral("user"), user},
                                  {QStringLiteral("password"), AccountService::DemoPassword}})
            .toJson(),
        {});
    return result.json().value(QStringLiteral("token")).toString().toLatin1();
}

void tst_BrokerService::upload(const QByteArray &body, const QString &path)
{
    const HttpResult result = m_http.postAndWait(url(path), body, m_companyToken);
    QVERIFY2(result.status == 200, result.describe());
}

std::unique_ptr<BrokerClient> tst_BrokerService::connectBroker(const QByteArray &token,
                                                               const QStringList &topics)
{
    auto client = std::make_unique<BrokerClient>(InterfaceCatalogue::builtIn());
    client->setPinnedFingerprint(CertificatePin::fingerprintOf(m_server->certificate()));
    QSignalSpy opened(&m_server->broker(), &BrokerService::connectionOpened);
    client->open(m_server->baseUrl(), token, topics);
    if (!opened.wait(10000))
        return nullptr;
    if (!QTest::qWaitFor([&client] { return client->state() == BrokerClient::State::Connected; }, 10000))
        return nullptr;
    return client;
}

void tst_BrokerService::committedPositionsArrive()
{
    const QByteArray token = signIn(QStringLiteral("demo.city"));
    QVERIFY(!token.isEmpty());
    const auto client = connectBroker(token, {QStringLiteral("ProvPositionVehicle")});
    QVERIFY(client);
    QSignalSpy received(client.get(), &BrokerClient::envelopesReceived);

    upload(fixtures::positionBatch(5, 5, 1763700000));
    // Orders are not subscribed: they must not come.
    upload(fixtures::envelope(QStringLiteral("orderCreate"), {fixtures::orderCreate(QStringLiteral("O1"))}),
           QStringLiteral("/order/create"));
    // Not received.wait(): the batch may already have come while the uploads waited for their answers.
    QTRY_VERIFY_WITH_TIMEOUT(!received.isEmpty(), 10000);
    QTest::qWait(100); // anything else that would (wrongly) follow
    QStringList plates;
    for (const auto &arguments : received) {
        for (const UploadEnvelope &envelope : arguments.at(0).value<QList<UploadEnvelope>>()) {
            QCOMPARE(envelope.spec->topic, QStringLiteral("ProvPositionVehicle"));
            QCOMPARE(envelope.companyId, fixtures::kCompany);
            for (const Record &record : envelope.records) {
                plates << record.value(u"VehicleNo").toString();
                QCOMPARE(record.value(u"Longitude").toLongLong() > 109000000, true);
                QCOMPARE(record.value(u"Encrypt").toLongLong(), 2);
            }
        }
    }
    plates.sort();
    QCOMPARE(plates,
             (QStringList{QStringLiteral("琼D10000"), QStringLiteral("琼D10001"), QStringLiteral("琼D10002"),
                          QStringLiteral("琼D10003"), QStringLiteral("琼D10004")}));
    QVERIFY(client->lastMessageAt().isValid());
    QCOMPARE(client->malformedMessages(), 0);
}

void tst_BrokerService::otherRegionsSeeNothing()
{
    // A provincial supervisor of Guangdong (440000) watching Hainan's companies: nothing arrives.
    const auto other = m_server->accounts().store().create(
        QStringLiteral("gd.province"), QStringLiteral("广东省"), Role::ProvincialSupervisor,
        QStringLiteral("440000"), AccountService::DemoPassword);
    QVERIFY(other);
    QVERIFY(m_server->accounts().store().setPassword(other->id, AccountService::DemoPassword, false));
    const QByteArray outsider = signIn(QStringLiteral("gd.province"));
    QVERIFY(!outsider.isEmpty());
    const QByteArray insider = signIn(QStringLiteral("demo.province")); // Hainan, 460000
    const auto outside = connectBroker(outsider, {QStringLiteral("ProvPositionVehicle")});
    const auto inside = connectBroker(insider, {QStringLiteral("ProvPositionVehicle")});
    QVERIFY(outside && inside);
    QSignalSpy outsideReceived(outside.get(), &BrokerClient::envelopesReceived);
    QSignalSpy insideReceived(inside.get(), &BrokerClient::envelopesReceived);
    upload(fixtures::positionBatch(3, 3, 1763700000));
    QTRY_VERIFY_WITH_TIMEOUT(!insideReceived.isEmpty(), 10000); // may have come during the upload
    QTest::qWait(200);
    QCOMPARE(outsideReceived.size(), 0);
}

void tst_BrokerService::refusalsAreHttpAnswers()
{
    const QByteArray token = signIn(QStringLiteral("demo.city"));
    // No token; an unknown topic; an unknown compression; no upgrade; an altered token.
    HttpResult result = m_http.getAndWait(url(QStringLiteral("/broker/?topics=ProvPositionVehicle")));
    QCOMPARE(result.status, 401);
    QVERIFY2(result.body.contains("unauthenticated"), result.body.constData());

    result = m_http.getAndWait(url(QStringLiteral("/broker/?topics=ProvNothing")), token);
    QCOMPARE(result.status, 400);
    QVERIFY2(result.body.contains("ProvNothing"), result.body.constData());

    result =
        m_http.getAndWait(url(QStringLiteral("/broker/?topics=ProvPositionVehicle&compress=brotli")), token);
    QCOMPARE(result.status, 400);
    QVERIFY2(result.body.contains("brotli"), result.body.constData());

    result = m_http.getAndWait(url(QStringLiteral("/broker/?topics=ProvPositionVehicle")), token);
    QCOMPARE(result.status, 426);

    // An altered token, in the query as the real receivers send it.
    QByteArray altered = token;
    altered[0] = altered.at(0) == 'A' ? 'B' : 'A';
    result = m_http.getAndWait(
        url(QStringLiteral("/broker/?topics=ProvPositionVehicle&token=") + QString::fromLatin1(altered)));
    QCOMPARE(result.status, 401);
    QCOMPARE(m_server->broker().connectionCount(), 0);
}

void tst_BrokerService::endedSessionClosesTheConnection()
{
    const QByteArray token = signIn(QStringLiteral("demo.city"));
    const auto client = connectBroker(token, {QStringLiteral("ProvPositionVehicle")});
    QVERIFY(client);
    QSignalSpy rejected(client.get(), &BrokerClient::sessionRejected);
    QSignalSpy closed(&m_server->broker(), &BrokerService::connectionClosed);
    const auto account = m_server->accounts().store().find(QStringLiteral("demo.city"));
    QCOMPARE(m_server->accounts().endSessionsOf(account->id), 1); // e.g. disabled by the administrator
    QVERIFY(rejected.wait(10000));
    QVERIFY(!rejected.first().at(0).toString().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_server->broker().connectionCount(), 0, 10000);
    QCOMPARE(client->state(), BrokerClient::State::Disconnected);

    // Signed in again: the new token reconnects at once.
    client->setToken(signIn(QStringLiteral("demo.city")));
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), BrokerClient::State::Connected, 10000);
}

void tst_BrokerService::slowConsoleGetsTheLatestPositions()
{
    // A console that reads nothing for a while (here: nothing is flushed) then catches up gets one
    // fix per vehicle — the latest — not every fix it missed.
    m_server->broker().setFlushInterval(60 * 60 * 1000);
    const QByteArray token = signIn(QStringLiteral("demo.city"));
    const auto client = connectBroker(token, {QStringLiteral("ProvPositionVehicle")});
    QVERIFY(client);
    QSignalSpy received(client.get(), &BrokerClient::envelopesReceived);
    for (int round = 0; round < 5; ++round)
        upload(fixtures::positionBatch(20, 20, 1763700000 + round * 10));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->broker().coalescedTotal(), 80, 10000);
    m_server->broker().setFlushInterval(20);
    QVERIFY(received.wait(10000));
    int records = 0;
    for (const auto &arguments : received) {
        for (const UploadEnvelope &envelope : arguments.at(0).value<QList<UploadEnvelope>>()) {
            for (const Record &record : envelope.records) {
                ++records;
                QCOMPARE(record.value(u"PositionTime").toLongLong(), 1763700040); // the last round's
            }
        }
    }
    QCOMPARE(records, 20);
}

QTEST_GUILESS_MAIN(tst_BrokerService)
#include "tst_brokerservice.moc"
