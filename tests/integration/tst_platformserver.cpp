// The reference industry platform end to end: PlatformServer on a loopback port, companies uploading
// over real HTTPS with QNetworkAccessManager (trusting the platform's self-signed certificate), and the
// SQLite file read back with its own connection.
//
// The test functions share one server and run in order; each adds what it had accepted to a tally,
// and the last ones check that the database and the status API hold exactly that.

#include "accounts/accountservice.h"
#include "intake/companyregistry.h"
#include "intake/intakeservice.h"
#include "platformserver.h"

#include "protocol/compression.h"
#include "protocol/interfacecatalogue.h"
#include "protocol/jsoncodec.h"
#include "protocol/protobufcodec.h"

#include "databaseprobe.h"
#include "httptestclient.h"
#include "permitfixtures.h"
#include "uploadfixtures.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

#include <numeric>

using namespace rw;
using rw::testing::HttpResult;
using rw::testing::HttpTestClient;

namespace {

const QString kCompanyA = fixtures::kCompany;
const QString kCompanyB = QStringLiteral("4690WZSYC002");
const QString kCompanyC = QStringLiteral("4690WZSYC003");
const QString kCompanyD = QStringLiteral("4690WZSYC004");

const QString kPositions = QStringLiteral("positionVehicle");
const QString kVehicles = QStringLiteral("baseInfoVehicle");
const QString kOrders = QStringLiteral("orderCreate");

constexpr qint64 kMaxBody = 256 * 1024;

QJsonArray recordsOf(const HttpResult &result)
{
    return result.json().value(QStringLiteral("records")).toArray();
}

/**
 * Sends only the head of a POST whose Content-Length is \a contentLength, over TLS trusting
 * \a certificate, and reads the answer until the server ends the connection.
 *
 * For the 413 case: the platform answers from Content-Length alone and stops reading. Over TLS,
 * QNetworkAccessManager does not read such an early answer while it still uploads, and reports the
 * connection closed; curl does read it. A client that sends the head alone sees the answer.
 */
HttpResult postHeadOnly(const QUrl &url, qint64 contentLength, const QByteArray &token,
                        const QSslCertificate &certificate)
{
    HttpResult result;
    QSslSocket socket;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates({certificate});
    socket.setSslConfiguration(configuration);
    // The server runs in this thread: wait with the event loop running, never with waitFor*().
    QByteArray answer;
    bool ended = false;
    QObject::connect(&socket, &QSslSocket::readyRead, &socket, [&] { answer += socket.readAll(); });
    QObject::connect(&socket, &QSslSocket::disconnected, &socket, [&] { ended = true; });
    QObject::connect(&socket, &QSslSocket::errorOccurred, &socket, [&] { ended = true; });
    socket.connectToHostEncrypted(url.host(), quint16(url.port()));
    if (!QTest::qWaitFor([&] { return socket.isEncrypted() || ended; }, 10000) || !socket.isEncrypted()) {
        result.errorString = socket.errorString();
        return result;
    }
    socket.write("POST " + url.path(QUrl::FullyEncoded).toLatin1() + " HTTP/1.1\r\nHost: " +
                 url.host().toLatin1() + "\r\nContent-Type: application/json\r\nAuthorization: Bearer " +
                 token + "\r\nContent-Length: " + QByteArray::number(contentLength) + "\r\n\r\n");
    if (!QTest::qWaitFor([&] { return ended; }, 10000))
        result.errorString = QStringLiteral("the server did not end the connection");
    answer += socket.readAll();
    const qsizetype headEnd = answer.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        result.errorString = QStringLiteral("no complete answer: ") + QString::fromLatin1(answer.left(200));
        return result;
    }
    result.status = answer.mid(9, 3).toInt(); // "HTTP/1.1 413 …"
    result.body = answer.mid(headEnd + 4);
    return result;
}

} // namespace

class tst_PlatformServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void untrustingClientIsRefused();
    void plainHttpGetsNoAnswer();
    void mixedPositionBatchStoresGoodAndQuarantinesBad();
    void baseInfoVehicleAndOrderCreateGoToTheirTables();
    void protobufListIsAccepted();
    void gzipBodyIsAccepted();
    void badInputIsRefusedWithAnActionableMessage_data();
    void badInputIsRefusedWithAnActionableMessage();
    void suspendedCompanyIsRefused();
    void busyPlatformAsksToSendAgain();
    void wrongMethodNamesTheAllowedOne();
    void singleOTIpcProtobufIsAccepted();
    void serverStillServesAfterBadInput();
    void noticesAreStored();
    void concurrentUploadsAreAllStoredOnce();
    void summaryReflectsTheCounts();
    void databaseHoldsEverythingAccepted();

private:
    QUrl url(const QString &path, const QString &company = {}) const;
    /** POSTs and, on 200, adds the reply's accepted/rejected counts to the tally. */
    HttpResult upload(const QString &path, const QByteArray &body, const QString &company,
                      const QByteArray &contentType = "application/json",
                      const HttpTestClient::Headers &extra = {});
    void tally(const QString &company, const HttpResult &result);

    QTemporaryDir m_dir;
    QString m_databasePath;
    std::unique_ptr<PlatformServer> m_server;
    QHash<QString, QByteArray> m_tokens; // CompanyId → token
    HttpTestClient m_client;
    testing::DatabaseProbe m_db;
    // What the platform said it accepted/rejected, by company and IPCType.
    QHash<QString, QHash<QString, qint64>> m_accepted;
    QHash<QString, QHash<QString, qint64>> m_rejected;
    QHash<QString, qint64> m_refusedBodies; // whole bodies kept in the quarantine, by company
    qint64 m_uniquePlate = 0;
    QByteArray m_sessionToken; // demo.city's, for the summary
};

