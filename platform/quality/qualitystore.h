#pragma once

#include "quality/qualitymodel.h"
#include "quality/qualityoutcome.h"
#include "quality/qualityperiod.h"
#include "quality/qualitytally.h"
#include "storage/databaseerror.h"
#include "storage/statement.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rw {

class Database;

/**
 * \brief The stored quality numbers (resources/sql/platform/0007_quality.sql): per company, CST day and
 * model version the counters (quality_day), the violations per rule and interface (quality_rule_day) and
 * the first samplesPerRule records that failed each rule in a CST month (quality_sample).
 *
 * add() runs inside the caller's transaction (the upload's, so the numbers commit with the records): it
 * sums the outcomes per day in memory and adds them with one UPSERT per day and rule; samples are
 * inserted while fewer than samplesPerRule exist, counted in memory so that a sample costs no query
 * (forgetCachedCounts() after a rollback). tally() reads a day, month or year back as a QualityTally, the
 * sum of its days (Art. 17). Uses the connection's thread only.
 */
class QualityStore
{
    Q_DECLARE_TR_FUNCTIONS(rw::QualityStore)

public:
    QualityStore(Database &db, QualityModel model);

    const QualityModel &model() const { return m_model; }

    /**
     * Adds \a outcomes (each with companyId, receivedAt and, for samples, source/rowId/receivedMs) in
     * their order. No transaction of its own: call it inside one.
     */
    DatabaseError add(const QList<QualityOutcome> &outcomes);
    /** Drops the in-memory sample counts (after a rolled-back add(), or rows changed behind its back). */
    void forgetCachedCounts()
    {
        m_sampleCounts.clear();
        m_lastCounts = nullptr;
    }
    /**
     * Whether add() may keep \a outcome as a sample of one of its failed rules (its month has fewer than
     * samplesPerRule of it, or the count is not known yet): only then does its recordKey need building.
     */
    bool wantsSample(const QualityOutcome &outcome);

    /**
     * Deletes the stored numbers of the CST month \a month (of \a companyId, or of every company when
     * empty) for the model's version. No transaction of its own.
     */
    DatabaseError removeMonth(const QualityPeriod &month, const QString &companyId = {});

    /** The numbers of \a companyId over \a period (day, month or year); nothing on error (see error()). */
    std::optional<QualityTally> tally(const QString &companyId, const QualityPeriod &period);
    /** Companies with numbers in \a period for the model's version, sorted; empty on error too. */
    QStringList companies(const QualityPeriod &period);

    DatabaseError error() const { return m_error; }

    /** CST day (yyyymmdd) of Unix second \a unixSeconds. */
    static int dayKey(qint64 unixSeconds);

private:
    struct DayDelta
    {
        QString company;
        int day = 0;
        qint64 records = 0;
        std::array<qint64, kQualityDimensionCount> checked{};
        std::array<qint64, kQualityDimensionCount> passed{};
        qint64 ordersChecked = 0;
        qint64 ordersCompliant = 0;
    };
    struct RuleDelta
    {
        QString company;
        int day = 0;
        QString rule;
        QString ipcType;
        qint64 violations = 0;
    };

    bool prepareStatements();
    DatabaseError fail(const DatabaseError &error);
    int dayOf(qint64 unixSeconds);

    Database &m_db;
    QualityModel m_model;
    Statement m_upsertDay;
    Statement m_upsertRule;
    Statement m_insertSample;
    Statement m_countSamples;
    /** The samples stored of \a rule in \a company's \a month, read once; nullptr on a database error. */
    int *sampleCount(const QString &company, int month, const QString &rule);
    QHash<QString, int> *countsOf(const QString &company, int month);

    // company|month → rule → samples stored; the last company-month looked up, as uploads repeat it.
    QHash<QString, QHash<QString, int>> m_sampleCounts;
    QHash<QString, int> *m_lastCounts = nullptr;
    QString m_lastCompany;
    int m_lastMonth = 0;
    qint64 m_dayStart = 1; // cache of dayOf(): [m_dayStart, m_dayEnd) is m_day
    qint64 m_dayEnd = 0;
    int m_day = 0;
    DatabaseError m_error;
};

} // namespace rw
