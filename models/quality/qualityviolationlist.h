#pragma once

#include "qualitydimension.h"
#include "qualityperiod.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>

#include <optional>

namespace rw {

/**
 * \brief The platform's reply to GET /api/v1/quality/violations (docs/quality-contracts.md): the rules one
 * company's records broke in a period, each with its article (seed 000 Art. 15), count, counts by interface
 * and the first sample records, so a score can be traced to the records that lowered it (DESIGN §6).
 */
struct QualityViolationList
{
    Q_DECLARE_TR_FUNCTIONS(rw::QualityViolationList)

public:
    struct Sample
    {
        QString ipcType;
        QString source; //!< "record" (stored) or "quarantine" (refused at intake)
        qint64 rowId = 0;
        QString recordKey; //!< "VehicleNo=琼A12345;PositionTime=…"
        QDateTime receivedAt;
        QString path; //!< where its raw record is: /api/v1/quality/records/… or /quarantine/…

        friend bool operator==(const Sample &, const Sample &) = default;
    };
    struct Rule
    {
        QString ruleId; //!< "timeliness.withinLimit"
        std::optional<QualityDimension> dimension;
        QString article; //!< "第十五条(三)"
        QString description;
        qint64 violations = 0;
        QMap<QString, qint64> byInterface;
        QList<Sample> samples;

        friend bool operator==(const Rule &, const Rule &) = default;
    };

    QString companyId;
    QualityPeriod period;
    QString modelVersion;
    QList<Rule> rules;

    /** Σ violations over the rules. */
    qint64 totalViolations() const;

    /** Reads the reply; nothing with \a error naming the JSON path of the first problem. */
    static std::optional<QualityViolationList> fromJson(const QJsonObject &json, QString *error = nullptr);

    friend bool operator==(const QualityViolationList &, const QualityViolationList &) = default;
};

} // namespace rw
