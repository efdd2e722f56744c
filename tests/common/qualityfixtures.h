#pragma once

// Rows of the quality tables (0007_quality.sql), permits and records written straight with SQL, as the
// ingest writes them: the schema is the contract between the ingest and the readers of the results.

#include "permitfixtures.h"
#include "storage/database.h"
#include "storage/statement.h"

#include <QString>
#include <QTest>

#include <array>

namespace rw::testing {

/** Counts of one quality_day row: records, then checked/passed per dimension, then orders. */
struct DayCounts
{
    qint64 records = 0;
    std::array<qint64, 4> checked{}; //!< completeness, conformance, timeliness, authenticity
    std::array<qint64, 4> passed{};
    qint64 ordersChecked = 0;
    qint64 ordersCompliant = 0;
};

inline void insertDay(Database &db, const QString &company, qint64 day, const DayCounts &c,
                      const QString &version = QStringLiteral("2026.2"))
{
    exec(db,
         QStringLiteral(
             "INSERT INTO quality_day (company_id, day, model_version, records, completeness_checked, "
             "completeness_passed, conformance_checked, conformance_passed, timeliness_checked, "
             "timeliness_passed, authenticity_checked, authenticity_passed, orders_checked, "
             "orders_compliant) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"),
         {company, day, version, c.records, c.checked[0], c.passed[0], c.checked[1], c.passed[1],
          c.checked[2], c.passed[2], c.checked[3], c.passed[3], c.ordersChecked, c.ordersCompliant});
}

inline void insertRuleDay(Database &db, const QString &company, qint64 day, const QString &rule,
                          const QString &ipcType, qint64 violations,
                          const QString &version = QStringLiteral("2026.2"))
{
    exec(db,
         QStringLiteral(
             "INSERT INTO quality_rule_day (company_id, day, model_version, rule_id, ipc_type, violations) "
             "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"),
         {company, day, version, rule, ipcType, violations});
}

inline void insertSample(Database &db, const QString &company, qint64 month, const QString &rule,
                         const QString &ipcType, const QString &source, qint64 rowId, const QString &key,
                         qint64 receivedMs, const QString &version = QStringLiteral("2026.2"))
{
    exec(db,
         QStringLiteral(
             "INSERT INTO quality_sample (company_id, month, model_version, rule_id, ipc_type, source, "
             "row_id, record_key, received_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"),
         {company, month, version, rule, ipcType, source, rowId, key, receivedMs});
}

} // namespace rw::testing
