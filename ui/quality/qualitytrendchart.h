#pragma once

#include "quality/qualitytrend.h"

#include <QChartView>

class QValueAxis;

namespace rw {

/**
 * \brief The year's trend as a line chart (Qt Charts): one line per company over the CST months
 * (seed 000 Art. 17), of the score or of one measure (a dimension's rate, the order compliance), in percent;
 * axes titled, a legend naming the companies. A month without a value is left out of its line (the line joins
 * the months on either side; its points are drawn so gaps show).
 */
class QualityTrendChart : public QChartView
{
    Q_OBJECT

public:
    /** What the lines show. */
    enum class Measure { Score, Completeness, Conformance, Timeliness, Authenticity, OrderCompliance };
    Q_ENUM(Measure)

    explicit QualityTrendChart(QWidget *parent = nullptr);

    void setTrend(const QualityTrend &trend);
    void setMeasure(Measure measure);
    void clear();
    Measure measure() const { return m_measure; }
    const QualityTrend &trend() const { return m_trend; }

    /** Translated, e.g. "Score", "Timeliness (%)". */
    static QString measureTitle(Measure measure);
    /** The value of \a measure in \a figures (percent, or the score 0..100), or nothing. */
    static std::optional<double> valueOf(const QualityFigures &figures, Measure measure);

    /**
     * Fits a 0..100 axis to values whose lowest is \a lowest: from the next ten below it (scores cluster near
     * the top), ticks every 5 or 10 so the labels are round numbers; 0..100 when nothing is measured.
     */
    static void fitPercentAxis(QValueAxis *axis, std::optional<double> lowest);

    QValueAxis *monthAxis() const { return m_x; }
    QValueAxis *valueAxis() const { return m_y; }

private:
    void rebuild();

    QualityTrend m_trend;
    Measure m_measure = Measure::Score;
    QValueAxis *m_x;
    QValueAxis *m_y;
};

} // namespace rw
