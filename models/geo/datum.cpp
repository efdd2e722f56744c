#include "datum.h"

#include <QCoreApplication>

namespace rw {

QString datumName(Datum datum)
{
    switch (datum) {
    case Datum::Gcj02:
        return QStringLiteral("GCJ-02");
    case Datum::Wgs84:
        return QStringLiteral("WGS-84");
    case Datum::Bd09:
        return QStringLiteral("BD-09");
    case Datum::Cgcs2000:
        return QStringLiteral("CGCS2000");
    case Datum::Unknown:
        break;
    }
    return QCoreApplication::translate("rw::Datum", "unknown datum");
}

} // namespace rw
