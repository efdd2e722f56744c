// ridewatch: the supervision console.

#include "applanguage.h"
#include "mainwindow.h"

#include "accounts/accountservice.h"
#include "client/certificatepin.h"
#include "client/certificatepinstore.h"
#include "client/platformclient.h"
#include "connection/certificateapprovaldialog.h"
#include "domain/systemclock.h"
#include "embeddedplatform.h"
#include "session/logindialog.h"
#include "session/sessioncontroller.h"
#include "settings/consolesettings.h"
#include "simulator/faultplan.h"
#include "simulator/simulatorconfig.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFont>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTimer>

using namespace rw;

namespace {

// Chinese text in the Simplified Chinese glyph forms even where the system's default CJK
// fallback is another region's (e.g. Noto Sans CJK JP under a C locale).
void preferSimplifiedChineseFont(QApplication &app, const QLocale &locale)
{
    if (locale.language() != QLocale::Chinese)
        return;
    QFont font = QApplication::font();
    font.setFamilies(
        {font.family(), QStringLiteral("Noto Sans CJK SC"), QStringLiteral("WenQuanYi Micro Hei")});
    QApplication::setFont(font);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("RideWatch"));
    QApplication::setApplicationName(QStringLiteral("ridewatch"));
    QApplication::setApplicationDisplayName(QStringLiteral("RideWatch"));
    QApplication::setApplicationVersion(QStringLiteral(RIDEWATCH_VERSION));
    // The installed desktop entry and icon (packaging/linux), so that Wayland and the task bar match the
    // window to them.
    QGuiApplication::setDesktopFileName(QStringLiteral("cn.ridewatch.RideWatch"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("cn.ridewatch.RideWatch")));
    // The user's settings (Tools → Settings…): the platform, the language, the map's tiles, the window's
    // layout.
    QSettings settings;
    ConsoleSettings consoleSettings(&settings);
    // zh_CN is the primary language: RIDEWATCH_LANG, else the language setting, else the system locale.
    preferSimplifiedChineseFont(app, installTranslators(app, QLocale::system(), consoleSettings.language()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "RideWatch ride-hailing supervision console."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption platformOption(
        QStringLiteral("platform"),
        QApplication::translate("main",
                                "Address of the industry platform, e.g. https://host:8443; it overrides the "
                                "address in the settings. Without either, the console starts the reference "
                                "platform in-process with simulated traffic."),
        QStringLiteral("url"));
    const QCommandLineOption databaseOption(
        QStringLiteral("embedded-database"),
        QApplication::translate("main", "Database file of the embedded platform."), QStringLiteral("file"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main",
                                "Save a screenshot of the main window after a few seconds, then quit."),
        QStringLiteral("png"));
    const QCommandLineOption demoSignInOption(
        QStringLiteral("demo-sign-in"),
        QApplication::translate(
            "main", "Embedded platform only: sign in as this demo account at once (see the README)."),
        QStringLiteral("user"));
    parser.addOptions({platformOption, databaseOption, screenshotOption, demoSignInOption});
    SimulatorConfig::addCommandLineOptions(parser);
    parser.process(app);

    PlatformClient client;
    CertificatePinStore pins(&settings);
    MainWindow window(&client, InterfaceCatalogue::builtIn());
    window.setSettings(&consoleSettings);
    SystemClock clock;
    SessionController session(&client, &window, clock);
    // The window shows only after sign-in (and a forced password change, if due).
    window.setSessionController(&session);
    QObject::connect(&session, &SessionController::quitRequested, &app, &QApplication::quit,
                     Qt::QueuedConnection);

    // The platform: --platform, else the address in the settings, else the embedded reference platform.
    QString settingProblem;
    const std::optional<QString> platformAddress = ConsoleSettings::choosePlatform(
        parser.isSet(platformOption) ? std::optional<QString>(parser.value(platformOption)) : std::nullopt,
        consoleSettings.platformUrl(), &settingProblem);
    const bool remote = platformAddress.has_value();
    if (!settingProblem.isEmpty()) {
        // Written by hand, perhaps: say so, and start, so that the officer can correct it in the settings.
        QMessageBox::warning(&window, QApplication::translate("main", "RideWatch"),
                             QApplication::translate("main",
                                                     "%1\nThe embedded reference platform starts instead; "
                                                     "correct the address in Tools → Settings.")
                                 .arg(settingProblem));
    }
    EmbeddedPlatform embedded;
    QString demoUser = parser.value(demoSignInOption);
    if (demoUser.isEmpty() && parser.isSet(screenshotOption) && !remote)
        demoUser = QStringLiteral("demo.city");
    if (remote) {
        const QUrl url = QUrl::fromUserInput(*platformAddress);
        if (!url.isValid() || url.host().isEmpty()) {
            QMessageBox::critical(
                &window, QApplication::translate("main", "RideWatch"),
                QApplication::translate("main", "\"%1\" is not a platform address.").arg(*platformAddress));
            return 2;
        }
        client.setBaseUrl(url);
        // Trust on first use (DESIGN §4): the officer compares the fingerprint with the one the
        // platform's operator published; a changed certificate is refused by the client.
        client.setPinStore(&pins);
        QObject::connect(&client, &PlatformClient::certificateNeedsApproval, &window,
                         [&](const QSslCertificate &certificate, const QByteArray &sha256) {
                             CertificateApprovalDialog dialog(
                                 certificate, sha256, CertificatePin::hostPortOf(url), session.loginDialog());
                             if (dialog.exec() == QDialog::Accepted)
                                 client.approveCertificate(sha256);
                             else
                                 client.rejectCertificate();
                         });
        session.setPlatformDescription(url.toString());
        if (!client.pinnedFingerprint().isEmpty())
            session.setCertificateFingerprint(QString::fromLatin1(client.pinnedFingerprint().toHex()));
        session.start();
    } else {
        QString error;
        SimulatorConfig simulation = SimulatorConfig::fromCommandLine(parser, &error);
        if (!error.isEmpty()) {
            QMessageBox::critical(&window, QApplication::translate("main", "RideWatch"), error);
            return 2;
        }
        // The demo city has the everyday faults regulators look for, unless told otherwise.
        if (!parser.isSet(QStringLiteral("sim-faults"))) {
            if (const auto plan =
                    FaultPlan::parse(QStringLiteral("late=0.02,missing=0.005,malformed=0.005,unlicensed=0.01,"
                                                    "expired=0.01,outside=0.005,epoch=0.001")))
                simulation.faults = *plan;
        }
        QString databasePath = parser.value(databaseOption);
        if (databasePath.isEmpty()) {
            const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
            QDir().mkpath(dir);
            databasePath = dir + QStringLiteral("/embedded-platform.sqlite");
        }
        QObject::connect(&embedded, &EmbeddedPlatform::ready, &window,
                         [&](const QUrl &url, const QSslCertificate &certificate) {
                             client.setBaseUrl(url);
                             // This process made the certificate: pin it without asking anyone.
                             const QByteArray fingerprint = CertificatePin::fingerprintOf(certificate);
                             client.setPinnedFingerprint(fingerprint);
                             const QString description =
                                 QApplication::translate(
                                     "main", "embedded reference platform with simulated traffic (%1)")
                                     .arg(url.toString());
                             window.setPlatformDescription(description);
                             session.setPlatformDescription(description);
                             session.setCertificateFingerprint(QString::fromLatin1(fingerprint.toHex()));
                             // Demo mode: the demo accounts are in the README; offer the city officer's.
                             session.setSuggestedUserName(QStringLiteral("demo.city"));
                             session.start();
                             if (!demoUser.isEmpty())
                                 session.signIn(demoUser, AccountService::DemoPassword);
                         });
        QObject::connect(&embedded, &EmbeddedPlatform::failed, &window, [&](const QString &message) {
            QMessageBox::critical(&window, QApplication::translate("main", "RideWatch"), message);
        });
        embedded.start(databasePath, simulation);
    }

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        QTimer::singleShot(8000, &window, [&window, file] {
            window.grab().save(file);
            QApplication::quit();
        });
    }
    const int rc = app.exec();
    embedded.stop();
    return rc;
}
