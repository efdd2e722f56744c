#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QVariant>

#include <optional>

namespace rw {

/**
 * \brief One rule a subject (vehicle, driver, trip, dispatch) fails, citing the article it comes from.
 *
 * \a message is translated and complete ("第四十条: odometer 612345 km, must be < 600000 km");
 * \a measured and \a limit carry the values for whoever shows them otherwise (numbers, QDate, counts,
 * booleans, text, a list of texts for a oneOf check).
 *
 * JSON (docs/lookup-contracts.md, also the findings of an alert's detail):
 * {"ruleId", "article", "message", "measured", "limit", "unit"}, \a measured and \a limit as numbers,
 * ISO dates ("2026-11-21"), booleans, strings or arrays of strings, null when unknown.
 */
struct RuleFinding
{
    Q_DECLARE_TR_FUNCTIONS(rw::RuleFinding)

public:
    QString article;   //!< the citation as in the rules file, e.g. "第二十二条", "第二十六条(一)"
    QString ruleId;    //!< stable id from the rules file, e.g. "vehicle.retirement.mileage"
    QString message;   //!< translated, names the article, the fact, the value and the limit
    QVariant measured; //!< what was found (invalid when the fact is absent)
    QVariant limit;    //!< what the rule allows
    QString unit;      //!< of measured and limit, e.g. "km"; empty for dates and flags

    friend bool operator==(const RuleFinding &, const RuleFinding &) = default;

    QJsonObject toJson() const;
    /** Reads toJson()'s shape; nothing with \a error naming the key when ruleId or article is missing. */
    static std::optional<RuleFinding> fromJson(const QJsonObject &object, QString *error = nullptr);

    /** A value as JSON: QDate → ISO date, QStringList → array, invalid → null. */
    static QJsonValue valueToJson(const QVariant &value);
    /** The inverse: an ISO date string → QDate, a number → double, an array → QStringList. */
    static QVariant valueFromJson(const QJsonValue &value);
};

} // namespace rw
