#include "rulechecks.h"

#include "operatingarea.h"

#include <QLocale>

namespace rw {

namespace {

RuleFinding finding(const CityRule &rule, const QString &message, const QVariant &measured,
                    const QVariant &limit, const QString &unit = {})
{
    return RuleFinding{rule.article, rule.id, message, measured, limit, unit};
}

QString number(double value)
{
    return QLocale::c().toString(value, 'g', 15);
}

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

QDate RuleChecks::toDate(const QVariant &value)
{
    if (value.typeId() == QMetaType::QDate)
        return value.toDate();
    bool ok = false;
    const qint64 yyyymmdd = value.toString().toLongLong(&ok);
    if (!ok || yyyymmdd < 10000101 || yyyymmdd > 99991231)
        return {};
    return QDate(int(yyyymmdd / 10000), int(yyyymmdd / 100 % 100), int(yyyymmdd % 100));
}

QDate RuleChecks::lastValidDay(QDate from, int years, bool endsOnAnniversary)
{
    const QDate anniversary = from.addYears(years);
    return endsOnAnniversary ? anniversary.addDays(-1) : anniversary;
}

std::optional<RuleFinding> RuleChecks::evaluate(const CityRule &rule, const RuleFacts &facts,
                                                const OperatingArea *area)
{
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
    return finding(rule, tr("%1: %2 missing").arg(rule.article, RuleFacts::label(rule.fact)), {}, {});
}

std::optional<RuleFinding> RuleChecks::dateNotPassed(const CityRule &rule, const RuleFacts &facts)
{
    const QDate stop = toDate(facts.value(rule.fact));
    const QDate today = facts.asOfDate();
    if (!stop.isValid() || !today.isValid() || today <= stop) // valid through the stop day inclusive
        return std::nullopt;
    return finding(rule,
                   tr("%1: %2 ended on %3 (as of %4)")
                       .arg(rule.article, RuleFacts::label(rule.fact), isoDate(stop), isoDate(today)),
                   today, stop);
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
    const QString message =
        rule.endsOnAnniversary
            ? tr("%1: %2 years from %3 %4 reached on %5 (as of %6)")
                  .arg(rule.article)
                  .arg(rule.years)
                  .arg(RuleFacts::label(rule.fact), isoDate(from), isoDate(last.addDays(1)), isoDate(today))
            : tr("%1: %2 years from %3 %4 ended on %5 (as of %6)")
                  .arg(rule.article)
                  .arg(rule.years)
                  .arg(RuleFacts::label(rule.fact), isoDate(from), isoDate(last), isoDate(today));
    return finding(rule, message, today, last);
}

std::optional<RuleFinding> RuleChecks::threshold(const CityRule &rule, const RuleFacts &facts)
{
    const QVariant raw = facts.value(rule.fact);
    bool ok = false;
    const double value = raw.toDouble(&ok);
    if (!raw.isValid() || !ok)
        return std::nullopt;
    bool holds = false;
    if (rule.op == QStringLiteral("<"))
        holds = value < rule.limit;
    else if (rule.op == QStringLiteral("<="))
        holds = value <= rule.limit;
    else if (rule.op == QStringLiteral(">"))
        holds = value > rule.limit;
    else if (rule.op == QStringLiteral(">="))
        holds = value >= rule.limit;
    if (holds)
        return std::nullopt;
    const QString unit = rule.unit.isEmpty() ? QString() : QLatin1Char(' ') + rule.unit;
    return finding(
        rule,
        tr("%1: %2 %3%4, must be %5 %6%4")
            .arg(rule.article, RuleFacts::label(rule.fact), number(value), unit, rule.op, number(rule.limit)),
        value, rule.limit, rule.unit);
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
    return finding(rule,
                   tr("%1: %2 of the trip's 2 ends inside the permitted operating area, at least %3 required")
                       .arg(rule.article)
                       .arg(inside)
                       .arg(rule.minInside),
                   inside, rule.minInside);
}

std::optional<RuleFinding> RuleChecks::isFalse(const CityRule &rule, const RuleFacts &facts)
{
    const QVariant value = facts.value(rule.fact);
    if (!value.isValid() || !value.toBool())
        return std::nullopt;
    return finding(rule, tr("%1: %2").arg(rule.article, RuleFacts::label(rule.fact)), true, false);
}

} // namespace rw
