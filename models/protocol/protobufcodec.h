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
     * wire type keeps the type it came with, so that RecordValidator reports it on that field.
     * Record::raw holds the record's bytes as received; unknown field numbers are listed as "#n".
     * Errors fail the whole body and name the part: malformed bytes (offset and field), text that
     * is not UTF-8, IPCType missing or unknown or not the interface of \a expected, records under
     * another interface's field, no records at all, more than 100,000 records in one body (a
     * hostile body of empty records would otherwise cost ~700 bytes of memory per byte).
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
