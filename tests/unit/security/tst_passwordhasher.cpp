#include "security/passwordhasher.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

using namespace rw;

namespace {

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64(QByteArray::OmitTrailingEquals));
}

// Cheap parameters: the tests are about behaviour, not cost.
const PasswordHasher::Parameters Cheap = PasswordHasher::Parameters::pbkdf2(1000);

} // namespace

class tst_PasswordHasher : public QObject
{
    Q_OBJECT

private slots:
    void defaultIsPbkdf2Sha256With600000Iterations();
    void rfc7914Pbkdf2Vector();
    void rfc7914ScryptVector();
    void hashIsSelfDescribing();
    void saltIsFreshPerHash();
    void wrongPasswordFails();
    void unicodeIsNormalisedNfkc();
    void oldHashesVerifyAfterTheCostIsRaised();
    void needsRehash();
    void scryptHashesVerify();
    void decodeRejects_data();
    void decodeRejects();
    void encodeDecodeRoundTrip();
    void refusesParametersItCouldNotVerify();
};

void tst_PasswordHasher::defaultIsPbkdf2Sha256With600000Iterations()
{
    const PasswordHasher hasher;
    QCOMPARE(hasher.parameters().algorithm, PasswordHasher::Algorithm::Pbkdf2Sha256);
    QCOMPARE(hasher.parameters().iterations, 600000);
    QCOMPARE(hasher.parameters().saltBytes, 16);

    QElapsedTimer timer;
    timer.start();
    const QString encoded = hasher.hash(QStringLiteral("Correct-Horse-7"));
    const qint64 hashMs = timer.restart();
    QVERIFY(encoded.startsWith(QStringLiteral("$pbkdf2-sha256$i=600000$")));
    QVERIFY(hasher.verify(QStringLiteral("Correct-Horse-7"), encoded));
    const qint64 verifyMs = timer.elapsed();
    // Reported, not asserted (timing depends on the machine and its load).
    qInfo("PBKDF2-HMAC-SHA256, 600000 iterations: hash %lld ms, verify %lld ms", hashMs, verifyMs);
}

