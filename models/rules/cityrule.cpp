#include "cityrule.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QLocale>
#include <QStringList>

#include <array>
#include <utility>

namespace rw {

namespace {

constexpr std::array Subjects = {
    std::pair{RuleSubject::Vehicle, "vehicle"}, std::pair{RuleSubject::Driver, "driver"},
    std::pair{RuleSubject::Trip, "trip"}, std::pair{RuleSubject::Dispatch, "dispatch"}};
constexpr std::array Checks = {
    std::pair{RuleCheck::Present, "present"},       std::pair{RuleCheck::DateNotPassed, "dateNotPassed"},
    std::pair{RuleCheck::Period, "period"},         std::pair{RuleCheck::Threshold, "threshold"},
    std::pair{RuleCheck::EndsInArea, "endsInArea"}, std::pair{RuleCheck::False, "false"},
    std::pair{RuleCheck::Between, "between"},       std::pair{RuleCheck::OneOf, "oneOf"},
    std::pair{RuleCheck::MinYears, "minYears"},     std::pair{RuleCheck::BelowAge, "belowAge"}};
constexpr std::array Sources = {std::pair{RuleSource::Upload, "upload"},
                                std::pair{RuleSource::Permit, "permit"}};

template<typename Table>
QStringList keysOf(const Table &table)
{
    QStringList keys;
    for (const auto &[value, key] : table)
        keys.append(QLatin1String(key));
    return keys;
}

bool isScalar(const QJsonValue &value)
{
    return value.isString() || value.isDouble() || value.isBool();
}

QString shown(const QJsonValue &value)
{
    if (value.isUndefined())
        return QStringLiteral("(missing)");
    if (value.isString())
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    return value.toVariant().toString();
}

/** A whole number in [low, high]; nothing otherwise. */
std::optional<int> wholeNumber(const QJsonValue &value, int low, int high)
{
    if (!value.isDouble() || value.toDouble() != double(value.toInt()) || value.toInt() < low ||
        value.toInt() > high)
        return std::nullopt;
    return value.toInt();
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    bool aNumber = false;
    bool bNumber = false;
    const double x = a.toDouble(&aNumber);
    const double y = b.toDouble(&bNumber);
    if (aNumber && bNumber)
        return x == y;
    const auto text = [](const QVariant &v) {
        return v.typeId() == QMetaType::QDate ? v.toDate().toString(Qt::ISODate) : v.toString();
    };
    return text(a) == text(b);
}

QString valueText(const QVariant &v)
{
    if (v.typeId() == QMetaType::Double)
        return QLocale::c().toString(v.toDouble(), 'g', 15);
    return v.toString();
}

} // namespace

std::optional<bool> CityRule::Condition::holds(const RuleFacts &facts) const
{
    if (!facts.has(fact))
        return std::nullopt;
    const QVariant value = facts.value(fact);
    switch (op) {
    case Op::Equals:
        return !values.isEmpty() && sameValue(value, values.first());
    case Op::NotEquals:
        return values.isEmpty() || !sameValue(value, values.first());
    case Op::OneOf:
        for (const QVariant &v : values)
            if (sameValue(value, v))
                return true;
        return false;
    }
    return false;
}

QString CityRule::Condition::describe() const
{
    QStringList shownValues;
    for (const QVariant &v : values)
        shownValues.append(valueText(v));
    switch (op) {
    case Op::Equals:
        return tr("%1 is %2").arg(RuleFacts::label(fact), shownValues.value(0));
    case Op::NotEquals:
        return tr("%1 is not %2").arg(RuleFacts::label(fact), shownValues.value(0));
    case Op::OneOf:
        break;
    }
    return tr("%1 is one of %2").arg(RuleFacts::label(fact), shownValues.join(QStringLiteral(", ")));
}

int CityRule::AgeSchedule::ageMonths(QDate birth) const
{
    const int base = years * 12;
    if (!raisedFrom.isValid() || !birth.isValid() || everyMonths <= 0)
        return base;
    const int months = (birth.year() - raisedFrom.year()) * 12 + (birth.month() - raisedFrom.month());
    if (months < 0)
        return base;
    return qMin(base + (months / everyMonths + 1) * byMonths, qMax(upToYears, years) * 12);
}

bool CityRule::applies(const RuleFacts &facts) const
{
    for (const Condition &c : when) {
        const std::optional<bool> holds = c.holds(facts);
        if (!holds || !*holds)
            return false;
    }
    return true;
}

QString CityRule::subjectKey(RuleSubject subject)
{
    for (const auto &[value, key] : Subjects)
        if (value == subject)
            return QLatin1String(key);
    return {};
}

QString CityRule::checkKey(RuleCheck check)
{
    for (const auto &[value, key] : Checks)
        if (value == check)
            return QLatin1String(key);
    return {};
}

QString CityRule::sourceKey(RuleSource source)
{
    for (const auto &[value, key] : Sources)
        if (value == source)
            return QLatin1String(key);
    return {};
}

std::optional<CityRule> CityRule::fromJson(const QJsonObject &object, int index, QString *error)
{
    const QString at = QStringLiteral("rules[%1]").arg(index);
    auto fail = [&](const QString &key, const QString &problem) {
        *error = QStringLiteral("%1.%2: %3").arg(at, key, problem);
        return std::nullopt;
    };
    auto text = [&](const char *key) { return object.value(QLatin1String(key)).toString(); };

    CityRule rule;
    rule.id = text("id");
    if (rule.id.isEmpty())
        return fail(QStringLiteral("id"), tr("a rule needs an id (a non-empty string)"));
    rule.article = text("article");
    if (rule.article.isEmpty())
        return fail(QStringLiteral("article"), tr("rule %1 needs the article it comes from").arg(rule.id));

    const QString subject = text("subject");
    bool known = false;
    for (const auto &[value, key] : Subjects)
        if (subject == QLatin1String(key)) {
            rule.subject = value;
            known = true;
        }
    if (!known)
        return fail(QStringLiteral("subject"),
                    tr("\"%1\" is not one of %2").arg(subject, keysOf(Subjects).join(QStringLiteral(", "))));
    const QString check = text("check");
    known = false;
    for (const auto &[value, key] : Checks)
        if (check == QLatin1String(key)) {
            rule.check = value;
            known = true;
        }
    if (!known)
        return fail(QStringLiteral("check"),
                    tr("\"%1\" is not one of %2").arg(check, keysOf(Checks).join(QStringLiteral(", "))));

    // "source": one key or a list of them.
    if (object.contains(QStringLiteral("source"))) {
        const QJsonValue source = object.value(QStringLiteral("source"));
        const QJsonArray list = source.isArray() ? source.toArray() : QJsonArray{source};
        if (list.isEmpty())
            return fail(QStringLiteral("source"),
                        tr("needs at least one of %1").arg(keysOf(Sources).join(QStringLiteral(", "))));
        rule.sources.clear();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString key =
                source.isArray() ? QStringLiteral("source[%1]").arg(i) : QStringLiteral("source");
            std::optional<RuleSource> found;
            for (const auto &[value, name] : Sources)
                if (list.at(i).toString() == QLatin1String(name))
                    found = value;
            if (!found)
                return fail(key, tr("%1 is not one of %2")
                                     .arg(shown(list.at(i)), keysOf(Sources).join(QStringLiteral(", "))));
            if (!rule.sources.contains(*found))
                rule.sources.append(*found);
        }
    }

