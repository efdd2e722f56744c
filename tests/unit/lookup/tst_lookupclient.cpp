// LookupClient against the real reference platform on loopback (TLS, pinned certificate) with permits in its
// registry: searches by plate, name and certificate, reveal for a role with the right and refused for one
// without, newer questions superseding older ones, masked answers remembered, and the platform gone — the
// offline cache answers, marked cached with its time. What today's platform does not serve yet (findings,
// badRecord, asOf, /api/v1/conduct) comes from LookupContractFixture, which answers as the contract says.

#include "lookup/lookupclient.h"

#include "badrecords/badrecordstore.h"
#include "permits/permitstore.h"

#include "../client/admintestsupport.h"
#include "../permits/permittestsupport.h"
#include "lookupcontractfixture.h"
#include "lookuptestsupport.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rw;

namespace {

const QString C1 = QStringLiteral("C1");
const QString ValidPlate = QStringLiteral("琼DD10001");
const QString ExpiredPlate = QStringLiteral("琼DD10002");
const QString DriverCertificate = QStringLiteral("4690010000000301");
const QString DriverName = QStringLiteral("王小明");

LookupAnswer lastAnswer(const QSignalSpy &spy)
{
    return spy.last().at(0).value<LookupAnswer>();
}

QString lastMessage(const QSignalSpy &spy)
{
    return spy.last().at(1).toString();
}

} // namespace

class tst_LookupClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void searchByPlateNameAndCertificate();
    void maskedAnswersAreRememberedRevealedNever();
    void revealByAnEnforcementOfficer();
    void revealRefusedForARoleWithoutTheRight();
    void revealNeedsAReasonAndSearchesAQuery();
    void newerQuestionsSupersedeOlder();
    void cancelDropsTheAnswersOnTheirWay();
    void platformGoneFallsBackToTheCache();
    void serverErrorFallsBackToTheCache();
    void refusalIsNotAnsweredFromTheCache();
    void findingsBadRecordAndAsOfThroughTheWire();
    void malformedAnswerNamesWhatFailed();
    void conductOfVehicleAndDriver();
    void conductFromTheRealPlatform();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<PlatformServer> m_server;
    std::unique_ptr<PlatformClient> m_platform;
    QString m_idNumber;
};

void tst_LookupClient::initTestCase()
{
    qRegisterMetaType<LookupAnswer>();
    qRegisterMetaType<ConductRecord>();
}

void tst_LookupClient::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<ManualClock>(admintest::startTime()); // 2026-03-02
    m_server = admintest::startPlatform(m_dir->path(), m_clock.get());
    QVERIFY(m_server);
    PermitStore store(m_server->database(), *m_clock);
    const PermitStore::ImportOptions options{QStringLiteral("test"), QStringLiteral("api"),
                                             QStringLiteral("469001")};
    QVERIFY(store.import(
        test::batchOf(QList<VehiclePermit>{
            test::vehicle(QStringLiteral("469001000001"), ValidPlate, C1),
            test::vehicle(QStringLiteral("469001000002"), ExpiredPlate, C1, QDate(2025, 1, 10))}),
        options));
    m_idNumber = test::idNumber(QStringLiteral("46900119900101123"));
    QVERIFY(store.import(
        test::batchOf(QList<DriverPermit>{test::driver(DriverCertificate, DriverName, m_idNumber, C1)}),
        options));
    m_platform = std::make_unique<PlatformClient>();
    admintest::connectTo(*m_platform, m_server->baseUrl(), m_server->certificate());
    QCOMPARE(admintest::signIn(*m_platform, QStringLiteral("demo.enforcement"), *m_clock), QString());
}

void tst_LookupClient::cleanup()
{
    m_platform.reset();
    m_server.reset();
    m_clock.reset();
    m_dir.reset();
}

