// LookupCache on real SQLite files in a QTemporaryDir: opening with the right and wrong password and on
// damaged files; remembered answers and the registry snapshot answering every query class, masked and
// stamped with when the platform gave the data; no clear personal data anywhere in the file's bytes; a
// re-key; damaged values left out and named; a writer killed in the middle of a transaction (a real child
// process, SIGKILL) leaving a cache that opens and answers; removal; answers never synchronous and never
// delivered to a context that is gone.

#include "offline/lookupcache.h"

#include "domain/manualclock.h"
#include "permits/personaldatamask.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "storage/transaction.h"

#include "offlinetestsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <iostream>
#include <string>

using namespace rw;
using namespace rw::offlinetest;
using Status = LookupCacheStore::Status;

namespace {

const QString User = QStringLiteral("demo.enforcement");
const QString Password = QStringLiteral("Wuzhishan-Ride-2026");
const QString NewPassword = QStringLiteral("Wuzhishan-Ride-2027");

// 2026-03-02 09:00 in China.
const QDateTime Start = QDateTime(QDate(2026, 3, 2), QTime(1, 0), QTimeZone::utc());

const QString OwnerName = QStringLiteral("欧阳娜娜");
const QString DriverName = QStringLiteral("欧阳娜娜");
const QString OtherName = QStringLiteral("张伟");
const QString DriverId = idNumber(QStringLiteral("46900119900101123"));
const QString OtherId = idNumber(QStringLiteral("46900119851111456"));
const QString DriverPhone = QStringLiteral("19901234567");
const QString OtherPhone = QStringLiteral("13807654321");

const VehiclePermit V1 = vehicle(1, QStringLiteral("469001000001"), QStringLiteral("琼DD10001"), OwnerName);
const VehiclePermit V2 = vehicle(2, QStringLiteral("469001000002"), QStringLiteral("琼DD10002"),
                                 QStringLiteral("五指山示例出行科技有限公司"), QDate(2026, 3, 5));
const DriverPermit D1 = driver(1, QStringLiteral("D469001000001"), DriverName, DriverId, DriverPhone);
const DriverPermit D2 = driver(2, QStringLiteral("D469001000002"), OtherName, OtherId, OtherPhone);
const CompanyPermit CO1 = company(1, QStringLiteral("469001C0001"), QStringLiteral("C1"),
                                  QStringLiteral("五指山示例出行科技有限公司"));

LookupCache::Options cheap()
{
    LookupCache::Options options;
    options.iterations = CacheKey::MinimumIterations;
    return options;
}

/** The child process of killedWriterLeavesReadableCache: writes in a transaction and waits to be killed. */
int abandonWrite(const QString &path)
{
    Database db;
    DatabaseOptions options;
    options.synchronous = DatabaseOptions::Synchronous::Normal;
    options.cacheSizeKiB = 64; // small: the transaction's pages spill into the WAL before any commit
    if (!db.open(path, options))
        return 2;
    Transaction transaction(db);
    if (!transaction.isActive())
        return 3;
    if (!db.exec(QStringLiteral("UPDATE keyring SET salt = zeroblob(16), check_value = zeroblob(32)")))
        return 4;
    Statement insert = db.prepare(QStringLiteral(
        "INSERT INTO permit (kind, certificate, plate, fetched_ms, sealed) VALUES ('vehicle', ?, ?, 0, ?)"));
    for (int i = 0; i < 4000; ++i) {
        insert.bind(1, QStringLiteral("HALF%1").arg(i));
        insert.bind(2, QStringLiteral("琼DD9%1").arg(i, 4, 10, QLatin1Char('0')));
        insert.bind(3, QByteArray(1024, 'x'));
        if (!insert.exec())
            return 5;
    }
    std::cout << "writing" << std::endl; // the parent kills us now, in the middle of the transaction
    std::string line;
    std::getline(std::cin, line);
    return 0; // never commits
}

} // namespace

class tst_LookupCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void openAndReopen();
    void damagedFilesAreCorrupt();
    void twoUsersTwoSalts();
    void notOpenAnswersNothing();
    void rememberedAnswersComeBackMasked();
    void validityIsJudgedToday();
    void registryAnswersEveryClass();
    void registryCompletesAndResumes();
    void fileHoldsNoClearPersonalData();
    void rekey();
    void damagedValuesAreLeftOutAndNamed();
    void killedWriterLeavesReadableCache();
    void removeDeletesTheFile();
    void oldAnswersAreForgotten();
    void answersAreAsynchronousAndDropped();

