#include "qualitystore.h"

#include "storage/database.h"

namespace rw {

namespace {

const char *const kDimensionColumns[kQualityDimensionCount] = {"completeness", "conformance", "timeliness",
                                                               "authenticity"};

} // namespace

QualityStore::QualityStore(Database &db, QualityModel model)
    : m_db(db)
    , m_model(std::move(model))
{
    // The SQL below names the dimensions in QualityDimension's order.
    static_assert(kQualityDimensionCount == 4);
}

int QualityStore::dayKey(qint64 unixSeconds)
{
    const QualityPeriod day = QualityPeriod::containing(unixSeconds, QualityPeriod::Span::Day);
    return day.year * 10000 + day.month * 100 + day.day;
}

int QualityStore::dayOf(qint64 unixSeconds)
{
    if (unixSeconds < m_dayStart || unixSeconds >= m_dayEnd) {
        const QualityPeriod day = QualityPeriod::containing(unixSeconds, QualityPeriod::Span::Day);
        m_dayStart = day.start();
        m_dayEnd = day.end();
        m_day = day.year * 10000 + day.month * 100 + day.day;
    }
    return m_day;
}

DatabaseError QualityStore::fail(const DatabaseError &error)
{
    m_error = error;
    return error;
}

bool QualityStore::prepareStatements()
{
    if (m_upsertDay.isValid())
        return true;
    QStringList columns;
    QStringList updates;
    for (const char *d : kDimensionColumns) {
        for (const char *suffix : {"_checked", "_passed"}) {
            const QString column = QLatin1String(d) + QLatin1String(suffix);
            columns.append(column);
            updates.append(QStringLiteral("%1 = %1 + excluded.%1").arg(column));
        }
    }
    m_upsertDay = m_db.prepare(
        QStringLiteral(
            "INSERT INTO quality_day (company_id, day, model_version, records, %1, orders_checked,"
            " orders_compliant) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"
            " ON CONFLICT (company_id, day, model_version) DO UPDATE SET records = records +"
            " excluded.records, %2, orders_checked = orders_checked + excluded.orders_checked,"
            " orders_compliant = orders_compliant + excluded.orders_compliant")
            .arg(columns.join(QStringLiteral(", ")), updates.join(QStringLiteral(", "))),
        tr("prepare the update of the quality day counters"), Database::Reuse::Often);
    m_upsertRule = m_db.prepare(
        QStringLiteral("INSERT INTO quality_rule_day (company_id, day, model_version, rule_id, ipc_type,"
                       " violations) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (company_id, day,"
                       " model_version, rule_id, ipc_type) DO UPDATE SET violations = violations +"
                       " excluded.violations"),
        tr("prepare the update of the quality rule counters"), Database::Reuse::Often);
    m_insertSample = m_db.prepare(
        QStringLiteral(
            "INSERT INTO quality_sample (company_id, month, model_version, rule_id, ipc_type, source,"
            " row_id, record_key, received_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"),
        tr("prepare the insert of quality samples"), Database::Reuse::Often);
    m_countSamples = m_db.prepare(
        QStringLiteral("SELECT count(*) FROM quality_sample WHERE company_id = ?1 AND month = ?2 AND"
                       " model_version = ?3 AND rule_id = ?4"),
        tr("prepare the count of quality samples"), Database::Reuse::Often);
    for (Statement *s : {&m_upsertDay, &m_upsertRule, &m_insertSample, &m_countSamples}) {
        if (!s->isValid()) {
            m_error = s->error();
            m_upsertDay = Statement();
            return false;
        }
    }
    return true;
}

QHash<QString, int> *QualityStore::countsOf(const QString &company, int month)
{
    if (!m_lastCounts || m_lastMonth != month ||
        (m_lastCompany.constData() != company.constData() && m_lastCompany != company)) {
        m_lastCounts = &m_sampleCounts[company + QLatin1Char('|') + QString::number(month)];
        m_lastCompany = company;
        m_lastMonth = month;
    }
    return m_lastCounts;
}

int *QualityStore::sampleCount(const QString &company, int month, const QString &rule)
{
    QHash<QString, int> *counts = countsOf(company, month);
    auto count = counts->find(rule);
    if (count != counts->end())
        return &*count;
    if (!prepareStatements())
        return nullptr;
    m_countSamples.bind(1, company);
    m_countSamples.bind(2, month);
    m_countSamples.bind(3, m_model.version());
    m_countSamples.bind(4, rule);
    const int stored = m_countSamples.step() ? m_countSamples.columnInt(0) : 0;
    if (m_countSamples.hasError()) {
        fail(m_countSamples.error());
        m_countSamples.reset();
        return nullptr;
    }
    m_countSamples.reset();
    return &*counts->insert(rule, stored);
}

bool QualityStore::wantsSample(const QualityOutcome &outcome)
{
    const int month = dayOf(outcome.receivedAt) / 100;
    const QHash<QString, int> *counts = countsOf(outcome.companyId, month);
    for (const QString &rule : outcome.failedRules) {
        const auto count = counts->constFind(rule);
        if (count == counts->cend() || *count < m_model.samplesPerRule())
            return true;
    }
    return false;
}

DatabaseError QualityStore::add(const QList<QualityOutcome> &outcomes)
{
    m_error = {};
    if (outcomes.isEmpty())
        return {};
    if (!prepareStatements())
        return m_error;

    // Sum per day and per rule first: an upload is nearly always one company on one day.
    QList<DayDelta> days;
    QList<RuleDelta> rules;
    const QString version = m_model.version();
    const int sampleLimit = m_model.samplesPerRule();
    for (const QualityOutcome &outcome : outcomes) {
        const int day = dayOf(outcome.receivedAt);
        DayDelta *delta = nullptr;
        for (DayDelta &d : days) {
            if (d.day == day &&
                (d.company.constData() == outcome.companyId.constData() || d.company == outcome.companyId)) {
                delta = &d;
                break;
            }
        }
        if (!delta) {
            days.append(DayDelta{outcome.companyId, day});
            delta = &days.last();
        }
        ++delta->records;
        for (int i = 0; i < kQualityDimensionCount; ++i) {
            if (outcome.checked[i]) {
                ++delta->checked[i];
                if (outcome.passed[i])
                    ++delta->passed[i];
            }
        }
        if (outcome.orderChecked) {
            ++delta->ordersChecked;
            if (outcome.orderCompliant)
                ++delta->ordersCompliant;
        }
        for (const QString &rule : outcome.failedRules) {
            RuleDelta *r = nullptr;
            for (RuleDelta &candidate : rules) {
                if (candidate.day == day && candidate.rule == rule && candidate.ipcType == outcome.ipcType &&
                    candidate.company == outcome.companyId) {
                    r = &candidate;
                    break;
                }
            }
            if (!r) {
                rules.append(RuleDelta{outcome.companyId, day, rule, outcome.ipcType});
                r = &rules.last();
            }
            ++r->violations;

            // Samples: the first ones received in the month.
            int *count = sampleCount(outcome.companyId, day / 100, rule);
            if (!count)
                return m_error;
            if (*count >= sampleLimit)
                continue;
            const int month = day / 100;
            m_insertSample.bind(1, outcome.companyId);
            m_insertSample.bind(2, month);
            m_insertSample.bind(3, version);
            m_insertSample.bind(4, rule);
            m_insertSample.bind(5, outcome.ipcType);
            m_insertSample.bind(6, outcome.source == QLatin1StringView("quarantine")
                                       ? QStringLiteral("quarantine")
                                       : QStringLiteral("record"));
            m_insertSample.bind(7, outcome.rowId);
            m_insertSample.bind(8, outcome.recordKey);
            m_insertSample.bind(9, outcome.receivedMs);
            if (!m_insertSample.exec())
                return fail(m_insertSample.error());
            ++*count;
        }
    }

    for (const DayDelta &d : std::as_const(days)) {
        m_upsertDay.bind(1, d.company);
        m_upsertDay.bind(2, d.day);
        m_upsertDay.bind(3, version);
        m_upsertDay.bind(4, d.records);
        for (int i = 0; i < kQualityDimensionCount; ++i) {
            m_upsertDay.bind(5 + 2 * i, d.checked[i]);
            m_upsertDay.bind(6 + 2 * i, d.passed[i]);
        }
        m_upsertDay.bind(13, d.ordersChecked);
        m_upsertDay.bind(14, d.ordersCompliant);
        if (!m_upsertDay.exec())
            return fail(m_upsertDay.error());
    }
    for (const RuleDelta &r : std::as_const(rules)) {
        m_upsertRule.bind(1, r.company);
        m_upsertRule.bind(2, r.day);
        m_upsertRule.bind(3, version);
        m_upsertRule.bind(4, r.rule);
        m_upsertRule.bind(5, r.ipcType);
        m_upsertRule.bind(6, r.violations);
        if (!m_upsertRule.exec())
            return fail(m_upsertRule.error());
    }
    return {};
}

DatabaseError QualityStore::removeMonth(const QualityPeriod &month, const QString &companyId)
{
    m_error = {};
    const QualityPeriod span = QualityPeriod::ofMonth(month.year, month.month);
    const int firstDay = span.year * 10000 + span.month * 100 + 1;
    const int lastDay = span.year * 10000 + span.month * 100 + 31;
    const int monthKey = span.year * 100 + span.month;
    const QString company = companyId.isEmpty() ? QString() : QStringLiteral(" AND company_id = ?4");
    const struct
    {
        const char *table;
        bool byMonth;
    } tables[] = {{"quality_day", false}, {"quality_rule_day", false}, {"quality_sample", true}};
    for (const auto &t : tables) {
        const QString where =
            t.byMonth ? QStringLiteral("month = ?1") : QStringLiteral("day BETWEEN ?1 AND ?2");
        Statement statement = m_db.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 AND model_version = ?3%4")
                                               .arg(QLatin1String(t.table), where, company),
                                           tr("remove the quality numbers of %1").arg(span.key()));
        statement.bind(1, t.byMonth ? monthKey : firstDay);
        if (!t.byMonth)
            statement.bind(2, lastDay);
        statement.bind(3, m_model.version());
        if (!companyId.isEmpty())
            statement.bind(4, companyId);
        if (!statement.exec())
            return fail(statement.error());
    }
    forgetCachedCounts();
    return {};
}

