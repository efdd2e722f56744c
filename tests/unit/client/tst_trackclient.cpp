// TrackClient against the real platform on loopback over TLS: a track is fetched and read, a cancelled
// fetch's answer is ignored, refusals and unreachable platforms end in trackFailed naming the vehicle.

#include "client/platformclient.h"
#include "client/trackclient.h"
#include "intake/companyregistry.h"
#include "security/auditstore.h"

#include "admintestsupport.h"
#include "httptestclient.h"
#include "permitfixtures.h"
#include "uploadfixtures.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace rw;

class tst_TrackClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void fetchesAndReadsATrack();
    void cancelledFetchIsIgnored();
    void newFetchReplacesTheOneInProgress();
    void refusalsNameTheVehicleAndTheCode();
    void badPeriodFailsWithoutARequest();
    void unreachablePlatformFails();
    void parametersAreEncoded();

private:
    int trackLookups();

    QTemporaryDir m_dir;
    ManualClock m_clock{admintest::startTime()};
    std::unique_ptr<PlatformServer> m_server;
    PlatformClient m_client;
    qint64 m_t0 = 0;
};

void tst_TrackClient::initTestCase()
{
    m_server = admintest::startPlatform(m_dir.path(), &m_clock);
    QVERIFY(m_server);
    QString error;
    const QByteArray company =
        m_server->companies().addCompany(fixtures::kCompany, QStringLiteral("畅行"), &error);
    QVERIFY2(!company.isEmpty(), qPrintable(error));
    rw::testing::insertCompanyPermit(m_server->database(), fixtures::kCompany, QStringLiteral("469001"),
                                     QStringLiteral("畅行"));
    m_t0 = m_clock.now().toSecsSinceEpoch() - 3600;
    QJsonArray fixes;
    for (int i = 0; i < 30; ++i)
        fixes.append(
            fixtures::positionVehicle(QStringLiteral("琼D10001"), m_t0 + 10 * i, 109500000 + 100 * i));
    testing::HttpTestClient http;
    http.trust({m_server->certificate()});
    const testing::HttpResult upload =
        http.postAndWait(m_server->baseUrl().resolved(QUrl(QStringLiteral("/position/vehicle"))),
                         fixtures::envelope(QStringLiteral("positionVehicle"), fixes), company);
    QVERIFY2(upload.status == 200 && upload.json().value(QStringLiteral("accepted")).toInt() == 30,
             upload.describe());
    admintest::connectTo(m_client, m_server->baseUrl(), m_server->certificate());
    const QString signInError = admintest::signIn(m_client, QStringLiteral("demo.city"), m_clock);
    QVERIFY2(signInError.isEmpty(), qPrintable(signInError));
}

void tst_TrackClient::cleanupTestCase()
{
    m_server.reset();
}

int tst_TrackClient::trackLookups()
{
    int n = 0;
    for (const AuditEntry &entry : m_server->audit().entries(1, -1))
        n += entry.action == QLatin1String("track.view") ? 1 : 0;
    return n;
}

void tst_TrackClient::fetchesAndReadsATrack()
{
    TrackClient tracks(&m_client);
    QSignalSpy received(&tracks, &TrackClient::trackReceived);
    QSignalSpy busy(&tracks, &TrackClient::busyChanged);
    const QDateTime from = QDateTime::fromSecsSinceEpoch(m_t0 + 50);
    const QDateTime to = QDateTime::fromSecsSinceEpoch(m_t0 + 150);
    const quint64 id = tracks.fetchTrack(fixtures::kCompany, QStringLiteral("琼D10001"), from, to);
    QVERIFY(id > 0);
    QVERIFY(tracks.isBusy());
    QCOMPARE(tracks.currentRequest(), id);
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 10000);
    QVERIFY(!tracks.isBusy());
    QCOMPARE(received.first().at(0).toULongLong(), id);
    const Track track = received.first().at(1).value<Track>();
    QCOMPARE(track.vehicle.vehicleNo, QStringLiteral("琼D10001"));
    QCOMPARE(track.vehicle.companyId, fixtures::kCompany);
    QCOMPARE(track.points.size(), 11);
    QCOMPARE(track.points.first().time, m_t0 + 50);
    QCOMPARE(track.points.first().longitude, 109500500);
    QCOMPARE(track.points.first().datum, Datum::Wgs84);
    QCOMPARE(track.points.last().time, m_t0 + 150);
    QCOMPARE(busy.size(), 2);
    QCOMPARE(busy.at(0).at(0).toBool(), true);
    QCOMPARE(busy.at(1).at(0).toBool(), false);
}