    // "when": a condition or a list of conditions, all of which must hold.
    if (object.contains(QStringLiteral("when"))) {
        const QJsonValue when = object.value(QStringLiteral("when"));
        const QJsonArray list = when.isArray() ? when.toArray() : QJsonArray{when};
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString key = when.isArray() ? QStringLiteral("when[%1]").arg(i) : QStringLiteral("when");
            if (!list.at(i).isObject())
                return fail(key, tr("a condition is an object such as {\"fact\": \"seats\", \"equals\": 7}"));
            const QJsonObject c = list.at(i).toObject();
            Condition condition;
            condition.fact = c.value(QStringLiteral("fact")).toString();
            if (condition.fact.isEmpty())
                return fail(key + QStringLiteral(".fact"), tr("a condition needs the fact it reads"));
            const QStringList ops = {QStringLiteral("equals"), QStringLiteral("notEquals"),
                                     QStringLiteral("oneOf")};
            QStringList given;
            for (const QString &op : ops)
                if (c.contains(op))
                    given.append(op);
            if (given.size() != 1)
                return fail(key, tr("a condition needs exactly one of %1, has %2")
                                     .arg(ops.join(QStringLiteral(", ")),
                                          given.isEmpty() ? tr("none") : given.join(QStringLiteral(", "))));
            const QJsonValue value = c.value(given.first());
            if (given.first() == QStringLiteral("oneOf")) {
                condition.op = Condition::Op::OneOf;
                const QJsonArray values = value.toArray();
                if (!value.isArray() || values.isEmpty())
                    return fail(key + QStringLiteral(".oneOf"),
                                tr("must be a non-empty list of strings, numbers or booleans, not %1")
                                    .arg(shown(value)));
                for (qsizetype k = 0; k < values.size(); ++k) {
                    if (!isScalar(values.at(k)))
                        return fail(key + QStringLiteral(".oneOf[%1]").arg(k),
                                    tr("must be a string, a number or a boolean"));
                    condition.values.append(values.at(k).toVariant());
                }
            } else {
                condition.op = given.first() == QStringLiteral("equals") ? Condition::Op::Equals
                                                                         : Condition::Op::NotEquals;
                if (!isScalar(value))
                    return fail(key + QLatin1Char('.') + given.first(),
                                tr("must be a string, a number or a boolean, not %1").arg(shown(value)));
                condition.values.append(value.toVariant());
            }
            rule.when.append(condition);
        }
    }

    if (rule.check != RuleCheck::EndsInArea) {
        rule.fact = text("fact");
        if (rule.fact.isEmpty())
            return fail(QStringLiteral("fact"), tr("a %1 check needs the fact it reads").arg(check));
    }

    switch (rule.check) {
    case RuleCheck::Present:
    case RuleCheck::DateNotPassed:
    case RuleCheck::False:
        break;
    case RuleCheck::Period:
    case RuleCheck::MinYears: {
        const QJsonValue years = object.value(QStringLiteral("years"));
        const std::optional<int> n = wholeNumber(years, 1, 100);
        if (!n)
            return fail(QStringLiteral("years"),
                        tr("must be a whole number of years from 1 to 100, not %1").arg(shown(years)));
        rule.years = *n;
        if (rule.check == RuleCheck::MinYears)
            break;
        const QString ends = text("ends");
        if (ends == QStringLiteral("onAnniversary"))
            rule.endsOnAnniversary = true;
        else if (ends == QStringLiteral("afterAnniversary"))
            rule.endsOnAnniversary = false;
        else
            return fail(QStringLiteral("ends"),
                        tr("\"%1\" is not one of onAnniversary, afterAnniversary").arg(ends));
        break;
    }
    case RuleCheck::Threshold: {
        rule.op = text("operator");
        static const QStringList operators = {QStringLiteral("<"), QStringLiteral("<="), QStringLiteral(">"),
                                              QStringLiteral(">=")};
        if (!operators.contains(rule.op))
            return fail(QStringLiteral("operator"),
                        tr("\"%1\" is not one of %2").arg(rule.op, operators.join(QStringLiteral(", "))));
        const QJsonValue limit = object.value(QStringLiteral("limit"));
        if (!limit.isDouble())
            return fail(QStringLiteral("limit"),
                        tr("must be a number, not %1").arg(limit.toVariant().toString()));
        rule.limit = limit.toDouble();
        rule.unit = text("unit");
        break;
    }
    case RuleCheck::Between: {
        const QJsonValue min = object.value(QStringLiteral("min"));
        const QJsonValue max = object.value(QStringLiteral("max"));
        if (!min.isDouble())
            return fail(QStringLiteral("min"), tr("must be a number, not %1").arg(shown(min)));
        if (!max.isDouble())
            return fail(QStringLiteral("max"), tr("must be a number, not %1").arg(shown(max)));
        if (max.toDouble() < min.toDouble())
            return fail(QStringLiteral("max"),
                        tr("%1 is below min %2").arg(max.toVariant().toString(), min.toVariant().toString()));
        rule.min = min.toDouble();
        rule.max = max.toDouble();
        rule.unit = text("unit");
        break;
    }
    case RuleCheck::OneOf: {
        const QJsonValue values = object.value(QStringLiteral("values"));
        const QJsonArray list = values.toArray();
        if (!values.isArray() || list.isEmpty())
            return fail(QStringLiteral("values"),
                        tr("must be a non-empty list of strings, not %1").arg(shown(values)));
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (!list.at(i).isString() || list.at(i).toString().isEmpty())
                return fail(QStringLiteral("values[%1]").arg(i),
                            tr("must be a non-empty string, not %1").arg(shown(list.at(i))));
            rule.values.append(list.at(i).toString());
        }
        break;
    }
    case RuleCheck::BelowAge: {
        const QJsonValue age = object.value(QStringLiteral("age"));
        if (!age.isObject())
            return fail(QStringLiteral("age"),
                        tr("must be an object such as {\"years\": 60}, not %1").arg(shown(age)));
        const QJsonObject a = age.toObject();
        const std::optional<int> years = wholeNumber(a.value(QStringLiteral("years")), 1, 150);
        if (!years)
            return fail(QStringLiteral("age.years"),
                        tr("must be a whole number of years from 1 to 150, not %1")
                            .arg(shown(a.value(QStringLiteral("years")))));
        rule.age.years = *years;
        rule.age.upToYears = *years;
        if (!a.contains(QStringLiteral("raisedFrom")))
            break;
        const QString from = a.value(QStringLiteral("raisedFrom")).toString();
        rule.age.raisedFrom = QDate::fromString(from + QStringLiteral("-01"), Qt::ISODate);
        if (from.size() != 7 || !rule.age.raisedFrom.isValid())
            return fail(QStringLiteral("age.raisedFrom"),
                        tr("must be a birth month as \"YYYY-MM\", not %1")
                            .arg(shown(a.value(QStringLiteral("raisedFrom")))));
        for (const auto &[key, target] : {std::pair{QStringLiteral("everyMonths"), &rule.age.everyMonths},
                                          std::pair{QStringLiteral("byMonths"), &rule.age.byMonths}}) {
            const std::optional<int> n = wholeNumber(a.value(key), 1, 120);
            if (!n)
                return fail(
                    QStringLiteral("age.") + key,
                    tr("must be a whole number of months from 1 to 120, not %1").arg(shown(a.value(key))));
            *target = *n;
        }
        const std::optional<int> upTo = wholeNumber(a.value(QStringLiteral("upToYears")), *years, 150);
        if (!upTo)
            return fail(QStringLiteral("age.upToYears"),
                        tr("must be a whole number of years from age.years (%1) to 150, not %2")
                            .arg(*years)
                            .arg(shown(a.value(QStringLiteral("upToYears")))));
        rule.age.upToYears = *upTo;
        break;
    }
    case RuleCheck::EndsInArea: {
        rule.area = text("area");
        if (rule.area.isEmpty())
            return fail(QStringLiteral("area"), tr("an endsInArea check needs the name of an area"));
        const QJsonValue minInside = object.value(QStringLiteral("minInside"));
        if (!minInside.isDouble() || minInside.toDouble() != double(minInside.toInt()) ||
            minInside.toInt() < 1 || minInside.toInt() > 2)
            return fail(
                QStringLiteral("minInside"),
                tr("must be 1 or 2 (ends of the trip), not %1").arg(minInside.toVariant().toString()));
        rule.minInside = minInside.toInt();
        break;
    }
    }
    return rule;
}

} // namespace rw
