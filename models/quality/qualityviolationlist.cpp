#include "qualityviolationlist.h"

#include "qualityjsonreader.h"

using namespace Qt::StringLiterals;

namespace rw {

qint64 QualityViolationList::totalViolations() const
{
    qint64 total = 0;
    for (const Rule &r : rules)
        total += r.violations;
    return total;
}

std::optional<QualityViolationList> QualityViolationList::fromJson(const QJsonObject &json, QString *error)
{
    QualityJsonReader reader(json, {});
    QualityViolationList list;
    list.companyId = reader.requiredString(u"companyId"_s);
    list.period = reader.period(u"period"_s);
    list.modelVersion = reader.string(u"modelVersion"_s);
    const QJsonArray rules = reader.array(u"rules"_s, true);
    for (qsizetype i = 0; i < rules.size() && reader.ok(); ++i) {
        if (!rules.at(i).isObject()) {
            reader.fail(u"rules"_s,
                        tr("item %1 is %2, not an object").arg(i).arg(QualityJsonReader::quote(rules.at(i))));
            break;
        }
        QualityJsonReader item(rules.at(i).toObject(), reader.itemPath(u"rules"_s, i));
        Rule rule;
        rule.ruleId = item.requiredString(u"ruleId"_s);
        const QString dimension = item.string(u"dimension"_s);
        if (!dimension.isEmpty()) {
            rule.dimension = QualityDimensions::fromKey(dimension);
            if (!rule.dimension)
                item.fail(
                    u"dimension"_s,
                    tr("\"%1\" is not completeness, conformance, timeliness or authenticity").arg(dimension));
        }
        rule.article = item.string(u"article"_s);
        rule.description = item.string(u"description"_s);
        rule.violations = item.integer(u"violations"_s, 0, true);
        const QJsonObject byInterface = item.object(u"byInterface"_s);
        QualityJsonReader counts(byInterface, item.pathOf(u"byInterface"_s));
        for (auto it = byInterface.begin(); it != byInterface.end(); ++it)
            rule.byInterface.insert(it.key(), counts.integer(it.key()));
        item.adopt(counts);
        const QJsonArray samples = item.array(u"samples"_s);
        for (qsizetype s = 0; s < samples.size() && item.ok(); ++s) {
            if (!samples.at(s).isObject()) {
                item.fail(
                    u"samples"_s,
                    tr("item %1 is %2, not an object").arg(s).arg(QualityJsonReader::quote(samples.at(s))));
                break;
            }
            QualityJsonReader one(samples.at(s).toObject(), item.itemPath(u"samples"_s, s));
            Sample sample;
            sample.ipcType = one.requiredString(u"ipcType"_s);
            sample.source = one.string(u"source"_s);
            if (sample.source.isEmpty())
                sample.source = u"record"_s;
            if (one.ok() && sample.source != u"record"_s && sample.source != u"quarantine"_s)
                one.fail(u"source"_s, tr("\"%1\" is neither record nor quarantine").arg(sample.source));
            sample.rowId = one.integer(u"rowId"_s);
            sample.recordKey = one.string(u"recordKey"_s);
            const qint64 received = one.integer(u"receivedAt"_s);
            sample.receivedAt =
                received > 0 ? QDateTime::fromMSecsSinceEpoch(received, Qt::UTC) : QDateTime();
            sample.path = one.string(u"path"_s);
            // Only the platform's own quality routes: the console never follows a path elsewhere.
            if (one.ok() && !sample.path.isEmpty() && !sample.path.startsWith(u"/api/v1/quality/"_s))
                one.fail(u"path"_s, tr("\"%1\" is not under /api/v1/quality/").arg(sample.path));
            item.adopt(one);
            rule.samples.append(sample);
        }
        reader.adopt(item);
        list.rules.append(rule);
    }
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    return list;
}

} // namespace rw
