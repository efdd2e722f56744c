#include "badrecord.h"

#include "client/vehiclepermitstatus.h"
#include "permits/personaldatamask.h"

#include <QJsonValue>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace rw {

namespace {

constexpr int ChinaOffsetSeconds = 8 * 3600;

QDateTime momentOf(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    const QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : QDateTime();
}

/** A JSON value as an error message shows it. */
QString describe(const QJsonValue &value)
{
    if (value.isUndefined())
        return u"(missing)"_s;
    if (value.isNull())
        return u"null"_s;
    if (value.isString())
        return u"\"%1\""_s.arg(value.toString());
    return value.toVariant().toString();
}

} // namespace

bool BadRecord::isActiveOn(const QDate &chinaDate) const
{
    return !isRemoved() && (!until.isValid() || chinaDate <= until);
}

BadRecord BadRecord::masked() const
{
    BadRecord copy = *this;
    copy.licence = PersonalDataMask::licence(licence);
    copy.name = PersonalDataMask::name(name);
    return copy;
}

QString BadRecord::subjectKey(Subject subject)
{
    return subject == Subject::Vehicle ? u"vehicle"_s : u"driver"_s;
}

std::optional<BadRecord::Subject> BadRecord::subjectFromKey(QStringView key)
{
    if (key == u"vehicle")
        return Subject::Vehicle;
    if (key == u"driver")
        return Subject::Driver;
    return std::nullopt;
}

QString BadRecord::normalisedPlate(const QString &plate)
{
    return VehiclePermitStatus::normalisedPlate(plate);
}

QDate BadRecord::chinaDate(const QDateTime &moment)
{
    return moment.toOffsetFromUtc(ChinaOffsetSeconds).date();
}

QJsonValue BadRecord::momentJson(const QDateTime &moment)
{
    return moment.isValid() ? QJsonValue(moment.toOffsetFromUtc(ChinaOffsetSeconds).toString(Qt::ISODate))
                            : QJsonValue();
}

QJsonObject BadRecord::toJson() const
{
    return {{u"id"_s, id},
            {u"subject"_s, subjectKey(subject)},
            {u"regionCode"_s, regionCode},
            {u"plate"_s, plate},
            {u"licence"_s, licence},
            {u"name"_s, name},
            {u"certificate"_s, certificate},
            {u"reason"_s, reason},
            {u"addedBy"_s, addedBy},
            {u"addedAt"_s, momentJson(addedAt)},
            {u"until"_s, until.isValid() ? QJsonValue(until.toString(Qt::ISODate)) : QJsonValue()},
            {u"active"_s, active},
            {u"removedBy"_s, removedBy},
            {u"removedAt"_s, momentJson(removedAt)},
            {u"removeReason"_s, removeReason}};
}

std::optional<BadRecord> BadRecord::fromJson(const QJsonObject &json, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<BadRecord> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QJsonValue id = json.value(u"id"_s);
    if (!id.isDouble() || id.toInteger() <= 0)
        return fail(tr("bad record: \"id\" must be a positive number, not %1").arg(describe(id)));
    BadRecord r;
    r.id = id.toInteger();
    const QString subjectText = json.value(u"subject"_s).toString();
    const auto subject = subjectFromKey(subjectText);
    if (!subject)
        return fail(tr("bad record %1: \"subject\" must be \"vehicle\" or \"driver\", not \"%2\"")
                        .arg(r.id)
                        .arg(subjectText));
    r.subject = *subject;
    r.regionCode = json.value(u"regionCode"_s).toString();
    r.plate = json.value(u"plate"_s).toString();
    r.licence = json.value(u"licence"_s).toString();
    r.name = json.value(u"name"_s).toString();
    r.certificate = json.value(u"certificate"_s).toString();
    r.reason = json.value(u"reason"_s).toString();
    r.addedBy = json.value(u"addedBy"_s).toString();
    r.addedAt = momentOf(json.value(u"addedAt"_s));
    if (!r.addedAt.isValid())
        return fail(tr("bad record %1: \"addedAt\" is not an ISO date-time: \"%2\"")
                        .arg(r.id)
                        .arg(json.value(u"addedAt"_s).toString()));
    const QJsonValue until = json.value(u"until"_s);
    if (!until.isNull() && !until.isUndefined()) {
        r.until = QDate::fromString(until.toString(), Qt::ISODate);
        if (!r.until.isValid())
            return fail(
                tr("bad record %1: \"until\" is not an ISO date: \"%2\"").arg(r.id).arg(until.toString()));
    }
    r.active = json.value(u"active"_s).toBool();
    r.removedBy = json.value(u"removedBy"_s).toString();
    r.removedAt = momentOf(json.value(u"removedAt"_s));
    r.removeReason = json.value(u"removeReason"_s).toString();
    if (r.key().isEmpty())
        return fail(tr("bad record %1: a %2 needs \"%3\"")
                        .arg(r.id)
                        .arg(subjectText, r.subject == Subject::Vehicle ? u"plate"_s : u"licence"_s));
    return r;
}

} // namespace rw
