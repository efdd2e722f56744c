#include "auditlogpage.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace rw {

std::optional<AuditEntry> AuditLogPage::entryFromJson(const QJsonObject &json, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<AuditEntry> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    AuditEntry entry;
    const QJsonValue seq = json.value(QStringLiteral("seq"));
    entry.seq = seq.isDouble() ? qint64(seq.toDouble()) : 0;
    if (entry.seq <= 0)
        return fail(tr("an audit entry without a positive \"seq\" (%1)").arg(seq.toVariant().toString()));
    const QJsonValue at = json.value(QStringLiteral("at"));
    if (at.isDouble())
        entry.at = QDateTime::fromMSecsSinceEpoch(qint64(at.toDouble()), Qt::UTC);
    else
        entry.at = QDateTime::fromString(at.toString(), Qt::ISODateWithMs).toUTC();
    if (!entry.at.isValid())
        return fail(
            tr("audit entry #%1: \"at\" is not a time (%2)").arg(entry.seq).arg(at.toVariant().toString()));
    const QString outcomeKey = json.value(QStringLiteral("outcome")).toString();
    const auto outcome = AuditEntry::outcomeFromKey(outcomeKey);
    if (!outcome)
        return fail(tr("audit entry #%1: \"%2\" is not an outcome (success, failure, denied)")
                        .arg(entry.seq)
                        .arg(outcomeKey));
    entry.outcome = *outcome;
    entry.actor = json.value(QStringLiteral("actor")).toString();
    entry.role = json.value(QStringLiteral("role")).toString();
    entry.peer = json.value(QStringLiteral("peer")).toString();
    entry.action = json.value(QStringLiteral("action")).toString();
    entry.target = json.value(QStringLiteral("target")).toString();
    const QJsonValue detail = json.value(QStringLiteral("detail"));
    if (detail.isObject())
        entry.setDetail(detail.toObject());
    else if (detail.isString()) // the stored bytes, if a platform sends them as they are
        entry.detailJson = detail.toString().toUtf8();
    return entry;
}

std::optional<AuditLogPage> AuditLogPage::fromJson(const QJsonObject &json, QString *error)
{
    const QJsonValue entries = json.value(QStringLiteral("entries"));
    if (!entries.isArray()) {
        if (error)
            *error = tr("the platform's answer has no \"entries\" list");
        return std::nullopt;
    }
    AuditLogPage page;
    for (const QJsonValue &value : entries.toArray()) {
        const auto entry = entryFromJson(value.toObject(), error);
        if (!entry)
            return std::nullopt;
        page.entries.append(*entry);
    }
    const QJsonValue next = json.value(QStringLiteral("nextBefore"));
    page.nextBefore = next.isDouble() ? qMax<qint64>(0, qint64(next.toDouble())) : 0;
    return page;
}

} // namespace rw
