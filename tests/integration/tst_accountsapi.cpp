// The console's session and account API over the platform's real TLS on loopback: sign-in, forced
// password change, lockout, session limits, the role × endpoint matrix (policy and audit endpoints
// included), region scope, and the audit entry of each.
#include "accounts/accountservice.h"
#include "domain/manualclock.h"
#include "intake/intakestats.h"
#include "platformserver.h"
#include "security/accountstore.h"
#include "security/auditstore.h"
#include "security/totp.h"

#include "httptestclient.h"
#include "permitfixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace rw;
using namespace rw::testing;

namespace {

const QDateTime Start = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
const QString Password = QStringLiteral("Wuzhishan-Ride-2026");
const QString NewPassword = QStringLiteral("Tianya-Haijiao-88");
constexpr qint64 MinuteMs = 60 * 1000;

QByteArray jsonBody(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class tst_AccountsApi : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void signInAndWhoAmI();
    void wrongPasswordAndUnknownUserLookAlike();
    void lockoutAfterFiveFailures();
    void tamperedTokenIsRefused();
    void newAccountMustChangePasswordFirst();
    void expiredPasswordForcesChangeBeforeAnythingElse();
    void idleSessionIsLocked();
    void logoutEndsTheSession();
    void summaryNeedsPermissionAndFiltersByRegion();
    void administratorNeedsTotp();
    void roleEndpointMatrix();
    void createValidatesRoleAndRegion();
    void disableEndsSessionsAndResetForcesChange();
    void unlockIsTheSecurityAdministrators();

private:
    QUrl url(const QString &path) const;
    HttpResult request(const QByteArray &method, const QString &path, const QByteArray &token,
                       const QByteArray &body = {});
    HttpResult signIn(const QString &user, const QString &password, const QString &totp = {});
    /** An account whose password was set at the current time, no change pending. */
    Account addAccount(const QString &name, Role role, const QString &region);
    QByteArray tokenOf(const QString &name, Role role, const QString &region);
    QList<AuditEntry> auditEntries(const QString &action);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<PlatformServer> m_server;
    std::unique_ptr<HttpTestClient> m_client;
};

void tst_AccountsApi::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<ManualClock>(Start);
    PlatformOptions options;
    options.databasePath = m_dir->filePath(QStringLiteral("platform.db"));
    options.synchronousFull = false;
    options.clock = m_clock.get();
    options.passwordHashing = PasswordHasher::Parameters::pbkdf2(1000); // cheap hashes for tests
    m_server = std::make_unique<PlatformServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    QCOMPARE(m_server->baseUrl().host(), QStringLiteral("127.0.0.1"));
    m_client = std::make_unique<HttpTestClient>();
    // The accounts API runs over the platform's real TLS: trust exactly its certificate.
    QVERIFY(m_server->isTls());
    m_client->trust({m_server->certificate()});
}

void tst_AccountsApi::cleanup()
{
    m_client.reset();
    m_server.reset();
    m_clock.reset();
    m_dir.reset();
}

