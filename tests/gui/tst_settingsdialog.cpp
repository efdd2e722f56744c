// The Settings dialog (issue 8) over a real INI file in a temporary directory: it shows what is stored, an
// invalid entry disables OK with an error naming the field, OK writes what ConsoleSettings reads back, Cancel
// writes nothing, and the pin actions (forget, import a PEM) apply at OK.

#include "guitest.h"

#include "client/certificatepin.h"
#include "client/certificatepinstore.h"
#include "security/selfsignedcertificate.h"
#include "session/inlinemessage.h"
#include "settings/consolesettings.h"
#include "settings/settingsdialog.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace rw;

class tst_SettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsWhatIsStored();
    void anInvalidAddressDisablesOk();
    void anInvalidTileSourceDisablesOk();
    void okWritesTheSettings();
    void cancelWritesNothing();
    void forgetPinAppliesAtOk();
    void importingAPemPinsItsFingerprint();
    void importRefusesABadFileOrNoAddress();
    void screenshot();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ConsoleSettings> m_console;
    QByteArray m_pem;
    QByteArray m_sha256;

    static int indexOfKind(const SettingsDialog &dialog, TileSource::Kind kind)
    {
        return dialog.tileSourceBox()->findData(int(kind));
    }
};

void tst_SettingsDialog::initTestCase()
{
    guitest::quietOffscreenWarnings();
    QString error;
    const SelfSignedCertificate made = SelfSignedCertificate::generate({u"platform.example.cn"_s}, &error);
    QVERIFY2(!made.isNull(), qPrintable(error));
    m_pem = made.certificatePem();
    m_sha256 = CertificatePin::fingerprintOf(made.certificate());
}

void tst_SettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"console.ini"_s), QSettings::IniFormat);
    m_console = std::make_unique<ConsoleSettings>(m_settings.get());
}

void tst_SettingsDialog::cleanup()
{
    m_console.reset();
    m_settings.reset();
    m_dir.reset();
}

void tst_SettingsDialog::showsWhatIsStored()
{
    QVERIFY(m_console->setPlatformUrl(u"https://platform.example.cn:8443"_s));
    QVERIFY(m_console->setLanguage(u"en"_s));
    QVERIFY(m_console->setTileSource(TileSource::Kind::Tianditu, u"tk-123"_s));
    QVERIFY(m_console->pinCertificate(u"https://platform.example.cn:8443"_s, m_sha256));
    SettingsDialog dialog(m_console.get());
    QCOMPARE(dialog.platformUrlEdit()->text(), u"https://platform.example.cn:8443"_s);
    QCOMPARE(dialog.languageBox()->currentData().toString(), u"en"_s);
    QCOMPARE(dialog.languageBox()->currentText(), u"English"_s);
    QCOMPARE(dialog.languageBox()->itemText(dialog.languageBox()->findData(u"zh_CN"_s)), u"中文（简体）"_s);
    QVERIFY(dialog.languageBox()->itemText(0).startsWith(u"Follow the system"_s));
    QCOMPARE(dialog.tileSourceBox()->currentData().toInt(), int(TileSource::Kind::Tianditu));
    QCOMPARE(dialog.tileValueEdit()->text(), u"tk-123"_s);
    QVERIFY(dialog.fingerprintLabel()->text().contains(CertificatePin::format(m_sha256)));
    QVERIFY(dialog.fingerprintLabel()->text().contains(u"platform.example.cn:8443"_s));
    QVERIFY(dialog.forgetPinButton()->isEnabled());
    QVERIFY(dialog.okButton()->isEnabled());
}

void tst_SettingsDialog::anInvalidAddressDisablesOk()
{
    SettingsDialog dialog(m_console.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.okButton()->isEnabled()); // empty: the embedded platform
    QVERIFY(!dialog.platformError()->isVisible());
    QVERIFY(dialog.fingerprintLabel()->text().contains(u"embedded"_s));
    QVERIFY(!dialog.importPinButton()->isEnabled());

    QTest::keyClicks(dialog.platformUrlEdit(), u"http://platform.example.cn"_s);
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(dialog.platformError()->isVisible());
    const QString error = dialog.platformError()->text();
    QVERIFY2(error.startsWith(u"Platform address:"_s) && error.contains(u"http://platform.example.cn"_s) &&
                 error.contains(u"https://"_s),
             qPrintable(error));
    QVERIFY(!dialog.importPinButton()->isEnabled());
    // OK does nothing while invalid, even if reached another way (Enter).
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(!m_settings->contains(u"platform/url"_s));

    dialog.platformUrlEdit()->setText(u"https://platform.example.cn"_s);
    QVERIFY(dialog.okButton()->isEnabled());
    QVERIFY(!dialog.platformError()->isVisible());
    QVERIFY(dialog.importPinButton()->isEnabled());
    QVERIFY(dialog.fingerprintLabel()->text().contains(u"platform.example.cn:443"_s));
}

