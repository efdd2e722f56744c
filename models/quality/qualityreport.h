#pragma once

#include "qualityscoresheet.h"

#include <QCoreApplication>
#include <QDateTime>

namespace rw {

/**
 * \brief A region's data-quality evaluation of one period as a document (seed 000 Art. 18: results are
 * published): the ranking with the four rates, the score and the order compliance, where the review
 * stands, and the charts — as HTML for QTextDocument (the PDF) and as CSV for a spreadsheet.
 *
 * CSV: UTF-8 with a byte-order mark, so Excel opens Chinese names as Chinese; RFC 4180 (CRLF, fields with a
 * comma, quote or line break quoted, quotes doubled); a text cell starting with = + - @ (or a tab or carriage
 * return) gets a leading apostrophe so a spreadsheet does not run it as a formula (OWASP "CSV injection").
 * Rates are percentages with two decimals, unmeasured ones empty.
 *
 * The charts are referenced by name (<img src="…">): the writer adds the images to the document as
 * resources, so this type needs no image of its own.
 */
struct QualityReport
{
    Q_DECLARE_TR_FUNCTIONS(rw::QualityReport)

public:
    QualityScoreSheet sheet;
    QString preparedBy;   //!< the account's user name
    QDateTime preparedAt; //!< when the report was made
    QString trendImage;   //!< resource name of the trend chart; empty: none
    QString trendCaption;
    QString dimensionImage; //!< resource name of the dimension chart; empty: none
    QString dimensionCaption;

    /** "Data-quality evaluation 2026-11 — region 460000". */
    QString title() const;
    /** "quality-460000-2026-11.<suffix>". */
    QString suggestedFileName(const QString &suffix) const;
    QString toHtml() const;
    QByteArray toCsv() const;

    /** One CSV field: guarded against formulas, quoted when needed. */
    static QString csvField(const QString &text);
    /** A rate as "99.80 %", or "—" when not measured. */
    static QString percent(std::optional<double> rate);
    /** A score as "95.6", or "—". */
    static QString scoreText(std::optional<double> score);
    /** A moment in China Standard Time: "2026-11-21 13:40 (UTC+8)". */
    static QString moment(const QDateTime &time);
};

} // namespace rw
