#include "driverpermit.h"

#include "permitidentifiers.h"

namespace rw {

QDate DriverPermit::birthDate() const
{
    return PermitIdentifiers::birthDateOf(idNumber);
}

QString DriverPermit::genderCode() const
{
    const QString fromId = PermitIdentifiers::genderCodeOf(idNumber);
    if (!fromId.isEmpty())
        return fromId;
    const QString g = gender.trimmed().toLower();
    if (g == u"1" || g == u"男" || g == u"m" || g == u"male")
        return QStringLiteral("1");
    if (g == u"2" || g == u"女" || g == u"f" || g == u"female")
        return QStringLiteral("2");
    return {};
}

} // namespace rw