void tst_PasswordHasher::rfc7914Pbkdf2Vector()
{
    // RFC 7914 §11: PBKDF2-HMAC-SHA256, P = "passwd", S = "salt", c = 1, dkLen = 64.
    const QByteArray expected =
        QByteArray::fromHex("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                            "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
    const QString encoded = QStringLiteral("$pbkdf2-sha256$i=1$") + b64("salt") + u'$' + b64(expected);
    const PasswordHasher hasher(Cheap);
    QVERIFY(hasher.verify(QStringLiteral("passwd"), encoded));
    QVERIFY(!hasher.verify(QStringLiteral("passwe"), encoded));
    QVERIFY(!hasher.verify(QStringLiteral("passwd"),
                           QStringLiteral("$pbkdf2-sha256$i=2$") + b64("salt") + u'$' + b64(expected)));
}

void tst_PasswordHasher::rfc7914ScryptVector()
{
    // RFC 7914 §12: P = "password", S = "NaCl", N = 1024, r = 8, p = 16, dkLen = 64.
    const QByteArray expected =
        QByteArray::fromHex("fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
                            "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640");
    const QString encoded = QStringLiteral("$scrypt$ln=10,r=8,p=16$") + b64("NaCl") + u'$' + b64(expected);
    const PasswordHasher hasher(Cheap);
    QVERIFY(hasher.verify(QStringLiteral("password"), encoded));
    QVERIFY(!hasher.verify(QStringLiteral("Password"), encoded));
}

void tst_PasswordHasher::hashIsSelfDescribing()
{
    const QString encoded = PasswordHasher(Cheap).hash(QStringLiteral("Sample-Pass-2024"));
    static const QRegularExpression format(
        QStringLiteral("^\\$pbkdf2-sha256\\$i=1000\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}$"));
    QVERIFY2(format.match(encoded).hasMatch(), qPrintable(encoded));
    const auto decoded = PasswordHasher::decode(encoded);
    QVERIFY(decoded);
    QCOMPARE(decoded->salt.size(), 16);
    QCOMPARE(decoded->hash.size(), 32);
    QCOMPARE(decoded->parameters.iterations, 1000);
}

void tst_PasswordHasher::saltIsFreshPerHash()
{
    const PasswordHasher hasher(Cheap);
    const QString a = hasher.hash(QStringLiteral("Same-Password-1"));
    const QString b = hasher.hash(QStringLiteral("Same-Password-1"));
    QVERIFY(a != b);
    QVERIFY(PasswordHasher::decode(a)->salt != PasswordHasher::decode(b)->salt);
    QVERIFY(hasher.verify(QStringLiteral("Same-Password-1"), a));
    QVERIFY(hasher.verify(QStringLiteral("Same-Password-1"), b));
}

void tst_PasswordHasher::wrongPasswordFails()
{
    const PasswordHasher hasher(Cheap);
    const QString encoded = hasher.hash(QStringLiteral("Right-Password-9"));
    QVERIFY(!hasher.verify(QStringLiteral("right-Password-9"), encoded));
    QVERIFY(!hasher.verify(QStringLiteral("Right-Password-9 "), encoded));
    QVERIFY(!hasher.verify(QString(), encoded));
    QVERIFY(!hasher.verify(QStringLiteral("Right-Password-9"), QString()));
    // A flipped bit in the stored hash fails too.
    auto decoded = *PasswordHasher::decode(encoded);
    decoded.hash[5] = char(decoded.hash.at(5) ^ 0x01);
    QVERIFY(!hasher.verify(QStringLiteral("Right-Password-9"), PasswordHasher::encode(decoded)));
}

void tst_PasswordHasher::unicodeIsNormalisedNfkc()
{
    const PasswordHasher hasher(Cheap);
    // Full-width letters (as a Chinese input method may type them) are the ASCII ones after NFKC.
    const QString encoded = hasher.hash(QStringLiteral("Password123!"));
    QVERIFY(hasher.verify(QStringLiteral("Ｐａｓｓｗｏｒｄ１２３！"), encoded));
    // Precomposed é and e + combining acute accent are the same password.
    const QString composed = hasher.hash(QStringLiteral("Caf\u00e9-Latte-42"));
    QVERIFY(hasher.verify(QStringLiteral("Cafe\u0301-Latte-42"), composed));
    const QString chinese = hasher.hash(QStringLiteral("网约车监管-2024"));
    QVERIFY(hasher.verify(QStringLiteral("网约车监管-2024"), chinese));
    QVERIFY(!hasher.verify(QStringLiteral("网约车监督-2024"), chinese));
}

void tst_PasswordHasher::oldHashesVerifyAfterTheCostIsRaised()
{
    const QString old =
        PasswordHasher(PasswordHasher::Parameters::pbkdf2(1000)).hash(QStringLiteral("Kept-Pass-11"));
    const PasswordHasher raised(PasswordHasher::Parameters::pbkdf2(3000));
    QVERIFY(raised.verify(QStringLiteral("Kept-Pass-11"), old));
    QVERIFY(raised.needsRehash(old));
    const PasswordHasher scrypt(PasswordHasher::Parameters::scrypt(10, 8, 1));
    QVERIFY(scrypt.verify(QStringLiteral("Kept-Pass-11"), old));
    QVERIFY(scrypt.needsRehash(old));
}

void tst_PasswordHasher::needsRehash()
{
    const PasswordHasher hasher(PasswordHasher::Parameters::pbkdf2(2000));
    QVERIFY(!hasher.needsRehash(hasher.hash(QStringLiteral("x"))));
    // A stronger hash than configured stays.
    QVERIFY(!hasher.needsRehash(
        PasswordHasher(PasswordHasher::Parameters::pbkdf2(4000)).hash(QStringLiteral("x"))));
    QVERIFY(hasher.needsRehash(
        PasswordHasher(PasswordHasher::Parameters::pbkdf2(1999)).hash(QStringLiteral("x"))));
    PasswordHasher::Parameters shortSalt = PasswordHasher::Parameters::pbkdf2(2000);
    shortSalt.saltBytes = 8;
    QVERIFY(hasher.needsRehash(PasswordHasher(shortSalt).hash(QStringLiteral("x"))));
    QVERIFY(hasher.needsRehash(QStringLiteral("not a hash")));

    const PasswordHasher scrypt(PasswordHasher::Parameters::scrypt(11, 8, 1));
    QVERIFY(!scrypt.needsRehash(scrypt.hash(QStringLiteral("x"))));
    QVERIFY(scrypt.needsRehash(
        PasswordHasher(PasswordHasher::Parameters::scrypt(10, 8, 1)).hash(QStringLiteral("x"))));
    QVERIFY(scrypt.needsRehash(
        PasswordHasher(PasswordHasher::Parameters::scrypt(11, 4, 1)).hash(QStringLiteral("x"))));
    QVERIFY(scrypt.needsRehash(hasher.hash(QStringLiteral("x"))));
}

void tst_PasswordHasher::scryptHashesVerify()
{
    const PasswordHasher hasher(PasswordHasher::Parameters::scrypt(10, 8, 1));
    const QString encoded = hasher.hash(QStringLiteral("Scrypt-Pass-77"));
    QVERIFY2(encoded.startsWith(QStringLiteral("$scrypt$ln=10,r=8,p=1$")), qPrintable(encoded));
    QVERIFY(hasher.verify(QStringLiteral("Scrypt-Pass-77"), encoded));
    QVERIFY(!hasher.verify(QStringLiteral("Scrypt-Pass-78"), encoded));
}

void tst_PasswordHasher::decodeRejects_data()
{
    QTest::addColumn<QString>("encoded");
    QTest::addColumn<QString>("expectedError");
    const QString salt = b64("saltsalt");
    const QString hash = b64(QByteArray(32, 'h'));
    const QString tail = u'$' + salt + u'$' + hash;
    QTest::newRow("empty") << QString() << QStringLiteral("found 0 part");
    QTest::newRow("plain text") << QStringLiteral("hunter2")
                                << QStringLiteral("$algorithm$parameters$salt$hash");
    QTest::newRow("no leading $") << QStringLiteral("pbkdf2-sha256$i=1000") + tail << QStringLiteral("part");
    QTest::newRow("unknown algorithm")
        << QStringLiteral("$md5$i=1000") + tail << QStringLiteral("unknown algorithm \"md5\"");
    QTest::newRow("zero iterations") << QStringLiteral("$pbkdf2-sha256$i=0") + tail
                                     << QStringLiteral("\"i=0\"");
    QTest::newRow("too many iterations")
        << QStringLiteral("$pbkdf2-sha256$i=99999999") + tail
        << QStringLiteral("99999999 iterations exceed the limit of 10000000");
    QTest::newRow("wrong parameter") << QStringLiteral("$pbkdf2-sha256$n=1000") + tail
                                     << QStringLiteral("exactly the parameter i");
    QTest::newRow("repeated parameter")
        << QStringLiteral("$pbkdf2-sha256$i=1000,i=1000") + tail << QStringLiteral("repeated");
    QTest::newRow("scrypt missing p")
        << QStringLiteral("$scrypt$ln=10,r=8") + tail << QStringLiteral("ln, r and p");
    QTest::newRow("scrypt too costly")
        << QStringLiteral("$scrypt$ln=24,r=8,p=1") + tail << QStringLiteral("exceeds the limits");
    QTest::newRow("scrypt memory") << QStringLiteral("$scrypt$ln=20,r=64,p=1") + tail
                                   << QStringLiteral("memory");
    QTest::newRow("padding") << QStringLiteral("$pbkdf2-sha256$i=1000$") + salt + QStringLiteral("==$") + hash
                             << QStringLiteral("salt");
    QTest::newRow("bad base64") << QStringLiteral("$pbkdf2-sha256$i=1000$sa*t$") + hash
                                << QStringLiteral("salt");
    QTest::newRow("short salt") << QStringLiteral("$pbkdf2-sha256$i=1000$") + b64("abc") + u'$' + hash
                                << QStringLiteral("4 to 64 bytes");
    QTest::newRow("short hash") << QStringLiteral("$pbkdf2-sha256$i=1000$") + salt + u'$' + b64("short")
                                << QStringLiteral("16 to 64 bytes");
}

void tst_PasswordHasher::decodeRejects()
{
    QFETCH(QString, encoded);
    QFETCH(QString, expectedError);
    QString error;
    QVERIFY(!PasswordHasher::decode(encoded, &error));
    QVERIFY2(error.contains(expectedError), qPrintable(error));
    QVERIFY(!PasswordHasher(Cheap).verify(QStringLiteral("anything"), encoded));
    QVERIFY(PasswordHasher(Cheap).needsRehash(encoded));
}

void tst_PasswordHasher::encodeDecodeRoundTrip()
{
    PasswordHasher::Decoded decoded;
    decoded.parameters = PasswordHasher::Parameters::scrypt(14, 8, 2);
    decoded.salt = QByteArray::fromHex("00112233445566778899aabbccddeeff");
    decoded.hash = QByteArray(32, '\x5a');
    const QString encoded = PasswordHasher::encode(decoded);
    QCOMPARE(encoded,
             QStringLiteral(
                 "$scrypt$ln=14,r=8,p=2$ABEiM0RVZneImaq7zN3u/w$WlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlo"));
    const auto back = PasswordHasher::decode(encoded);
    QVERIFY(back);
    QCOMPARE(back->parameters.scryptLogN, 14);
    QCOMPARE(back->parameters.scryptP, 2);
    QCOMPARE(back->salt, decoded.salt);
    QCOMPARE(back->hash, decoded.hash);
}

void tst_PasswordHasher::refusesParametersItCouldNotVerify()
{
    PasswordHasher::Parameters parameters = Cheap;
    parameters.saltBytes = 2;
    QVERIFY(PasswordHasher(parameters).hash(QStringLiteral("x")).isEmpty());
    parameters = Cheap;
    parameters.hashBytes = 8;
    QVERIFY(PasswordHasher(parameters).hash(QStringLiteral("x")).isEmpty());
}

QTEST_GUILESS_MAIN(tst_PasswordHasher)
#include "tst_passwordhasher.moc"
