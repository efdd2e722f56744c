#include "companysuspensionstate.h"

#include "quality/qualityjsonreader.h"

using namespace Qt::StringLiterals;

namespace rw {

std::optional<CompanySuspensionState> CompanySuspensionState::fromJson(const QJsonObject &reply,
                                                                       QString *error)
{
    QualityJsonReader r(reply, {});
    CompanySuspensionState s;
    s.companyId = r.requiredString(u"companyId"_s);
    s.name = r.string(u"name"_s);
    const QJsonValue suspended = reply.value(u"suspended"_s);
    if (r.ok() && !suspended.isBool())
        r.fail(u"suspended"_s, tr("%1 is not true or false").arg(QualityJsonReader::quote(suspended)));
    s.suspended = suspended.toBool();
    s.reason = r.string(u"reason"_s);
    s.sinceMs = qint64(r.nullableNumber(u"since"_s, 0, 9e15, false).value_or(0));
    s.by = r.string(u"by"_s);
    const QJsonArray history = r.array(u"history"_s);
    for (qsizetype i = 0; r.ok() && i < history.size(); ++i) {
        if (!history.at(i).isObject()) {
            r.fail(u"history"_s, tr("item %1 is not an object").arg(i));
            break;
        }
        QualityJsonReader hr(history.at(i).toObject(), r.itemPath(u"history"_s, i));
        Period p;
        p.suspendedAtMs = hr.integer(u"suspendedAt"_s, 0, true);
        p.suspendedBy = hr.string(u"suspendedBy"_s);
        p.reason = hr.string(u"reason"_s);
        p.restoredAtMs = qint64(hr.nullableNumber(u"restoredAt"_s, 0, 9e15, false).value_or(0));
        p.restoredBy = hr.string(u"restoredBy"_s);
        p.restoreReason = hr.string(u"restoreReason"_s);
        r.adopt(hr);
        s.history.append(p);
    }
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return s;
}

} // namespace rw
