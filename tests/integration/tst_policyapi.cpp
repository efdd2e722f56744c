// The security administrator's password policy over the platform's real TLS on loopback:
// reading it (even while a password must change), changing it with immediate effect, refusing an
// invalid one with every bad key named, keeping it across a restart, and the audit record of each.
#include "api/policyapi.h"
#include "platformapifixture.h"
#include "security/policystore.h"
#include "storage/database.h"
#include "storage/statement.h"

#include <QJsonArray>
#include <QTest>

using namespace rw;
using namespace rw::testing;

namespace {

const QDateTime Start = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
constexpr qint64 MinuteMs = 60 * 1000;
const QString PolicyPath = QStringLiteral("/api/v1/policy");

QByteArray policyBody(const QJsonObject &policy)
{
    return PlatformApiFixture::json({{QStringLiteral("policy"), policy}});
}

} // namespace

class tst_PolicyApi : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void readableWhilePasswordMustChange();
    void changeTakesEffectAtOnce();
    void shorterIdleLimitLocksOpenSessions();
    void invalidPolicyIsRefusedNamingEveryKey();
    void malformedBodiesAreRefused();
    void onlyTheSecurityAdministratorChangesIt();
    void persistsAcrossARestart();
    void unreadableStoredPolicyStopsTheStart();

private:
    HttpResult put(const QByteArray &token, const QJsonObject &policy)
    {
        return m_f->request("PUT", PolicyPath, token, policyBody(policy));
    }
    QVariant storedPolicy()
    {
        Database db;
        if (!db.open(m_f->databasePath()))
            return QStringLiteral("cannot open");
        return db.queryValue(QStringLiteral("SELECT value FROM settings WHERE key = 'password_policy'"));
    }

    std::unique_ptr<PlatformApiFixture> m_f;
};

void tst_PolicyApi::init()
{
    m_f = std::make_unique<PlatformApiFixture>(Start);
    QString error;
    QVERIFY2(m_f->start(&error), qPrintable(error));
}

void tst_PolicyApi::cleanup()
{
    m_f.reset();
}

void tst_PolicyApi::readableWhilePasswordMustChange()
{
    // A new account signs in with its one-time password: mustChange.
    QVERIFY(m_f->server().accounts().store().create(QStringLiteral("new.officer"), {}, Role::CityOfficer,
                                                    QStringLiteral("469001"), PlatformApiFixture::Password));
    const HttpResult signedIn = m_f->signIn(QStringLiteral("new.officer"), PlatformApiFixture::Password);
    QVERIFY2(signedIn.status == 200, signedIn.describe());
    QCOMPARE(signedIn.json().value(QStringLiteral("mustChange")).toBool(), true);
    const QByteArray token = signedIn.json().value(QStringLiteral("token")).toString().toLatin1();
    QCOMPARE(m_f->request("GET", QStringLiteral("/api/v1/intake/summary"), token).errorCode(),
             QStringLiteral("password_change_required"));

    const HttpResult read = m_f->request("GET", PolicyPath, token);
    QVERIFY2(read.status == 200, read.describe());
    const QJsonObject reply = read.json();
    QCOMPARE(reply.value(QStringLiteral("policy")).toObject(), PasswordPolicy().toJson());
    QVERIFY(reply.value(QStringLiteral("updatedAt")).isNull());
    QVERIFY(reply.value(QStringLiteral("updatedBy")).isNull());
    const QJsonObject bounds = reply.value(QStringLiteral("bounds")).toObject();
    QCOMPARE(bounds.size(), PasswordPolicy::ranges().size());
    QCOMPARE(bounds.value(QStringLiteral("minLength")).toObject(),
             (QJsonObject{{QStringLiteral("min"), 8}, {QStringLiteral("max"), 64}}));
    QCOMPARE(bounds.value(QStringLiteral("maxAgeDays")).toObject().value(QStringLiteral("max")).toInt(), 90);

    // Without a session: nothing.
    QCOMPARE(m_f->request("GET", PolicyPath, {}).status, 401);
}

