// ConsoleSettings over a real INI file in a temporary directory: round trips, validation errors naming the
// setting and the value, the language order (RIDEWATCH_LANG > setting > system), the tile source in
// TileSource's own keys, certificate pins through CertificatePinStore, and the window's layout.

#include "client/certificatepin.h"
#include "client/certificatepinstore.h"
#include "security/selfsignedcertificate.h"
#include "settings/consolesettings.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace rw;

class tst_ConsoleSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void platformUrlRoundTrip();
    void platformUrlValidation_data();
    void platformUrlValidation();
    void commandLineWinsOverTheSetting();
    void languageRoundTrip();
    void languageOrder_data();
    void languageOrder();
    void nativeNames();
    void tileSourceUsesTheMapKeys();
    void tileSourceKeepsTheOtherMapKeys();
    void tileSourceValidation();
    void pinsThroughThePinStore();
    void fingerprintOfPemAndDerFiles();
    void fingerprintOfABadFile();
    void windowLayoutRoundTrip();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    QString path() const { return m_dir->filePath(u"console.ini"_s); }
    void reopen()
    {
        m_settings->sync();
        m_settings = std::make_unique<QSettings>(path(), QSettings::IniFormat);
    }
};

void tst_ConsoleSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(path(), QSettings::IniFormat);
}

void tst_ConsoleSettings::cleanup()
{
    m_settings.reset();
    m_dir.reset();
}

void tst_ConsoleSettings::platformUrlRoundTrip()
{
    {
        ConsoleSettings settings(m_settings.get());
        QCOMPARE(settings.platformUrl(), QString()); // the embedded platform by default
        QString error;
        QVERIFY(settings.setPlatformUrl(u"  https://platform.example.cn:8443  "_s, &error));
        QVERIFY(error.isEmpty());
    }
    reopen();
    ConsoleSettings settings(m_settings.get());
    QCOMPARE(settings.platformUrl(), u"https://platform.example.cn:8443"_s);
    QCOMPARE(m_settings->value(u"platform/url"_s).toString(), u"https://platform.example.cn:8443"_s);
    QVERIFY(settings.setPlatformUrl(QString()));
    QVERIFY(!m_settings->contains(u"platform/url"_s));
    QCOMPARE(settings.platformUrl(), QString());
}

void tst_ConsoleSettings::platformUrlValidation_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("mentions"); // empty: valid
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("https host port") << u"https://10.0.0.5:8443"_s << QString();
    QTest::newRow("https name path") << u"https://platform.example.cn/ridewatch"_s << QString();
    QTest::newRow("http") << u"http://platform.example.cn:8443"_s << u"https://"_s;
    QTest::newRow("no scheme") << u"platform.example.cn"_s << u"not a URL"_s;
    QTest::newRow("no host") << u"https://"_s << u"no host"_s;
    QTest::newRow("query") << u"https://platform.example.cn/?a=1"_s << u"query"_s;
    QTest::newRow("garbage") << u"https://exa mple.cn"_s << u"not a URL"_s;
}

void tst_ConsoleSettings::platformUrlValidation()
{
    QFETCH(QString, url);
    QFETCH(QString, mentions);
    ConsoleSettings settings(m_settings.get());
    QVERIFY(settings.setPlatformUrl(u"https://before.example.cn"_s));
    QString error;
    const bool ok = settings.setPlatformUrl(url, &error);
    QCOMPARE(ok, mentions.isEmpty());
    QCOMPARE(ConsoleSettings::platformUrlProblem(url).isEmpty(), mentions.isEmpty());
    if (ok)
        return;
    QVERIFY2(error.startsWith(u"Platform address:"_s), qPrintable(error)); // names the setting
    QVERIFY2(error.contains(url), qPrintable(error));                      // and the value
    QVERIFY2(error.contains(mentions), qPrintable(error));                 // and the rule
    QCOMPARE(settings.platformUrl(), u"https://before.example.cn"_s);      // nothing written
}

