#include "passwordrulefailure.h"

namespace rw {

QString PasswordRuleFailure::ruleKey(Rule rule)
{
    switch (rule) {
    case Rule::TooShort:
        return QStringLiteral("minLength");
    case Rule::TooLong:
        return QStringLiteral("maxLength");
    case Rule::TooFewClasses:
        return QStringLiteral("minClasses");
    case Rule::Blocklisted:
        return QStringLiteral("blocklist");
    case Rule::ContainsUserName:
        return QStringLiteral("userName");
    case Rule::Reused:
        return QStringLiteral("historyCount");
    case Rule::TooSoon:
        return QStringLiteral("minAgeDays");
    }
    return {};
}

} // namespace rw
