#include "noticeparser.h"

#include "protocol/spectime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rw {

namespace {

const QStringList &knownStreams()
{
    static const QStringList streams = {QStringLiteral("baseInfo"), QStringLiteral("order"),
                                        QStringLiteral("operate"),  QStringLiteral("position"),
                                        QStringLiteral("rated"),    QStringLiteral("share")};
    return streams;
}

} // namespace

std::optional<Notice> NoticeParser::parse(const QByteArray &body, const QString &companyId, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (document.isNull()) {
        *error = tr("the notice is not valid JSON: %1 at byte %2")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = tr("the notice must be a JSON object");
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    Notice notice;
    notice.body = body;

    notice.companyId = object.value(QStringLiteral("CompanyId")).toString();
    if (notice.companyId.isEmpty())
        notice.companyId = companyId;
    if (notice.companyId != companyId) {
        *error = tr("CompanyId \"%1\" does not match the credential, which belongs to \"%2\"")
                     .arg(notice.companyId, companyId);
        return std::nullopt;
    }

    const QString kind = object.value(QStringLiteral("Kind")).toString();
    if (!parseNoticeKind(kind, &notice.kind)) {
        *error =
            tr("Kind \"%1\" is not one of planned_stop, incident, restoration, written_report").arg(kind);
        return std::nullopt;
    }

    auto readTime = [&](const QString &field, qint64 *out) -> bool {
        const QJsonValue value = object.value(field);
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isDouble()) {
            *error = tr("%1 must be a number YYYYMMDDhhmmss").arg(field);
            return false;
        }
        const auto seconds = SpecTime::fromDateTime(qint64(value.toDouble()));
        if (!seconds) {
            *error = tr("%1: %2 is not a real date and time (YYYYMMDDhhmmss)")
                         .arg(field, QString::number(qint64(value.toDouble())));
            return false;
        }
        *out = *seconds;
        return true;
    };
    if (!readTime(QStringLiteral("StartTime"), &notice.startsAt) ||
        !readTime(QStringLiteral("EndTime"), &notice.endsAt))
        return std::nullopt;

    // Art. 11: a planned stop states when it starts and ends; Art. 12: an incident when it began.
    if ((notice.kind == NoticeKind::PlannedStop || notice.kind == NoticeKind::Incident) &&
        notice.startsAt == 0) {
        *error = tr("StartTime is required for a %1 notice").arg(kind);
        return std::nullopt;
    }
    if (notice.kind == NoticeKind::PlannedStop && notice.endsAt == 0) {
        *error = tr("EndTime is required for a planned_stop notice");
        return std::nullopt;
    }
    if (notice.endsAt != 0 && notice.startsAt != 0 && notice.endsAt <= notice.startsAt) {
        *error = tr("EndTime must be after StartTime");
        return std::nullopt;
    }

    const QJsonValue streams = object.value(QStringLiteral("Streams"));
    if (!streams.isUndefined()) {
        if (!streams.isArray()) {
            *error = tr("Streams must be an array such as [\"position\",\"order\"]");
            return std::nullopt;
        }
        for (const QJsonValue &s : streams.toArray()) {
            const QString name = s.toString();
            if (!knownStreams().contains(name)) {
                *error = tr("Streams: \"%1\" is not one of %2")
                             .arg(name, knownStreams().join(QStringLiteral(", ")));
                return std::nullopt;
            }
            notice.streams.append(name);
        }
    }
    if (notice.streams.isEmpty())
        notice.streams = knownStreams();

    notice.reason = object.value(QStringLiteral("Reason")).toString();
    notice.contact = object.value(QStringLiteral("Contact")).toString();
    if (notice.reason.size() > 1024 || notice.contact.size() > 256) {
        *error = tr("Reason may hold 1024 characters and Contact 256");
        return std::nullopt;
    }
    notice.reference = referenceOf(object);
    return notice;
}

QString NoticeParser::referenceOf(const QJsonObject &notice)
{
    const QJsonValue reference = notice.value(QStringLiteral("Reference"));
    if (reference.isUndefined())
        return {};
    return reference.isDouble() ? QString::number(qint64(reference.toDouble())) : reference.toString();
}

} // namespace rw
