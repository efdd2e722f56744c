// PlatformClient against the real reference platform on loopback.

#include "client/apireply.h"
#include "client/certificatepin.h"
#include "client/certificatepinstore.h"
#include "client/platformclient.h"

#include "accounts/accountservice.h"
#include "domain/manualclock.h"
#include "intake/companyregistry.h"
#include "platformserver.h"
#include "security/accountstore.h"

#include "permitfixtures.h"
#include "uploadfixtures.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace rw;

class tst_PlatformClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void summaryReflectsUploads();
    void unreachablePlatformIsReported();
    void missingAddressIsReported();
    void aGoneContextAbortsTheTransfer();
    void firstContactAsksBeforeSending();
    void rejectedCertificateIsNotPinned();
    void changedCertificateIsRefused();
    void signInRefreshAndSignOut();
    void wrongPasswordAndTotpAreTold();
    void sessionEndedElsewhereIsNoticed();
    void forcedChangeComesFirst();
    void idleLockedSessionUnlocksWithThePassword();
};

namespace {

const QString kCity = QStringLiteral("demo.city");

/** A platform on loopback with the demo accounts (cheap hashes); \a clock null: the system's. */
std::unique_ptr<PlatformServer> startServer(const QString &directory, quint16 port = 0, bool tls = true,
                                            const Clock *clock = nullptr)
{
    PlatformOptions options;
    options.databasePath = directory + QStringLiteral("/p.sqlite");
    options.synchronousFull = false;
    options.port = port;
    options.tls = tls;
    options.clock = clock;
    options.passwordHashing = PasswordHasher::Parameters::pbkdf2(1000); // cheap hashes for tests
    auto server = std::make_unique<PlatformServer>(options);
    QString error;
    if (!server->start(&error) || !server->accounts().createDemoAccounts(&error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    return server;
}

std::unique_ptr<PlatformServer> startTlsServer(const QString &directory, quint16 port = 0)
{
    return startServer(directory, port);
}

/** Signs \a client in as the demo city officer; false if that failed. */
bool signIn(PlatformClient &client, const QString &user = kCity)
{
    QSignalSpy signedIn(&client, &PlatformClient::signedIn);
    client.login(user, AccountService::DemoPassword);
    return signedIn.wait(10000);
}

} // namespace

void tst_PlatformClient::summaryReflectsUploads()
{
    QTemporaryDir dir;
    // Plain HTTP here: certificate pinning is covered by its own tests below.
    const auto started = startServer(dir.path(), 0, false);
    QVERIFY(started);
    PlatformServer &server = *started;
    QString error;
    const QByteArray token =
        server.companies().addCompany(fixtures::kCompany, QStringLiteral("畅行"), &error);
    QVERIFY2(!token.isEmpty(), qPrintable(error));
    rw::testing::insertCompanyPermit(server.database(), fixtures::kCompany, QStringLiteral("469001"),
                                     QStringLiteral("畅行"));

    QNetworkAccessManager network;
    QUrl url = server.baseUrl();
    url.setPath(QStringLiteral("/position/vehicle"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *reply = network.post(request, fixtures::positionBatch(7, 3, 1763700000));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();

    PlatformClient client;
    client.setBaseUrl(server.baseUrl());
    QSignalSpy state(&client, &PlatformClient::stateChanged);
    QVERIFY(signIn(client));
    QSignalSpy summary(&client, &PlatformClient::intakeSummaryReceived);
    client.fetchIntakeSummary();
    QVERIFY(summary.wait(10000));
    const auto counters = summary.first().at(0).value<QList<IntakeCounter>>();
    QCOMPARE(counters.size(), 1);
    QCOMPARE(counters.first().companyId, fixtures::kCompany);
    QCOMPARE(counters.first().companyName, QStringLiteral("畅行"));
    QCOMPARE(counters.first().accepted, 7);
    QVERIFY(counters.first().lastReceivedMs > 0);
    QCOMPARE(client.state(), PlatformClient::State::Connected);
    QCOMPARE(state.size(), 1);
}

void tst_PlatformClient::unreachablePlatformIsReported()
{
    // A port that was free a moment ago: nothing listens there now.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();

    PlatformClient client;
    client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    QSignalSpy failed(&client, &PlatformClient::requestFailed);
    client.fetchIntakeSummary();
    QVERIFY(failed.wait(10000));
    QVERIFY(failed.first().at(0).toString().contains(QString::number(port)));
    QCOMPARE(client.state(), PlatformClient::State::Disconnected);

    // A sign-in that gets no answer ends too: the dialog must not wait for ever.
    QSignalSpy loginFailed(&client, &PlatformClient::loginFailed);
    client.login(QStringLiteral("demo.city"), QStringLiteral("whatever"));
    QVERIFY(loginFailed.wait(10000));
    QVERIFY(!loginFailed.first().at(1).toString().isEmpty());
    QVERIFY(!client.isSignedIn());
}

void tst_PlatformClient::missingAddressIsReported()
{
    PlatformClient client;
    QSignalSpy failed(&client, &PlatformClient::requestFailed);
    client.fetchIntakeSummary();
    QCOMPARE(failed.size(), 1);
    // A feature's call hears it too (status 0), later, as answers come, and only while its context lives.
    std::optional<ApiReply> answer;
    client.send("GET", QStringLiteral("/api/v1/alerts"), {}, {}, this,
                [&answer](const ApiReply &reply) { answer = reply; });
    QVERIFY(!answer);
    QTRY_VERIFY(answer.has_value());
    QCOMPARE(answer->status, 0);
    QVERIFY(!answer->reachedPlatform());
    QVERIFY2(answer->message.contains(QStringLiteral("No platform address")), qPrintable(answer->message));
    QCOMPARE(failed.size(), 2);
    bool heard = false;
    auto *gone = new QObject;
    client.send("GET", QStringLiteral("/api/v1/alerts"), {}, {}, gone,
                [&heard](const ApiReply &) { heard = true; });
    delete gone;
    QTest::qWait(20);
    QVERIFY(!heard);
}

void tst_PlatformClient::aGoneContextAbortsTheTransfer()
{
    // A platform that reads the request and never answers, as one busy with a large answer would seem.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QTcpSocket *peer = nullptr;
    QByteArray received;
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        peer = silent.nextPendingConnection();
        connect(peer, &QTcpSocket::readyRead, this, [&] { received += peer->readAll(); });
    });
    PlatformClient client;
    client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())));
    QSignalSpy failed(&client, &PlatformClient::requestFailed);
    bool heard = false;
    auto *context = new QObject;
    client.send("GET", QStringLiteral("/api/v1/outages"), {}, {}, context,
                [&heard](const ApiReply &) { heard = true; });
    QTRY_VERIFY_WITH_TIMEOUT(received.contains("\r\n\r\n"), 10000); // the whole request is there
    QVERIFY(received.startsWith("GET /api/v1/outages"));
    QSignalSpy closed(peer, &QTcpSocket::disconnected);
    const auto stateBefore = client.state();
    delete context; // a page's Cancel
    // The transfer is stopped: the console hangs up at once, not at the 10 s transfer timeout.
    QVERIFY(closed.wait(5000));
    QVERIFY(!heard);
    QCOMPARE(failed.size(), 0);            // not the platform's fault: nothing reported,
    QCOMPARE(client.state(), stateBefore); // and the connection state stays
}

