#pragma once

#include "clock.h"

namespace rw {

/** \brief The machine's wall clock (QDateTime::currentDateTimeUtc()). Stateless. */
class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace rw
