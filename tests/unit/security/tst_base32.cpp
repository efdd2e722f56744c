#include "security/base32.h"

#include <QTest>

using namespace rw;

class tst_Base32 : public QObject
{
    Q_OBJECT

private slots:
    void rfc4648Vectors_data();
    void rfc4648Vectors();
    void decodeIsLenient();
    void decodeRejects_data();
    void decodeRejects();
    void roundTripsEveryLength();
};

void tst_Base32::rfc4648Vectors_data()
{
    // RFC 4648 §10.
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("padded");
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("f") << QByteArray("f") << QStringLiteral("MY======");
    QTest::newRow("fo") << QByteArray("fo") << QStringLiteral("MZXQ====");
    QTest::newRow("foo") << QByteArray("foo") << QStringLiteral("MZXW6===");
    QTest::newRow("foob") << QByteArray("foob") << QStringLiteral("MZXW6YQ=");
    QTest::newRow("fooba") << QByteArray("fooba") << QStringLiteral("MZXW6YTB");
    QTest::newRow("foobar") << QByteArray("foobar") << QStringLiteral("MZXW6YTBOI======");
    // The RFC 6238 SHA-1 seed, as authenticator apps show it.
    QTest::newRow("totp seed") << QByteArray("12345678901234567890")
                               << QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
}

void tst_Base32::rfc4648Vectors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, padded);
    QCOMPARE(Base32::encode(bytes, true), padded);
    QString unpadded = padded;
    unpadded.remove(u'=');
    QCOMPARE(Base32::encode(bytes), unpadded);
    QCOMPARE(Base32::decode(padded).value_or("<invalid>"), bytes);
    QCOMPARE(Base32::decode(unpadded).value_or("<invalid>"), bytes);
}

void tst_Base32::decodeIsLenient()
{
    QCOMPARE(Base32::decode(QStringLiteral("mzxw6ytboi")).value_or("<invalid>"), QByteArray("foobar"));
    QCOMPARE(Base32::decode(QStringLiteral("MZXW 6YTB OI")).value_or("<invalid>"), QByteArray("foobar"));
    QCOMPARE(Base32::decode(QStringLiteral("MZXW-6YTB-OI")).value_or("<invalid>"), QByteArray("foobar"));
}

void tst_Base32::decodeRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("digit 1") << QStringLiteral("MZXW1YTB");
    QTest::newRow("digit 8") << QStringLiteral("MZXW8YTB");
    QTest::newRow("symbol") << QStringLiteral("MZXW6YT!");
    QTest::newRow("impossible length 1") << QStringLiteral("M");
    QTest::newRow("impossible length 3") << QStringLiteral("MZX");
    QTest::newRow("impossible length 6") << QStringLiteral("MZXW6Y");
    QTest::newRow("non-zero trailing bits") << QStringLiteral("MZ"); // "f" is MY: the low bits of Z are not 0
    QTest::newRow("padding in the middle") << QStringLiteral("MY==MY==");
}

void tst_Base32::decodeRejects()
{
    QFETCH(QString, text);
    QVERIFY(!Base32::decode(text).has_value());
}

void tst_Base32::roundTripsEveryLength()
{
    QByteArray bytes;
    for (int length = 0; length < 70; ++length) {
        QCOMPARE(Base32::decode(Base32::encode(bytes)).value_or("<invalid>"), bytes);
        QCOMPARE(Base32::decode(Base32::encode(bytes, true)).value_or("<invalid>"), bytes);
        bytes.append(char(length * 37 + 11));
    }
}

QTEST_GUILESS_MAIN(tst_Base32)
#include "tst_base32.moc"
