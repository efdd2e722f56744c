#include "findingtext.h"

#include "rules/cityrules.h"

#include <QDate>
#include <QLocale>

namespace rw {

QString FindingText::value(const QVariant &value, const QString &unit)
{
    QString text;
    switch (value.typeId()) {
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::Bool:
        return value.toBool() ? tr("yes") : tr("no");
    case QMetaType::QStringList:
        text = value.toStringList().join(tr(", "));
        break;
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        text = QLocale::c().toString(value.toDouble(), 'g', 15);
        break;
    default:
        if (!value.isValid())
            return tr("not known");
        text = value.toString();
    }
    return unit.isEmpty() ? text : tr("%1 %2").arg(text, unit);
}

QString FindingText::citation(const QString &article, const CityRules *rules)
{
    if (!rules || rules->name().isEmpty())
        return article;
    return tr("%1 %2").arg(rules->name(), article);
}

QString FindingText::describe(const RuleFinding &finding, const CityRules *rules)
{
    const CityRule *rule = rules ? rules->rule(finding.ruleId) : nullptr;
    if (rule) {
        const QString fact = RuleFacts::label(rule->fact);
        const QString unit = finding.unit.isEmpty() ? rule->unit : finding.unit;
        switch (rule->check) {
        case RuleCheck::Present:
            return tr("%1 missing").arg(fact);
        case RuleCheck::DateNotPassed:
            return tr("%1 ended on %2").arg(fact, value(finding.limit));
        case RuleCheck::Period:
            return rule->endsOnAnniversary ? tr("%1 years from the %2 reached on %3")
                                                 .arg(rule->years)
                                                 .arg(fact, value(finding.limit.toDate().addDays(1)))
                                           : tr("%1 years from the %2 ended on %3")
                                                 .arg(rule->years)
                                                 .arg(fact, value(finding.limit));
        case RuleCheck::Threshold:
            return tr("%1 %2, must be %3 %4")
                .arg(fact, value(finding.measured, unit), rule->op, value(finding.limit, unit));
        case RuleCheck::EndsInArea:
            return tr("%1 of the trip's 2 ends inside the permitted operating area, at least %2 required")
                .arg(value(finding.measured), value(finding.limit));
        case RuleCheck::False:
            return fact;
        }
    }
    QString message = finding.message.trimmed();
    // The platform's sentence names the article first ("第十三条(三): …"); it is shown beside it already.
    for (const QString &prefix :
         {finding.article + QStringLiteral(": "), finding.article + QStringLiteral("："), finding.article}) {
        if (!finding.article.isEmpty() && message.startsWith(prefix)) {
            message = message.mid(prefix.size()).trimmed();
            break;
        }
    }
    if (!message.isEmpty())
        return message;
    if (finding.measured.isValid() || finding.limit.isValid())
        return tr("rule %1: found %2, the limit is %3")
            .arg(finding.ruleId, value(finding.measured, finding.unit), value(finding.limit, finding.unit));
    return tr("rule %1").arg(finding.ruleId);
}

} // namespace rw
