#include "lookupverdict.h"

#include "findingtext.h"

namespace rw {

namespace {

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : LookupVerdict::tr("an unknown day");
}

} // namespace

QString LookupVerdict::validityArticle(PermitKind kind)
{
    switch (kind) {
    case PermitKind::Company:
        return QStringLiteral("第十一条"); // Art. 11: operate only with the city's operating permit
    case PermitKind::Vehicle:
        return QStringLiteral("第四十一条"); // Art. 41: valid from issue until registration + 8 years
    case PermitKind::Driver:
        return QStringLiteral("第十九条"); // Art. 19: drivers with a lawful qualification only
    }
    return {};
}

QString LookupVerdict::badRecordArticle()
{
    return QStringLiteral("第三十四条"); // Art. 34: the city's bad-record list of companies and drivers
}

LookupVerdict LookupVerdict::of(const LookupHit &hit, bool cached, const QDate &today, const CityRules *rules)
{
    LookupVerdict verdict;
    const bool valid = hit.valid && (!cached || hit.isValidOn(today));
    verdict.valid = valid;
    if (!valid) {
        const QDate from = hit.validFrom();
        const QDate last = hit.lastDay();
        QString text;
        if (cached && hit.valid) // valid when cached, not any more
            text =
                tr("the permit ran out on %1 (judged again today from the cached dates)").arg(isoDate(last));
        else if (from.isValid() && today.isValid() && today < from)
            text = tr("the permit is not valid yet: valid from %1").arg(isoDate(from));
        else if (hit.kind == PermitKind::Vehicle && hit.vehicle.validTo.isValid() && last.isValid() &&
                 last < hit.vehicle.validTo)
            text =
                tr("the transport certificate ended on %1, 8 years after the first registration on %2, "
                   "although it reads valid until %3")
                    .arg(isoDate(last), isoDate(hit.vehicle.firstRegistration), isoDate(hit.vehicle.validTo));
        else
            text = tr("the permit is not valid: valid from %1 until %2").arg(isoDate(from), isoDate(last));
        verdict.reasons.append({validityArticle(hit.kind), text, {}});
    }
    for (const RuleFinding &finding : hit.findings)
        verdict.reasons.append({finding.article, FindingText::describe(finding, rules), finding.ruleId});
    if (hit.badRecord.value_or(false)) {
        verdict.reasons.append({badRecordArticle(),
                                hit.kind == PermitKind::Driver
                                    ? tr("the driver is on the city's bad-record list")
                                    : tr("the vehicle is on the city's bad-record list"),
                                {}});
    }
    if (!verdict.reasons.isEmpty())
        verdict.state = State::Refused;
    else if (!hit.findingsReported || !hit.badRecord.has_value())
        verdict.state = State::Unchecked;
    else
        verdict.state = State::Clear;
    return verdict;
}

QString LookupVerdict::headline(PermitKind kind) const
{
    switch (state) {
    case State::Clear:
        return kind == PermitKind::Company ? tr("May operate") : tr("May carry passengers");
    case State::Refused:
        return kind == PermitKind::Company ? tr("May not operate") : tr("May not carry passengers");
    case State::Unchecked:
        return tr("Permit valid — the city's conditions were not checked");
    }
    return {};
}

} // namespace rw