void tst_PlatformServer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_databasePath = m_dir.filePath(QStringLiteral("platform.sqlite"));
    PlatformOptions options;
    options.databasePath = m_databasePath;
    options.port = 0;
    options.synchronousFull = false; // power-loss durability is tst_crashrecovery's business
    options.limits.maxBodyBytes = kMaxBody;
    options.passwordHashing = PasswordHasher::Parameters::pbkdf2(1000); // cheap hashes for tests
    m_server = std::make_unique<PlatformServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    QVERIFY(m_server->port() != 0);
    QCOMPARE(m_server->baseUrl().host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(m_server->baseUrl().scheme(), QStringLiteral("https"));
    QVERIFY(!m_server->certificate().isNull());
    QCOMPARE(m_server->certificateFingerprint(),
             SelfSignedCertificate::fingerprintOf(m_server->certificate()));
    // The key pair lives next to the database.
    QVERIFY(QFileInfo::exists(m_dir.filePath(QStringLiteral("platform.key"))));
    QVERIFY(QFileInfo::exists(m_dir.filePath(QStringLiteral("platform.crt"))));
    m_client.trust({m_server->certificate()});

    for (const QString &company : {kCompanyA, kCompanyB, kCompanyC, kCompanyD}) {
        const QByteArray token =
            m_server->companies().addCompany(company, QStringLiteral("测试出行 %1").arg(company), &error);
        QVERIFY2(!token.isEmpty(), qPrintable(error));
        m_tokens.insert(company, token);
        // Licensed in Wuzhishan: the city officer's intake summary lists it.
        testing::insertCompanyPermit(m_server->database(), company, QStringLiteral("469001"),
                                     QStringLiteral("测试出行 %1").arg(company));
    }
    // A company cannot be registered twice (its token would silently change).
    QVERIFY(m_server->companies().addCompany(kCompanyA, QString(), &error).isEmpty());
    QVERIFY2(error.contains(kCompanyA), qPrintable(error));

    QVERIFY2(m_db.open(m_databasePath), qPrintable(m_db.lastError()));

    // The summary needs a session (tst_accountsapi covers the rules): the demo city officer's.
    QVERIFY2(m_server->accounts().createDemoAccounts(&error), qPrintable(error));
    const HttpResult signIn = m_client.postAndWait(
        url(QStringLiteral("/api/v1/session")),
        QJsonDocument(QJsonObject{{QStringLiteral("user"), QStringLiteral("demo.city")},
                                  {QStringLiteral("password"), AccountService::DemoPassword}})
            .toJson(),
        {});
    QVERIFY2(signIn.status == 200, signIn.describe());
    m_sessionToken = signIn.json().value(QStringLiteral("token")).toString().toLatin1();
    QVERIFY(!m_sessionToken.isEmpty());
}

void tst_PlatformServer::cleanupTestCase()
{
    m_db.close();
    if (m_server)
        m_server->stop();
    m_server.reset();
}

void tst_PlatformServer::untrustingClientIsRefused()
{
    // The system's roots do not include the platform's self-signed certificate: verification fails
    // before any byte of the request is sent, and nothing is stored.
    HttpTestClient stranger;
    const HttpResult result =
        stranger.postAndWait(url(QStringLiteral("/position/vehicle"), kCompanyA),
                             fixtures::positionBatch(1, 1, 1763700000), m_tokens.value(kCompanyA));
    QCOMPARE(result.status, 0);
    QCOMPARE(result.error, QNetworkReply::SslHandshakeFailedError);

    // Trusting another self-signed certificate does not help either.
    QString error;
    const SelfSignedCertificate other = SelfSignedCertificate::generate({}, &error);
    HttpTestClient misled;
    misled.trust({other.certificate()});
    const HttpResult refused = misled.getAndWait(url(QStringLiteral("/api/v1/intake/summary")));
    QCOMPARE(refused.error, QNetworkReply::SslHandshakeFailedError);
}

void tst_PlatformServer::plainHttpGetsNoAnswer()
{
    QUrl plain = m_server->baseUrl();
    plain.setScheme(QStringLiteral("http"));
    plain.setPath(QStringLiteral("/api/v1/intake/summary"));
    HttpTestClient client;
    const HttpResult result = client.getAndWait(plain);
    QVERIFY2(result.status != 200, result.describe());
}

QUrl tst_PlatformServer::url(const QString &path, const QString &company) const
{
    QUrl u = m_server->baseUrl();
    u.setPath(path);
    if (!company.isEmpty())
        u.setQuery(QUrlQuery{{QStringLiteral("company"), company}});
    return u;
}

HttpResult tst_PlatformServer::upload(const QString &path, const QByteArray &body, const QString &company,
                                      const QByteArray &contentType, const HttpTestClient::Headers &extra)
{
    const HttpResult result =
        m_client.postAndWait(url(path, company), body, m_tokens.value(company), contentType, extra);
    tally(company, result);
    return result;
}

void tst_PlatformServer::tally(const QString &company, const HttpResult &result)
{
    if (result.status != 200)
        return;
    const QJsonObject reply = result.json();
    const QString ipcType = reply.value(QStringLiteral("IPCType")).toString();
    m_accepted[company][ipcType] += reply.value(QStringLiteral("accepted")).toInteger();
    m_rejected[company][ipcType] += reply.value(QStringLiteral("rejected")).toInteger();
}

// ---------------------------------------------------------------------------------------------

