#pragma once

#include "qualitydimension.h"
#include "qualitymodel.h"
#include "qualityoutcome.h"
#include "qualityperiod.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace rw {

/** A reference to a record that failed a rule: its interface and its key (QualityEvaluator::recordKey()). */
struct QualitySample
{
    QString ipcType;
    QString recordKey;

    friend bool operator==(const QualitySample &, const QualitySample &) = default;
};

/**
 * \brief The quality counters of one company over one CST period (seed 000 Art. 17: month and year),
 * built incrementally from QualityOutcomes at ingest (DESIGN §6).
 *
 * Per dimension: records checked and passed; per rule: violations and up to the model's samplesPerRule
 * sample record references, so a score can be traced to the records that lowered it. A record counts
 * in the period of its receipt (a transmission-quality measure). Tallies of the same company and model
 * version merge by summing: a month is the sum of its days, a year the sum of its months.
 *
 * score() = 100 × Σ weightᵢ × rateᵢ with the model's normalised weights; a dimension nothing was
 * checked on is left out and the other weights renormalised, so an unmeasured dimension neither helps
 * nor hurts.
 */
class QualityTally
{
    Q_DECLARE_TR_FUNCTIONS(rw::QualityTally)

public:
    QualityTally(const QString &companyId, const QualityPeriod &period, const QualityModel &model);

    QString companyId() const { return m_companyId; }
    QualityPeriod period() const { return m_period; }
    QString modelVersion() const { return m_modelVersion; }

    /**
     * Counts \a outcome. Refuses (false, \a error naming why) an outcome of another company or
     * received outside the period.
     */
    bool add(const QualityOutcome &outcome, QString *error = nullptr);
    /**
     * Adds \a other's counts. Refuses another company, another model version, or a period not inside
     * this one.
     */
    bool merge(const QualityTally &other, QString *error = nullptr);
    /**
     * Adds counts summed elsewhere (the platform's day rows, quality_day): \a records received and, per
     * dimension, records checked and passed. Refuses (false, \a error naming the dimension and values)
     * negative counts or more passed than checked.
     */
    bool addCounts(qint64 records, const std::array<qint64, kQualityDimensionCount> &checked,
                   const std::array<qint64, kQualityDimensionCount> &passed, QString *error = nullptr);

    qint64 records() const { return m_records; }
    qint64 checked(QualityDimension d) const { return m_checked[int(d)]; }
    qint64 passed(QualityDimension d) const { return m_passed[int(d)]; }
    /** passed ÷ checked (0..1), or nothing when no record was checked on \a d. */
    std::optional<double> rate(QualityDimension d) const;
    /** 0..100, or nothing when no dimension was checked. */
    std::optional<double> score() const;
    double weight(QualityDimension d) const { return m_weights[int(d)]; }

    /** How many records failed rule \a ruleId. */
    qint64 violations(const QString &ruleId) const { return m_violations.value(ruleId); }
    const QHash<QString, qint64> &violationCounts() const { return m_violations; }
    /** The first records (at most samplesPerRule) that failed \a ruleId. */
    QList<QualitySample> samples(const QString &ruleId) const { return m_samples.value(ruleId); }
    int sampleLimit() const { return m_sampleLimit; }

private:
    void addSample(const QString &ruleId, const QualitySample &sample);

    QString m_companyId;
    QualityPeriod m_period;
    QString m_modelVersion;
    std::array<double, kQualityDimensionCount> m_weights{};
    int m_sampleLimit = 0;
    qint64 m_records = 0;
    std::array<qint64, kQualityDimensionCount> m_checked{};
    std::array<qint64, kQualityDimensionCount> m_passed{};
    QHash<QString, qint64> m_violations;
    QHash<QString, QList<QualitySample>> m_samples;
};

} // namespace rw
