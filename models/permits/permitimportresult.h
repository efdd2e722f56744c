#pragma once

#include "companypermit.h"
#include "driverpermit.h"
#include "permitimporterror.h"
#include "permitkind.h"
#include "vehiclepermit.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace rw {

/** A row that could not be imported, kept whole so that it can be corrected and sent again. */
struct RejectedPermitRow
{
    int row = 0;
    QByteArray raw; //!< the row as in the file: the CSV line(s) or the JSON element
    QList<PermitImportError> errors;
};

/**
 * \brief What PermitImportParser read from one file: the good rows, each with its row number, and the
 * bad ones with every problem found. Only the list of \a kind is filled.
 */
struct PermitImportResult
{
    PermitKind kind = PermitKind::Vehicle;
    QList<CompanyPermit> companies;
    QList<VehiclePermit> vehicles;
    QList<DriverPermit> drivers;
    QList<int> goodRows; //!< the row number of each good permit, in the same order
    QList<RejectedPermitRow> rejected;
    /** Problems of the file rather than of a row (also repeated in the rejected rows they spoil). */
    QList<PermitImportError> fileErrors;
    QStringList ignoredColumns; //!< header names that map to no permit field
    int rowsRead = 0;           //!< data rows (not the header, not blank lines)

    qsizetype goodCount() const { return goodRows.size(); }
    /** Every problem, file problems first, then row by row. */
    QList<PermitImportError> errors() const;
};

} // namespace rw
