#pragma once

#include "protocol/fieldviolation.h"
#include "protocol/record.h"

namespace rw {

/** A record that broke at least one field rule; stored in the quarantine with its raw bytes. */
struct RejectedRecord
{
    Record record;
    int index = 0; //!< position in the upload's array (0 for a single object)
    FieldViolations violations;
};

} // namespace rw
