#pragma once

#include "fleet/vehiclekey.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>

namespace rw {

/**
 * \brief What the platform's permit registry says about one vehicle of one company: the answer to
 * GET /api/v1/permits/search?q=<plate> (platform/api/permitsapi.h), read for the vehicle card.
 *
 * Only permits for exactly this plate count (a plate search also returns longer plates it starts). A
 * current permit of the vehicle's own company decides (Valid or Expired, as the platform judged it on its
 * day); a permit held only by another company is OtherCompany; none at all is Missing.
 */
struct VehiclePermitStatus
{
    Q_DECLARE_TR_FUNCTIONS(rw::VehiclePermitStatus)

public:
    enum class State {
        Checking,     //!< asked, no answer yet
        Valid,        //!< a permit of this company, valid today
        Expired,      //!< a permit of this company, but not valid today (Art. 41)
        OtherCompany, //!< a permit exists for the plate, but for another CompanyId
        Missing,      //!< no permit for the plate in the registry (Art. 14)
        Unavailable   //!< no answer, or a refusal: see message
    };

    State state = State::Checking;
    VehicleKey vehicle;
    QString certificate;     //!< 运输证号 of the permit found
    QString permitCompanyId; //!< the company the permit was issued to
    QDate validTo;           //!< as on the certificate
    QDate effectiveExpiry;   //!< validTo, capped at first registration + 8 years (Art. 41)
    QString article;         //!< the seed 002 article that applies ("第十四条"), empty when none does
    QString message;         //!< Unavailable: why (translated)

    /** The status of \a vehicle from a 200 answer of the permit search. */
    static VehiclePermitStatus fromSearch(const VehicleKey &vehicle, const QJsonObject &answer);
    static VehiclePermitStatus checking(const VehicleKey &vehicle);
    static VehiclePermitStatus unavailable(const VehicleKey &vehicle, const QString &message);

    /** "琼DD12345": the plate without spaces, "·" or "-", in upper case. */
    static QString normalisedPlate(const QString &plate);
    /** The last day covered: effectiveExpiry if known, else validTo. */
    QDate lastDay() const { return effectiveExpiry.isValid() ? effectiveExpiry : validTo; }
    /** One line for the vehicle card, translated ("Valid until 2031-05-02 (certificate …)"). */
    QString text() const;
    /** The article cited, as the card shows it ("Wuzhishan rules Art. 14 (第十四条)"); empty when none. */
    QString citation() const;
};

} // namespace rw

Q_DECLARE_METATYPE(rw::VehiclePermitStatus)