QUrl tst_AccountsApi::url(const QString &path) const
{
    QUrl url = m_server->baseUrl();
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    url.setPath(path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    return url;
}

HttpResult tst_AccountsApi::request(const QByteArray &method, const QString &path, const QByteArray &token,
                                    const QByteArray &body)
{
    QNetworkRequest request(url(path));
    request.setTransferTimeout(20000);
    request.setRawHeader("Content-Type", "application/json");
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    m_client->prepare(request);
    QNetworkReply *reply = body.isEmpty() && method != "POST"
                               ? m_client->network().sendCustomRequest(request, method)
                               : m_client->network().sendCustomRequest(request, method, body);
    return HttpTestClient::wait(reply);
}

HttpResult tst_AccountsApi::signIn(const QString &user, const QString &password, const QString &totp)
{
    QJsonObject body{{QStringLiteral("user"), user}, {QStringLiteral("password"), password}};
    if (!totp.isEmpty())
        body.insert(QStringLiteral("totp"), totp);
    return request("POST", QStringLiteral("/api/v1/session"), {}, jsonBody(body));
}

Account tst_AccountsApi::addAccount(const QString &name, Role role, const QString &region)
{
    AccountStore &store = m_server->accounts().store();
    const auto account = store.create(name, {}, role, region, Password);
    if (!account || !store.setPassword(account->id, Password, false))
        qFatal("cannot create account %s: %s", qPrintable(name), qPrintable(store.error()));
    return *store.findById(account->id);
}

QByteArray tst_AccountsApi::tokenOf(const QString &name, Role role, const QString &region)
{
    const Account account = addAccount(name, role, region);
    QString code;
    if (role.isAdministrator())
        code = Totp(m_server->accounts().enrolTotp(account.id)).codeAt(m_clock->now());
    const HttpResult result = signIn(name, Password, code);
    if (result.status != 200)
        qFatal("cannot sign in as %s: %s", qPrintable(name), result.describe().constData());
    return result.json().value(QStringLiteral("token")).toString().toLatin1();
}

QList<AuditEntry> tst_AccountsApi::auditEntries(const QString &action)
{
    QList<AuditEntry> found;
    for (const AuditEntry &entry : m_server->audit().entries())
        if (entry.action == action)
            found.append(entry);
    return found;
}

void tst_AccountsApi::signInAndWhoAmI()
{
    addAccount(QStringLiteral("li.wei"), Role::CityOfficer, QStringLiteral("469001"));
    const HttpResult result = signIn(QStringLiteral("Li.Wei"), Password);
    QVERIFY2(result.status == 200, result.describe());
    const QJsonObject reply = result.json();
    const QByteArray token = reply.value(QStringLiteral("token")).toString().toLatin1();
    QCOMPARE(token.size(), 43);
    QCOMPARE(reply.value(QStringLiteral("user")).toString(), QStringLiteral("li.wei"));
    QCOMPARE(reply.value(QStringLiteral("role")).toString(), QStringLiteral("cityOfficer"));
    QCOMPARE(reply.value(QStringLiteral("region")).toString(), QStringLiteral("469001"));
    QCOMPARE(reply.value(QStringLiteral("mustChange")).toBool(), false);
    QCOMPARE(reply.value(QStringLiteral("daysLeft")).toInt(), 90);
    QCOMPARE(
        QDateTime::fromString(reply.value(QStringLiteral("passwordExpiresAt")).toString(), Qt::ISODateWithMs),
        Start.addDays(90));

    const HttpResult me = request("GET", QStringLiteral("/api/v1/session"), token);
    QVERIFY2(me.status == 200, me.describe());
    QCOMPARE(me.json().value(QStringLiteral("user")).toString(), QStringLiteral("li.wei"));
    QVERIFY(!me.json().contains(QStringLiteral("token")));

    const auto logins = auditEntries(QStringLiteral("login"));
    QCOMPARE(logins.size(), 1);
    QCOMPARE(logins.first().outcome, AuditEntry::Outcome::Success);
    QVERIFY2(logins.first().peer.startsWith(QStringLiteral("127.0.0.1:")), qPrintable(logins.first().peer));
    QCOMPARE(logins.first().at, Start);
}

void tst_AccountsApi::wrongPasswordAndUnknownUserLookAlike()
{
    addAccount(QStringLiteral("li.wei"), Role::CityOfficer, QStringLiteral("469001"));
    const HttpResult wrong = signIn(QStringLiteral("li.wei"), QStringLiteral("not-it"));
    const HttpResult unknown = signIn(QStringLiteral("ghost"), Password);
    QCOMPARE(wrong.status, 401);
    QCOMPARE(unknown.status, 401);
    QCOMPARE(wrong.errorCode(), QStringLiteral("wrong_credentials"));
    QCOMPARE(unknown.body, wrong.body);
    QCOMPARE(request("POST", QStringLiteral("/api/v1/session"), {}, "{\"user\":1}").status, 400);
    const auto logins = auditEntries(QStringLiteral("login"));
    QCOMPARE(logins.size(), 2);
    QCOMPARE(logins.at(0).outcome, AuditEntry::Outcome::Failure);
    QCOMPARE(logins.at(1).actor, QStringLiteral("ghost"));
}

void tst_AccountsApi::lockoutAfterFiveFailures()
{
    addAccount(QStringLiteral("li.wei"), Role::CityOfficer, QStringLiteral("469001"));
    for (int i = 1; i <= 4; ++i)
        QCOMPARE(signIn(QStringLiteral("li.wei"), QStringLiteral("guess-%1").arg(i)).status, 401);
    const HttpResult fifth = signIn(QStringLiteral("li.wei"), QStringLiteral("guess-5"));
    QCOMPARE(fifth.status, 423);
    QCOMPARE(fifth.errorCode(), QStringLiteral("account_locked"));
    const QJsonObject error = fifth.json().value(QStringLiteral("error")).toObject();
    QCOMPARE(QDateTime::fromString(error.value(QStringLiteral("lockedUntil")).toString(), Qt::ISODateWithMs),
             Start.addSecs(15 * 60));
    QCOMPARE(signIn(QStringLiteral("li.wei"), Password).status, 423); // even the right password
    m_clock->advanceMSecs(15 * MinuteMs);
    QCOMPARE(signIn(QStringLiteral("li.wei"), Password).status, 200);
    const auto logins = auditEntries(QStringLiteral("login"));
    QCOMPARE(logins.size(), 7);
    QCOMPARE(logins.at(5).outcome, AuditEntry::Outcome::Denied);
    QVERIFY(m_server->audit().verify().intact());
}

void tst_AccountsApi::tamperedTokenIsRefused()
{
    QByteArray token = tokenOf(QStringLiteral("li.wei"), Role::CityOfficer, QStringLiteral("469001"));
    QCOMPARE(request("GET", QStringLiteral("/api/v1/session"), token).status, 200);
    token[5] = token[5] == 'A' ? 'B' : 'A';
    const HttpResult tampered = request("GET", QStringLiteral("/api/v1/session"), token);
    QCOMPARE(tampered.status, 401);
    QCOMPARE(tampered.errorCode(), QStringLiteral("unauthenticated"));
    const HttpResult none = request("GET", QStringLiteral("/api/v1/intake/summary"), {});
    QCOMPARE(none.status, 401);
    const auto denied = auditEntries(QStringLiteral("access"));
    QCOMPARE(denied.size(), 2);
    QCOMPARE(denied.at(0).actor, QStringLiteral("anonymous"));
    QCOMPARE(denied.at(0).outcome, AuditEntry::Outcome::Denied);
    QCOMPARE(denied.at(0).target, QStringLiteral("GET /api/v1/session"));
}

void tst_AccountsApi::newAccountMustChangePasswordFirst()
{
    QVERIFY(m_server->accounts().store().create(QStringLiteral("new"), {}, Role::ProvincialSupervisor,
                                                QStringLiteral("460000"), Password));
    const HttpResult result = signIn(QStringLiteral("new"), Password);
    QVERIFY2(result.status == 200, result.describe());
    QCOMPARE(result.json().value(QStringLiteral("mustChange")).toBool(), true);
    const QByteArray token = result.json().value(QStringLiteral("token")).toString().toLatin1();
    const HttpResult blocked = request("GET", QStringLiteral("/api/v1/intake/summary"), token);
    QCOMPARE(blocked.status, 403);
    QCOMPARE(blocked.errorCode(), QStringLiteral("password_change_required"));
    QCOMPARE(request("GET", QStringLiteral("/api/v1/session"), token).status, 200); // who am I still works

    const HttpResult weak = request(
        "POST", QStringLiteral("/api/v1/session/password"), token,
        jsonBody({{QStringLiteral("current"), Password}, {QStringLiteral("new"), QStringLiteral("abc")}}));
    QCOMPARE(weak.status, 400);
    QCOMPARE(weak.errorCode(), QStringLiteral("password_rejected"));
    QVERIFY(!weak.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("failures"))
                 .toArray()
                 .isEmpty());
    const HttpResult wrongCurrent = request(
        "POST", QStringLiteral("/api/v1/session/password"), token,
        jsonBody({{QStringLiteral("current"), QStringLiteral("x")}, {QStringLiteral("new"), NewPassword}}));
    QCOMPARE(wrongCurrent.status, 403);
    const HttpResult changed =
        request("POST", QStringLiteral("/api/v1/session/password"), token,
                jsonBody({{QStringLiteral("current"), Password}, {QStringLiteral("new"), NewPassword}}));
    QVERIFY2(changed.status == 200, changed.describe());
    QCOMPARE(request("GET", QStringLiteral("/api/v1/intake/summary"), token).status, 200);
    QCOMPARE(auditEntries(QStringLiteral("password.change")).size(), 3);
}

