#pragma once

#include <QByteArray>
#include <QString>

namespace rw {

struct InterfaceSpec;

/** One authenticated upload as the HTTP layer hands it to the intake pipeline. */
struct UploadRequest
{
    QString companyId;                   //!< the company the credential belongs to
    const InterfaceSpec *spec = nullptr; //!< the interface named by the upload path
    QByteArray contentType;              //!< media type without parameters, lower case
    QByteArray contentEncoding;          //!< "gzip" or empty
    bool protobufList = false;           //!< the body is an OTIpcList rather than an OTIpc
    QByteArray body;
    QString peer;
    qint64 receivedMs = 0; //!< platform receive time, UTC ms: timeliness is measured against it
};

} // namespace rw