void tst_PlatformServer::mixedPositionBatchStoresGoodAndQuarantinesBad()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject tooLongPlate = fixtures::positionVehicle(QString(40, u'A'), now);
    QJsonObject badStatus = fixtures::positionVehicle(QStringLiteral("琼D20002"), now);
    badStatus.insert(QStringLiteral("BizStatus"), 7);
    QJsonObject missingOrder = fixtures::positionVehicle(QStringLiteral("琼D20003"), now);
    missingOrder.remove(QStringLiteral("OrderId"));
    const QJsonArray records{fixtures::positionVehicle(QStringLiteral("琼D20001"), now), tooLongPlate,
                             badStatus, fixtures::positionVehicle(QStringLiteral("琼D20004"), now),
                             missingOrder};

    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const HttpResult result =
        upload(QStringLiteral("/position/vehicle"), fixtures::envelope(kPositions, records), kCompanyA);
    QVERIFY2(result.status == 200, result.describe());
    QVERIFY(result.header("Content-Type").startsWith("application/json"));

    const QJsonObject reply = result.json();
    QCOMPARE(reply.value(QStringLiteral("result")).toString(), QStringLiteral("partial"));
    QCOMPARE(reply.value(QStringLiteral("IPCType")).toString(), kPositions);
    QCOMPARE(reply.value(QStringLiteral("received")).toInt(), 5);
    QCOMPARE(reply.value(QStringLiteral("accepted")).toInt(), 2);
    QCOMPARE(reply.value(QStringLiteral("rejected")).toInt(), 3);
    const qint64 batchId = reply.value(QStringLiteral("batchId")).toInteger();
    QVERIFY(batchId > 0);
    const qint64 receivedAt = reply.value(QStringLiteral("receivedAt")).toInteger();
    QVERIFY(receivedAt >= before && receivedAt <= QDateTime::currentMSecsSinceEpoch());

    // The reply names every record, and for a rejected one the field, the rule, the value and why.
    const QJsonArray list = recordsOf(result);
    QCOMPARE(list.size(), 5);
    const QStringList expected = {QStringLiteral("accepted"), QStringLiteral("rejected"),
                                  QStringLiteral("rejected"), QStringLiteral("accepted"),
                                  QStringLiteral("rejected")};
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(list.at(i).toObject().value(QStringLiteral("index")).toInt(), i);
        QCOMPARE(list.at(i).toObject().value(QStringLiteral("status")).toString(), expected.at(i));
    }
    auto firstError = [&](int i) {
        return list.at(i).toObject().value(QStringLiteral("errors")).toArray().first().toObject();
    };
    QCOMPARE(firstError(1).value(QStringLiteral("field")).toString(), QStringLiteral("VehicleNo"));
    QCOMPARE(firstError(1).value(QStringLiteral("rule")).toString(), QStringLiteral("length"));
    QVERIFY(firstError(1).value(QStringLiteral("message")).toString().contains(QStringLiteral("VehicleNo")));
    QCOMPARE(firstError(2).value(QStringLiteral("field")).toString(), QStringLiteral("BizStatus"));
    QCOMPARE(firstError(2).value(QStringLiteral("rule")).toString(), QStringLiteral("code"));
    QCOMPARE(firstError(2).value(QStringLiteral("value")).toString(), QStringLiteral("7"));
    QCOMPARE(firstError(4).value(QStringLiteral("field")).toString(), QStringLiteral("OrderId"));
    QCOMPARE(firstError(4).value(QStringLiteral("rule")).toString(), QStringLiteral("required"));

    // The good ones are in the interface table, stamped with the batch, company and receive time.
    const QList<QVariantList> stored =
        m_db.rows(QStringLiteral("SELECT VehicleNo, rw_company, rw_received_ms FROM ipc_positionvehicle "
                                 "WHERE rw_batch = ? ORDER BY rw_id"),
                  {batchId});
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(0).at(0).toString(), QStringLiteral("琼D20001"));
    QCOMPARE(stored.at(1).at(0).toString(), QStringLiteral("琼D20004"));
    QCOMPARE(stored.at(0).at(1).toString(), kCompanyA);
    QCOMPARE(stored.at(0).at(2).toLongLong(), receivedAt);

    // The bad ones are in the quarantine with their raw bytes and reasons.
    const QList<QVariantList> quarantined =
        m_db.rows(QStringLiteral("SELECT record_index, raw, reasons, company_id, ipc_type FROM quarantine "
                                 "WHERE batch_id = ? ORDER BY record_index"),
                  {batchId});
    QCOMPARE(quarantined.size(), 3);
    QCOMPARE(quarantined.at(0).at(0).toInt(), 1);
    QCOMPARE(quarantined.at(1).at(0).toInt(), 2);
    QCOMPARE(quarantined.at(2).at(0).toInt(), 4);
    const QJsonObject rawTooLong = QJsonDocument::fromJson(quarantined.at(0).at(1).toByteArray()).object();
    QCOMPARE(rawTooLong.value(QStringLiteral("VehicleNo")).toString(), QString(40, u'A'));
    const QJsonObject rawMissing = QJsonDocument::fromJson(quarantined.at(2).at(1).toByteArray()).object();
    QVERIFY(!rawMissing.isEmpty());
    QVERIFY(!rawMissing.contains(QStringLiteral("OrderId")));
    QCOMPARE(rawMissing.value(QStringLiteral("VehicleNo")).toString(), QStringLiteral("琼D20003"));
    const QJsonArray reasons = QJsonDocument::fromJson(quarantined.at(1).at(2).toByteArray()).array();
    QCOMPARE(reasons.first().toObject().value(QStringLiteral("field")).toString(),
             QStringLiteral("BizStatus"));
    QCOMPARE(reasons.first().toObject().value(QStringLiteral("rule")).toString(), QStringLiteral("code"));
    QCOMPARE(quarantined.at(0).at(3).toString(), kCompanyA);
    QCOMPARE(quarantined.at(0).at(4).toString(), kPositions);

    // The batch row adds up.
    const QList<QVariantList> batch = m_db.rows(
        QStringLiteral(
            "SELECT company_id, ipc_type, record_count, accepted, rejected FROM upload_batch WHERE id = ?"),
        {batchId});
    QCOMPARE(batch.size(), 1);
    QCOMPARE(batch.first(), (QVariantList{kCompanyA, kPositions, 5, 2, 3}));
}