void tst_PolicyApi::changeTakesEffectAtOnce()
{
    const QByteArray sec = m_f->tokenOf(QStringLiteral("sec.wang"), Role::SecurityAdministrator);
    m_f->addAccount(QStringLiteral("li.wei"), Role::CityOfficer);
    m_f->addAccount(QStringLiteral("zhao.min"), Role::CityOfficer);
    m_f->clock().advanceMSecs(MinuteMs);

    const HttpResult changed =
        put(sec, {{QStringLiteral("minLength"), 14}, {QStringLiteral("lockoutThreshold"), 3}});
    QVERIFY2(changed.status == 200, changed.describe());
    const QJsonObject policy = changed.json().value(QStringLiteral("policy")).toObject();
    QCOMPARE(policy.value(QStringLiteral("minLength")).toInt(), 14);
    QCOMPARE(policy.value(QStringLiteral("lockoutThreshold")).toInt(), 3);
    QCOMPARE(policy.value(QStringLiteral("maxAgeDays")).toInt(), 90); // what was not sent stays
    QCOMPARE(m_f->server().accounts().policy().minLength, 14);

    // The audit record: who, when, from where, what, outcome.
    const auto changes = m_f->auditEntries(QStringLiteral("policy.change"));
    QCOMPARE(changes.size(), 1);
    const AuditEntry &entry = changes.first();
    QCOMPARE(entry.actor, QStringLiteral("sec.wang"));
    QCOMPARE(entry.role, QStringLiteral("securityAdministrator"));
    QVERIFY2(entry.peer.startsWith(QStringLiteral("127.0.0.1:")), qPrintable(entry.peer));
    QCOMPARE(entry.at, Start.addMSecs(MinuteMs));
    QCOMPARE(entry.target, PolicyApi::AuditTarget);
    QCOMPARE(entry.outcome, AuditEntry::Outcome::Success);
    QCOMPARE(entry.detail(),
             (QJsonObject{{QStringLiteral("changed"),
                           QJsonObject{{QStringLiteral("minLength"), QJsonArray{12, 14}},
                                       {QStringLiteral("lockoutThreshold"), QJsonArray{5, 3}}}}}));

    const HttpResult read = m_f->request("GET", PolicyPath, sec);
    QCOMPARE(read.json().value(QStringLiteral("updatedAt")).toInteger(),
             Start.addMSecs(MinuteMs).toMSecsSinceEpoch());
    QCOMPARE(read.json().value(QStringLiteral("updatedBy")).toString(), QStringLiteral("sec.wang"));

    // minLength 14: a 13-character password that meets every other rule is refused, 14 pass.
    m_f->clock().advanceDays(2); // past the minimum age
    const QByteArray officer = m_f->signInToken(QStringLiteral("li.wei"));
    const auto change = [&](const QString &next) {
        return m_f->request(
            "POST", QStringLiteral("/api/v1/session/password"), officer,
            PlatformApiFixture::json(
                {{QStringLiteral("current"), PlatformApiFixture::Password}, {QStringLiteral("new"), next}}));
    };
    const HttpResult tooShort = change(QStringLiteral("Tv8#kRm2-Lqxw")); // 13
    QCOMPARE(tooShort.status, 400);
    const QJsonArray failures =
        tooShort.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("failures")).toArray();
    QVERIFY2(failures.size() == 1, tooShort.describe());
    QCOMPARE(failures.first().toObject().value(QStringLiteral("rule")).toString(),
             QStringLiteral("minLength"));
    QVERIFY2(failures.first()
                 .toObject()
                 .value(QStringLiteral("message"))
                 .toString()
                 .contains(QStringLiteral("14")),
             tooShort.describe());
    const HttpResult longEnough = change(QStringLiteral("Tv8#kRm2-Lqxwz")); // 14
    QVERIFY2(longEnough.status == 200, longEnough.describe());

    // lockoutThreshold 3: the third failure locks.
    QCOMPARE(m_f->signIn(QStringLiteral("zhao.min"), QStringLiteral("guess-1")).status, 401);
    QCOMPARE(m_f->signIn(QStringLiteral("zhao.min"), QStringLiteral("guess-2")).status, 401);
    const HttpResult third = m_f->signIn(QStringLiteral("zhao.min"), QStringLiteral("guess-3"));
    QCOMPARE(third.status, 423);
    QCOMPARE(third.errorCode(), QStringLiteral("account_locked"));
    QVERIFY(m_f->server().audit().verify().intact());
}

