#include "permitimportresult.h"

namespace rw {

QList<PermitImportError> PermitImportResult::errors() const
{
    QList<PermitImportError> all = fileErrors;
    for (const RejectedPermitRow &row : rejected)
        all.append(row.errors);
    return all;
}

} // namespace rw
