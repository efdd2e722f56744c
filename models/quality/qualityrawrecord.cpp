#include "qualityrawrecord.h"

#include "qualityjsonreader.h"

using namespace Qt::StringLiterals;

namespace rw {

QString QualityRawRecord::fieldText(const QString &field) const
{
    const QJsonValue value = fields.value(field);
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double number = value.toDouble();
        // Spec times (20261103101500) and ids are whole numbers: no exponent.
        return number == double(qint64(number)) ? QString::number(qint64(number))
                                                : QString::number(number, 'g', 15);
    }
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isNull() || value.isUndefined())
        return {};
    return QualityJsonReader::quote(value);
}

std::optional<QualityRawRecord> QualityRawRecord::fromJson(const QJsonObject &json, QString *error)
{
    QualityJsonReader reader(json, {});
    QualityRawRecord r;
    r.ipcType = reader.requiredString(u"ipcType"_s);
    r.source = reader.string(u"source"_s);
    if (r.source.isEmpty())
        r.source = u"record"_s;
    if (reader.ok() && r.source != u"record"_s && r.source != u"quarantine"_s)
        reader.fail(u"source"_s, tr("\"%1\" is neither record nor quarantine").arg(r.source));
    r.rowId = reader.integer(u"rowId"_s);
    r.companyId = reader.string(u"companyId"_s);
    const qint64 received = reader.integer(u"receivedAt"_s);
    r.receivedAt = received > 0 ? QDateTime::fromMSecsSinceEpoch(received, Qt::UTC) : QDateTime();
    const qint64 business = reader.integer(u"businessTime"_s); // Unix seconds
    r.businessTime = business > 0 ? QDateTime::fromSecsSinceEpoch(business, Qt::UTC) : QDateTime();
    r.fields = reader.object(u"fields"_s, !r.isQuarantined());
    r.failedRules = reader.strings(u"failedRules"_s);
    r.masked = reader.strings(u"masked"_s);
    r.raw = reader.string(u"raw"_s);
    r.reasons = reader.strings(u"reasons"_s);
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    return r;
}

} // namespace rw
