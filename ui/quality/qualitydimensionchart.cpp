#include "qualitydimensionchart.h"

#include "qualitytrendchart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>

namespace rw {

QualityDimensionChart::QualityDimensionChart(QWidget *parent)
    : QChartView(new QChart, parent)
    , m_x(new QBarCategoryAxis)
    , m_y(new QValueAxis)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(360, 240);
    QChart *c = chart();
    c->legend()->setAlignment(Qt::AlignBottom);
    c->setMargins(QMargins(4, 4, 4, 4));
    m_y->setRange(0, 100);
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    m_y->setTitleText(tr("Rate (%)"));
    c->addAxis(m_x, Qt::AlignBottom);
    c->addAxis(m_y, Qt::AlignLeft);
    rebuild();
}

void QualityDimensionChart::setSheet(const QualityScoreSheet &sheet)
{
    m_sheet = sheet;
    if (!m_company.isEmpty() && !m_sheet.company(m_company))
        m_company.clear();
    rebuild();
}

void QualityDimensionChart::setCompany(const QString &companyId)
{
    m_company = companyId;
    rebuild();
}

void QualityDimensionChart::clear()
{
    m_sheet = {};
    m_company.clear();
    rebuild();
}

void QualityDimensionChart::rebuild()
{
    QChart *c = chart();
    c->removeAllSeries();
    m_x->clear();
    auto *series = new QBarSeries;
    double low = 100;
    bool any = false;
    const auto note = [&](std::optional<double> rate) {
        if (rate) {
            low = std::min(low, *rate * 100.0);
            any = true;
        }
        return rate ? *rate * 100.0 : 0.0;
    };
    const auto company = m_company.isEmpty() ? std::nullopt : m_sheet.company(m_company);
    if (company) {
        // One company against the region: groups are the dimensions.
        QStringList categories;
        for (QualityDimension d : kQualityDimensions)
            categories << QualityDimensions::title(d);
        m_x->append(categories);
        m_x->setTitleText(tr("Dimension (seed 000 Art. 15)"));
        auto *own = new QBarSet(company->name.isEmpty() ? company->companyId : company->name);
        auto *region = new QBarSet(m_sheet.region.isEmpty() ? tr("Average of all companies")
                                                            : tr("Region %1 average").arg(m_sheet.region));
        for (QualityDimension d : kQualityDimensions) {
            own->append(note(company->figures.rate(d)));
            region->append(note(m_sheet.regionRate(d)));
        }
        series->append(own);
        series->append(region);
        c->setTitle(tr("%1 against the region, %2").arg(company->displayName(), m_sheet.period.key()));
    } else {
        QStringList categories;
        for (const QualityScoreSheet::Company &co : m_sheet.companies)
            categories << (co.name.isEmpty() ? co.companyId : co.name);
        m_x->append(categories);
        m_x->setTitleText(tr("Company"));
        for (QualityDimension d : kQualityDimensions) {
            auto *set = new QBarSet(QualityDimensions::title(d));
            for (const QualityScoreSheet::Company &co : m_sheet.companies)
                set->append(note(co.figures.rate(d)));
            series->append(set);
        }
        c->setTitle(m_sheet.companies.isEmpty() ? tr("Dimensions by company")
                                                : tr("Dimensions by company, %1").arg(m_sheet.period.key()));
    }
    c->addSeries(series);
    series->attachAxis(m_x);
    series->attachAxis(m_y);
    QualityTrendChart::fitPercentAxis(m_y, any ? std::optional<double>(low) : std::nullopt);
}

} // namespace rw