void tst_PlatformServer::baseInfoVehicleAndOrderCreateGoToTheirTables()
{
    const QJsonArray vehicles{
        fixtures::baseInfoVehicle(QStringLiteral("琼D0A001"), QStringLiteral("LGXCE4CB8N0000001"), kCompanyB),
        fixtures::baseInfoVehicle(QStringLiteral("琼D0A002"), QStringLiteral("LGXCE4CB8N0000002"),
                                  kCompanyB)};
    const HttpResult vehicleReply = upload(QStringLiteral("/baseinfo/vehicle"),
                                           fixtures::envelope(kVehicles, vehicles, kCompanyB), kCompanyB);
    QVERIFY2(vehicleReply.status == 200, vehicleReply.describe());
    QVERIFY2(vehicleReply.json().value(QStringLiteral("result")).toString() == QStringLiteral("accepted"),
             vehicleReply.describe());
    QCOMPARE(vehicleReply.json().value(QStringLiteral("IPCType")).toString(), kVehicles);
    QCOMPARE(m_db.value(QStringLiteral("SELECT count(*) FROM ipc_baseinfovehicle WHERE rw_company = ?"),
                        {kCompanyB}),
             2);
    QCOMPARE(m_db.rows(QStringLiteral(
                           "SELECT VIN, Seats, TransDateStop FROM ipc_baseinfovehicle WHERE VehicleNo = ?"),
                       {QStringLiteral("琼D0A002")}),
             (QList<QVariantList>{{QStringLiteral("LGXCE4CB8N0000002"), 5, 20310319}}));

    QJsonObject badDate =
        fixtures::orderCreate(QStringLiteral("WZS-ORDER-0002"), 20250301120000LL, kCompanyB);
    badDate.insert(QStringLiteral("OrderTime"), 20251301120000LL); // month 13
    const QJsonArray orders{
        fixtures::orderCreate(QStringLiteral("WZS-ORDER-0001"), 20250301120000LL, kCompanyB), badDate};
    const HttpResult orderReply =
        upload(QStringLiteral("/order/create"), fixtures::envelope(kOrders, orders, kCompanyB), kCompanyB);
    QVERIFY2(orderReply.status == 200, orderReply.describe());
    QCOMPARE(orderReply.json().value(QStringLiteral("result")).toString(), QStringLiteral("partial"));
    const QJsonObject dateError =
        recordsOf(orderReply).at(1).toObject().value(QStringLiteral("errors")).toArray().first().toObject();
    QCOMPARE(dateError.value(QStringLiteral("field")).toString(), QStringLiteral("OrderTime"));
    QCOMPARE(dateError.value(QStringLiteral("rule")).toString(), QStringLiteral("date"));
    QCOMPARE(m_db.rows(
                 QStringLiteral("SELECT OrderId, rw_business_time FROM ipc_ordercreate WHERE rw_company = ?"),
                 {kCompanyB}),
             (QList<QVariantList>{
                 {QStringLiteral("WZS-ORDER-0001"),
                  // 2025-03-01 12:00:00 China Standard Time
                  QDateTime(QDate(2025, 3, 1), QTime(4, 0), QTimeZone::utc()).toSecsSinceEpoch()}}));
}

void tst_PlatformServer::protobufListIsAccepted()
{
    const auto catalogue = InterfaceCatalogue::builtIn();
    const InterfaceSpec *positions = catalogue->byIpcType(kPositions);
    QVERIFY(positions);
    // Two OTIpc envelopes in one OTIpcList, made from the JSON fixtures through the shared codecs.
    QJsonArray first, second;
    for (int i = 0; i < 30; ++i)
        (i < 20 ? first : second)
            .append(fixtures::positionVehicle(QStringLiteral("琼DPB%1").arg(i, 3, 10, QLatin1Char('0')),
                                              1763700000 + i, 109516800, 18776500, kCompanyC));
    const JsonCodec json(catalogue);
    QList<UploadEnvelope> envelopes;
    for (const QJsonArray &part : {first, second}) {
        const DecodeResult decoded = json.decode(fixtures::envelope(kPositions, part, kCompanyC), positions);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error));
        envelopes += decoded.envelopes;
    }
    const QByteArray body = ProtobufCodec(catalogue).encodeList(envelopes);
    QVERIFY(!body.isEmpty());

    const HttpResult result = upload(QStringLiteral("/position/vehicle"), body, kCompanyC,
                                     "application/x-protobuf; proto=OTIpcList");
    QVERIFY2(result.status == 200, result.describe());
    QCOMPARE(result.json().value(QStringLiteral("accepted")).toInt(), 30);
    QCOMPARE(recordsOf(result).size(), 30);
    QCOMPARE(m_db.value(QStringLiteral("SELECT count(*) FROM ipc_positionvehicle WHERE rw_company = ? "
                                       "AND VehicleNo LIKE '琼DPB%'"),
                        {kCompanyC}),
             30);
    const QList<QVariantList> batch =
        m_db.rows(QStringLiteral("SELECT content_type, record_count FROM upload_batch WHERE id = ?"),
                  {result.json().value(QStringLiteral("batchId")).toInteger()});
    QCOMPARE(batch, (QList<QVariantList>{{QStringLiteral("application/x-protobuf"), 30}}));
}

void tst_PlatformServer::gzipBodyIsAccepted()
{
    QJsonArray records;
    for (int i = 0; i < 1500; ++i)
        records.append(fixtures::positionVehicle(QStringLiteral("琼DGZ%1").arg(i, 4, 10, QLatin1Char('0')),
                                                 1763700000 + i, 109516800, 18776500, kCompanyC));
    const QByteArray plain = fixtures::envelope(kPositions, records, kCompanyC);
    const QByteArray gzipped = Compression::gzip(plain);
    // Inflated it would be over the body limit: the limit applies to what travels, not what it holds.
    QVERIFY(plain.size() > kMaxBody);
    QVERIFY(gzipped.size() < kMaxBody);

    const HttpResult result = upload(QStringLiteral("/position/vehicle"), gzipped, kCompanyC,
                                     "application/json", {{"Content-Encoding", "gzip"}});
    QVERIFY2(result.status == 200, result.describe());
    QCOMPARE(result.json().value(QStringLiteral("accepted")).toInt(), 1500);
    QCOMPARE(m_db.value(QStringLiteral("SELECT count(*) FROM ipc_positionvehicle WHERE rw_company = ? "
                                       "AND VehicleNo LIKE '琼DGZ%'"),
                        {kCompanyC}),
             1500);
}

