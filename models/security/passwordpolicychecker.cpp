#include "passwordpolicychecker.h"

#include "domain/clock.h"
#include "passwordblocklist.h"

namespace rw {

PasswordPolicyChecker::PasswordPolicyChecker(PasswordPolicy policy, const Clock &clock,
                                             std::shared_ptr<const PasswordBlocklist> blocklist)
    : m_policy(std::move(policy))
    , m_clock(clock)
    , m_blocklist(blocklist ? std::move(blocklist) : PasswordBlocklist::builtIn())
{}

int PasswordPolicyChecker::length(const QString &password)
{
    return int(password.normalized(QString::NormalizationForm_KC).toUcs4().size());
}

int PasswordPolicyChecker::characterClasses(const QString &password)
{
    bool lower = false;
    bool upper = false;
    bool digit = false;
    bool other = false;
    const QList<uint> codePoints = password.normalized(QString::NormalizationForm_KC).toUcs4();
    for (const uint c : codePoints) {
        if (QChar::isLower(c))
            lower = true;
        else if (QChar::isUpper(c))
            upper = true;
        else if (QChar::isDigit(c))
            digit = true;
        else
            other = true;
    }
    return int(lower) + int(upper) + int(digit) + int(other);
}

QList<PasswordRuleFailure> PasswordPolicyChecker::check(const QString &candidate, const QString &userName,
                                                        const QStringList &history) const
{
    using Rule = PasswordRuleFailure::Rule;
    QList<PasswordRuleFailure> failures;
    const int chars = length(candidate);
    if (chars < m_policy.minLength) {
        failures.append({Rule::TooShort, m_policy.minLength, chars,
                         tr("The password has %1 character(s); rule minLength requires at least %n.", "",
                            m_policy.minLength)
                             .arg(chars)});
    }
    if (chars > m_policy.maxLength) {
        failures.append(
            {Rule::TooLong, m_policy.maxLength, chars,
             tr("The password has %1 characters; rule maxLength allows at most %n.", "", m_policy.maxLength)
                 .arg(chars)});
        return failures; // do not spend hashing time on it
    }
    const int classes = characterClasses(candidate);
    if (classes < m_policy.minClasses) {
        failures.append(
            {Rule::TooFewClasses, m_policy.minClasses, classes,
             tr("The password uses %1 of the 4 character classes (lower case, upper case, digits, "
                "other characters); rule minClasses requires at least %n.",
                "", m_policy.minClasses)
                 .arg(classes)});
    }
    if (m_blocklist->contains(candidate)) {
        failures.append({Rule::Blocklisted, m_blocklist->size(), 0,
                         tr("The password is a common password or a variant of one; rule blocklist refuses "
                            "the %n listed passwords and their variants.",
                            "", m_blocklist->size())});
    }
    // NFKC + case folding on both sides; leetspeak undone on the candidate (z4ngs4n contains zangsan).
    const QString name = PasswordBlocklist::fold(userName.trimmed());
    if (!name.isEmpty()) {
        const QString folded = PasswordBlocklist::fold(candidate);
        const bool hit = name.size() < 3 ? folded == name
                                         : folded.contains(name) ||
                                               PasswordBlocklist::unLeet(folded, false).contains(name) ||
                                               PasswordBlocklist::unLeet(folded, true).contains(name);
        if (hit) {
            failures.append({Rule::ContainsUserName, 0, 0,
                             tr("The password is or contains the user name \"%1\"; rule userName refuses it.")
                                 .arg(userName.trimmed())});
        }
    }
    const int compared = int(qMin<qsizetype>(history.size(), m_policy.historyCount));
    for (int i = 0; i < compared; ++i) {
        if (m_hasher.verify(candidate, history.at(i))) {
            failures.append(
                {Rule::Reused, m_policy.historyCount, i + 1,
                 tr("The password equals one of your last %n password(s); rule historyCount refuses "
                    "reusing them.",
                    "", m_policy.historyCount)});
            break;
        }
    }
    return failures;
}

PasswordExpiry PasswordPolicyChecker::expiry(const QDateTime &changedAt, bool mustChange) const
{
    return expiryAt(changedAt, mustChange, m_clock.now());
}

PasswordExpiry PasswordPolicyChecker::expiryAt(const QDateTime &changedAt, bool mustChange,
                                               const QDateTime &at) const
{
    PasswordExpiry result;
    result.maxAgeDays = m_policy.maxAgeDays;
    if (mustChange || !changedAt.isValid()) {
        result.state = PasswordExpiry::State::MustChange;
        return result;
    }
    // Fixed 24-hour days on UTC milliseconds: China has no daylight saving, and the account's
    // terms are "changed at T, expires at T + 90 days" to the millisecond.
    const qint64 expiresMs = changedAt.toMSecsSinceEpoch() + m_policy.maxAgeDays * DayMs;
    result.expiresAt = QDateTime::fromMSecsSinceEpoch(expiresMs, Qt::UTC);
    const qint64 remaining = expiresMs - at.toMSecsSinceEpoch();
    if (remaining <= 0) {
        result.state = PasswordExpiry::State::Expired;
        result.daysLeft = 0;
        return result;
    }
    result.daysLeft = int((remaining + DayMs - 1) / DayMs);
    result.state =
        result.daysLeft <= m_policy.warnDays ? PasswordExpiry::State::Warning : PasswordExpiry::State::Ok;
    return result;
}

std::optional<PasswordRuleFailure> PasswordPolicyChecker::checkMinimumAge(const QDateTime &changedAt,
                                                                          bool mustChange) const
{
    return checkMinimumAgeAt(changedAt, mustChange, m_clock.now());
}

std::optional<PasswordRuleFailure> PasswordPolicyChecker::checkMinimumAgeAt(const QDateTime &changedAt,
                                                                            bool mustChange,
                                                                            const QDateTime &at) const
{
    if (mustChange || !changedAt.isValid() || m_policy.minAgeDays <= 0)
        return std::nullopt;
    const qint64 allowedMs = changedAt.toMSecsSinceEpoch() + m_policy.minAgeDays * DayMs;
    if (at.toMSecsSinceEpoch() >= allowedMs)
        return std::nullopt;
    const qint64 hoursAgo = (at.toMSecsSinceEpoch() - changedAt.toMSecsSinceEpoch()) / (60 * 60 * 1000);
    return PasswordRuleFailure{
        PasswordRuleFailure::Rule::TooSoon, m_policy.minAgeDays, int(hoursAgo),
        tr("The password was changed %1 hour(s) ago; rule minAgeDays allows the next change after %n day(s), "
           "from %2.",
           "", m_policy.minAgeDays)
            .arg(hoursAgo)
            .arg(QDateTime::fromMSecsSinceEpoch(allowedMs, Qt::UTC).toString(Qt::ISODate))};
}

QList<PasswordRuleStatus> PasswordPolicyChecker::checklist(const QString &candidate,
                                                           const QString &userName) const
{
    using Rule = PasswordRuleFailure::Rule;
    QList<Rule> broken;
    for (const PasswordRuleFailure &failure : check(candidate, userName))
        broken.append(failure.rule);
    const bool empty = candidate.isEmpty(); // nothing typed yet satisfies nothing
    QList<PasswordRuleStatus> list{
        {QStringLiteral("min-length"), !empty && !broken.contains(Rule::TooShort),
         tr("At least %n characters", "", m_policy.minLength)},
        {QStringLiteral("character-classes"), !empty && !broken.contains(Rule::TooFewClasses),
         tr("At least %1 of the 4 kinds: lower case, upper case, digits, other characters")
             .arg(m_policy.minClasses)},
        {QStringLiteral("not-common"), !empty && !broken.contains(Rule::Blocklisted),
         tr("Not a common password or a variant of one")},
        {QStringLiteral("no-user-name"), !empty && !broken.contains(Rule::ContainsUserName),
         tr("Does not contain your user name")},
    };
    if (broken.contains(Rule::TooLong))
        list.insert(
            1, {QStringLiteral("max-length"), false, tr("At most %n characters", "", m_policy.maxLength)});
    return list;
}

} // namespace rw
