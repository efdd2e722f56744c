// IngestPipeline on a real SQLite file: decode → validate → store → reply.

#include "intake/ingestpipeline.h"
#include "intake/intakestats.h"

#include "protocol/compression.h"
#include "protocol/protobufcodec.h"
#include "storage/database.h"
#include "storage/interfacetables.h"
#include "storage/recordstore.h"
#include "storage/schemamigrator.h"

#include "uploadfixtures.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace rw;

class tst_IngestPipeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void mixedBatchStoresGoodAndQuarantinesBad();
    void refusalsNameTheProblemAndKeepTheBody_data();
    void refusalsNameTheProblemAndKeepTheBody();
    void gzipBodyIsInflated();
    void gzipBombIsRefused();
    void protobufBodyIsAccepted();
    void businessTimeIsStored();
    void statsCountCommittedRecords();

private:
    UploadRequest request(const QByteArray &body, const QByteArray &type = "application/json") const;
    QJsonObject reply(const UploadOutcome &outcome) const;

    QTemporaryDir m_dir;
    std::shared_ptr<const InterfaceCatalogue> m_catalogue = InterfaceCatalogue::builtIn();
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RecordStore> m_store;
    std::unique_ptr<IntakeStats> m_stats;
    int m_counter = 0;
    std::unique_ptr<IngestPipeline> m_pipeline;
    const InterfaceSpec *m_positions = nullptr;
};

void tst_IngestPipeline::init()
{
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_counter))));
    SchemaMigrator migrator = SchemaMigrator::platform();
    QVERIFY2(migrator.migrate(*m_db), qPrintable(migrator.error().toString()));
    InterfaceTables tables(*m_db, m_catalogue);
    QVERIFY(tables.ensure());
    m_store = std::make_unique<RecordStore>(*m_db, m_catalogue);
    m_stats = std::make_unique<IntakeStats>();
    m_pipeline = std::make_unique<IngestPipeline>(m_catalogue, m_store.get(), m_stats.get());
    m_positions = m_catalogue->byIpcType(u"positionVehicle");
    QVERIFY(m_positions);
}

void tst_IngestPipeline::cleanup()
{
    m_pipeline.reset();
    m_store.reset();
    m_db.reset();
}

UploadRequest tst_IngestPipeline::request(const QByteArray &body, const QByteArray &type) const
{
    UploadRequest r;
    r.companyId = fixtures::kCompany;
    r.spec = m_positions;
    r.contentType = type;
    r.body = body;
    r.peer = QStringLiteral("127.0.0.1:5000");
    r.receivedMs = QDateTime::currentMSecsSinceEpoch();
    return r;
}

QJsonObject tst_IngestPipeline::reply(const UploadOutcome &outcome) const
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(outcome.replyBody, &error);
    if (document.isNull())
        qWarning() << "reply is not JSON:" << error.errorString() << outcome.replyBody.left(200);
    return document.object();
}

void tst_IngestPipeline::mixedBatchStoresGoodAndQuarantinesBad()
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

    const UploadOutcome outcome =
        m_pipeline->process(request(fixtures::envelope(QStringLiteral("positionVehicle"), records)));
    QCOMPARE(outcome.httpStatus, 200);
    QCOMPARE(outcome.accepted, 2);
    QCOMPARE(outcome.rejected, 3);
    QVERIFY(outcome.batchId > 0);

    const QJsonObject body = reply(outcome);
    QCOMPARE(body.value(QStringLiteral("result")).toString(), QStringLiteral("partial"));
    QCOMPARE(body.value(QStringLiteral("received")).toInt(), 5);
    const QJsonArray list = body.value(QStringLiteral("records")).toArray();
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
    QCOMPARE(firstError(2).value(QStringLiteral("field")).toString(), QStringLiteral("BizStatus"));
    QCOMPARE(firstError(2).value(QStringLiteral("rule")).toString(), QStringLiteral("code"));
    QCOMPARE(firstError(4).value(QStringLiteral("field")).toString(), QStringLiteral("OrderId"));
    QCOMPARE(firstError(4).value(QStringLiteral("rule")).toString(), QStringLiteral("required"));
    QVERIFY(!firstError(1).value(QStringLiteral("message")).toString().isEmpty());

    QCOMPARE(m_store->count(*m_positions, fixtures::kCompany), 2);
    const QList<QuarantineEntry> quarantined = m_store->quarantine(fixtures::kCompany);
    QCOMPARE(quarantined.size(), 3);
    // The raw bytes are the record as sent: the too-long plate is in there verbatim.
    QVERIFY(quarantined.at(0).raw.contains(QByteArray(40, 'A')));
}

