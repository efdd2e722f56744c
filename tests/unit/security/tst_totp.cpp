#include "domain/manualclock.h"
#include "security/base32.h"
#include "security/totp.h"

#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace rw;

namespace {

// RFC 6238 Appendix B seeds: the ASCII digits repeated to the hash's output size.
const QByteArray Seed20 = "12345678901234567890";
const QByteArray Seed32 = "12345678901234567890123456789012";
const QByteArray Seed64 = "1234567890123456789012345678901234567890123456789012345678901234";

QDateTime at(qint64 unixSeconds)
{
    return QDateTime::fromSecsSinceEpoch(unixSeconds, Qt::UTC);
}

} // namespace

class tst_Totp : public QObject
{
    Q_OBJECT

private slots:
    void rfc4226HotpVectors();
    void rfc6238Vectors_data();
    void rfc6238Vectors();
    void sixDigitsAreTheLowDigits();
    void acceptsOneStepEitherSide();
    void rejectsTwoStepsAway();
    void rejectsReuseOfTheSameStep();
    void rejectsOlderStepsAfterANewerOne();
    void malformedCodes_data();
    void malformedCodes();
    void verifiesWithTheClock();
    void provisioningUri();
    void generatedSecrets();
    void validity();
};

void tst_Totp::rfc4226HotpVectors()
{
    // RFC 4226 Appendix D: HOTP-SHA1, 6 digits, counters 0–9.
    const QStringList expected = {QStringLiteral("755224"), QStringLiteral("287082"),
                                  QStringLiteral("359152"), QStringLiteral("969429"),
                                  QStringLiteral("338314"), QStringLiteral("254676"),
                                  QStringLiteral("287922"), QStringLiteral("162583"),
                                  QStringLiteral("399871"), QStringLiteral("520489")};
    for (int counter = 0; counter < expected.size(); ++counter)
        QCOMPARE(Totp::hotp(Seed20, quint64(counter), 6), expected.at(counter));
}

void tst_Totp::rfc6238Vectors_data()
{
    QTest::addColumn<qint64>("time");
    QTest::addColumn<int>("algorithm");
    QTest::addColumn<qint64>("step");
    QTest::addColumn<QString>("code");
    using A = Totp::Algorithm;
    struct Vector
    {
        qint64 time;
        qint64 step;
        const char *sha1;
        const char *sha256;
        const char *sha512;
    };
    // RFC 6238 Appendix B, all 18 rows (8 digits, 30-second steps, T0 = 0).
    const Vector vectors[] = {
        {59, 0x1, "94287082", "46119246", "90693936"},
        {1111111109, 0x23523EC, "07081804", "68084774", "25091201"},
        {1111111111, 0x23523ED, "14050471", "67062674", "99943326"},
        {1234567890, 0x273EF07, "89005924", "91819424", "93441116"},
        {2000000000, 0x3F940AA, "69279037", "90698825", "38618901"},
        {20000000000, 0x27BC86AA, "65353130", "77737706", "47863826"},
    };
    for (const Vector &v : vectors) {
        QTest::addRow("%lld SHA1", v.time) << v.time << int(A::Sha1) << v.step << QString::fromLatin1(v.sha1);
        QTest::addRow("%lld SHA256", v.time)
            << v.time << int(A::Sha256) << v.step << QString::fromLatin1(v.sha256);
        QTest::addRow("%lld SHA512", v.time)
            << v.time << int(A::Sha512) << v.step << QString::fromLatin1(v.sha512);
    }
}

void tst_Totp::rfc6238Vectors()
{
    QFETCH(qint64, time);
    QFETCH(int, algorithm);
    QFETCH(qint64, step);
    QFETCH(QString, code);
    const auto a = Totp::Algorithm(algorithm);
    const QByteArray seed = a == Totp::Algorithm::Sha1     ? Seed20
                            : a == Totp::Algorithm::Sha256 ? Seed32
                                                           : Seed64;
    const Totp totp(seed, a, 8, 30);
    QVERIFY(totp.isValid());
    QCOMPARE(totp.stepAt(at(time)), step);
    QCOMPARE(totp.codeAt(at(time)), code);
    const Totp::Verification verification = totp.verifyAt(code, at(time));
    QVERIFY2(verification.accepted(), qPrintable(verification.message));
    QCOMPARE(verification.step, step);
}