void tst_PlatformServer::badInputIsRefusedWithAnActionableMessage_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("queryCompany");
    QTest::addColumn<QString>("credential"); // "none", "unknown", "basic" or a CompanyId
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("mentions");
    QTest::addColumn<bool>("bodyQuarantined");
    QTest::addColumn<QByteArray>("contentEncoding");

    const QString positions = QStringLiteral("/position/vehicle");
    const QByteArray json = "application/json";
    const QByteArray good = fixtures::envelope(
        kPositions, QJsonArray{fixtures::positionVehicle(QStringLiteral("琼DBAD01"), 1763700000)}, kCompanyA);

    QTest::newRow("no Authorization")
        << positions << QString() << QStringLiteral("none") << json << good << 401
        << QStringLiteral("missing_credential") << QStringList{QStringLiteral("Authorization: Bearer")}
        << false << QByteArray();
    QTest::newRow("unknown token") << positions << QString() << QStringLiteral("unknown") << json << good
                                   << 401 << QStringLiteral("unknown_credential")
                                   << QStringList{QStringLiteral("token")} << false << QByteArray();
    QTest::newRow("?company= of another company")
        << positions << kCompanyB << kCompanyA << json << good << 403 << QStringLiteral("company_mismatch")
        << QStringList{QStringLiteral("?company=") + kCompanyB, kCompanyA} << false << QByteArray();
    QTest::newRow("envelope CompanyId of another company")
        << positions << QString() << kCompanyA << json
        << fixtures::envelope(kPositions,
                              QJsonArray{fixtures::positionVehicle(QStringLiteral("琼DBAD02"), 1763700000,
                                                                   109516800, 18776500, kCompanyB)},
                              kCompanyB)
        << 403 << QStringLiteral("company_mismatch")
        << QStringList{QStringLiteral("CompanyId"), kCompanyB, kCompanyA} << true << QByteArray();
    QTest::newRow("body not JSON") << positions << QString() << kCompanyA << json
                                   << QByteArray("CompanyId=1&x=2") << 400 << QStringLiteral("malformed_body")
                                   << QStringList{QStringLiteral("not valid JSON"), QStringLiteral("offset")}
                                   << true << QByteArray();
    QTest::newRow("unknown IPCType")
        << positions << QString() << kCompanyA << json
        << QByteArray(
               R"({"CompanyId":"4690WZSYC001","Source":"0","IPCType":"positionBus","positionBus":[{}]})")
        << 400 << QStringLiteral("malformed_body")
        << QStringList{QStringLiteral("IPCType"), QStringLiteral("positionBus")} << true << QByteArray();
    QTest::newRow("IPCType not matching the path")
        << positions << QString() << kCompanyA << json
        << fixtures::envelope(kOrders, QJsonArray{fixtures::orderCreate(QStringLiteral("WZS-ORDER-BAD"))})
        << 400 << QStringLiteral("malformed_body")
        << QStringList{QStringLiteral("orderCreate"), positions, QStringLiteral("positionVehicle")} << true
        << QByteArray();
    QTest::newRow("unsupported Content-Type")
        << positions << QString() << kCompanyA << QByteArray("text/xml; charset=utf-8")
        << QByteArray("<positionVehicle/>") << 415 << QStringLiteral("unsupported_media_type")
        << QStringList{QStringLiteral("text/xml"), QStringLiteral("application/json"),
                       QStringLiteral("application/x-protobuf")}
        << true << QByteArray();
    QByteArray huge = fixtures::positionBatch(1500, 100, 1763700000);
    QVERIFY(huge.size() > kMaxBody);
    QTest::newRow("body over the limit")
        << positions << QString() << kCompanyA << json << huge << 413 << QStringLiteral("payload_too_large")
        << QStringList{QString::number(huge.size()), QString::number(kMaxBody)} << false << QByteArray();
    QTest::newRow("unknown path") << QStringLiteral("/position/bus") << QString() << kCompanyA << json << good
                                  << 404 << QStringLiteral("not_found")
                                  << QStringList{QStringLiteral("/position/bus")} << false << QByteArray();
    QTest::newRow("Basic instead of Bearer")
        << positions << QString() << QStringLiteral("basic") << json << good << 401
        << QStringLiteral("missing_credential") << QStringList{QStringLiteral("Bearer")} << false
        << QByteArray();
    QTest::newRow("no records") << positions << QString() << kCompanyA << json
                                << fixtures::envelope(kPositions, QJsonArray{}, kCompanyA) << 400
                                << QStringLiteral("empty_upload") << QStringList{kPositions} << true
                                << QByteArray();
    QTest::newRow("gzip that is not gzip")
        << positions << QString() << kCompanyA << json << QByteArray("\x1f\x8b\x08\x00garbage", 11) << 400
        << QStringLiteral("bad_encoding") << QStringList{QStringLiteral("gzip")} << true
        << QByteArray("gzip");
    QTest::newRow("unsupported Content-Encoding")
        << positions << QString() << kCompanyA << json << good << 415
        << QStringLiteral("unsupported_encoding")
        << QStringList{QStringLiteral("\"br\""), QStringLiteral("gzip")} << true << QByteArray("br");
}

void tst_PlatformServer::badInputIsRefusedWithAnActionableMessage()
{
    QFETCH(QString, path);
    QFETCH(QString, queryCompany);
    QFETCH(QString, credential);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QStringList, mentions);
    QFETCH(bool, bodyQuarantined);
    QFETCH(QByteArray, contentEncoding);

    QByteArray token;
    HttpTestClient::Headers headers;
    if (credential == QStringLiteral("unknown"))
        token = CompanyRegistry::generateToken();
    else if (credential == QStringLiteral("basic"))
        headers.append({"Authorization", "Basic " + QByteArray("4690WZSYC001:secret").toBase64()});
    else if (credential != QStringLiteral("none"))
        token = m_tokens.value(credential);
    if (!contentEncoding.isEmpty())
        headers.append({"Content-Encoding", contentEncoding});

    const qint64 positionsBefore = m_db.value(QStringLiteral("SELECT count(*) FROM ipc_positionvehicle"));
    const qint64 quarantineBefore = m_db.value(QStringLiteral("SELECT count(*) FROM quarantine"));
    const qint64 lastQuarantineId = m_db.value(QStringLiteral("SELECT coalesce(max(id), 0) FROM quarantine"));

    const HttpResult result =
        status == 413 ? postHeadOnly(url(path, queryCompany), body.size(), token, m_server->certificate())
                      : m_client.postAndWait(url(path, queryCompany), body, token, contentType, headers);
    QVERIFY2(result.status == status, result.describe());
    QVERIFY2(result.errorCode() == code, result.describe());
    const QString message = result.errorMessage();
    for (const QString &mention : std::as_const(mentions))
        QVERIFY2(message.contains(mention),
                 qPrintable(QStringLiteral("\"%1\" does not mention \"%2\"").arg(message, mention)));
    if (status == 401) {
        // RFC 6750: a 401 tells the client which scheme to use.
        QVERIFY2(result.header("WWW-Authenticate").startsWith("Bearer realm="),
                 result.header("WWW-Authenticate"));
        if (credential == QStringLiteral("unknown"))
            QVERIFY(result.header("WWW-Authenticate").contains("error=\"invalid_token\""));
    }

    // Nothing was stored as accepted; a body refused after authentication is kept, byte for byte.
    QCOMPARE(m_db.value(QStringLiteral("SELECT count(*) FROM ipc_positionvehicle")), positionsBefore);
    QCOMPARE(m_db.value(QStringLiteral("SELECT count(*) FROM quarantine")),
             quarantineBefore + (bodyQuarantined ? 1 : 0));
    if (bodyQuarantined) {
        const QList<QVariantList> kept = m_db.rows(
            QStringLiteral(
                "SELECT company_id, raw, envelope_error, path, batch_id FROM quarantine WHERE id > ?"),
            {lastQuarantineId});
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().at(0).toString(), credential);
        QCOMPARE(kept.first().at(1).toByteArray(), body);
        QCOMPARE(kept.first().at(2).toString(), message);
        QCOMPARE(kept.first().at(3).toString(), path);
        QVERIFY(!kept.first().at(4).isValid()); // no batch: nothing of it was decoded
        ++m_refusedBodies[credential];
    }
}

