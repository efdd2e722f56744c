// FieldCipher: AES-256-GCM of one cached value bound to its table, column and row. Round trips, and every
// kind of damage refused with its own named error: a flipped ciphertext or tag byte, another place,
// another key, a cut-off or unknown value; never a crash, never the plaintext of a value that failed.

#include "offline/fieldcipher.h"

#include "security/crypto.h"

#include <QTest>

using namespace rw;
using Error = FieldCipher::Error;

namespace {

const FieldCipher::Place Here{QStringLiteral("permit"), QStringLiteral("sealed"),
                              QStringLiteral("driver:D1")};

QByteArray key(char fill)
{
    return QByteArray(FieldCipher::KeySize, fill);
}

} // namespace

class tst_FieldCipher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void noncesDiffer();
    void tamperedCiphertextOrTag_data();
    void tamperedCiphertextOrTag();
    void otherPlaceIsRefused_data();
    void otherPlaceIsRefused();
    void wrongKeyIsNamed();
    void malformedValues();
    void invalidKey();
    void errorTextNamesThePlace();
};

void tst_FieldCipher::roundTrip_data()
{
    QTest::addColumn<QByteArray>("plain");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("id number") << QByteArrayLiteral("469001199001011234");
    QTest::newRow("json")
        << QStringLiteral(R"({"permit":{"name":"欧阳娜娜","phone":"19901234567"}})").toUtf8();
    QTest::newRow("large") << crypto::randomBytes(100000);
}

void tst_FieldCipher::roundTrip()
{
    QFETCH(QByteArray, plain);
    const FieldCipher cipher(key('k'));
    QVERIFY(cipher.isValid());
    Error error = Error::CipherFailure;
    const QByteArray sealed = cipher.seal(plain, Here, &error);
    QCOMPARE(error, Error::None);
    QCOMPARE(sealed.size(), FieldCipher::HeaderSize + plain.size() + FieldCipher::TagSize);
    QCOMPARE(quint8(sealed.at(0)), FieldCipher::FormatVersion);
    QCOMPARE(sealed.mid(1, FieldCipher::KeyIdSize), cipher.keyId());
    if (plain.size() >= 8)
        QVERIFY(!sealed.contains(plain.left(8))); // not in clear
    const std::optional<QByteArray> opened = cipher.open(sealed, Here, &error);
    QCOMPARE(error, Error::None);
    QVERIFY(opened);
    QCOMPARE(*opened, plain);
}

void tst_FieldCipher::noncesDiffer()
{
    const FieldCipher cipher(key('k'));
    const QByteArray a = cipher.seal("same value", Here);
    const QByteArray b = cipher.seal("same value", Here);
    QVERIFY(a != b); // a random nonce per value: equal values do not show as equal
    QVERIFY(a.mid(1 + FieldCipher::KeyIdSize, FieldCipher::NonceSize) !=
            b.mid(1 + FieldCipher::KeyIdSize, FieldCipher::NonceSize));
}

void tst_FieldCipher::tamperedCiphertextOrTag_data()
{
    QTest::addColumn<int>("offset"); // from the start; negative: from the end
    QTest::newRow("nonce") << 1 + FieldCipher::KeyIdSize;
    QTest::newRow("first ciphertext byte") << FieldCipher::HeaderSize;
    QTest::newRow("last ciphertext byte") << -FieldCipher::TagSize - 1;
    QTest::newRow("first tag byte") << -FieldCipher::TagSize;
    QTest::newRow("last tag byte") << -1;
}

void tst_FieldCipher::tamperedCiphertextOrTag()
{
    QFETCH(int, offset);
    const FieldCipher cipher(key('k'));
    QByteArray sealed = cipher.seal("469001199001011234", Here);
    const int at = offset >= 0 ? offset : int(sealed.size()) + offset;
    sealed[at] = char(sealed.at(at) ^ 0x01);
    Error error = Error::None;
    QCOMPARE(cipher.open(sealed, Here, &error), std::nullopt);
    QCOMPARE(FieldCipher::errorKey(error), QStringLiteral("Tampered"));
}