void tst_Totp::sixDigitsAreTheLowDigits()
{
    const Totp totp(Seed20);
    QCOMPARE(totp.codeAt(at(59)), QStringLiteral("287082"));         // 94287082 mod 10^6
    QCOMPARE(totp.codeAt(at(1111111109)), QStringLiteral("081804")); // leading zero kept
}

void tst_Totp::acceptsOneStepEitherSide()
{
    const Totp totp(Seed20);
    const QDateTime now = at(1234567890);
    const qint64 step = totp.stepAt(now);
    for (qint64 offset : {-1, 0, 1}) {
        const auto verification = totp.verifyAt(totp.codeForStep(step + offset), now);
        QVERIFY(verification.accepted());
        QCOMPARE(verification.step, step + offset);
    }
    // Boundaries of the window in time: the code of step s is good from (s−1)·30 to (s+2)·30 − 1 ms.
    const QString code = totp.codeForStep(step);
    QVERIFY(totp.verifyAt(code, QDateTime::fromMSecsSinceEpoch((step - 1) * 30000, Qt::UTC)).accepted());
    QVERIFY(!totp.verifyAt(code, QDateTime::fromMSecsSinceEpoch((step - 1) * 30000 - 1, Qt::UTC)).accepted());
    QVERIFY(totp.verifyAt(code, QDateTime::fromMSecsSinceEpoch((step + 2) * 30000 - 1, Qt::UTC)).accepted());
    QVERIFY(!totp.verifyAt(code, QDateTime::fromMSecsSinceEpoch((step + 2) * 30000, Qt::UTC)).accepted());
}

void tst_Totp::rejectsTwoStepsAway()
{
    const Totp totp(Seed20);
    const QDateTime now = at(1234567890);
    const qint64 step = totp.stepAt(now);
    for (qint64 offset : {-2, 2}) {
        const auto verification = totp.verifyAt(totp.codeForStep(step + offset), now);
        QCOMPARE(verification.outcome, Totp::Verification::Outcome::Wrong);
        QVERIFY(!verification.message.isEmpty());
    }
    Totp wide(Seed20);
    wide.setWindow(2);
    QVERIFY(wide.verifyAt(wide.codeForStep(step + 2), now).accepted());
}

void tst_Totp::rejectsReuseOfTheSameStep()
{
    const Totp totp(Seed20);
    const QDateTime now = at(1234567890);
    const QString code = totp.codeAt(now);
    const auto first = totp.verifyAt(code, now, -1);
    QVERIFY(first.accepted());
    // The same code again, within the same 30 s: refused.
    const auto second = totp.verifyAt(code, now.addSecs(5), first.step);
    QCOMPARE(second.outcome, Totp::Verification::Outcome::Replayed);
    QVERIFY2(second.message.contains(QStringLiteral("already used")), qPrintable(second.message));
    // The next step's code is fine.
    const auto next = totp.verifyAt(totp.codeAt(now.addSecs(30)), now.addSecs(30), first.step);
    QVERIFY(next.accepted());
    QCOMPARE(next.step, first.step + 1);
}

void tst_Totp::rejectsOlderStepsAfterANewerOne()
{
    const Totp totp(Seed20);
    const QDateTime now = at(1234567890);
    const qint64 step = totp.stepAt(now);
    // The code of step+1 (a fast clock) was accepted; the current step's code is now too old.
    QCOMPARE(totp.verifyAt(totp.codeForStep(step), now, step + 1).outcome,
             Totp::Verification::Outcome::Replayed);
    QCOMPARE(totp.verifyAt(totp.codeForStep(step - 1), now, step + 1).outcome,
             Totp::Verification::Outcome::Replayed);
}