void tst_PlatformServer::suspendedCompanyIsRefused()
{
    // Art. 13: the platform may suspend a company's access. The flag lives in the credentials table.
    QString error;
    QVERIFY(m_db.database().exec(
        QStringLiteral("UPDATE company_credential SET disabled = 1 WHERE company_id = '%1'").arg(kCompanyD)));
    QVERIFY2(m_server->companies().load(&error), qPrintable(error));
    const QByteArray body =
        fixtures::envelope(kPositions,
                           QJsonArray{fixtures::positionVehicle(QStringLiteral("琼DSUS01"), 1763700000,
                                                                109516800, 18776500, kCompanyD)},
                           kCompanyD);
    const HttpResult refused = upload(QStringLiteral("/position/vehicle"), body, kCompanyD);
    QVERIFY2(refused.status == 403, refused.describe());
    QCOMPARE(refused.errorCode(), QStringLiteral("access_suspended"));
    QVERIFY2(refused.errorMessage().contains(kCompanyD) &&
                 refused.errorMessage().contains(QStringLiteral("Art. 13")),
             refused.describe());

    // Restored, the same upload goes through.
    QVERIFY(m_db.database().exec(
        QStringLiteral("UPDATE company_credential SET disabled = 0 WHERE company_id = '%1'").arg(kCompanyD)));
    QVERIFY2(m_server->companies().load(&error), qPrintable(error));
    const HttpResult accepted = upload(QStringLiteral("/position/vehicle"), body, kCompanyD);
    QVERIFY2(accepted.status == 200, accepted.describe());
    QCOMPARE(m_db.value(QStringLiteral("SELECT count(*) FROM ipc_positionvehicle WHERE VehicleNo = ?"),
                        {QStringLiteral("琼DSUS01")}),
             1);
}

void tst_PlatformServer::busyPlatformAsksToSendAgain()
{
    const QByteArray body =
        fixtures::envelope(kPositions,
                           QJsonArray{fixtures::positionVehicle(QStringLiteral("琼DBSY01"), 1763700000,
                                                                109516800, 18776500, kCompanyC)},
                           kCompanyC);
    const qint64 quarantined = m_db.value(QStringLiteral("SELECT count(*) FROM quarantine"));
    m_server->intake().setMaxPending(0); // every upload finds the queue full
    const HttpResult busy = upload(QStringLiteral("/position/vehicle"), body, kCompanyC);
    m_server->intake().setMaxPending(64);
    QVERIFY2(busy.status == 503, busy.describe());
    QCOMPARE(busy.errorCode(), QStringLiteral("busy"));
    QVERIFY(busy.errorMessage().contains(QStringLiteral("send again")));
    QVERIFY(busy.header("Retry-After").toInt() > 0);
    QCOMPARE(m_db.value(QStringLiteral("SELECT count(*) FROM ipc_positionvehicle WHERE VehicleNo = ?"),
                        {QStringLiteral("琼DBSY01")}),
             0);
    QCOMPARE(m_db.value(QStringLiteral("SELECT count(*) FROM quarantine")), quarantined);

    const HttpResult again = upload(QStringLiteral("/position/vehicle"), body, kCompanyC);
    QVERIFY2(again.status == 200, again.describe());
    QCOMPARE(m_db.value(QStringLiteral("SELECT count(*) FROM ipc_positionvehicle WHERE VehicleNo = ?"),
                        {QStringLiteral("琼DBSY01")}),
             1);
}

void tst_PlatformServer::wrongMethodNamesTheAllowedOne()
{
    const HttpResult result = m_client.getAndWait(url(QStringLiteral("/position/vehicle")));
    QVERIFY2(result.status == 405, result.describe());
    QCOMPARE(result.header("Allow"), QByteArray("POST"));
    QCOMPARE(result.errorCode(), QStringLiteral("method_not_allowed"));
    QVERIFY(result.errorMessage().contains(QStringLiteral("GET")));
}

void tst_PlatformServer::singleOTIpcProtobufIsAccepted()
{
    const auto catalogue = InterfaceCatalogue::builtIn();
    const InterfaceSpec *orders = catalogue->byIpcType(kOrders);
    QVERIFY(orders);
    const DecodeResult decoded = JsonCodec(catalogue).decode(
        fixtures::envelope(
            kOrders,
            QJsonArray{fixtures::orderCreate(QStringLiteral("WZS-PB-0001"), 20250301121000LL, kCompanyC),
                       fixtures::orderCreate(QStringLiteral("WZS-PB-0002"), 20250301121500LL, kCompanyC)},
            kCompanyC),
        orders);
    QVERIFY2(decoded.ok() && decoded.envelopes.size() == 1, qPrintable(decoded.error));
    const QByteArray body = ProtobufCodec(catalogue).encode(decoded.envelopes.first());
    const HttpResult result =
        upload(QStringLiteral("/order/create"), body, kCompanyC, "application/x-protobuf");
    QVERIFY2(result.status == 200, result.describe());
    QCOMPARE(result.json().value(QStringLiteral("result")).toString(), QStringLiteral("accepted"));
    QCOMPARE(m_db.rows(QStringLiteral(
                           "SELECT OrderId, DepLongitude, Encrypt FROM ipc_ordercreate WHERE rw_company = ? "
                           "ORDER BY OrderId"),
                       {kCompanyC}),
             (QList<QVariantList>{{QStringLiteral("WZS-PB-0001"), 109516800, 2},
                                  {QStringLiteral("WZS-PB-0002"), 109516800, 2}}));
}

