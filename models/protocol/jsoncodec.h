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
 * Values keep their JSON types so that RecordValidator can report type errors (QString, qint64 for
 * whole numbers, double, bool, std::nullptr_t for null, QVariantMap/QVariantList when nested); names the
 * catalogue does not know go to Record::unknownFields; each record's JSON text, without whitespace
 * between tokens, is kept in Record::raw for the quarantine. A record without CompanyId takes the
 * envelope's.
 *
 * Well-formed bodies are read by a single-pass parser straight into records (about half the cost of
 * QJsonDocument::fromJson alone); anything unusual or wrong is handed to QJsonDocument, which defines
 * what is accepted and words the errors. Thread-safe: decode() and encode() are const and share nothing
 * mutable.
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

    struct KeyIndex; //!< internal: per interface, field names as Latin-1 bytes, built once

private:
    std::shared_ptr<const InterfaceCatalogue> m_catalogue;
    std::shared_ptr<const KeyIndex> m_keys;
};

} // namespace rw