void tst_PlatformClient::firstContactAsksBeforeSending()
{
    QTemporaryDir dir;
    const auto server = startTlsServer(dir.path());
    QVERIFY(server);
    QCOMPARE(server->baseUrl().scheme(), QStringLiteral("https"));
    QSettings settings(dir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat);
    CertificatePinStore store(&settings);

    PlatformClient client;
    client.setPinStore(&store);
    client.setBaseUrl(server->baseUrl());
    QSignalSpy approval(&client, &PlatformClient::certificateNeedsApproval);
    QSignalSpy summary(&client, &PlatformClient::signedIn);
    QSignalSpy failed(&client, &PlatformClient::requestFailed);
    // The password is not sent before the user has accepted the certificate.
    client.login(kCity, AccountService::DemoPassword);
    client.login(kCity, AccountService::DemoPassword); // waits with the first: one question only
    QVERIFY(approval.wait(10000));
    const QByteArray expected = CertificatePin::fingerprintOf(server->certificate());
    QCOMPARE(approval.first().at(0).value<QSslCertificate>(), server->certificate());
    QCOMPARE(approval.first().at(1).toByteArray(), expected);
    QCOMPARE(CertificatePin::format(expected), server->certificateFingerprint());
    // Held, not failed, not sent (the aborted replies have finished already).
    QCOMPARE(approval.size(), 1);
    QCOMPARE(summary.size(), 0);
    QCOMPARE(failed.size(), 0);
    QVERIFY(!store.pin(CertificatePin::hostPortOf(server->baseUrl())));

    client.approveCertificate(expected);
    QTRY_COMPARE_WITH_TIMEOUT(summary.size(), 2, 10000);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(store.pin(CertificatePin::hostPortOf(server->baseUrl()))->sha256, expected);

    // Another client with the same settings trusts it at once.
    PlatformClient later;
    later.setPinStore(&store);
    later.setBaseUrl(server->baseUrl());
    QCOMPARE(later.pinnedFingerprint(), expected);
    QSignalSpy laterApproval(&later, &PlatformClient::certificateNeedsApproval);
    QVERIFY(signIn(later));
    QSignalSpy laterSummary(&later, &PlatformClient::intakeSummaryReceived);
    later.fetchIntakeSummary();
    QVERIFY(laterSummary.wait(10000));
    QCOMPARE(laterApproval.size(), 0);
}

