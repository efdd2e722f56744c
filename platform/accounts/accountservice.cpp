#include "accountservice.h"

#include "domain/clock.h"
#include "security/accountstore.h"
#include "security/auditstore.h"
#include "security/crypto.h"
#include "security/passwordblocklist.h"
#include "security/totp.h"

#include <QCryptographicHash>
#include <QJsonArray>

#include <utility>

namespace rw {

namespace {

const QString LoginAction = QStringLiteral("login");

} // namespace

AccountService::AccountService(AccountStore &store, AuditStore &audit, const Clock &clock, SecretBox totpBox,
                               PasswordPolicy policy, std::shared_ptr<const PasswordBlocklist> blocklist)
    : m_store(store)
    , m_audit(audit)
    , m_clock(clock)
    , m_totpBox(std::move(totpBox))
    , m_policy(policy)
    , m_blocklist(blocklist ? std::move(blocklist) : PasswordBlocklist::builtIn())
    // Hashed with the store's parameters, so an unknown user costs what a known one does.
    , m_dummyHash(store.hasher().hash(QString::fromLatin1(crypto::randomBytes(16).toHex())))
{
    setPolicy(policy);
}

void AccountService::setPolicy(const PasswordPolicy &policy)
{
    m_policy = policy;
    m_checker.emplace(policy, m_clock, m_blocklist);
    m_throttle.emplace(policy, m_clock);
}

AccountService::~AccountService() = default;

QByteArray AccountService::hashToken(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

QString AccountService::outcomeKey(LoginOutcome outcome)
{
    switch (outcome) {
    case LoginOutcome::Ok:
        return QStringLiteral("ok");
    case LoginOutcome::MustChangePassword:
        return QStringLiteral("mustChangePassword");
    case LoginOutcome::WrongCredentials:
        return QStringLiteral("wrongCredentials");
    case LoginOutcome::Locked:
        return QStringLiteral("locked");
    case LoginOutcome::Disabled:
        return QStringLiteral("disabled");
    case LoginOutcome::TotpRequired:
        return QStringLiteral("totpRequired");
    case LoginOutcome::TotpInvalid:
        return QStringLiteral("totpInvalid");
    case LoginOutcome::Unavailable:
        return QStringLiteral("unavailable");
    }
    return {};
}

bool AccountService::audit(const QString &actor, const QString &role, const QString &peer,
                           const QString &action, const QString &target, AuditEntry::Outcome outcome,
                           const QJsonObject &detail)
{
    AuditEntry entry;
    entry.actor = actor;
    entry.role = role;
    entry.peer = peer;
    entry.action = action;
    entry.target = target;
    entry.outcome = outcome;
    entry.setDetail(detail);
    return m_audit.append(entry).has_value();
}

PasswordExpiry AccountService::expiryOf(const Account &account) const
{
    return m_checker->expiry(account.passwordChangedAt, account.mustChange);
}

AccountService::LoginResult AccountService::refuse(LoginOutcome outcome, const QString &message)
{
    LoginResult result;
    result.outcome = outcome;
    result.message = message;
    return result;
}

AccountService::LoginResult AccountService::failure(const Account &account, const QString &peer,
                                                    LoginOutcome outcome, const QString &reason)
{
    // Wrong passwords and wrong TOTP codes both count (LoginThrottle: the second factor cannot be guessed).
    const LoginAttemptState state = m_throttle->recordFailure(account.attempts);
    if (!m_store.setAttemptState(account.id, state))
        return refuse(LoginOutcome::Unavailable, tr("Sign-in is not available: %1").arg(m_store.error()));
    const bool lockedNow = m_throttle->isLocked(state);
    QJsonObject detail{{QStringLiteral("reason"), reason},
                       {QStringLiteral("failedCount"), state.failedCount}};
    if (lockedNow)
        detail.insert(QStringLiteral("lockedUntil"), state.lockedUntil.toString(Qt::ISODateWithMs));
    if (!audit(account.userName, account.role.key(), peer, LoginAction, account.userName,
               AuditEntry::Outcome::Failure, detail))
        return refuse(LoginOutcome::Unavailable,
                      tr("Sign-in is not available: the audit trail cannot be written"));
    if (lockedNow) {
        LoginResult result = refuse(LoginOutcome::Locked, m_throttle->lockedMessage(state));
        result.lockedUntil = state.lockedUntil;
        return result;
    }
    if (outcome == LoginOutcome::TotpInvalid)
        return refuse(outcome, tr("The one-time code is wrong, expired or already used."));
    return refuse(LoginOutcome::WrongCredentials, tr("The user name or the password is wrong."));
}

AccountService::LoginResult AccountService::login(const QString &userName, const QString &password,
                                                  const QString &totpCode, const QString &peer)
{
    const QString wrong = tr("The user name or the password is wrong.");
    const auto found = m_store.find(userName);
    if (!found) {
        if (!m_store.error().isEmpty())
            return refuse(LoginOutcome::Unavailable, tr("Sign-in is not available: %1").arg(m_store.error()));
        m_store.hasher().verify(password, m_dummyHash); // same time as a known user
        if (!audit(userName.left(64), {}, peer, LoginAction, userName.left(64), AuditEntry::Outcome::Failure,
                   {{QStringLiteral("reason"), QStringLiteral("unknownUser")}}))
            return refuse(LoginOutcome::Unavailable,
                          tr("Sign-in is not available: the audit trail cannot be written"));
        return refuse(LoginOutcome::WrongCredentials, wrong);
    }
    const Account &account = *found;
    const QString role = account.role.key();

    // During a lock the password is not checked at all, and the attempt neither counts nor extends it.
    if (m_throttle->isLocked(account.attempts)) {
        if (!audit(
                account.userName, role, peer, LoginAction, account.userName, AuditEntry::Outcome::Denied,
                {{QStringLiteral("reason"), QStringLiteral("locked")},
                 {QStringLiteral("lockedUntil"), account.attempts.lockedUntil.toString(Qt::ISODateWithMs)}}))
            return refuse(LoginOutcome::Unavailable,
                          tr("Sign-in is not available: the audit trail cannot be written"));
        LoginResult result = refuse(LoginOutcome::Locked, m_throttle->lockedMessage(account.attempts));
        result.lockedUntil = account.attempts.lockedUntil;
        return result;
    }

    if (!m_store.hasher().verify(password, account.passwordHash))
        return failure(account, peer, LoginOutcome::WrongCredentials, QStringLiteral("wrongPassword"));

    // Only someone who knows the password learns that the account is disabled.
    if (account.disabled) {
        if (!audit(account.userName, role, peer, LoginAction, account.userName, AuditEntry::Outcome::Denied,
                   {{QStringLiteral("reason"), QStringLiteral("disabled")}}))
            return refuse(LoginOutcome::Unavailable,
                          tr("Sign-in is not available: the audit trail cannot be written"));
        return refuse(LoginOutcome::Disabled,
                      tr("Account %1 is disabled; ask the system administrator.").arg(account.userName));
    }

    // GB/T 22239-2019 §8.1.4.1 d: two factors for the administrators.
    if (m_policy.requiresTotp(account.role)) {
        const auto enrolment = m_store.totp(account.id, m_totpBox);
        if (!enrolment) {
            const QString problem = m_store.error();
            audit(account.userName, role, peer, LoginAction, account.userName, AuditEntry::Outcome::Denied,
                  {{QStringLiteral("reason"), problem.isEmpty() ? QStringLiteral("totpNotEnrolled")
                                                                : QStringLiteral("totpUnreadable")}});
            return refuse(
                LoginOutcome::TotpRequired,
                tr("Account %1 needs a one-time code (TOTP) but has no authenticator enrolled; ask the "
                   "security administrator.")
                    .arg(account.userName));
        }
        if (totpCode.isEmpty()) {
            // The password was right; not a failure. The client asks for the code and tries again.
            return refuse(LoginOutcome::TotpRequired,
                          tr("Enter the one-time code from your authenticator app."));
        }
        const Totp totp(enrolment->secret);
        const Totp::Verification verification = totp.verify(totpCode, m_clock, enrolment->lastStep);
        if (!verification.accepted())
            return failure(account, peer, LoginOutcome::TotpInvalid, QStringLiteral("totpInvalid"));
        if (!m_store.setTotpLastStep(account.id, verification.step))
            return refuse(LoginOutcome::Unavailable, tr("Sign-in is not available: %1").arg(m_store.error()));
    }

    if (!m_store.setAttemptState(account.id, m_throttle->recordSuccess(account.attempts)))
        return refuse(LoginOutcome::Unavailable, tr("Sign-in is not available: %1").arg(m_store.error()));

    const PasswordExpiry expiry = expiryOf(account);
    const bool mustChange = expiry.blocksSignIn();
    if (!audit(account.userName, role, peer, LoginAction, account.userName, AuditEntry::Outcome::Success,
               {{QStringLiteral("mustChange"), mustChange}, {QStringLiteral("daysLeft"), expiry.daysLeft}}))
        return refuse(LoginOutcome::Unavailable,
                      tr("Sign-in is not available: the audit trail cannot be written"));

    const QByteArray token =
        crypto::randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (token.isEmpty())
        return refuse(LoginOutcome::Unavailable, tr("Sign-in is not available: the random generator failed"));
    Session session;
    session.accountId = account.id;
    session.userName = account.userName;
    session.role = account.role;
    session.regionCode = account.regionCode;
    session.mustChange = mustChange;
    session.peer = peer;
    session.times = SessionTimes::startingAt(m_clock.now());
    m_sessions.insert(hashToken(token), session);

    LoginResult result;
    result.outcome = mustChange ? LoginOutcome::MustChangePassword : LoginOutcome::Ok;
    result.message = expiry.message();
    result.token = token;
    result.session = session;
    result.expiry = expiry;
    return result;
}

AccountService::SessionLookup AccountService::peek(const QByteArray &token) const
{
    SessionLookup lookup;
    const auto it = m_sessions.constFind(hashToken(token));
    if (token.isEmpty() || it == m_sessions.constEnd())
        return lookup;
    switch (it->times.stateAt(m_clock.now(), m_policy)) {
    case rw::SessionState::Active:
        lookup.state = SessionState::Active;
        lookup.session = *it;
        break;
    case rw::SessionState::IdleLocked:
        lookup.state = SessionState::IdleLocked;
        break;
    case rw::SessionState::Expired:
        lookup.state = SessionState::Expired;
        break;
    }
    return lookup;
}

AccountService::SessionLookup AccountService::touch(const QByteArray &token)
{
    SessionLookup lookup = peek(token);
    if (lookup.state == SessionState::Active) {
        Session &session = m_sessions[hashToken(token)];
        session.times = session.times.touched(m_clock.now(), m_policy);
        lookup.session = session;
    } else if (lookup.state == SessionState::Expired) {
        m_sessions.remove(hashToken(token)); // an expired session never comes back
    }
    return lookup;
}

AccountService::ChangeResult AccountService::changePassword(const QByteArray &token,
                                                            const QString &currentPassword,
                                                            const QString &newPassword, const QString &peer)
{
    ChangeResult result;
    const SessionLookup lookup = touch(token);
    if (lookup.state != SessionState::Active) {
        result.message = tr("Sign in again to change the password.");
        return result;
    }
    const Session &session = lookup.session;
    const QString role = session.role.key();
    const QString action = QStringLiteral("password.change");
    const auto account = m_store.findById(session.accountId);
    if (!account) {
        result.outcome = ChangeOutcome::Unavailable;
        result.message = tr("The password cannot be changed now: %1").arg(m_store.error());
        return result;
    }
    if (!m_store.hasher().verify(currentPassword, account->passwordHash)) {
        audit(session.userName, role, peer, action, session.userName, AuditEntry::Outcome::Failure,
              {{QStringLiteral("reason"), QStringLiteral("wrongCurrentPassword")}});
        result.outcome = ChangeOutcome::WrongPassword;
        result.message = tr("The current password is wrong.");
        return result;
    }
    const bool forced = expiryOf(*account).blocksSignIn();
    if (!forced) {
        if (const auto tooSoon = m_checker->checkMinimumAge(account->passwordChangedAt, false))
            result.failures.append(*tooSoon);
    }
    result.failures.append(
        m_checker->check(newPassword, account->userName, m_store.passwordHistory(account->id)));
    if (!result.failures.isEmpty()) {
        QJsonArray rules;
        QStringList messages;
        for (const PasswordRuleFailure &failure : std::as_const(result.failures)) {
            rules.append(PasswordRuleFailure::ruleKey(failure.rule));
            messages.append(failure.message);
        }
        audit(session.userName, role, peer, action, session.userName, AuditEntry::Outcome::Denied,
              {{QStringLiteral("rules"), rules}, {QStringLiteral("forced"), forced}});
        result.outcome = ChangeOutcome::Rejected;
        result.message = messages.join(QLatin1Char('\n'));
        return result;
    }
    if (!m_store.setPassword(account->id, newPassword, false) ||
        !audit(session.userName, role, peer, action, session.userName, AuditEntry::Outcome::Success,
               {{QStringLiteral("forced"), forced}})) {
        result.outcome = ChangeOutcome::Unavailable;
        result.message = tr("The password cannot be changed now: %1").arg(m_store.error());
        return result;
    }
    for (Session &other : m_sessions) {
        if (other.accountId == account->id)
            other.mustChange = false;
    }
    result.outcome = ChangeOutcome::Ok;
    result.message = tr("The password of %1 has been changed.").arg(account->userName);
    return result;
}

AccountService::UnlockResult AccountService::unlockSession(const QByteArray &token, const QString &password,
                                                           const QString &peer)
{
    UnlockResult result;
    const QString action = QStringLiteral("session.unlock");
    const auto it = m_sessions.find(hashToken(token));
    if (token.isEmpty() || it == m_sessions.end()) {
        result.message = tr("The session has ended; sign in again.");
        return result;
    }
    const QDateTime now = m_clock.now();
    if (it->times.stateAt(now, m_policy) == rw::SessionState::Expired) {
        m_sessions.erase(it);
        result.message = tr("The session has reached its time limit; sign in again.");
        return result;
    }
    const Session session = *it;
    const QString role = session.role.key();
    const auto unavailable = [this, &result] {
        result.outcome = UnlockOutcome::Unavailable;
        result.message = tr("The session cannot be unlocked now: %1").arg(m_store.error());
        return result;
    };
    const auto account = m_store.findById(session.accountId);
    if (!account)
        return unavailable();
    if (m_throttle->isLocked(account->attempts)) {
        audit(session.userName, role, peer, action, session.userName, AuditEntry::Outcome::Denied,
              {{QStringLiteral("reason"), QStringLiteral("locked")}});
        result.outcome = UnlockOutcome::Locked;
        result.message = m_throttle->lockedMessage(account->attempts);
        result.lockedUntil = account->attempts.lockedUntil;
        return result;
    }
    if (!m_store.hasher().verify(password, account->passwordHash)) {
        const LoginAttemptState state = m_throttle->recordFailure(account->attempts);
        if (!m_store.setAttemptState(account->id, state))
            return unavailable();
        const bool lockedNow = m_throttle->isLocked(state);
        audit(session.userName, role, peer, action, session.userName, AuditEntry::Outcome::Failure,
              {{QStringLiteral("reason"), QStringLiteral("wrongPassword")},
               {QStringLiteral("failedCount"), state.failedCount},
               {QStringLiteral("locked"), lockedNow}});
        if (lockedNow) {
            // Someone is guessing at an unattended console: the account locks and its sessions end.
            endSessionsOf(account->id);
            result.outcome = UnlockOutcome::Locked;
            result.message = m_throttle->lockedMessage(state);
            result.lockedUntil = state.lockedUntil;
            return result;
        }
        result.outcome = UnlockOutcome::WrongPassword;
        result.message = tr("The password is wrong.");
        return result;
    }
    if (!m_store.setAttemptState(account->id, m_throttle->recordSuccess(account->attempts)) ||
        !audit(session.userName, role, peer, action, session.userName, AuditEntry::Outcome::Success))
        return unavailable();
    it->times = it->times.unlocked(now, m_policy);
    result.outcome = UnlockOutcome::Ok;
    result.message = tr("Unlocked.");
    return result;
}

QByteArray AccountService::enrolTotp(qint64 accountId)
{
    QByteArray secret = Totp::generateSecret();
    if (secret.isEmpty() || !m_store.setTotpSecret(accountId, secret, m_totpBox))
        return {};
    return secret;
}

QString AccountService::generatePassword(int length)
{
    // No look-alikes (0/O, 1/l/I) so that a password read from a terminal is typed right.
    static const QString classes[] = {QStringLiteral("abcdefghijkmnpqrstuvwxyz"),
                                      QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ"), QStringLiteral("23456789"),
                                      QStringLiteral("-_.!@#%+=")};
    for (;;) {
        const QByteArray random = crypto::privateRandomBytes(length);
        if (random.size() != length)
            qFatal("RideWatch: the system's random number generator failed");
        QString password;
        for (int i = 0; i < length; ++i) {
            const QString &alphabet = classes[i < 4 ? i : quint8(random.at(i)) % 4];
            password.append(alphabet.at(quint8(random.at(i)) % alphabet.size()));
        }
        // Fisher–Yates with fresh random bytes, so the guaranteed classes sit anywhere.
        const QByteArray swaps = crypto::privateRandomBytes(length);
        for (int i = length - 1; i > 0 && swaps.size() == length; --i)
            std::swap(password[i], password[quint8(swaps.at(i)) % (i + 1)]);
        if (PasswordPolicyChecker::characterClasses(password) == 4)
            return password;
    }
}

std::optional<AccountService::InitialAdministrator> AccountService::initAdministrator(const QString &userName,
                                                                                      QString *error)
{
    const qint64 existing = m_store.count();
    if (existing != 0) {
        *error = existing < 0 ? m_store.error()
                              : tr("--init-admin refused: the platform already has %n account(s); the system "
                                   "administrator creates further ones.",
                                   "", int(existing));
        audit(QStringLiteral("system"), {}, QStringLiteral("console"), QStringLiteral("account.init"),
              userName, AuditEntry::Outcome::Denied, {{QStringLiteral("accounts"), existing}});
        return std::nullopt;
    }
    InitialAdministrator result;
    result.password = generatePassword();
    const auto account = m_store.create(userName, {}, Role::SystemAdministrator, {}, result.password);
    if (!account) {
        *error = m_store.error();
        return std::nullopt;
    }
    const QByteArray secret = enrolTotp(account->id);
    if (secret.isEmpty()) {
        *error = m_store.error();
        return std::nullopt;
    }
    result.account = *account;
    result.provisioningUri = Totp(secret).provisioningUri(QStringLiteral("RideWatch"), userName);
    if (!audit(QStringLiteral("system"), {}, QStringLiteral("console"), QStringLiteral("account.init"),
               userName, AuditEntry::Outcome::Success, {{QStringLiteral("role"), account->role.key()}})) {
        *error = tr("the audit trail cannot be written");
        return std::nullopt;
    }
    return result;
}

QList<std::pair<QString, Role>> AccountService::demoAccounts()
{
    return {{QStringLiteral("demo.city"), Role::CityOfficer},
            {QStringLiteral("demo.province"), Role::ProvincialSupervisor},
            {QStringLiteral("demo.enforcement"), Role::EnforcementOfficer},
            {QStringLiteral("demo.sysadmin"), Role::SystemAdministrator},
            {QStringLiteral("demo.secadmin"), Role::SecurityAdministrator},
            {QStringLiteral("demo.auditor"), Role::AuditAdministrator}};
}

QString AccountService::demoRegion(Role role)
{
    switch (role.scopeKind()) {
    case Role::ScopeKind::City:
        return QStringLiteral("469001"); // Wuzhishan (seed 002)
    case Role::ScopeKind::Province:
        return QStringLiteral("460000"); // Hainan
    case Role::ScopeKind::None:
        break;
    }
    return {};
}

bool AccountService::createDemoAccounts(QString *error)
{
    for (const auto &[name, role] : demoAccounts()) {
        if (m_store.find(name))
            continue;
        const auto account = m_store.create(name, {}, role, demoRegion(role), DemoPassword);
        if (!account || !m_store.setMustChange(account->id, false) ||
            (role.isAdministrator() && !m_store.setTotpSecret(account->id, demoTotpSecret(), m_totpBox))) {
            *error = m_store.error();
            return false;
        }
        audit(QStringLiteral("system"), {}, QStringLiteral("demo"), QStringLiteral("account.create"), name,
              AuditEntry::Outcome::Success,
              {{QStringLiteral("role"), role.key()}, {QStringLiteral("demo"), true}});
    }
    return true;
}

bool AccountService::logout(const QByteArray &token, const QString &peer)
{
    const auto it = m_sessions.find(hashToken(token));
    if (token.isEmpty() || it == m_sessions.end())
        return false;
    const Session session = *it;
    m_sessions.erase(it);
    audit(session.userName, session.role.key(), peer, QStringLiteral("logout"), session.userName,
          AuditEntry::Outcome::Success);
    return true;
}

int AccountService::endSessionsOf(qint64 accountId)
{
    return int(
        m_sessions.removeIf([accountId](const auto &it) { return it.value().accountId == accountId; }));
}

} // namespace rw
