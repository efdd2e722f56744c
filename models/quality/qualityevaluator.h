#pragma once

#include "protocol/record.h"
#include "protocol/recordvalidator.h"
#include "qualitymodel.h"
#include "qualityoutcome.h"

#include <QHash>

#include <array>
#include <optional>

namespace rw {

/**
 * \brief Judges one received record on the four quality dimensions of a QualityModel (DESIGN §6,
 * seed 000 Art. 15). Only single-record checks; the cross-record ones (speed jumps, order permits) are
 * QualityCrossChecks, run after this in ingest order; expected-record coverage is not measured yet.
 *
 * - Completeness (Art. 15(一)): every required field present and not empty ("completeness.requiredFields").
 * - Conformance (Art. 15(二)): RecordValidator finds no type, length, code, range or date violation
 *   ("conformance.type", …). Required violations count for completeness, not here.
 * - Timeliness (Art. 15(三)): receivedAt − business time ≤ the limit of the interface's group
 *   ("timeliness.withinLimit"; "延迟不得超过 60 秒": a delay of exactly the limit passes). A record
 *   without a valid business time cannot show it was timely and fails "timeliness.businessTime".
 * - Authenticity (Art. 15(四)): the business time is not before the model's notBefore (no 1970 dates)
 *   nor more than futureTolerance after the receipt ("authenticity.plausibleTime"); a position lies in
 *   China's bounding box ("authenticity.positionInChina").
 *
 * A check runs only when the model lists its rule id; a dimension none of whose checks ran is not
 * checked. Stateless apart from the model: can be used from any thread.
 */
class QualityEvaluator
{
public:
    explicit QualityEvaluator(QualityModel model = QualityModel::builtIn());

    const QualityModel &model() const { return m_model; }

    /** Judges \a record received at \a receivedAt (Unix s); its business time read by SpecTime::businessTime.
     */
    QualityOutcome evaluate(const Record &record, qint64 receivedAt) const;
    /** Judges \a record with the business time already known (e.g. rw_business_time at intake). */
    QualityOutcome evaluate(const Record &record, qint64 receivedAt,
                            std::optional<qint64> businessTime) const;

    /**
     * Judges \a record whose RecordValidator violations are already known (the intake validated it;
     * \a violations may hold an Identity one, which no quality rule reads): the verdict of evaluate()
     * without validating twice. For speed, recordKey is filled only when a rule failed; a later check
     * that fails the record (QualityCrossChecks) fills it.
     */
    QualityOutcome evaluateValidated(const Record &record, qint64 receivedAt,
                                     std::optional<qint64> businessTime,
                                     const FieldViolations &violations) const;

    /**
     * A whole upload body that could not be read (refused before any record was decoded) counts as one
     * record of \a ipcType (may be empty when the path named no interface) that fails conformance
     * ("conformance.decodable", Art. 15(二)); nothing else is judged on it.
     */
    QualityOutcome evaluateUndecodable(const QString &companyId, const QString &ipcType,
                                       qint64 receivedAt) const;

    /**
     * A reference to \a record for samples: its identifying fields that are not personal data (OrderId,
     * RouteId, VehicleNo) and its business-time field, as "Field=value" joined by ';'.
     */
    static QString recordKey(const Record &record);

private:
    void judgeTrip(const Record &record, QualityOutcome &outcome) const;
    QualityOutcome judge(const Record &record, qint64 receivedAt, std::optional<qint64> businessTime,
                         const FieldViolations &violations) const;

    QualityModel m_model;
    // The model's rules and limits, looked up once (evaluate() runs per record).
    bool m_anyConformance = false;
    bool m_required = false;
    bool m_withinLimit = false;
    bool m_businessTime = false;
    bool m_plausibleTime = false;
    bool m_inChina = false;
    bool m_tripPlausible = false;
    std::array<std::optional<qint64>, 8> m_limits{}; // by InterfaceFamily
    struct Fields
    {
        int company = -1;
        int longitude = -1;
        int latitude = -1;
    };
    Fields fields(const InterfaceSpec *spec) const;
    QHash<const InterfaceSpec *, Fields> m_fields; // of the built-in catalogue's interfaces, made once
    RecordValidator m_validator;
};

} // namespace rw
