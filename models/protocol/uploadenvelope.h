#pragma once

#include "record.h"

#include <QList>
#include <QString>

namespace rw {

struct InterfaceSpec;

/**
 * \brief A decoded upload: {"CompanyId","Source","IPCType","<ipcType>": object | array}.
 *
 * The protobuf variant (OTIpc) decodes to the same structure; an OTIpcList yields several envelopes.
 */
struct UploadEnvelope
{
    QString companyId;
    QString source;
    const InterfaceSpec *spec = nullptr;
    bool batch = false; //!< the records came as an array (JSON) / the body was an OTIpcList
    QList<Record> records;
};

/** The outcome of decoding a body: either envelopes or one error naming what was wrong. */
struct DecodeResult
{
    QList<UploadEnvelope> envelopes;
    QString error; //!< empty on success; translated, names the offending part of the body

    bool ok() const { return error.isEmpty(); }
};

} // namespace rw
