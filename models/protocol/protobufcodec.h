#pragma once

#include "interfacecatalogue.h"
#include "uploadenvelope.h"

#include <QByteArray>

#include <memory>

namespace rw {

/**
 * \brief Reads and writes the protobuf variant of uploads: OTIpc, or OTIpcList{repeated OTIpc otpic}.
 *
 * Works by protobuf reflection over models/protocol/otipc.proto, whose messages and field names are
 * generated from the catalogue (tools/gen_proto.py): no per-interface code.
 */
class ProtobufCodec
{
public:
    explicit ProtobufCodec(std::shared_ptr<const InterfaceCatalogue> catalogue);

    /** Decodes an OTIpc, or an OTIpcList when \a list is true. */
    DecodeResult decode(const QByteArray &body, bool list, const InterfaceSpec *expected = nullptr) const;

    QByteArray encode(const UploadEnvelope &envelope) const;
    QByteArray encodeList(const QList<UploadEnvelope> &envelopes) const;

private:
    std::shared_ptr<const InterfaceCatalogue> m_catalogue;
};

} // namespace rw
