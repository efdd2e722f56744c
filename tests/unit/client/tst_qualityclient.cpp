// QualityClient against the quality contract fixture (docs/quality-contracts.md) over TLS on 127.0.0.1.

#include "client/qualityclient.h"
#include "qualitycontractfixture.h"

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
        client.trend(2026); // sent after the scores: answered after them on the same connection
        QVERIFY(trend.wait(10000));
        QTRY_COMPARE(m_fixture->seenOf(QStringLiteral("/api/v1/quality/scores")), 1);
        QCOMPARE(received.size(), 0);
    }

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

QTEST_GUILESS_MAIN(TestQualityClient)
#include "tst_qualityclient.moc"
