#include "security/crypto.h"

#include <QTest>

using namespace rw;

class tst_Crypto : public QObject
{
    Q_OBJECT

private slots:
    void hmacRfc4231_data();
    void hmacRfc4231();
    void hmacOfPartsEqualsHmacOfConcatenation();
    void hmacRefusesEmptyKey();
    void randomBytesDiffer();
    void equalConstantTime();
    void cleanseWipesAndClears();
};

void tst_Crypto::hmacRfc4231_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("digest");
    QTest::addColumn<QByteArray>("expected");
    // RFC 4231 test case 2, and RFC 2202 test case 2 for SHA-1.
    const QByteArray key = "Jefe";
    const QByteArray data = "what do ya want for nothing?";
    QTest::newRow("sha1") << key << data << int(crypto::Digest::Sha1)
                          << QByteArray("effcdf6ae5eb2fa2d27416d5f184df9c259a7c79");
    QTest::newRow("sha256") << key << data << int(crypto::Digest::Sha256)
                            << QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    QTest::newRow("sha512") << key << data << int(crypto::Digest::Sha512)
                            << QByteArray("164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea250554"
                                          "9758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737");
    // RFC 4231 test case 1: key 0x0b × 20, "Hi There".
    QTest::newRow("sha256 case 1") << QByteArray(20, '\x0b') << QByteArray("Hi There")
                                   << int(crypto::Digest::Sha256)
                                   << QByteArray(
                                          "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
}

void tst_Crypto::hmacRfc4231()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, data);
    QFETCH(int, digest);
    QFETCH(QByteArray, expected);
    const QByteArray mac = crypto::hmac(crypto::Digest(digest), key, {data});
    QCOMPARE(mac.toHex(), expected);
    QCOMPARE(mac.size(), crypto::digestSize(crypto::Digest(digest)));
}

void tst_Crypto::hmacOfPartsEqualsHmacOfConcatenation()
{
    const QByteArray key = "0123456789abcdef";
    QCOMPARE(crypto::hmac(crypto::Digest::Sha256, key, {"what do ya ", "", "want for nothing?"}),
             crypto::hmac(crypto::Digest::Sha256, key, {"what do ya want for nothing?"}));
    QVERIFY(crypto::hmac(crypto::Digest::Sha256, key, {"a"}) !=
            crypto::hmac(crypto::Digest::Sha256, key, {"b"}));
}

void tst_Crypto::hmacRefusesEmptyKey()
{
    QVERIFY(crypto::hmac(crypto::Digest::Sha256, QByteArrayView(), {"data"}).isEmpty());
}

void tst_Crypto::randomBytesDiffer()
{
    const QByteArray a = crypto::randomBytes(32);
    const QByteArray b = crypto::randomBytes(32);
    QCOMPARE(a.size(), 32);
    QCOMPARE(b.size(), 32);
    QVERIFY(a != b);
    QCOMPARE(crypto::privateRandomBytes(16).size(), 16);
    QVERIFY(crypto::randomBytes(0).isEmpty());
}

void tst_Crypto::equalConstantTime()
{
    QVERIFY(crypto::equalConstantTime("abc", "abc"));
    QVERIFY(!crypto::equalConstantTime("abc", "abd"));
    QVERIFY(!crypto::equalConstantTime("abc", "abcd"));
    QVERIFY(crypto::equalConstantTime(QByteArrayView(), QByteArrayView()));
}

void tst_Crypto::cleanseWipesAndClears()
{
    QByteArray secret = "hunter2hunter2";
    const QByteArray shared = secret; // a copy that shares the buffer keeps its bytes
    crypto::cleanse(secret);
    QVERIFY(secret.isEmpty());
    QCOMPARE(shared, QByteArray("hunter2hunter2"));
}

QTEST_GUILESS_MAIN(tst_Crypto)
#include "tst_crypto.moc"
