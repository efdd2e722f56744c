#include "outagereport.h"

#include "domain/csvtext.h"

#include <QMap>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace rw {

namespace {

constexpr int ChinaOffsetSeconds = 8 * 3600; // DESIGN §5: China Standard Time

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

QString OutageReport::monthKey() const
{
    return u"%1-%2"_s.arg(year, 4, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0'));
}

QString OutageReport::title() const
{
    return region.isEmpty() ? tr("Transmission outages %1").arg(monthKey())
                            : tr("Transmission outages %1 — region %2").arg(monthKey(), region);
}

QString OutageReport::suggestedFileName(const QString &suffix) const
{
    QString tag;
    for (const QChar c : company.isEmpty() ? region : company) {
        if (c.isLetterOrNumber())
            tag.append(c);
    }
    return tag.isEmpty() ? u"outages-%1.%2"_s.arg(monthKey(), suffix)
                         : u"outages-%1-%2.%3"_s.arg(tag, monthKey(), suffix);
}

std::pair<qint64, qint64> OutageReport::monthRange(int year, int month)
{
    const QTimeZone cst(ChinaOffsetSeconds);
    const QDate first(year, month, 1);
    const qint64 from = QDateTime(first, QTime(0, 0), cst).toMSecsSinceEpoch();
    const qint64 to = QDateTime(first.addMonths(1), QTime(0, 0), cst).toMSecsSinceEpoch();
    return {from, to};
}

QString OutageReport::cstTime(qint64 ms)
{
    if (ms <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(ChinaOffsetSeconds))
        .toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QString OutageReport::percent(std::optional<double> rate)
{
    return rate ? tr("%1 %").arg(*rate * 100.0, 0, 'f', 1) : tr("—");
}

QByteArray OutageReport::toCsv() const
{
    QList<QStringList> rows;
    rows << QStringList{tr("Month"),
                        tr("Outage ID"),
                        tr("Company ID"),
                        tr("Company"),
                        tr("Stream"),
                        tr("Start (CST)"),
                        tr("End (CST)"),
                        tr("Duration (min)"),
                        tr("Records per minute before"),
                        tr("Expected records"),
                        tr("Back-filled records"),
                        tr("Back-fill (%)"),
                        tr("Notice"),
                        tr("Flags")};
    for (const OutageRecord &o : outages) {
        rows << QStringList{monthKey(),
                            QString::number(o.id),
                            o.companyId,
                            o.companyName,
                            OutageStreams::title(o.stream),
                            cstTime(o.startedAtMs),
                            o.isOpen() ? tr("ongoing") : cstTime(o.endedAtMs),
                            QString::number(double(o.durationMs) / 60000.0, 'f', 1),
                            QString::number(o.ratePerMinute, 'f', 1),
                            QString::number(o.expectedRecords),
                            QString::number(o.backfilledRecords),
                            o.backfillRate ? QString::number(*o.backfillRate * 100.0, 'f', 1) : QString(),
                            o.noticeStatus(),
                            o.flags ? o.flagsText() : QString()};
    }
    return CsvText::document(rows);
}

QString OutageReport::toHtml() const
{
    QString html;
    html += u"<html><head><meta charset=\"utf-8\"><title>%1</title></head><body>"_s.arg(esc(title()));
    html += u"<h1>%1</h1>"_s.arg(esc(title()));
    html += u"<table cellspacing=\"0\" cellpadding=\"2\">"_s;
    const auto meta = [&html](const QString &label, const QString &value) {
        html += u"<tr><th align=\"left\">%1</th><td>%2</td></tr>"_s.arg(esc(label), esc(value));
    };
    meta(tr("Month"), tr("%1 (calendar month, China Standard Time)").arg(monthKey()));
    meta(tr("Region"), region.isEmpty() ? tr("all companies in scope") : region);
    if (!company.isEmpty())
        meta(tr("Company"), company);
    const QString when = preparedAt.isValid()
                             ? preparedAt.toOffsetFromUtc(ChinaOffsetSeconds).toString(u"yyyy-MM-dd HH:mm"_s)
                             : QString();
    meta(tr("Prepared"),
         preparedBy.isEmpty() ? tr("%1 (UTC+8)").arg(when) : tr("%1 (UTC+8) by %2").arg(when, preparedBy));
    html += u"</table>"_s;

    // Summary per company.
    struct Sum
    {
        QString name;
        int count = 0;
        int open = 0;
        int flagged = 0;
        qint64 ms = 0;
    };
    QMap<QString, Sum> sums;
    for (const OutageRecord &o : outages) {
        Sum &s = sums[o.companyId];
        s.name = o.displayCompany();
        ++s.count;
        s.open += o.isOpen() ? 1 : 0;
        s.flagged += o.flags ? 1 : 0;
        s.ms += o.durationMs;
    }
    html += u"<h2>%1</h2>"_s.arg(esc(tr("Summary")));
    if (outages.isEmpty()) {
        html += u"<p>%1</p>"_s.arg(esc(tr("No outage was detected in this month.")));
    } else {
        html += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>"_s;
        for (const QString &h :
             {tr("Company"), tr("Outages"), tr("Still open"), tr("Flagged"), tr("Total length")})
            html += u"<th>%1</th>"_s.arg(esc(h));
        html += u"</tr>"_s;
        for (const Sum &s : std::as_const(sums))
            html += u"<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td>"
                    u"<td align=\"right\">%4</td><td align=\"right\">%5</td></tr>"_s.arg(
                        esc(s.name), QString::number(s.count), QString::number(s.open),
                        QString::number(s.flagged), esc(OutageRecord::durationText(s.ms)));
        html += u"</table>"_s;
    }
    if (!timelineImage.isEmpty()) {
        html += u"<h2>%1</h2>"_s.arg(esc(tr("Timeline")));
        html += u"<p><img src=\"%1\" width=\"660\"></p>"_s.arg(esc(timelineImage));
        if (!timelineCaption.isEmpty())
            html += u"<p><i>%1</i></p>"_s.arg(esc(timelineCaption));
    }
    if (!outages.isEmpty()) {
        html += u"<h2>%1</h2>"_s.arg(esc(tr("Outages")));
        html += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" "
                u"style=\"font-size: 8pt\"><tr>"_s;
        for (const QString &h : {tr("Company"), tr("Stream"), tr("Start (CST)"), tr("End (CST)"),
                                 tr("Duration"), tr("Back-fill"), tr("Notice"), tr("Flags")})
            html += u"<th>%1</th>"_s.arg(esc(h));
        html += u"</tr>"_s;
        for (const OutageRecord &o : outages) {
            html += u"<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td align=\"right\">%5</td>"
                    u"<td align=\"right\">%6</td><td>%7</td><td>%8</td></tr>"_s.arg(
                        esc(o.displayCompany()), esc(OutageStreams::title(o.stream)),
                        esc(cstTime(o.startedAtMs)), esc(o.isOpen() ? tr("ongoing") : cstTime(o.endedAtMs)),
                        esc(OutageRecord::durationText(o.durationMs)), esc(percent(o.backfillRate)),
                        esc(o.noticeStatus()),
                        o.flags ? u"<b>%1</b>"_s.arg(esc(o.flagsText())) : esc(o.flagsText()));
        }
        html += u"</table>"_s;
        html += u"<p><i>%1</i></p>"_s.arg(esc(
            tr("Seed 000 Art. 11: a planned stop is announced at least 72 h ahead; Art. 12: an incident is "
               "notified at once, the missed data re-sent and a written report filed.")));
    }
    html += u"</body></html>"_s;
    return html;
}

} // namespace rw