private:
    LookupCache &cache();
    Status open(const QString &user = User, const QString &password = Password);
    std::optional<CachedLookup> lookup(const QString &query);
    LookupCacheStore::PageOutcome store(qint64 after, const QJsonObject &page);
    void fillRegistry();
    QByteArray fileBytes();
    QJsonObject onlyHit(const std::optional<CachedLookup> &found);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<LookupCache> m_cache;
    QDateTime m_registryAsOf;
};

void tst_LookupCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<ManualClock>(Start);
    m_cache = std::make_unique<LookupCache>(m_dir->filePath(QStringLiteral("cache")), *m_clock, cheap());
}

void tst_LookupCache::cleanup()
{
    m_cache.reset();
    m_clock.reset();
    m_dir.reset();
}

LookupCache &tst_LookupCache::cache()
{
    return *m_cache;
}

Status tst_LookupCache::open(const QString &user, const QString &password)
{
    QSignalSpy opened(m_cache.get(), &LookupCache::opened);
    m_cache->open(user, password);
    if (!opened.wait(30000))
        return Status::StorageFailure;
    return opened.first().at(0).value<Status>();
}

std::optional<CachedLookup> tst_LookupCache::lookup(const QString &query)
{
    bool answered = false;
    std::optional<CachedLookup> result;
    m_cache->lookup(query, this, [&](std::optional<CachedLookup> found) {
        answered = true;
        result = std::move(found);
    });
    if (!QTest::qWaitFor([&] { return answered; }, 10000))
        qWarning("no answer to %s", qPrintable(query));
    return result;
}

LookupCacheStore::PageOutcome tst_LookupCache::store(qint64 after, const QJsonObject &page)
{
    bool answered = false;
    LookupCacheStore::PageOutcome result;
    m_cache->storeRegistryPage(after, page, this, [&](const LookupCacheStore::PageOutcome &outcome) {
        answered = true;
        result = outcome;
    });
    if (!QTest::qWaitFor([&] { return answered; }, 10000))
        result.outcome = {Status::StorageFailure, QStringLiteral("no answer")};
    return result;
}

void tst_LookupCache::fillRegistry()
{
    // A registry of a role that may see personal data: the pages hold it in clear.
    m_registryAsOf = m_clock->now();
    const auto first = store(0, registryPage({hit(V1, true, QStringLiteral("registry")),
                                              hit(D1, true, QStringLiteral("registry"))},
                                             m_registryAsOf, 10));
    QVERIFY2(first.outcome.ok(), qPrintable(first.outcome.message));
    QVERIFY(!first.complete);
    QCOMPARE(first.next, 10);
    m_clock->advanceSecs(5);
    const auto last = store(
        10, registryPage({hit(V2, true, QStringLiteral("registry")),
                          hit(D2, true, QStringLiteral("registry")), hit(CO1, QStringLiteral("registry"))},
                         m_clock->now()));
    QVERIFY2(last.outcome.ok(), qPrintable(last.outcome.message));
    QVERIFY(last.complete);
    QCOMPARE(last.registryAsOf, m_registryAsOf); // the snapshot is as old as its first page
}

QJsonObject tst_LookupCache::onlyHit(const std::optional<CachedLookup> &found)
{
    if (!found)
        return {};
    const QJsonArray hits = found->answer.value(QStringLiteral("hits")).toArray();
    return hits.size() == 1 ? hits.first().toObject() : QJsonObject();
}

