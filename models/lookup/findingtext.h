#pragma once

#include "rules/rulefinding.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>

namespace rw {

class CityRules;

/**
 * \brief Words a rule finding of a lookup answer for the officer (docs/lookup-contracts.md: "the console
 * words the finding itself from its own copy of the city's rules, falling back to message").
 *
 * With the city's rules (CityRules) the finding's rule gives the fact and the check, and the sentence is
 * built from measured and limit in the console's language; a rule the console does not know (a newer rules
 * file on the platform) is shown as the platform worded it. The article is not part of the sentence: it
 * is shown beside it (citation()).
 */
class FindingText
{
    Q_DECLARE_TR_FUNCTIONS(rw::FindingText)

public:
    /** "wheelbase 2550 mm, must be >= 2600 mm"; \a rules may be null. */
    static QString describe(const RuleFinding &finding, const CityRules *rules);
    /** "第十三条(三)", or with the rules "五指山市 第十三条(三)" (whose regulation it is). */
    static QString citation(const QString &article, const CityRules *rules);
    /** A measured value or a limit: a number as written, an ISO date, yes/no, a text, texts joined; with \a
     * unit if given. */
    static QString value(const QVariant &value, const QString &unit = {});
};

} // namespace rw
