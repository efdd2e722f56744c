#include "jsonrecordencoder.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace rw {

QByteArray JsonRecordEncoder::encode(const QString &companyId, const QString &ipcType,
                                     const QList<QJsonObject> &records) const
{
    QJsonArray array;
    for (const QJsonObject &record : records)
        array.append(record);
    QJsonObject envelope{{u"CompanyId"_s, companyId}, {u"Source"_s, u"0"_s}, {u"IPCType"_s, ipcType}};
    envelope.insert(ipcType, array);
    return QJsonDocument(envelope).toJson(QJsonDocument::Compact);
}

} // namespace rw