void tst_PlatformClient::rejectedCertificateIsNotPinned()
{
    QTemporaryDir dir;
    const auto server = startTlsServer(dir.path());
    QVERIFY(server);
    QSettings settings(dir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat);
    CertificatePinStore store(&settings);
    PlatformClient client;
    client.setPinStore(&store);
    client.setBaseUrl(server->baseUrl());
    QSignalSpy approval(&client, &PlatformClient::certificateNeedsApproval);
    QSignalSpy failed(&client, &PlatformClient::requestFailed);
    QSignalSpy signedIn(&client, &PlatformClient::signedIn);
    client.login(kCity, AccountService::DemoPassword);
    QVERIFY(approval.wait(10000));
    client.rejectCertificate();
    QCOMPARE(signedIn.size(), 0);
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.first().at(0).toString().contains(server->certificateFingerprint()),
             qPrintable(failed.first().at(0).toString()));
    QVERIFY(store.pins().isEmpty());
    QVERIFY(client.pinnedFingerprint().isEmpty());
}

void tst_PlatformClient::changedCertificateIsRefused()
{
    QTemporaryDir first;
    QTemporaryDir second;
    auto server = startTlsServer(first.path());
    QVERIFY(server);
    const quint16 port = server->port();
    const QUrl base = server->baseUrl();
    const QByteArray original = CertificatePin::fingerprintOf(server->certificate());

    PlatformClient client;
    client.setBaseUrl(base);
    client.setPinnedFingerprint(original);
    QVERIFY(signIn(client));
    QSignalSpy summary(&client, &PlatformClient::intakeSummaryReceived);
    QSignalSpy mismatch(&client, &PlatformClient::certificateMismatch);
    QSignalSpy failed(&client, &PlatformClient::requestFailed);
    client.fetchIntakeSummary();
    QVERIFY(summary.wait(10000));

    // Another platform, with another key, on the same host:port.
    server->stop();
    server.reset();
    const auto impostor = startTlsServer(second.path(), port);
    QVERIFY(impostor);
    const QByteArray other = CertificatePin::fingerprintOf(impostor->certificate());
    QVERIFY(other != original);

    client.fetchIntakeSummary();
    QVERIFY(mismatch.wait(10000));
    QCOMPARE(mismatch.first().at(0).toByteArray(), original);
    QCOMPARE(mismatch.first().at(1).toByteArray(), other);
    QCOMPARE(failed.size(), 1);
    const QString message = failed.first().at(0).toString();
    QVERIFY2(message.contains(CertificatePin::format(original)), qPrintable(message));
    QVERIFY2(message.contains(CertificatePin::format(other)), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("refused")), qPrintable(message));
    QCOMPARE(summary.size(), 1);
    QCOMPARE(client.state(), PlatformClient::State::Disconnected);
}

