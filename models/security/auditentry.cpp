#include "auditentry.h"

#include <QJsonDocument>
#include <QtEndian>

namespace rw {

namespace {

void appendField(QByteArray &out, const QByteArray &bytes)
{
    char length[4];
    qToBigEndian<quint32>(quint32(bytes.size()), length);
    out.append(length, 4);
    out.append(bytes);
}

} // namespace

void AuditEntry::setDetail(const QJsonObject &detail)
{
    detailJson = QJsonDocument(detail).toJson(QJsonDocument::Compact);
}

QJsonObject AuditEntry::detail() const
{
    return QJsonDocument::fromJson(detailJson).object();
}

QByteArray AuditEntry::canonicalBytes() const
{
    QByteArray out;
    out.reserve(64 + actor.size() + role.size() + peer.size() + action.size() + target.size() +
                detailJson.size());
    out.append("rw.audit.v1", 11);
    char time[8];
    qToBigEndian<qint64>(at.toMSecsSinceEpoch(), time);
    appendField(out, QByteArray(time, 8));
    appendField(out, actor.toUtf8());
    appendField(out, role.toUtf8());
    appendField(out, peer.toUtf8());
    appendField(out, action.toUtf8());
    appendField(out, target.toUtf8());
    appendField(out, outcomeKey(outcome).toUtf8());
    appendField(out, detailJson);
    return out;
}

QString AuditEntry::outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Success:
        return QStringLiteral("success");
    case Outcome::Failure:
        return QStringLiteral("failure");
    case Outcome::Denied:
        return QStringLiteral("denied");
    }
    return {};
}

std::optional<AuditEntry::Outcome> AuditEntry::outcomeFromKey(const QString &key)
{
    for (Outcome outcome : {Outcome::Success, Outcome::Failure, Outcome::Denied}) {
        if (outcomeKey(outcome) == key)
            return outcome;
    }
    return std::nullopt;
}

QString AuditEntry::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Success:
        return tr("Success");
    case Outcome::Failure:
        return tr("Failure");
    case Outcome::Denied:
        return tr("Denied");
    }
    return {};
}

} // namespace rw
