// CertificatePinStore over a real INI file; CertificatePin's keys and formats.

#include "client/certificatepinstore.h"

#include <QCryptographicHash>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace rw;

class tst_CertificatePinStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostPortKeys();
    void formatAndParse();
    void pinsSurviveReopening();
    void pinIsReplacedAndRemoved();
    void garbageValueIsNoPin();
};

namespace {
QByteArray digest(const char *seed)
{
    return QCryptographicHash::hash(seed, QCryptographicHash::Sha256);
}
} // namespace

void tst_CertificatePinStore::hostPortKeys()
{
    QCOMPARE(CertificatePin::hostPortOf(QUrl(QStringLiteral("https://127.0.0.1:8443/x"))),
             QStringLiteral("127.0.0.1:8443"));
    QCOMPARE(CertificatePin::hostPortOf(QUrl(QStringLiteral("https://Platform.Example.CN"))),
             QStringLiteral("platform.example.cn:443"));
    QCOMPARE(CertificatePin::hostPortOf(QUrl(QStringLiteral("https://[::1]:9000"))),
             QStringLiteral("[::1]:9000"));
}

void tst_CertificatePinStore::formatAndParse()
{
    const QByteArray d = digest("a");
    const QString text = CertificatePin::format(d);
    QCOMPARE(text.size(), 95);
    QVERIFY(text.startsWith(QStringLiteral("CA:97:81:12")));
    QCOMPARE(CertificatePin::parse(text), d);
    QCOMPARE(CertificatePin::parse(QString::fromLatin1(d.toHex())), d);
    QVERIFY(CertificatePin::parse(QStringLiteral("CA:97")).isEmpty());
    QVERIFY(CertificatePin::parse(text.left(94) + QLatin1Char('G')).isEmpty());
}

void tst_CertificatePinStore::pinsSurviveReopening()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("console.ini"));
    {
        QSettings settings(file, QSettings::IniFormat);
        CertificatePinStore store(&settings);
        QVERIFY(!store.pin(QStringLiteral("127.0.0.1:8443")));
        store.setPin({QStringLiteral("127.0.0.1:8443"), digest("a")});
        store.setPin({QStringLiteral("[::1]:8443"), digest("b")});
    }
    QSettings settings(file, QSettings::IniFormat);
    CertificatePinStore store(&settings);
    QCOMPARE(store.pin(QStringLiteral("127.0.0.1:8443"))->sha256, digest("a"));
    QCOMPARE(store.pin(QStringLiteral("[::1]:8443"))->sha256, digest("b"));
    QVERIFY(!store.pin(QStringLiteral("127.0.0.1:8444")));
    QCOMPARE(store.pins().size(), 2);
    QVERIFY(store.pins().contains(CertificatePin{QStringLiteral("[::1]:8443"), digest("b")}));
}

void tst_CertificatePinStore::pinIsReplacedAndRemoved()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat);
    CertificatePinStore store(&settings);
    store.setPin({QStringLiteral("h:1"), digest("a")});
    store.setPin({QStringLiteral("h:1"), digest("b")});
    QCOMPARE(store.pin(QStringLiteral("h:1"))->sha256, digest("b"));
    QCOMPARE(store.pins().size(), 1);
    store.removePin(QStringLiteral("h:1"));
    QVERIFY(!store.pin(QStringLiteral("h:1")));
    QVERIFY(store.pins().isEmpty());
}

void tst_CertificatePinStore::garbageValueIsNoPin()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("certificatePins/h%3A1"), QStringLiteral("not a fingerprint"));
    CertificatePinStore store(&settings);
    QVERIFY(!store.pin(QStringLiteral("h:1")));
    QVERIFY(store.pins().isEmpty());
}

QTEST_GUILESS_MAIN(tst_CertificatePinStore)
#include "tst_certificatepinstore.moc"
