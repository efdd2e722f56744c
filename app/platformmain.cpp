// ridewatch-platform: the reference industry platform (行业平台) as a service.

#include "accounts/accountservice.h"
#include "applanguage.h"
#include "intake/companyregistry.h"
#include "platformserver.h"
#include "quality/qualityrecomputecommand.h"
#include "simulationrunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QStandardPaths>
#include <QTextStream>

#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using namespace rw;

namespace {

QString defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/platform.sqlite");
}

int g_signalPipe[2] = {-1, -1};

// A signal handler may only do async-signal-safe things: write a byte; the event loop does the rest.
void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

void quitOnTermination(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] {
        char byte;
        [[maybe_unused]] const auto read = ::read(g_signalPipe[0], &byte, 1);
        QCoreApplication::quit();
    });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("RideWatch"));
    QCoreApplication::setApplicationName(QStringLiteral("ridewatch-platform"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RIDEWATCH_VERSION));
    // Unlike the console, the platform does not follow the system locale: its error replies go to
    // the platform companies (网约车平台公司), which are Chinese, so zh_CN is the default whatever
    // the server's locale is. RIDEWATCH_LANG overrides it (e.g. RIDEWATCH_LANG=en).
    installTranslators(app, QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Reference implementation of the ride-hailing industry platform (行业平台): accepts the "
                "companies' uploads, validates and stores them, and serves the RideWatch console."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QCoreApplication::translate("main", "SQLite database file (default: %1).").arg(defaultDatabasePath()),
        QStringLiteral("file"));
    const QCommandLineOption listenOption(
        QStringLiteral("listen"),
        QCoreApplication::translate("main", "Address to listen on (default 127.0.0.1)."),
        QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption portOption(
        QStringLiteral("port"),
        QCoreApplication::translate("main", "TCP port (default 8080; 0 picks a free one)."),
        QStringLiteral("port"), QStringLiteral("8080"));
    const QCommandLineOption syncOption(
        QStringLiteral("sync"),
        QCoreApplication::translate(
            "main", "full (default): fsync every commit; normal: survive process crashes only."),
        QStringLiteral("mode"), QStringLiteral("full"));
    const QCommandLineOption maxBodyOption(
        QStringLiteral("max-body-mb"),
        QCoreApplication::translate("main", "Largest accepted request body in MiB (default 32)."),
        QStringLiteral("MiB"), QStringLiteral("32"));
    const QCommandLineOption addCompanyOption(
        QStringLiteral("add-company"),
        QCoreApplication::translate("main",
                                    "Register a platform company and print its new upload token, then exit."),
        QStringLiteral("CompanyId"));
    const QCommandLineOption companyNameOption(QStringLiteral("company-name"),
                                               QCoreApplication::translate("main", "Name for --add-company."),
                                               QStringLiteral("name"));
    const QCommandLineOption noTlsOption(
        QStringLiteral("no-tls"),
        QCoreApplication::translate("main", "Serve plain HTTP instead of HTTPS (debugging only: tokens and "
                                            "data travel in clear)."));
    const QCommandLineOption tlsDirectoryOption(
        QStringLiteral("tls-dir"),
        QCoreApplication::translate(
            "main", "Directory of platform.key and platform.crt (default: the database's directory)."),
        QStringLiteral("directory"));
    const QCommandLineOption tlsNameOption(
        QStringLiteral("tls-name"),
        QCoreApplication::translate("main", "Extra host name or address for a new certificate (repeatable)."),
        QStringLiteral("name"));
    const QCommandLineOption initAdminOption(
        QStringLiteral("init-admin"),
        QCoreApplication::translate(
            "main", "Create the first system administrator USER, print a one-time password and "
                    "the TOTP provisioning URI, then exit. Refused if any account exists."),
        QStringLiteral("USER"));
    const QCommandLineOption demoAccountsOption(
        QStringLiteral("demo-accounts"),
        QCoreApplication::translate("main",
                                    "Create the demo accounts, one per role, with the known passwords listed "
                                    "in README (demo mode only; never on a real platform)."));
    const QCommandLineOption recomputeQualityOption(
        QStringLiteral("recompute-quality"),
        QCoreApplication::translate("main",
                                    "Recompute the quality numbers of a CST month from the raw records, "
                                    "print how they differ from the stored ones per company, and exit."),
        QStringLiteral("yyyy-mm"));
    parser.addOptions({databaseOption, listenOption, portOption, syncOption, maxBodyOption, addCompanyOption,
                       companyNameOption, noTlsOption, tlsDirectoryOption, tlsNameOption, initAdminOption,
                       demoAccountsOption, recomputeQualityOption});
    SimulationRunner::addCommandLineOptions(parser);
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);

    PlatformOptions options;
    options.databasePath =
        parser.isSet(databaseOption) ? parser.value(databaseOption) : defaultDatabasePath();
    if (parser.isSet(recomputeQualityOption))
        return QualityRecomputeCommand::run(options.databasePath, parser.value(recomputeQualityOption), out,
                                            err);
    if (!options.address.setAddress(parser.value(listenOption))) {
        err << QCoreApplication::translate("main", "--listen: \"%1\" is not an IP address")
                   .arg(parser.value(listenOption))
            << Qt::endl;
        return 2;
    }
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        err << QCoreApplication::translate("main", "--port: \"%1\" is not a port number")
                   .arg(parser.value(portOption))
            << Qt::endl;
        return 2;
    }
    options.port = quint16(port);
    const QString sync = parser.value(syncOption);
    if (sync != QStringLiteral("full") && sync != QStringLiteral("normal")) {
        err << QCoreApplication::translate("main", "--sync: use full or normal, not \"%1\"").arg(sync)
            << Qt::endl;
        return 2;
    }
    options.synchronousFull = sync == QStringLiteral("full");
    const int maxBody = parser.value(maxBodyOption).toInt(&ok);
    if (!ok || maxBody < 1 || maxBody > 1024) {
        err << QCoreApplication::translate("main", "--max-body-mb: give 1 to 1024") << Qt::endl;
        return 2;
    }
    options.limits.maxBodyBytes = qint64(maxBody) * 1024 * 1024;
    options.tls = !parser.isSet(noTlsOption);
    options.tlsDirectory = parser.value(tlsDirectoryOption);
    options.tlsNames = parser.values(tlsNameOption);

    QString error;
    SimulationRunner simulation;
    if (!simulation.configure(parser, &error)) {
        err << error << Qt::endl;
        return 2;
    }

    PlatformServer server(options);
    if (parser.isSet(addCompanyOption)) {
        options.port = 0;
        PlatformServer admin(options);
        if (!admin.start(&error)) {
            err << error << Qt::endl;
            return 1;
        }
        const QByteArray token = admin.companies().addCompany(parser.value(addCompanyOption),
                                                              parser.value(companyNameOption), &error);
        if (token.isEmpty()) {
            err << error << Qt::endl;
            return 1;
        }
        out << token << Qt::endl;
        return 0;
    }

    if (parser.isSet(initAdminOption)) {
        options.port = 0;
        PlatformServer admin(options);
        if (!admin.start(&error)) {
            err << error << Qt::endl;
            return 1;
        }
        const auto created = admin.accounts().initAdministrator(parser.value(initAdminOption), &error);
        if (!created) {
            err << error << Qt::endl;
            return 1;
        }
        out << QCoreApplication::translate("main", "System administrator %1 created.")
                   .arg(created->account.userName)
            << Qt::endl
            << QCoreApplication::translate("main", "One-time password (change it at the first sign-in): %1")
                   .arg(created->password)
            << Qt::endl
            << QCoreApplication::translate("main",
                                           "TOTP provisioning URI (add it to an authenticator app): %1")
                   .arg(created->provisioningUri)
            << Qt::endl;
        return 0;
    }

    if (!server.start(&error)) {
        err << QCoreApplication::translate("main", "ridewatch-platform cannot start: %1").arg(error)
            << Qt::endl;
        return 1;
    }
    if (parser.isSet(demoAccountsOption) && !server.accounts().createDemoAccounts(&error)) {
        err << error << Qt::endl;
        return 1;
    }
    // Tests and scripts read these lines to learn the port and the certificate to pin.
    out << "listening on " << server.baseUrl().toString() << Qt::endl;
    if (server.isTls()) {
        out << "certificate sha256 " << server.certificateFingerprint() << Qt::endl;
    } else {
        err << QCoreApplication::translate("main",
                                           "warning: --no-tls: serving plain HTTP; upload tokens, session "
                                           "tokens and personal data cross the network unencrypted. Use it "
                                           "for debugging only.")
            << Qt::endl;
    }

    if (simulation.enabled() && !simulation.start(server, &error)) {
        err << error << Qt::endl;
        return 1;
    }

    quitOnTermination(app);
    const int rc = app.exec();
    simulation.stop();
    server.stop();
    return rc;
}
