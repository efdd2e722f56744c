#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace rw {

/** The kinds of fault the simulator injects; each is counted in SimulatorStats::faults. */
enum class FaultKind {
    Late,              //!< record held beyond its timeliness limit (seed 000 Art. 15(三))
    Missing,           //!< a required field left out (Art. 15(一))
    Malformed,         //!< a field too long, of the wrong type, with a bad code or a bad date (Art. 15(二))
    Epoch,             //!< the business time set in 1970 (authenticity)
    Outage,            //!< a company's silent window began (seed 000 Art. 12)
    Backfill,          //!< a record held by an outage and re-sent after it
    UnlicensedVehicle, //!< a vehicle without base-info or without a transport permit
    UnlicensedDriver,  //!< a driver without base-info or without a driver permit
    ExpiredVehicle,    //!< TransDateStop in the past
    ExpiredDriver,     //!< NetworkCarProofOff in the past
    JuniorDriver,      //!< licence held less than 3 years (seed 002 Art. 15(一))
    Outside,           //!< a trip with both ends outside the permitted area (seed 002 Art. 22)
    NonCompliantOrder, //!< derived: an order served by a vehicle or driver without a valid permit
};

constexpr int kFaultKindCount = int(FaultKind::NonCompliantOrder) + 1;

/** Stable name of \a kind as used in fault plans and statistics ("late", "unlicensedVehicle", …). */
QString faultKindName(FaultKind kind);
std::optional<FaultKind> faultKindFromName(QStringView name);

/** A company's silent window: nothing sent for a period, then the held records are back-filled. */
struct OutageWindow
{
    QString company;          //!< "C1" = first company (1-based), or a CompanyId
    qint64 offsetSeconds = 0; //!< from the start of the simulation
    qint64 durationSeconds = 0;

    bool operator==(const OutageWindow &) const = default;
};

/**
 * \brief Which faults to inject, and how often.
 *
 * Parsed from text such as
 * "late=0.1,missing=0.01,malformed=0.01,outage=C1:600@3600,unlicensed=0.02,expired=0.02,outside=0.01,epoch=0.001".
 * Rates are probabilities: late/missing/malformed/epoch per record (every record except a company's
 * initial base-info), unlicensed/expired/junior per vehicle and per driver, outside per order.
 * An outage is company:duration@offset (seconds, or with an s/m/h suffix); several outages may be given
 * by repeating the key or separating them with ';'. The plan is deterministic with the simulator's seed.
 */
class FaultPlan
{
    Q_DECLARE_TR_FUNCTIONS(rw::FaultPlan)

public:
    double late = 0;
    double missing = 0;
    double malformed = 0;
    double epoch = 0;
    double unlicensed = 0;
    double expired = 0;
    double junior = 0;
    double outside = 0;
    QList<OutageWindow> outages;

    /** Parses \a text (empty or "none" = no faults); on error returns nothing and names the part. */
    static std::optional<FaultPlan> parse(const QString &text, QString *error = nullptr);

    /** The canonical text form; parse(toString()) gives back an equal plan. */
    QString toString() const;

    bool isEmpty() const;
    bool operator==(const FaultPlan &) const = default;
};

} // namespace rw