void tst_PlatformServer::serverStillServesAfterBadInput()
{
    for (const QString &company : {kCompanyA, kCompanyB}) {
        QJsonArray records;
        for (int i = 0; i < 25; ++i)
            records.append(fixtures::positionVehicle(QStringLiteral("琼DOK%1%2").arg(company.right(1)).arg(i),
                                                     1763700000 + i, 109516800, 18776500, company));
        const HttpResult result = upload(QStringLiteral("/position/vehicle"),
                                         fixtures::envelope(kPositions, records, company), company);
        QVERIFY2(result.status == 200, result.describe());
        QCOMPARE(result.json().value(QStringLiteral("result")).toString(), QStringLiteral("accepted"));
        QCOMPARE(result.json().value(QStringLiteral("accepted")).toInt(), 25);
    }
    // Nothing accepted before the bad input is lost.
    for (const QString &company : {kCompanyA, kCompanyB, kCompanyC}) {
        QCOMPARE(m_db.value(QStringLiteral("SELECT count(*) FROM ipc_positionvehicle WHERE rw_company = ?"),
                            {company}),
                 m_accepted.value(company).value(kPositions));
    }
    QCOMPARE(m_db.value(QStringLiteral("SELECT count(*) FROM ipc_baseinfovehicle")), 2);
    QCOMPARE(m_db.value(QStringLiteral("SELECT count(*) FROM ipc_ordercreate")), 1 + 2);
}

void tst_PlatformServer::noticesAreStored()
{
    const QString company = kCompanyD;
    const QUrl notices = url(QStringLiteral("/notices"));
    const QByteArray token = m_tokens.value(company);

    // Art. 11: a planned stop, announced ahead, with its window.
    const QByteArray planned =
        R"({"Kind":"planned_stop","StartTime":20250310020000,"EndTime":20250310040000,)"
        R"("Streams":["position","order"],"Reason":"数据库升级","Contact":"王工 19900001111"})";
    const HttpResult plannedReply = m_client.postAndWait(notices, planned, token);
    QVERIFY2(plannedReply.status == 200, plannedReply.describe());
    const qint64 plannedId = plannedReply.json().value(QStringLiteral("noticeId")).toInteger();
    QVERIFY(plannedId > 0);
    QVERIFY(plannedReply.json().value(QStringLiteral("receivedAt")).toInteger() > 0);

    // Art. 12: an incident, notified at once; it has begun but not ended.
    const QByteArray incident =
        R"({"CompanyId":"4690WZSYC004","Kind":"incident","StartTime":20250301083000,"Reason":"机房断电"})";
    const HttpResult incidentReply = m_client.postAndWait(notices, incident, token);
    QVERIFY2(incidentReply.status == 200, incidentReply.describe());
    const qint64 incidentId = incidentReply.json().value(QStringLiteral("noticeId")).toInteger();
    QVERIFY(incidentId > plannedId);

    // Malformed notices are refused, naming the field.
    struct Bad
    {
        QByteArray body;
        QString field;
    };
    const QList<Bad> bad = {
        {R"({"Kind":"planned_stop","StartTime":20250310020000})", QStringLiteral("EndTime")},
        {R"({"Kind":"incident","StartTime":20251310020000})", QStringLiteral("StartTime")},
        {R"({"Kind":"holiday","StartTime":20250310020000})", QStringLiteral("Kind")},
        {R"({"Kind":"incident","StartTime":20250310020000,"Streams":["positions"]})",
         QStringLiteral("Streams")},
        {R"({"CompanyId":"4690WZSYC001","Kind":"incident","StartTime":20250310020000})",
         QStringLiteral("CompanyId")},
    };
    for (const Bad &b : bad) {
        const HttpResult refused = m_client.postAndWait(notices, b.body, token);
        QVERIFY2(refused.status == 400, refused.describe());
        QCOMPARE(refused.errorCode(), QStringLiteral("malformed_notice"));
        QVERIFY2(refused.errorMessage().contains(b.field), refused.describe());
    }
    // And a notice needs a credential like an upload.
    QCOMPARE(m_client.postAndWait(notices, planned, QByteArray()).status, 401);

    const QList<QVariantList> stored = m_db.rows(
        QStringLiteral("SELECT id, kind, starts_at, ends_at, streams, reason, contact, body FROM notice "
                       "WHERE company_id = ? ORDER BY id"),
        {company});
    QCOMPARE(stored.size(), 2);
    QCOMPARE(m_db.value(QStringLiteral("SELECT count(*) FROM notice")), 2);
    const auto utc = [](int y, int mo, int d, int h, int mi) {
        return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc()).toSecsSinceEpoch();
    };
    // Times were sent in China Standard Time (UTC+8) and are stored as Unix seconds.
    QCOMPARE(stored.at(0).at(0).toLongLong(), plannedId);
    QCOMPARE(stored.at(0).at(1).toString(), QStringLiteral("planned_stop"));
    QCOMPARE(stored.at(0).at(2).toLongLong(), utc(2025, 3, 9, 18, 0));
    QCOMPARE(stored.at(0).at(3).toLongLong(), utc(2025, 3, 9, 20, 0));
    QCOMPARE(QJsonDocument::fromJson(stored.at(0).at(4).toByteArray()).array(),
             (QJsonArray{QStringLiteral("position"), QStringLiteral("order")}));
    QCOMPARE(stored.at(0).at(5).toString(), QStringLiteral("数据库升级"));
    QCOMPARE(stored.at(0).at(6).toString(), QStringLiteral("王工 19900001111"));
    QCOMPARE(QJsonDocument::fromJson(stored.at(0).at(7).toByteArray()), QJsonDocument::fromJson(planned));
    QCOMPARE(stored.at(1).at(0).toLongLong(), incidentId);
    QCOMPARE(stored.at(1).at(1).toString(), QStringLiteral("incident"));
    QCOMPARE(stored.at(1).at(2).toLongLong(), utc(2025, 3, 1, 0, 30));
    QVERIFY(stored.at(1).at(3).toLongLong() == 0); // open: NULL or 0
}

