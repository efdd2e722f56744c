#pragma once

#include "cityrule.h"
#include "operatingarea.h"
#include "rulefacts.h"
#include "rulefinding.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace rw {

/**
 * \brief A city's regulations as data (DESIGN §5): resources/rules/<regionCode>.json, interpreted by
 * RuleChecks. Another city is another file, not new code.
 *
 * The file holds the region, the regulation it transcribes, named areas and a list of rules:
 * ```
 * {"format": 1, "regionCode": 469001, "name": "五指山市", "regulation": "…",
 *  "areas": {"operatingArea": {"cityFile": "469001", "key": "operatingArea"}},
 *  "rules": [{"id": "trip.operatingArea", "article": "第二十二条", "subject": "trip",
 *             "check": "endsInArea", "area": "operatingArea", "minInside": 1}, …]}
 * ```
 * An area is either a reference to a polygon of a city file (resources/cities/<code>.json, the file
 * the simulator draws the city from, so the boundary exists once) or an inline "polygon":
 * [[longitude, latitude], …] in WGS-84. Rules: see CityRule. Every error names the key.
 *
 * Immutable once loaded; copies share nothing mutable, so a CityRules can be used from any thread.
 */
class CityRules
{
    Q_DECLARE_TR_FUNCTIONS(rw::CityRules)

public:
    /** Reads a referenced city file by region code; returns its bytes, or sets \a error and returns nothing.
     */
    using CityFileReader =
        std::function<std::optional<QByteArray>(const QString &regionCode, QString *error)>;

    /** Parses a rules file; on failure returns nothing with \a error naming the key that was wrong. */
    static std::optional<CityRules> fromJson(const QByteArray &json, QString *error,
                                             const CityFileReader &cityFiles = builtInCityFile);
    /** Loads the built-in rules of a six-digit region code (":/rules/<code>.json") or a rules file by path.
     */
    static std::optional<CityRules> load(const QString &codeOrPath, QString *error);
    /** Whether rules for \a regionCode are compiled in. */
    static bool hasBuiltIn(const QString &regionCode);
    static QString builtInPath(const QString &regionCode);
    /** The compiled-in city file ":/cities/<code>.json". */
    static std::optional<QByteArray> builtInCityFile(const QString &regionCode, QString *error);

    QString regionCode() const { return m_regionCode; }
    QString name() const { return m_name; }
    QString regulation() const { return m_regulation; }
    const QList<CityRule> &rules() const { return m_rules; }
    /** The rule called \a id, or nullptr. */
    const CityRule *rule(const QString &id) const;
    /** The area called \a name (invalid if there is none). */
    OperatingArea area(const QString &name) const { return m_areas.value(name); }

    /** Every finding of the rules about \a subject, in file order. */
    QList<RuleFinding> evaluate(RuleSubject subject, const RuleFacts &facts) const;

    /** Seed 002 Art. 22 and its like: the trip from \a departure to \a destination, in \a datum. */
    QList<RuleFinding> checkTrip(const QGeoCoordinate &departure, const QGeoCoordinate &destination,
                                 Datum datum, const QDateTime &asOf) const;
    /** Seed 002 Art. 26(一) and its like: an order pushed to a driver who \a carrying a passenger or not. */
    QList<RuleFinding> checkDispatch(bool carrying, const QDateTime &asOf) const;

private:
    CityRules() = default;

    QString m_regionCode;
    QString m_name;
    QString m_regulation;
    QHash<QString, OperatingArea> m_areas;
    QList<CityRule> m_rules;
};

} // namespace rw
