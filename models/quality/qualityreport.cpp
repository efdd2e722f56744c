#include "qualityreport.h"

#include "domain/csvtext.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace rw {

namespace {

constexpr int ChinaOffsetSeconds = 8 * 3600; // DESIGN §5: China Standard Time

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString csvNumber(std::optional<double> value, int decimals)
{
    return value ? QString::number(*value, 'f', decimals) : QString();
}

} // namespace

QString QualityReport::percent(std::optional<double> rate)
{
    return rate ? tr("%1 %").arg(*rate * 100.0, 0, 'f', 2) : tr("—");
}

QString QualityReport::scoreText(std::optional<double> score)
{
    return score ? QString::number(*score, 'f', 1) : tr("—");
}

QString QualityReport::moment(const QDateTime &time)
{
    if (!time.isValid())
        return tr("never");
    return tr("%1 (UTC+8)").arg(time.toOffsetFromUtc(ChinaOffsetSeconds).toString(u"yyyy-MM-dd HH:mm"_s));
}

QString QualityReport::title() const
{
    return sheet.region.isEmpty()
               ? tr("Data-quality evaluation %1").arg(sheet.period.key())
               : tr("Data-quality evaluation %1 — region %2").arg(sheet.period.key(), sheet.region);
}

QString QualityReport::suggestedFileName(const QString &suffix) const
{
    QString region;
    for (const QChar c : sheet.region) {
        if (c.isLetterOrNumber())
            region.append(c);
    }
    return region.isEmpty() ? u"quality-%1.%2"_s.arg(sheet.period.key(), suffix)
                            : u"quality-%1-%2.%3"_s.arg(region, sheet.period.key(), suffix);
}

QString QualityReport::csvField(const QString &text)
{
    return CsvText::field(text);
}

QByteArray QualityReport::toCsv() const
{
    QStringList lines;
    const auto line = [&lines](const QStringList &fields) {
        QStringList cells;
        for (const QString &f : fields)
            cells << csvField(f);
        lines << cells.join(QLatin1Char(','));
    };
    QStringList header{tr("Period"),     tr("Region"),  tr("Rank"),
                       tr("Company ID"), tr("Company"), tr("Records")};
    for (QualityDimension d : kQualityDimensions)
        header << tr("%1 (%)").arg(QualityDimensions::title(d));
    header << tr("Score") << tr("Order compliance (%)") << tr("Orders checked") << tr("Orders compliant")
           << tr("Model version") << tr("Review");
    line(header);
    const QString review = QualityReviewState::statusTitle(sheet.review.status);
    for (const QualityScoreSheet::Company &c : sheet.companies) {
        QStringList row{sheet.period.key(), sheet.region, QString::number(c.rank),
                        c.companyId,        c.name,       QString::number(c.figures.records)};
        for (QualityDimension d : kQualityDimensions) {
            const auto rate = c.figures.rate(d);
            row << csvNumber(rate ? std::optional<double>(*rate * 100.0) : std::nullopt, 2);
        }
        const auto order = c.figures.orderCompliance.rate;
        row << csvNumber(c.figures.score, 1)
            << csvNumber(order ? std::optional<double>(*order * 100.0) : std::nullopt, 2)
            << QString::number(c.figures.orderCompliance.checked)
            << QString::number(c.figures.orderCompliance.compliant) << sheet.modelVersion << review;
        line(row);
    }
    // RFC 4180 §2.1: CRLF after every record; a BOM first so Excel reads UTF-8.
    return QByteArray("\xEF\xBB\xBF") + (lines.join(u"\r\n"_s) + u"\r\n"_s).toUtf8();
}

