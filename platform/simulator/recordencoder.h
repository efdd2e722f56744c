#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace rw {

/**
 * \brief Turns a batch of one company's records of one interface into an upload body.
 *
 * The seam for the protobuf variant (OTIpc / OTIpcList, platform-interface.md §2.2): a
 * ProtobufRecordEncoder can map the same JSON records through the catalogue; CompanyUploader only
 * sees bytes and a content type.
 */
class RecordEncoder
{
public:
    virtual ~RecordEncoder() = default;
    virtual QByteArray contentType() const = 0;
    virtual QByteArray encode(const QString &companyId, const QString &ipcType,
                              const QList<QJsonObject> &records) const = 0;
};

} // namespace rw
