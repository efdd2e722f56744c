#pragma once

#include <QString>

namespace rw {

/**
 * \brief One password-policy rule and whether a candidate password satisfies it, as shown in the
 * live checklist of the change-password dialog.
 *
 * The text is already translated by whoever produced the status (the policy checker), because only
 * the checker knows the rule's parameters (e.g. "at least 12 characters").
 */
struct PasswordRuleStatus
{
    QString id;             ///< stable identifier, e.g. "min-length"; used for tests and object names
    bool satisfied = false; ///< whether the candidate satisfies the rule
    QString text;           ///< translated, complete sentence describing the rule

    friend bool operator==(const PasswordRuleStatus &, const PasswordRuleStatus &) = default;
};

} // namespace rw