void tst_AccountsApi::expiredPasswordForcesChangeBeforeAnythingElse()
{
    addAccount(QStringLiteral("li.wei"), Role::CityOfficer, QStringLiteral("469001"));
    m_clock->advanceDays(89);
    HttpResult result = signIn(QStringLiteral("li.wei"), Password);
    QCOMPARE(result.json().value(QStringLiteral("mustChange")).toBool(), false);
    QCOMPARE(result.json().value(QStringLiteral("daysLeft")).toInt(), 1);
    QVERIFY(!result.json().value(QStringLiteral("message")).toString().isEmpty()); // the warning
    m_clock->advanceDays(1);
    result = signIn(QStringLiteral("li.wei"), Password);
    QVERIFY2(result.status == 200, result.describe());
    QCOMPARE(result.json().value(QStringLiteral("mustChange")).toBool(), true);
    const QByteArray token = result.json().value(QStringLiteral("token")).toString().toLatin1();
    QCOMPARE(request("GET", QStringLiteral("/api/v1/intake/summary"), token).errorCode(),
             QStringLiteral("password_change_required"));
    QCOMPARE(request("POST", QStringLiteral("/api/v1/session/password"), token,
                     jsonBody({{QStringLiteral("current"), Password}, {QStringLiteral("new"), NewPassword}}))
                 .status,
             200);
    QCOMPARE(request("GET", QStringLiteral("/api/v1/intake/summary"), token).status, 200);
}