void tst_SettingsDialog::anInvalidTileSourceDisablesOk()
{
    SettingsDialog dialog(m_console.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.tileValueEdit()->isVisible()); // none: nothing to enter
    dialog.tileSourceBox()->setCurrentIndex(indexOfKind(dialog, TileSource::Kind::Tianditu));
    QVERIFY(dialog.tileValueEdit()->isVisible());
    QVERIFY(!dialog.okButton()->isEnabled()); // Tianditu needs its key
    QVERIFY(dialog.tileError()->isVisible());
    QVERIFY2(dialog.tileError()->text().startsWith(u"Map tiles:"_s) &&
                 dialog.tileError()->text().contains(u"Tianditu"_s),
             qPrintable(dialog.tileError()->text()));
    QTest::keyClicks(dialog.tileValueEdit(), u"abc"_s);
    QVERIFY(dialog.okButton()->isEnabled());
    QVERIFY(!dialog.tileError()->isVisible());

    dialog.tileSourceBox()->setCurrentIndex(indexOfKind(dialog, TileSource::Kind::Xyz));
    QVERIFY(!dialog.okButton()->isEnabled());
    QTest::keyClicks(dialog.tileValueEdit(), u"https://tiles.example.cn/{z}/{x}.png"_s);
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY2(dialog.tileError()->text().contains(u"{y}"_s), qPrintable(dialog.tileError()->text()));
    dialog.tileValueEdit()->clear();
    QTest::keyClicks(dialog.tileValueEdit(), u"https://tiles.example.cn/{z}/{x}/{y}.png"_s);
    QVERIFY(dialog.okButton()->isEnabled());
    // Back to Tianditu: the key typed before is still there.
    dialog.tileSourceBox()->setCurrentIndex(indexOfKind(dialog, TileSource::Kind::Tianditu));
    QCOMPARE(dialog.tileValueEdit()->text(), u"abc"_s);
    QVERIFY(dialog.okButton()->isEnabled());
}

void tst_SettingsDialog::okWritesTheSettings()
{
    SettingsDialog dialog(m_console.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.platformUrlEdit(), u"https://platform.example.cn:9443"_s);
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(u"zh_CN"_s));
    dialog.tileSourceBox()->setCurrentIndex(indexOfKind(dialog, TileSource::Kind::Tianditu));
    QTest::keyClicks(dialog.tileValueEdit(), u"my-key"_s);
    QVERIFY(dialog.okButton()->isEnabled());
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    // A fresh read of the file: written, in the keys the rest of the console reads.
    QSettings reread(m_dir->filePath(u"console.ini"_s), QSettings::IniFormat);
    ConsoleSettings settings(&reread);
    QCOMPARE(settings.platformUrl(), u"https://platform.example.cn:9443"_s);
    QCOMPARE(settings.language(), u"zh_CN"_s);
    const TileSource tiles = TileSource::fromSettings(reread);
    QCOMPARE(tiles.kind(), TileSource::Kind::Tianditu);
    QCOMPARE(tiles.key(), u"my-key"_s);
}

void tst_SettingsDialog::cancelWritesNothing()
{
    QVERIFY(m_console->setPlatformUrl(u"https://platform.example.cn"_s));
    QVERIFY(m_console->pinCertificate(u"https://platform.example.cn"_s, m_sha256));
    SettingsDialog dialog(m_console.get());
    dialog.platformUrlEdit()->setText(u"https://other.example.cn"_s);
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(u"en"_s));
    dialog.platformUrlEdit()->setText(u"https://platform.example.cn"_s);
    dialog.forgetPin();
    dialog.reject();
    QCOMPARE(m_console->platformUrl(), u"https://platform.example.cn"_s);
    QCOMPARE(m_console->language(), QString());
    QCOMPARE(m_console->pinnedFingerprint(u"https://platform.example.cn"_s), m_sha256);
}

