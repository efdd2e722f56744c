#include "auditquery.h"

namespace rw {

namespace {

// SQLite's LIKE folds the case of ASCII letters only; matches() must select what LIKE selects.
QString asciiLower(const QString &text)
{
    QString result = text;
    for (QChar &c : result) {
        if (c.unicode() >= 'A' && c.unicode() <= 'Z')
            c = QChar(c.unicode() + ('a' - 'A'));
    }
    return result;
}

} // namespace

QStringList AuditQuery::validate() const
{
    QStringList problems;
    if (limit < 1 || limit > MaxLimit)
        problems.append(tr("limit is %1, outside the allowed range 1 to %2").arg(limit).arg(MaxLimit));
    if (from.isValid() && to.isValid() && from > to)
        problems.append(
            tr("from %1 is later than to %2")
                .arg(from.toUTC().toString(Qt::ISODateWithMs), to.toUTC().toString(Qt::ISODateWithMs)));
    if (beforeSeq < 0)
        problems.append(tr("before is %1; a sequence number is 1 or more").arg(beforeSeq));
    if (afterSeq < 0)
        problems.append(tr("after is %1; a sequence number is 0 or more").arg(afterSeq));
    return problems;
}

bool AuditQuery::matches(const AuditEntry &entry) const
{
    if (from.isValid() && entry.at < from)
        return false;
    if (to.isValid() && entry.at >= to)
        return false;
    if (!actor.isEmpty() && entry.actor != actor)
        return false;
    if (!action.isEmpty()) {
        if (actionIsPrefix() ? !entry.action.startsWith(actionPrefix()) : entry.action != action)
            return false;
    }
    if (outcome && entry.outcome != *outcome)
        return false;
    if (!text.isEmpty()) {
        const QString needle = asciiLower(text);
        if (!asciiLower(entry.target).contains(needle) && !asciiLower(entry.peer).contains(needle))
            return false;
    }
    if (beforeSeq > 0 && entry.seq >= beforeSeq)
        return false;
    if (afterSeq > 0 && entry.seq <= afterSeq)
        return false;
    return true;
}

QJsonObject AuditQuery::filtersJson() const
{
    QJsonObject json;
    if (from.isValid())
        json.insert(QStringLiteral("from"), from.toUTC().toString(Qt::ISODateWithMs));
    if (to.isValid())
        json.insert(QStringLiteral("to"), to.toUTC().toString(Qt::ISODateWithMs));
    if (!actor.isEmpty())
        json.insert(QStringLiteral("actor"), actor);
    if (!action.isEmpty())
        json.insert(QStringLiteral("action"), action);
    if (outcome)
        json.insert(QStringLiteral("outcome"), AuditEntry::outcomeKey(*outcome));
    if (!text.isEmpty())
        json.insert(QStringLiteral("text"), text);
    if (beforeSeq > 0)
        json.insert(QStringLiteral("before"), beforeSeq);
    return json;
}

} // namespace rw
