#pragma once

#include "quality/qualityscoresheet.h"

#include <QChartView>

class QBarCategoryAxis;
class QValueAxis;

namespace rw {

/**
 * \brief The four dimensions (seed 000 Art. 15 (一)–(四)) side by side as grouped bars (Qt Charts): either
 * every company of the sheet — one group per company, one bar per dimension — or one company against the
 * region's average (records weigh: Σ passed ÷ Σ checked over the region's companies). Rates in percent;
 * an unmeasured rate has no bar
 * (the table says "—").
 */
class QualityDimensionChart : public QChartView
{
    Q_OBJECT

public:
    explicit QualityDimensionChart(QWidget *parent = nullptr);

    void setSheet(const QualityScoreSheet &sheet);
    /** Compares \a companyId with the region's average; empty: every company. */
    void setCompany(const QString &companyId);
    void clear();
    QString company() const { return m_company; }

    QBarCategoryAxis *categoryAxis() const { return m_x; }
    QValueAxis *valueAxis() const { return m_y; }

private:
    void rebuild();

    QualityScoreSheet m_sheet;
    QString m_company;
    QBarCategoryAxis *m_x;
    QValueAxis *m_y;
};

} // namespace rw
