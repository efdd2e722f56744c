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
    // Worded by the console's own copy of the city's rules (in the console's language), the platform's
    // sentence only for a rule this copy does not know.
    QString message = (rules ? rules->describe(finding) : finding.message).trimmed();
    // The sentence names the article first ("第十三条(三): …"); it is shown beside it already.
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