void tst_LookupClient::searchByPlateNameAndCertificate()
{
    LookupClient lookup(m_platform.get(), nullptr, m_clock.get());
    QSignalSpy answered(&lookup, &LookupClient::answered);
    QSignalSpy failed(&lookup, &LookupClient::searchFailed);
    QSignalSpy busy(&lookup, &LookupClient::busyChanged);

    QVERIFY(lookup.search(QStringLiteral(" 琼DD10001 ")) > 0);
    QVERIFY(lookup.isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 1, 10000);
    QVERIFY(!lookup.isBusy());
    QCOMPARE(busy.size(), 2); // busy, then not
    LookupAnswer a = lastAnswer(answered);
    QCOMPARE(a.query, ValidPlate); // trimmed
    QCOMPARE(a.queryClass, QStringLiteral("plate"));
    QCOMPARE(a.source, LookupAnswer::Source::Online);
    QCOMPARE(a.receivedAt, m_clock->now());
    QVERIFY(!a.revealed);
    QVERIFY(!a.hits.isEmpty());
    QCOMPARE(a.hits.first().kind, PermitKind::Vehicle);
    QCOMPARE(a.hits.first().vehicle.plate, ValidPlate);
    QCOMPARE(a.hits.first().vehicle.certificate, QStringLiteral("469001000001"));
    QVERIFY(a.hits.first().valid);
    QCOMPARE(a.hits.first().vehicle.wheelbaseMm, 2750);

    lookup.search(ExpiredPlate);
    QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 2, 10000);
    a = lastAnswer(answered);
    QCOMPARE(a.hits.first().vehicle.plate, ExpiredPlate);
    QVERIFY(!a.hits.first().valid); // 2025-01-10 < 2026-03-02

    lookup.search(DriverName);
    QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 3, 10000);
    a = lastAnswer(answered);
    QCOMPARE(a.queryClass, QStringLiteral("name"));
    QCOMPARE(a.hits.size(), 1);
    QCOMPARE(a.hits.first().kind, PermitKind::Driver);
    QCOMPARE(a.hits.first().driver.name, QStringLiteral("王**")); // masked
    QCOMPARE(a.hits.first().driver.idNumber, PersonalDataMask::idNumber(m_idNumber));
    QVERIFY(!a.hits.first().driver.idNumber.contains(QStringLiteral("19900101")));

    lookup.search(DriverCertificate);
    QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 4, 10000);
    a = lastAnswer(answered);
    QCOMPARE(a.queryClass, QStringLiteral("certificate"));
    QCOMPARE(a.hits.first().driver.certificate, DriverCertificate);
    QVERIFY(failed.isEmpty());
    QCOMPARE(lookup.requestsSent(), 4);
}

void tst_LookupClient::maskedAnswersAreRememberedRevealedNever()
{
    lookuptest::FakeOfflineSource cache;
    LookupClient lookup(m_platform.get(), &cache, m_clock.get());
    QSignalSpy answered(&lookup, &LookupClient::answered);
    lookup.search(ValidPlate);
    QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 1, 10000);
    QCOMPARE(cache.remembered.size(), 1);
    QCOMPARE(cache.remembered.first().query, ValidPlate);
    QCOMPARE(cache.remembered.first().receivedAt, m_clock->now());
    QCOMPARE(cache.remembered.first()
                 .answer.value(QStringLiteral("hits"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("permit"))
                 .toObject()
                 .value(QStringLiteral("plate"))
                 .toString(),
             ValidPlate);
    QVERIFY(cache.asked.isEmpty()); // the platform answered: the cache was not asked

    lookup.reveal(DriverCertificate, QStringLiteral("路检核对身份"));
    QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 2, 10000);
    QVERIFY(lastAnswer(answered).revealed);
    QCOMPARE(cache.remembered.size(), 1); // personal data in clear never goes into the cache
}

void tst_LookupClient::revealByAnEnforcementOfficer()
{
    LookupClient lookup(m_platform.get(), nullptr, m_clock.get());
    QVERIFY(lookup.canReveal());
    QVERIFY(lookup.revealRefusal().isEmpty());
    QCOMPARE(lookup.session()->role, Role(Role::EnforcementOfficer));
    QSignalSpy answered(&lookup, &LookupClient::answered);
    QSignalSpy refused(&lookup, &LookupClient::revealFailed);
    QVERIFY(lookup.reveal(DriverCertificate, QStringLiteral("路检核对身份 + 记录")) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 1, 10000);
    const LookupAnswer a = lastAnswer(answered);
    QVERIFY(a.revealed);
    QCOMPARE(a.hits.first().driver.name, DriverName);
    QCOMPARE(a.hits.first().driver.idNumber, m_idNumber);
    QCOMPARE(a.hits.first().driver.phone, QStringLiteral("19901234567"));
    QVERIFY(refused.isEmpty());
}

