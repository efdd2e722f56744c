// CacheKey: PBKDF2-HMAC-SHA256 with a per-cache salt, HKDF subkeys, and a key record that tells a wrong
// password from a damaged file; the derivation runs off the calling thread.

#include "offline/cachekey.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace rw;
using Verdict = CacheKey::Verdict;

namespace {

const QString Password = QStringLiteral("Wuzhishan-Ride-2026");
constexpr int Cheap = CacheKey::MinimumIterations; // the floor; tests cannot go below it either

} // namespace

class tst_CacheKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void deriveIsDeterministic();
    void saltDiffersPerCache();
    void subkeysAreSeparate();
    void rightPassword();
    void wrongPasswordIsNotCorrupt();
    void damagedRecordIsCorrupt_data();
    void damagedRecordIsCorrupt();
    void costBelowTheFloorIsRefused();
    void passwordIsNormalised();
    void blindIndexPerField();
    void derivationRunsOffThread();

private:
    CacheKey m_key;
};

void tst_CacheKey::initTestCase()
{
    m_key = CacheKey::create(Password, Cheap);
    QVERIFY(m_key.isValid());
}

void tst_CacheKey::deriveIsDeterministic()
{
    const CacheKey again = CacheKey::derive(Password, m_key.salt(), m_key.iterations());
    QVERIFY(again.isValid());
    QCOMPARE(again.checkValue(), m_key.checkValue());
    QCOMPARE(again.blindIndex(u"idNumber", u"469001199001011234"),
             m_key.blindIndex(u"idNumber", u"469001199001011234"));
    // The same key seals what the other opens.
    const FieldCipher::Place place{QStringLiteral("t"), QStringLiteral("c"), QStringLiteral("r")};
    QCOMPARE(again.cipher().open(m_key.cipher().seal("x", place), place), QByteArray("x"));
}

void tst_CacheKey::saltDiffersPerCache()
{
    // Two users (or one user's cache before and after a re-key) with the same password.
    const CacheKey other = CacheKey::create(Password, Cheap);
    QVERIFY(other.isValid());
    QCOMPARE(other.salt().size(), CacheKey::SaltSize);
    QVERIFY(other.salt() != m_key.salt());
    QVERIFY(other.checkValue() != m_key.checkValue());
    QVERIFY(other.cipher().keyId() != m_key.cipher().keyId());
    QVERIFY(other.blindIndex(u"name", u"张伟") != m_key.blindIndex(u"name", u"张伟"));
}

void tst_CacheKey::subkeysAreSeparate()
{
    // The blind index and the check value must not give the encryption key away: all three differ.
    const QByteArray index = m_key.blindIndex(u"idNumber", u"x");
    QCOMPARE(index.size(), 32);
    QVERIFY(index != m_key.checkValue());
    QVERIFY(!m_key.checkValue().contains(m_key.cipher().keyId()));
}

void tst_CacheKey::rightPassword()
{
    CacheKey unlocked;
    QCOMPARE(CacheKey::unlock(Password, m_key.record(), &unlocked), Verdict::Match);
    QCOMPARE(unlocked.cipher().keyId(), m_key.cipher().keyId());
    QVERIFY(m_key.record().isWellFormed());
}

void tst_CacheKey::wrongPasswordIsNotCorrupt()
{
    CacheKey unlocked;
    QCOMPARE(CacheKey::unlock(Password + QLatin1Char('!'), m_key.record(), &unlocked),
             Verdict::WrongPassword);
    QVERIFY(!unlocked.isValid());
    QCOMPARE(CacheKey::unlock(QString(), m_key.record(), &unlocked), Verdict::WrongPassword);
    QVERIFY(CacheKey::verdictText(Verdict::WrongPassword).contains(QStringLiteral("password")));
}

void tst_CacheKey::damagedRecordIsCorrupt_data()
{
    QTest::addColumn<QString>("part");
    QTest::newRow("salt") << QStringLiteral("salt");
    QTest::newRow("iterations") << QStringLiteral("iterations");
    QTest::newRow("check value") << QStringLiteral("check");
    QTest::newRow("digest") << QStringLiteral("digest");
    QTest::newRow("salt cut short") << QStringLiteral("short");
}

