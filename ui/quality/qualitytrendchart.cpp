#include "qualitytrendchart.h"

#include <QChart>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace rw {

QualityTrendChart::QualityTrendChart(QWidget *parent)
    : QChartView(new QChart, parent)
    , m_x(new QValueAxis)
    , m_y(new QValueAxis)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(360, 240);
    QChart *c = chart();
    c->legend()->setAlignment(Qt::AlignBottom);
    c->setMargins(QMargins(4, 4, 4, 4));
    m_x->setRange(1, 12);
    m_x->setTickCount(12);
    m_x->setLabelFormat(QStringLiteral("%d"));
    m_y->setRange(0, 100);
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    c->addAxis(m_x, Qt::AlignBottom);
    c->addAxis(m_y, Qt::AlignLeft);
    rebuild();
}

QString QualityTrendChart::measureTitle(Measure measure)
{
    switch (measure) {
    case Measure::Score:
        return tr("Score");
    case Measure::Completeness:
        return tr("Completeness (%)");
    case Measure::Conformance:
        return tr("Conformance (%)");
    case Measure::Timeliness:
        return tr("Timeliness (%)");
    case Measure::Authenticity:
        return tr("Authenticity (%)");
    case Measure::OrderCompliance:
        return tr("Order compliance (%)");
    }
    return {};
}

std::optional<double> QualityTrendChart::valueOf(const QualityFigures &f, Measure measure)
{
    const auto percent = [](std::optional<double> rate) {
        return rate ? std::optional<double>(*rate * 100.0) : std::nullopt;
    };
    switch (measure) {
    case Measure::Score:
        return f.score;
    case Measure::Completeness:
        return percent(f.rate(QualityDimension::Completeness));
    case Measure::Conformance:
        return percent(f.rate(QualityDimension::Conformance));
    case Measure::Timeliness:
        return percent(f.rate(QualityDimension::Timeliness));
    case Measure::Authenticity:
        return percent(f.rate(QualityDimension::Authenticity));
    case Measure::OrderCompliance:
        return percent(f.orderCompliance.rate);
    }
    return std::nullopt;
}

void QualityTrendChart::setTrend(const QualityTrend &trend)
{
    m_trend = trend;
    rebuild();
}

void QualityTrendChart::setMeasure(Measure measure)
{
    if (measure == m_measure)
        return;
    m_measure = measure;
    rebuild();
}

void QualityTrendChart::clear()
{
    m_trend = {};
    rebuild();
}

void QualityTrendChart::rebuild()
{
    QChart *c = chart();
    c->removeAllSeries();
    c->setTitle(m_trend.year > 0 ? tr("%1 by month, %2").arg(measureTitle(m_measure)).arg(m_trend.year)
                                 : tr("%1 by month").arg(measureTitle(m_measure)));
    m_x->setTitleText(m_trend.year > 0 ? tr("Month of %1 (China Standard Time)").arg(m_trend.year)
                                       : tr("Month (China Standard Time)"));
    m_y->setTitleText(measureTitle(m_measure));
    double low = 100;
    bool any = false;
    for (const QualityTrend::Company &company : m_trend.companies) {
        auto *series = new QLineSeries;
        series->setName(company.name.isEmpty() ? company.companyId : company.name);
        series->setPointsVisible(true);
        for (int m = 0; m < company.months.size(); ++m) {
            if (const auto value = valueOf(company.months.at(m).figures, m_measure)) {
                series->append(m + 1, *value);
                low = std::min(low, *value);
                any = true;
            }
        }
        c->addSeries(series);
        series->attachAxis(m_x);
        series->attachAxis(m_y);
    }
    fitPercentAxis(m_y, any ? std::optional<double>(low) : std::nullopt);
}

void QualityTrendChart::fitPercentAxis(QValueAxis *axis, std::optional<double> lowest)
{
    double from = 0;
    if (lowest)
        from = std::clamp(std::floor(*lowest / 10.0) * 10.0 - 10.0, 0.0, 90.0);
    const double step = 100.0 - from > 50.0 ? 10.0 : 5.0;
    axis->setRange(from, 100.0);
    axis->setTickCount(int((100.0 - from) / step) + 1);
}

} // namespace rw
