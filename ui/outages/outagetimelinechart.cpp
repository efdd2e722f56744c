#include "outagetimelinechart.h"

#include "outages/outagereport.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

namespace rw {

namespace {

constexpr double kDayMs = 24.0 * 60 * 60 * 1000;
constexpr int kMaxBars = 400; // a chart of thousands of series is unreadable and slow; the list has them all

} // namespace

OutageTimelineChart::OutageTimelineChart(QWidget *parent)
    : QChartView(new QChart, parent)
    , m_x(new QValueAxis)
    , m_y(new QCategoryAxis)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(360, 200);
    QChart *c = chart();
    c->legend()->setAlignment(Qt::AlignBottom);
    c->setMargins(QMargins(4, 4, 4, 4));
    m_x->setLabelFormat(QStringLiteral("%d"));
    m_y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    c->addAxis(m_x, Qt::AlignBottom);
    c->addAxis(m_y, Qt::AlignLeft);
    rebuild();
}

void OutageTimelineChart::setMonth(int year, int month, qint64 nowMs)
{
    m_year = year;
    m_month = month;
    const auto [from, to] = OutageReport::monthRange(year, month);
    m_fromMs = from;
    m_toMs = to;
    m_nowMs = nowMs;
    rebuild();
}

void OutageTimelineChart::setData(const QList<OutageRecord> &outages, const QList<NoticeRecord> &notices)
{
    m_outages = outages;
    m_notices = notices;
    rebuild();
}

void OutageTimelineChart::clear()
{
    m_outages.clear();
    m_notices.clear();
    rebuild();
}

double OutageTimelineChart::dayOf(qint64 ms) const
{
    return 1.0 + double(ms - m_fromMs) / kDayMs;
}

bool OutageTimelineChart::addBar(qint64 fromMs, qint64 toMs, double low, double high, const QColor &colour,
                                 const QString &name, bool showInLegend)
{
    if (m_toMs <= m_fromMs || toMs <= m_fromMs || fromMs >= m_toMs)
        return false;
    const double x0 = dayOf(std::max(fromMs, m_fromMs));
    // At least 1/300 of the axis wide (2.4 h of a month), so a short gap still shows at a month's scale.
    const double x1 = std::max(dayOf(std::min(toMs, m_toMs)), x0 + (m_x->max() - m_x->min()) / 300.0);
    auto *upper = new QLineSeries;
    auto *lower = new QLineSeries;
    upper->append(x0, high);
    upper->append(x1, high);
    lower->append(x0, low);
    lower->append(x1, low);
    auto *area = new QAreaSeries(upper, lower);
    upper->setParent(area);
    lower->setParent(area);
    area->setName(name);
    area->setColor(colour);
    area->setBorderColor(colour.darker(130));
    chart()->addSeries(area);
    area->attachAxis(m_x);
    area->attachAxis(m_y);
    for (QLegendMarker *marker : chart()->legend()->markers(area))
        marker->setVisible(showInLegend);
    return true;
}

void OutageTimelineChart::rebuild()
{
    QChart *c = chart();
    c->removeAllSeries();
    m_gaps = 0;
    m_windows = 0;
    const QString month =
        m_year > 0 ? QStringLiteral("%1-%2").arg(m_year).arg(m_month, 2, 10, QLatin1Char('0')) : QString();
    c->setTitle(month.isEmpty() ? tr("Outages and announced windows")
                                : tr("Outages and announced windows, %1").arg(month));
    m_x->setTitleText(month.isEmpty() ? tr("Day of the month (China Standard Time)")
                                      : tr("Day of %1 (China Standard Time)").arg(month));
    m_y->setTitleText(tr("Company"));
    const int days = m_toMs > m_fromMs ? int(std::lround(double(m_toMs - m_fromMs) / kDayMs)) : 30;
    m_x->setRange(1, days + 1);
    m_x->setTickType(QValueAxis::TicksDynamic);
    m_x->setTickAnchor(1);
    m_x->setTickInterval(days > 20 ? 5 : 2);

    // One lane per company: of the outages and of the notices, in name order.
    QMap<QString, QString> names; // id → display
    for (const OutageRecord &o : std::as_const(m_outages))
        names.insert(o.companyId, o.displayCompany());
    for (const NoticeRecord &n : std::as_const(m_notices)) {
        if (!names.contains(n.companyId))
            names.insert(n.companyId, n.companyId);
    }
    QStringList ids = names.keys();
    std::sort(ids.begin(), ids.end(),
              [&names](const QString &a, const QString &b) { return names.value(a) < names.value(b); });
    m_lanes.clear();
    for (const QString &id : std::as_const(ids))
        m_lanes << names.value(id);
    for (const QString &label : m_y->categoriesLabels())
        m_y->remove(label);
    for (int i = 0; i < ids.size(); ++i)
        m_y->append(m_lanes.at(i), i);
    m_y->setStartValue(-0.5);
    m_y->setRange(-0.5, std::max<double>(0.5, double(ids.size()) - 0.5));

    const qint64 now = m_nowMs > 0 ? m_nowMs : m_toMs;
    bool legendGap = true, legendPlanned = true, legendIncident = true;
    int bars = 0;
    for (const OutageRecord &o : std::as_const(m_outages)) {
        if (bars >= kMaxBars)
            break;
        const int lane = int(ids.indexOf(o.companyId));
        if (addBar(o.startedAtMs, o.shownEndMs(), lane - 0.4, lane - 0.02, QColor(0xd3, 0x2f, 0x2f),
                   tr("Detected gap"), legendGap)) {
            legendGap = false;
            ++m_gaps;
            ++bars;
        }
    }
    for (const NoticeRecord &n : std::as_const(m_notices)) {
        if (bars >= kMaxBars)
            break;
        if (n.kind != NoticeKind::PlannedStop && n.kind != NoticeKind::Incident)
            continue;
        if (n.startsAtMs <= 0)
            continue;
        const int lane = int(ids.indexOf(n.companyId));
        const bool planned = n.kind == NoticeKind::PlannedStop;
        const qint64 end = n.endsAtMs > 0 ? n.endsAtMs : now;
        if (addBar(n.startsAtMs, end, planned ? lane + 0.02 : lane + 0.22, planned ? lane + 0.2 : lane + 0.4,
                   planned ? QColor(0x42, 0x85, 0xf4) : QColor(0xf5, 0x9e, 0x0b),
                   planned ? tr("Planned stop announced (Art. 11)") : tr("Incident notified (Art. 12)"),
                   planned ? legendPlanned : legendIncident)) {
            (planned ? legendPlanned : legendIncident) = false;
            ++m_windows;
            ++bars;
        }
    }
}

} // namespace rw
