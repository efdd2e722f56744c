#include "qualitytrend.h"

using namespace Qt::StringLiterals;

namespace rw {

std::optional<QualityTrend> QualityTrend::fromJson(const QJsonObject &json, QString *error)
{
    QualityJsonReader reader(json, {});
    QualityTrend trend;
    trend.year = int(reader.integer(u"year"_s, 1970, true));
    trend.region = reader.string(u"region"_s);
    trend.modelVersion = reader.string(u"modelVersion"_s);
    const QJsonArray companies = reader.array(u"companies"_s, true);
    for (qsizetype i = 0; i < companies.size() && reader.ok(); ++i) {
        QualityJsonReader item(companies.at(i).toObject(), reader.itemPath(u"companies"_s, i));
        if (!companies.at(i).isObject()) {
            reader.fail(
                u"companies"_s,
                tr("item %1 is %2, not an object").arg(i).arg(QualityJsonReader::quote(companies.at(i))));
            break;
        }
        Company c;
        c.companyId = item.requiredString(u"companyId"_s);
        c.name = item.string(u"name"_s);
        const QJsonArray months = item.array(u"months"_s, true);
        if (item.ok() && months.size() != 12)
            item.fail(u"months"_s, tr("has %1 entries; a year has 12").arg(months.size()));
        for (qsizetype m = 0; m < months.size() && item.ok(); ++m) {
            QualityJsonReader month(months.at(m).toObject(), item.itemPath(u"months"_s, m));
            if (!months.at(m).isObject()) {
                item.fail(
                    u"months"_s,
                    tr("item %1 is %2, not an object").arg(m).arg(QualityJsonReader::quote(months.at(m))));
                break;
            }
            Month entry;
            entry.period = month.period(u"period"_s);
            if (month.ok() && entry.period != QualityPeriod::ofMonth(trend.year, int(m) + 1))
                month.fail(
                    u"period"_s,
                    tr("\"%1\" is not month %2 of %3").arg(entry.period.key()).arg(m + 1).arg(trend.year));
            entry.figures = QualityFigures::read(month);
            item.adopt(month);
            c.months.append(entry);
        }
        reader.adopt(item);
        trend.companies.append(c);
    }
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    return trend;
}

} // namespace rw
