// PermitClient against the real reference platform on loopback (TLS, pinned certificate), with permits
// stored in its registry as an import stores them: each state of the card's permit status from the
// platform's real search, the cache, one request per vehicle, answers for a vehicle no longer shown
// dropped, and a platform that does not answer turned into Unavailable with the reason.

#include "client/permitclient.h"

#include "permits/permitstore.h"

#include "admintestsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rw;

namespace {

const QString C1 = QStringLiteral("C1");
const QString C2 = QStringLiteral("C2");
const QString ValidPlate = QStringLiteral("琼DD10001");
const QString ExpiredPlate = QStringLiteral("琼DD10002");
const QString OtherPlate = QStringLiteral("琼DD10003");
const QString MissingPlate = QStringLiteral("琼DD1000"); // 琼DD10001… start with it: not its permits

VehiclePermit permit(const QString &certificate, const QString &plate, const QString &companyId,
                     const QDate &firstRegistration, const QDate &validTo)
{
    VehiclePermit p;
    p.certificate = certificate;
    p.plate = plate;
    p.companyId = companyId;
    p.regionCode = QStringLiteral("469001");
    p.firstRegistration = firstRegistration;
    p.validFrom = firstRegistration.addDays(30);
    p.validTo = validTo;
    p.seats = 5;
    return p;
}

VehiclePermitStatus lastStatus(const QSignalSpy &spy)
{
    return spy.last().at(0).value<VehiclePermitStatus>();
}

} // namespace

class tst_PermitClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void statesFromTheRegistry();
    void cacheAndOneRequestPerVehicle();
    void answersForAnotherVehicleAreDropped();
    void noAnswerIsUnavailable();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<PlatformServer> m_server;
    std::unique_ptr<PlatformClient> m_platform;
};

void tst_PermitClient::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<ManualClock>(admintest::startTime()); // 2026-03-02
    m_server = admintest::startPlatform(m_dir->path(), m_clock.get());
    QVERIFY(m_server);
    PermitImportResult feed;
    feed.kind = PermitKind::Vehicle;
    feed.vehicles = {permit(QStringLiteral("469001000001"), ValidPlate, C1, {2022, 5, 1}, {2030, 5, 1}),
                     permit(QStringLiteral("469001000002"), ExpiredPlate, C1, {2017, 1, 10}, {2025, 1, 10}),
                     permit(QStringLiteral("469001000003"), OtherPlate, C2, {2023, 6, 1}, {2031, 6, 1})};
    feed.goodRows = {1, 2, 3};
    feed.rowsRead = 3;
    PermitStore store(m_server->database(), *m_clock);
    QVERIFY(store.import(feed, {QStringLiteral("test"), QStringLiteral("api"), QStringLiteral("469001")}));
    m_platform = std::make_unique<PlatformClient>();
    admintest::connectTo(*m_platform, m_server->baseUrl(), m_server->certificate());
    QCOMPARE(admintest::signIn(*m_platform, QStringLiteral("demo.city"), *m_clock), QString());
}

void tst_PermitClient::cleanup()
{
    m_platform.reset();
    m_server.reset();
    m_clock.reset();
    m_dir.reset();
}

void tst_PermitClient::statesFromTheRegistry()
{
    PermitClient permits(m_platform.get());
    QSignalSpy spy(&permits, &PermitClient::statusChanged);

    permits.lookupVehicle(C1, ValidPlate);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(lastStatus(spy).state, VehiclePermitStatus::State::Checking);
    QCOMPARE(lastStatus(spy).vehicle, (VehicleKey{C1, ValidPlate}));
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 2, 10000);
    VehiclePermitStatus s = lastStatus(spy);
    QCOMPARE(s.state, VehiclePermitStatus::State::Valid);
    QCOMPARE(s.certificate, QStringLiteral("469001000001"));
    QCOMPARE(s.validTo, QDate(2030, 5, 1));
    QCOMPARE(s.effectiveExpiry, QDate(2030, 4, 30)); // Art. 41: the last day before registration + 8 years
    QVERIFY(s.article.isEmpty());
    QVERIFY2(s.text().contains(QStringLiteral("2030-04-30")), qPrintable(s.text()));

    permits.lookupVehicle(C1, ExpiredPlate);
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 4, 10000);
    s = lastStatus(spy);
    QCOMPARE(s.state, VehiclePermitStatus::State::Expired);
    QCOMPARE(s.article, QStringLiteral("第四十一条"));
    QCOMPARE(s.lastDay(), QDate(2025, 1, 9));
    QVERIFY2(s.text().contains(QStringLiteral("Art. 41")), qPrintable(s.text()));

    permits.lookupVehicle(C1, OtherPlate); // the plate's permit is C2's
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 6, 10000);
    s = lastStatus(spy);
    QCOMPARE(s.state, VehiclePermitStatus::State::OtherCompany);
    QCOMPARE(s.permitCompanyId, C2);
    QCOMPARE(s.certificate, QStringLiteral("469001000003"));

    permits.lookupVehicle(C1, MissingPlate);
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 8, 10000);
    s = lastStatus(spy);
    QCOMPARE(s.state, VehiclePermitStatus::State::Missing);
    QCOMPARE(s.article, QStringLiteral("第十四条"));
    QVERIFY(s.certificate.isEmpty());
    QVERIFY2(s.text().contains(QStringLiteral("Art. 14")), qPrintable(s.text()));
    QCOMPARE(permits.requestsSent(), 4);
}

