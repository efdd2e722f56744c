#pragma once

#include "fleet/bizstatus.h"

#include <QColor>

namespace rw {

/**
 * \brief The colours of the fleet on the map, shared by the vehicle layer, its legend and the vehicle card.
 *
 * Chosen to be told apart by people with the common red-green colour deficiencies as far as four hues
 * allow: carrying orange, dispatched blue, empty green, out of service purple; unknown dark grey. A stale
 * vehicle (no fix for longer than FleetState::staleAfter(), Art. 15(三): 60 s) is drawn light grey with a
 * rim in its status colour; an alarm gets a red ring.
 */
class VehicleStyle
{
public:
    static QColor statusColour(BizStatus status);
    static QColor staleColour() { return QColor(0xb0, 0xb4, 0xb9); }
    static QColor alarmColour() { return QColor(0xe0, 0x31, 0x31); }
    static QColor selectionColour() { return QColor(0x00, 0xb8, 0xd9); }
    static QColor outlineColour() { return QColor(255, 255, 255); }
};

} // namespace rw