void tst_AccountsApi::idleSessionIsLocked()
{
    const QByteArray token = tokenOf(QStringLiteral("li.wei"), Role::CityOfficer, QStringLiteral("469001"));
    m_clock->advanceMSecs(15 * MinuteMs - 1);
    QCOMPARE(request("GET", QStringLiteral("/api/v1/session"), token).status, 200);
    m_clock->advanceMSecs(15 * MinuteMs);
    const HttpResult locked = request("GET", QStringLiteral("/api/v1/session"), token);
    QCOMPARE(locked.status, 401);
    QCOMPARE(locked.errorCode(), QStringLiteral("session_locked"));
}

void tst_AccountsApi::logoutEndsTheSession()
{
    const QByteArray token = tokenOf(QStringLiteral("li.wei"), Role::CityOfficer, QStringLiteral("469001"));
    QCOMPARE(request("DELETE", QStringLiteral("/api/v1/session"), token).status, 200);
    QCOMPARE(request("GET", QStringLiteral("/api/v1/session"), token).status, 401);
    QCOMPARE(auditEntries(QStringLiteral("logout")).size(), 1);
}

void tst_AccountsApi::summaryNeedsPermissionAndFiltersByRegion()
{
    m_server->stats().record(QStringLiteral("WZSRIDE00001"), QStringLiteral("baseInfoVehicle"), 3, 1,
                             Start.toMSecsSinceEpoch());
    // Licensed in Wuzhishan: the summary lists it for the city and its province only.
    testing::insertCompanyPermit(m_server->database(), QStringLiteral("WZSRIDE00001"),
                                 QStringLiteral("469001"), QStringLiteral("五指山出行"));
    const auto rowsFor = [this](const QByteArray &token) {
        const HttpResult result = request("GET", QStringLiteral("/api/v1/intake/summary"), token);
        return std::make_pair(result.status,
                              int(result.json().value(QStringLiteral("counters")).toArray().size()));
    };
    QCOMPARE(rowsFor(tokenOf(QStringLiteral("city"), Role::CityOfficer, QStringLiteral("469001"))),
             std::make_pair(200, 1));
    QCOMPARE(rowsFor(tokenOf(QStringLiteral("prov"), Role::ProvincialSupervisor, QStringLiteral("460000"))),
             std::make_pair(200, 1));
    // Haikou's officer and Guangdong's supervisor see nothing of Wuzhishan's companies.
    QCOMPARE(rowsFor(tokenOf(QStringLiteral("haikou"), Role::CityOfficer, QStringLiteral("460100"))),
             std::make_pair(200, 0));
    QCOMPARE(rowsFor(tokenOf(QStringLiteral("gd"), Role::ProvincialSupervisor, QStringLiteral("440000"))),
             std::make_pair(200, 0));
    const HttpResult forbidden =
        request("GET", QStringLiteral("/api/v1/intake/summary"),
                tokenOf(QStringLiteral("enf"), Role::EnforcementOfficer, QStringLiteral("469001")));
    QCOMPARE(forbidden.status, 403);
    QCOMPARE(forbidden.errorCode(), QStringLiteral("forbidden"));
    QVERIFY2(forbidden.errorMessage().contains(QStringLiteral("viewQualityReports")),
             qPrintable(forbidden.errorMessage()));
    // Asking for a region outside the scope is refused, not just filtered.
    const QByteArray haikou = tokenOf(QStringLiteral("haikou2"), Role::CityOfficer, QStringLiteral("460100"));
    const HttpResult outOfScope =
        request("GET", QStringLiteral("/api/v1/intake/summary?region=469001"), haikou);
    QCOMPARE(outOfScope.status, 403);
    QCOMPARE(outOfScope.errorCode(), QStringLiteral("out_of_scope"));
    QVERIFY2(outOfScope.errorMessage().contains(QStringLiteral("469001")),
             qPrintable(outOfScope.errorMessage()));
    const QByteArray hainan =
        tokenOf(QStringLiteral("prov2"), Role::ProvincialSupervisor, QStringLiteral("460000"));
    QCOMPARE(rowsFor(hainan), std::make_pair(200, 1));
    const HttpResult narrowed =
        request("GET", QStringLiteral("/api/v1/intake/summary?region=460100"), hainan);
    QCOMPARE(narrowed.status, 200);
    QCOMPARE(narrowed.json().value(QStringLiteral("counters")).toArray().size(), 0);
    QCOMPARE(request("GET", QStringLiteral("/api/v1/intake/summary?region=4601"), hainan).status, 400);
    const auto denied = auditEntries(QStringLiteral("access"));
    QCOMPARE(denied.size(), 2);
    QCOMPARE(denied.first().actor, QStringLiteral("enf"));
    QCOMPARE(denied.first().role, QStringLiteral("enforcementOfficer"));
    QCOMPARE(denied.last().actor, QStringLiteral("haikou2"));
    QCOMPARE(denied.last().detail().value(QStringLiteral("code")).toString(), QStringLiteral("out_of_scope"));
}