void tst_LookupClient::revealRefusedForARoleWithoutTheRight()
{
    // A provincial supervisor works on masked data (PermissionTable: no RevealPersonalData).
    PlatformClient province;
    admintest::connectTo(province, m_server->baseUrl(), m_server->certificate());
    QCOMPARE(admintest::signIn(province, QStringLiteral("demo.province"), *m_clock), QString());
    LookupClient lookup(&province, nullptr, m_clock.get());
    QVERIFY(!lookup.canReveal());
    QVERIFY2(lookup.revealRefusal().contains(Role(Role::ProvincialSupervisor).displayName()),
             qPrintable(lookup.revealRefusal()));
    QSignalSpy refused(&lookup, &LookupClient::revealFailed);
    QSignalSpy answered(&lookup, &LookupClient::answered);
    QCOMPARE(lookup.reveal(DriverCertificate, QStringLiteral("路检")), quint64(0));
    QCOMPARE(refused.size(), 1); // at once, without asking
    QCOMPARE(refused.first().at(0).toString(), DriverCertificate);
    QVERIFY2(lastMessage(refused).contains(QStringLiteral("may not reveal")),
             qPrintable(lastMessage(refused)));
    QCOMPARE(lookup.requestsSent(), 0);
    QVERIFY(!lookup.isBusy());

    // The platform refuses it too, whatever the console does: the console's check is only convenience.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("q"), DriverCertificate);
    query.addQueryItem(QStringLiteral("reveal"), QStringLiteral("1"));
    query.addQueryItem(QStringLiteral("reason"), QStringLiteral("x"));
    int status = -1;
    province.send("GET", QStringLiteral("/api/v1/permits/search"), query, {}, &province,
                  [&status](const ApiReply &reply) { status = reply.status; });
    QTRY_VERIFY_WITH_TIMEOUT(status != -1, 10000);
    QCOMPARE(status, 403);

    // Searching (masked) is the province's right.
    lookup.search(DriverName);
    QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 1, 10000);
    QCOMPARE(lastAnswer(answered).hits.first().driver.name, QStringLiteral("王**"));

    // Signed out: nobody reveals.
    PlatformClient nobody;
    LookupClient signedOut(&nobody);
    QVERIFY(!signedOut.canReveal());
    QVERIFY(!signedOut.session());
}

void tst_LookupClient::revealNeedsAReasonAndSearchesAQuery()
{
    LookupClient lookup(m_platform.get(), nullptr, m_clock.get());
    QSignalSpy revealRefused(&lookup, &LookupClient::revealFailed);
    QSignalSpy searchRefused(&lookup, &LookupClient::searchFailed);
    QCOMPARE(lookup.reveal(DriverCertificate, QStringLiteral("   ")), quint64(0));
    QCOMPARE(revealRefused.size(), 1);
    QVERIFY(lastMessage(revealRefused).contains(QStringLiteral("reason")));
    QCOMPARE(lookup.search(QStringLiteral("  ")), quint64(0));
    QCOMPARE(searchRefused.size(), 1);
    QVERIFY2(lastMessage(searchRefused).contains(QStringLiteral("plate")),
             qPrintable(lastMessage(searchRefused)));
    QCOMPARE(lookup.requestsSent(), 0);
}

void tst_LookupClient::newerQuestionsSupersedeOlder()
{
    lookuptest::FakeOfflineSource cache;
    LookupClient lookup(m_platform.get(), &cache, m_clock.get());
    QSignalSpy answered(&lookup, &LookupClient::answered);
    QSignalSpy busy(&lookup, &LookupClient::busyChanged);
    const quint64 first = lookup.search(ExpiredPlate);
    const quint64 second = lookup.search(DriverName); // typed on before the first answer
    QVERIFY(second > first);
    const quint64 third = lookup.search(ValidPlate);
    // Both older answers arrive too (and are remembered, before anything is signalled); only the newest is
    // signalled.
    QTRY_COMPARE_WITH_TIMEOUT(cache.remembered.size(), 3, 10000);
    QCOMPARE(answered.size(), 1);
    QVERIFY(third > second);
    QCOMPARE(lastAnswer(answered).query, ValidPlate);
    QCOMPARE(lastAnswer(answered).hits.first().vehicle.plate, ValidPlate);
    QVERIFY(!lookup.isBusy());
    QCOMPARE(busy.size(), 2); // one busy spell for the three
}