std::optional<QualityTally> QualityStore::tally(const QString &companyId, const QualityPeriod &period)
{
    m_error = {};
    QualityTally tally(companyId, period, m_model);
    const int firstDay = dayKey(period.start());
    const int endDay = dayKey(period.end()); // exclusive
    Statement days = m_db.prepare(
        QStringLiteral("SELECT sum(records), sum(completeness_checked), sum(completeness_passed),"
                       " sum(conformance_checked), sum(conformance_passed), sum(timeliness_checked),"
                       " sum(timeliness_passed), sum(authenticity_checked), sum(authenticity_passed),"
                       " sum(orders_checked), sum(orders_compliant) FROM quality_day"
                       " WHERE company_id = ?1 AND day >= ?2 AND day < ?3 AND model_version = ?4"),
        tr("read the quality numbers of company %1 for %2").arg(companyId, period.key()));
    days.bind(1, companyId);
    days.bind(2, firstDay);
    days.bind(3, endDay);
    days.bind(4, m_model.version());
    if (days.step() && !days.isNull(0)) {
        std::array<qint64, kQualityDimensionCount> checked{};
        std::array<qint64, kQualityDimensionCount> passed{};
        for (int i = 0; i < kQualityDimensionCount; ++i) {
            checked[i] = days.columnInt64(1 + 2 * i);
            passed[i] = days.columnInt64(2 + 2 * i);
        }
        tally.addCounts(days.columnInt64(0), checked, passed, days.columnInt64(9), days.columnInt64(10));
    }
    if (days.hasError()) {
        m_error = days.error();
        return std::nullopt;
    }

    Statement rules = m_db.prepare(
        QStringLiteral("SELECT rule_id, ipc_type, sum(violations) FROM quality_rule_day WHERE company_id = ?1"
                       " AND day >= ?2 AND day < ?3 AND model_version = ?4 GROUP BY rule_id, ipc_type"),
        tr("read the quality violations of company %1 for %2").arg(companyId, period.key()));
    rules.bind(1, companyId);
    rules.bind(2, firstDay);
    rules.bind(3, endDay);
    rules.bind(4, m_model.version());
    while (rules.step())
        tally.addViolations(rules.columnText(0), rules.columnText(1), rules.columnInt64(2));
    if (rules.hasError()) {
        m_error = rules.error();
        return std::nullopt;
    }

    Statement samples = m_db.prepare(
        QStringLiteral("SELECT rule_id, ipc_type, record_key, source, row_id, received_ms FROM quality_sample"
                       " WHERE company_id = ?1 AND month >= ?2 AND month <= ?3 AND model_version = ?4"
                       " AND received_ms >= ?5 AND received_ms < ?6 ORDER BY month, id"),
        tr("read the quality samples of company %1 for %2").arg(companyId, period.key()));
    samples.bind(1, companyId);
    samples.bind(2, firstDay / 100);
    samples.bind(3, dayKey(period.end() - 1) / 100);
    samples.bind(4, m_model.version());
    samples.bind(5, period.start() * 1000);
    samples.bind(6, period.end() * 1000);
    while (samples.step()) {
        tally.addStoredSample(samples.columnText(0),
                              {samples.columnText(1), samples.columnText(2), samples.columnText(3),
                               samples.columnInt64(4), samples.columnInt64(5)});
    }
    if (samples.hasError()) {
        m_error = samples.error();
        return std::nullopt;
    }
    return tally;
}

QStringList QualityStore::companies(const QualityPeriod &period)
{
    m_error = {};
    Statement statement =
        m_db.prepare(QStringLiteral("SELECT DISTINCT company_id FROM quality_day WHERE day >= ?1 AND day < ?2"
                                    " AND model_version = ?3 ORDER BY company_id"),
                     tr("list the companies with quality numbers for %1").arg(period.key()));
    statement.bind(1, dayKey(period.start()));
    statement.bind(2, dayKey(period.end()));
    statement.bind(3, m_model.version());
    QStringList companies;
    while (statement.step())
        companies.append(statement.columnText(0));
    if (statement.hasError())
        m_error = statement.error();
    return companies;
}

} // namespace rw