void tst_PlatformServer::concurrentUploadsAreAllStoredOnce()
{
    constexpr int kPerCompany = 5;
    constexpr int kRecords = 60;
    const QStringList companies = {kCompanyA, kCompanyB, kCompanyC, kCompanyD};
    // One client per company, as separate companies would have: 4 × up to 6 connections at once.
    std::vector<std::unique_ptr<HttpTestClient>> clients;
    struct Sent
    {
        QString company;
        QString prefix;
        QNetworkReply *reply = nullptr;
    };
    QList<Sent> sent;
    for (const QString &company : companies) {
        clients.push_back(std::make_unique<HttpTestClient>());
        clients.back()->trust({m_server->certificate()});
        for (int u = 0; u < kPerCompany; ++u) {
            const QString prefix = QStringLiteral("琼C%1U%2R").arg(company.right(1)).arg(u);
            QJsonArray records;
            for (int i = 0; i < kRecords; ++i)
                records.append(fixtures::positionVehicle(prefix + QString::number(i), 1763700000 + i,
                                                         109516800 + i, 18776500, company));
            sent.append({company, prefix,
                         clients.back()->post(url(QStringLiteral("/position/vehicle"), company),
                                              fixtures::envelope(kPositions, records, company),
                                              m_tokens.value(company))});
        }
    }
    QCOMPARE(sent.size(), 20);
    QSet<qint64> batchIds;
    for (const Sent &s : std::as_const(sent)) {
        const HttpResult result = HttpTestClient::wait(s.reply);
        tally(s.company, result);
        QVERIFY2(result.status == 200, result.describe());
        QCOMPARE(result.json().value(QStringLiteral("accepted")).toInt(), kRecords);
        batchIds.insert(result.json().value(QStringLiteral("batchId")).toInteger());
    }
    QCOMPARE(batchIds.size(), 20); // each its own batch

    // Every record exactly once, under its own company and batch.
    for (const Sent &s : std::as_const(sent)) {
        const QList<QVariantList> rows = m_db.rows(
            QStringLiteral(
                "SELECT count(*), count(DISTINCT VehicleNo), count(DISTINCT rw_batch), min(rw_company), "
                "max(rw_company) FROM ipc_positionvehicle WHERE VehicleNo LIKE ? || '%'"),
            {s.prefix});
        QCOMPARE(rows.first(), (QVariantList{kRecords, kRecords, 1, s.company, s.company}));
    }
    QCOMPARE(m_db.value(QStringLiteral("SELECT count(*) FROM upload_batch WHERE id IN (%1)").arg([&] {
        QStringList ids;
        for (qint64 id : std::as_const(batchIds))
            ids.append(QString::number(id));
        return ids.join(u',');
    }())),
             20);
}

void tst_PlatformServer::summaryReflectsTheCounts()
{
    const HttpResult result =
        m_client.getAndWait(url(QStringLiteral("/api/v1/intake/summary")), m_sessionToken);
    QVERIFY2(result.status == 200, result.describe());
    const QJsonObject summary = result.json();
    QVERIFY(qAbs(summary.value(QStringLiteral("serverTime")).toInteger() -
                 QDateTime::currentMSecsSinceEpoch()) < 60000);

    QHash<QString, QJsonObject> counters; // "company/ipcType"
    for (const QJsonValue &v : summary.value(QStringLiteral("counters")).toArray()) {
        const QJsonObject c = v.toObject();
        counters.insert(c.value(QStringLiteral("companyId")).toString() + u'/' +
                            c.value(QStringLiteral("ipcType")).toString(),
                        c);
    }
    int expectedRows = 0;
    for (auto company = m_accepted.cbegin(); company != m_accepted.cend(); ++company) {
        for (auto it = company->cbegin(); it != company->cend(); ++it) {
            ++expectedRows;
            const QString key = company.key() + u'/' + it.key();
            QVERIFY2(counters.contains(key), qPrintable(key));
            const QJsonObject c = counters.value(key);
            const qint64 rejected = m_rejected.value(company.key()).value(it.key());
            QCOMPARE(c.value(QStringLiteral("accepted")).toInteger(), it.value());
            QCOMPARE(c.value(QStringLiteral("rejected")).toInteger(), rejected);
            QCOMPARE(c.value(QStringLiteral("received")).toInteger(), it.value() + rejected);
            QVERIFY(c.value(QStringLiteral("lastReceivedAt")).toInteger() > 0);
        }
    }
    // Refused bodies are no interface's records: they appear in no counter.
    QCOMPARE(counters.size(), expectedRows);
    QCOMPARE(counters.value(kCompanyA + QStringLiteral("/positionVehicle"))
                 .value(QStringLiteral("accepted"))
                 .toInteger(),
             2 + 25 + 60 * 5);
}

void tst_PlatformServer::databaseHoldsEverythingAccepted()
{
    qint64 total = 0;
    for (auto company = m_accepted.cbegin(); company != m_accepted.cend(); ++company) {
        qint64 rejected = 0;
        for (auto it = company->cbegin(); it != company->cend(); ++it) {
            const QString table = QStringLiteral("ipc_") + it.key().toLower();
            QCOMPARE(m_db.value(QStringLiteral("SELECT count(*) FROM %1 WHERE rw_company = ?").arg(table),
                                {company.key()}),
                     it.value());
            total += it.value();
            rejected += m_rejected.value(company.key()).value(it.key());
        }
        QCOMPARE(m_db.quarantineRows(company.key()), rejected + m_refusedBodies.value(company.key()));
        QCOMPARE(m_db.interfaceRows(company.key()),
                 std::accumulate(company->cbegin(), company->cend(), qint64(0)));
    }
    qint64 stored = 0;
    for (const QString &table : m_db.interfaceTables())
        stored += m_db.value(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    QCOMPARE(stored, total);
    // The bodies refused before authentication (401, 403 for ?company=, 404, 413) left no trace.
    QCOMPARE(
        m_db.value(QStringLiteral("SELECT count(*) FROM quarantine WHERE company_id NOT IN (?, ?, ?, ?)"),
                   {kCompanyA, kCompanyB, kCompanyC, kCompanyD}),
        0);
}

QTEST_GUILESS_MAIN(tst_PlatformServer)
#include "tst_platformserver.moc"
