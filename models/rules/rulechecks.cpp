#include "rulechecks.h"

#include "operatingarea.h"

#include <QLocale>
#include <QStringList>

namespace rw {

namespace {

QString unitOf(const CityRule &rule)
{
    switch (rule.check) {
    case RuleCheck::Threshold:
    case RuleCheck::Between:
        return rule.unit;
    case RuleCheck::BelowAge:
        return QStringLiteral("months");
    default:
        return {};
    }
}

RuleFinding finding(const CityRule &rule, const QVariant &measured, const QVariant &limit)
{
    return RuleFinding{rule.article, rule.id, RuleChecks::message(rule, measured, limit),
                       measured,     limit,   unitOf(rule)};
}

QString number(double value)
{
    return QLocale::c().toString(value, 'g', 15);
}

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

/** The fact as a number; nothing when it is unknown or not a number. */
std::optional<double> numberOf(const RuleFacts &facts, const QString &fact)
{
    const QVariant raw = facts.value(fact);
    if (!raw.isValid() || raw.isNull())
        return std::nullopt;
    bool ok = false;
    const double value = raw.toDouble(&ok);
    return ok ? std::optional(value) : std::nullopt;
}

} // namespace

QDate RuleChecks::toDate(const QVariant &value)
{
    if (value.typeId() == QMetaType::QDate)
        return value.toDate();
    const QString text = value.toString();
    if (text.size() == 10 && text.at(4) == u'-')
        return QDate::fromString(text, Qt::ISODate);
    bool ok = false;
    const qint64 yyyymmdd = text.toLongLong(&ok);
    if (!ok || yyyymmdd < 10000101 || yyyymmdd > 99991231)
        return {};
    return QDate(int(yyyymmdd / 10000), int(yyyymmdd / 100 % 100), int(yyyymmdd % 100));
}

QDate RuleChecks::lastValidDay(QDate from, int years, bool endsOnAnniversary)
{
    const QDate anniversary = from.addYears(years);
    return endsOnAnniversary ? anniversary.addDays(-1) : anniversary;
}

QString RuleChecks::yearsAndMonths(int months)
{
    // Ages and terms here are years long: no plural forms needed for the years.
    const int years = months / 12;
    const int rest = months % 12;
    if (rest == 0)
        return tr("%1 years").arg(years);
    if (rest == 1)
        return tr("%1 years 1 month").arg(years);
    return tr("%1 years %2 months").arg(years).arg(rest);
}

std::optional<RuleFinding> RuleChecks::evaluate(const CityRule &rule, const RuleFacts &facts,
                                                const OperatingArea *area)
{
    if (!rule.applies(facts))
        return std::nullopt;
    switch (rule.check) {
    case RuleCheck::Present:
        return present(rule, facts);
    case RuleCheck::DateNotPassed:
        return dateNotPassed(rule, facts);
    case RuleCheck::Period:
        return period(rule, facts);
    case RuleCheck::Threshold:
        return threshold(rule, facts);
    case RuleCheck::EndsInArea:
        return area ? endsInArea(rule, facts, *area) : std::nullopt;
    case RuleCheck::False:
        return isFalse(rule, facts);
    case RuleCheck::Between:
        return between(rule, facts);
    case RuleCheck::OneOf:
        return oneOf(rule, facts);
    case RuleCheck::MinYears:
        return minYears(rule, facts);
    case RuleCheck::BelowAge:
        return belowAge(rule, facts);
    }
    return std::nullopt;
}

std::optional<RuleFinding> RuleChecks::present(const CityRule &rule, const RuleFacts &facts)
{
    const QVariant value = facts.value(rule.fact);
    const bool missing = !value.isValid() || value.isNull() ||
                         (value.typeId() == QMetaType::QString && value.toString().trimmed().isEmpty()) ||
                         (value.typeId() == QMetaType::Bool && !value.toBool());
    if (!missing)
        return std::nullopt;
    return finding(rule, {}, {});
}

std::optional<RuleFinding> RuleChecks::dateNotPassed(const CityRule &rule, const RuleFacts &facts)
{
    const QDate stop = toDate(facts.value(rule.fact));
    const QDate today = facts.asOfDate();
    if (!stop.isValid() || !today.isValid() || today <= stop) // valid through the stop day inclusive
        return std::nullopt;
    return finding(rule, today, stop);
}

std::optional<RuleFinding> RuleChecks::period(const CityRule &rule, const RuleFacts &facts)
{
    const QDate from = toDate(facts.value(rule.fact));
    const QDate today = facts.asOfDate();
    if (!from.isValid() || !today.isValid())
        return std::nullopt;
    const QDate last = lastValidDay(from, rule.years, rule.endsOnAnniversary);
    if (today <= last)
        return std::nullopt;
    return finding(rule, today, last);
}

std::optional<RuleFinding> RuleChecks::threshold(const CityRule &rule, const RuleFacts &facts)
{
    const std::optional<double> value = numberOf(facts, rule.fact);
    if (!value)
        return std::nullopt;
    bool holds = false;
    if (rule.op == QStringLiteral("<"))
        holds = *value < rule.limit;
    else if (rule.op == QStringLiteral("<="))
        holds = *value <= rule.limit;
    else if (rule.op == QStringLiteral(">"))
        holds = *value > rule.limit;
    else if (rule.op == QStringLiteral(">="))
        holds = *value >= rule.limit;
    if (holds)
        return std::nullopt;
    return finding(rule, *value, rule.limit);
}

std::optional<RuleFinding> RuleChecks::endsInArea(const CityRule &rule, const RuleFacts &facts,
                                                  const OperatingArea &area)
{
    if (facts.points.size() != 2 || !facts.points.at(0).isValid() || !facts.points.at(1).isValid() ||
        !area.isValid())
        return std::nullopt; // a trip with an unknown end cannot be judged
    int inside = 0;
    for (const QGeoCoordinate &point : facts.points)
        inside += area.contains(point, facts.datum) ? 1 : 0;
    if (inside >= rule.minInside)
        return std::nullopt;
    return finding(rule, inside, rule.minInside);
}

std::optional<RuleFinding> RuleChecks::isFalse(const CityRule &rule, const RuleFacts &facts)
{
    const QVariant value = facts.value(rule.fact);
    if (!value.isValid() || !value.toBool())
        return std::nullopt;
    return finding(rule, true, false);
}

std::optional<RuleFinding> RuleChecks::between(const CityRule &rule, const RuleFacts &facts)
{
    const std::optional<double> value = numberOf(facts, rule.fact);
    if (!value || (*value >= rule.min && *value <= rule.max))
        return std::nullopt;
    // The limit is the bound that was crossed.
    return finding(rule, *value, *value < rule.min ? rule.min : rule.max);
}

std::optional<RuleFinding> RuleChecks::oneOf(const CityRule &rule, const RuleFacts &facts)
{
    const QString value = facts.value(rule.fact).toString().trimmed();
    if (value.isEmpty())
        return std::nullopt;
    for (const QString &allowed : rule.values)
        if (value.compare(allowed, Qt::CaseInsensitive) == 0)
            return std::nullopt;
    return finding(rule, value, rule.values);
}

std::optional<RuleFinding> RuleChecks::minYears(const CityRule &rule, const RuleFacts &facts)
{
    const QDate from = toDate(facts.value(rule.fact));
    const QDate today = facts.asOfDate();
    if (!from.isValid() || !today.isValid())
        return std::nullopt;
    const QDate reached = from.addYears(rule.years);
    if (today >= reached)
        return std::nullopt;
    return finding(rule, from, reached);
}

std::optional<RuleFinding> RuleChecks::belowAge(const CityRule &rule, const RuleFacts &facts)
{
    const QDate birth = toDate(facts.value(rule.fact));
    const QDate today = facts.asOfDate();
    if (!birth.isValid() || !today.isValid())
        return std::nullopt;
    const QDate reached = rule.age.reachedOn(birth);
    if (today < reached)
        return std::nullopt;
    // Ages in whole months, not the birth date: a finding may be shown where the ID number is masked.
    return finding(rule, completedMonths(birth, today), rule.age.ageMonths(birth));
}

int RuleChecks::completedMonths(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return 0;
    // The most months m with from.addMonths(m) <= to: the same month arithmetic as AgeSchedule::reachedOn().
    int m = (to.year() - from.year()) * 12 + (to.month() - from.month());
    while (m > 0 && from.addMonths(m) > to)
        --m;
    while (from.addMonths(m + 1) <= to)
        ++m;
    return m;
}

QString RuleChecks::message(const CityRule &rule, const QVariant &measured, const QVariant &limit)
{
    const QString fact = RuleFacts::label(rule.fact);
    const QString unit = rule.unit.isEmpty() ? QString() : QLatin1Char(' ') + rule.unit;
    QString text;
    switch (rule.check) {
    case RuleCheck::Present:
        text = tr("%1: %2 missing").arg(rule.article, fact);
        break;
    case RuleCheck::DateNotPassed:
        text = tr("%1: %2 ended on %3 (as of %4)")
                   .arg(rule.article, fact, isoDate(toDate(limit)), isoDate(toDate(measured)));
        break;
    case RuleCheck::Period: {
        // measured: the day judged; limit: the last day of the term.
        const QDate last = toDate(limit);
        text = rule.endsOnAnniversary ? tr("%1: %2 years from %3 reached on %4 (as of %5)")
                                            .arg(rule.article)
                                            .arg(rule.years)
                                            .arg(fact, isoDate(last.addDays(1)), isoDate(toDate(measured)))
                                      : tr("%1: %2 years from %3 ended on %4 (as of %5)")
                                            .arg(rule.article)
                                            .arg(rule.years)
                                            .arg(fact, isoDate(last), isoDate(toDate(measured)));
        break;
    }
    case RuleCheck::Threshold:
        text = tr("%1: %2 %3%4, must be %5 %6%4")
                   .arg(rule.article, fact, number(measured.toDouble()), unit, rule.op,
                        number(limit.toDouble()));
        break;
    case RuleCheck::EndsInArea:
        text = tr("%1: %2 of the trip's 2 ends inside the permitted operating area, at least %3 required")
                   .arg(rule.article)
                   .arg(measured.toInt())
                   .arg(limit.toInt());
        break;
    case RuleCheck::False:
        text = tr("%1: %2").arg(rule.article, fact);
        break;
    case RuleCheck::Between:
        text = tr("%1: %2 %3%4, must be from %5 to %6%4")
                   .arg(rule.article, fact, number(measured.toDouble()), unit, number(rule.min),
                        number(rule.max));
        break;
    case RuleCheck::OneOf:
        text = tr("%1: %2 \"%3\" is not one of %4")
                   .arg(rule.article, fact, measured.toString(),
                        (limit.isValid() ? limit.toStringList() : rule.values).join(QStringLiteral(", ")));
        break;
    case RuleCheck::MinYears:
        text = tr("%1: %2 %3: %4 years are reached only on %5")
                   .arg(rule.article, fact, isoDate(toDate(measured)))
                   .arg(rule.years)
                   .arg(isoDate(toDate(limit)));
        break;
    case RuleCheck::BelowAge:
        // measured: the age in completed months; limit: the age limit in months.
        text = tr("%1: age %2 has reached the limit of %3")
                   .arg(rule.article, yearsAndMonths(measured.toInt()), yearsAndMonths(limit.toInt()));
        break;
    }
    if (!rule.when.isEmpty()) {
        QStringList conditions;
        for (const CityRule::Condition &c : rule.when)
            conditions.append(c.describe());
        text += tr(" (applies when %1)").arg(conditions.join(tr(" and ")));
    }
    return text;
}

} // namespace rw
