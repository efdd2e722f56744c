#pragma once

#include "permits/companypermit.h"
#include "permits/driverpermit.h"
#include "permits/permitkind.h"
#include "permits/vehiclepermit.h"
#include "rules/rulefinding.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace rw {

/**
 * \brief One permit of a permit search answer (docs/lookup-contracts.md, "hits"): its kind, what matched,
 * whether the platform judged it valid, the permit itself (personal data as sent: masked unless revealed),
 * the city's rules it breaks and whether its plate or driver is on the bad-record list.
 *
 * findings and badRecord are newer than the search itself: an answer without them says nothing about them
 * (findingsReported false, badRecord empty), which is not the same as "none".
 *
 * The permit fields are read here for now; models/permits/PermitJson::fromJson (another branch of issue 5)
 * reads the same shape, and fromJson() should use it once it is on main.
 */
struct LookupHit
{
    Q_DECLARE_TR_FUNCTIONS(rw::LookupHit)

public:
    PermitKind kind = PermitKind::Vehicle;
    QString matchedOn;     //!< "plate", "vin", "certificate", "idNumber", "licence", "name", "companyId"
    bool valid = false;    //!< as the platform judged it at the answer's asOf (Art. 41 for vehicles)
    CompanyPermit company; //!< set when kind is Company
    VehiclePermit vehicle; //!< set when kind is Vehicle
    DriverPermit driver;   //!< set when kind is Driver
    bool findingsReported = false;
    QList<RuleFinding> findings;   //!< in the platform's order; ruleId and article always set
    std::optional<bool> badRecord; //!< seed 002 Art. 34; empty: not reported

    /**
     * Reads one element of "hits"; \a path names it in errors ("hits[3]"). Nothing when a value has the
     * wrong type or a required key (kind, valid, permit, permit.certificate) is missing; \a error then names
     * the path, the rule and the value.
     */
    static std::optional<LookupHit> fromJson(const QJsonObject &json, const QString &path, QString *error);
    /** Reads one finding ({"ruleId", "article", "message", "measured", "limit", "unit"}). */
    static std::optional<RuleFinding> findingFromJson(const QJsonObject &json, const QString &path,
                                                      QString *error);

    qint64 id() const;
    QString certificate() const;
    QString companyId() const;
    /** The company's name where the permit carries it (drivers, companies), else its CompanyId. */
    QString companyText() const;
    /** What identifies the holder at a glance: the plate, the driver's name, the company's name. */
    QString title() const;
    QDate validFrom() const;
    /** The last day covered: for a vehicle its effective expiry (Art. 41: at most 8 years), else validTo. */
    QDate lastDay() const;
    /** Judged on \a day from the dates alone (for answers from the offline cache, judged again today). */
    bool isValidOn(const QDate &day) const;
    /** Rules broken, plus one if the platform judged the permit not valid, plus one for a bad record. */
    int problemCount() const;
    /** The translated name of a matchedOn key ("plate", "licence", …); the key itself if unknown. */
    static QString matchedOnName(const QString &key);
    /** "vehicle:12": kind and id, which identify a permit across answers. */
    QString identity() const;
};

} // namespace rw

Q_DECLARE_METATYPE(rw::LookupHit)
