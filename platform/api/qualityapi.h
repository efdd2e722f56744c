#pragma once

#include "protocol/interfacecatalogue.h"
#include "quality/qualitymodel.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <memory>

namespace rw {

class ApiAuth;
class Database;
class HttpServer;
class QualityReviewStore;
class QualityScoreQuery;
class QualityTally;

/**
 * \brief /api/v1/quality: the data-quality results (DESIGN §6; seed 000 Art. 16–18), exactly as
 * docs/quality-contracts.md says.
 *
 *  - GET /api/v1/quality/scores?period=yyyy-mm|yyyy[&region=NNNNNN] → the companies of the region ranked,
 *    with rates, counts, score, 订单合规率 and the review state of the region's period.
 *  - GET /api/v1/quality/trend?year=yyyy[&region=…] → twelve months per company.
 *  - GET /api/v1/quality/violations?company=…&period=…[&dimension=…] → rules with violations, by interface,
 *    with sample records.
 *  - GET /api/v1/quality/records/<ipcType>/<rowId>, GET /api/v1/quality/quarantine/<id>[?reveal=1&reason=…]
 *    → the raw record behind a sample, personal fields masked unless revealed (ApiAuth::revealOf, as in
 *    the permit search).
 *  - PUT /api/v1/quality/reviews/<region>/<period> {"status": "reviewed"|"published", "comment"}
 *    (Permission::PublishQualityReports, the provincial supervisor) → the review object
 *    (QualityReviewStore: 409 not_reviewed, already_published, comment_required).
 *
 * Reads need Permission::ViewQualityReports. region defaults to the account's own and must lie within its
 * scope (403 out_of_scope); a company or record must belong to a company holding a permit in the scope.
 * Bad parameters are 400 naming the parameter and the value. Reads are audited ("quality.scores",
 * "quality.trend", "quality.violations", "quality.record") and answered only when audited (503 instead);
 * the review is audited ("quality.review", with the comment) in the same transaction as the change.
 * Only the results of \a model's version are read and reviewed.
 */
class QualityApi
{
    Q_DECLARE_TR_FUNCTIONS(rw::QualityApi)

public:
    /** \a db: the HTTP thread's connection. */
    QualityApi(ApiAuth &auth, Database &db, const QualityModel &model = QualityModel::builtIn(),
               std::shared_ptr<const InterfaceCatalogue> catalogue = InterfaceCatalogue::builtIn());
    ~QualityApi();

    void registerRoutes(HttpServer &server);

    /** {"completeness": rate|null, …} of \a tally. */
    static QJsonObject ratesJson(const QualityTally &tally);

private:
    ApiAuth &m_auth;
    std::unique_ptr<QualityScoreQuery> m_query;
    std::unique_ptr<QualityReviewStore> m_reviews;
};

} // namespace rw
