#pragma once

#include "protocol/record.h"

namespace rw {

/** A record that passed validation, with its place in the upload and its business time. */
struct AcceptedRecord
{
    Record record;
    int index = 0;           //!< position in the upload's array (0 for a single object)
    qint64 businessTime = 0; //!< Unix s UTC of the interface's time field; 0 = unknown (stored as NULL)
};

} // namespace rw