void tst_PermitClient::cacheAndOneRequestPerVehicle()
{
    PermitClient permits(m_platform.get());
    QSignalSpy spy(&permits, &PermitClient::statusChanged);
    permits.lookupVehicle(C1, ValidPlate);
    permits.lookupVehicle(C1, ValidPlate); // clicked twice while asking: still one request
    QCOMPARE(permits.requestsSent(), 1);
    QVERIFY(permits.isPending({C1, ValidPlate}));
    QTRY_VERIFY_WITH_TIMEOUT(!permits.isPending({C1, ValidPlate}), 10000);
    QCOMPARE(lastStatus(spy).state, VehiclePermitStatus::State::Valid);

    // Back to it within the cache's lifetime: answered at once, without a request.
    spy.clear();
    permits.lookupVehicle(C1, ValidPlate);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(lastStatus(spy).state, VehiclePermitStatus::State::Valid);
    QCOMPARE(permits.requestsSent(), 1);

    // Once the cache has aged out, asked again.
    permits.setCacheLifetime(0);
    spy.clear();
    permits.lookupVehicle(C1, ValidPlate);
    QCOMPARE(lastStatus(spy).state, VehiclePermitStatus::State::Checking);
    QCOMPARE(permits.requestsSent(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(lastStatus(spy).state, VehiclePermitStatus::State::Valid, 10000);
}

void tst_PermitClient::answersForAnotherVehicleAreDropped()
{
    PermitClient permits(m_platform.get());
    QSignalSpy spy(&permits, &PermitClient::statusChanged);
    permits.lookupVehicle(C1, ExpiredPlate);
    permits.lookupVehicle(C1, ValidPlate); // the officer clicked on before the first answer
    QTRY_VERIFY_WITH_TIMEOUT(!permits.isPending({C1, ExpiredPlate}) && !permits.isPending({C1, ValidPlate}),
                             10000);
    for (const QList<QVariant> &signal : std::as_const(spy)) {
        const auto s = signal.at(0).value<VehiclePermitStatus>();
        QVERIFY2(s.vehicle.vehicleNo == ValidPlate || s.state == VehiclePermitStatus::State::Checking,
                 qPrintable(s.text()));
    }
    QCOMPARE(lastStatus(spy).state, VehiclePermitStatus::State::Valid);
    QCOMPARE(lastStatus(spy).vehicle.vehicleNo, ValidPlate);
    // The dropped answer is still worth keeping.
    QVERIFY(permits.cached({C1, ExpiredPlate}));

    // Nothing shown: an answer on its way is not signalled.
    spy.clear();
    permits.lookupVehicle(C1, OtherPlate);
    permits.showVehicle({});
    QTRY_VERIFY_WITH_TIMEOUT(!permits.isPending({C1, OtherPlate}), 10000);
    QCOMPARE(spy.size(), 1); // Checking only
}

void tst_PermitClient::noAnswerIsUnavailable()
{
    PermitClient permits(m_platform.get());
    QSignalSpy spy(&permits, &PermitClient::statusChanged);
    m_server->stop();
    permits.lookupVehicle(C1, ValidPlate);
    QTRY_COMPARE_WITH_TIMEOUT(lastStatus(spy).state, VehiclePermitStatus::State::Unavailable, 30000);
    QVERIFY(!lastStatus(spy).message.isEmpty());
    QVERIFY(!permits.cached({C1, ValidPlate})); // asked again next time
}

QTEST_MAIN(tst_PermitClient)
#include "tst_permitclient.moc"
