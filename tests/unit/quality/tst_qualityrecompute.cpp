// QualityRecompute against the numbers the ingest pipeline stored: uploads through the real IngestPipeline
// (prepare + commit with QualityRecorder) on a real SQLite file, then a recompute from the raw records.

#include "intake/ingestpipeline.h"
#include "quality/qualityrecompute.h"
#include "quality/qualityrecorder.h"

#include "protocol/interfacecatalogue.h"
#include "protocol/protobufcodec.h"
#include "quality/qualityevaluator.h"
#include "storage/database.h"
#include "storage/interfacetables.h"
#include "storage/recordstore.h"
#include "storage/schemamigrator.h"

#include "uploadfixtures.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace rw;
using namespace Qt::StringLiterals;

namespace {

const QString kCompany = fixtures::kCompany;
const QString kOther = u"4690WZSYC002"_s;

qint64 utc(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc()).toSecsSinceEpoch();
}

/** CST YYYYMMDDhhmmss of Unix second \a t. */
qint64 cst(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t + 8 * 3600, QTimeZone::utc())
        .toString(u"yyyyMMddHHmmss"_s)
        .toLongLong();
}

QJsonObject orderMatch(const QString &orderId, const QString &plate, const QString &licence, qint64 time,
                       const QString &company = kCompany)
{
    return QJsonObject{{u"CompanyId"_s, company}, {u"Address"_s, 469001},
                       {u"OrderId"_s, orderId},   {u"Longitude"_s, 109516800},
                       {u"Latitude"_s, 18776500}, {u"Encrypt"_s, 2},
                       {u"LicenseId"_s, licence}, {u"DriverPhone"_s, u"13800000000"_s},
                       {u"VehicleNo"_s, plate},   {u"DistributeTime"_s, cst(time)}};
}

/** Every difference between two tallies, named; empty when equal. */
QStringList differences(const QualityTally &a, const QualityTally &b)
{
    QStringList out;
    if (a.records() != b.records())
        out << u"records %1 vs %2"_s.arg(a.records()).arg(b.records());
    for (QualityDimension d : kQualityDimensions) {
        if (a.checked(d) != b.checked(d) || a.passed(d) != b.passed(d))
            out << u"%1 %2/%3 vs %4/%5"_s.arg(QualityDimensions::key(d))
                       .arg(a.passed(d))
                       .arg(a.checked(d))
                       .arg(b.passed(d))
                       .arg(b.checked(d));
    }
    if (a.ordersChecked() != b.ordersChecked() || a.ordersCompliant() != b.ordersCompliant())
        out << u"orders %1/%2 vs %3/%4"_s.arg(a.ordersCompliant())
                   .arg(a.ordersChecked())
                   .arg(b.ordersCompliant())
                   .arg(b.ordersChecked());
    QSet<QString> rules;
    for (auto it = a.violationCounts().cbegin(); it != a.violationCounts().cend(); ++it)
        rules.insert(it.key());
    for (auto it = b.violationCounts().cbegin(); it != b.violationCounts().cend(); ++it)
        rules.insert(it.key());
    for (const QString &rule : rules) {
        if (a.violations(rule) != b.violations(rule) ||
            a.violationsByInterface(rule) != b.violationsByInterface(rule))
            out << u"%1 %2 vs %3"_s.arg(rule).arg(a.violations(rule)).arg(b.violations(rule));
        if (a.samples(rule) != b.samples(rule))
            out << u"%1 samples differ (%2 vs %3)"_s.arg(rule)
                       .arg(a.samples(rule).size())
                       .arg(b.samples(rule).size());
    }
    if (out.isEmpty() && !(a == b))
        out << u"period, model or weights differ"_s;
    return out;
}

} // namespace

class TestQualityRecompute : public QObject
{
    Q_OBJECT

private:
    UploadRequest request(const QString &ipcType, const QByteArray &body, qint64 receivedSeconds,
                          const QString &company = kCompany, const QByteArray &type = "application/json")
    {
        UploadRequest r;
        r.companyId = company;
        r.spec = m_catalogue->byIpcType(ipcType);
        r.receivedMs = receivedSeconds * 1000 + 123;
        r.peer = u"127.0.0.1:5000"_s;
        r.contentType = type;
        r.body = body;
        return r;
    }
    UploadOutcome send(const UploadRequest &r) { return m_pipeline->commit(m_pipeline->prepare(r)); }