void tst_TrackClient::cancelledFetchIsIgnored()
{
    TrackClient tracks(&m_client);
    QSignalSpy received(&tracks, &TrackClient::trackReceived);
    QSignalSpy failed(&tracks, &TrackClient::trackFailed);
    QSignalSpy cancelled(&tracks, &TrackClient::cancelled);
    const int lookups = trackLookups();
    const quint64 id =
        tracks.fetchTrack(fixtures::kCompany, QStringLiteral("琼D10001"), QDateTime::fromSecsSinceEpoch(m_t0),
                          QDateTime::fromSecsSinceEpoch(m_t0 + 300));
    tracks.cancel();
    QVERIFY(!tracks.isBusy());
    QCOMPARE(cancelled.size(), 1);
    QCOMPARE(cancelled.first().at(0).toULongLong(), id);
    tracks.cancel(); // nothing left to cancel
    QCOMPARE(cancelled.size(), 1);
    // A later fetch is answered, the cancelled one never (its transfer is aborted: whether it reached the
    // platform, which audits each lookup, depends on how far it got).
    const quint64 later =
        tracks.fetchTrack(fixtures::kCompany, QStringLiteral("琼D10001"), QDateTime::fromSecsSinceEpoch(m_t0),
                          QDateTime::fromSecsSinceEpoch(m_t0 + 300));
    QTRY_COMPARE_WITH_TIMEOUT(received.size() + failed.size(), 1, 10000);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(received.first().at(0).toULongLong(), later);
    QVERIFY(trackLookups() == lookups + 1 || trackLookups() == lookups + 2);
}

void tst_TrackClient::newFetchReplacesTheOneInProgress()
{
    TrackClient tracks(&m_client);
    QSignalSpy received(&tracks, &TrackClient::trackReceived);
    QSignalSpy cancelled(&tracks, &TrackClient::cancelled);
    const quint64 first =
        tracks.fetchTrack(fixtures::kCompany, QStringLiteral("琼D10001"), QDateTime::fromSecsSinceEpoch(m_t0),
                          QDateTime::fromSecsSinceEpoch(m_t0 + 20));
    const quint64 second =
        tracks.fetchTrack(fixtures::kCompany, QStringLiteral("琼D10001"), QDateTime::fromSecsSinceEpoch(m_t0),
                          QDateTime::fromSecsSinceEpoch(m_t0 + 40));
    QVERIFY(second != first);
    QCOMPARE(cancelled.size(), 1);
    QCOMPARE(cancelled.first().at(0).toULongLong(), first);
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 10000);
    QTest::qWait(200);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().at(0).toULongLong(), second);
    QCOMPARE(received.first().at(1).value<Track>().points.size(), 5);
}

void tst_TrackClient::refusalsNameTheVehicleAndTheCode()
{
    TrackClient tracks(&m_client);
    QSignalSpy failed(&tracks, &TrackClient::trackFailed);
    QSignalSpy received(&tracks, &TrackClient::trackReceived);
    tracks.fetchTrack(QStringLiteral("4690NOSUCH01"), QStringLiteral("琼D10001"),
                      QDateTime::fromSecsSinceEpoch(m_t0), QDateTime::fromSecsSinceEpoch(m_t0 + 60));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    const QString message = failed.first().at(1).toString();
    // A company without a permit in the officer's city is out of scope (the platform does not say more).
    QVERIFY2(message.contains(QStringLiteral("琼D10001")) && message.contains(QStringLiteral("403")) &&
                 message.contains(QStringLiteral("out_of_scope")) &&
                 message.contains(QStringLiteral("4690NOSUCH01")),
             qPrintable(message));
    QCOMPARE(received.size(), 0);
    QVERIFY(!tracks.isBusy());
}

