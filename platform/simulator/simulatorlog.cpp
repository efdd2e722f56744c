#include "simulatorlog.h"

namespace rw {
Q_LOGGING_CATEGORY(lcSimulator, "ridewatch.simulator")
} // namespace rw
