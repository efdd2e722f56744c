#pragma once

#include "lookuphit.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace rw {

/**
 * \brief One answer of the permit search (GET /api/v1/permits/search, docs/lookup-contracts.md), from the
 * platform or from the officer's offline cache.
 *
 * A cached answer is the platform's answer as it was at cachedAt: its validity and findings were judged
 * then (asOf), so whoever shows it says so, and judges validity again for today from the dates
 * (LookupVerdict does).
 */
struct LookupAnswer
{
    Q_DECLARE_TR_FUNCTIONS(rw::LookupAnswer)

public:
    enum class Source {
        Online, //!< the platform answered now
        Cached  //!< the platform could not be reached; the offline cache answered
    };

    QString query;          //!< what the officer asked (not part of the JSON; set by whoever asked)
    QString queryClass;     //!< "plate", "platePrefix", "idNumber", "vin", "name", "company", "certificate"
    bool truncated = false; //!< more permits matched than were sent
    bool revealed = false;  //!< personal data in clear (reveal=1, audited)
    QDateTime asOf;         //!< when the platform judged validity and findings; invalid if not reported
    QList<LookupHit> hits;  //!< in the platform's order (the best match first)
    Source source = Source::Online;
    QDateTime cachedAt;   //!< Cached: when the platform gave the answer (or the registry snapshot was taken)
    QDateTime receivedAt; //!< when the console got it (from the platform or the cache)

    /**
     * Reads the JSON of the search (or of the offline cache, same shape). Missing keys are "not reported"
     * (hits: none); a value of the wrong type fails with \a error naming its path ("hits[2].valid: \"yes\"
     * is not true or false").
     */
    static std::optional<LookupAnswer> fromJson(const QJsonObject &json, QString *error);

    bool isCached() const { return source == Source::Cached; }
    /** The moment validity was judged: asOf, else cachedAt for a cached answer, else receivedAt. */
    QDateTime judgedAt() const;
    /** The translated name of a query class ("plate", "ID number", …); the key itself if unknown. */
    static QString queryClassName(const QString &queryClass);
};

} // namespace rw

Q_DECLARE_METATYPE(rw::LookupAnswer)