    void permit(const char *table, const QString &certificate, const QString &key, int validTo)
    {
        const bool vehicle = qstrcmp(table, "permit_vehicle") == 0;
        Statement s = m_db->prepare(
            vehicle
                ? u"INSERT INTO permit_vehicle (certificate, plate, company_id, vin, region_code, valid_from,"
                  " valid_to, imported_ms) VALUES (?1, ?2, 'C', 'V', '469001', 20250101, ?3, 1000)"_s
                : u"INSERT INTO permit_driver (certificate, name, id_number, licence, company_id, "
                  u"region_code,"
                  " valid_from, valid_to, imported_ms) VALUES (?1, 'N', 'X', ?2, 'C', '469001', 20250101, ?3,"
                  " 1000)"_s);
        s.bind(1, certificate);
        s.bind(2, key);
        s.bind(3, validTo);
        QVERIFY2(s.exec(), qPrintable(s.error().toString()));
    }

    /** Base-info of \a plate (kCompany), sent and changed at \a receivedSeconds. */
    UploadOutcome sendBaseInfo(const QString &plate, qint64 receivedSeconds)
    {
        QJsonObject vehicle =
            fixtures::baseInfoVehicle(plate, u"LFV3A23C0P30000"_s + plate.right(1).rightJustified(2, u'0'));
        vehicle.insert(u"UpdateTime"_s, cst(receivedSeconds - 5));
        return send(request(u"baseInfoVehicle"_s, fixtures::envelope(u"baseInfoVehicle"_s, {vehicle}),
                            receivedSeconds));
    }

