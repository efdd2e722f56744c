#pragma once

#include "protocol/interfacespec.h"
#include "qualitydimension.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace rw {

/** One rule of a quality dimension: the id the evaluator reports, the article it comes from, what it asks. */
struct QualityRule
{
    QString id; //!< e.g. "timeliness.withinLimit"
    QualityDimension dimension = QualityDimension::Completeness;
    QString article;     //!< seed 000 article, e.g. "第十五条(三)"
    QString description; //!< English, as in the model file
};

/**
 * \brief The data-quality model (DESIGN §6): a versioned JSON file, by default
 * resources/quality/default.json (":/quality/default.json").
 *
 * ```
 * {"version": "2026.1",
 *  "weights": {"completeness": 1, "conformance": 1, "timeliness": 1, "authenticity": 1},
 *  "samplesPerRule": 5,
 *  "timeliness": {"limitSeconds": {"baseInfo": 86400, "order": 300, …, "position": 60}},
 *  "authenticity": {"chinaBounds": {"west": 73.4, "east": 135.1, "south": 3.8, "north": 53.6},
 *                   "notBefore": 20161101000000, "futureToleranceSeconds": 300, "maxSpeedKmh": 200},
 *  "rules": {"completeness": [{"id": "…", "article": "第十五条(一)", "description": "…"}], …}}
 * ```
 * Weights are relative (normalised by their sum). The evaluator runs a check only when its rule id
 * is listed here, so a rule is switched off by leaving it out. Every parse error names the key.
 *
 * A value type; immutable after loading.
 */
class QualityModel
{
    Q_DECLARE_TR_FUNCTIONS(rw::QualityModel)

public:
    /** The compiled-in default model. Aborts with a clear message if the compiled-in data is broken. */
    static const QualityModel &builtIn();
    /** Parses a model; on failure returns nothing with \a error naming the key that was wrong. */
    static std::optional<QualityModel> fromJson(const QByteArray &json, QString *error);

    QString version() const { return m_version; }
    /** The weight of \a dimension divided by the sum of all weights (0..1). */
    double weight(QualityDimension dimension) const;
    /** The weights as written (relative). */
    double rawWeight(QualityDimension dimension) const { return m_weights[int(dimension)]; }
    /** How many sample record references a tally keeps per rule. */
    int samplesPerRule() const { return m_samplesPerRule; }

    /** Art. 15(三): the delay allowed to a record of \a family, in seconds; nothing when not configured. */
    std::optional<qint64> timelinessLimit(InterfaceFamily family) const;

    /** Authenticity: China's bounding box in degrees. */
    double west() const { return m_west; }
    double east() const { return m_east; }
    double south() const { return m_south; }
    double north() const { return m_north; }
    /** Earliest plausible business time, Unix seconds (from the model's CST YYYYMMDDhhmmss). */
    qint64 notBefore() const { return m_notBefore; }
    /** How far past its receipt a business time may lie (clock skew), seconds. */
    qint64 futureTolerance() const { return m_futureTolerance; }
    /**
     * Art. 15(四) "authenticity.positionJump": the highest plausible speed between two consecutive
     * positions of a vehicle, km/h; 0 when not configured (the model must give it if it lists the rule).
     */
    double maxSpeedKmh() const { return m_maxSpeedKmh; }

    const QList<QualityRule> &rules() const { return m_rules; }
    /** The rule called \a id, or nullptr. */
    const QualityRule *rule(QStringView id) const;
    bool hasRule(QStringView id) const { return rule(id) != nullptr; }

private:
    QualityModel() = default;

    QString m_version;
    std::array<double, kQualityDimensionCount> m_weights{};
    int m_samplesPerRule = 5;
    QHash<QString, qint64> m_limits; // family name → seconds
    double m_west = 0;
    double m_east = 0;
    double m_south = 0;
    double m_north = 0;
    qint64 m_notBefore = 0;
    qint64 m_futureTolerance = 0;
    double m_maxSpeedKmh = 0;
    QList<QualityRule> m_rules;
};

} // namespace rw
