#pragma once

#include "outagerecord.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

namespace rw {

/**
 * \brief A month's transmission outages as a document (seed 000 Art. 11–12, 21; DESIGN §7): a summary per
 * company (outages, total length, flagged ones) and every outage with its back-fill, notice and flags — as
 * HTML for QTextDocument (the PDF) and as CSV (CsvText: BOM, RFC 4180, formula guard).
 *
 * The month is a calendar month in China Standard Time; times are written in CST. The timeline chart is
 * referenced by name (<img src="…">); the writer adds the image to the document as a resource.
 */
struct OutageReport
{
    Q_DECLARE_TR_FUNCTIONS(rw::OutageReport)

public:
    int year = 0;
    int month = 0;
    QString region;  //!< the account's region code; empty: every company in scope
    QString company; //!< the company filter; empty: all
    QList<OutageRecord> outages;
    qint64 nowMs = 0; //!< for open outages
    QString preparedBy;
    QDateTime preparedAt;
    QString timelineImage; //!< resource name of the timeline chart; empty: none
    QString timelineCaption;

    /** "2026-11". */
    QString monthKey() const;
    /** "Transmission outages 2026-11 — region 469001". */
    QString title() const;
    /** "outages-469001-2026-11.<suffix>". */
    QString suggestedFileName(const QString &suffix) const;
    QString toHtml() const;
    QByteArray toCsv() const;

    /** [from, to) of the CST month \a year-\a month in Unix ms. */
    static std::pair<qint64, qint64> monthRange(int year, int month);
    /** A time in CST: "2026-11-02 09:29:00". */
    static QString cstTime(qint64 ms);
    /** A back-fill rate as "90.0 %", or "—". */
    static QString percent(std::optional<double> rate);
};

} // namespace rw
