#pragma once

#include "protocol/interfacecatalogue.h"
#include "quality/qualitydimension.h"
#include "quality/qualitymodel.h"
#include "quality/qualityperiod.h"
#include "quality/qualitytally.h"
#include "security/regionscope.h"
#include "storage/databaseerror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace rw {

class Database;

/**
 * \brief Reads the quality results the ingest wrote (quality_day, quality_rule_day, quality_sample of
 * 0007_quality.sql) for the REST API (docs/quality-contracts.md): scores per company for a CST month or
 * year, the twelve months of a year, the violations per rule with sample records, and the raw record
 * behind a sample.
 *
 * Only the rows of the model given (its version) are read. Rates and scores come from QualityTally, so
 * they agree with the rest of RideWatch: score = 100 × Σ wᵢ × rateᵢ over the dimensions checked. A month
 * is the sum of its CST days (day yyyymmdd belongs to month yyyymm), a year the sum of its months
 * (seed 000 Art. 17).
 *
 * Scope (Art. 16: per company): a company belongs to a region when it holds a company permit there
 * (permit_company.region_code, not superseded; a province covers its cities). An empty region is the
 * national scope: every company with rows in the period.
 *
 * Uses its connection's thread only (see Database). Read-only.
 */
class QualityScoreQuery
{
    Q_DECLARE_TR_FUNCTIONS(rw::QualityScoreQuery)

public:
    /** A company in scope: its id and name (from its permit, else its upload credential). */
    struct Company
    {
        QString companyId;
        QString name;
    };

    /** One company's numbers over one period. */
    struct Score
    {
        QString companyId;
        QString name;
        int rank = 0; //!< 1 = best; by score descending, no score last, ties by companyId
        QualityTally tally;
        qint64 ordersChecked = 0;   //!< 订单合规率: order matches checked against the permit registry
        qint64 ordersCompliant = 0; //!< … whose vehicle and driver both held a valid permit

        std::optional<double> orderComplianceRate() const;
    };

    /** One company's twelve months, January first. */
    struct Trend
    {
        QString companyId;
        QString name;
        QList<Score> months;
    };

    /** A sample record of a rule: where to find it. */
    struct Sample
    {
        QString ipcType;
        QString source; //!< "record" (ipc_<type>.rw_id) or "quarantine" (quarantine.id)
        qint64 rowId = 0;
        QString recordKey;
        qint64 receivedMs = 0;
    };

    /** One rule's violations by a company over a period. */
    struct RuleViolations
    {
        QString ruleId;
        QualityDimension dimension = QualityDimension::Completeness;
        QString article;
        QString description;
        qint64 violations = 0;
        QMap<QString, qint64> byInterface;
        QList<Sample> samples; //!< the first ones received in the period, at most samplesPerRule
    };

    /** A raw record behind a sample, personal fields masked unless revealed. */
    struct SourceRecord
    {
        QString ipcType;
        QString source; //!< "record" or "quarantine"
        qint64 rowId = 0;
        QString companyId;
        qint64 receivedMs = 0;
        std::optional<qint64> businessTime; //!< Unix s (rw_business_time); unknown for the quarantine
        QJsonObject fields;                 //!< as stored (record) or as decoded (quarantine)
        QStringList failedRules;            //!< the rules the record is a sample of
        QStringList masked;                 //!< the personal fields shown masked
        // Quarantine only:
        QString raw;              //!< the bytes as received, as text; personal values masked unless revealed
        bool rawWithheld = false; //!< raw could not be decoded to mask it, so it is not shown
        QJsonArray reasons;       //!< the validation errors, personal values masked unless revealed
    };

    QualityScoreQuery(Database &db, const QualityModel &model,
                      std::shared_ptr<const InterfaceCatalogue> catalogue = InterfaceCatalogue::builtIn());

    const QualityModel &model() const { return m_model; }
    const InterfaceCatalogue &catalogue() const { return *m_catalogue; }

    /**
     * "yyyy-mm" (a CST month) or "yyyy" (a CST year); nothing with \a error naming the value otherwise.
     */
    static std::optional<QualityPeriod> parsePeriod(const QString &text, QString *error = nullptr);

    /**
     * The companies of \a region (a six-digit code) within \a period, ordered by id; for an empty
     * \a region every company with rows in the period. Nothing on a database error.
     */
    std::optional<QList<Company>> companies(const QString &region, const QualityPeriod &period);
    /** Whether \a companyId holds a company permit within \a scope. */
    std::optional<bool> companyWithin(const QString &companyId, const RegionScope &scope);

    /** The scores of the companies of \a region over \a period (a month or a year), ranked. */
    std::optional<QList<Score>> scores(const QualityPeriod &period, const QString &region);
    /** The twelve months of \a year for the companies of \a region, by company id. */
    std::optional<QList<Trend>> trend(int year, const QString &region);
    /**
     * \a companyId's violations over \a period, rules with none left out, most violations first (ties by
     * rule id); only those of \a dimension if given. completeness.regionOrders counts the licensed regions
     * within \a region (empty: all) that sent no order (see regionCoverage()).
     */
    std::optional<QList<RuleViolations>> violations(const QString &companyId, const QualityPeriod &period,
                                                    std::optional<QualityDimension> dimension = {},
                                                    const QString &region = {});

    /**
     * Expected-record coverage by region, "completeness.regionOrders" (DESIGN §6: orders arrive for every
     * licensed city; Art. 6: a company transmits from the day after its licence, Art. 15(一)): the regions
     * within \a region (empty: all) where \a companyId held a current company permit valid on a day of
     * \a period after its first, and those of them from which no order (orderCreate, by its Address) was
     * received in \a period. Read from the raw orders through their (rw_company, Address, rw_received_ms)
     * index, so it needs no tally and a recompute cannot disagree with it.
     */
    struct RegionCoverage
    {
        QStringList licensed;
        QStringList withoutOrders;
    };
    std::optional<RegionCoverage> regionCoverage(const QString &companyId, const QualityPeriod &period,
                                                 const QString &region);

    /** Row \a rowId of ipc_<ipcType>; nothing if there is none (error() tells a database error). */
    std::optional<SourceRecord> record(const QString &ipcType, qint64 rowId, bool reveal);
    /** Row \a id of the quarantine; nothing if there is none. */
    std::optional<SourceRecord> quarantined(qint64 id, bool reveal);

    /** The personal value \a value of field \a field as shown masked (see PersonalDataMask). */
    static QString maskedValue(const QString &field, const QString &value);

    DatabaseError error() const { return m_error; }

private:
    /** Adds regionCoverage() to \a score's completeness, when the model has the rule and the company sent
     * records in the period (a company that sent nothing has no score; the outages show it). */
    bool addRegionCoverage(Score *score, const QString &region);

    struct DayRange
    {
        qint64 first = 0; //!< yyyymmdd
        qint64 last = 0;
    };
    static DayRange daysOf(const QualityPeriod &period);
    std::optional<QHash<QString, QString>> names(const QStringList &companyIds);
    QStringList failedRulesOf(const QString &source, const QString &ipcType, qint64 rowId);
    QJsonValue maskedField(const FieldSpec &field, const QJsonValue &value, bool reveal, QStringList *masked);
    bool fail(const DatabaseError &error);

    Database &m_db;
    QualityModel m_model;
    std::shared_ptr<const InterfaceCatalogue> m_catalogue;
    DatabaseError m_error;
};

} // namespace rw
