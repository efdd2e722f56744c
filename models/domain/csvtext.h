#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace rw {

/**
 * \brief CSV for a spreadsheet, as the console's reports write it (the quality and the outage reports).
 *
 * UTF-8 with a byte-order mark, so Excel opens Chinese names as Chinese; RFC 4180 (CRLF, fields with a
 * comma, quote or line break quoted, quotes doubled); a text cell starting with = + - @ (or a tab or carriage
 * return) gets a leading apostrophe so a spreadsheet does not run it as a formula (OWASP "CSV injection").
 */
class CsvText
{
public:
    /** One field: guarded against formulas, quoted when needed. */
    static QString field(const QString &text);
    /** One record's fields, joined (no line end). */
    static QString line(const QStringList &fields);
    /** The records as a document: the BOM, then every record followed by CRLF. */
    static QByteArray document(const QList<QStringList> &records);
};

} // namespace rw
