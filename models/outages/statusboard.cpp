#include "statusboard.h"

#include "quality/qualityjsonreader.h"

using namespace Qt::StringLiterals;

namespace rw {

bool StatusBoard::Company::hasOpenOutage() const
{
    return std::any_of(streams.begin(), streams.end(), [](const Stream &s) { return s.openOutage > 0; });
}

QList<qint64> StatusBoard::openOutages() const
{
    QList<qint64> ids;
    for (const Company &c : companies) {
        for (const Stream &s : c.streams) {
            if (s.openOutage > 0)
                ids.append(s.openOutage);
        }
    }
    return ids;
}

const StatusBoard::Company *StatusBoard::company(const QString &companyId) const
{
    for (const Company &c : companies) {
        if (c.companyId == companyId)
            return &c;
    }
    return nullptr;
}

std::optional<StatusBoard> StatusBoard::fromJson(const QJsonObject &reply, QString *error)
{
    QualityJsonReader r(reply, {});
    StatusBoard board;
    board.atMs = r.integer(u"at"_s, 0, true);
    const QJsonArray companies = r.array(u"companies"_s, true);
    for (qsizetype i = 0; r.ok() && i < companies.size(); ++i) {
        if (!companies.at(i).isObject()) {
            r.fail(u"companies"_s, tr("item %1 is not an object").arg(i));
            break;
        }
        QualityJsonReader cr(companies.at(i).toObject(), r.itemPath(u"companies"_s, i));
        Company c;
        c.companyId = cr.requiredString(u"companyId"_s);
        c.name = cr.string(u"name"_s);
        const QJsonValue suspended = companies.at(i).toObject().value(u"suspended"_s);
        if (!suspended.isBool())
            cr.fail(u"suspended"_s, tr("%1 is not true or false").arg(QualityJsonReader::quote(suspended)));
        c.suspended = suspended.toBool();
        c.suspendReason = cr.string(u"suspendReason"_s);
        const QJsonArray streams = cr.array(u"streams"_s);
        for (qsizetype j = 0; cr.ok() && j < streams.size(); ++j) {
            QualityJsonReader sr(streams.at(j).toObject(), cr.itemPath(u"streams"_s, j));
            if (!streams.at(j).isObject()) {
                cr.fail(u"streams"_s, tr("item %1 is not an object").arg(j));
                break;
            }
            Stream s;
            const QString key = sr.requiredString(u"stream"_s);
            if (sr.ok()) {
                if (const auto stream = OutageStreams::fromKey(key))
                    s.stream = *stream;
                else
                    sr.fail(u"stream"_s,
                            tr("\"%1\" is not baseInfo, order, operate, position, rated or share").arg(key));
            }
            s.lastReceivedAtMs = qint64(sr.nullableNumber(u"lastReceivedAt"_s, 0, 9e15, false).value_or(0));
            s.recordsPerMinute = sr.nullableNumber(u"recordsPerMinute"_s, 0, 1e9, false).value_or(0);
            const QJsonValue active = streams.at(j).toObject().value(u"active"_s);
            if (!active.isUndefined() && !active.isBool())
                sr.fail(u"active"_s, tr("%1 is not true or false").arg(QualityJsonReader::quote(active)));
            s.active = active.toBool();
            s.openOutage = qint64(sr.nullableNumber(u"openOutage"_s, 1, 9e15, false).value_or(0));
            cr.adopt(sr);
            c.streams.append(s);
        }
        r.adopt(cr);
        board.companies.append(c);
    }
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return board;
}

} // namespace rw
