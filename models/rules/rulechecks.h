#pragma once

#include "cityrule.h"
#include "rulefacts.h"
#include "rulefinding.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace rw {

class OperatingArea;

/**
 * \brief The interpreter of CityRule: one small function per kind of check, each returning the finding
 * (with the rule's article) when \a facts break the rule, nothing when they do not or when the fact the
 * rule reads is unknown.
 *
 * A finding's message is made by message() from the rule, \a measured and \a limit alone, so that whoever
 * holds the same rules (the console, CityRules::describe()) can word a finding the platform made in
 * their own language.
 */
class RuleChecks
{
    Q_DECLARE_TR_FUNCTIONS(rw::RuleChecks)

public:
    /**
     * Runs the check of \a rule if its "when" conditions hold (CityRule::applies()); \a area is the rule's
     * area for EndsInArea (nullptr: no finding).
     */
    static std::optional<RuleFinding> evaluate(const CityRule &rule, const RuleFacts &facts,
                                               const OperatingArea *area = nullptr);

    static std::optional<RuleFinding> present(const CityRule &rule, const RuleFacts &facts);
    static std::optional<RuleFinding> dateNotPassed(const CityRule &rule, const RuleFacts &facts);
    static std::optional<RuleFinding> period(const CityRule &rule, const RuleFacts &facts);
    static std::optional<RuleFinding> threshold(const CityRule &rule, const RuleFacts &facts);
    static std::optional<RuleFinding> endsInArea(const CityRule &rule, const RuleFacts &facts,
                                                 const OperatingArea &area);
    static std::optional<RuleFinding> isFalse(const CityRule &rule, const RuleFacts &facts);
    /** Seed 002 Art. 13(一) "5座及以上，7座及以下": both bounds included. */
    static std::optional<RuleFinding> between(const CityRule &rule, const RuleFacts &facts);
    /** The fact's text, trimmed, compared without regard to case; an empty text is unknown. */
    static std::optional<RuleFinding> oneOf(const CityRule &rule, const RuleFacts &facts);
    /** Art. 15(一) "3年以上驾驶经历": held from the anniversary on; the day before it is short. */
    static std::optional<RuleFinding> minYears(const CityRule &rule, const RuleFacts &facts);
    /**
     * Art. 15(五): the age is reached on CityRule::AgeSchedule::reachedOn(); from that day on, a finding with
     * the age in completed months as \a measured and the age limit in months as \a limit (unit "months"):
     * not the birth date, which is personal data the lookup masks.
     */
    static std::optional<RuleFinding> belowAge(const CityRule &rule, const RuleFacts &facts);

    /**
     * The translated message of a finding of \a rule with \a measured and \a limit: names the article, the
     * fact, the value and the limit, and the rule's condition if it has one.
     */
    static QString message(const CityRule &rule, const QVariant &measured, const QVariant &limit);

    /**
     * The last day of a term of \a years from \a from: the anniversary ("届满日", seed 002 Art. 41) when
     * \a endsOnAnniversary is false, the day before it ("达到8年时", Art. 40) when true.
     */
    static QDate lastValidDay(QDate from, int years, bool endsOnAnniversary);

    /** A fact value as a date: QDate, a YYYYMMDD number/string as the spec sends it, or an ISO date. */
    static QDate toDate(const QVariant &value);

    /** Whole months from \a from to \a to (QDate::addMonths arithmetic: 31 January + 1 month = 28 February).
     */
    static int completedMonths(QDate from, QDate to);

    /** "60 years", "60 years 2 months": an age or term given in months. */
    static QString yearsAndMonths(int months);
};

} // namespace rw
