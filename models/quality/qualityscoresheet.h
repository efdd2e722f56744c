#pragma once

#include "qualityfigures.h"
#include "qualityperiod.h"
#include "qualityreviewstate.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace rw {

/**
 * \brief The platform's reply to GET /api/v1/quality/scores (docs/quality-contracts.md): the companies of a
 * region ranked by their data-quality score over one CST month or year (seed 000 Art. 16–17), the model
 * version the numbers were computed with, and where the period's review stands (Art. 18).
 */
struct QualityScoreSheet
{
    Q_DECLARE_TR_FUNCTIONS(rw::QualityScoreSheet)

public:
    struct Company
    {
        QString companyId;
        QString name;
        int rank = 0;
        QualityFigures figures;

        /** "name (C1)", or the id alone. */
        QString displayName() const;

        friend bool operator==(const Company &, const Company &) = default;
    };

    QualityPeriod period;
    QString region;
    QString modelVersion;
    QualityReviewState review;
    QList<Company> companies; //!< ranked: score descending, unmeasured last, ties by companyId

    /** The company \a companyId, or nothing. */
    std::optional<Company> company(const QString &companyId) const;
    /**
     * The region's rate on \a d over all its companies: Σ passed ÷ Σ checked (records weigh, not companies);
     * nothing when nothing was checked.
     */
    std::optional<double> regionRate(QualityDimension d) const;
    /** The region's order compliance: Σ compliant ÷ Σ checked. */
    std::optional<double> regionOrderCompliance() const;

    /** Reads the reply; nothing with \a error naming the JSON path of the first problem. */
    static std::optional<QualityScoreSheet> fromJson(const QJsonObject &json, QString *error = nullptr);

    friend bool operator==(const QualityScoreSheet &, const QualityScoreSheet &) = default;
};

} // namespace rw
