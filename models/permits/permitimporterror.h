#pragma once

#include <QString>

namespace rw {

/**
 * \brief One problem of one imported row: where (row, field), what was there, and why it was refused.
 *
 * \a row counts as a spreadsheet shows it: in a CSV file the header is row 1 and the first data row
 * row 2 (a quoted field with line breaks still makes one row); in a JSON array the first element is
 * row 1. A problem of the file itself (not UTF-8, no header) has row 0, or 1 for the CSV header.
 */
struct PermitImportError
{
    int row = 0;
    QString field;  //!< the permit field's key ("plate"), or the column as written; empty: the whole row
    QString value;  //!< the offending value as read (may be empty)
    QString reason; //!< translated, names the rule and the value
};

} // namespace rw
