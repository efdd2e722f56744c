#pragma once

#include "passwordexpiry.h"
#include "passwordhasher.h"
#include "passwordpolicy.h"
#include "passwordrulefailure.h"
#include "passwordrulestatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace rw {

class Clock;
class PasswordBlocklist;

/**
 * \brief Applies a PasswordPolicy: composition of a new password, reuse, age.
 *
 * check() lists every rule a candidate breaks (not just the first), so the change-password dialog
 * can show them all at once. Lengths count Unicode code points after NFKC. The four character
 * classes are lower case, upper case, digits and everything else (symbols, spaces, CJK).
 *
 * Time comes from the Clock given to the constructor, which must outlive the checker.
 */
class PasswordPolicyChecker
{
    Q_DECLARE_TR_FUNCTIONS(rw::PasswordPolicyChecker)

public:
    static constexpr qint64 DayMs = 24LL * 60 * 60 * 1000;

    explicit PasswordPolicyChecker(PasswordPolicy policy, const Clock &clock,
                                   std::shared_ptr<const PasswordBlocklist> blocklist = {});

    const PasswordPolicy &policy() const { return m_policy; }

    /**
     * Every rule \a candidate breaks for the account \a userName. \a history holds the account's
     * encoded hashes, newest first, the current password's included; the first historyCount are
     * compared (each with its own salt and cost: this takes one hash time per entry).
     */
    QList<PasswordRuleFailure> check(const QString &candidate, const QString &userName,
                                     const QStringList &history = {}) const;

    /**
     * The composition rules as a checklist for the change-password dialog, each marked satisfied or
     * not for \a candidate: length, character classes, blocklist, user name (and the maximum length
     * when it is exceeded). The history is left out: only the platform knows it.
     */
    QList<PasswordRuleStatus> checklist(const QString &candidate, const QString &userName) const;

    /** Where a password changed at \a changedAt stands now; \a mustChange after an administrator reset. */
    PasswordExpiry expiry(const QDateTime &changedAt, bool mustChange) const;
    PasswordExpiry expiryAt(const QDateTime &changedAt, bool mustChange, const QDateTime &at) const;

    /**
     * Whether the password may be changed now: not within minAgeDays of the last change (so that
     * the history cannot be cycled through), except when \a mustChange (an administrator reset).
     */
    std::optional<PasswordRuleFailure> checkMinimumAge(const QDateTime &changedAt, bool mustChange) const;
    std::optional<PasswordRuleFailure> checkMinimumAgeAt(const QDateTime &changedAt, bool mustChange,
                                                         const QDateTime &at) const;

    /** Number of character classes (0–4) in \a password. */
    static int characterClasses(const QString &password);
    /** Length in Unicode code points after NFKC. */
    static int length(const QString &password);

private:
    PasswordPolicy m_policy;
    const Clock &m_clock;
    std::shared_ptr<const PasswordBlocklist> m_blocklist;
    PasswordHasher m_hasher; //!< verifies history entries with each entry's own parameters
};

} // namespace rw
