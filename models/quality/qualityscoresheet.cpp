#include "qualityscoresheet.h"

using namespace Qt::StringLiterals;

namespace rw {

QString QualityScoreSheet::Company::displayName() const
{
    return name.isEmpty() ? companyId : tr("%1 (%2)").arg(name, companyId);
}

std::optional<QualityScoreSheet::Company> QualityScoreSheet::company(const QString &companyId) const
{
    for (const Company &c : companies) {
        if (c.companyId == companyId)
            return c;
    }
    return std::nullopt;
}

std::optional<double> QualityScoreSheet::regionRate(QualityDimension d) const
{
    qint64 checked = 0;
    qint64 passed = 0;
    for (const Company &c : companies) {
        checked += c.figures.checked[int(d)];
        passed += c.figures.passed[int(d)];
    }
    return checked > 0 ? std::optional<double>(double(passed) / double(checked)) : std::nullopt;
}

std::optional<double> QualityScoreSheet::regionOrderCompliance() const
{
    qint64 checked = 0;
    qint64 compliant = 0;
    for (const Company &c : companies) {
        checked += c.figures.orderCompliance.checked;
        compliant += c.figures.orderCompliance.compliant;
    }
    return checked > 0 ? std::optional<double>(double(compliant) / double(checked)) : std::nullopt;
}

std::optional<QualityScoreSheet> QualityScoreSheet::fromJson(const QJsonObject &json, QString *error)
{
    QualityJsonReader reader(json, {});
    QualityScoreSheet sheet;
    sheet.period = reader.period(u"period"_s);
    const QString kind = reader.requiredString(u"kind"_s);
    if (reader.ok()) {
        const bool month = sheet.period.span == QualityPeriod::Span::Month;
        if (kind != (month ? u"month"_s : u"year"_s))
            reader.fail(u"kind"_s, tr("\"%1\" does not match the period %2, a %3")
                                       .arg(kind, sheet.period.key(), month ? tr("month") : tr("year")));
    }
    sheet.region = reader.string(u"region"_s);
    sheet.modelVersion = reader.string(u"modelVersion"_s);
    {
        QualityJsonReader review(reader.object(u"review"_s, true), reader.pathOf(u"review"_s));
        if (reader.ok())
            sheet.review = QualityReviewState::read(review);
        reader.adopt(review);
    }
    const QJsonArray companies = reader.array(u"companies"_s, true);
    for (qsizetype i = 0; i < companies.size() && reader.ok(); ++i) {
        const QString path = reader.itemPath(u"companies"_s, i);
        if (!companies.at(i).isObject()) {
            reader.fail(
                u"companies"_s,
                tr("item %1 is %2, not an object").arg(i).arg(QualityJsonReader::quote(companies.at(i))));
            break;
        }
        QualityJsonReader item(companies.at(i).toObject(), path);
        Company c;
        c.companyId = item.requiredString(u"companyId"_s);
        c.name = item.string(u"name"_s);
        c.rank = int(item.integer(u"rank"_s, 1, true));
        c.figures = QualityFigures::read(item);
        reader.adopt(item);
        sheet.companies.append(c);
    }
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    return sheet;
}

} // namespace rw