void tst_Totp::malformedCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QString();
    QTest::newRow("five digits") << QStringLiteral("12345");
    QTest::newRow("seven digits") << QStringLiteral("1234567");
    QTest::newRow("letters") << QStringLiteral("12a456");
    QTest::newRow("full-width digits") << QStringLiteral("１２３４５６");
}

void tst_Totp::malformedCodes()
{
    QFETCH(QString, code);
    const Totp totp(Seed20);
    const auto verification = totp.verifyAt(code, at(59));
    QCOMPARE(verification.outcome, Totp::Verification::Outcome::Malformed);
    QVERIFY2(verification.message.contains(QStringLiteral("6 digit")), qPrintable(verification.message));
}

void tst_Totp::verifiesWithTheClock()
{
    ManualClock clock(at(1111111109));
    const Totp totp(Seed20, Totp::Algorithm::Sha1, 8);
    QVERIFY(totp.verify(QStringLiteral("07081804"), clock).accepted());
    QVERIFY(totp.verify(QStringLiteral("0708 1804"), clock).accepted()); // typed in groups
    clock.advanceSecs(60);                                               // two steps on
    QCOMPARE(totp.verify(QStringLiteral("07081804"), clock).outcome, Totp::Verification::Outcome::Wrong);
}

void tst_Totp::provisioningUri()
{
    const Totp totp(Seed20);
    const QString uri =
        totp.provisioningUri(QStringLiteral("RideWatch Hainan"), QStringLiteral("sec.admin@469001"));
    QCOMPARE(
        uri,
        QStringLiteral(
            "otpauth://totp/RideWatch%20Hainan:sec.admin%40469001?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
            "&issuer=RideWatch%20Hainan&algorithm=SHA1&digits=6&period=30"));
    const QUrl url(uri);
    QVERIFY(url.isValid());
    QCOMPARE(url.scheme(), QStringLiteral("otpauth"));
    QCOMPARE(url.host(), QStringLiteral("totp"));
    const QUrlQuery query(url);
    QCOMPARE(Base32::decode(query.queryItemValue(QStringLiteral("secret"))).value_or("<invalid>"), Seed20);
    QCOMPARE(query.queryItemValue(QStringLiteral("issuer"), QUrl::FullyDecoded),
             QStringLiteral("RideWatch Hainan"));

    const Totp sha512(Seed64, Totp::Algorithm::Sha512, 8, 60);
    QVERIFY(sha512.provisioningUri(QStringLiteral("RW"), QStringLiteral("a"))
                .endsWith(QStringLiteral("&algorithm=SHA512&digits=8&period=60")));
}

void tst_Totp::generatedSecrets()
{
    const QByteArray a = Totp::generateSecret();
    const QByteArray b = Totp::generateSecret();
    QCOMPARE(a.size(), 20);
    QVERIFY(a != b);
    QVERIFY(Totp(a).isValid());
    QCOMPARE(Base32::decode(Base32::encode(a)).value_or("<invalid>"), a);
    QVERIFY(Totp::algorithmFromName(QStringLiteral("sha256")) == Totp::Algorithm::Sha256);
    QVERIFY(!Totp::algorithmFromName(QStringLiteral("MD5")));
}

void tst_Totp::validity()
{
    QVERIFY(!Totp(QByteArray(15, 'k')).isValid()); // under 128 bits
    QVERIFY(!Totp(Seed20, Totp::Algorithm::Sha1, 5).isValid());
    QVERIFY(!Totp(Seed20, Totp::Algorithm::Sha1, 9).isValid());
    QVERIFY(!Totp(Seed20, Totp::Algorithm::Sha1, 6, 0).isValid());
    QVERIFY(Totp(QByteArray(15, 'k')).codeAt(at(59)).isEmpty());
    QCOMPARE(Totp(QByteArray(15, 'k')).verifyAt(QStringLiteral("123456"), at(59)).outcome,
             Totp::Verification::Outcome::Malformed);
}

QTEST_GUILESS_MAIN(tst_Totp)
#include "tst_totp.moc"
