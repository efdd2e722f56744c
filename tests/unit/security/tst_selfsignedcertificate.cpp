// SelfSignedCertificate: made with OpenSSL, kept on disk, reused, and usable by a real TLS server.

#include "security/selfsignedcertificate.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace rw;

class tst_SelfSignedCertificate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatedCertificateDescribesThePlatform();
    void extraNamesAreAdded();
    void extraNameWithCommaIsRefused();
    void reloadGivesTheSameCertificate();
    void keyFileIsPrivate();
    void looseKeyPermissionsAreNarrowed();
    void keyWithoutCertificateIsAnError();
    void certificateWithoutKeyIsReplaced();
    void foreignKeyIsAnError();
    void garbageFileIsNamed();
    void serverConfigurationRequiresTls12();
    void trustingClientConnects();
    void untrustingClientFails();
};

namespace {

QStringList altNames(const QSslCertificate &certificate, QSsl::AlternativeNameEntryType type)
{
    return certificate.subjectAlternativeNames().values(type);
}

/** Runs a one-shot TLS server with \a identity; connects a client with \a clientConfiguration. */
struct Handshake
{
    bool clientEncrypted = false;
    QList<QSslError> clientErrors;
    QSslCertificate peerCertificate;
};

Handshake handshake(const SelfSignedCertificate &identity, const QSslConfiguration &clientConfiguration)
{
    Handshake result;
    QSslServer server;
    server.setSslConfiguration(identity.serverConfiguration());
    if (!server.listen(QHostAddress::LocalHost))
        return result;
    QSslSocket client;
    client.setSslConfiguration(clientConfiguration);
    QObject::connect(&client, &QSslSocket::sslErrors, &client,
                     [&](const QList<QSslError> &errors) { result.clientErrors = errors; });
    QSignalSpy encrypted(&client, &QSslSocket::encrypted);
    QSignalSpy failed(&client, &QAbstractSocket::errorOccurred);
    client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.serverPort());
    if (!QTest::qWaitFor([&] { return encrypted.size() + failed.size() > 0; }, 10000))
        return result;
    result.clientEncrypted = encrypted.size() > 0;
    result.peerCertificate = client.peerCertificate();
    return result;
}

} // namespace

void tst_SelfSignedCertificate::generatedCertificateDescribesThePlatform()
{
    QString error;
    const SelfSignedCertificate made = SelfSignedCertificate::generate({}, &error);
    QVERIFY2(!made.isNull(), qPrintable(error));
    const QSslCertificate c = made.certificate();
    QCOMPARE(c.subjectInfo(QSslCertificate::CommonName), QStringList{QStringLiteral("ridewatch-platform")});
    QCOMPARE(c.issuerInfo(QSslCertificate::CommonName), c.subjectInfo(QSslCertificate::CommonName));
    QVERIFY(c.isSelfSigned());
    QCOMPARE(made.privateKey().algorithm(), QSsl::Ec);
    QCOMPARE(made.privateKey().length(), 256);
    QCOMPARE(altNames(c, QSsl::DnsEntry), QStringList{QStringLiteral("localhost")});
    const QStringList ips = altNames(c, QSsl::IpAddressEntry);
    QVERIFY2(ips.contains(QStringLiteral("127.0.0.1")), qPrintable(ips.join(u' ')));
    QVERIFY2(ips.contains(QStringLiteral("::1")) || ips.contains(QStringLiteral("0:0:0:0:0:0:0:1")),
             qPrintable(ips.join(u' ')));
    // Valid from about now for 825 days.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(c.effectiveDate() <= now);
    QVERIFY(c.effectiveDate() > now.addSecs(-2 * 3600));
    QCOMPARE(c.effectiveDate().daysTo(c.expiryDate()), SelfSignedCertificate::kValidityDays);
    // Random serials: two certificates never share one.
    const SelfSignedCertificate other = SelfSignedCertificate::generate({}, &error);
    QVERIFY(!c.serialNumber().isEmpty());
    QVERIFY(c.serialNumber() != other.certificate().serialNumber());
    QVERIFY(made.fingerprint() != other.fingerprint());
    // Upper-case hex pairs with colons: 32 bytes.
    QCOMPARE(made.fingerprint().size(), 32 * 3 - 1);
    QVERIFY(QRegularExpression(QStringLiteral("^([0-9A-F]{2}:){31}[0-9A-F]{2}$"))
                .match(made.fingerprint())
                .hasMatch());
}