void tst_PolicyApi::shorterIdleLimitLocksOpenSessions()
{
    const QByteArray sec = m_f->tokenOf(QStringLiteral("sec.wang"), Role::SecurityAdministrator);
    const QByteArray officer = m_f->tokenOf(QStringLiteral("li.wei"), Role::CityOfficer);
    QCOMPARE(put(sec, {{QStringLiteral("idleLockMinutes"), 5}}).status, 200);
    m_f->clock().advanceMSecs(6 * MinuteMs); // under the old 15 minutes, over the new 5
    const HttpResult locked = m_f->request("GET", QStringLiteral("/api/v1/session"), officer);
    QCOMPARE(locked.status, 401);
    QCOMPARE(locked.errorCode(), QStringLiteral("session_locked"));
    QVERIFY2(locked.errorMessage().contains(QStringLiteral("5")), locked.describe());
}

void tst_PolicyApi::invalidPolicyIsRefusedNamingEveryKey()
{
    const QByteArray sec = m_f->tokenOf(QStringLiteral("sec.wang"), Role::SecurityAdministrator);
    const HttpResult refused =
        put(sec, {{QStringLiteral("minLength"), 7},
                  {QStringLiteral("maxAgeDays"), 120},
                  {QStringLiteral("historyCount"), QStringLiteral("five")},
                  {QStringLiteral("minLenght"), 14},
                  {QStringLiteral("totpRequiredRoles"), QJsonArray{QStringLiteral("cityOfficer")}}});
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.errorCode(), QStringLiteral("policy_invalid"));
    const QString message = refused.errorMessage();
    for (const QString &expected : {QStringLiteral("minLength is 7"), QStringLiteral("maxAgeDays is 120"),
                                    QStringLiteral("historyCount must be a whole number, not five"),
                                    QStringLiteral("minLenght is not a setting"),
                                    QStringLiteral("totpRequiredRoles must include systemAdministrator"),
                                    QStringLiteral("totpRequiredRoles must include auditAdministrator")})
        QVERIFY2(message.contains(expected), qPrintable(expected + QStringLiteral(" in: ") + message));

    // Nothing stored, nothing in force.
    QVERIFY(!storedPolicy().isValid());
    QCOMPARE(m_f->server().accounts().policy(), PasswordPolicy());
    QVERIFY(m_f->request("GET", PolicyPath, sec).json().value(QStringLiteral("updatedBy")).isNull());

    // The refusal is audited.
    const auto changes = m_f->auditEntries(QStringLiteral("policy.change"));
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().outcome, AuditEntry::Outcome::Failure);
    QCOMPARE(changes.first().actor, QStringLiteral("sec.wang"));
    QCOMPARE(changes.first().detail().value(QStringLiteral("code")).toString(),
             QStringLiteral("policy_invalid"));
    QVERIFY(changes.first()
                .detail()
                .value(QStringLiteral("problems"))
                .toString()
                .contains(QStringLiteral("minLength is 7")));

    // A newer format version is refused too.
    const HttpResult newer = put(sec, {{QStringLiteral("version"), 2}});
    QCOMPARE(newer.errorCode(), QStringLiteral("policy_invalid"));
    QVERIFY2(newer.errorMessage().contains(QStringLiteral("version 2")), newer.describe());
}