void tst_SettingsDialog::forgetPinAppliesAtOk()
{
    const QString url = u"https://platform.example.cn:8443"_s;
    QVERIFY(m_console->setPlatformUrl(url));
    QVERIFY(m_console->pinCertificate(url, m_sha256));
    SettingsDialog dialog(m_console.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.forgetPinButton()->isEnabled());
    QTest::mouseClick(dialog.forgetPinButton(), Qt::LeftButton);
    QVERIFY(dialog.fingerprintLabel()->text().startsWith(u"None for platform.example.cn:8443"_s));
    QVERIFY(!dialog.forgetPinButton()->isEnabled());
    QCOMPARE(m_console->pinnedFingerprint(url), m_sha256); // not before OK
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QVERIFY(m_console->pinnedFingerprint(url).isEmpty());
    // The store the platform client asks at the next start has no pin: it will ask the officer again.
    QVERIFY(!CertificatePinStore(m_settings.get()).pin(u"platform.example.cn:8443"_s));
}

void tst_SettingsDialog::importingAPemPinsItsFingerprint()
{
    QFile pem(m_dir->filePath(u"platform.crt"_s));
    QVERIFY(pem.open(QIODevice::WriteOnly));
    pem.write(m_pem);
    pem.close();
    SettingsDialog dialog(m_console.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.platformUrlEdit(), u"https://10.1.2.3:8443"_s);
    QVERIFY(dialog.fingerprintLabel()->text().startsWith(u"None for 10.1.2.3:8443"_s));
    QVERIFY(dialog.importCertificate(pem.fileName()));
    QVERIFY(!dialog.pinError()->isVisible());
    QVERIFY2(dialog.fingerprintLabel()->text().contains(CertificatePin::format(m_sha256)),
             qPrintable(dialog.fingerprintLabel()->text()));
    QVERIFY(m_console->pinnedFingerprint(u"https://10.1.2.3:8443"_s).isEmpty()); // not before OK
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_console->pinnedFingerprint(u"https://10.1.2.3:8443"_s), m_sha256);
    const auto pin = CertificatePinStore(m_settings.get()).pin(u"10.1.2.3:8443"_s);
    QVERIFY(pin);
    QCOMPARE(pin->sha256, m_sha256);
}

void tst_SettingsDialog::importRefusesABadFileOrNoAddress()
{
    SettingsDialog dialog(m_console.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString junk = m_dir->filePath(u"junk.pem"_s);
    QFile file(junk);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is no certificate");
    file.close();
    QVERIFY(!dialog.importCertificate(junk)); // no address: nothing to pin it for
    QVERIFY(dialog.pinError()->isVisible());
    QVERIFY(dialog.pinError()->text().contains(u"address"_s));
    QTest::keyClicks(dialog.platformUrlEdit(), u"https://platform.example.cn"_s);
    QVERIFY(!dialog.pinError()->isVisible()); // a new address, a fresh start
    QVERIFY(!dialog.importCertificate(junk));
    QVERIFY2(dialog.pinError()->text().startsWith(u"Pinned certificate:"_s) &&
                 dialog.pinError()->text().contains(junk),
             qPrintable(dialog.pinError()->text()));
    QVERIFY(dialog.okButton()->isEnabled()); // the address is fine; the pin is merely not imported
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QVERIFY(CertificatePinStore(m_settings.get()).pins().isEmpty());
}

void tst_SettingsDialog::screenshot()
{
    QVERIFY(m_console->setPlatformUrl(u"https://platform.example.cn:8443"_s));
    QVERIFY(m_console->pinCertificate(u"https://platform.example.cn:8443"_s, m_sha256));
    QVERIFY(m_console->setTileSource(TileSource::Kind::Tianditu, u"tk-123"_s));
    SettingsDialog dialog(m_console.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    RW_CHECK_SCREENSHOT(&dialog, u"settings-dialog"_s);
    QTest::keyClicks(dialog.platformUrlEdit(), u"x"_s); // "…:8443x": an error under the field
    QVERIFY(!dialog.okButton()->isEnabled());
    RW_CHECK_SCREENSHOT(&dialog, u"settings-dialog-error"_s);
}

QTEST_MAIN(tst_SettingsDialog)
#include "tst_settingsdialog.moc"