void tst_LookupClient::cancelDropsTheAnswersOnTheirWay()
{
    LookupClient lookup(m_platform.get(), nullptr, m_clock.get());
    QSignalSpy answered(&lookup, &LookupClient::answered);
    QSignalSpy failed(&lookup, &LookupClient::searchFailed);
    lookup.search(ValidPlate);
    lookup.cancel();
    QVERIFY(!lookup.isBusy());
    // A later question is answered; the cancelled one never is.
    lookup.search(ExpiredPlate);
    QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 1, 10000);
    QCOMPARE(lastAnswer(answered).query, ExpiredPlate);
    QVERIFY(failed.isEmpty());
}

void tst_LookupClient::platformGoneFallsBackToTheCache()
{
    lookuptest::FakeOfflineSource cache;
    LookupClient lookup(m_platform.get(), &cache, m_clock.get());
    QSignalSpy answered(&lookup, &LookupClient::answered);
    QSignalSpy failed(&lookup, &LookupClient::searchFailed);
    QSignalSpy revealFailed(&lookup, &LookupClient::revealFailed);

    // What the cache holds: the platform's answer of yesterday.
    lookup.search(ValidPlate);
    QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 1, 10000);
    const QDateTime yesterday = m_clock->now().addDays(-1);
    cache.answers.insert(ValidPlate, CachedLookup{cache.remembered.first().answer, yesterday});

    m_server.reset(); // the platform is gone
    m_clock->advanceSecs(3600);
    lookup.search(ValidPlate);
    QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 2, 30000);
    const LookupAnswer cached = lastAnswer(answered);
    QCOMPARE(cached.source, LookupAnswer::Source::Cached);
    QVERIFY(cached.isCached());
    QCOMPARE(cached.cachedAt, yesterday);
    QCOMPARE(cached.receivedAt, m_clock->now());
    QCOMPARE(cached.query, ValidPlate);
    QCOMPARE(cached.hits.first().vehicle.plate, ValidPlate);
    QCOMPARE(cache.asked, QStringList{ValidPlate});
    QVERIFY(failed.isEmpty());
    QVERIFY(!lookup.isBusy());

    // Not in the cache: the failure says both.
    lookup.search(ExpiredPlate);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
    QVERIFY2(lastMessage(failed).contains(QStringLiteral("cannot be reached")) &&
                 lastMessage(failed).contains(QStringLiteral("offline cache holds no answer")) &&
                 lastMessage(failed).contains(ExpiredPlate),
             qPrintable(lastMessage(failed)));

    // Revealing is never answered from the cache: it is audited.
    lookup.reveal(ValidPlate, QStringLiteral("路检"));
    QTRY_COMPARE_WITH_TIMEOUT(revealFailed.size(), 1, 30000);
    QVERIFY2(lastMessage(revealFailed).contains(QStringLiteral("audit")),
             qPrintable(lastMessage(revealFailed)));
    QCOMPARE(cache.asked.size(), 2);

    // Without a cache at all.
    LookupClient bare(m_platform.get(), nullptr, m_clock.get());
    QSignalSpy bareFailed(&bare, &LookupClient::searchFailed);
    bare.search(ValidPlate);
    QTRY_COMPARE_WITH_TIMEOUT(bareFailed.size(), 1, 30000);
    QVERIFY2(lastMessage(bareFailed).contains(QStringLiteral("no offline cache")),
             qPrintable(lastMessage(bareFailed)));
}

void tst_LookupClient::serverErrorFallsBackToTheCache()
{
    lookuptest::LookupContractFixture fixture;
    QVERIFY(fixture.start());
    PlatformClient platform;
    QVERIFY(fixture.signIn(platform, Role::EnforcementOfficer));
    fixture.searchStatus = 503;
    lookuptest::FakeOfflineSource cache;
    const QDateTime cachedAt(QDate(2026, 11, 20), QTime(2, 0), Qt::UTC);
    cache.answers.insert(QStringLiteral("琼DD12345"),
                         CachedLookup{lookuptest::fixture(QStringLiteral("search_extended.json")), cachedAt});
    LookupClient lookup(&platform, &cache, m_clock.get());
    QSignalSpy answered(&lookup, &LookupClient::answered);
    lookup.search(QStringLiteral("琼DD12345"));
    QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 1, 10000);
    const LookupAnswer a = lastAnswer(answered);
    QVERIFY(a.isCached());
    QCOMPARE(a.cachedAt, cachedAt);
    QCOMPARE(a.hits.size(), 3);
    QVERIFY(cache.remembered.isEmpty()); // a 503 is nothing to remember
}

