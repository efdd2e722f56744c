#pragma once

#include "qualitydimension.h"
#include "qualityperiod.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <array>
#include <optional>

namespace rw {

/** Per dimension, in kQualityDimensions order: a rate (0..1) or nothing when nothing was checked. */
using QualityRates = std::array<std::optional<double>, kQualityDimensionCount>;
/** Per dimension, in kQualityDimensions order: a count of records. */
using QualityCounts = std::array<qint64, kQualityDimensionCount>;

/**
 * \brief Reads the typed fields of one JSON object of the quality replies (docs/quality-contracts.md) and
 * keeps the first thing that was wrong, named by its JSON path ("companies[2].rates.timeliness: 1.5 is not a
 * rate between 0 and 1").
 *
 * Unlike the lookup answers, the quality replies are numbers a supervisor ranks companies by, so a value of
 * the wrong type or out of its range is an error and the whole reply is refused; null is allowed only where
 * the contract allows it (a rate, a score: "not measured").
 */
class QualityJsonReader
{
    Q_DECLARE_TR_FUNCTIONS(rw::QualityJsonReader)

public:
    /** Reads \a object found at \a path ("companies[0]"); an empty path for the reply itself. */
    QualityJsonReader(const QJsonObject &object, const QString &path);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString pathOf(const QString &key) const;
    /** "companies[3]": the path of item \a index of the array at \a key. */
    QString itemPath(const QString &key, qsizetype index) const;

    /** A string; absent or null: empty. */
    QString string(const QString &key);
    /** A non-empty string; an error when absent or empty. */
    QString requiredString(const QString &key);
    /** A whole number ≥ \a minimum; absent or null: 0 unless \a required. */
    qint64 integer(const QString &key, qint64 minimum = 0, bool required = false);
    /** A number within [low, high], or null (nothing); absent is an error when \a required. */
    std::optional<double> nullableNumber(const QString &key, double low, double high, bool required);
    /** An object; absent: empty unless \a required. */
    QJsonObject object(const QString &key, bool required = false);
    /** An array; absent: empty unless \a required. */
    QJsonArray array(const QString &key, bool required = false);
    /** An array of strings. */
    QStringList strings(const QString &key);
    /** {"completeness": 0.99, …, "authenticity": null}: every dimension present, each a rate or null. */
    QualityRates rates(const QString &key);
    /** {"completeness": 123, …}: counts ≥ 0; a missing dimension reads 0. */
    QualityCounts counts(const QString &key);

    /** A CST month ("2026-11") or year ("2026"); an error when absent or neither. */
    QualityPeriod period(const QString &key);

    /** "2026-11" → that month, "2026" → that year; nothing otherwise. */
    static std::optional<QualityPeriod> parsePeriod(const QString &text);

    /** Sets the error (if none yet) for \a key. */
    void fail(const QString &key, const QString &why);
    /** Takes over \a other's error (a nested object's), if this one has none yet. */
    void adopt(const QualityJsonReader &other);

    /** The value as it stood in the JSON, short enough for an error message. */
    static QString quote(const QJsonValue &value);

private:
    QJsonObject m_object;
    QString m_path;
    QString m_error;
};

} // namespace rw
