#pragma once

#include <QString>
#include <QVariant>

namespace rw {

/**
 * \brief One rule a subject (vehicle, driver, trip, dispatch) fails, citing the article it comes from.
 *
 * \a message is translated and complete ("第四十条: odometer 612,345 km, the limit is below 600,000 km");
 * \a measured and \a limit carry the values for whoever shows them otherwise (numbers, QDate, counts).
 */
struct RuleFinding
{
    QString article;   //!< the citation as in the rules file, e.g. "第二十二条", "第二十六条(一)"
    QString ruleId;    //!< stable id from the rules file, e.g. "vehicle.retirement.mileage"
    QString message;   //!< translated, names the article, the fact, the value and the limit
    QVariant measured; //!< what was found (invalid when the fact is absent)
    QVariant limit;    //!< what the rule allows
    QString unit;      //!< of measured and limit, e.g. "km"; empty for dates and flags

    friend bool operator==(const RuleFinding &, const RuleFinding &) = default;
};

} // namespace rw