void tst_FieldCipher::otherPlaceIsRefused_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("row");
    QTest::newRow("another row") << Here.table << Here.column << QStringLiteral("driver:D2");
    QTest::newRow("another column") << Here.table << QStringLiteral("source") << Here.row;
    QTest::newRow("another table") << QStringLiteral("answer") << Here.column << Here.row;
    // The separators keep "a|bc" and "ab|c" apart.
    QTest::newRow("shifted boundary") << Here.table << QStringLiteral("sealeddriver:D1") << QString();
}

void tst_FieldCipher::otherPlaceIsRefused()
{
    QFETCH(QString, table);
    QFETCH(QString, column);
    QFETCH(QString, row);
    const FieldCipher cipher(key('k'));
    const QByteArray sealed = cipher.seal("19901234567", Here);
    Error error = Error::None;
    QCOMPARE(cipher.open(sealed, {table, column, row}, &error), std::nullopt);
    QCOMPARE(error, Error::Tampered);
    QVERIFY(cipher.open(sealed, Here)); // where it belongs it still opens
}

void tst_FieldCipher::wrongKeyIsNamed()
{
    const FieldCipher mine(key('k'));
    const FieldCipher other(key('o'));
    QVERIFY(mine.keyId() != other.keyId());
    const QByteArray sealed = mine.seal("张伟", Here);
    Error error = Error::None;
    QCOMPARE(other.open(sealed, Here, &error), std::nullopt);
    QCOMPARE(error, Error::WrongKey);

    // A value whose key id was rewritten to the other key's still fails, on its tag.
    QByteArray forged = sealed;
    forged.replace(1, FieldCipher::KeyIdSize, other.keyId());
    QCOMPARE(other.open(forged, Here, &error), std::nullopt);
    QCOMPARE(error, Error::Tampered);
    QCOMPARE(mine.open(forged, Here, &error), std::nullopt);
    QCOMPARE(error, Error::WrongKey);
}

void tst_FieldCipher::malformedValues()
{
    const FieldCipher cipher(key('k'));
    const QByteArray sealed = cipher.seal("x", Here);
    Error error = Error::None;
    QCOMPARE(cipher.open(QByteArray(), Here, &error), std::nullopt);
    QCOMPARE(error, Error::Truncated);
    QCOMPARE(cipher.open(sealed.left(FieldCipher::HeaderSize + FieldCipher::TagSize - 1), Here, &error),
             std::nullopt);
    QCOMPARE(error, Error::Truncated);
    QByteArray version = sealed;
    version[0] = char(2);
    QCOMPARE(cipher.open(version, Here, &error), std::nullopt);
    QCOMPARE(error, Error::UnknownFormat);
    // Random garbage of every length up to a few headers: refused, never a crash.
    for (int n = 0; n < 80; ++n) {
        const QByteArray junk = crypto::randomBytes(n);
        QCOMPARE(cipher.open(junk, Here, &error), std::nullopt);
        QVERIFY(error != Error::None);
    }
}

void tst_FieldCipher::invalidKey()
{
    const FieldCipher none;
    QVERIFY(!none.isValid());
    Error error = Error::None;
    QVERIFY(none.seal("x", Here, &error).isEmpty());
    QCOMPARE(error, Error::InvalidKey);
    const FieldCipher shortKey(QByteArray(16, 'k'));
    QVERIFY(!shortKey.isValid());
    QCOMPARE(shortKey.open(FieldCipher(key('k')).seal("x", Here), Here, &error), std::nullopt);
    QCOMPARE(error, Error::InvalidKey);
}

void tst_FieldCipher::errorTextNamesThePlace()
{
    const QString tampered = FieldCipher::errorText(Error::Tampered, Here);
    QVERIFY2(tampered.contains(QStringLiteral("permit.sealed")) &&
                 tampered.contains(QStringLiteral("driver:D1")) &&
                 tampered.contains(QStringLiteral("AES-GCM")),
             qPrintable(tampered));
    const QString wrong = FieldCipher::errorText(Error::WrongKey, Here);
    QVERIFY2(wrong.contains(QStringLiteral("another key")), qPrintable(wrong));
    QVERIFY(FieldCipher::errorText(Error::None, Here).isEmpty());
}

QTEST_GUILESS_MAIN(tst_FieldCipher)
#include "tst_fieldcipher.moc"
