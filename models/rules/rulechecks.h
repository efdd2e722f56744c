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
 */
class RuleChecks
{
    Q_DECLARE_TR_FUNCTIONS(rw::RuleChecks)

public:
    /** Runs the check of \a rule; \a area is the rule's area for EndsInArea (nullptr: no finding). */
    static std::optional<RuleFinding> evaluate(const CityRule &rule, const RuleFacts &facts,
                                               const OperatingArea *area = nullptr);

    static std::optional<RuleFinding> present(const CityRule &rule, const RuleFacts &facts);
    static std::optional<RuleFinding> dateNotPassed(const CityRule &rule, const RuleFacts &facts);
    static std::optional<RuleFinding> period(const CityRule &rule, const RuleFacts &facts);
    static std::optional<RuleFinding> threshold(const CityRule &rule, const RuleFacts &facts);
    static std::optional<RuleFinding> endsInArea(const CityRule &rule, const RuleFacts &facts,
                                                 const OperatingArea &area);
    static std::optional<RuleFinding> isFalse(const CityRule &rule, const RuleFacts &facts);

    /**
     * The last day of a term of \a years from \a from: the anniversary ("届满日", seed 002 Art. 41) when
     * \a endsOnAnniversary is false, the day before it ("达到8年时", Art. 40) when true.
     */
    static QDate lastValidDay(QDate from, int years, bool endsOnAnniversary);

    /** A fact value as a date: QDate, or a YYYYMMDD number/string as the spec sends it. */
    static QDate toDate(const QVariant &value);
};

} // namespace rw