void tst_AccountsApi::administratorNeedsTotp()
{
    const Account admin = addAccount(QStringLiteral("root"), Role::SystemAdministrator, {});
    const Totp totp(m_server->accounts().enrolTotp(admin.id));
    QVERIFY(totp.isValid());
    const HttpResult withoutCode = signIn(QStringLiteral("root"), Password);
    QCOMPARE(withoutCode.status, 401);
    QCOMPARE(withoutCode.errorCode(), QStringLiteral("totp_required"));
    QCOMPARE(signIn(QStringLiteral("root"), Password, QStringLiteral("12345")).errorCode(),
             QStringLiteral("totp_invalid"));
    QCOMPARE(signIn(QStringLiteral("root"), Password, totp.codeAt(m_clock->now())).status, 200);
    // A system administrator sees no business data.
    const QByteArray token = signIn(QStringLiteral("root"), Password, totp.codeAt(m_clock->now().addSecs(30)))
                                 .json()
                                 .value(QStringLiteral("token"))
                                 .toString()
                                 .toLatin1();
    QVERIFY(!token.isEmpty());
    QCOMPARE(request("GET", QStringLiteral("/api/v1/intake/summary"), token).status, 403);
}

void tst_AccountsApi::roleEndpointMatrix()
{
    addAccount(QStringLiteral("target"), Role::CityOfficer, QStringLiteral("469001"));
    struct Endpoint
    {
        QByteArray method;
        QString path;
        QByteArray body;
        QList<Role::Id> allowed;
    };
    const QList<Endpoint> endpoints = {
        {"GET", QStringLiteral("/api/v1/session"), {}, {Role::All.begin(), Role::All.end()}},
        {"GET",
         QStringLiteral("/api/v1/intake/summary"),
         {},
         {Role::CityOfficer, Role::ProvincialSupervisor}},
        {"GET", QStringLiteral("/api/v1/accounts"), {}, {Role::SystemAdministrator}},
        {"POST", QStringLiteral("/api/v1/accounts/target/enable"), {}, {Role::SystemAdministrator}},
        {"POST", QStringLiteral("/api/v1/accounts/target/unlock"), {}, {Role::SecurityAdministrator}},
        {"POST", QStringLiteral("/api/v1/accounts"), {}, {Role::SystemAdministrator}},
        // The policy: everyone reads it (the password dialog shows the rules); the security
        // administrator alone changes it.
        {"GET", QStringLiteral("/api/v1/policy"), {}, {Role::All.begin(), Role::All.end()}},
        {"PUT",
         QStringLiteral("/api/v1/policy"),
         jsonBody({{QStringLiteral("policy"), QJsonObject{{QStringLiteral("minLength"), 12}}}}),
         {Role::SecurityAdministrator}},
        // The audit log: the audit administrator's alone (MLPS 2.0 §8.1.5).
        {"GET", QStringLiteral("/api/v1/audit"), {}, {Role::AuditAdministrator}},
        {"GET", QStringLiteral("/api/v1/audit/export"), {}, {Role::AuditAdministrator}},
        {"POST", QStringLiteral("/api/v1/audit/verify"), {}, {Role::AuditAdministrator}},
    };
    int refusals = 0;
    for (Role::Id id : Role::All) {
        const Role role(id);
        const QString region = role.scopeKind() == Role::ScopeKind::Province ? QStringLiteral("460000")
                               : role.scopeKind() == Role::ScopeKind::City   ? QStringLiteral("469001")
                                                                             : QString();
        const QByteArray token = tokenOf(QStringLiteral("user.") + role.key(), role, region);
        for (const Endpoint &endpoint : endpoints) {
            QByteArray body = endpoint.body;
            if (endpoint.method == "POST" && endpoint.path == QStringLiteral("/api/v1/accounts"))
                body = jsonBody({{QStringLiteral("user"), QStringLiteral("new.by.") + role.key()},
                                 {QStringLiteral("role"), QStringLiteral("cityOfficer")},
                                 {QStringLiteral("region"), QStringLiteral("469001")}});
            const HttpResult result = request(endpoint.method, endpoint.path, token, body);
            const QByteArray what = role.key().toUtf8() + ' ' + endpoint.method + ' ' +
                                    endpoint.path.toUtf8() + ": " + result.describe();
            if (endpoint.allowed.contains(id)) {
                QVERIFY2(result.status >= 200 && result.status < 300, what.constData());
            } else {
                QVERIFY2(result.status == 403, what.constData());
                QCOMPARE(result.errorCode(), QStringLiteral("forbidden"));
                ++refusals;
            }
        }
    }
    // Every refusal is in the audit trail, with the account and its role.
    const auto denied = auditEntries(QStringLiteral("access"));
    QCOMPARE(denied.size(), refusals);
    for (const AuditEntry &entry : denied) {
        QCOMPARE(entry.outcome, AuditEntry::Outcome::Denied);
        QCOMPARE(entry.actor, QStringLiteral("user.") + entry.role);
    }
    QVERIFY(m_server->audit().verify().intact());
}