void tst_PolicyApi::malformedBodiesAreRefused()
{
    const QByteArray sec = m_f->tokenOf(QStringLiteral("sec.wang"), Role::SecurityAdministrator);
    for (const QByteArray &body : {QByteArray("not json"), QByteArray("[]"), QByteArray("{\"policy\": 3}"),
                                   QByteArray("{\"minLength\": 14}")}) {
        const HttpResult result = m_f->request("PUT", PolicyPath, sec, body);
        QVERIFY2(result.status == 400, result.describe());
        QCOMPARE(result.errorCode(), QStringLiteral("bad_request"));
    }
    QVERIFY(!storedPolicy().isValid());
    QCOMPARE(m_f->auditEntries(QStringLiteral("policy.change")).size(), 4);
}

void tst_PolicyApi::onlyTheSecurityAdministratorChangesIt()
{
    for (Role::Id id : Role::All) {
        const Role role(id);
        if (role == Role::SecurityAdministrator)
            continue;
        const QByteArray token = m_f->tokenOf(QStringLiteral("user.") + role.key(), role);
        const HttpResult refused = put(token, {{QStringLiteral("minLength"), 8}});
        QVERIFY2(refused.status == 403, refused.describe());
        QCOMPARE(refused.errorCode(), QStringLiteral("forbidden"));
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("manageSecurityPolicy")), refused.describe());
        QCOMPARE(m_f->request("GET", PolicyPath, token).status, 200); // reading is for everyone
    }
    QVERIFY(!storedPolicy().isValid());
    QCOMPARE(m_f->server().accounts().policy().minLength, 12);
    const auto denied = m_f->auditEntries(QStringLiteral("access"));
    QCOMPARE(denied.size(), 5);
    for (const AuditEntry &entry : denied)
        QCOMPARE(entry.target, QStringLiteral("PUT /api/v1/policy"));
}

void tst_PolicyApi::persistsAcrossARestart()
{
    const QByteArray sec = m_f->tokenOf(QStringLiteral("sec.wang"), Role::SecurityAdministrator);
    m_f->addAccount(QStringLiteral("zhao.min"), Role::CityOfficer);
    QCOMPARE(put(sec, {{QStringLiteral("minLength"), 14}, {QStringLiteral("lockoutThreshold"), 3}}).status,
             200);
    const QJsonObject before = m_f->request("GET", PolicyPath, sec).json();

    QString error;
    QVERIFY2(m_f->restart(&error), qPrintable(error));
    QCOMPARE(m_f->server().accounts().policy().minLength, 14);
    m_f->clock().advanceSecs(30); // a fresh TOTP step
    const QByteArray again = m_f->signInToken(QStringLiteral("sec.wang"));
    const QJsonObject after = m_f->request("GET", PolicyPath, again).json();
    QCOMPARE(after, before);
    QCOMPARE(after.value(QStringLiteral("updatedBy")).toString(), QStringLiteral("sec.wang"));
    // And in force: the third failure locks.
    m_f->signIn(QStringLiteral("zhao.min"), QStringLiteral("guess-1"));
    m_f->signIn(QStringLiteral("zhao.min"), QStringLiteral("guess-2"));
    QCOMPARE(m_f->signIn(QStringLiteral("zhao.min"), QStringLiteral("guess-3")).status, 423);
    QVERIFY(m_f->server().audit().verify().intact());
}

void tst_PolicyApi::unreadableStoredPolicyStopsTheStart()
{
    m_f->stop();
    {
        Database db;
        QVERIFY(db.open(m_f->databasePath()));
        QJsonObject json = PasswordPolicy().toJson();
        json.insert(QStringLiteral("maxAgeDays"), 365); // edited in the file
        Statement statement =
            db.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES ('password_policy', ?1)"));
        statement.bind(1, QString::fromUtf8(QJsonDocument(json).toJson()));
        QVERIFY(statement.exec());
    }
    QString error;
    QVERIFY(!m_f->start(&error));
    QVERIFY2(error.contains(QStringLiteral("password_policy")) &&
                 error.contains(QStringLiteral("maxAgeDays is 365")),
             qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_PolicyApi)
#include "tst_policyapi.moc"
