#pragma once

#include "cityrule.h"
#include "operatingarea.h"
#include "permits/driverpermit.h"
#include "permits/vehiclepermit.h"
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
 * Sources. A vehicle or a driver is judged from two sources that know different things: the companies'
 * uploads (base-info, positions; judged live by the platform's AlertMonitor through evaluate(subject,
 * facts)) and the city's permits (judged when a permit is looked up: checkVehiclePermit(),
 * checkDriverPermit()). Each rule says in "source" which of them supplies its facts ("upload" by
 * default, "permit", or both); an evaluation runs only the rules of its source. So a base-info rule such
 * as "present: baseInfo" never fires on a permit, which has no base-info facts, and an Art. 13 rule on
 * "wheelbaseMm" never judges the uploads. Within a source, a rule whose fact is unknown still finds
 * nothing (except "present", whose point is absence), and a rule whose "when" condition reads an unknown
 * fact does not apply.
 *
 * Permit facts (factsOf()): vehicles "seats", "wheelbaseMm", "rangeKm", "purchasePriceYuan" (each only
 * when given, i.e. not 0), "fuelType" (when not empty), "firstRegistration"; drivers "licenceFirstIssue",
 * "birthDate" and "gender" ("1"/"2", DriverPermit::genderCode(): from the ID number). "badRecord" is set by
 * the caller that knows the city's bad-record list (seed 002 Art. 34), through \a extraFacts.
 *
 * Wording. describe() words a finding from the rules held here, so the console shows a finding the
 * platform made in the console's language; a rule it does not know keeps the platform's message.
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

    /** Every finding of the upload rules about \a subject, in file order (the live alerts' evaluation). */
    QList<RuleFinding> evaluate(RuleSubject subject, const RuleFacts &facts) const;
    /** Every finding of the rules about \a subject whose facts \a source supplies, in file order. */
    QList<RuleFinding> evaluate(RuleSubject subject, RuleSource source, const RuleFacts &facts) const;

    /** The facts a vehicle permit gives the rules (see the class comment), judged at \a asOf. */
    static RuleFacts factsOf(const VehiclePermit &permit, const QDateTime &asOf);
    static RuleFacts factsOf(const DriverPermit &permit, const QDateTime &asOf);
    /**
     * Seed 002 Art. 13, 40–41 and their like: the permit rules about vehicles applied to \a permit at
     * \a asOf; \a extraFacts (e.g. {"badRecord": true}) are added to the permit's own.
     */
    QList<RuleFinding> checkVehiclePermit(const VehiclePermit &permit, const QDateTime &asOf,
                                          const QVariantHash &extraFacts = {}) const;
    /** Seed 002 Art. 15 and its like: the permit rules about drivers applied to \a permit at \a asOf. */
    QList<RuleFinding> checkDriverPermit(const DriverPermit &permit, const QDateTime &asOf,
                                         const QVariantHash &extraFacts = {}) const;

    /**
     * \a finding worded (translated) from this city's rule of its ruleId, with its measured value and
     * limit; \a finding's own message when no rule here has that id.
     */
    QString describe(const RuleFinding &finding) const;

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
