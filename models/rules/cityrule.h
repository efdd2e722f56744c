#pragma once

#include "rulefacts.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace rw {

/** What a rule is about; rules are evaluated per subject (CityRules::evaluate()). */
enum class RuleSubject {
    Vehicle,  //!< a vehicle's base-info and state (Art. 18, 40, 41), or its permit (Art. 13)
    Driver,   //!< a driver's base-info (Art. 19), or their certificate (Art. 15)
    Trip,     //!< an order's departure and destination (Art. 22)
    Dispatch, //!< an order pushed to a driver (Art. 26(一))
};

/**
 * Where the facts a rule reads come from: what the companies upload (base-info, positions, orders,
 * judged live by the platform's AlertMonitor) or the city's permit registry (PermitStore, judged when a
 * permit is looked up). A rule is evaluated only on the facts of the sources it names, so that a rule
 * on upload facts never judges a permit and the other way round (see CityRules).
 */
enum class RuleSource {
    Upload, //!< "upload": the companies' uploads (the default)
    Permit, //!< "permit": the city's 运政 permits
};

/** The kinds of check a rule can be (the interpreter's vocabulary; RuleChecks implements them). */
enum class RuleCheck {
    Present,       //!< the fact must be there and not empty
    DateNotPassed, //!< the date fact is valid through that day inclusive
    Period,        //!< a term of \a years counted from the date fact must not have run out
    Threshold,     //!< the number fact OP limit must hold (OP: < <= > >=)
    EndsInArea,    //!< at least \a minInside of the trip's ends lie in \a area
    False,         //!< the flag fact must be false
    Between,       //!< the number fact must lie in [min, max], both included
    OneOf,         //!< the fact (as text) must be one of \a values
    MinYears,      //!< at least \a years must have passed since the date fact (from the anniversary on)
    BelowAge,      //!< the person born on the date fact must not have reached \a age
};

/**
 * \brief One rule of a city's rules file: an id, the article it comes from, the sources of its facts,
 * an optional condition, and a check with its parameters. See resources/rules/469001.json; parsing
 * names the key that was wrong.
 *
 * Keys every rule may have besides its check's parameters:
 *  - "source": "upload" (default), "permit", or a list of both.
 *  - "when": a condition {"fact": "seats", "equals": 7} (or "notEquals": value, or "oneOf": [values]),
 *    or a list of them that must all hold. The rule applies only when it holds; when the condition's
 *    fact is unknown the rule does not apply (it finds nothing). Values compare as numbers when both
 *    sides are numbers (7 equals 7.0 and "7"), else as text.
 *  - "note": free text for the reader, ignored.
 */
struct CityRule
{
    Q_DECLARE_TR_FUNCTIONS(rw::CityRule)

public:
    /** One condition of "when". */
    struct Condition
    {
        enum class Op { Equals, NotEquals, OneOf };
        QString fact;
        Op op = Op::Equals;
        QVariantList values; //!< one value for Equals/NotEquals

        /** Whether \a facts satisfy it; nothing when the fact is unknown. */
        std::optional<bool> holds(const RuleFacts &facts) const;
        /** Translated, e.g. "seats is 7". */
        QString describe() const;
    };

    /**
     * The statutory retirement age of a person by birth month: \a years, raised by \a byMonths for
     * every \a everyMonths birth months from \a raisedFrom on (the first step already for those born
     * in raisedFrom's month), up to \a upToYears. No raisedFrom: \a years for everyone.
     */
    struct AgeSchedule
    {
        int years = 0;
        QDate raisedFrom; //!< first day of the first birth month concerned; invalid: no raise
        int everyMonths = 0;
        int byMonths = 0;
        int upToYears = 0;

        /** The age in whole months for someone born on \a birth. */
        int ageMonths(QDate birth) const;
        /** The day someone born on \a birth reaches the age (QDate::addMonths: 31 → the month's end). */
        QDate reachedOn(QDate birth) const { return birth.addMonths(ageMonths(birth)); }
    };

    QString id;      //!< unique within the file, e.g. "vehicle.retirement.age"
    QString article; //!< citation, e.g. "第四十条"
    RuleSubject subject = RuleSubject::Vehicle;
    QList<RuleSource> sources{RuleSource::Upload};
    QList<Condition> when; //!< all must hold for the rule to apply
    RuleCheck check = RuleCheck::Present;
    QString fact; //!< the fact the check reads (all but EndsInArea)

    // Period and MinYears: the anniversary \a years after the date fact (QDate::addYears: 29 February
    // → 28 February in a common year). Period, onAnniversary: the term is over on that day ("达到8年时",
    // Art. 40); otherwise it is over the day after (the anniversary is the last valid day, "届满日", Art.
    // 41). MinYears: the years are reached on the anniversary ("3年以上驾驶经历", Art. 15(一)).
    int years = 0;
    bool endsOnAnniversary = true;

    // Threshold
    QString op; //!< "<", "<=", ">", ">="
    double limit = 0;
    QString unit; //!< Threshold and Between

    // Between
    double min = 0;
    double max = 0;

    // OneOf
    QStringList values;

    // BelowAge
    AgeSchedule age;

    // EndsInArea
    QString area;
    int minInside = 1;

    bool appliesTo(RuleSource source) const { return sources.contains(source); }
    /** Whether the "when" conditions hold for \a facts (true without conditions; false if a fact is unknown).
     */
    bool applies(const RuleFacts &facts) const;

    /** Parses rules[\a index] of a rules file; on failure sets \a error naming the key ("rules[3].limit"). */
    static std::optional<CityRule> fromJson(const QJsonObject &object, int index, QString *error);

    static QString subjectKey(RuleSubject subject);
    static QString checkKey(RuleCheck check);
    static QString sourceKey(RuleSource source);
};

} // namespace rw
