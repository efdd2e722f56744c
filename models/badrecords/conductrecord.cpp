#include "conductrecord.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace rw {

namespace {

QDateTime momentOf(const QJsonValue &value)
{
    const QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : QDateTime();
}

} // namespace

QList<BadRecord> ConductRecord::activeBadRecords() const
{
    QList<BadRecord> active;
    for (const BadRecord &b : badRecords) {
        if (b.active)
            active.append(b);
    }
    return active;
}

bool ConductRecord::isListed() const
{
    return std::any_of(badRecords.begin(), badRecords.end(), [](const BadRecord &r) { return r.active; });
}

std::optional<ConductRecord> ConductRecord::fromJson(const QJsonObject &json, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<ConductRecord> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    ConductRecord c;
    const QString subject = json.value(u"subject"_s).toString();
    const auto parsed = BadRecord::subjectFromKey(subject);
    if (!parsed)
        return fail(tr("conduct: \"subject\" must be \"vehicle\" or \"driver\", not \"%1\"").arg(subject));
    c.subject = *parsed;
    c.plate = json.value(u"plate"_s).toString();
    c.certificate = json.value(u"certificate"_s).toString();
    c.licence = json.value(u"licence"_s).toString();
    c.name = json.value(u"name"_s).toString();
    c.asOf = momentOf(json.value(u"asOf"_s));
    c.complaintsTruncated = json.value(u"complaintsTruncated"_s).toBool();
    c.penaltiesTruncated = json.value(u"penaltiesTruncated"_s).toBool();
    c.revealed = json.value(u"revealed"_s).toBool();
    for (const QString &list : {u"badRecords"_s, u"complaints"_s, u"penalties"_s}) {
        if (!json.value(list).isArray())
            return fail(tr("conduct: \"%1\" is not a list").arg(list));
    }
    for (const QJsonValue &value : json.value(u"badRecords"_s).toArray()) {
        QString why;
        const auto record = BadRecord::fromJson(value.toObject(), &why);
        if (!record)
            return fail(tr("conduct: %1").arg(why));
        c.badRecords.append(*record);
    }
    for (const QJsonValue &value : json.value(u"complaints"_s).toArray())
        c.complaints.append({momentOf(value[u"time"_s]), value[u"companyId"_s].toString(),
                             value[u"orderId"_s].toString(), value[u"detail"_s].toString(),
                             value[u"result"_s].toString()});
    for (const QJsonValue &value : json.value(u"penalties"_s).toArray())
        c.penalties.append({momentOf(value[u"time"_s]), value[u"companyId"_s].toString(),
                            value[u"licence"_s].toString(), value[u"reason"_s].toString(),
                            value[u"result"_s].toString()});
    return c;
}

} // namespace rw
