// /api/v1/quality over the platform's real TLS on 127.0.0.1 (docs/quality-contracts.md; seed 000 Art. 16–18):
// scores, trend and violations read from quality rows written with SQL (the storage contract), the region
// scope of company permits (a city officer sees the city's companies, the supervisor the province's, a
// region outside the scope is 403), parameters refused naming the parameter and the value, the raw record
// behind a sample masked unless revealed with a reason, and the supervisor's review → publish → re-review
// with the city officer refused; reads and reviews in the audit trail.

#include "platformapifixture.h"
#include "qualityfixtures.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace rw;
using namespace rw::testing;

namespace {

// 2026-12-02 09:00 in Hainan.
const QDateTime Morning(QDate(2026, 12, 2), QTime(1, 0), QTimeZone::utc());
const QString Wuzhishan = u"469001"_s;
const QString Haikou = u"460100"_s;
const QString Shenzhen = u"440300"_s;

QStringList idsOf(const QJsonArray &companies)
{
    QStringList ids;
    for (const QJsonValue &c : companies)
        ids.append(c.toObject().value(u"companyId"_s).toString());
    return ids;
}

QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

class tst_QualityApi : public QObject
{
    Q_OBJECT

    std::unique_ptr<PlatformApiFixture> m_f;
    QByteArray m_officer;    // city officer of Wuzhishan (469001)
    QByteArray m_supervisor; // provincial supervisor of Hainan (460000)

