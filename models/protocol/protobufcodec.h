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

    /**
     * Decodes an OTIpc, or an OTIpcList when \a list is true. Values are typed like JsonCodec's:
     * QString for string fields, qint64 for int64, double for double; a value sent with another
     * wire type keeps the type it came with (and invalid UTF-8 stays a QByteArray) so that
     * RecordValidator reports it on that field. Record::raw holds the record's bytes as received.
     * Errors (malformed bytes, with offset and field; IPCType missing, unknown, or not the
     * interface of \a expected; records under another interface's field) fail the whole body.
     */
    DecodeResult decode(const QByteArray &body, bool list, const InterfaceSpec *expected = nullptr) const;

    /** Encodes \a envelope as an OTIpc; a value whose type does not fit its field is left out. */
    QByteArray encode(const UploadEnvelope &envelope) const;
    QByteArray encodeList(const QList<UploadEnvelope> &envelopes) const;

private:
    struct Schema; // the catalogue bound to the compiled descriptors, built once per codec

    std::shared_ptr<const InterfaceCatalogue> m_catalogue;
    std::shared_ptr<const Schema> m_schema;
};

} // namespace rw