void tst_LookupClient::refusalIsNotAnsweredFromTheCache()
{
    lookuptest::LookupContractFixture fixture;
    QVERIFY(fixture.start());
    PlatformClient platform;
    platform.setBaseUrl(fixture.baseUrl());
    platform.setPinnedFingerprint(CertificatePin::fingerprintOf(fixture.certificate()));
    // Not signed in: the platform answers 401, which the cache must not paper over.
    lookuptest::FakeOfflineSource cache;
    cache.answers.insert(
        ValidPlate, CachedLookup{lookuptest::fixture(QStringLiteral("search_today.json")), m_clock->now()});
    LookupClient lookup(&platform, &cache, m_clock.get());
    QSignalSpy failed(&lookup, &LookupClient::searchFailed);
    lookup.search(ValidPlate);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    QVERIFY2(lastMessage(failed).contains(QStringLiteral("refused")) &&
                 lastMessage(failed).contains(QStringLiteral("401")),
             qPrintable(lastMessage(failed)));
    QVERIFY(cache.asked.isEmpty());
}

void tst_LookupClient::findingsBadRecordAndAsOfThroughTheWire()
{
    lookuptest::LookupContractFixture fixture;
    QVERIFY(fixture.start());
    fixture.searchAnswer = lookuptest::fixture(QStringLiteral("search_extended.json"));
    fixture.clearDriver.insert(QStringLiteral("4690010000000201"),
                               QJsonObject{{QStringLiteral("name"), QStringLiteral("张伟")}});
    PlatformClient platform;
    QVERIFY(fixture.signIn(platform, Role::EnforcementOfficer));
    LookupClient lookup(&platform, nullptr, m_clock.get());
    QSignalSpy answered(&lookup, &LookupClient::answered);
    lookup.search(QStringLiteral("琼DD12345"));
    QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 1, 10000);
    LookupAnswer a = lastAnswer(answered);
    QCOMPARE(a.asOf.toUTC(), QDateTime(QDate(2026, 11, 21), QTime(5, 40), Qt::UTC));
    QCOMPARE(a.hits.first().findings.size(), 2);
    QCOMPARE(a.hits.first().findings.first().article, QStringLiteral("第十三条(三)"));
    QCOMPARE(a.hits.first().badRecord, std::optional<bool>(true));
    QCOMPARE(fixture.seen.last().value("q"), QStringLiteral("琼DD12345")); // Chinese text arrives intact
    QCOMPARE(fixture.seen.last().value("limit"), QString::number(LookupClient::DefaultLimit));

    lookup.reveal(QStringLiteral("4690010000000201"), QStringLiteral("核对身份 + 记录 & 存档"));
    QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 2, 10000);
    a = lastAnswer(answered);
    QVERIFY(a.revealed);
    QCOMPARE(a.hits.at(1).driver.name, QStringLiteral("张伟"));
    QCOMPARE(fixture.seen.last().value("reveal"), QStringLiteral("1"));
    QCOMPARE(fixture.seen.last().value("reason"),
             QStringLiteral("核对身份 + 记录 & 存档")); // "+" and "&" kept
}

