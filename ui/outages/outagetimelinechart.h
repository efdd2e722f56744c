#pragma once

#include "outages/noticerecord.h"
#include "outages/outagerecord.h"

#include <QChartView>

class QAreaSeries;
class QCategoryAxis;
class QValueAxis;

namespace rw {

/**
 * \brief A month's outages per company on a time axis (Qt Charts; seed 000 Art. 11–12, DESIGN §7): each
 * company a lane, its detected gaps as red bars in the lower half, the windows its notices announced —
 * planned stops (Art. 11) blue, incidents (Art. 12) orange above them — in the upper half, so a gap outside
 * its announced window shows at a glance. The x axis is the day of the month in China Standard Time; both
 * axes are titled.
 */
class OutageTimelineChart : public QChartView
{
    Q_OBJECT

public:
    explicit OutageTimelineChart(QWidget *parent = nullptr);

    /** The CST month shown: [\a fromMs, \a toMs); \a nowMs ends open outages and open windows. */
    void setMonth(int year, int month, qint64 nowMs);
    void setData(const QList<OutageRecord> &outages, const QList<NoticeRecord> &notices);
    void clear();

    QValueAxis *timeAxis() const { return m_x; }
    QCategoryAxis *companyAxis() const { return m_y; }
    /** The companies' lanes, bottom up. */
    QStringList lanes() const { return m_lanes; }
    /** Series drawn for detected gaps / announced windows (for tests). */
    int gapCount() const { return m_gaps; }
    int windowCount() const { return m_windows; }

    const QList<OutageRecord> &outages() const { return m_outages; }
    const QList<NoticeRecord> &notices() const { return m_notices; }

private:
    void rebuild();
    /** Adds a bar from \a fromMs to \a toMs between \a low and \a high; false if outside the month. */
    bool addBar(qint64 fromMs, qint64 toMs, double low, double high, const QColor &colour,
                const QString &name, bool showInLegend);
    double dayOf(qint64 ms) const;

    int m_year = 0;
    int m_month = 0;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    qint64 m_nowMs = 0;
    QList<OutageRecord> m_outages;
    QList<NoticeRecord> m_notices;
    QStringList m_lanes;
    int m_gaps = 0;
    int m_windows = 0;
    QValueAxis *m_x;
    QCategoryAxis *m_y;
};

} // namespace rw
