#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace rw {

/** What a rule is about; rules are evaluated per subject (CityRules::evaluate()). */
enum class RuleSubject {
    Vehicle,  //!< a vehicle's base-info and state (Art. 18, 40, 41; Art. 13 with the permits)
    Driver,   //!< a driver's base-info (Art. 19; Art. 15 with the permits)
    Trip,     //!< an order's departure and destination (Art. 22)
    Dispatch, //!< an order pushed to a driver (Art. 26(一))
};

/** The kinds of check a rule can be (the interpreter's vocabulary; RuleChecks implements them). */
enum class RuleCheck {
    Present,       //!< the fact must be there and not empty
    DateNotPassed, //!< the date fact is valid through that day inclusive
    Period,        //!< a term of \a years counted from the date fact must not have run out
    Threshold,     //!< the number fact OP limit must hold (OP: < <= > >=)
    EndsInArea,    //!< at least \a minInside of the trip's ends lie in \a area
    False,         //!< the flag fact must be false
};

/**
 * \brief One rule of a city's rules file: an id, the article it comes from, and a check with its
 * parameters. See resources/rules/469001.json; parsing names the key that was wrong.
 */
struct CityRule
{
    Q_DECLARE_TR_FUNCTIONS(rw::CityRule)

public:
    QString id;      //!< unique within the file, e.g. "vehicle.retirement.age"
    QString article; //!< citation, e.g. "第四十条"
    RuleSubject subject = RuleSubject::Vehicle;
    RuleCheck check = RuleCheck::Present;
    QString fact; //!< the fact the check reads (all but EndsInArea)

    // Period: the term ends on the anniversary \a years after the date fact (QDate::addYears: 29 February
    // → 28 February in a common year). onAnniversary: the term is over on that day ("达到8年时",
    // Art. 40); otherwise it is over the day after (the anniversary is the last valid day, "届满日", Art.
    // 41).
    int years = 0;
    bool endsOnAnniversary = true;

    // Threshold
    QString op; //!< "<", "<=", ">", ">="
    double limit = 0;
    QString unit;

    // EndsInArea
    QString area;
    int minInside = 1;

    /** Parses rules[\a index] of a rules file; on failure sets \a error naming the key ("rules[3].limit"). */
    static std::optional<CityRule> fromJson(const QJsonObject &object, int index, QString *error);

    static QString subjectKey(RuleSubject subject);
    static QString checkKey(RuleCheck check);
};

} // namespace rw