void tst_ConsoleSettings::commandLineWinsOverTheSetting()
{
    const QString setting = u"https://platform.example.cn:8443"_s;
    QString problem;
    // Neither: the embedded platform.
    QCOMPARE(ConsoleSettings::choosePlatform(std::nullopt, QString(), &problem), std::nullopt);
    // The setting.
    QCOMPARE(ConsoleSettings::choosePlatform(std::nullopt, setting, &problem),
             std::optional<QString>(setting));
    QVERIFY(problem.isEmpty());
    // --platform wins, as given (main checks it as before, e.g. --platform= is an error there).
    QCOMPARE(ConsoleSettings::choosePlatform(u"https://10.0.0.1:8443"_s, setting, &problem),
             std::optional<QString>(u"https://10.0.0.1:8443"_s));
    QCOMPARE(ConsoleSettings::choosePlatform(QString(), setting, &problem),
             std::optional<QString>(QString()));
    QVERIFY(problem.isEmpty());
    // A setting written wrong by hand: the embedded platform, and why.
    QCOMPARE(ConsoleSettings::choosePlatform(std::nullopt, u"http://platform.example.cn"_s, &problem),
             std::nullopt);
    QVERIFY2(problem.contains(u"http://platform.example.cn"_s), qPrintable(problem));
}

void tst_ConsoleSettings::languageRoundTrip()
{
    ConsoleSettings settings(m_settings.get());
    QCOMPARE(settings.language(), QString());
    QVERIFY(settings.setLanguage(u"en"_s));
    reopen();
    ConsoleSettings reread(m_settings.get());
    QCOMPARE(reread.language(), u"en"_s);
    QVERIFY(reread.setLanguage(u"zh_CN"_s));
    QCOMPARE(reread.language(), u"zh_CN"_s);
    QString error;
    QVERIFY(!reread.setLanguage(u"fr"_s, &error));
    QVERIFY(error.contains(u"Language"_s) && error.contains(u"\"fr\""_s));
    QCOMPARE(reread.language(), u"zh_CN"_s);
    QVERIFY(reread.setLanguage(QString()));
    QCOMPARE(reread.language(), QString());
    QVERIFY(!m_settings->contains(u"ui/language"_s));
    // A value written by hand that the console does not know reads as "follow the system".
    m_settings->setValue(u"ui/language"_s, u"klingon"_s);
    QCOMPARE(reread.language(), QString());
}

void tst_ConsoleSettings::languageOrder_data()
{
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QLocale::Language>("expected");
    QTest::newRow("system only") << QString() << QString() << u"zh_CN"_s << QLocale::Chinese;
    QTest::newRow("setting over system") << QString() << u"en"_s << u"zh_CN"_s << QLocale::English;
    QTest::newRow("setting zh over en system") << QString() << u"zh_CN"_s << u"en_US"_s << QLocale::Chinese;
    QTest::newRow("environment over setting") << u"zh_CN"_s << u"en"_s << u"en_US"_s << QLocale::Chinese;
    QTest::newRow("environment over system") << u"en"_s << QString() << u"zh_CN"_s << QLocale::English;
    QTest::newRow("blank environment ignored") << u"  "_s << u"en"_s << u"zh_CN"_s << QLocale::English;
    QTest::newRow("another system language") << QString() << QString() << u"fr_FR"_s << QLocale::French;
}

void tst_ConsoleSettings::languageOrder()
{
    QFETCH(QString, environment);
    QFETCH(QString, setting);
    QFETCH(QString, system);
    QFETCH(QLocale::Language, expected);
    QCOMPARE(ConsoleSettings::chooseLocale(environment, setting, QLocale(system)).language(), expected);
}

void tst_ConsoleSettings::nativeNames()
{
    QCOMPARE(ConsoleSettings::languages(), (QStringList{QString(), u"zh_CN"_s, u"en"_s}));
    QCOMPARE(ConsoleSettings::nativeLanguageName(u"zh_CN"_s), u"中文（简体）"_s);
    QCOMPARE(ConsoleSettings::nativeLanguageName(u"en"_s), u"English"_s);
    QCOMPARE(ConsoleSettings::nativeLanguageName(QString()), QString());
}