QString QualityReport::toHtml() const
{
    QString html;
    html += u"<html><head><meta charset=\"utf-8\"><title>%1</title></head><body>"_s.arg(esc(title()));
    html += u"<h1>%1</h1>"_s.arg(esc(title()));
    const QString periodText =
        sheet.period.span == QualityPeriod::Span::Year
            ? tr("Year %1 (seed 000 Art. 17: calendar year, China Standard Time)").arg(sheet.period.key())
            : tr("Month %1 (seed 000 Art. 17: calendar month, China Standard Time)").arg(sheet.period.key());
    html += u"<table cellspacing=\"0\" cellpadding=\"2\">"_s;
    const auto meta = [&html](const QString &label, const QString &value) {
        html += u"<tr><th align=\"left\">%1</th><td>%2</td></tr>"_s.arg(esc(label), esc(value));
    };
    meta(tr("Period"), periodText);
    meta(tr("Region"), sheet.region.isEmpty() ? tr("all regions") : sheet.region);
    meta(tr("Model version"), sheet.modelVersion.isEmpty() ? tr("not given") : sheet.modelVersion);
    QString review = QualityReviewState::statusTitle(sheet.review.status);
    if (sheet.review.status == QualityReviewState::Status::Reviewed || !sheet.review.reviewedBy.isEmpty())
        review = tr("%1; reviewed by %2 on %3")
                     .arg(review, sheet.review.reviewedBy, moment(sheet.review.reviewedAt));
    if (sheet.review.status == QualityReviewState::Status::Published)
        review = tr("%1; published by %2 on %3")
                     .arg(review, sheet.review.publishedBy, moment(sheet.review.publishedAt));
    meta(tr("Review"), review);
    if (!sheet.review.comment.isEmpty())
        meta(tr("Comment"), sheet.review.comment);
    meta(tr("Prepared"),
         preparedBy.isEmpty() ? moment(preparedAt) : tr("%1 by %2").arg(moment(preparedAt), preparedBy));
    html += u"</table>"_s;

    html += u"<h2>%1</h2>"_s.arg(esc(tr("Ranking")));
    if (sheet.companies.isEmpty()) {
        html += u"<p>%1</p>"_s.arg(esc(tr("No company sent data in this period.")));
    } else {
        html +=
            u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" style=\"font-size: 8pt\"><tr>"_s;
        QStringList headers{tr("Rank"), tr("Company"), tr("Records")};
        for (QualityDimension d : kQualityDimensions)
            headers << QualityDimensions::title(d);
        headers << tr("Score") << tr("Order compliance");
        for (const QString &h : headers)
            html += u"<th>%1</th>"_s.arg(esc(h));
        html += u"</tr>"_s;
        for (const QualityScoreSheet::Company &c : sheet.companies) {
            html +=
                u"<tr><td align=\"right\">%1</td><td>%2</td><td align=\"right\">%3</td>"_s.arg(c.rank).arg(
                    esc(c.displayName()), QString::number(c.figures.records));
            for (QualityDimension d : kQualityDimensions)
                html += u"<td align=\"right\">%1</td>"_s.arg(esc(percent(c.figures.rate(d))));
            html += u"<td align=\"right\"><b>%1</b></td><td align=\"right\">%2</td></tr>"_s.arg(
                esc(scoreText(c.figures.score)), esc(percent(c.figures.orderCompliance.rate)));
        }
        html += u"</table>"_s;
        html += u"<p><i>%1</i></p>"_s.arg(
            esc(tr("Score = 100 × Σ weight × rate over the dimensions with records checked (DESIGN §6); "
                   "— = not measured. Dimensions: seed 000 Art. 15 (一)–(四).")));
    }
    const auto chart = [&html](const QString &heading, const QString &image, const QString &caption) {
        if (image.isEmpty())
            return;
        html += u"<h2>%1</h2>"_s.arg(esc(heading));
        html += u"<p><img src=\"%1\" width=\"660\"></p>"_s.arg(esc(image));
        if (!caption.isEmpty())
            html += u"<p><i>%1</i></p>"_s.arg(esc(caption));
    };
    chart(tr("Trend"), trendImage, trendCaption);
    chart(tr("Dimensions"), dimensionImage, dimensionCaption);
    html += u"</body></html>"_s;
    return html;
}

} // namespace rw
