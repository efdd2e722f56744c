// QualityClient against the quality contract fixture (docs/quality-contracts.md) over TLS on 127.0.0.1, and
// against the real reference platform (its QualityApi) with quality rows written by SQL (the storage
// contract, 0007_quality.sql / 0008_quality_review.sql).

#include "admintestsupport.h"
#include "client/qualityclient.h"
#include "qualitycontractfixture.h"
#include "qualityfixtures.h"

#include <QTemporaryDir>

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace rw;
using namespace rw::qualitytest;

class TestQualityClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<QualityContractFixture> m_fixture;
    std::unique_ptr<PlatformClient> m_platform;

private slots:
    void init()
    {
        m_fixture = std::make_unique<QualityContractFixture>();
        QVERIFY(m_fixture->start());
        m_platform = std::make_unique<PlatformClient>();
        QVERIFY(m_fixture->signIn(*m_platform, Role::ProvincialSupervisor));
    }

    void cleanup()
    {
        m_platform.reset();
        m_fixture.reset();
    }

    void scoresOfAMonth()
    {
        QualityClient client(m_platform.get());
        QSignalSpy received(&client, &QualityClient::scoresReceived);
        QSignalSpy busy(&client, &QualityClient::busyChanged);
        client.scores(QualityPeriod::ofMonth(2026, 11));
        QVERIFY(client.isBusy());
        QVERIFY(received.wait(10000));
        const auto sheet = received.at(0).at(0).value<QualityScoreSheet>();
        QCOMPARE(sheet.companies.size(), 3);
        QCOMPARE(sheet.companies.at(1).name, QStringLiteral("琼州快车"));
        QCOMPARE(m_fixture->seen.last().path, QStringLiteral("/api/v1/quality/scores"));
        QCOMPARE(m_fixture->seen.last().value("period"), QStringLiteral("2026-11"));
        QVERIFY(!m_fixture->seen.last().query.hasQueryItem(QStringLiteral("region"))); // the account's scope
        QCOMPARE(busy.size(), 2);
        QVERIFY(!client.isBusy());
    }

    void aRegionAndAYear()
    {
        QualityClient client(m_platform.get());
        QSignalSpy received(&client, &QualityClient::scoresReceived);
        client.scores(QualityPeriod::ofYear(2026), QStringLiteral("460100"));
        QVERIFY(received.wait(10000));
        QCOMPARE(received.at(0).at(0).value<QualityScoreSheet>().period, QualityPeriod::ofYear(2026));
        QCOMPARE(m_fixture->seen.last().value("region"), QStringLiteral("460100"));
        QCOMPARE(m_fixture->seen.last().value("period"), QStringLiteral("2026"));
    }

    void theNewestRequestWins()
    {
        QualityClient client(m_platform.get());
        QSignalSpy received(&client, &QualityClient::scoresReceived);
        QSignalSpy failed(&client, &QualityClient::failed);
        client.scores(QualityPeriod::ofMonth(2026, 10));
        client.scores(QualityPeriod::ofMonth(2026, 11));
        QVERIFY(received.wait(10000));
        QTRY_COMPARE(m_fixture->seenOf(QStringLiteral("/api/v1/quality/scores")), 2);
        QTRY_VERIFY(!client.isBusy());
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.at(0).at(0).value<QualityScoreSheet>().period, QualityPeriod::ofMonth(2026, 11));
        QCOMPARE(failed.size(), 0);
    }

    void trendViolationsAndRecords()
    {
        QualityClient client(m_platform.get());
        QSignalSpy trend(&client, &QualityClient::trendReceived);
        QSignalSpy violations(&client, &QualityClient::violationsReceived);
        QSignalSpy record(&client, &QualityClient::recordReceived);
        client.trend(2026);
        QVERIFY(trend.wait(10000));
        QCOMPARE(trend.at(0).at(0).value<QualityTrend>().companies.size(), 2);
        QCOMPARE(m_fixture->seen.last().value("year"), QStringLiteral("2026"));

        client.violations(QStringLiteral("C1"), QualityPeriod::ofMonth(2026, 11),
                          QualityDimension::Timeliness);
        QVERIFY(violations.wait(10000));
        const auto list = violations.at(0).at(0).value<QualityViolationList>();
        QCOMPARE(list.companyId, QStringLiteral("C1"));
        QCOMPARE(list.rules.size(), 2);
        QCOMPARE(m_fixture->seen.last().value("dimension"), QStringLiteral("timeliness"));
        QCOMPARE(m_fixture->seen.last().value("company"), QStringLiteral("C1"));

        client.record(list.rules.at(1).samples.at(0).path);
        QVERIFY(record.wait(10000));
        QCOMPARE(record.at(0).at(0).value<QualityRawRecord>().rowId, 42);
        client.record(list.rules.at(1).samples.at(1).path);
        QVERIFY(record.wait(10000));
        QVERIFY(record.at(1).at(0).value<QualityRawRecord>().isQuarantined());
    }

    void aPathElsewhereIsNotFollowed()
    {
        QualityClient client(m_platform.get());
        QSignalSpy failed(&client, &QualityClient::failed);
        const int before = int(m_fixture->seen.size());
        client.record(QStringLiteral("/api/v1/session"));
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.at(0).at(0).value<QualityClient::Operation>(), QualityClient::Operation::Record);
        QVERIFY2(failed.at(0).at(1).toString().contains(QStringLiteral("/api/v1/session")),
                 qPrintable(failed.at(0).at(1).toString()));
        QCOMPARE(m_fixture->seen.size(), before);
    }

    void refusalsNameStatusCodeAndSubject()
    {
        QualityClient client(m_platform.get());
        QSignalSpy failed(&client, &QualityClient::failed);
        m_fixture->scoresStatus = 403;
        client.scores(QualityPeriod::ofMonth(2026, 11), QStringLiteral("110000"));
        QVERIFY(failed.wait(10000));
        const QString message = failed.at(0).at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("HTTP 403, out_of_scope")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("2026-11 in 110000")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("outside your scope")), qPrintable(message));
    }

    void anUnreadableReplyNamesThePath()
    {
        QualityClient client(m_platform.get());
        QSignalSpy failed(&client, &QualityClient::failed);
        QSignalSpy received(&client, &QualityClient::scoresReceived);
        m_fixture->malformedScores = true;
        client.scores(QualityPeriod::ofMonth(2026, 11));
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.at(0).at(1).toString().contains(QStringLiteral("companies[0].rates.timeliness: 1.5")),
                 qPrintable(failed.at(0).at(1).toString()));
        QCOMPARE(received.size(), 0);
    }

    void reviewThenPublish()
    {
        QualityClient client(m_platform.get());
        QSignalSpy reviewed(&client, &QualityClient::reviewed);
        QSignalSpy failed(&client, &QualityClient::failed);
        const QualityPeriod november = QualityPeriod::ofMonth(2026, 11);
        client.review(QStringLiteral("460000"), november, QualityReviewState::Status::Published, {});
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.at(0).at(1).toString().contains(QStringLiteral("HTTP 409, not_reviewed")),
                 qPrintable(failed.at(0).at(1).toString()));

        client.review(QStringLiteral("460000"), november, QualityReviewState::Status::Reviewed,
                      QStringLiteral(" 核对无误 "));
        QVERIFY(reviewed.wait(10000));
        QCOMPARE(m_fixture->seen.last().method, QByteArray("PUT"));
        QCOMPARE(m_fixture->seen.last().path, QStringLiteral("/api/v1/quality/reviews/460000/2026-11"));
        QCOMPARE(m_fixture->seen.last().body.value(QStringLiteral("comment")).toString(),
                 QStringLiteral("核对无误"));
        QCOMPARE(reviewed.at(0).at(0).toString(), QStringLiteral("460000"));
        QCOMPARE(reviewed.at(0).at(2).value<QualityReviewState>().status,
                 QualityReviewState::Status::Reviewed);

        client.review(QStringLiteral("460000"), november, QualityReviewState::Status::Published, {});
        QVERIFY(reviewed.wait(10000));
        const auto state = reviewed.at(1).at(2).value<QualityReviewState>();
        QCOMPARE(state.status, QualityReviewState::Status::Published);
        QCOMPARE(state.publishedBy, QStringLiteral("demo.province"));
    }

    void draftIsNotARequest()
    {
        QualityClient client(m_platform.get());
        QSignalSpy failed(&client, &QualityClient::failed);
        const int before = int(m_fixture->seen.size());
        client.review(QStringLiteral("460000"), QualityPeriod::ofMonth(2026, 11),
                      QualityReviewState::Status::Draft, {});
        QVERIFY(failed.wait(5000));
        QCOMPARE(m_fixture->seen.size(), before);
    }

    void cancelDropsTheAnswers()
    {
        QualityClient client(m_platform.get());
        QSignalSpy received(&client, &QualityClient::scoresReceived);
        QSignalSpy trend(&client, &QualityClient::trendReceived);
        client.scores(QualityPeriod::ofMonth(2026, 11));
        client.cancel();
        QVERIFY(!client.isBusy());
        client.trend(2026);
        QVERIFY(trend.wait(10000));
        // PlatformClient aborted the cancelled transfer; it may or may not have gone out by then.
        QVERIFY(m_fixture->seenOf(QStringLiteral("/api/v1/quality/scores")) <= 1);
        QCOMPARE(received.size(), 0);
    }

    void cancelReadsKeepsAReview()
    {
        QualityClient client(m_platform.get());
        QSignalSpy received(&client, &QualityClient::scoresReceived);
        QSignalSpy reviewed(&client, &QualityClient::reviewed);
        QSignalSpy busy(&client, &QualityClient::busyChanged);
        client.scores(QualityPeriod::ofMonth(2026, 11));
        client.review(QStringLiteral("460000"), QualityPeriod::ofMonth(2026, 11),
                      QualityReviewState::Status::Reviewed, QStringLiteral("核对无误"));
        client.cancelReads();
        QVERIFY(client.isBusy()); // the review goes on
        QCOMPARE(client.pendingCount(), 1);
        QVERIFY(reviewed.wait(10000));
        QVERIFY(!client.isBusy());
        QCOMPARE(busy.size(), 2);
        QCOMPARE(received.size(), 0);
        // Nothing but reads on their way: idle at once.
        client.trend(2026);
        client.cancelReads();
        QVERIFY(!client.isBusy());
        QCOMPARE(busy.size(), 4);
    }

    /** The console's calls against the platform's own QualityApi. */
    void realPlatformEndToEnd();

    void anUnreachablePlatform()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        PlatformClient platform;
        platform.setBaseUrl(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port)));
        QualityClient client(&platform);
        QSignalSpy failed(&client, &QualityClient::failed);
        client.scores(QualityPeriod::ofMonth(2026, 11));
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000);
        QVERIFY2(
            failed.at(0).at(1).toString().startsWith(QStringLiteral("Loading the scores of 2026-11 failed")),
            qPrintable(failed.at(0).at(1).toString()));
        QVERIFY(!client.isBusy());
    }
};

