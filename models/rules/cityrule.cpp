#include "cityrule.h"

#include <QJsonValue>
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
    std::pair{RuleCheck::EndsInArea, "endsInArea"}, std::pair{RuleCheck::False, "false"}};

template<typename Table>
QStringList keysOf(const Table &table)
{
    QStringList keys;
    for (const auto &[value, key] : table)
        keys.append(QLatin1String(key));
    return keys;
}

} // namespace

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
    case RuleCheck::Period: {
        const QJsonValue years = object.value(QStringLiteral("years"));
        if (!years.isDouble() || years.toDouble() != double(years.toInt()) || years.toInt() < 1 ||
            years.toInt() > 100)
            return fail(QStringLiteral("years"), tr("must be a whole number of years from 1 to 100, not %1")
                                                     .arg(years.toVariant().toString()));
        rule.years = years.toInt();
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
