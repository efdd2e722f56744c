#include "fieldviolation.h"

namespace rw {

QString ruleName(ValidationRule rule)
{
    switch (rule) {
    case ValidationRule::Required:
        return QStringLiteral("required");
    case ValidationRule::Type:
        return QStringLiteral("type");
    case ValidationRule::Length:
        return QStringLiteral("length");
    case ValidationRule::Code:
        return QStringLiteral("code");
    case ValidationRule::Range:
        return QStringLiteral("range");
    case ValidationRule::Date:
        return QStringLiteral("date");
    case ValidationRule::Identity:
        return QStringLiteral("identity");
    }
    return {};
}

} // namespace rw
