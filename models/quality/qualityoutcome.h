#pragma once

#include "qualitydimension.h"

#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace rw {

/**
 * \brief What one received record contributed to its company's quality: per dimension whether it was
 * checked and whether it passed, and the ids of the model's rules it failed (QualityModel::rules()).
 *
 * Carries who and when (company, CST period via receivedAt) and a reference to the record (interface +
 * key) so a score can be traced back to the records that lowered it (DESIGN §6).
 */
struct QualityOutcome
{
    QString companyId;
    QString ipcType;       //!< the record's interface, e.g. "positionVehicle"
    QString recordKey;     //!< identifies the record within its interface (see QualityEvaluator::recordKey())
    qint64 receivedAt = 0; //!< Unix seconds
    std::optional<qint64> businessTime; //!< Unix seconds, when the record carried a valid one
    std::array<bool, kQualityDimensionCount> checked{};
    std::array<bool, kQualityDimensionCount> passed{};
    QStringList failedRules; //!< rule ids, each once, in the order they were found

    // 订单合规率 (authenticity.orderPermits): an order match checked against the permit registry, and
    // whether its vehicle and driver both held a valid permit. Counted apart as well (orders_checked).
    bool orderChecked = false;
    bool orderCompliant = false;

    // Where the raw record lies, once stored: the interface table's rw_id ("record") or the quarantine
    // row ("quarantine"); empty/0 before storing. receivedMs is the receipt in Unix ms (receivedAt / 1000
    // rounded down is receivedAt).
    QString source;
    qint64 rowId = 0;
    qint64 receivedMs = 0;

    bool isChecked(QualityDimension d) const { return checked[int(d)]; }
    bool isPassed(QualityDimension d) const { return checked[int(d)] && passed[int(d)]; }
    /** Marks \a d checked; it passes unless a rule of it fails (fail()). */
    void check(QualityDimension d)
    {
        if (!checked[int(d)]) {
            checked[int(d)] = true;
            passed[int(d)] = true;
        }
    }
    /** Records that rule \a ruleId of dimension \a d failed. */
    void fail(QualityDimension d, const QString &ruleId)
    {
        checked[int(d)] = true;
        passed[int(d)] = false;
        if (!failedRules.contains(ruleId))
            failedRules.append(ruleId);
    }
};

} // namespace rw