QByteArray tst_LookupCache::fileBytes()
{
    QByteArray all;
    const QDir dir(m_cache->directory());
    for (const QString &name : dir.entryList(QDir::Files)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

void tst_LookupCache::openAndReopen()
{
    QCOMPARE(open(), Status::Ok);
    QVERIFY(cache().isOpen());
    QCOMPARE(cache().userName(), User);
    const QString path = cache().pathFor(User);
    QVERIFY(path.endsWith(QStringLiteral("/lookup-demo.enforcement.sqlite")));
    QVERIFY(QFile::exists(path));
    // The owner's only.
    QCOMPARE(QFile::permissions(path) &
                 (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());

    cache().close();
    QVERIFY(!cache().isOpen());
    QCOMPARE(open(User, Password + QLatin1Char('x')), Status::WrongPassword);
    QVERIFY(!cache().isOpen());
    QCOMPARE(open(), Status::Ok);
    QVERIFY(cache().isOpen());

    // A user name with characters a file name should not hold gets a file of its own.
    QCOMPARE(LookupCache::fileNameFor(QStringLiteral("王/小明")),
             QStringLiteral("lookup-%E7%8E%8B%2F%E5%B0%8F%E6%98%8E.sqlite"));
}

void tst_LookupCache::damagedFilesAreCorrupt()
{
    QVERIFY(QDir().mkpath(cache().directory()));
    QFile junk(cache().pathFor(QStringLiteral("junk")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(8192, 'j'));
    junk.close();
    QSignalSpy opened(&cache(), &LookupCache::opened);
    cache().open(QStringLiteral("junk"), Password);
    QVERIFY(opened.wait(30000));
    QCOMPARE(opened.first().at(0).value<Status>(), Status::Corrupt);
    QVERIFY2(opened.first().at(1).toString().contains(QStringLiteral("not a lookup cache")),
             qPrintable(opened.first().at(1).toString()));

    // Another application's SQLite file.
    {
        Database other;
        QVERIFY(other.open(cache().pathFor(QStringLiteral("other"))));
        QVERIFY(other.exec(QStringLiteral("PRAGMA application_id = 1380405318; CREATE TABLE t (x)")));
    }
    QCOMPARE(open(QStringLiteral("other"), Password), Status::Corrupt);

    // A lookup cache whose key record was damaged: Corrupt, not "wrong password".
    QCOMPARE(open(), Status::Ok);
    cache().close();
    {
        Database db;
        QVERIFY(db.open(cache().pathFor(User)));
        QVERIFY(db.exec(QStringLiteral("UPDATE keyring SET iterations = iterations + 1")));
    }
    QCOMPARE(open(), Status::Corrupt);
    QVERIFY(!cache().isOpen());
}

void tst_LookupCache::twoUsersTwoSalts()
{
    QCOMPARE(open(QStringLiteral("a"), Password), Status::Ok);
    QCOMPARE(open(QStringLiteral("b"), Password), Status::Ok); // closes a's
    cache().close();
    const auto saltOf = [&](const QString &user) {
        Database db;
        if (!db.open(cache().pathFor(user)))
            return QByteArray();
        return db.queryValue(QStringLiteral("SELECT salt FROM keyring")).toByteArray();
    };
    const QByteArray a = saltOf(QStringLiteral("a"));
    const QByteArray b = saltOf(QStringLiteral("b"));
    QCOMPARE(a.size(), CacheKey::SaltSize);
    QCOMPARE(b.size(), CacheKey::SaltSize);
    QVERIFY(a != b);
}

void tst_LookupCache::notOpenAnswersNothing()
{
    QSignalSpy problems(&cache(), &LookupCache::problem);
    cache().remember(V1.plate, answer(QStringLiteral("plate"), {hit(V1, false)}, Start), Start);
    QCOMPARE(lookup(V1.plate), std::nullopt);
    QCOMPARE(problems.size(), 0); // nothing to keep it in is not a problem

    QCOMPARE(open(), Status::Ok);
    QCOMPARE(lookup(V1.plate), std::nullopt); // the answer was not kept while closed
    QCOMPARE(lookup(QStringLiteral("  ")), std::nullopt);
}

void tst_LookupCache::rememberedAnswersComeBackMasked()
{
    QCOMPARE(open(), Status::Ok);
    const QDateTime received = m_clock->now();
    const QJsonArray findings{
        QJsonObject{{QStringLiteral("ruleId"), QStringLiteral("vehicle.wheelbase")},
                    {QStringLiteral("article"), QStringLiteral("第十三条(三)")},
                    {QStringLiteral("message"), QStringLiteral("wheelbase 2550 mm < 2600 mm")},
                    {QStringLiteral("measured"), 2550},
                    {QStringLiteral("limit"), 2600},
                    {QStringLiteral("unit"), QStringLiteral("mm")}}};
    const QJsonObject vehicleHit = hit(QStringLiteral("vehicle"), PermitJson::toJson(V1, false), true,
                                       QStringLiteral("plate"), findings, true);
    cache().remember(V1.plate, answer(QStringLiteral("plate"), {vehicleHit}, received), received);
    // A revealed answer (clear personal data) is kept too, and still shown masked.
    cache().remember(
        DriverId, answer(QStringLiteral("idNumber"), {hit(D1, true, QStringLiteral("idNumber"))}, received),
        received);
    m_clock->advanceSecs(3600);

    const std::optional<CachedLookup> plate = lookup(QStringLiteral("琼 dd10001"));
    QVERIFY(plate);
    QCOMPARE(plate->cachedAt, received);
    QCOMPARE(plate->answer.value(QStringLiteral("cachedAt")).toString(), cst(received));
    QCOMPARE(plate->answer.value(QStringLiteral("asOf")).toString(), cst(received));
    QCOMPARE(plate->answer.value(QStringLiteral("queryClass")).toString(), QStringLiteral("plate"));
    QCOMPARE(plate->answer.value(QStringLiteral("revealed")).toBool(true), false);
    QCOMPARE(plate->answer.value(QStringLiteral("offline")).toBool(), true);
    QJsonObject h = onlyHit(plate);
    QCOMPARE(h.value(QStringLiteral("kind")).toString(), QStringLiteral("vehicle"));
    QCOMPARE(h.value(QStringLiteral("matchedOn")).toString(), QStringLiteral("plate"));
    QCOMPARE(h.value(QStringLiteral("valid")).toBool(), true);
    QCOMPARE(h.value(QStringLiteral("findings")).toArray(), findings);
    QCOMPARE(h.value(QStringLiteral("badRecord")).toBool(), true);
    QJsonObject permit = h.value(QStringLiteral("permit")).toObject();
    QCOMPARE(permit.value(QStringLiteral("certificate")).toString(), V1.certificate);
    QCOMPARE(permit.value(QStringLiteral("ownerName")).toString(), PersonalDataMask::name(OwnerName));
    QCOMPARE(permit.value(QStringLiteral("effectiveExpiry")).toString(), QStringLiteral("2030-12-31"));

    const std::optional<CachedLookup> id = lookup(DriverId.toLower());
    QVERIFY(id);
    h = onlyHit(id);
    QCOMPARE(h.value(QStringLiteral("matchedOn")).toString(), QStringLiteral("idNumber"));
    permit = h.value(QStringLiteral("permit")).toObject();
    QCOMPARE(permit.value(QStringLiteral("name")).toString(), PersonalDataMask::name(DriverName));
    QCOMPARE(permit.value(QStringLiteral("idNumber")).toString(), PersonalDataMask::idNumber(DriverId));
    QCOMPARE(permit.value(QStringLiteral("licence")).toString(), PersonalDataMask::licence(DriverId));
    QCOMPARE(permit.value(QStringLiteral("phone")).toString(), PersonalDataMask::phone(DriverPhone));
    QCOMPARE(id->answer.value(QStringLiteral("revealed")).toBool(true), false);

    // The platform's "no permit" is an answer too.
    const QDateTime later = m_clock->now();
    cache().remember(QStringLiteral("琼DD99999"), answer(QStringLiteral("plate"), {}, later), later);
    const std::optional<CachedLookup> none = lookup(QStringLiteral("琼DD99999"));
    QVERIFY(none);
    QCOMPARE(none->answer.value(QStringLiteral("hits")).toArray().size(), 0);
    QCOMPARE(none->cachedAt, later);

    // A name the platform matched exactly (masked "欧***" is as long as the query) is found by name later;
    // a query never asked and no registry: nothing.
    cache().remember(DriverName,
                     answer(QStringLiteral("name"), {hit(D1, false, QStringLiteral("name"))}, later), later);
    const std::optional<CachedLookup> byName = lookup(DriverName);
    QVERIFY(byName);
    QCOMPARE(byName->answer.value(QStringLiteral("exactNamesOnly")).toBool(), true);
    QCOMPARE(onlyHit(byName)
                 .value(QStringLiteral("permit"))
                 .toObject()
                 .value(QStringLiteral("certificate"))
                 .toString(),
             D1.certificate);
    QCOMPARE(lookup(QStringLiteral("琼DD10003")), std::nullopt);
    QCOMPARE(lookup(OtherId), std::nullopt);
}

void tst_LookupCache::validityIsJudgedToday()
{
    QCOMPARE(open(), Status::Ok);
    const QDateTime received = m_clock->now();
    cache().remember(V2.plate, answer(QStringLiteral("plate"), {hit(V2, false)}, received), received);
    QCOMPARE(onlyHit(lookup(V2.plate)).value(QStringLiteral("valid")).toBool(), true);
    // V2's certificate ends 2026-03-05; on the 6th (China time) it is no longer valid, whatever the
    // platform said when it answered.
    m_clock->set(QDateTime(QDate(2026, 3, 5), QTime(15, 59), QTimeZone::utc())); // 23:59 in China
    QCOMPARE(onlyHit(lookup(V2.plate)).value(QStringLiteral("valid")).toBool(), true);
    m_clock->advanceSecs(120); // 00:01 on the 6th in China
    const std::optional<CachedLookup> found = lookup(V2.plate);
    QCOMPARE(onlyHit(found).value(QStringLiteral("valid")).toBool(true), false);
    QCOMPARE(found->cachedAt, received); // still the time the platform gave the data
}

void tst_LookupCache::registryAnswersEveryClass()
{
    QCOMPARE(open(), Status::Ok);
    fillRegistry();
    m_clock->advanceDays(1);
    const QDateTime secondPage = m_registryAsOf.addSecs(5);

    struct Case
    {
        QString query;
        QString queryClass;
        QStringList certificates;
        QString matchedOn;
    };
    const QList<Case> cases{
        {QStringLiteral("琼DD10001"), QStringLiteral("plate"), {V1.certificate}, QStringLiteral("plate")},
        {QStringLiteral("琼DD100"),
         QStringLiteral("platePrefix"),
         {V1.certificate, V2.certificate},
         QStringLiteral("plate")},
        {DriverId, QStringLiteral("idNumber"), {D1.certificate}, QStringLiteral("idNumber")},
        {OtherId.toLower(), QStringLiteral("idNumber"), {D2.certificate}, QStringLiteral("idNumber")},
        {V1.vin.toLower(), QStringLiteral("vin"), {V1.certificate}, QStringLiteral("vin")},
        {OtherName, QStringLiteral("name"), {D2.certificate}, QStringLiteral("name")},
        {DriverName, QStringLiteral("name"), {D1.certificate}, QStringLiteral("name")},
        {QStringLiteral("示例出行"), QStringLiteral("company"), {CO1.certificate}, QStringLiteral("name")},
        {QStringLiteral("469001000002"),
         QStringLiteral("certificate"),
         {V2.certificate},
         QStringLiteral("certificate")},
        {QStringLiteral("D469001"),
         QStringLiteral("certificate"),
         {D1.certificate, D2.certificate},
         QStringLiteral("certificate")},
        {QStringLiteral("C1"), QStringLiteral("certificate"), {CO1.certificate}, QStringLiteral("companyId")},
    };
    for (const Case &c : cases) {
        const std::optional<CachedLookup> found = lookup(c.query);
        QVERIFY2(found, qPrintable(c.query));
        QCOMPARE(found->answer.value(QStringLiteral("queryClass")).toString(), c.queryClass);
        QStringList certificates;
        for (const QJsonValue &h : found->answer.value(QStringLiteral("hits")).toArray()) {
            certificates.append(h[QStringLiteral("permit")][QStringLiteral("certificate")].toString());
            QCOMPARE(h[QStringLiteral("matchedOn")].toString(), c.matchedOn);
            // Masked, though the registry gave it in clear.
            const QJsonObject permit = h[QStringLiteral("permit")].toObject();
            for (const QString &key :
                 {QStringLiteral("idNumber"), QStringLiteral("phone"), QStringLiteral("licence")}) {
                if (permit.contains(key))
                    QVERIFY2(permit.value(key).toString().contains(u'*'), qPrintable(c.query + u' ' + key));
            }
        }
        QCOMPARE(certificates, c.certificates);
        // The answer is as old as its oldest data: the first or the second page.
        const bool onFirstPage =
            c.certificates.contains(V1.certificate) || c.certificates.contains(D1.certificate);
        QCOMPARE(found->cachedAt, onFirstPage ? m_registryAsOf : secondPage);
    }

    // The whole region is known: a plate it does not hold has no permit, as of the snapshot.
    const std::optional<CachedLookup> unknown = lookup(QStringLiteral("琼DD99999"));
    QVERIFY(unknown);
    QCOMPARE(unknown->answer.value(QStringLiteral("hits")).toArray().size(), 0);
    QCOMPARE(unknown->cachedAt, m_registryAsOf);
    // Drivers' names match whole names only: the beginning of one is not "no driver".
    QCOMPARE(lookup(QStringLiteral("欧阳")), std::nullopt);
}

void tst_LookupCache::registryCompletesAndResumes()
{
    QCOMPARE(open(), Status::Ok);
    const QDateTime asOf = m_clock->now();
    QVERIFY(store(0, registryPage({hit(V1, true)}, asOf, 7)).outcome.ok());

    bool answered = false;
    LookupCacheStore::RegistryState state;
    cache().registryState(this, [&](const LookupCacheStore::RegistryState &s) {
        answered = true;
        state = s;
    });
    QTRY_VERIFY(answered);
    QVERIFY(state.inProgress);
    QCOMPARE(state.cursor, 7);
    QCOMPARE(state.pages, 1);
    QCOMPARE(state.hits, 1);
    QVERIFY(!state.asOf.isValid());
    // Until the snapshot is complete, a plate it does not hold is not known to have no permit.
    QCOMPARE(lookup(QStringLiteral("琼DD99999")), std::nullopt);

    // A page that does not continue the sync is refused; the right one completes it.
    const auto wrong = store(3, registryPage({hit(V2, true)}, asOf));
    QCOMPARE(wrong.outcome.status, Status::InvalidInput);
    QVERIFY2(wrong.outcome.message.contains(QStringLiteral("7")), qPrintable(wrong.outcome.message));
    QVERIFY(store(7, registryPage({hit(V2, true)}, asOf.addSecs(1))).complete);
    QVERIFY(lookup(QStringLiteral("琼DD99999")));

    // A new snapshot without V1: when it completes, V1 has left the registry and the cache.
    m_clock->advanceDays(1);
    QVERIFY(store(0, registryPage({hit(V2, true)}, m_clock->now())).complete);
    const std::optional<CachedLookup> gone = lookup(V1.plate);
    QVERIFY(gone);
    QCOMPARE(gone->answer.value(QStringLiteral("hits")).toArray().size(), 0);
    QCOMPARE(gone->cachedAt, m_clock->now());

    // Not a registry page at all.
    QCOMPARE(store(0, QJsonObject{{QStringLiteral("hits"), QJsonArray()}}).outcome.status,
             Status::InvalidInput);
}

void tst_LookupCache::fileHoldsNoClearPersonalData()
{
    QCOMPARE(open(), Status::Ok);
    fillRegistry();
    const QDateTime now = m_clock->now();
    cache().remember(DriverId, answer(QStringLiteral("idNumber"), {hit(D1, true)}, now), now);
    cache().remember(OtherName, answer(QStringLiteral("name"), {hit(D2, false, QStringLiteral("name"))}, now),
                     now);
    QVERIFY(lookup(OtherName)); // every write before it is done
    cache().close();
    QVERIFY(lookup(V1.plate) == std::nullopt); // closed: the file is complete and alone

    const QByteArray bytes = fileBytes();
    QVERIFY(bytes.size() > 4096);
    // The plain columns are there: the bytes read are the cache's.
    QVERIFY(bytes.contains(V1.plate.toUtf8()));
    QVERIFY(bytes.contains(D1.certificate.toUtf8()));
    for (const QString &personal : {DriverName, OtherName, OwnerName, DriverId, OtherId, DriverPhone,
                                    OtherPhone, DriverId.left(14), QStringLiteral("1990010112")}) {
        QVERIFY2(!bytes.contains(personal.toUtf8()), qPrintable(personal));
        QByteArray utf16(reinterpret_cast<const char *>(personal.utf16()), personal.size() * 2);
        QVERIFY2(!bytes.contains(utf16), qPrintable(personal));
    }
}

void tst_LookupCache::rekey()
{
    QCOMPARE(open(), Status::Ok);
    fillRegistry();
    const QDateTime now = m_clock->now();
    cache().remember(QStringLiteral("琼DD"), answer(QStringLiteral("platePrefix"), {hit(V2, false)}, now),
                     now);

    QSignalSpy rekeyed(&cache(), &LookupCache::rekeyed);
    cache().rekey(QStringLiteral("not the password"), NewPassword);
    QVERIFY(rekeyed.wait(30000));
    QCOMPARE(rekeyed.takeFirst().at(0).value<Status>(), Status::WrongPassword);
    QVERIFY(lookup(DriverId)); // nothing changed

    cache().rekey(Password, NewPassword);
    QVERIFY(rekeyed.wait(30000));
    QCOMPARE(rekeyed.takeFirst().at(0).value<Status>(), Status::Ok);
    const auto check = [&] {
        QCOMPARE(onlyHit(lookup(DriverId))
                     .value(QStringLiteral("permit"))[QStringLiteral("certificate")]
                     .toString(),
                 D1.certificate); // the blind index under the new key
        QCOMPARE(onlyHit(lookup(OtherName))
                     .value(QStringLiteral("permit"))[QStringLiteral("certificate")]
                     .toString(),
                 D2.certificate);
        QVERIFY(lookup(QStringLiteral("琼DD"))); // the remembered query under its new key
        QCOMPARE(onlyHit(lookup(V1.plate))
                     .value(QStringLiteral("permit"))[QStringLiteral("certificate")]
                     .toString(),
                 V1.certificate);
    };
    check();

    cache().close();
    QCOMPARE(open(User, Password), Status::WrongPassword);
    QCOMPARE(open(User, NewPassword), Status::Ok);
    check();
}

void tst_LookupCache::damagedValuesAreLeftOutAndNamed()
{
    QCOMPARE(open(), Status::Ok);
    fillRegistry();
    cache().close();
    {
        // One value altered, and two drivers' values swapped between their rows.
        Database db;
        QVERIFY(db.open(cache().pathFor(User)));
        QVERIFY(db.exec(QStringLiteral("UPDATE permit SET sealed = substr(sealed, 1, 30) || x'00' || "
                                       "substr(sealed, 32) WHERE certificate = '%1'")
                            .arg(V1.certificate)));
        const QByteArray d1 =
            db.queryValue(
                  QStringLiteral("SELECT sealed FROM permit WHERE certificate = '%1'").arg(D1.certificate))
                .toByteArray();
        const QByteArray d2 =
            db.queryValue(
                  QStringLiteral("SELECT sealed FROM permit WHERE certificate = '%1'").arg(D2.certificate))
                .toByteArray();
        QVERIFY(!d1.isEmpty() && !d2.isEmpty() && d1 != d2);
        Statement swap = db.prepare(QStringLiteral("UPDATE permit SET sealed = ? WHERE certificate = ?"));
        swap.bind(1, d2);
        swap.bind(2, D1.certificate);
        QVERIFY(swap.exec());
        swap.bind(1, d1);
        swap.bind(2, D2.certificate);
        QVERIFY(swap.exec());
    }
    QCOMPARE(open(), Status::Ok);
    QSignalSpy problems(&cache(), &LookupCache::problem);
    // Neither "no permit" nor another permit's data: no answer, and the damage is named.
    QCOMPARE(lookup(V1.plate), std::nullopt);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().at(0).toString().contains(
                 QStringLiteral("permit.sealed of row vehicle:469001000001")),
             qPrintable(problems.first().at(0).toString()));
    QCOMPARE(lookup(OtherName), std::nullopt);
    QCOMPARE(problems.size(), 2);
    QVERIFY2(problems.last().at(0).toString().contains(QStringLiteral("driver:D469001000002")),
             qPrintable(problems.last().at(0).toString()));
    // The rest still answers.
    QCOMPARE(onlyHit(lookup(V2.plate)).value(QStringLiteral("kind")).toString(), QStringLiteral("vehicle"));

    // A re-key drops what no longer opens and says so.
    QSignalSpy rekeyed(&cache(), &LookupCache::rekeyed);
    cache().rekey(Password, NewPassword);
    QVERIFY(rekeyed.wait(30000));
    QCOMPARE(rekeyed.first().at(0).value<Status>(), Status::Ok);
    QVERIFY2(rekeyed.first().at(1).toString().contains(QStringLiteral("3 cached value")),
             qPrintable(rekeyed.first().at(1).toString()));
    QCOMPARE(onlyHit(lookup(V2.plate)).value(QStringLiteral("kind")).toString(), QStringLiteral("vehicle"));
}

void tst_LookupCache::killedWriterLeavesReadableCache()
{
    QCOMPARE(open(), Status::Ok);
    fillRegistry();
    cache().close();
    QVERIFY(lookup(V1.plate) == std::nullopt); // closed on the worker
    const QString path = cache().pathFor(User);

    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--abandon-write"), path});
    QVERIFY(child.waitForStarted(10000));
    QByteArray said;
    QTRY_VERIFY_WITH_TIMEOUT((said += child.readAllStandardOutput()).contains("writing") ||
                                 child.state() == QProcess::NotRunning,
                             30000);
    QCOMPARE(child.state(), QProcess::Running); // in the middle of its transaction
    // The uncommitted pages are on disk, in the WAL, when the process dies.
    QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 1024 * 1024);
    child.kill(); // SIGKILL: no rollback, no close
    QVERIFY(child.waitForFinished(10000));

    QCOMPARE(open(), Status::Ok); // the key record is the committed one
    QCOMPARE(
        onlyHit(lookup(V1.plate)).value(QStringLiteral("permit"))[QStringLiteral("certificate")].toString(),
        V1.certificate);
    QCOMPARE(
        onlyHit(lookup(DriverId)).value(QStringLiteral("permit"))[QStringLiteral("certificate")].toString(),
        D1.certificate);
    const std::optional<CachedLookup> half = lookup(QStringLiteral("琼DD90001"));
    QVERIFY(half); // the registry is complete: no permit, and none of the half-written rows
    QCOMPARE(half->answer.value(QStringLiteral("hits")).toArray().size(), 0);
    // And it takes new writes.
    const QDateTime now = m_clock->now();
    cache().remember(QStringLiteral("琼DD77777"), answer(QStringLiteral("plate"), {}, now), now);
    QCOMPARE(lookup(QStringLiteral("琼DD77777"))->cachedAt, now);
}

void tst_LookupCache::removeDeletesTheFile()
{
    QCOMPARE(open(), Status::Ok);
    fillRegistry();
    const QString path = cache().pathFor(User);
    QVERIFY(QFile::exists(path));
    QSignalSpy removed(&cache(), &LookupCache::removed);
    cache().remove(User);
    QVERIFY(!cache().isOpen());
    QVERIFY(removed.wait(10000));
    QCOMPARE(removed.first().at(0).toString(), User);
    QCOMPARE(removed.first().at(1).value<Status>(), Status::Ok);
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QCOMPARE(lookup(V1.plate), std::nullopt);
    // Any password makes a new, empty cache.
    QCOMPARE(open(User, NewPassword), Status::Ok);
    QCOMPARE(lookup(V1.plate), std::nullopt);
}

void tst_LookupCache::oldAnswersAreForgotten()
{
    QCOMPARE(open(), Status::Ok);
    fillRegistry();
    const QDateTime old = m_clock->now();
    const VehiclePermit other =
        vehicle(9, QStringLiteral("469001000009"), QStringLiteral("琼DD10009"), OtherName);
    cache().remember(other.plate, answer(QStringLiteral("plate"), {hit(other, false)}, old), old);
    cache().remember(V1.plate, answer(QStringLiteral("plate"), {hit(V1, false)}, old), old);
    m_clock->advanceDays(20);
    const QDateTime recent = m_clock->now();
    cache().remember(QStringLiteral("琼DD99999"), answer(QStringLiteral("plate"), {}, recent), recent);
    QCOMPARE(lookup(other.plate)->cachedAt, old);

    // 31 days on, the next sign-in forgets the answers older than 30 days and what only they held.
    m_clock->advanceDays(11);
    cache().close();
    QCOMPARE(open(), Status::Ok);
    const std::optional<CachedLookup> gone = lookup(other.plate);
    QVERIFY(gone); // the registry is complete: it has no such permit
    QCOMPARE(gone->answer.value(QStringLiteral("hits")).toArray().size(), 0);
    QCOMPARE(gone->cachedAt, m_registryAsOf);
    QCOMPARE(
        onlyHit(lookup(V1.plate)).value(QStringLiteral("permit"))[QStringLiteral("certificate")].toString(),
        V1.certificate); // the registry's permits stay
    QCOMPARE(lookup(QStringLiteral("琼DD99999"))->cachedAt, recent);
}

void tst_LookupCache::answersAreAsynchronousAndDropped()
{
    QCOMPARE(open(), Status::Ok);
    fillRegistry();
    bool called = false;
    cache().lookup(V1.plate, this, [&](std::optional<CachedLookup>) { called = true; });
    QVERIFY(!called); // never on the caller's stack
    QTRY_VERIFY(called);

    // A context that is gone gets nothing; the answers behind it still come.
    auto *context = new QObject;
    bool dropped = false;
    cache().lookup(V1.plate, context, [&](std::optional<CachedLookup>) { dropped = true; });
    delete context;
    QVERIFY(lookup(V2.plate)); // queued after the first: its answer has come and gone
    QVERIFY(!dropped);
}

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--abandon-write") == 0) {
        QCoreApplication app(argc, argv);
        return abandonWrite(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    tst_LookupCache test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_lookupcache.moc"