void tst_LookupClient::malformedAnswerNamesWhatFailed()
{
    lookuptest::LookupContractFixture fixture;
    QVERIFY(fixture.start());
    fixture.searchAnswer = QJsonDocument::fromJson(
                               R"({"hits": [{"kind": "vehicle", "valid": true,
                                             "permit": {"certificate": "1", "plate": "琼DD1", "validTo": "soon"}}]})")
                               .object();
    PlatformClient platform;
    QVERIFY(fixture.signIn(platform, Role::EnforcementOfficer));
    lookuptest::FakeOfflineSource cache;
    LookupClient lookup(&platform, &cache, m_clock.get());
    QSignalSpy failed(&lookup, &LookupClient::searchFailed);
    lookup.search(QStringLiteral("琼DD1"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    QVERIFY2(lastMessage(failed).contains(QStringLiteral("hits[0].permit.validTo")) &&
                 lastMessage(failed).contains(QStringLiteral("\"soon\"")) &&
                 lastMessage(failed).contains(QStringLiteral("琼DD1")),
             qPrintable(lastMessage(failed)));
    QVERIFY(!lookup.isBusy());
    QVERIFY(cache.remembered.isEmpty()); // what cannot be read is not kept for offline use
    QVERIFY(cache.asked.isEmpty());
}

void tst_LookupClient::conductOfVehicleAndDriver()
{
    lookuptest::LookupContractFixture fixture;
    QVERIFY(fixture.start());
    fixture.conduct.insert(QStringLiteral("plate:琼DD12345"),
                           lookuptest::fixture(QStringLiteral("conduct_vehicle.json")));
    fixture.conduct.insert(QStringLiteral("driver:4690010000000201"),
                           QJsonObject{{QStringLiteral("subject"), QStringLiteral("driver")},
                                       {QStringLiteral("badRecords"), QJsonArray()},
                                       {QStringLiteral("complaints"), QJsonArray()},
                                       {QStringLiteral("penalties"), QJsonArray()}});
    PlatformClient platform;
    QVERIFY(fixture.signIn(platform, Role::EnforcementOfficer));
    LookupClient lookup(&platform, nullptr, m_clock.get());
    QSignalSpy answered(&lookup, &LookupClient::conductAnswered);
    QSignalSpy failed(&lookup, &LookupClient::conductFailed);

    lookup.conductOfVehicle(QStringLiteral("琼DD12345"));
    QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 1, 10000);
    QCOMPARE(answered.last().at(0).toString(), QStringLiteral("琼DD12345"));
    ConductRecord record = answered.last().at(1).value<ConductRecord>();
    QCOMPARE(record.badRecords.size(), 2);
    QCOMPARE(record.complaints.size(), 2);

    lookup.conductOfDriver(QStringLiteral("4690010000000201"));
    QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 2, 10000);
    record = answered.last().at(1).value<ConductRecord>();
    QCOMPARE(record.subject, BadRecord::Subject::Driver);
    QCOMPARE(record.certificate,
             QStringLiteral("4690010000000201")); // not named in the answer: the one asked
    QCOMPARE(fixture.seen.last().value("driver"), QStringLiteral("4690010000000201"));

    // Superseded: only the newest is signalled.
    lookup.conductOfDriver(QStringLiteral("4690010000000201"));
    lookup.conductOfVehicle(QStringLiteral("琼DD12345"));
    QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 3, 10000);
    QCOMPARE(answered.last().at(0).toString(), QStringLiteral("琼DD12345"));

    // Refused (a platform without the record of this plate): named.
    lookup.conductOfVehicle(QStringLiteral("琼DD99999"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    QCOMPARE(failed.last().at(0).toString(), QStringLiteral("琼DD99999"));
    QVERIFY2(failed.last().at(1).toString().contains(QStringLiteral("HTTP 404")) &&
                 failed.last().at(1).toString().contains(QStringLiteral("琼DD99999")),
             qPrintable(failed.last().at(1).toString()));
    QCOMPARE(answered.size(), 3);
}

void tst_LookupClient::conductFromTheRealPlatform()
{
    // The city lists the vehicle (seed 002 Art. 34); the officer's conduct lookup shows the entry.
    BadRecord entry;
    entry.subject = BadRecord::Subject::Vehicle;
    entry.regionCode = QStringLiteral("469001");
    entry.plate = ValidPlate;
    entry.reason = QStringLiteral("三次无证营运");
    entry.addedBy = QStringLiteral("demo.city");
    QVERIFY2(m_server->badRecords().add(entry), qPrintable(m_server->badRecords().message()));
    LookupClient lookup(m_platform.get(), nullptr, m_clock.get());
    QSignalSpy answered(&lookup, &LookupClient::conductAnswered);
    QSignalSpy failed(&lookup, &LookupClient::conductFailed);
    lookup.conductOfVehicle(ValidPlate);
    QTRY_COMPARE_WITH_TIMEOUT(answered.size() + failed.size(), 1, 10000);
    QCOMPARE(answered.size(), 1);
    const ConductRecord record = answered.first().at(1).value<ConductRecord>();
    QCOMPARE(record.subject, BadRecord::Subject::Vehicle);
    QCOMPARE(record.plate, ValidPlate);
    QCOMPARE(record.activeBadRecords().size(), 1);
    QCOMPARE(record.activeBadRecords().first().reason, QStringLiteral("三次无证营运"));
    QVERIFY(record.complaints.isEmpty());

    // A driver the platform does not know: the failure names the certificate.
    lookup.conductOfDriver(QStringLiteral("W404"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    QVERIFY2(failed.first().at(0).toString() == QStringLiteral("W404") ||
                 failed.first().at(1).toString().contains(QStringLiteral("W404")),
             qPrintable(failed.first().at(1).toString()));
}

QTEST_MAIN(tst_LookupClient)
#include "tst_lookupclient.moc"
