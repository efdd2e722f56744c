#pragma once

#include "recordencoder.h"

namespace rw {

/**
 * \brief The spec's JSON envelope: {"CompanyId":…,"Source":"0","IPCType":…,"<ipcType>":[…]}.
 *
 * Records are always sent as an array (a batch), as the real uploaders do for positions.
 */
class JsonRecordEncoder : public RecordEncoder
{
public:
    QByteArray contentType() const override { return QByteArrayLiteral("application/json"); }
    QByteArray encode(const QString &companyId, const QString &ipcType,
                      const QList<QJsonObject> &records) const override;
};

} // namespace rw
