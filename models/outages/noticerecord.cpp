#include "noticerecord.h"

#include "quality/qualityjsonreader.h"

using namespace Qt::StringLiterals;

namespace rw {

namespace {

/** A time in ms or null (0); absent is an error when \a required. */
qint64 optionalTime(QualityJsonReader &r, const QString &key, bool required)
{
    const auto value = r.nullableNumber(key, 0, 9e15, required);
    return value ? qint64(*value) : 0;
}

} // namespace

QString NoticeRecord::kindTitle(NoticeKind kind)
{
    switch (kind) {
    case NoticeKind::PlannedStop:
        return tr("Planned stop (Art. 11)");
    case NoticeKind::Incident:
        return tr("Incident (Art. 12)");
    case NoticeKind::Restoration:
        return tr("Restoration (Art. 12)");
    case NoticeKind::WrittenReport:
        return tr("Written report (Art. 12)");
    }
    return {};
}

std::optional<NoticeRecord> NoticeRecord::fromJson(const QJsonObject &object, const QString &path,
                                                   QString *error)
{
    QualityJsonReader r(object, path);
    NoticeRecord n;
    n.id = r.integer(u"id"_s, 1, true);
    n.companyId = r.requiredString(u"companyId"_s);
    const QString kind = r.requiredString(u"kind"_s);
    if (r.ok() && !parseNoticeKind(kind, &n.kind))
        r.fail(u"kind"_s,
               tr("\"%1\" is not planned_stop, incident, restoration or written_report").arg(kind));
    n.receivedAtMs = r.integer(u"receivedAt"_s, 0, true);
    n.startsAtMs = optionalTime(r, u"startsAt"_s, false);
    n.endsAtMs = optionalTime(r, u"endsAt"_s, false);
    n.streams = r.strings(u"streams"_s);
    n.reason = r.string(u"reason"_s);
    n.contact = r.string(u"contact"_s);
    n.reference = r.string(u"reference"_s);
    const QJsonValue inTime = object.value(u"announcedInTime"_s);
    if (!inTime.isUndefined() && !inTime.isNull()) {
        if (!inTime.isBool())
            r.fail(u"announcedInTime"_s, tr("%1 is not true or false").arg(QualityJsonReader::quote(inTime)));
        else
            n.announcedInTime = inTime.toBool();
    }
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return n;
}

std::optional<QList<NoticeRecord>> NoticeRecord::listFromJson(const QJsonObject &reply, QString *error)
{
    QualityJsonReader r(reply, {});
    const QJsonArray items = r.array(u"notices"_s, true);
    QList<NoticeRecord> list;
    for (qsizetype i = 0; r.ok() && i < items.size(); ++i) {
        const QString path = r.itemPath(u"notices"_s, i);
        if (!items.at(i).isObject()) {
            r.fail(u"notices"_s, tr("item %1 is not an object").arg(i));
            break;
        }
        QString itemError;
        const auto n = fromJson(items.at(i).toObject(), path, &itemError);
        if (!n) {
            if (error)
                *error = itemError;
            return std::nullopt;
        }
        list.append(*n);
    }
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return list;
}

} // namespace rw
