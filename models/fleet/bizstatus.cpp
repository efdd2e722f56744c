#include "bizstatus.h"

#include <QCoreApplication>

namespace rw {

QString bizStatusName(BizStatus status)
{
    switch (status) {
    case BizStatus::Carrying:
        return QCoreApplication::translate("rw::BizStatus", "Carrying");
    case BizStatus::Dispatched:
        return QCoreApplication::translate("rw::BizStatus", "Dispatched");
    case BizStatus::Empty:
        return QCoreApplication::translate("rw::BizStatus", "Empty");
    case BizStatus::OutOfService:
        return QCoreApplication::translate("rw::BizStatus", "Out of service");
    case BizStatus::Unknown:
        break;
    }
    return QCoreApplication::translate("rw::BizStatus", "Unknown");
}

} // namespace rw