void tst_SelfSignedCertificate::extraNamesAreAdded()
{
    QString error;
    const SelfSignedCertificate made = SelfSignedCertificate::generate(
        {QStringLiteral("platform.example.cn"), QStringLiteral("10.1.2.3")}, &error);
    QVERIFY2(!made.isNull(), qPrintable(error));
    const QStringList dns = altNames(made.certificate(), QSsl::DnsEntry);
    QVERIFY(dns.contains(QStringLiteral("platform.example.cn")));
    QVERIFY(dns.contains(QStringLiteral("localhost")));
    QVERIFY(altNames(made.certificate(), QSsl::IpAddressEntry).contains(QStringLiteral("10.1.2.3")));
}

void tst_SelfSignedCertificate::extraNameWithCommaIsRefused()
{
    QString error;
    const SelfSignedCertificate made =
        SelfSignedCertificate::generate({QStringLiteral("a.example,IP:1.2.3.4")}, &error);
    QVERIFY(made.isNull());
    QVERIFY2(error.contains(QStringLiteral("a.example,IP:1.2.3.4")), qPrintable(error));
}

void tst_SelfSignedCertificate::reloadGivesTheSameCertificate()
{
    QTemporaryDir dir;
    QString error;
    const SelfSignedCertificate first = SelfSignedCertificate::loadOrCreate(dir.path(), &error);
    QVERIFY2(!first.isNull(), qPrintable(error));
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("platform.key"))));
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("platform.crt"))));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("platform.key.new"))));

    const SelfSignedCertificate second = SelfSignedCertificate::loadOrCreate(dir.path(), &error);
    QVERIFY2(!second.isNull(), qPrintable(error));
    QCOMPARE(second.certificate(), first.certificate());
    QCOMPARE(second.fingerprint(), first.fingerprint());
    QCOMPARE(second.privateKey(), first.privateKey());
    // The fingerprint is that of the file's DER, as `openssl x509 -fingerprint -sha256` prints it.
    QFile crt(dir.filePath(QStringLiteral("platform.crt")));
    QVERIFY(crt.open(QIODevice::ReadOnly));
    const QSslCertificate onDisk(crt.readAll(), QSsl::Pem);
    QCOMPARE(SelfSignedCertificate::fingerprintOf(onDisk), first.fingerprint());
}

void tst_SelfSignedCertificate::keyFileIsPrivate()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY2(!SelfSignedCertificate::loadOrCreate(dir.path(), &error).isNull(), qPrintable(error));
    const QFileDevice::Permissions permissions =
        QFileInfo(dir.filePath(QStringLiteral("platform.key"))).permissions();
    QCOMPARE(permissions, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                              QFileDevice::WriteUser);
}

void tst_SelfSignedCertificate::looseKeyPermissionsAreNarrowed()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(!SelfSignedCertificate::loadOrCreate(dir.path(), &error).isNull());
    const QString keyPath = dir.filePath(QStringLiteral("platform.key"));
    QVERIFY(QFile::setPermissions(keyPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QVERIFY2(!SelfSignedCertificate::loadOrCreate(dir.path(), &error).isNull(), qPrintable(error));
    QVERIFY(!(QFileInfo(keyPath).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
}

void tst_SelfSignedCertificate::keyWithoutCertificateIsAnError()
{
    QTemporaryDir dir;
    QString error;
    const SelfSignedCertificate first = SelfSignedCertificate::loadOrCreate(dir.path(), &error);
    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("platform.crt"))));
    const SelfSignedCertificate second = SelfSignedCertificate::loadOrCreate(dir.path(), &error);
    QVERIFY(second.isNull());
    QVERIFY2(error.contains(dir.filePath(QStringLiteral("platform.crt"))), qPrintable(error));
    // The key was not overwritten.
    QFile key(dir.filePath(QStringLiteral("platform.key")));
    QVERIFY(key.open(QIODevice::ReadOnly));
    QCOMPARE(key.readAll(), first.keyPem());
}

