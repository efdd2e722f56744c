#include "trackevent.h"

namespace rw {

QString TrackEvent::kindKey(Kind kind)
{
    return kind == Kind::Pickup ? QStringLiteral("pickup") : QStringLiteral("dropoff");
}

QString TrackEvent::kindName(Kind kind)
{
    return kind == Kind::Pickup ? tr("Pickup") : tr("Drop-off");
}

} // namespace rw