void tst_AccountsApi::createValidatesRoleAndRegion()
{
    const QByteArray token = tokenOf(QStringLiteral("root"), Role::SystemAdministrator, {});
    const auto create = [&](const QString &user, const QString &role, const QString &region) {
        return request("POST", QStringLiteral("/api/v1/accounts"), token,
                       jsonBody({{QStringLiteral("user"), user},
                                 {QStringLiteral("role"), role},
                                 {QStringLiteral("region"), region}}));
    };
    QCOMPARE(create(QStringLiteral("a"), QStringLiteral("mayor"), QStringLiteral("469001")).status, 400);
    const HttpResult wrongScope =
        create(QStringLiteral("b"), QStringLiteral("provincialSupervisor"), QStringLiteral("469001"));
    QCOMPARE(wrongScope.status, 400);
    QVERIFY2(wrongScope.errorMessage().contains(QStringLiteral("469001")),
             qPrintable(wrongScope.errorMessage()));
    QCOMPARE(
        create(QStringLiteral("c"), QStringLiteral("auditAdministrator"), QStringLiteral("460000")).status,
        400);

    const HttpResult created =
        create(QStringLiteral("wang.fang"), QStringLiteral("cityOfficer"), QStringLiteral("469001"));
    QCOMPARE(created.status, 201);
    const QString password = created.json().value(QStringLiteral("password")).toString();
    QCOMPARE(password.size(), 16);
    QCOMPARE(
        create(QStringLiteral("WANG.FANG"), QStringLiteral("cityOfficer"), QStringLiteral("469001")).status,
        400);
    // The new account signs in with the one-time password and must change it.
    const HttpResult signedIn = signIn(QStringLiteral("wang.fang"), password);
    QCOMPARE(signedIn.status, 200);
    QCOMPARE(signedIn.json().value(QStringLiteral("mustChange")).toBool(), true);
    const HttpResult admin =
        create(QStringLiteral("audit.li"), QStringLiteral("auditAdministrator"), QString());
    QCOMPARE(admin.status, 201);
    QVERIFY(admin.json()
                .value(QStringLiteral("totpUri"))
                .toString()
                .startsWith(QStringLiteral("otpauth://totp/")));

    const HttpResult list = request("GET", QStringLiteral("/api/v1/accounts"), token);
    QCOMPARE(list.status, 200);
    QCOMPARE(list.json().value(QStringLiteral("accounts")).toArray().size(), 3);
    QVERIFY(!list.body.contains("password_hash") && !list.body.contains("$pbkdf2"));
    const auto creations = auditEntries(QStringLiteral("account.create"));
    QCOMPARE(creations.size(), 6);
    QCOMPARE(creations.at(0).outcome, AuditEntry::Outcome::Failure);
    QCOMPARE(creations.at(3).outcome, AuditEntry::Outcome::Success);
    QCOMPARE(creations.at(3).actor, QStringLiteral("root"));
    QCOMPARE(creations.at(3).target, QStringLiteral("wang.fang"));
    for (const AuditEntry &entry : creations)
        QVERIFY(!entry.detailJson.contains(password.toUtf8()));
}