void tst_PlatformClient::signInRefreshAndSignOut()
{
    QTemporaryDir dir;
    const auto server = startServer(dir.path(), 0, false);
    QVERIFY(server);
    PlatformClient client;
    client.setBaseUrl(server->baseUrl());
    QVERIFY(!client.isSignedIn());

    QSignalSpy signedIn(&client, &PlatformClient::signedIn);
    client.login(kCity, AccountService::DemoPassword);
    QVERIFY(signedIn.wait(10000));
    const auto session = signedIn.first().at(0).value<SessionInfo>();
    QCOMPARE(session.userName, kCity);
    QCOMPARE(session.role, Role(Role::CityOfficer));
    QCOMPARE(session.regionCode, QStringLiteral("469001"));
    QVERIFY(!session.mustChange);
    QVERIFY(session.daysLeft > 0);
    QVERIFY(session.passwordExpiresAt.isValid());
    QVERIFY(client.isSignedIn());
    QCOMPARE(client.session().userName, kCity);

    QSignalSpy refreshed(&client, &PlatformClient::sessionRefreshed);
    client.refreshSession();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(refreshed.first().at(0).value<SessionInfo>().regionCode, QStringLiteral("469001"));

    // The policy the console checks passwords against is the platform's, whatever it is now.
    PasswordPolicy stricter;
    stricter.minLength = 15;
    server->accounts().setPolicy(stricter);
    QSignalSpy policy(&client, &PlatformClient::policyReceived);
    client.fetchPolicy();
    QVERIFY(policy.wait(10000));
    QCOMPARE(policy.first().at(0).value<PasswordPolicy>().minLength, 15);

    QSignalSpy signedOut(&client, &PlatformClient::signedOut);
    client.logout();
    QCOMPARE(signedOut.size(), 1);
    QVERIFY(!client.isSignedIn());
    // The platform ended the session too: it is gone from its table.
    QTRY_COMPARE_WITH_TIMEOUT(server->accounts().sessionCount(), 0, 10000);
}

void tst_PlatformClient::wrongPasswordAndTotpAreTold()
{
    QTemporaryDir dir;
    const auto server = startServer(dir.path(), 0, false);
    QVERIFY(server);
    PlatformClient client;
    client.setBaseUrl(server->baseUrl());
    QSignalSpy failed(&client, &PlatformClient::loginFailed);
    QSignalSpy signedIn(&client, &PlatformClient::signedIn);
    client.login(kCity, QStringLiteral("not the password"));
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.last().at(0).toString(), QStringLiteral("wrong_credentials"));
    QVERIFY(!failed.last().at(1).toString().isEmpty());
    QVERIFY(!client.isSignedIn());

    // An administrator with the right password is asked for the one-time code.
    client.login(QStringLiteral("demo.sysadmin"), AccountService::DemoPassword);
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.last().at(0).toString(), QStringLiteral("totp_required"));
    client.login(QStringLiteral("demo.sysadmin"), AccountService::DemoPassword, QStringLiteral("000000"));
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.last().at(0).toString(), QStringLiteral("totp_invalid"));
    QCOMPARE(signedIn.size(), 0);
}

void tst_PlatformClient::sessionEndedElsewhereIsNoticed()
{
    QTemporaryDir dir;
    const auto server = startServer(dir.path(), 0, false);
    QVERIFY(server);
    PlatformClient client;
    client.setBaseUrl(server->baseUrl());
    QVERIFY(signIn(client));
    const auto account = server->accounts().store().find(kCity);
    QVERIFY(account);
    QCOMPARE(server->accounts().endSessionsOf(account->id), 1); // e.g. disabled by the administrator

    QSignalSpy ended(&client, &PlatformClient::sessionEnded);
    QSignalSpy failed(&client, &PlatformClient::requestFailed);
    QSignalSpy summary(&client, &PlatformClient::intakeSummaryReceived);
    client.fetchIntakeSummary();
    QVERIFY(ended.wait(10000));
    QCOMPARE(ended.first().at(0).toString(), QStringLiteral("unauthenticated"));
    QVERIFY(!client.isSignedIn());
    QCOMPARE(summary.size(), 0);
    QCOMPARE(failed.size(), 0); // told once, as an ended session, not as a failure too
}