void tst_CacheKey::damagedRecordIsCorrupt()
{
    QFETCH(QString, part);
    CacheKey::Record r = m_key.record();
    if (part == QLatin1String("salt"))
        r.salt[3] = char(r.salt.at(3) ^ 0x10);
    else if (part == QLatin1String("iterations"))
        r.iterations += 1;
    else if (part == QLatin1String("check"))
        r.checkValue[0] = char(r.checkValue.at(0) ^ 0x01);
    else if (part == QLatin1String("digest"))
        r.digest[31] = char(r.digest.at(31) ^ 0x80);
    else
        r.salt.chop(1);
    QVERIFY(!r.isWellFormed());
    // Even the right password cannot tell anything from a damaged record: Corrupt, not WrongPassword.
    CacheKey unlocked;
    QCOMPARE(CacheKey::unlock(Password, r, &unlocked), Verdict::Corrupt);
    QVERIFY(!unlocked.isValid());
    QVERIFY(CacheKey::verdictText(Verdict::Corrupt).contains(QStringLiteral("damaged")));
}

void tst_CacheKey::costBelowTheFloorIsRefused()
{
    QVERIFY(!CacheKey::derive(Password, m_key.salt(), CacheKey::MinimumIterations - 1).isValid());
    QVERIFY(!CacheKey::derive(Password, m_key.salt().left(8), Cheap).isValid());
    // A record rewritten to a cheap cost, with a matching digest: a downgrade, refused as Corrupt.
    CacheKey::Record r = m_key.record();
    r.iterations = 1000;
    r.digest = CacheKey::Record::digestOf(r.salt, r.iterations, r.checkValue);
    QCOMPARE(CacheKey::unlock(Password, r, nullptr), Verdict::Corrupt);
    QVERIFY(CacheKey::DefaultIterations >= 600000);
}

void tst_CacheKey::passwordIsNormalised()
{
    // "Ａ" (full-width, from a Chinese input method) is "A" under NFKC.
    const QString fullWidth = QStringLiteral("Ｗuzhishan-Ride-2026");
    QCOMPARE(CacheKey::unlock(fullWidth, m_key.record(), nullptr), Verdict::Match);
}

void tst_CacheKey::blindIndexPerField()
{
    const QByteArray asId = m_key.blindIndex(u"idNumber", u"469001199001011234");
    const QByteArray asLicence = m_key.blindIndex(u"licence", u"469001199001011234");
    QVERIFY(!asId.isEmpty());
    QVERIFY(asId != asLicence); // one value in two fields: two digests
    QVERIFY(m_key.blindIndex(u"name", u"张伟") != m_key.blindIndex(u"name", u"张伟伟"));
    QVERIFY(m_key.blindIndex(u"name", QStringView()).isEmpty());
    QVERIFY(CacheKey().blindIndex(u"name", u"张伟").isEmpty());
}

void tst_CacheKey::derivationRunsOffThread()
{
    // The default cost (≈0.2 s): the calling thread's event loop keeps running meanwhile.
    int ticks = 0;
    QTimer timer;
    timer.setInterval(5);
    connect(&timer, &QTimer::timeout, this, [&] { ++ticks; });
    timer.start();
    QFuture<CacheKey> future = CacheKey::deriveAsync(Password, m_key.salt(), CacheKey::DefaultIterations);
    QVERIFY(!future.isFinished()); // 600,000 iterations cannot be done yet: it runs elsewhere
    QFutureWatcher<CacheKey> watcher;
    QSignalSpy done(&watcher, &QFutureWatcher<CacheKey>::finished);
    watcher.setFuture(future);
    QVERIFY(done.wait(30000));
    QVERIFY2(ticks > 0, "the event loop did not run during the derivation");
    const CacheKey key = future.result();
    QVERIFY(key.isValid());
    QCOMPARE(key.iterations(), CacheKey::DefaultIterations);
    QCOMPARE(key.salt(), m_key.salt());
    QVERIFY(key.checkValue() != m_key.checkValue()); // another cost, another key
}

QTEST_GUILESS_MAIN(tst_CacheKey)
#include "tst_cachekey.moc"