void tst_AccountsApi::disableEndsSessionsAndResetForcesChange()
{
    const QByteArray admin = tokenOf(QStringLiteral("root"), Role::SystemAdministrator, {});
    const QByteArray officer = tokenOf(QStringLiteral("li.wei"), Role::CityOfficer, QStringLiteral("469001"));
    QCOMPARE(request("POST", QStringLiteral("/api/v1/accounts/root/disable"), admin).status,
             409); // not oneself
    QCOMPARE(request("POST", QStringLiteral("/api/v1/accounts/nobody/disable"), admin).status, 404);
    QCOMPARE(request("POST", QStringLiteral("/api/v1/accounts/li.wei/disable"), admin).status, 200);
    QCOMPARE(request("GET", QStringLiteral("/api/v1/session"), officer).status, 401);
    QCOMPARE(signIn(QStringLiteral("li.wei"), Password).errorCode(), QStringLiteral("account_disabled"));
    QCOMPARE(request("POST", QStringLiteral("/api/v1/accounts/li.wei/enable"), admin).status, 200);

    const HttpResult reset = request("POST", QStringLiteral("/api/v1/accounts/li.wei/password-reset"), admin);
    QCOMPARE(reset.status, 200);
    const QString password = reset.json().value(QStringLiteral("password")).toString();
    QCOMPARE(signIn(QStringLiteral("li.wei"), Password).status, 401);
    const HttpResult signedIn = signIn(QStringLiteral("li.wei"), password);
    QCOMPARE(signedIn.json().value(QStringLiteral("mustChange")).toBool(), true);
    QCOMPARE(auditEntries(QStringLiteral("account.disable")).size(), 3);
    QCOMPARE(auditEntries(QStringLiteral("account.enable")).size(), 1);
    QCOMPARE(auditEntries(QStringLiteral("account.passwordReset")).size(), 1);
}