    /**
     * A mixed set of uploads of two companies in March 2026; returns the records sent in March. 琼D1's
     * base-info came in February, 琼D2's only after its first two positions; the other company sent none.
     */
    int uploadMixedSet()
    {
        using fixtures::positionVehicle;
        permit("permit_vehicle", u"V1"_s, u"琼D10001"_s, 20301231);
        permit("permit_vehicle", u"V2"_s, u"琼D10002"_s, 20260101); // expired before March
        permit("permit_driver", u"D1"_s, u"LIC1"_s, 20301231);
        const qint64 t = m_t0;
        int sent = 0;
        UploadOutcome o = sendBaseInfo(u"琼D1"_s, t - 20 * 86400);
        if (o.httpStatus != 200 || o.accepted != 1)
            qFatal("base-info: %s", o.replyBody.constData());

        // Positions: a jump of 琼D1 (10 km in 10 s), one late (Art. 15(三): 60 s), one rejected for a missing
        // required field, one for a type error.
        QJsonArray positions{positionVehicle(u"琼D1"_s, t - 20, 109500000, 18700000),
                             positionVehicle(u"琼D2"_s, t - 20, 109600000, 18700000),
                             positionVehicle(u"琼D1"_s, t - 10, 109500000, 18790000),
                             positionVehicle(u"琼D2"_s, t - 200, 109600100, 18700000)};
        QJsonObject missing = positionVehicle(u"琼D3"_s, t - 5);
        missing.remove(u"VehicleRegionCode"_s);
        QJsonObject wrongType = positionVehicle(u"琼D4"_s, t - 5);
        wrongType.insert(u"Longitude"_s, u"east"_s);
        positions.insert(1, missing);
        positions.append(wrongType);
        o = send(request(u"positionVehicle"_s, fixtures::envelope(u"positionVehicle"_s, positions), t));
        if (o.httpStatus != 200 || o.rejected != 2)
            qFatal("positions: %s", o.replyBody.constData());
        sent += 6;

        // Order matches: compliant, expired vehicle, unknown driver.
        const QJsonArray matches{orderMatch(u"O1"_s, u"琼D10001"_s, u"LIC1"_s, t - 30),
                                 orderMatch(u"O2"_s, u"琼D10002"_s, u"LIC1"_s, t - 30),
                                 orderMatch(u"O3"_s, u"琼D10001"_s, u"LIC9"_s, t - 30)};
        o = send(request(u"orderMatch"_s, fixtures::envelope(u"orderMatch"_s, matches), t + 5));
        if (o.httpStatus != 200 || o.accepted != 3)
            qFatal("orders: %s", o.replyBody.constData());
        sent += 3;

        o = sendBaseInfo(u"琼D2"_s, t + 5);
        if (o.httpStatus != 200 || o.accepted != 1)
            qFatal("base-info: %s", o.replyBody.constData());
        sent += 1;

        // A body refused whole: one record failing conformance.decodable.
        o = send(request(u"positionVehicle"_s, "{\"CompanyId\": [", t + 6));
        if (o.httpStatus != 400)
            qFatal("refusal: %d", o.httpStatus);
        sent += 1;

        // Protobuf: 琼D1 again (a jump back, across uploads), 琼D2 now with base-info, and a record without
        // VehicleNo (quarantined with its protobuf bytes, decoded again by the recompute).
        ProtobufCodec codec(m_catalogue);
        const InterfaceSpec *spec = m_catalogue->byIpcType(u"positionVehicle");
        UploadEnvelope envelope;
        envelope.companyId = kCompany;
        envelope.spec = spec;
        envelope.batch = true;
        for (const QJsonObject &json :
             {positionVehicle(u"琼D1"_s, t + 10, 109500000, 18700000),
              positionVehicle(u"琼D2"_s, t + 10, 109600000, 18700000), positionVehicle(u"琼D5"_s, t + 10)}) {
            Record r = makeRecord(*spec);
            for (auto it = json.begin(); it != json.end(); ++it)
                r.setValue(it.key(), it.value().toVariant());
            envelope.records.append(r);
        }
        envelope.records[2].setValue(u"VehicleNo", QVariant());
        o = send(request(u"positionVehicle"_s, codec.encode(envelope), t + 12, kCompany,
                         "application/x-protobuf"));
        if (o.httpStatus != 200 || o.rejected != 1)
            qFatal("protobuf: %d %s", o.httpStatus, o.replyBody.constData());
        sent += 3;

        // An order created 10 minutes before it was sent (300 s limit), and the other company's positions.
        o = send(request(u"orderCreate"_s,
                         fixtures::envelope(u"orderCreate"_s, {fixtures::orderCreate(u"O4"_s, cst(t - 600))}),
                         t + 20));
        if (o.httpStatus != 200 || o.accepted != 1)
            qFatal("orderCreate: %s", o.replyBody.constData());
        sent += 1;
        QJsonArray others;
        for (int i = 0; i < 5; ++i)
            others.append(positionVehicle(u"琼E%1"_s.arg(i), t + 20, 109500000, 18700000, kOther));
        o = send(request(u"positionVehicle"_s, fixtures::envelope(u"positionVehicle"_s, others, kOther),
                         t + 21, kOther));
        if (o.httpStatus != 200)
            qFatal("other: %s", o.replyBody.constData());
        sent += 5;
        return sent;
    }

    QualityTally stored(const QString &company, const QualityPeriod &month)
    {
        QualityStore store(*m_db, QualityModel::builtIn());
        const std::optional<QualityTally> tally = store.tally(company, month);
        if (!tally)
            qFatal("%s", qPrintable(store.error().toString()));
        return *tally;
    }

