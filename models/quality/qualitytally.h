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
    QString source = {};   //!< "record" (interface table) or "quarantine"; empty when not stored
    qint64 rowId = 0;      //!< rw_id or quarantine id; 0 when not stored
    qint64 receivedMs = 0; //!< receipt, Unix ms; 0 when not known

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

    qint64 records() const { return m_records; }
    qint64 checked(QualityDimension d) const { return m_checked[int(d)]; }
    qint64 passed(QualityDimension d) const { return m_passed[int(d)]; }
    /** passed ÷ checked (0..1), or nothing when no record was checked on \a d. */
    std::optional<double> rate(QualityDimension d) const;
    /** 0..100, or nothing when no dimension was checked. */
    std::optional<double> score() const;
    double weight(QualityDimension d) const { return m_weights[int(d)]; }

    /** 订单合规率: order matches checked against the permit registry, and those found compliant. */
    qint64 ordersChecked() const { return m_ordersChecked; }
    qint64 ordersCompliant() const { return m_ordersCompliant; }
    /** ordersCompliant ÷ ordersChecked, or nothing when no order was checked. */
    std::optional<double> orderRate() const;

    /** How many records failed rule \a ruleId. */
    qint64 violations(const QString &ruleId) const { return m_violations.value(ruleId); }
    const QHash<QString, qint64> &violationCounts() const { return m_violations; }
    /** The first records (at most samplesPerRule) that failed \a ruleId. */
    QList<QualitySample> samples(const QString &ruleId) const { return m_samples.value(ruleId); }
    int sampleLimit() const { return m_sampleLimit; }
    /** Violations of \a ruleId per interface (ipcType → count). */
    QHash<QString, qint64> violationsByInterface(const QString &ruleId) const
    {
        return m_byInterface.value(ruleId);
    }

    /**
     * Adds stored counters (a quality_day row: QualityStore) without outcomes. \a checked and \a passed
     * are indexed by QualityDimension. Refuses (false, \a error naming the values) negative counts or more
     * passed than checked.
     */
    bool addCounts(qint64 records, const std::array<qint64, kQualityDimensionCount> &checked,
                   const std::array<qint64, kQualityDimensionCount> &passed, qint64 ordersChecked = 0,
                   qint64 ordersCompliant = 0, QString *error = nullptr);
    /** Adds \a count stored violations of \a ruleId by records of \a ipcType (a quality_rule_day row). */
    void addViolations(const QString &ruleId, const QString &ipcType, qint64 count);
    /** Adds a stored sample of \a ruleId (kept only while fewer than sampleLimit() are held). */
    void addStoredSample(const QString &ruleId, const QualitySample &sample) { addSample(ruleId, sample); }

    /** Same company, period, model and every counter, violation and sample. */
    friend bool operator==(const QualityTally &, const QualityTally &) = default;

private:
    void addSample(const QString &ruleId, const QualitySample &sample);

    QString m_companyId;
    QualityPeriod m_period;
    qint64 m_start = 0; // m_period's bounds, computed once
    qint64 m_end = 0;
    QString m_modelVersion;
    std::array<double, kQualityDimensionCount> m_weights{};
    int m_sampleLimit = 0;
    qint64 m_records = 0;
    std::array<qint64, kQualityDimensionCount> m_checked{};
    std::array<qint64, kQualityDimensionCount> m_passed{};
    qint64 m_ordersChecked = 0;
    qint64 m_ordersCompliant = 0;
    QHash<QString, qint64> m_violations;
    QHash<QString, QHash<QString, qint64>> m_byInterface; // rule → ipcType → violations
    QHash<QString, QList<QualitySample>> m_samples;
};

} // namespace rw
