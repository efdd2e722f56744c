#include "security/secretbox.h"

#include <QTest>

using namespace rw;

class tst_SecretBox : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void nonceIsFreshPerMessage();
    void associatedDataBindsThePlace();
    void anyChangedByteFails();
    void wrongKeyFails();
    void invalidKeyRefuses();
    void emptyPlaintext();
};

void tst_SecretBox::roundTrip()
{
    const SecretBox box(SecretBox::generateKey());
    QVERIFY(box.isValid());
    const QByteArray secret = "12345678901234567890";
    const QByteArray sealed = box.seal(secret, "account_totp.secret:42");
    QCOMPARE(sealed.size(), SecretBox::NonceSize + secret.size() + SecretBox::TagSize);
    QVERIFY(!sealed.contains(secret));
    QCOMPARE(box.open(sealed, "account_totp.secret:42").value_or("<failed>"), secret);
}

void tst_SecretBox::nonceIsFreshPerMessage()
{
    const SecretBox box(SecretBox::generateKey());
    const QByteArray a = box.seal("same", "ad");
    const QByteArray b = box.seal("same", "ad");
    QVERIFY(a != b);
    QVERIFY(a.left(SecretBox::NonceSize) != b.left(SecretBox::NonceSize));
}

void tst_SecretBox::associatedDataBindsThePlace()
{
    const SecretBox box(SecretBox::generateKey());
    const QByteArray sealed = box.seal("secret", "account_totp.secret:42");
    QVERIFY(!box.open(sealed, "account_totp.secret:43"));
    QVERIFY(!box.open(sealed));
}

void tst_SecretBox::anyChangedByteFails()
{
    const SecretBox box(SecretBox::generateKey());
    const QByteArray sealed = box.seal("a TOTP secret", "ad");
    for (int i = 0; i < sealed.size(); ++i) {
        QByteArray altered = sealed;
        altered[i] = char(altered.at(i) ^ 0x01);
        QVERIFY2(!box.open(altered, "ad"), qPrintable(QString::number(i)));
    }
    QVERIFY(!box.open(sealed.left(sealed.size() - 1), "ad"));
    QVERIFY(!box.open(QByteArray(10, 'x'), "ad"));
}

void tst_SecretBox::wrongKeyFails()
{
    const QByteArray sealed = SecretBox(SecretBox::generateKey()).seal("secret");
    QVERIFY(!SecretBox(SecretBox::generateKey()).open(sealed));
}

void tst_SecretBox::invalidKeyRefuses()
{
    const SecretBox box(QByteArray(16, 'k'));
    QVERIFY(!box.isValid());
    QVERIFY(box.seal("secret").isEmpty());
    QVERIFY(!box.open(QByteArray(40, 'x')));
}

void tst_SecretBox::emptyPlaintext()
{
    const SecretBox box(SecretBox::generateKey());
    const QByteArray sealed = box.seal(QByteArray(), "ad");
    QCOMPARE(sealed.size(), SecretBox::NonceSize + SecretBox::TagSize);
    const auto opened = box.open(sealed, "ad");
    QVERIFY(opened);
    QVERIFY(opened->isEmpty());
}

QTEST_GUILESS_MAIN(tst_SecretBox)
#include "tst_secretbox.moc"