    QTemporaryDir m_dir;
    std::shared_ptr<const InterfaceCatalogue> m_catalogue = InterfaceCatalogue::builtIn();
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RecordStore> m_store;
    std::unique_ptr<QualityRecorder> m_recorder;
    std::unique_ptr<IngestPipeline> m_pipeline;
    int m_counter = 0;
    const qint64 m_t0 = utc(2026, 3, 2, 2, 0, 0);
    const QualityPeriod m_march = QualityPeriod::ofMonth(2026, 3);

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir.filePath(u"r%1.sqlite"_s.arg(++m_counter))));
        SchemaMigrator migrator = SchemaMigrator::platform();
        QVERIFY2(migrator.migrate(*m_db), qPrintable(migrator.error().toString()));
        InterfaceTables tables(*m_db, m_catalogue);
        QVERIFY(tables.ensure());
        m_store = std::make_unique<RecordStore>(*m_db, m_catalogue);
        m_recorder = std::make_unique<QualityRecorder>(*m_db, QualityModel::builtIn());
        m_pipeline = std::make_unique<IngestPipeline>(m_catalogue, m_store.get());
        m_pipeline->setQualityEvaluator(std::make_shared<const QualityEvaluator>(QualityModel::builtIn()));
        m_pipeline->setQualityRecorder(m_recorder.get());
    }
    void cleanup()
    {
        m_pipeline.reset();
        m_recorder.reset();
        m_store.reset();
        m_db.reset();
    }

    void ingestCountsEveryRuleByHand()
    {
        const int sent = uploadMixedSet();
        const QualityTally t = stored(kCompany, m_march);
        QCOMPARE(t.records(), sent - 5);
        // Completeness: the two records without a required field (VehicleRegionCode, VehicleNo), and
        // 琼D2's two positions before its base-info (its third, after, is complete).
        QCOMPARE(t.checked(QualityDimension::Completeness), 14); // not the refused body
        QCOMPARE(t.passed(QualityDimension::Completeness), 10);
        QCOMPARE(t.violations(u"completeness.requiredFields"_s), 2);
        QCOMPARE(t.violations(u"completeness.vehicleBaseInfo"_s), 2);
        QVERIFY(
            t.samples(u"completeness.vehicleBaseInfo"_s).value(0).recordKey.contains(u"VehicleNo=琼D2"_s));
        QCOMPARE(stored(kOther, m_march).violations(u"completeness.vehicleBaseInfo"_s), 5);
        // Conformance: the type error and the refused body.
        QCOMPARE(t.checked(QualityDimension::Conformance), 15);
        QCOMPARE(t.passed(QualityDimension::Conformance), 13);
        QCOMPARE(t.violations(u"conformance.type"_s), 1);
        QCOMPARE(t.violations(u"conformance.decodable"_s), 1);
        QCOMPARE(t.samples(u"conformance.decodable"_s).value(0).source, u"quarantine"_s);
        // Timeliness: 琼D2's fix 200 s old and the order created 620 s before it was received.
        QCOMPARE(t.violations(u"timeliness.withinLimit"_s), 2);
        QCOMPARE(t.violationsByInterface(u"timeliness.withinLimit"_s),
                 (QHash<QString, qint64>{{u"positionVehicle"_s, 1}, {u"orderCreate"_s, 1}}));
        // Jumps: 琼D1 10 km north in 10 s, then back 20 s later (the protobuf upload).
        QCOMPARE(t.violations(u"authenticity.positionJump"_s), 2);
        const QList<QualitySample> jumps = t.samples(u"authenticity.positionJump"_s);
        QCOMPARE(jumps.size(), 2);
        QCOMPARE(jumps.at(0).source, u"record"_s);
        QVERIFY(jumps.at(0).recordKey.contains(u"VehicleNo=琼D1"_s));
        QCOMPARE(m_db->queryValue(u"SELECT VehicleNo FROM ipc_positionvehicle WHERE rw_id = %1"_s.arg(
                                      jumps.at(0).rowId))
                     .toString(),
                 u"琼D1"_s);
        // 订单合规率: 1 of 3.
        QCOMPARE(t.ordersChecked(), 3);
        QCOMPARE(t.ordersCompliant(), 1);
        QCOMPARE(t.violations(u"authenticity.orderPermits"_s), 2);
        QCOMPARE(stored(kOther, m_march).records(), 5);
    }

    void recomputeEqualsIncremental()
    {
        const int sent = uploadMixedSet();
        QualityRecompute recompute(*m_db, m_catalogue, QualityModel::builtIn());
        QList<QPair<qint64, qint64>> progress;
        recompute.setProgress([&](qint64 done, qint64 total) { progress.append({done, total}); });
        const std::optional<QHash<QString, QualityTally>> tallies = recompute.compute(m_march);
        QVERIFY2(tallies, qPrintable(recompute.error().toString()));
        QCOMPARE(tallies->keys().size(), 2);
        QCOMPARE(recompute.recordsRead(), sent);
        QCOMPARE(recompute.undecodable(), 0);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().first, qint64(sent));
        for (const QString &company : {kCompany, kOther}) {
            const QStringList diff = differences(stored(company, m_march), *tallies->constFind(company));
            QVERIFY2(diff.isEmpty(), qPrintable(company + u": "_s + diff.join(u"; "_s)));
        }
        // One company alone gives the same.
        const auto one = recompute.compute(m_march, kCompany);
        QVERIFY(one && one->size() == 1);
        QVERIFY(differences(stored(kCompany, m_march), *one->constFind(kCompany)).isEmpty());

        // Rewriting the month from the raw records leaves the same numbers and samples.
        const auto rowsOf = [this](const QString &sql) { return m_db->queryValue(sql).toString(); };
        const QString samplesBefore = rowsOf(
            u"SELECT group_concat(rule_id || ':' || source || ':' || row_id, ',') FROM quality_sample"_s);
        QVERIFY(m_db->exec(u"UPDATE quality_day SET records = records + 7"_s)); // damage
        QVERIFY2(recompute.rewrite(m_march), qPrintable(recompute.error().toString()));
        QVERIFY(differences(stored(kCompany, m_march), *tallies->constFind(kCompany)).isEmpty());
        QVERIFY(differences(stored(kOther, m_march), *tallies->constFind(kOther)).isEmpty());
        QCOMPARE(rowsOf(u"SELECT count(*) FROM quality_sample"_s).toInt(), samplesBefore.count(u',') + 1);
    }

    void aFailedStoreLeavesNeitherRecordsNorNumbers()
    {
        using fixtures::positionVehicle;
        const qint64 t = m_t0;
        QCOMPARE(sendBaseInfo(u"琼D1"_s, t - 20 * 86400).accepted, 1);
        QJsonArray first{positionVehicle(u"琼D1"_s, t - 5, 109500000, 18700000)};
        QCOMPARE(send(request(u"positionVehicle"_s, fixtures::envelope(u"positionVehicle"_s, first), t))
                     .httpStatus,
                 200);
        // The quality rows fail inside the upload's transaction: the upload is refused (send it again) and
        // neither its records nor its numbers remain; the jump state is rolled back with them.
        QVERIFY(m_db->exec(u"CREATE TRIGGER boom BEFORE INSERT ON quality_rule_day BEGIN SELECT RAISE(ABORT,"
                           " 'disk on fire'); END"_s));
        QJsonArray jump{positionVehicle(u"琼D1"_s, t + 5, 109500000, 18800000)};
        const UploadOutcome refused =
            send(request(u"positionVehicle"_s, fixtures::envelope(u"positionVehicle"_s, jump), t + 10));
        QCOMPARE(refused.httpStatus, 503);
        QVERIFY2(refused.replyBody.contains("disk on fire"), refused.replyBody.constData());
        QCOMPARE(m_db->queryValue(u"SELECT count(*) FROM ipc_positionvehicle"_s).toInt(), 1);
        QCOMPARE(stored(kCompany, m_march).records(), 1);
        QCOMPARE(m_db->queryValue(u"SELECT count(*) FROM quality_rule_day"_s).toInt(), 0);
        QCOMPARE(m_db->queryValue(u"SELECT count(*) FROM quality_sample"_s).toInt(), 0);

        // A fix that is plausible from the first one (not from the refused one) is no jump.
        QVERIFY(m_db->exec(u"DROP TRIGGER boom"_s));
        QJsonArray near{positionVehicle(u"琼D1"_s, t + 6, 109500000, 18700100)};
        QCOMPARE(send(request(u"positionVehicle"_s, fixtures::envelope(u"positionVehicle"_s, near), t + 11))
                     .httpStatus,
                 200);
        QCOMPARE(stored(kCompany, m_march).violations(u"authenticity.positionJump"_s), 0);
        // The upload sent again: now the jump counts, once, and the numbers match a recompute.
        QCOMPARE(send(request(u"positionVehicle"_s, fixtures::envelope(u"positionVehicle"_s, jump), t + 12))
                     .httpStatus,
                 200);
        const QualityTally t3 = stored(kCompany, m_march);
        QCOMPARE(t3.records(), 3);
        QCOMPARE(t3.violations(u"authenticity.positionJump"_s), 1);
        QualityRecompute recompute(*m_db, m_catalogue, QualityModel::builtIn());
        const auto tallies = recompute.compute(m_march);
        QVERIFY(tallies);
        const QStringList diff = differences(t3, *tallies->constFind(kCompany));
        QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u"; "_s)));

        // A refused body whose quarantine row cannot be written counts nowhere either.
        QVERIFY(
            m_db->exec(u"CREATE TRIGGER boom2 BEFORE INSERT ON quality_day BEGIN SELECT RAISE(ABORT, 'no');"
                       " END"_s));
        send(request(u"positionVehicle"_s, "not json", t + 13));
        QCOMPARE(m_db->queryValue(u"SELECT count(*) FROM quarantine"_s).toInt(), 0);
    }

    void aCstMonthBoundary()
    {
        using fixtures::positionVehicle;
        // 2026-01-31 15:59:59 UTC is 23:59:59 CST, January; 16:00:00 UTC is February 1st, 00:00 CST.
        const qint64 lastJanuary = utc(2026, 1, 31, 15, 59, 59);
        QJsonArray a{positionVehicle(u"琼D1"_s, lastJanuary - 1)};
        QJsonArray b{positionVehicle(u"琼D1"_s, lastJanuary), positionVehicle(u"琼D2"_s, lastJanuary - 100)};
        UploadRequest ra = request(u"positionVehicle"_s, fixtures::envelope(u"positionVehicle"_s, a), 0);
        ra.receivedMs = lastJanuary * 1000 + 999;
        UploadRequest rb = request(u"positionVehicle"_s, fixtures::envelope(u"positionVehicle"_s, b), 0);
        rb.receivedMs = (lastJanuary + 1) * 1000;
        QCOMPARE(send(ra).httpStatus, 200);
        QCOMPARE(send(rb).httpStatus, 200);
        const QualityTally january = stored(kCompany, QualityPeriod::ofMonth(2026, 1));
        const QualityTally february = stored(kCompany, QualityPeriod::ofMonth(2026, 2));
        QCOMPARE(january.records(), 1);
        QCOMPARE(february.records(), 2);
        QCOMPARE(february.violations(u"timeliness.withinLimit"_s), 1);
        QCOMPARE(stored(kCompany, QualityPeriod::ofYear(2026)).records(), 3);
        QualityRecompute recompute(*m_db, m_catalogue, QualityModel::builtIn());
        for (const QualityPeriod &month :
             {QualityPeriod::ofMonth(2026, 1), QualityPeriod::ofMonth(2026, 2)}) {
            const auto tallies = recompute.compute(month);
            QVERIFY(tallies);
            QVERIFY(differences(stored(kCompany, month), *tallies->constFind(kCompany)).isEmpty());
        }
    }

    void cancelStops()
    {
        uploadMixedSet();
        QualityRecompute recompute(*m_db, m_catalogue, QualityModel::builtIn());
        std::atomic<bool> cancel{true};
        recompute.setCancelFlag(&cancel);
        QVERIFY(!recompute.compute(m_march));
        QVERIFY(recompute.cancelled());
        const QString before = m_db->queryValue(u"SELECT sum(records) FROM quality_day"_s).toString();
        QVERIFY(!recompute.rewrite(m_march));
        QCOMPARE(m_db->queryValue(u"SELECT sum(records) FROM quality_day"_s).toString(),
                 before); // rolled back
        cancel = false;
        QVERIFY(recompute.compute(m_march));
        QVERIFY(!recompute.cancelled());
    }

    void qualityOffRecordsNothing()
    {
        m_pipeline->setQualityEvaluator(nullptr);
        m_pipeline->setQualityRecorder(nullptr);
        QJsonArray a{fixtures::positionVehicle(u"琼D1"_s, m_t0 - 1)};
        QCOMPARE(
            send(request(u"positionVehicle"_s, fixtures::envelope(u"positionVehicle"_s, a), m_t0)).httpStatus,
            200);
        QCOMPARE(m_db->queryValue(u"SELECT count(*) FROM quality_day"_s).toInt(), 0);
        QCOMPARE(m_db->queryValue(u"SELECT count(*) FROM ipc_positionvehicle"_s).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestQualityRecompute)
#include "tst_qualityrecompute.moc"
