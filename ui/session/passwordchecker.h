#pragma once

#include "security/passwordrulestatus.h"

#include <QList>
#include <QString>

#include <functional>

namespace rw {

/**
 * \brief Evaluates a candidate password against the local password policy, one status per rule.
 *
 * Injected into PasswordChangeDialog. The real checker (length ≥ 12, three of four character
 * classes, blocklist, not containing the user name, …) lives in models/security; the composition
 * root wraps it into this signature so that ui/ depends on no policy code. It must be cheap: the
 * dialog calls it on every keystroke. Rules only the server can check (history) are reported
 * after submission through PasswordChangeDialog::showServerRejections().
 */
using PasswordChecker = std::function<QList<PasswordRuleStatus>(const QString &candidate)>;

} // namespace rw