void tst_AccountsApi::unlockIsTheSecurityAdministrators()
{
    addAccount(QStringLiteral("li.wei"), Role::CityOfficer, QStringLiteral("469001"));
    for (int i = 0; i < 5; ++i)
        signIn(QStringLiteral("li.wei"), QStringLiteral("guess"));
    QCOMPARE(signIn(QStringLiteral("li.wei"), Password).status, 423);
    const QByteArray sysadmin = tokenOf(QStringLiteral("root"), Role::SystemAdministrator, {});
    const HttpResult list = request("GET", QStringLiteral("/api/v1/accounts"), sysadmin);
    bool sawLock = false;
    for (const QJsonValue &row : list.json().value(QStringLiteral("accounts")).toArray())
        sawLock |= row.toObject().value(QStringLiteral("user")).toString() == QStringLiteral("li.wei") &&
                   !row.toObject().value(QStringLiteral("lockedUntil")).isNull();
    QVERIFY(sawLock);
    QCOMPARE(request("POST", QStringLiteral("/api/v1/accounts/li.wei/unlock"), sysadmin).status, 403);
    const QByteArray secadmin = tokenOf(QStringLiteral("sec"), Role::SecurityAdministrator, {});
    QCOMPARE(request("POST", QStringLiteral("/api/v1/accounts/li.wei/unlock"), secadmin).status, 200);
    QCOMPARE(signIn(QStringLiteral("li.wei"), Password).status, 200);
    const auto unlocks = auditEntries(QStringLiteral("account.unlock"));
    QCOMPARE(unlocks.size(), 1);
    QCOMPARE(unlocks.first().actor, QStringLiteral("sec"));
}

QTEST_GUILESS_MAIN(tst_AccountsApi)
#include "tst_accountsapi.moc"