void TestQualityClient::realPlatformEndToEnd()
{
    using namespace Qt::StringLiterals;
    QTemporaryDir dir;
    ManualClock clock(admintest::startTime()); // 2026-03-02 09:00 CST
    const auto server = admintest::startPlatform(dir.path(), &clock);
    QVERIFY(server);
    Database &db = server->database();
    testing::insertCompanyPermit(db, u"C1"_s, u"469001"_s, u"五指山出行"_s); // Wuzhishan
    testing::insertCompanyPermit(db, u"C2"_s, u"460100"_s, u"海口约车"_s);   // Haikou
    testing::insertCompanyPermit(db, u"C9"_s, u"440300"_s, u"深圳快车"_s);   // Shenzhen: outside Hainan
    // February: C1 0.98/0.97/0.90/1.00 → 96.25 with 9 of 10 orders compliant; C2 without authenticity → 95.
    testing::insertDay(db, u"C1"_s, 20260203, {100, {100, 100, 100, 50}, {98, 97, 90, 50}, 10, 9});
    testing::insertDay(db, u"C2"_s, 20260215, {200, {200, 200, 200, 0}, {200, 190, 180, 0}, 0, 0});
    testing::insertDay(db, u"C9"_s, 20260201, {10, {10, 10, 10, 10}, {0, 0, 0, 0}, 0, 0});
    testing::insertDay(db, u"C1"_s, 20260105, {50, {50, 50, 50, 0}, {50, 50, 25, 0}, 0, 0});
    testing::insertRuleDay(db, u"C1"_s, 20260203, u"timeliness.withinLimit"_s, u"orderMatch"_s, 10);
    testing::exec(
        db,
        u"INSERT INTO ipc_ordermatch (rw_id, rw_batch, rw_company, rw_received_ms, rw_business_time, "
        u"CompanyId, OrderId, LicenseId, DriverPhone, VehicleNo, DistributeTime) VALUES (42, 1, 'C1', "
        u"1770080000000, 1770079900, 'C1', 'O42', '469001199001011234', '13800138000', '琼D12345', "
        u"20260203085820)"_s,
        {});
    testing::insertSample(db, u"C1"_s, 202602, u"timeliness.withinLimit"_s, u"orderMatch"_s, u"record"_s, 42,
                          u"OrderId=O42;DistributeTime=20260203085820"_s, 1770080000000);

    PlatformClient platform;
    admintest::connectTo(platform, server->baseUrl(), server->certificate());
    QCOMPARE(admintest::signIn(platform, u"demo.province"_s, clock), QString());
    QualityClient client(&platform);
    QSignalSpy failed(&client, &QualityClient::failed);

    // The province's companies, ranked; Shenzhen's is not among them.
    QSignalSpy scores(&client, &QualityClient::scoresReceived);
    client.scores(QualityPeriod::ofMonth(2026, 2));
    QVERIFY2(scores.wait(10000), qPrintable(failed.isEmpty() ? QString() : failed.at(0).at(1).toString()));
    const auto sheet = scores.at(0).at(0).value<QualityScoreSheet>();
    QCOMPARE(sheet.region, u"460000"_s);
    QCOMPARE(sheet.companies.size(), 2);
    QCOMPARE(sheet.companies.at(0).companyId, u"C1"_s);
    QCOMPARE(sheet.companies.at(0).name, u"五指山出行"_s);
    // 0.98/0.97/0.90/1.00, and no order from Wuzhishan where C1 is licensed (completeness.regionOrders: the
    // completeness is 98 of 101).
    QVERIFY(qFuzzyCompare(*sheet.companies.at(0).figures.score, 100 * (98.0 / 101 + 0.97 + 0.9 + 1.0) / 4));
    QCOMPARE(sheet.companies.at(0).figures.orderCompliance.rate, std::optional<double>(0.9));
    QCOMPARE(sheet.companies.at(1).figures.rate(QualityDimension::Authenticity), std::nullopt);
    QCOMPARE(sheet.review.status, QualityReviewState::Status::Draft);

    // The year: twelve months, January's records for C1, March empty.
    QSignalSpy trend(&client, &QualityClient::trendReceived);
    client.trend(2026);
    QVERIFY(trend.wait(10000));
    const auto year = trend.at(0).at(0).value<QualityTrend>();
    QCOMPARE(year.year, 2026);
    const auto c1 = std::find_if(year.companies.begin(), year.companies.end(),
                                 [](const QualityTrend::Company &c) { return c.companyId == u"C1"_s; });
    QVERIFY(c1 != year.companies.end());
    QCOMPARE(c1->months.size(), 12);
    QCOMPARE(c1->months.at(0).figures.records, 50);
    QCOMPARE(c1->months.at(0).figures.rate(QualityDimension::Timeliness), std::optional<double>(0.5));
    QCOMPARE(c1->months.at(2).figures.score, std::nullopt);

    // The drill-down to the rule and the masked record behind its sample.
    QSignalSpy violations(&client, &QualityClient::violationsReceived);
    client.violations(u"C1"_s, QualityPeriod::ofMonth(2026, 2), QualityDimension::Timeliness);
    QVERIFY(violations.wait(10000));
    const auto list = violations.at(0).at(0).value<QualityViolationList>();
    QCOMPARE(list.rules.size(), 1);
    QCOMPARE(list.rules.at(0).article, u"第十五条(三)"_s);
    QCOMPARE(list.rules.at(0).samples.size(), 1);
    QSignalSpy record(&client, &QualityClient::recordReceived);
    client.record(list.rules.at(0).samples.at(0).path);
    QVERIFY(record.wait(10000));
    const auto raw = record.at(0).at(0).value<QualityRawRecord>();
    QCOMPARE(raw.fieldText(u"VehicleNo"_s), u"琼D12345"_s);
    QVERIFY(raw.isMasked(u"DriverPhone"_s));
    QVERIFY(!raw.fieldText(u"DriverPhone"_s).contains(u"13800138000"_s));
    QCOMPARE(raw.failedRules, QStringList{u"timeliness.withinLimit"_s});

    // The supervisor reviews and publishes.
    QSignalSpy reviewed(&client, &QualityClient::reviewed);
    client.review(sheet.region, sheet.period, QualityReviewState::Status::Published, {});
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    QVERIFY2(failed.at(0).at(1).toString().contains(u"409"_s), qPrintable(failed.at(0).at(1).toString()));
    client.review(sheet.region, sheet.period, QualityReviewState::Status::Reviewed, u"核对无误"_s);
    QVERIFY(reviewed.wait(10000));
    QCOMPARE(reviewed.at(0).at(2).value<QualityReviewState>().reviewedBy, u"demo.province"_s);
    client.review(sheet.region, sheet.period, QualityReviewState::Status::Published, u"核对无误"_s);
    QVERIFY(reviewed.wait(10000));
    QCOMPARE(reviewed.at(1).at(2).value<QualityReviewState>().status, QualityReviewState::Status::Published);
    client.scores(QualityPeriod::ofMonth(2026, 2));
    QVERIFY(scores.wait(10000));
    QCOMPARE(scores.at(1).at(0).value<QualityScoreSheet>().review.status,
             QualityReviewState::Status::Published);

    // The city officer sees the city's company only, and may not review.
    PlatformClient cityPlatform;
    admintest::connectTo(cityPlatform, server->baseUrl(), server->certificate());
    QCOMPARE(admintest::signIn(cityPlatform, u"demo.city"_s, clock), QString());
    QualityClient city(&cityPlatform);
    QSignalSpy cityScores(&city, &QualityClient::scoresReceived);
    QSignalSpy cityFailed(&city, &QualityClient::failed);
    city.scores(QualityPeriod::ofMonth(2026, 2));
    QVERIFY(cityScores.wait(10000));
    const auto citySheet = cityScores.at(0).at(0).value<QualityScoreSheet>();
    QCOMPARE(citySheet.region, u"469001"_s);
    QCOMPARE(citySheet.companies.size(), 1);
    city.review(u"469001"_s, citySheet.period, QualityReviewState::Status::Reviewed, u"x"_s);
    QVERIFY(cityFailed.wait(10000));
    QVERIFY2(cityFailed.at(0).at(1).toString().contains(u"HTTP 403"_s),
             qPrintable(cityFailed.at(0).at(1).toString()));
    // A region outside the scope is refused, naming it.
    city.scores(QualityPeriod::ofMonth(2026, 2), u"460000"_s);
    QVERIFY(cityFailed.wait(10000));
    QVERIFY2(cityFailed.at(1).at(1).toString().contains(u"460000"_s),
             qPrintable(cityFailed.at(1).at(1).toString()));
}

QTEST_GUILESS_MAIN(TestQualityClient)
#include "tst_qualityclient.moc"
