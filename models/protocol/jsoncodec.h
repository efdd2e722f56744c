#pragma once

#include "interfacecatalogue.h"
#include "uploadenvelope.h"

#include <QByteArray>

#include <memory>

namespace rw {

/**
 * \brief Reads and writes the spec's JSON upload envelope.
 *
 * {"CompanyId":"…","Source":"0","IPCType":"baseInfoVehicle","baseInfoVehicle": {…} | [{…},…]}
 * Values keep their JSON types so that RecordValidator can report type errors; each record's raw
 * JSON text is kept for the quarantine.
 */
class JsonCodec
{
public:
    explicit JsonCodec(std::shared_ptr<const InterfaceCatalogue> catalogue);

    /**
     * Decodes \a body. When \a expected is set (the upload path named an interface), an envelope
     * whose IPCType differs is an error. Errors name what was wrong and where.
     */
    DecodeResult decode(const QByteArray &body, const InterfaceSpec *expected = nullptr) const;

    /** Encodes \a envelope; a single record is sent as an object unless envelope.batch is set. */
    QByteArray encode(const UploadEnvelope &envelope) const;

private:
    std::shared_ptr<const InterfaceCatalogue> m_catalogue;
};

} // namespace rw
