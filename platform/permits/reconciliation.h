#pragma once

#include "permitmismatch.h"
#include "security/regionscope.h"
#include "storage/databaseerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace rw {

class Database;

/**
 * \brief Reconciles the companies' base-info with the cities' permits (DESIGN §4; seed 000 Art. 5;
 * platform-interface.md §10.3): the 人车证不符 list behind 订单合规率.
 *
 * Base-info is what each company last sent per plate (ipc_baseinfovehicle) and per licence
 * (ipc_baseinfodriver): the newest record of each, skipped when its Flag is 3 (deleted). Each is
 * matched with the current permits by plate / licence (or ID number), and the certificate number it
 * names with the permit of that number:
 *  - no permit for the plate or licence → NoPermit (or CertificateOfAnother when the named certificate
 *    belongs to another vehicle or person);
 *  - the permit is another company's → OtherCompany;
 *  - the permit's term is over on \a today → Expired (vehicles: VehiclePermit::effectiveExpiry(), which
 *    includes the 8-year limit of seed 002 Art. 40–41);
 *  - base-info names another certificate number than the permit's → CertificateMismatch.
 * With \a onlineSinceMs, vehicles and drivers that sent positions since then (ipc_positionvehicle,
 * ipc_positiondriver) are checked too, even without base-info (a car on the road that the company
 * never registered), and every finding carries its last position time.
 *
 * Read-only; uses its connection's thread only.
 */
class Reconciliation
{
    Q_DECLARE_TR_FUNCTIONS(rw::Reconciliation)

public:
    struct Options
    {
        QDate today;                      //!< China Standard Time date the terms are judged on
        std::optional<RegionScope> scope; //!< only findings within it; nothing: all
        QString companyId;                //!< only this company; empty: all
        qint64 onlineSinceMs = 0;         //!< 0: base-info only
        bool onlineOnly = false;          //!< only vehicles and drivers seen since onlineSinceMs
        int limit = 1000;
    };

    struct Result
    {
        QList<PermitMismatch> mismatches;
        int vehiclesChecked = 0;
        int driversChecked = 0;
        bool truncated = false;
        DatabaseError error;
    };

    explicit Reconciliation(Database &db);

    Result run(const Options &options);

    /** "noPermit", "expired", "otherCompany", "certificateMismatch", "certificateOfAnother". */
    static QString problemKey(PermitMismatch::Problem problem);

private:
    Database &m_db;
};

} // namespace rw
