#include "permitkind.h"

namespace rw {

QString PermitKinds::key(PermitKind kind)
{
    switch (kind) {
    case PermitKind::Company:
        return QStringLiteral("company");
    case PermitKind::Vehicle:
        return QStringLiteral("vehicle");
    case PermitKind::Driver:
        return QStringLiteral("driver");
    }
    return {};
}

std::optional<PermitKind> PermitKinds::fromKey(QStringView key)
{
    for (PermitKind kind : {PermitKind::Company, PermitKind::Vehicle, PermitKind::Driver}) {
        if (key.compare(PermitKinds::key(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QString PermitKinds::name(PermitKind kind)
{
    switch (kind) {
    case PermitKind::Company:
        return tr("company operating permit");
    case PermitKind::Vehicle:
        return tr("vehicle transport certificate");
    case PermitKind::Driver:
        return tr("driver certificate");
    }
    return {};
}

} // namespace rw