void tst_ConsoleSettings::tileSourceUsesTheMapKeys()
{
    ConsoleSettings settings(m_settings.get());
    QCOMPARE(settings.tileSource().kind(), TileSource::Kind::None);
    QCOMPARE(settings.tileValue(TileSource::Kind::OpenStreetMap), QString::fromLatin1(TileSource::kOsmUrl));
    QVERIFY(settings.setTileSource(TileSource::Kind::Tianditu, u" abc123 "_s));
    reopen();
    // What the map reads: TileSource::fromSettings() on the same file.
    const TileSource read = TileSource::fromSettings(*m_settings);
    QCOMPARE(read.kind(), TileSource::Kind::Tianditu);
    QCOMPARE(read.key(), u"abc123"_s);
    QCOMPARE(m_settings->value(u"map/source"_s).toString(), u"tianditu"_s);
    ConsoleSettings reread(m_settings.get());
    QCOMPARE(reread.tileValue(TileSource::Kind::Tianditu), u"abc123"_s);

    QVERIFY(reread.setTileSource(TileSource::Kind::MBTiles, u"/data/hainan.mbtiles"_s));
    QCOMPARE(TileSource::fromSettings(*m_settings).mbtilesPath(), u"/data/hainan.mbtiles"_s);
    // The key stays for when the officer switches back.
    QCOMPARE(reread.tileValue(TileSource::Kind::Tianditu), u"abc123"_s);
    QVERIFY(reread.setTileSource(TileSource::Kind::None, QString()));
    QCOMPARE(TileSource::fromSettings(*m_settings).kind(), TileSource::Kind::None);
}

void tst_ConsoleSettings::tileSourceKeepsTheOtherMapKeys()
{
    // An XYZ source set up by hand (datum, sub-domains, attribution): the dialog edits only its URL.
    TileSource::xyz(u"https://old.example.cn/{z}/{x}/{y}.png"_s, Datum::Wgs84, u"© Example"_s, u"abc"_s, 16)
        .save(*m_settings);
    ConsoleSettings settings(m_settings.get());
    QVERIFY(settings.setTileSource(TileSource::Kind::Xyz, u"https://{s}.tiles.example.cn/{z}/{x}/{y}.png"_s));
    const TileSource read = TileSource::fromSettings(*m_settings);
    QCOMPARE(read.kind(), TileSource::Kind::Xyz);
    QCOMPARE(read.urlTemplate(), u"https://{s}.tiles.example.cn/{z}/{x}/{y}.png"_s);
    QCOMPARE(read.datum(), Datum::Wgs84);
    QCOMPARE(read.maxZoom(), 16);
    QCOMPARE(m_settings->value(u"map/xyzSubdomains"_s).toString(), u"abc"_s);
    QCOMPARE(read, settings.tileCandidate(TileSource::Kind::Xyz, read.urlTemplate()));
}

void tst_ConsoleSettings::tileSourceValidation()
{
    ConsoleSettings settings(m_settings.get());
    QVERIFY(settings.setTileSource(TileSource::Kind::Tianditu, u"key1"_s));
    QString error;
    QVERIFY(!settings.setTileSource(TileSource::Kind::Tianditu, u"  "_s, &error));
    QVERIFY2(error.startsWith(u"Map tiles:"_s) && error.contains(u"Tianditu"_s), qPrintable(error));
    QVERIFY(!settings.setTileSource(TileSource::Kind::Xyz, u"ftp://x.example.cn/{z}/{x}/{y}"_s, &error));
    QVERIFY2(error.contains(u"ftp://x.example.cn/{z}/{x}/{y}"_s), qPrintable(error));
    QVERIFY(!settings.setTileSource(TileSource::Kind::Xyz, u"https://x.example.cn/{z}/{x}.png"_s, &error));
    QVERIFY2(error.contains(u"{y}"_s), qPrintable(error));
    QVERIFY(!settings.setTileSource(TileSource::Kind::MBTiles, QString(), &error));
    QVERIFY2(error.contains(u"MBTiles"_s), qPrintable(error));
    // Nothing of the refused ones was written.
    QCOMPARE(settings.tileSource().kind(), TileSource::Kind::Tianditu);
    QCOMPARE(settings.tileSource().key(), u"key1"_s);
    QVERIFY(!m_settings->contains(u"map/xyzUrl"_s));
}