    HttpResult get(const QString &path, const QByteArray &token) { return m_f->request("GET", path, token); }
    HttpResult put(const QString &path, const QByteArray &token, const QJsonObject &body)
    {
        return m_f->request("PUT", path, token, PlatformApiFixture::json(body));
    }

private Q_SLOTS:
    void init();
    void cleanup();
    void scoresRankedWithRatesAndNulls();
    void scopeOfTheCityAndTheProvince();
    void badParametersNameTheParameterAndValue();
    void trendHasTwelveMonthsSplitAtCstMidnight();
    void violationsWithSamplesLeadToTheMaskedRecord();
    void quarantinedRecordMaskedUnlessRevealed();
    void reviewPublishReReview();
    void onlyTheSupervisorReviews();
    void withoutThePermissionNothingIsRead();
};

void tst_QualityApi::init()
{
    m_f = std::make_unique<PlatformApiFixture>(Morning);
    QString error;
    QVERIFY2(m_f->start(&error), qPrintable(error));
    m_officer = m_f->tokenOf(u"li.officer"_s, Role::CityOfficer, Wuzhishan);
    m_supervisor = m_f->tokenOf(u"wang.sup"_s, Role::ProvincialSupervisor, u"460000"_s);

    Database &db = m_f->server().database();
    insertCompanyPermit(db, u"C1"_s, Wuzhishan, u"五指山出行"_s);
    insertCompanyPermit(db, u"C2"_s, Wuzhishan, u"椰风约车"_s);
    insertCompanyPermit(db, u"C3"_s, Wuzhishan, u"热带快车"_s);
    insertCompanyPermit(db, u"C6"_s, Haikou, u"海口约车"_s);
    insertCompanyPermit(db, u"C7"_s, Shenzhen, u"深圳快车"_s);
    // November: C1 0.98/0.97/0.90/1.00, orders 9 of 10; C2 without authenticity; C3 nothing. No company sent
    // an order from Wuzhishan, where each is licensed: completeness.regionOrders adds one failed check to the
    // completeness of those that sent records (98/101 for C1, 200/201 for C2).
    insertDay(db, u"C1"_s, 20261103, {100, {100, 100, 100, 50}, {98, 97, 90, 50}, 10, 9});
    insertDay(db, u"C2"_s, 20261115, {200, {200, 200, 200, 0}, {200, 190, 180, 0}, 0, 0});
    insertDay(db, u"C6"_s, 20261101, {10, {10, 10, 10, 10}, {10, 10, 10, 10}, 0, 0});
    insertDay(db, u"C7"_s, 20261101, {10, {10, 10, 10, 10}, {0, 0, 0, 0}, 0, 0});
}

// C1's November: completeness 98/101 (see init()), conformance 0.97, timeliness 0.9, authenticity 1.
const double kC1Score = 100 * (98.0 / 101 + 0.97 + 0.9 + 1.0) / 4;

void tst_QualityApi::cleanup()
{
    m_f.reset();
}

void tst_QualityApi::scoresRankedWithRatesAndNulls()
{
    const HttpResult r = get(u"/api/v1/quality/scores?period=2026-11"_s, m_officer);
    QVERIFY2(r.status == 200, r.describe());
    const QJsonObject body = r.json();
    QCOMPARE(body.value(u"period"_s).toString(), u"2026-11"_s);
    QCOMPARE(body.value(u"kind"_s).toString(), u"month"_s);
    QCOMPARE(body.value(u"region"_s).toString(), Wuzhishan); // the account's own by default
    QCOMPARE(body.value(u"modelVersion"_s).toString(), u"2026.2"_s);
    QCOMPARE(body.value(u"review"_s).toObject().value(u"status"_s).toString(), u"draft"_s);
    QCOMPARE(body.value(u"review"_s).toObject().value(u"reviewedAt"_s).toInteger(), 0);

    const QJsonArray companies = body.value(u"companies"_s).toArray();
    QCOMPARE(idsOf(companies), (QStringList{u"C1"_s, u"C2"_s, u"C3"_s}));
    const QJsonObject c1 = companies.at(0).toObject();
    QCOMPARE(c1.value(u"name"_s).toString(), u"五指山出行"_s);
    QCOMPARE(c1.value(u"rank"_s).toInt(), 1);
    QCOMPARE(c1.value(u"records"_s).toInteger(), 100);
    QCOMPARE(c1.value(u"rates"_s).toObject().value(u"timeliness"_s).toDouble(), 0.9);
    QCOMPARE(c1.value(u"rates"_s).toObject().value(u"completeness"_s).toDouble(), 98.0 / 101);
    QCOMPARE(c1.value(u"checked"_s).toObject().value(u"authenticity"_s).toInteger(), 50);
    QCOMPARE(c1.value(u"passed"_s).toObject().value(u"conformance"_s).toInteger(), 97);
    QVERIFY(qFuzzyCompare(c1.value(u"score"_s).toDouble(), kC1Score));
    QCOMPARE(c1.value(u"orderCompliance"_s).toObject(),
             (QJsonObject{{u"checked"_s, 10}, {u"compliant"_s, 9}, {u"rate"_s, 0.9}}));

    const QJsonObject c2 = companies.at(1).toObject();
    QCOMPARE(c2.value(u"rank"_s).toInt(), 2);
    QVERIFY(c2.value(u"rates"_s).toObject().value(u"authenticity"_s).isNull());
    QVERIFY(qFuzzyCompare(c2.value(u"score"_s).toDouble(), 100 * (200.0 / 201 + 0.95 + 0.9) / 3));
    QVERIFY(c2.value(u"orderCompliance"_s).toObject().value(u"rate"_s).isNull());

    const QJsonObject c3 = companies.at(2).toObject();
    QCOMPARE(c3.value(u"rank"_s).toInt(), 3);
    QCOMPARE(c3.value(u"records"_s).toInteger(), 0);
    QVERIFY(c3.value(u"score"_s).isNull());
    QVERIFY(c3.value(u"rates"_s).toObject().value(u"completeness"_s).isNull());

    // The year sums its months; the read is in the audit trail.
    const HttpResult year = get(u"/api/v1/quality/scores?period=2026"_s, m_officer);
    QVERIFY2(year.status == 200, year.describe());
    QCOMPARE(year.json().value(u"kind"_s).toString(), u"year"_s);
    QCOMPARE(year.json().value(u"companies"_s).toArray().at(0).toObject().value(u"records"_s).toInteger(),
             100);
    const QList<AuditEntry> audit = m_f->auditEntries(u"quality.scores"_s);
    QCOMPARE(audit.size(), 2);
    QCOMPARE(audit.at(0).actor, u"li.officer"_s);
    QCOMPARE(audit.at(0).target, Wuzhishan);
    QCOMPARE(audit.at(0).detail().value(u"period"_s).toString(), u"2026-11"_s);
}

void tst_QualityApi::scopeOfTheCityAndTheProvince()
{
    const HttpResult province = get(u"/api/v1/quality/scores?period=2026-11"_s, m_supervisor);
    QVERIFY2(province.status == 200, province.describe());
    QCOMPARE(province.json().value(u"region"_s).toString(), u"460000"_s);
    QCOMPARE(idsOf(province.json().value(u"companies"_s).toArray()),
             (QStringList{u"C6"_s, u"C1"_s, u"C2"_s, u"C3"_s})); // C6 100 first; not Shenzhen's C7

    const HttpResult haikou = get(u"/api/v1/quality/scores?period=2026-11&region=460100"_s, m_supervisor);
    QVERIFY2(haikou.status == 200, haikou.describe());
    QCOMPARE(idsOf(haikou.json().value(u"companies"_s).toArray()), QStringList{u"C6"_s});

    // The city officer may not look at the province, nor another city.
    const qsizetype deniedBefore = m_f->auditEntries(u"access"_s).size();
    for (const QString &region : {u"460000"_s, Haikou, Shenzhen}) {
        const HttpResult out = get(u"/api/v1/quality/scores?period=2026-11&region="_s + region, m_officer);
        QCOMPARE(out.status, 403);
        QCOMPARE(out.errorCode(), u"out_of_scope"_s);
        QVERIFY2(out.errorMessage().contains(region), qPrintable(out.errorMessage()));
    }
    QCOMPARE(get(u"/api/v1/quality/trend?year=2026&region=440300"_s, m_supervisor).status, 403);
    QCOMPARE(m_f->auditEntries(u"access"_s).size(), deniedBefore + 4);

    // A company of another region is out of scope for its violations too.
    const HttpResult c6 = get(u"/api/v1/quality/violations?company=C6&period=2026-11"_s, m_officer);
    QCOMPARE(c6.status, 403);
    QCOMPARE(c6.errorCode(), u"out_of_scope"_s);
    QCOMPARE(get(u"/api/v1/quality/violations?company=C6&period=2026-11"_s, m_supervisor).status, 200);
    QCOMPARE(get(u"/api/v1/quality/violations?company=C7&period=2026-11"_s, m_supervisor).status, 403);
}

void tst_QualityApi::badParametersNameTheParameterAndValue()
{
    const struct
    {
        QString path;
        QString named;
    } cases[] = {
        {u"/api/v1/quality/scores"_s, u"period=\"\""_s},
        {u"/api/v1/quality/scores?period=2026-13"_s, u"period=\"2026-13\""_s},
        {u"/api/v1/quality/scores?period=Nov"_s, u"period=\"Nov\""_s},
        {u"/api/v1/quality/scores?period=2026-11&region=4690"_s, u"region=\"4690\""_s},
        {u"/api/v1/quality/trend?year=26"_s, u"year=\"26\""_s},
        {u"/api/v1/quality/trend?year=2026-11"_s, u"year=\"2026-11\""_s},
        {u"/api/v1/quality/violations?period=2026-11"_s, u"company=\"\""_s},
        {u"/api/v1/quality/violations?company=C1&period=2026-1"_s, u"period=\"2026-1\""_s},
        {u"/api/v1/quality/violations?company=C1&period=2026-11&dimension=speed"_s, u"dimension=\"speed\""_s},
        {u"/api/v1/quality/records/orderMatch/abc"_s, u"rowId=\"abc\""_s},
        {u"/api/v1/quality/quarantine/-3"_s, u"id=\"-3\""_s},
    };
    for (const auto &c : cases) {
        const HttpResult r = get(c.path, m_supervisor);
        QVERIFY2(r.status == 400, qPrintable(c.path + u": "_s + QString::fromUtf8(r.describe())));
        QCOMPARE(r.errorCode(), u"bad_request"_s);
        QVERIFY2(r.errorMessage().contains(c.named), qPrintable(c.path + u": "_s + r.errorMessage()));
    }
    const HttpResult unknown = get(u"/api/v1/quality/records/noSuchType/1"_s, m_supervisor);
    QCOMPARE(unknown.status, 404);
    QVERIFY(unknown.errorMessage().contains(u"noSuchType"_s));
    QCOMPARE(get(u"/api/v1/quality/records/orderMatch/999"_s, m_supervisor).status, 404);
}

void tst_QualityApi::trendHasTwelveMonthsSplitAtCstMidnight()
{
    Database &db = m_f->server().database();
    insertDay(db, u"C3"_s, 20260131, {10, {10, 10, 10, 10}, {10, 10, 5, 10}, 4, 3});
    insertDay(db, u"C3"_s, 20260201, {30, {30, 30, 30, 30}, {30, 30, 30, 30}, 0, 0});
    const HttpResult r = get(u"/api/v1/quality/trend?year=2026"_s, m_officer);
    QVERIFY2(r.status == 200, r.describe());
    QCOMPARE(r.json().value(u"year"_s).toInt(), 2026);
    QCOMPARE(r.json().value(u"region"_s).toString(), Wuzhishan);
    QCOMPARE(r.json().value(u"modelVersion"_s).toString(), u"2026.2"_s);
    const QJsonArray companies = r.json().value(u"companies"_s).toArray();
    QCOMPARE(idsOf(companies), (QStringList{u"C1"_s, u"C2"_s, u"C3"_s}));
    const QJsonArray months = companies.at(2).toObject().value(u"months"_s).toArray();
    QCOMPARE(months.size(), 12);
    const QJsonObject january = months.at(0).toObject();
    QCOMPARE(january.value(u"period"_s).toString(), u"2026-01"_s);
    QCOMPARE(january.value(u"records"_s).toInteger(), 10);
    QCOMPARE(january.value(u"rates"_s).toObject().value(u"timeliness"_s).toDouble(), 0.5);
    QVERIFY(qFuzzyCompare(january.value(u"score"_s).toDouble(), 100 * (10.0 / 11 + 1 + 0.5 + 1) / 4));
    QCOMPARE(january.value(u"orderCompliance"_s).toObject().value(u"rate"_s).toDouble(), 0.75);
    QCOMPARE(months.at(1).toObject().value(u"records"_s).toInteger(), 30);
    QVERIFY(qFuzzyCompare(months.at(1).toObject().value(u"score"_s).toDouble(), 100 * (30.0 / 31 + 3) / 4));
    QCOMPARE(months.at(2).toObject().value(u"records"_s).toInteger(), 0);
    QVERIFY(months.at(2).toObject().value(u"score"_s).isNull());
    QCOMPARE(months.at(11).toObject().value(u"period"_s).toString(), u"2026-12"_s);
    // C1's November in the trend is its November score.
    QVERIFY(qFuzzyCompare(companies.at(0)
                              .toObject()
                              .value(u"months"_s)
                              .toArray()
                              .at(10)
                              .toObject()
                              .value(u"score"_s)
                              .toDouble(),
                          kC1Score));
    QCOMPARE(m_f->auditEntries(u"quality.trend"_s).size(), 1);
}

void tst_QualityApi::violationsWithSamplesLeadToTheMaskedRecord()
{
    Database &db = m_f->server().database();
    insertRuleDay(db, u"C1"_s, 20261103, u"timeliness.withinLimit"_s, u"positionVehicle"_s, 1200);
    insertRuleDay(db, u"C1"_s, 20261130, u"timeliness.withinLimit"_s, u"orderMatch"_s, 34);
    insertRuleDay(db, u"C1"_s, 20261110, u"completeness.requiredFields"_s, u"orderMatch"_s, 7);
    exec(db,
         u"INSERT INTO ipc_ordermatch (rw_id, rw_batch, rw_company, rw_received_ms, rw_business_time, "
         u"CompanyId, "
         "OrderId, LicenseId, DriverPhone, VehicleNo, DistributeTime) VALUES (42, 1, 'C1', 1793700000000, "
         "1793699900, 'C1', 'O42', '469001199001011234', '13800138000', '琼D12345', 20261103101500)"_s,
         {});
    insertSample(db, u"C1"_s, 202611, u"timeliness.withinLimit"_s, u"orderMatch"_s, u"record"_s, 42,
                 u"OrderId=O42;DistributeTime=20261103101500"_s, 1793700000000);

    const HttpResult r = get(u"/api/v1/quality/violations?company=C1&period=2026-11"_s, m_officer);
    QVERIFY2(r.status == 200, r.describe());
    QCOMPARE(r.json().value(u"companyId"_s).toString(), u"C1"_s);
    QCOMPARE(r.json().value(u"period"_s).toString(), u"2026-11"_s);
    QCOMPARE(r.json().value(u"modelVersion"_s).toString(), u"2026.2"_s);
    const QJsonArray rules = r.json().value(u"rules"_s).toArray();
    QCOMPARE(rules.size(), 3);
    const QJsonObject region = rules.at(2).toObject(); // fewest violations last
    QCOMPARE(region.value(u"ruleId"_s).toString(), u"completeness.regionOrders"_s);
    QCOMPARE(region.value(u"violations"_s).toInteger(), 1);
    QVERIFY(region.value(u"description"_s).toString().contains(Wuzhishan));
    const QJsonObject timely = rules.at(0).toObject();
    QCOMPARE(timely.value(u"ruleId"_s).toString(), u"timeliness.withinLimit"_s);
    QCOMPARE(timely.value(u"dimension"_s).toString(), u"timeliness"_s);
    QCOMPARE(timely.value(u"article"_s).toString(), u"第十五条(三)"_s);
    QCOMPARE(timely.value(u"violations"_s).toInteger(), 1234);
    QCOMPARE(timely.value(u"byInterface"_s).toObject(),
             (QJsonObject{{u"positionVehicle"_s, 1200}, {u"orderMatch"_s, 34}}));
    const QJsonArray samples = timely.value(u"samples"_s).toArray();
    QCOMPARE(samples.size(), 1);
    const QJsonObject sample = samples.at(0).toObject();
    QCOMPARE(sample.value(u"source"_s).toString(), u"record"_s);
    QCOMPARE(sample.value(u"rowId"_s).toInteger(), 42);
    QCOMPARE(sample.value(u"receivedAt"_s).toInteger(), 1793700000000);
    QCOMPARE(sample.value(u"recordKey"_s).toString(), u"OrderId=O42;DistributeTime=20261103101500"_s);
    const QString path = sample.value(u"path"_s).toString();
    QCOMPARE(path, u"/api/v1/quality/records/orderMatch/42"_s);

    const HttpResult onlyCompleteness =
        get(u"/api/v1/quality/violations?company=C1&period=2026-11&dimension=completeness"_s, m_officer);
    QCOMPARE(onlyCompleteness.json().value(u"rules"_s).toArray().size(), 2);
    QCOMPARE(m_f->auditEntries(u"quality.violations"_s).size(), 2);

    // The record behind the sample: masked for everyone by default.
    const HttpResult masked = get(path, m_officer);
    QVERIFY2(masked.status == 200, masked.describe());
    const QJsonObject record = masked.json();
    QCOMPARE(record.value(u"ipcType"_s).toString(), u"orderMatch"_s);
    QCOMPARE(record.value(u"source"_s).toString(), u"record"_s);
    QCOMPARE(record.value(u"rowId"_s).toInteger(), 42);
    QCOMPARE(record.value(u"companyId"_s).toString(), u"C1"_s);
    QCOMPARE(record.value(u"receivedAt"_s).toInteger(), 1793700000000);
    QCOMPARE(record.value(u"businessTime"_s).toInteger(), 1793699900);
    QCOMPARE(record.value(u"fields"_s).toObject().value(u"VehicleNo"_s).toString(), u"琼D12345"_s);
    QCOMPARE(record.value(u"fields"_s).toObject().value(u"DriverPhone"_s).toString(), u"138****8000"_s);
    QCOMPARE(record.value(u"failedRules"_s).toArray(), QJsonArray{u"timeliness.withinLimit"_s});
    QCOMPARE(record.value(u"masked"_s).toArray(), (QJsonArray{u"LicenseId"_s, u"DriverPhone"_s}));
    QVERIFY(!masked.body.contains("13800138000"));
    QVERIFY(!masked.body.contains("469001199001011234"));

    // Revealed to the city officer with a reason (audited); not to the supervisor, who may not reveal.
    const HttpResult noReason = get(path + u"?reveal=1"_s, m_officer);
    QCOMPARE(noReason.status, 400);
    const HttpResult revealed = get(path + u"?reveal=1&reason="_s + encoded(u"投诉核查"_s), m_officer);
    QVERIFY2(revealed.status == 200, revealed.describe());
    QCOMPARE(revealed.json().value(u"fields"_s).toObject().value(u"DriverPhone"_s).toString(),
             u"13800138000"_s);
    QVERIFY(revealed.json().value(u"masked"_s).toArray().isEmpty());
    const HttpResult supervisorReveal = get(path + u"?reveal=1&reason=check"_s, m_supervisor);
    QCOMPARE(supervisorReveal.status, 403);
    QCOMPARE(supervisorReveal.errorCode(), u"forbidden"_s);
    const HttpResult supervisorMasked = get(path, m_supervisor);
    QCOMPARE(supervisorMasked.status, 200);
    QVERIFY(!supervisorMasked.body.contains("13800138000"));

    const QList<AuditEntry> reads = m_f->auditEntries(u"quality.record"_s);
    QCOMPARE(reads.size(), 3);
    QCOMPARE(reads.at(0).target, u"orderMatch/42"_s);
    QCOMPARE(reads.at(0).detail().value(u"revealed"_s).toBool(), false);
    QCOMPARE(reads.at(1).detail().value(u"revealed"_s).toBool(), true);
    QCOMPARE(reads.at(1).detail().value(u"reason"_s).toString(), u"投诉核查"_s);

    // A record of a company outside the scope.
    exec(db,
         u"INSERT INTO ipc_ordermatch (rw_id, rw_batch, rw_company, rw_received_ms, CompanyId, OrderId) "
         "VALUES (43, 1, 'C6', 1793700000000, 'C6', 'O43')"_s,
         {});
    const HttpResult other = get(u"/api/v1/quality/records/orderMatch/43"_s, m_officer);
    QCOMPARE(other.status, 403);
    QCOMPARE(other.errorCode(), u"out_of_scope"_s);
    QCOMPARE(get(u"/api/v1/quality/records/orderMatch/43"_s, m_supervisor).status, 200);
}

void tst_QualityApi::quarantinedRecordMaskedUnlessRevealed()
{
    Database &db = m_f->server().database();
    const QByteArray raw = R"({"CompanyId":"C1","OrderId":"O7","DriverPhone":"1380013800099"})";
    exec(db,
         u"INSERT INTO quarantine (id, company_id, ipc_type, record_index, received_ms, raw, reasons) VALUES "
         "(9, 'C1', 'orderMatch', 0, 1793700000000, ?1, ?2)"_s,
         {raw, u"[{\"field\":\"DriverPhone\",\"rule\":\"length\",\"value\":\"1380013800099\","
               "\"message\":\"DriverPhone: 1380013800099 is longer than 11\"}]"_s});
    const HttpResult masked = get(u"/api/v1/quality/quarantine/9"_s, m_officer);
    QVERIFY2(masked.status == 200, masked.describe());
    QCOMPARE(masked.json().value(u"source"_s).toString(), u"quarantine"_s);
    QCOMPARE(masked.json().value(u"rowId"_s).toInteger(), 9);
    QCOMPARE(masked.json().value(u"fields"_s).toObject().value(u"OrderId"_s).toString(), u"O7"_s);
    QVERIFY(masked.json().value(u"raw"_s).toString().contains(u"\"OrderId\":\"O7\""_s));
    QCOMPARE(masked.json().value(u"reasons"_s).toArray().size(), 1);
    QVERIFY(masked.json().value(u"businessTime"_s).isNull());
    QVERIFY2(!masked.body.contains("1380013800099"), masked.body.constData());

    const HttpResult revealed = get(u"/api/v1/quality/quarantine/9?reveal=1&reason=check"_s, m_officer);
    QVERIFY2(revealed.status == 200, revealed.describe());
    QCOMPARE(revealed.json().value(u"raw"_s).toString(), QString::fromUtf8(raw));
    QCOMPARE(get(u"/api/v1/quality/quarantine/10"_s, m_officer).status, 404);
}

void tst_QualityApi::reviewPublishReReview()
{
    const QString path = u"/api/v1/quality/reviews/460000/2026-11"_s;
    const qint64 now = m_f->clock().nowMs();

    const HttpResult early = put(path, m_supervisor, {{u"status"_s, u"published"_s}});
    QCOMPARE(early.status, 409);
    QCOMPARE(early.errorCode(), u"not_reviewed"_s);

    const HttpResult reviewed =
        put(path, m_supervisor, {{u"status"_s, u"reviewed"_s}, {u"comment"_s, u"核对无误"_s}});
    QVERIFY2(reviewed.status == 200, reviewed.describe());
    QCOMPARE(reviewed.json(), (QJsonObject{{u"status"_s, u"reviewed"_s},
                                           {u"comment"_s, u"核对无误"_s},
                                           {u"reviewedBy"_s, u"wang.sup"_s},
                                           {u"reviewedAt"_s, now},
                                           {u"publishedBy"_s, u""_s},
                                           {u"publishedAt"_s, 0}}));
    const HttpResult scores = get(u"/api/v1/quality/scores?period=2026-11"_s, m_supervisor);
    QCOMPARE(scores.json().value(u"review"_s).toObject().value(u"status"_s).toString(), u"reviewed"_s);
    // The city's own view has a review of its own.
    QCOMPARE(get(u"/api/v1/quality/scores?period=2026-11"_s, m_officer)
                 .json()
                 .value(u"review"_s)
                 .toObject()
                 .value(u"status"_s)
                 .toString(),
             u"draft"_s);

    m_f->clock().advanceSecs(600);
    const HttpResult published = put(path, m_supervisor, {{u"status"_s, u"published"_s}});
    QVERIFY2(published.status == 200, published.describe());
    QCOMPARE(published.json().value(u"status"_s).toString(), u"published"_s);
    QCOMPARE(published.json().value(u"publishedBy"_s).toString(), u"wang.sup"_s);
    QCOMPARE(published.json().value(u"publishedAt"_s).toInteger(), now + 600000);
    QCOMPARE(published.json().value(u"comment"_s).toString(), u"核对无误"_s);
    QCOMPARE(put(path, m_supervisor, {{u"status"_s, u"published"_s}}).errorCode(), u"already_published"_s);

    const HttpResult noComment = put(path, m_supervisor, {{u"status"_s, u"reviewed"_s}});
    QCOMPARE(noComment.status, 409);
    QCOMPARE(noComment.errorCode(), u"comment_required"_s);
    const HttpResult again =
        put(path, m_supervisor, {{u"status"_s, u"reviewed"_s}, {u"comment"_s, u"C3 补传了11月定位数据"_s}});
    QVERIFY2(again.status == 200, again.describe());
    QCOMPARE(again.json().value(u"status"_s).toString(), u"reviewed"_s);
    QCOMPARE(again.json().value(u"publishedAt"_s).toInteger(), 0);
    QCOMPARE(get(u"/api/v1/quality/scores?period=2026-11"_s, m_supervisor)
                 .json()
                 .value(u"review"_s)
                 .toObject()
                 .value(u"comment"_s)
                 .toString(),
             u"C3 补传了11月定位数据"_s);

    const QList<AuditEntry> audit = m_f->auditEntries(u"quality.review"_s);
    QStringList outcomes;
    for (const AuditEntry &e : audit) {
        QCOMPARE(e.target, u"460000/2026-11"_s);
        outcomes.append(e.outcome == AuditEntry::Outcome::Success
                            ? e.detail().value(u"status"_s).toString()
                            : u"failed:"_s + e.detail().value(u"code"_s).toString());
    }
    QCOMPARE(outcomes,
             (QStringList{u"failed:not_reviewed"_s, u"reviewed"_s, u"published"_s,
                          u"failed:already_published"_s, u"failed:comment_required"_s, u"reviewed"_s}));
    QCOMPARE(audit.at(1).detail().value(u"comment"_s).toString(), u"核对无误"_s);
    QCOMPARE(audit.at(5).detail().value(u"previous"_s).toString(), u"published"_s);
    QCOMPARE(audit.at(5).detail().value(u"comment"_s).toString(), u"C3 补传了11月定位数据"_s);

    // Bad bodies and paths name what was wrong.
    const HttpResult badStatus = put(path, m_supervisor, {{u"status"_s, u"draft"_s}});
    QCOMPARE(badStatus.status, 400);
    QVERIFY(badStatus.errorMessage().contains(u"\"draft\""_s));
    const HttpResult badPeriod =
        put(u"/api/v1/quality/reviews/460000/2026-13"_s, m_supervisor, {{u"status"_s, u"reviewed"_s}});
    QCOMPARE(badPeriod.status, 400);
    QVERIFY(badPeriod.errorMessage().contains(u"period=\"2026-13\""_s));
    const HttpResult otherProvince =
        put(u"/api/v1/quality/reviews/440000/2026-11"_s, m_supervisor, {{u"status"_s, u"reviewed"_s}});
    QCOMPARE(otherProvince.status, 403);
    QCOMPARE(otherProvince.errorCode(), u"out_of_scope"_s);
}

void tst_QualityApi::onlyTheSupervisorReviews()
{
    const HttpResult r =
        put(u"/api/v1/quality/reviews/469001/2026-11"_s, m_officer, {{u"status"_s, u"reviewed"_s}});
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorCode(), u"forbidden"_s);
    QVERIFY2(r.errorMessage().contains(u"publishQualityReports"_s), qPrintable(r.errorMessage()));
    QVERIFY(m_f->auditEntries(u"quality.review"_s).isEmpty());
    // The supervisor may review a city of the province.
    QCOMPARE(
        put(u"/api/v1/quality/reviews/469001/2026"_s, m_supervisor, {{u"status"_s, u"reviewed"_s}}).status,
        200);
}

void tst_QualityApi::withoutThePermissionNothingIsRead()
{
    const QByteArray enforcement = m_f->tokenOf(u"zhao.enf"_s, Role::EnforcementOfficer, Wuzhishan);
    for (const QString &path :
         {u"/api/v1/quality/scores?period=2026-11"_s, u"/api/v1/quality/trend?year=2026"_s,
          u"/api/v1/quality/violations?company=C1&period=2026-11"_s,
          u"/api/v1/quality/records/orderMatch/1"_s}) {
        const HttpResult r = get(path, enforcement);
        QCOMPARE(r.status, 403);
        QVERIFY2(r.errorMessage().contains(u"viewQualityReports"_s), qPrintable(r.errorMessage()));
    }
    QCOMPARE(get(u"/api/v1/quality/scores?period=2026-11"_s, {}).status, 401);
}

QTEST_GUILESS_MAIN(tst_QualityApi)
#include "tst_qualityapi.moc"
