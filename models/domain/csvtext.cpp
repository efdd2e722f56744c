#include "csvtext.h"

using namespace Qt::StringLiterals;

namespace rw {

QString CsvText::field(const QString &text)
{
    QString cell = text;
    // A spreadsheet runs a cell starting with these as a formula (=HYPERLINK(…), +cmd|…, -1+1, @SUM(…)).
    if (!cell.isEmpty()) {
        const QChar first = cell.front();
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
            first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            cell.prepend(QLatin1Char('\''));
    }
    // RFC 4180 §2.6–2.7: quote a field with a comma, a quote or a line break; double the quotes.
    if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) ||
        cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'))) {
        cell.replace(u"\""_s, u"\"\""_s);
        cell = QLatin1Char('"') + cell + QLatin1Char('"');
    }
    return cell;
}

QString CsvText::line(const QStringList &fields)
{
    QStringList cells;
    cells.reserve(fields.size());
    for (const QString &f : fields)
        cells << field(f);
    return cells.join(QLatin1Char(','));
}

QByteArray CsvText::document(const QList<QStringList> &records)
{
    QString text;
    for (const QStringList &r : records)
        text += line(r) + u"\r\n"_s;                   // RFC 4180 §2.1: CRLF after every record
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8(); // a BOM first so Excel reads UTF-8
}

} // namespace rw
