#pragma once

#include <QList>
#include <QString>

namespace rw {

/** The kinds of rule a field can break. */
enum class ValidationRule {
    Required, //!< a required field is absent or empty
    Type,     //!< C sent as a number, N sent as text, or a nested value
    Length,   //!< longer than Vn, or not exactly Fn
    Code,     //!< not one of the field's permitted codes
    Range,    //!< outside the permitted numeric range
    Date,     //!< not a real calendar date or time in the field's format
    Identity, //!< the record's CompanyId differs from the authenticated company
};

/** Stable wire name of \a rule ("required", "type", …). */
QString ruleName(ValidationRule rule);

/** One broken rule of one field of one record, with a message an operator can act on. */
struct FieldViolation
{
    QString field;
    ValidationRule rule = ValidationRule::Required;
    QString value;   //!< the offending value as sent, shortened to 64 characters
    QString message; //!< translated, e.g. "VehicleNo: 40 characters, at most 32 allowed"
};

using FieldViolations = QList<FieldViolation>;

} // namespace rw