void tst_IngestPipeline::refusalsNameTheProblemAndKeepTheBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mentions");

    const qint64 now = 1763700000;
    QTest::newRow("not json") << QByteArray("CompanyId=1&x=2") << QByteArray("application/json") << 400
                              << QStringLiteral("malformed_body") << QString();
    QTest::newRow("unknown IPCType")
        << QByteArray(R"({"CompanyId":"4690WZSYC001","IPCType":"positionBus","positionBus":[]})")
        << QByteArray("application/json") << 400 << QStringLiteral("malformed_body")
        << QStringLiteral("positionBus");
    QTest::newRow("wrong path") << fixtures::envelope(QStringLiteral("orderCreate"),
                                                      QJsonArray{QJsonObject{}})
                                << QByteArray("application/json") << 400 << QStringLiteral("malformed_body")
                                << QStringLiteral("orderCreate");
    QTest::newRow("other company") << fixtures::envelope(QStringLiteral("positionVehicle"),
                                                         QJsonArray{fixtures::positionVehicle(
                                                             QStringLiteral("琼D1"), now, 109516800, 18776500,
                                                             QStringLiteral("4690OTHER001"))},
                                                         QStringLiteral("4690OTHER001"))
                                   << QByteArray("application/json") << 403
                                   << QStringLiteral("company_mismatch") << QStringLiteral("4690OTHER001");
    QTest::newRow("empty") << fixtures::envelope(QStringLiteral("positionVehicle"), QJsonArray{})
                           << QByteArray("application/json") << 400 << QStringLiteral("empty_upload")
                           << QString();
    QTest::newRow("xml") << QByteArray("<a/>") << QByteArray("application/xml") << 415
                         << QStringLiteral("unsupported_media_type") << QStringLiteral("application/xml");
    QTest::newRow("garbage protobuf")
        << QByteArray("\xff\xff\xff\xff\x0f", 5) << QByteArray("application/x-protobuf") << 400
        << QStringLiteral("malformed_body") << QString();
}

void tst_IngestPipeline::refusalsNameTheProblemAndKeepTheBody()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, mentions);

    const UploadOutcome outcome = m_pipeline->process(request(body, contentType));
    QCOMPARE(outcome.httpStatus, status);
    const QJsonObject error = reply(outcome).value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), code);
    const QString message = error.value(QStringLiteral("message")).toString();
    QVERIFY(!message.isEmpty());
    if (!mentions.isEmpty())
        QVERIFY2(message.contains(mentions), qPrintable(message));
    QCOMPARE(m_store->count(*m_positions), 0);
    // The unreadable body is kept, byte for byte.
    const QList<QuarantineEntry> quarantined = m_store->quarantine(fixtures::kCompany);
    QCOMPARE(quarantined.size(), 1);
    QCOMPARE(quarantined.first().raw, body);
}

void tst_IngestPipeline::gzipBodyIsInflated()
{
    UploadRequest r = request(Compression::gzip(fixtures::positionBatch(50, 10, 1763700000)));
    r.contentEncoding = "gzip";
    const UploadOutcome outcome = m_pipeline->process(r);
    QCOMPARE(outcome.httpStatus, 200);
    QCOMPARE(outcome.accepted, 50);
}

void tst_IngestPipeline::gzipBombIsRefused()
{
    m_pipeline->setMaxInflatedBytes(64 * 1024);
    UploadRequest r = request(Compression::gzip(QByteArray(10 * 1024 * 1024, ' ')));
    QVERIFY(r.body.size() < 64 * 1024);
    r.contentEncoding = "gzip";
    const UploadOutcome outcome = m_pipeline->process(r);
    QCOMPARE(outcome.httpStatus, 400);
    QVERIFY(reply(outcome)
                .value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("65536")));
}

void tst_IngestPipeline::protobufBodyIsAccepted()
{
    JsonCodec json(m_catalogue);
    const DecodeResult decoded = json.decode(fixtures::positionBatch(20, 5, 1763700000), m_positions);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    ProtobufCodec protobuf(m_catalogue);
    const QByteArray body = protobuf.encodeList(decoded.envelopes);
    UploadRequest r = request(body, "application/x-protobuf");
    r.protobufList = true;
    const UploadOutcome outcome = m_pipeline->process(r);
    QCOMPARE(outcome.httpStatus, 200);
    QCOMPARE(outcome.accepted, 20);
    QCOMPARE(m_store->count(*m_positions, fixtures::kCompany), 20);
}

void tst_IngestPipeline::businessTimeIsStored()
{
    const qint64 when = 1763700123;
    const UploadOutcome outcome = m_pipeline->process(
        request(fixtures::envelope(QStringLiteral("positionVehicle"),
                                   QJsonArray{fixtures::positionVehicle(QStringLiteral("琼D30001"), when)})));
    QCOMPARE(outcome.httpStatus, 200);
    QCOMPARE(
        m_db->queryValue(QStringLiteral("SELECT rw_business_time FROM ipc_positionvehicle")).toLongLong(),
        when);
    QCOMPARE(m_db->queryValue(QStringLiteral("SELECT rw_company FROM ipc_positionvehicle")).toString(),
             fixtures::kCompany);
}

void tst_IngestPipeline::statsCountCommittedRecords()
{
    QVERIFY(m_stats->snapshot().isEmpty());
    m_pipeline->process(request(fixtures::positionBatch(30, 10, 1763700000)));
    m_pipeline->process(request(QByteArray("{")));
    const QList<IntakeCounter> counters = m_stats->snapshot();
    QCOMPARE(counters.size(), 1);
    QCOMPARE(counters.first().accepted, 30);
    QCOMPARE(counters.first().rejected, 0);
    QCOMPARE(counters.first().ipcType, QStringLiteral("positionVehicle"));
}

QTEST_GUILESS_MAIN(tst_IngestPipeline)
#include "tst_ingestpipeline.moc"