void tst_PlatformClient::forcedChangeComesFirst()
{
    QTemporaryDir dir;
    const auto server = startServer(dir.path(), 0, false);
    QVERIFY(server);
    const auto account = server->accounts().store().find(kCity);
    QVERIFY(account);
    // As after an administrator's reset: a change is due before anything else.
    QVERIFY(server->accounts().store().setPassword(account->id, AccountService::DemoPassword, true));

    PlatformClient client;
    client.setBaseUrl(server->baseUrl());
    QSignalSpy signedIn(&client, &PlatformClient::signedIn);
    client.login(kCity, AccountService::DemoPassword);
    QVERIFY(signedIn.wait(10000));
    QVERIFY(signedIn.first().at(0).value<SessionInfo>().mustChange);

    QSignalSpy failed(&client, &PlatformClient::requestFailed);
    client.fetchIntakeSummary();
    QVERIFY(failed.wait(10000));
    QVERIFY2(failed.first().at(0).toString().contains(QStringLiteral("403")),
             qPrintable(failed.first().at(0).toString()));

    QSignalSpy rejected(&client, &PlatformClient::passwordChangeFailed);
    QSignalSpy changed(&client, &PlatformClient::passwordChanged);
    client.changePassword(QStringLiteral("wrong current"), QStringLiteral("Hainan-Wuzhishan-77"));
    QVERIFY(rejected.wait(10000));
    QCOMPARE(rejected.last().at(0).toString(), QStringLiteral("wrong_password"));
    client.changePassword(AccountService::DemoPassword, QStringLiteral("password1234"));
    QVERIFY(rejected.wait(10000));
    QCOMPARE(rejected.last().at(0).toString(), QStringLiteral("password_rejected"));
    QVERIFY(!rejected.last().at(2).toStringList().isEmpty()); // the rules it broke, one per line
    QCOMPARE(changed.size(), 0);

    client.changePassword(AccountService::DemoPassword, QStringLiteral("Hainan-Wuzhishan-77"));
    QVERIFY(changed.wait(10000));
    QVERIFY(!client.session().mustChange);
    QSignalSpy summary(&client, &PlatformClient::intakeSummaryReceived);
    client.fetchIntakeSummary();
    QVERIFY(summary.wait(10000));
}

void tst_PlatformClient::idleLockedSessionUnlocksWithThePassword()
{
    QTemporaryDir dir;
    ManualClock clock(QDateTime::currentDateTimeUtc());
    const auto server = startServer(dir.path(), 0, false, &clock);
    QVERIFY(server);
    PlatformClient client;
    client.setBaseUrl(server->baseUrl());
    QVERIFY(signIn(client));

    clock.advanceSecs(15 * 60); // the policy's idle limit, to the second
    QSignalSpy locked(&client, &PlatformClient::sessionLocked);
    QSignalSpy ended(&client, &PlatformClient::sessionEnded);
    client.fetchIntakeSummary();
    QVERIFY(locked.wait(10000));
    QVERIFY(client.isSignedIn()); // locked, not ended

    QSignalSpy unlockFailed(&client, &PlatformClient::unlockFailed);
    QSignalSpy unlocked(&client, &PlatformClient::sessionUnlocked);
    client.unlockSession(QStringLiteral("not the password"));
    QVERIFY(unlockFailed.wait(10000));
    QCOMPARE(unlockFailed.first().at(0).toString(), QStringLiteral("wrong_password"));
    client.unlockSession(AccountService::DemoPassword);
    QVERIFY(unlocked.wait(10000));

    QSignalSpy summary(&client, &PlatformClient::intakeSummaryReceived);
    client.fetchIntakeSummary();
    QVERIFY(summary.wait(10000));
    QCOMPARE(ended.size(), 0);

    // Past the 12-hour limit nothing unlocks it: the session has ended.
    clock.advanceSecs(12 * 60 * 60);
    client.unlockSession(AccountService::DemoPassword);
    QVERIFY(ended.wait(10000));
    QVERIFY(!client.isSignedIn());
}

QTEST_GUILESS_MAIN(tst_PlatformClient)
#include "tst_platformclient.moc"
