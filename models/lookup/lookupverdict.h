#pragma once

#include "lookuphit.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace rw {

class CityRules;

/**
 * \brief What the officer at the roadside needs first: may this vehicle (driver, company) serve passengers,
 * and if not, why — one reason per article.
 *
 * Reasons, in this order: the permit not valid (not yet, or expired: seed 002 Art. 41 for a vehicle's
 * transport certificate, Art. 19 for a driver's certificate, Art. 11 for a company's operating permit);
 * each rule of the city the permit breaks (the platform's findings, Art. 13 and 15 and their like); the
 * bad-record list (Art. 34).
 *
 * An answer from the offline cache was judged when it was cached: validity is judged again for \a today
 * from the permit's dates, and the verdict says the rest is as of then. Answers without findings or
 * badRecord (older platforms) give Unchecked, never Clear: the city's conditions were not looked at.
 */
struct LookupVerdict
{
    Q_DECLARE_TR_FUNCTIONS(rw::LookupVerdict)

public:
    enum class State {
        Clear,     //!< valid, no rule broken, not on the bad-record list
        Refused,   //!< at least one reason
        Unchecked, //!< valid, but findings or the bad-record list were not reported
    };

    struct Reason
    {
        QString article; //!< e.g. "第十三条(三)"
        QString text;    //!< translated, without the article
        QString ruleId;  //!< the finding's rule; empty for validity and the bad-record list
    };

    State state = State::Unchecked;
    bool valid = false; //!< the permit's validity as judged (the first reason when false)
    QList<Reason> reasons;

    /**
     * Judges \a hit. \a cached: the answer came from the offline cache, so validity is judged again on
     * \a today from the dates; otherwise the platform's "valid" stands and \a today (the day of the answer's
     * asOf) only words the reason. Days are China Standard Time. \a rules words the findings (may be null).
     */
    static LookupVerdict of(const LookupHit &hit, bool cached, const QDate &today, const CityRules *rules);

    /** The article a permit's validity comes from, by kind (seed 002). */
    static QString validityArticle(PermitKind kind);
    /** The bad-record list's article (seed 002 Art. 34). */
    static QString badRecordArticle();

    /** "May carry passengers", "May not carry passengers", … by kind and state (translated). */
    QString headline(PermitKind kind) const;
};

} // namespace rw
