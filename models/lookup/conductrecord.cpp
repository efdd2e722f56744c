#include "conductrecord.h"

#include "jsonfieldreader.h"

#include <QJsonArray>

#include <functional>

namespace rw {

namespace {

/** Reads the array \a key of \a json with \a item; false with \a error set on the first bad element. */
template<typename T>
bool readList(const QJsonObject &json, const QString &key, QList<T> *out, QString *error,
              const std::function<std::optional<T>(const QJsonObject &, const QString &, QString *)> &item)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray()) {
        *error = ConductRecord::tr("%1: %2 is not an array").arg(key, JsonFieldReader::quote(value));
        return false;
    }
    const QJsonArray list = value.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("%1[%2]").arg(key).arg(i);
        if (!list.at(i).isObject()) {
            *error =
                ConductRecord::tr("%1: %2 is not an object").arg(path, JsonFieldReader::quote(list.at(i)));
            return false;
        }
        std::optional<T> parsed = item(list.at(i).toObject(), path, error);
        if (!parsed)
            return false;
        out->append(std::move(*parsed));
    }
    return true;
}

std::optional<ConductRecord::Complaint> complaintFromJson(const QJsonObject &json, const QString &path,
                                                          QString *error)
{
    JsonFieldReader r(json, path);
    ConductRecord::Complaint c;
    c.time = r.moment(QStringLiteral("time"));
    c.companyId = r.string(QStringLiteral("companyId"));
    c.orderId = r.string(QStringLiteral("orderId"));
    c.detail = r.string(QStringLiteral("detail"));
    c.result = r.string(QStringLiteral("result"));
    if (!r.ok()) {
        *error = r.error();
        return std::nullopt;
    }
    return c;
}

std::optional<ConductRecord::Penalty> penaltyFromJson(const QJsonObject &json, const QString &path,
                                                      QString *error)
{
    JsonFieldReader r(json, path);
    ConductRecord::Penalty p;
    p.time = r.moment(QStringLiteral("time"));
    p.companyId = r.string(QStringLiteral("companyId"));
    p.licence = r.string(QStringLiteral("licence"));
    p.reason = r.string(QStringLiteral("reason"));
    p.result = r.string(QStringLiteral("result"));
    if (!r.ok()) {
        *error = r.error();
        return std::nullopt;
    }
    return p;
}

} // namespace

std::optional<ConductRecord::BadRecord> ConductRecord::badRecordFromJson(const QJsonObject &json,
                                                                         const QString &path, QString *error)
{
    JsonFieldReader r(json, path);
    BadRecord b;
    b.id = r.integer(QStringLiteral("id"));
    b.subject = r.string(QStringLiteral("subject"));
    b.regionCode = r.string(QStringLiteral("regionCode"));
    b.plate = r.string(QStringLiteral("plate"));
    b.licence = r.string(QStringLiteral("licence"));
    b.name = r.string(QStringLiteral("name"));
    b.certificate = r.string(QStringLiteral("certificate"));
    b.reason = r.string(QStringLiteral("reason"));
    b.addedBy = r.string(QStringLiteral("addedBy"));
    b.addedAt = r.moment(QStringLiteral("addedAt"));
    b.until = r.date(QStringLiteral("until"));
    b.active = r.boolean(QStringLiteral("active"), true);
    b.removedBy = r.string(QStringLiteral("removedBy"));
    b.removedAt = r.moment(QStringLiteral("removedAt"));
    b.removeReason = r.string(QStringLiteral("removeReason"));
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return b;
}

std::optional<ConductRecord> ConductRecord::fromJson(const QJsonObject &json, QString *error)
{
    QString why;
    const auto failed = [&]() -> std::optional<ConductRecord> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    JsonFieldReader r(json, QString());
    ConductRecord record;
    const QString subject = r.requiredString(QStringLiteral("subject"));
    record.plate = r.string(QStringLiteral("plate"));
    record.certificate = r.string(QStringLiteral("certificate"));
    if (record.certificate.isEmpty())
        record.certificate = r.string(QStringLiteral("driver"));
    if (!r.ok()) {
        why = r.error();
        return failed();
    }
    if (subject == QLatin1String("vehicle")) {
        record.subject = Subject::Vehicle;
    } else if (subject == QLatin1String("driver")) {
        record.subject = Subject::Driver;
    } else {
        why = tr("subject: \"%1\" is not vehicle or driver").arg(subject);
        return failed();
    }
    if (!readList<BadRecord>(json, QStringLiteral("badRecords"), &record.badRecords, &why,
                             &ConductRecord::badRecordFromJson) ||
        !readList<Complaint>(json, QStringLiteral("complaints"), &record.complaints, &why,
                             complaintFromJson) ||
        !readList<Penalty>(json, QStringLiteral("penalties"), &record.penalties, &why, penaltyFromJson))
        return failed();
    return record;
}

QList<ConductRecord::BadRecord> ConductRecord::activeBadRecords() const
{
    QList<BadRecord> active;
    for (const BadRecord &b : badRecords) {
        if (b.active)
            active.append(b);
    }
    return active;
}

} // namespace rw
