#include "auditchainreport.h"

namespace rw {

QString AuditChainReport::problemName(const QString &problem)
{
    if (problem == QLatin1String("modified"))
        return tr("modified");
    if (problem == QLatin1String("deleted"))
        return tr("entries before it deleted");
    if (problem == QLatin1String("reordered"))
        return tr("out of order");
    if (problem == QLatin1String("inserted"))
        return tr("inserted");
    if (problem == QLatin1String("truncated"))
        return tr("entries at the end deleted");
    if (problem == QLatin1String("unreadable"))
        return tr("unreadable");
    return problem;
}

std::optional<AuditChainReport> AuditChainReport::fromJson(const QJsonObject &json, QString *error)
{
    const QJsonValue ok = json.value(QStringLiteral("ok"));
    if (!ok.isBool()) {
        if (error)
            *error = tr("the platform's verification has no \"ok\" (true or false)");
        return std::nullopt;
    }
    AuditChainReport report;
    report.ok = ok.toBool();
    report.checked = qint64(json.value(QStringLiteral("checked")).toDouble());
    report.lastSeq = qint64(json.value(QStringLiteral("lastSeq")).toDouble());
    const QJsonObject broken = json.value(QStringLiteral("firstBroken")).toObject();
    report.brokenSeq = qint64(broken.value(QStringLiteral("seq")).toDouble());
    report.problem = broken.value(QStringLiteral("problem")).toString();
    report.message = broken.value(QStringLiteral("message")).toString();
    if (!report.ok && report.brokenSeq <= 0 && report.message.isEmpty()) {
        if (error)
            *error = tr("the platform reports a broken audit chain without saying where (\"firstBroken\")");
        return std::nullopt;
    }
    return report;
}

} // namespace rw
