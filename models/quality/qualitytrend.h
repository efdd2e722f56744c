#pragma once

#include "qualityfigures.h"
#include "qualityperiod.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace rw {

/**
 * \brief The platform's reply to GET /api/v1/quality/trend (docs/quality-contracts.md): per company the
 * figures of each CST month of one year (seed 000 Art. 17), January first; a month without records has
 * no score.
 */
struct QualityTrend
{
    Q_DECLARE_TR_FUNCTIONS(rw::QualityTrend)

public:
    struct Month
    {
        QualityPeriod period;
        QualityFigures figures;

        friend bool operator==(const Month &, const Month &) = default;
    };
    struct Company
    {
        QString companyId;
        QString name;
        QList<Month> months; //!< twelve, January first

        friend bool operator==(const Company &, const Company &) = default;
    };

    int year = 0;
    QString region;
    QString modelVersion;
    QList<Company> companies;

    /** Reads the reply; nothing with \a error naming the JSON path of the first problem. */
    static std::optional<QualityTrend> fromJson(const QJsonObject &json, QString *error = nullptr);

    friend bool operator==(const QualityTrend &, const QualityTrend &) = default;
};

} // namespace rw