void tst_ConsoleSettings::pinsThroughThePinStore()
{
    ConsoleSettings settings(m_settings.get());
    const QString url = u"https://platform.example.cn:8443"_s;
    QVERIFY(settings.pinnedFingerprint(url).isEmpty());
    const QByteArray sha(32, '\x5a');
    QVERIFY(settings.pinCertificate(url, sha));
    QCOMPARE(settings.pinnedFingerprint(url), sha);
    // The store the platform client reads finds it under the same host:port.
    CertificatePinStore store(m_settings.get());
    const auto pin = store.pin(u"platform.example.cn:8443"_s);
    QVERIFY(pin);
    QCOMPARE(pin->sha256, sha);
    // Another port is another platform.
    QVERIFY(settings.pinnedFingerprint(u"https://platform.example.cn"_s).isEmpty());

    QString error;
    QVERIFY(!settings.pinCertificate(url, QByteArray(5, 'x'), &error));
    QVERIFY2(error.contains(u"32"_s) && error.contains(u"5"_s), qPrintable(error));
    QVERIFY(!settings.pinCertificate(QString(), sha, &error)); // the embedded platform pins its own
    QVERIFY(error.contains(u"embedded"_s));
    QVERIFY(!settings.pinCertificate(u"http://platform.example.cn"_s, sha, &error));
    QCOMPARE(settings.pinnedFingerprint(url), sha);

    settings.forgetPin(url);
    QVERIFY(settings.pinnedFingerprint(url).isEmpty());
    QVERIFY(!store.pin(u"platform.example.cn:8443"_s));
}

void tst_ConsoleSettings::fingerprintOfPemAndDerFiles()
{
    QString error;
    const SelfSignedCertificate made = SelfSignedCertificate::generate({}, &error);
    QVERIFY2(!made.isNull(), qPrintable(error));
    const QByteArray expected = CertificatePin::fingerprintOf(made.certificate());
    QCOMPARE(expected.size(), 32);

    QFile pem(m_dir->filePath(u"platform.crt"_s));
    QVERIFY(pem.open(QIODevice::WriteOnly));
    pem.write(made.certificatePem());
    pem.close();
    QCOMPARE(ConsoleSettings::fingerprintOfFile(pem.fileName(), &error), expected);

    QFile der(m_dir->filePath(u"platform.der"_s));
    QVERIFY(der.open(QIODevice::WriteOnly));
    der.write(made.certificate().toDer());
    der.close();
    QCOMPARE(ConsoleSettings::fingerprintOfFile(der.fileName(), &error), expected);
}

void tst_ConsoleSettings::fingerprintOfABadFile()
{
    QString error;
    const QString missing = m_dir->filePath(u"missing.pem"_s);
    QVERIFY(ConsoleSettings::fingerprintOfFile(missing, &error).isEmpty());
    QVERIFY2(error.contains(missing), qPrintable(error));
    QFile junk(m_dir->filePath(u"junk.pem"_s));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n");
    junk.close();
    error.clear();
    QVERIFY(ConsoleSettings::fingerprintOfFile(junk.fileName(), &error).isEmpty());
    QVERIFY2(error.contains(u"no PEM or DER certificate"_s) && error.contains(junk.fileName()),
             qPrintable(error));
}

void tst_ConsoleSettings::windowLayoutRoundTrip()
{
    {
        ConsoleSettings settings(m_settings.get());
        QCOMPARE(settings.currentPage(u"cityOfficer"_s), -1);
        QVERIFY(settings.windowGeometry().isEmpty());
        settings.setWindowGeometry("geometry-bytes");
        settings.setWindowState("state-bytes");
        settings.setCurrentPage(u"cityOfficer"_s, 3);
        settings.setCurrentPage(u"provincial/supervisor"_s, 1); // a '/' must not nest a group
        settings.setSplitterState(u"ScoresPage.0"_s, "splitter-bytes");
    }
    reopen();
    ConsoleSettings settings(m_settings.get());
    QCOMPARE(settings.windowGeometry(), QByteArray("geometry-bytes"));
    QCOMPARE(settings.windowState(), QByteArray("state-bytes"));
    QCOMPARE(settings.currentPage(u"cityOfficer"_s), 3);
    QCOMPARE(settings.currentPage(u"provincial/supervisor"_s), 1);
    QCOMPARE(settings.currentPage(u"auditAdministrator"_s), -1);
    QCOMPARE(settings.splitterState(u"ScoresPage.0"_s), QByteArray("splitter-bytes"));
    QVERIFY(m_settings->allKeys().contains(u"window/geometry"_s));
    for (const QString &key : m_settings->allKeys())
        QVERIFY2(key.startsWith(u"window/"_s), qPrintable(key));
}

QTEST_GUILESS_MAIN(tst_ConsoleSettings)
#include "tst_consolesettings.moc"
