#pragma once

#include "accounts/accountservice.h"
#include "tracks/track.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QThreadPool>
#include <QUrlQuery>

#include <memory>

namespace rw {

class ApiAuth;
class CompanyDirectory;
class CompanyRegistry;
class Database;
class HttpServer;

/**
 * \brief GET /api/v1/tracks: one vehicle's stored positions over a period, with the pickups and
 * drop-offs of its trips, for the console's track replay (DESIGN §4 "tracks").
 *
 * GET /api/v1/tracks?company=<CompanyId>&plate=<VehicleNo>&from=<Unix s>&to=<Unix s>
 * (Permission::ViewOperationalData) →
 * \code
 * {"companyId": "…", "vehicleNo": "…", "from": s, "to": s,
 *  "pointFields": ["time","longitude","latitude","encrypt","bizStatus","speed","direction","orderId"],
 *  "points": [[1763700000, 109516800, 18776500, 2, 3, 32, 90, "0"], …],
 *  "pointCap": 100000, "truncated": false, "duplicates": 0,
 *  "events": [{"kind": "pickup"|"dropoff", "orderId": "…", "time": s,
 *              "longitude": n, "latitude": n, "encrypt": n}, …]}
 * \endcode
 *
 * Points are the positionVehicle records (A.7.2) of that company and plate whose business time
 * (PositionTime, normalised to Unix seconds at ingest: rw_business_time) lies in [from, to], oldest
 * first, in the order of "pointFields" (Longitude, Latitude, Encrypt, BizStatus, Speed, Direction,
 * OrderId as stored: coordinates are integers in 1e-6 degree in the datum of their Encrypt, DESIGN §5;
 * the console converts). An optional field that was not sent is null. A fix sent twice for the same
 * second (a re-send, seed 000 Art. 12) is given once, the first received; "duplicates" counts the rest.
 * At most pointCap points are returned; "truncated" says there were more (ask for a shorter period).
 *
 * Events: pickups are the operateDepart records (A.6.3: DepLongitude, DepLatitude, DepTime) of the
 * plate with DepTime in the period; drop-offs the operateArrive records (A.6.4: DestLongitude,
 * DestLatitude, DestTime) with DestTime in the period of the orders this vehicle served — operateArrive
 * carries no plate, so its orders are those of the vehicle's pickups (from TripLookbackSeconds before
 * the period on) and the OrderIds of its positions in the period. Sorted by time.
 *
 * No personal data: the driver's LicenseId of the operateDepart records is not returned (seed 000 Art. 20;
 * seed 002 Art. 27–28).
 *
 * Refusals (the usual ApiAuth ones first): 400 bad_request naming the parameter (missing, unknown,
 * repeated, not a number, to before from); 400 period_too_long when to − from exceeds
 * MaxPeriodSeconds; 403 out_of_scope when the company operates outside the account's region (audited
 * "track.view", denied); 404 not_found for a company the platform does not know.
 *
 * The lookup is a data access and is audited ("track.view", target "<company>/<plate>", with the
 * period and the counts) before the answer is sent; nothing is sent if the record cannot be written
 * (503, fail closed). The positions are read on a thread of their own, over a read-only connection to
 * the database, in one snapshot, so a long track does not hold up other requests.
 */
class TracksApi
{
    Q_DECLARE_TR_FUNCTIONS(rw::TracksApi)

public:
    static constexpr qint64 MaxPeriodSeconds = Track::MaxPeriodSeconds; // one limit for both sides
    static constexpr int PointCap = 100000;
    /** How long before the period a pickup may lie whose drop-off falls in it. */
    static constexpr qint64 TripLookbackSeconds = 12 * 3600;

    struct Query
    {
        QString companyId;
        QString vehicleNo;
        qint64 from = 0; //!< Unix s, inclusive
        qint64 to = 0;   //!< Unix s, inclusive
    };

    /** What readTrack() found. */
    struct Result
    {
        QByteArray json; //!< the 200 body
        int points = 0;
        int duplicates = 0;
        bool truncated = false;
        int pickups = 0;
        int dropoffs = 0;
        QString error; //!< set when the database could not be read
    };

    /** \a db: the HTTP thread's connection (the companies' regions); reads use their own connections. */
    TracksApi(ApiAuth &auth, const CompanyRegistry &companies, Database &db, const QString &databasePath);
    ~TracksApi();

    void registerRoutes(HttpServer &server);

    /** Reads the parameters into \a query; false with \a error naming the parameter and the value. */
    static bool parseQuery(const QUrlQuery &url, Query *query, QString *error, int *status = nullptr,
                           QString *code = nullptr);

    /** The SQL readTrack() runs: positions, pickups, drop-offs (for checking their query plans). */
    static QStringList statements();

    /** The track of \a query from \a db (the caller holds a transaction for one snapshot). */
    static Result readTrack(Database &db, const Query &query, int pointCap = PointCap);

private:
    struct Job;
    void finish(const std::shared_ptr<Job> &job);

    ApiAuth &m_auth;
    const CompanyRegistry &m_companies;
    std::unique_ptr<CompanyDirectory> m_directory;
    QString m_databasePath;
    QObject m_context;     //!< answers of pending reads die with it
    QThreadPool m_readers; //!< destroyed first: waits for running reads
};

} // namespace rw
