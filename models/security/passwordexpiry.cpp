#include "passwordexpiry.h"

namespace rw {

QString PasswordExpiry::message() const
{
    const QString when = expiresAt.toUTC().toString(Qt::ISODate);
    switch (state) {
    case State::Ok:
        return {};
    case State::Warning:
        return tr("Your password expires in %n day(s), at %1 (rule maxAgeDays: %2 days). Change it now.", "",
                  daysLeft)
            .arg(when)
            .arg(maxAgeDays);
    case State::Expired:
        return tr("Your password expired at %1 (rule maxAgeDays: %2 days). Change it to continue.")
            .arg(when)
            .arg(maxAgeDays);
    case State::MustChange:
        return tr("Your password was set or reset by an administrator. Choose a new one to continue.");
    }
    return {};
}

} // namespace rw
