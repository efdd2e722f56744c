#include "qualitytally.h"

namespace rw {

QualityTally::QualityTally(const QString &companyId, const QualityPeriod &period, const QualityModel &model)
    : m_companyId(companyId)
    , m_period(period)
    , m_modelVersion(model.version())
    , m_sampleLimit(model.samplesPerRule())
{
    for (QualityDimension d : kQualityDimensions)
        m_weights[int(d)] = model.weight(d);
}

bool QualityTally::add(const QualityOutcome &outcome, QString *error)
{
    if (outcome.companyId != m_companyId) {
        if (error)
            *error =
                tr("CompanyId: \"%1\" is not the tally's company \"%2\"").arg(outcome.companyId, m_companyId);
        return false;
    }
    if (!m_period.contains(outcome.receivedAt)) {
        if (error)
            *error = tr("receivedAt: %1 is outside the period %2 (CST)")
                         .arg(outcome.receivedAt)
                         .arg(m_period.key());
        return false;
    }
    ++m_records;
    for (QualityDimension d : kQualityDimensions) {
        if (outcome.isChecked(d)) {
            ++m_checked[int(d)];
            if (outcome.isPassed(d))
                ++m_passed[int(d)];
        }
    }
    for (const QString &ruleId : outcome.failedRules) {
        ++m_violations[ruleId];
        addSample(ruleId, {outcome.ipcType, outcome.recordKey});
    }
    return true;
}

bool QualityTally::merge(const QualityTally &other, QString *error)
{
    QString reason;
    if (other.m_companyId != m_companyId)
        reason = tr("company: \"%1\" is not \"%2\"").arg(other.m_companyId, m_companyId);
    else if (other.m_modelVersion != m_modelVersion)
        reason = tr("model version: \"%1\" is not \"%2\"").arg(other.m_modelVersion, m_modelVersion);
    else if (!m_period.contains(other.m_period))
        reason = tr("period: %1 is not inside %2").arg(other.m_period.key(), m_period.key());
    if (!reason.isEmpty()) {
        if (error)
            *error = reason;
        return false;
    }
    m_records += other.m_records;
    for (int i = 0; i < kQualityDimensionCount; ++i) {
        m_checked[i] += other.m_checked[i];
        m_passed[i] += other.m_passed[i];
    }
    for (auto it = other.m_violations.constBegin(); it != other.m_violations.constEnd(); ++it)
        m_violations[it.key()] += it.value();
    for (auto it = other.m_samples.constBegin(); it != other.m_samples.constEnd(); ++it) {
        for (const QualitySample &sample : it.value())
            addSample(it.key(), sample);
    }
    return true;
}

bool QualityTally::addCounts(qint64 records, const std::array<qint64, kQualityDimensionCount> &checked,
                             const std::array<qint64, kQualityDimensionCount> &passed, QString *error)
{
    if (records < 0) {
        if (error)
            *error = tr("records: %1 is negative").arg(records);
        return false;
    }
    for (QualityDimension d : kQualityDimensions) {
        const qint64 c = checked[int(d)];
        const qint64 p = passed[int(d)];
        if (c < 0 || p < 0 || p > c) {
            if (error)
                *error = tr("%1: %2 passed of %3 checked is not a count from 0 to the records checked")
                             .arg(QualityDimensions::key(d))
                             .arg(p)
                             .arg(c);
            return false;
        }
    }
    m_records += records;
    for (int i = 0; i < kQualityDimensionCount; ++i) {
        m_checked[i] += checked[i];
        m_passed[i] += passed[i];
    }
    return true;
}

void QualityTally::addSample(const QString &ruleId, const QualitySample &sample)
{
    QList<QualitySample> &list = m_samples[ruleId];
    if (list.size() < m_sampleLimit)
        list.append(sample);
}

std::optional<double> QualityTally::rate(QualityDimension d) const
{
    if (m_checked[int(d)] == 0)
        return std::nullopt;
    return double(m_passed[int(d)]) / double(m_checked[int(d)]);
}

std::optional<double> QualityTally::score() const
{
    double weighted = 0;
    double weights = 0;
    for (QualityDimension d : kQualityDimensions) {
        const std::optional<double> r = rate(d);
        if (!r)
            continue;
        weighted += m_weights[int(d)] * *r;
        weights += m_weights[int(d)];
    }
    if (weights <= 0)
        return std::nullopt;
    return 100.0 * weighted / weights;
}

} // namespace rw
