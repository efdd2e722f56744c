#include "auditquery.h"

#include <QUrl>

namespace rw {

QUrlQuery AuditQuery::toUrlQuery(bool paging) const
{
    QUrlQuery query;
    const auto add = [&query](const QString &key, const QString &value) {
        // Encode '+' and the like ourselves: QUrlQuery leaves them, and a server reads '+' as a space.
        if (!value.isEmpty())
            query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    if (from.isValid())
        add(QStringLiteral("from"), from.toUTC().toString(Qt::ISODateWithMs));
    if (to.isValid())
        add(QStringLiteral("to"), to.toUTC().toString(Qt::ISODateWithMs));
    add(QStringLiteral("actor"), actor.trimmed());
    add(QStringLiteral("action"), action.trimmed());
    if (outcome)
        add(QStringLiteral("outcome"), AuditEntry::outcomeKey(*outcome));
    add(QStringLiteral("text"), text.trimmed());
    if (paging) {
        if (before > 0)
            add(QStringLiteral("before"), QString::number(before));
        add(QStringLiteral("limit"), QString::number(qBound(1, limit, MaximumLimit)));
    }
    return query;
}

} // namespace rw