void tst_SelfSignedCertificate::certificateWithoutKeyIsReplaced()
{
    QTemporaryDir dir;
    QString error;
    const SelfSignedCertificate first = SelfSignedCertificate::loadOrCreate(dir.path(), &error);
    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("platform.key"))));
    const SelfSignedCertificate second = SelfSignedCertificate::loadOrCreate(dir.path(), &error);
    QVERIFY2(!second.isNull(), qPrintable(error));
    QVERIFY(second.fingerprint() != first.fingerprint());
}

void tst_SelfSignedCertificate::foreignKeyIsAnError()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(!SelfSignedCertificate::loadOrCreate(dir.path(), &error).isNull());
    const SelfSignedCertificate stranger = SelfSignedCertificate::generate({}, &error);
    QFile key(dir.filePath(QStringLiteral("platform.key")));
    QVERIFY(key.open(QIODevice::WriteOnly | QIODevice::Truncate));
    key.write(stranger.keyPem());
    key.close();
    const SelfSignedCertificate loaded = SelfSignedCertificate::loadOrCreate(dir.path(), &error);
    QVERIFY(loaded.isNull());
    QVERIFY2(error.contains(QStringLiteral("does not belong")), qPrintable(error));
    QVERIFY2(error.contains(dir.filePath(QStringLiteral("platform.key"))), qPrintable(error));
}

void tst_SelfSignedCertificate::garbageFileIsNamed()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(!SelfSignedCertificate::loadOrCreate(dir.path(), &error).isNull());
    QFile crt(dir.filePath(QStringLiteral("platform.crt")));
    QVERIFY(crt.open(QIODevice::WriteOnly | QIODevice::Truncate));
    crt.write("not a certificate\n");
    crt.close();
    QVERIFY(SelfSignedCertificate::loadOrCreate(dir.path(), &error).isNull());
    QVERIFY2(error.contains(dir.filePath(QStringLiteral("platform.crt"))), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("not a PEM X.509 certificate")), qPrintable(error));
}

void tst_SelfSignedCertificate::serverConfigurationRequiresTls12()
{
    QString error;
    const SelfSignedCertificate made = SelfSignedCertificate::generate({}, &error);
    const QSslConfiguration configuration = made.serverConfiguration();
    QCOMPARE(configuration.protocol(), QSsl::TlsV1_2OrLater);
    QCOMPARE(configuration.localCertificate(), made.certificate());
    QCOMPARE(configuration.privateKey(), made.privateKey());
}

void tst_SelfSignedCertificate::trustingClientConnects()
{
    QTemporaryDir dir;
    QString error;
    const SelfSignedCertificate identity = SelfSignedCertificate::loadOrCreate(dir.path(), &error);
    QVERIFY2(!identity.isNull(), qPrintable(error));
    QSslConfiguration client = QSslConfiguration::defaultConfiguration();
    client.setCaCertificates({identity.certificate()});
    client.setPeerVerifyMode(QSslSocket::VerifyPeer);
    const Handshake result = handshake(identity, client);
    QVERIFY2(result.clientEncrypted, result.clientErrors.isEmpty()
                                         ? "no handshake"
                                         : qPrintable(result.clientErrors.first().errorString()));
    QVERIFY(result.clientErrors.isEmpty());
    QCOMPARE(SelfSignedCertificate::fingerprintOf(result.peerCertificate), identity.fingerprint());
}

void tst_SelfSignedCertificate::untrustingClientFails()
{
    QString error;
    const SelfSignedCertificate identity = SelfSignedCertificate::generate({}, &error);
    QSslConfiguration client = QSslConfiguration::defaultConfiguration(); // system CAs only
    client.setPeerVerifyMode(QSslSocket::VerifyPeer);
    const Handshake result = handshake(identity, client);
    QVERIFY(!result.clientEncrypted);
    QVERIFY(!result.clientErrors.isEmpty());
    bool selfSigned = false;
    for (const QSslError &e : result.clientErrors)
        selfSigned |= e.error() == QSslError::SelfSignedCertificate;
    QVERIFY(selfSigned);
}

QTEST_GUILESS_MAIN(tst_SelfSignedCertificate)
#include "tst_selfsignedcertificate.moc"
