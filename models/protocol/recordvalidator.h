#pragma once

#include "fieldviolation.h"
#include "record.h"

#include <QCoreApplication>

namespace rw {

/**
 * \brief Checks a record against its interface's field rules: required, type, length, code, range, date.
 *
 * Reports every broken rule, not only the first, each naming the field, the rule and the value.
 * Cross-record checks (does the vehicle exist, is the trip plausible) belong to the quality
 * evaluation, not here.
 */
class RecordValidator
{
    Q_DECLARE_TR_FUNCTIONS(rw::RecordValidator)

public:
    /**
     * Validates \a record. When \a companyId is not empty, a CompanyId in the record that differs
     * from it is an Identity violation (a company may only upload its own data).
     */
    FieldViolations validate(const Record &record, const QString &companyId = {}) const;
};

} // namespace rw
