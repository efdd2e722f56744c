#include "vehiclestyle.h"

namespace rw {

QColor VehicleStyle::statusColour(BizStatus status)
{
    switch (status) {
    case BizStatus::Carrying:
        return QColor(0xe8, 0x59, 0x0c);
    case BizStatus::Dispatched:
        return QColor(0x19, 0x71, 0xc2);
    case BizStatus::Empty:
        return QColor(0x2f, 0x9e, 0x44);
    case BizStatus::OutOfService:
        return QColor(0x86, 0x2e, 0x9c);
    case BizStatus::Unknown:
        break;
    }
    return QColor(0x34, 0x3a, 0x40);
}

} // namespace rw