void tst_TrackClient::badPeriodFailsWithoutARequest()
{
    TrackClient tracks(&m_client);
    QSignalSpy failed(&tracks, &TrackClient::trackFailed);
    const int lookups = trackLookups();
    const QDateTime from = QDateTime::fromSecsSinceEpoch(m_t0);
    quint64 id = tracks.fetchTrack(fixtures::kCompany, QStringLiteral("琼D10001"), from, from.addSecs(-60));
    QCOMPARE(failed.size(), 0); // after the caller has the id
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).toULongLong(), id);
    QVERIFY2(failed.first().at(1).toString().contains(QStringLiteral("to:")),
             qPrintable(failed.first().at(1).toString()));
    id = tracks.fetchTrack(fixtures::kCompany, QStringLiteral("琼D10001"), from, from.addSecs(25 * 3600));
    QTRY_COMPARE(failed.size(), 2);
    QVERIFY2(failed.last().at(1).toString().contains(QStringLiteral("24 h")),
             qPrintable(failed.last().at(1).toString()));
    id = tracks.fetchTrack(fixtures::kCompany, QStringLiteral(" "), from, from.addSecs(60));
    QTRY_COMPARE(failed.size(), 3);
    QVERIFY2(failed.last().at(1).toString().contains(QStringLiteral("plate")),
             qPrintable(failed.last().at(1).toString()));
    QCOMPARE(trackLookups(), lookups);
    QVERIFY(TrackClient::checkPeriod(from, from.addSecs(TrackClient::MaxPeriodSeconds)).isEmpty());
}

void tst_TrackClient::unreachablePlatformFails()
{
    PlatformClient nowhere;
    TrackClient tracks(&nowhere);
    QSignalSpy failed(&tracks, &TrackClient::trackFailed);
    // No address at all: PlatformClient never calls back, only says requestFailed (inside send()); the
    // failure comes after the caller has the id, and carries it.
    const quint64 id =
        tracks.fetchTrack(fixtures::kCompany, QStringLiteral("琼D10001"), QDateTime::fromSecsSinceEpoch(m_t0),
                          QDateTime::fromSecsSinceEpoch(m_t0 + 60));
    QCOMPARE(failed.size(), 0);
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).toULongLong(), id);
    QVERIFY(!tracks.isBusy());
    // A closed port.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    nowhere.setBaseUrl(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port)));
    tracks.fetchTrack(fixtures::kCompany, QStringLiteral("琼D10001"), QDateTime::fromSecsSinceEpoch(m_t0),
                      QDateTime::fromSecsSinceEpoch(m_t0 + 60));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, 10000);
    QVERIFY2(failed.last().at(1).toString().contains(QStringLiteral("琼D10001")),
             qPrintable(failed.last().at(1).toString()));
    QVERIFY(!tracks.isBusy());
}

void tst_TrackClient::parametersAreEncoded()
{
    const QUrlQuery query = TrackClient::parameters(QStringLiteral("A+B"), QStringLiteral("琼D 1&2"),
                                                    QDateTime::fromSecsSinceEpoch(1763700000),
                                                    QDateTime::fromSecsSinceEpoch(1763703600));
    QUrl url(QStringLiteral("https://127.0.0.1/api/v1/tracks"));
    url.setQuery(query);
    const QUrlQuery back(url.query(QUrl::FullyEncoded));
    QCOMPARE(back.queryItemValue(QStringLiteral("company"), QUrl::FullyDecoded), QStringLiteral("A+B"));
    QCOMPARE(back.queryItemValue(QStringLiteral("plate"), QUrl::FullyDecoded), QStringLiteral("琼D 1&2"));
    QCOMPARE(back.queryItemValue(QStringLiteral("from")), QStringLiteral("1763700000"));
    QCOMPARE(back.queryItemValue(QStringLiteral("to")), QStringLiteral("1763703600"));
}

QTEST_GUILESS_MAIN(tst_TrackClient)
#include "tst_trackclient.moc"
