#include "qualityscorequery.h"

#include "permits/companydirectory.h"

#include "permits/personaldatamask.h"
#include "storage/database.h"
#include "storage/interfacetables.h"
#include "storage/statement.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rw {

namespace {

const QString kRegionRule = u"completeness.regionOrders"_s;

// The sums of quality_day, in this order after company_id (and the month, for a trend).
const QString kSums = u"SUM(records), SUM(completeness_checked), SUM(completeness_passed), "
                      "SUM(conformance_checked), SUM(conformance_passed), SUM(timeliness_checked), "
                      "SUM(timeliness_passed), SUM(authenticity_checked), SUM(authenticity_passed), "
                      "SUM(orders_checked), SUM(orders_compliant)"_s;

/** Adds the sums starting at \a column of \a row to \a score. */
void addSums(const Statement &row, int column, QualityScoreQuery::Score *score)
{
    std::array<qint64, kQualityDimensionCount> checked{};
    std::array<qint64, kQualityDimensionCount> passed{};
    for (int d = 0; d < kQualityDimensionCount; ++d) {
        checked[d] = row.columnInt64(column + 1 + 2 * d);
        passed[d] = row.columnInt64(column + 2 + 2 * d);
    }
    QString error;
    if (!score->tally.addCounts(row.columnInt64(column), checked, passed, row.columnInt64(column + 9),
                                row.columnInt64(column + 10), &error))
        qWarning("quality_day of %s: %s", qPrintable(score->companyId), qPrintable(error));
    score->ordersChecked += row.columnInt64(column + 9);
    score->ordersCompliant += row.columnInt64(column + 10);
}

/** Ranks \a scores in place: by score descending, no score last, ties by company id. */
void rank(QList<QualityScoreQuery::Score> *scores)
{
    std::sort(scores->begin(), scores->end(), [](const auto &a, const auto &b) {
        const std::optional<double> sa = a.tally.score();
        const std::optional<double> sb = b.tally.score();
        if (sa.has_value() != sb.has_value())
            return sa.has_value();
        if (sa && *sa != *sb)
            return *sa > *sb;
        return a.companyId < b.companyId;
    });
    for (int i = 0; i < scores->size(); ++i)
        (*scores)[i].rank = i + 1;
}

/** \a value of a stored column as JSON: numbers stay numbers. */
QJsonValue columnJson(const Statement &row, int column)
{
    switch (row.columnType(column)) {
    case Statement::ColumnType::Null:
        return QJsonValue(QJsonValue::Null);
    case Statement::ColumnType::Integer:
        return QJsonValue(row.columnInt64(column));
    case Statement::ColumnType::Float:
        return QJsonValue(row.columnDouble(column));
    case Statement::ColumnType::Text:
        return QJsonValue(row.columnText(column));
    case Statement::ColumnType::Blob:
        return QJsonValue(QString::fromUtf8(row.columnBlob(column)));
    }
    return {};
}

QString jsonText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double d = value.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d, 'g', 17);
    }
    return {};
}

} // namespace

std::optional<double> QualityScoreQuery::Score::orderComplianceRate() const
{
    if (ordersChecked <= 0)
        return std::nullopt;
    return double(ordersCompliant) / double(ordersChecked);
}

QualityScoreQuery::QualityScoreQuery(Database &db, const QualityModel &model,
                                     std::shared_ptr<const InterfaceCatalogue> catalogue)
    : m_db(db)
    , m_model(model)
    , m_catalogue(std::move(catalogue))
{}

bool QualityScoreQuery::fail(const DatabaseError &error)
{
    m_error = error;
    return false;
}

std::optional<QualityPeriod> QualityScoreQuery::parsePeriod(const QString &text, QString *error)
{
    // Art. 17: 月度、年度测评周期为每自然月、自然年.
    static const QRegularExpression pattern(u"^(\\d{4})(?:-(\\d{2}))?$"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    const int year = match.hasMatch() ? match.captured(1).toInt() : 0;
    const int month = match.hasMatch() && match.hasCaptured(2) ? match.captured(2).toInt() : 0;
    if (!match.hasMatch() || year < 1970 || (match.hasCaptured(2) && (month < 1 || month > 12))) {
        if (error)
            *error = tr("period=\"%1\" is not a CST month yyyy-mm (e.g. 2026-11) or a year yyyy from 1970")
                         .arg(text);
        return std::nullopt;
    }
    return match.hasCaptured(2) ? QualityPeriod::ofMonth(year, month) : QualityPeriod::ofYear(year);
}

QualityScoreQuery::DayRange QualityScoreQuery::daysOf(const QualityPeriod &period)
{
    const qint64 y = period.year;
    switch (period.span) {
    case QualityPeriod::Span::Day: {
        const qint64 day = y * 10000 + period.month * 100 + period.day;
        return {day, day};
    }
    case QualityPeriod::Span::Month:
        return {y * 10000 + period.month * 100 + 1, y * 10000 + period.month * 100 + 31};
    case QualityPeriod::Span::Year:
        break;
    }
    return {y * 10000 + 101, y * 10000 + 1231};
}

std::optional<QHash<QString, QString>> QualityScoreQuery::names(const QStringList &companyIds)
{
    // The permit's name first (the registry is authoritative), else the name of the upload credential.
    const QSet<QString> wanted(companyIds.cbegin(), companyIds.cend());
    QHash<QString, QString> result;
    Statement credentials =
        m_db.prepare(u"SELECT company_id, name FROM company_credential"_s, tr("read the companies' names"));
    while (credentials.step()) {
        if (wanted.contains(credentials.columnText(0)))
            result.insert(credentials.columnText(0), credentials.columnText(1));
    }
    if (credentials.hasError()) {
        fail(credentials.error());
        return std::nullopt;
    }
    Statement permits = m_db.prepare(
        u"SELECT company_id, name FROM permit_company WHERE superseded_ms IS NULL ORDER BY id DESC"_s,
        tr("read the companies' names"));
    while (permits.step()) {
        if (wanted.contains(permits.columnText(0)))
            result.insert(permits.columnText(0), permits.columnText(1));
    }
    if (permits.hasError()) {
        fail(permits.error());
        return std::nullopt;
    }
    return result;
}

std::optional<QList<QualityScoreQuery::Company>> QualityScoreQuery::companies(const QString &region,
                                                                              const QualityPeriod &period)
{
    m_error = {};
    QList<Company> result;
    if (region.isEmpty()) {
        // The national scope: every company that sent data in the period.
        const DayRange days = daysOf(period);
        Statement select =
            m_db.prepare(u"SELECT DISTINCT company_id FROM quality_day WHERE model_version = ?1 "
                         "AND day BETWEEN ?2 AND ?3 ORDER BY company_id"_s,
                         tr("list the companies with quality results"));
        select.bind(1, m_model.version());
        select.bind(2, days.first);
        select.bind(3, days.last);
        QStringList ids;
        while (select.step())
            ids.append(select.columnText(0));
        if (select.hasError()) {
            fail(select.error());
            return std::nullopt;
        }
        const std::optional<QHash<QString, QString>> known = names(ids);
        if (!known)
            return std::nullopt;
        for (const QString &id : std::as_const(ids))
            result.append({id, known->value(id)});
        return result;
    }
    // Art. 16 per company; a company is the region's when it holds a company permit there.
    CompanyDirectory directory(m_db);
    const std::optional<QList<CompanyDirectory::Company>> within =
        directory.within(RegionScope::fromCode(region));
    if (!within) {
        fail(directory.lastError());
        return std::nullopt;
    }
    for (const CompanyDirectory::Company &c : *within)
        result.append({c.companyId, c.name});
    return result;
}

std::optional<bool> QualityScoreQuery::companyWithin(const QString &companyId, const RegionScope &scope)
{
    m_error = {};
    CompanyDirectory directory(m_db);
    const std::optional<bool> within = directory.covers(scope, companyId);
    if (!within)
        fail(directory.lastError());
    return within;
}

std::optional<QList<QualityScoreQuery::Score>> QualityScoreQuery::scores(const QualityPeriod &period,
                                                                         const QString &region)
{
    const std::optional<QList<Company>> inScope = companies(region, period);
    if (!inScope)
        return std::nullopt;
    QList<Score> result;
    QHash<QString, qsizetype> indexOf;
    for (const Company &c : *inScope) {
        indexOf.insert(c.companyId, result.size());
        result.append(Score{c.companyId, c.name, 0, QualityTally(c.companyId, period, m_model)});
    }
    const DayRange days = daysOf(period);
    Statement select = m_db.prepare(u"SELECT company_id, %1 FROM quality_day WHERE model_version = ?1 "
                                    "AND day BETWEEN ?2 AND ?3 GROUP BY company_id"_s.arg(kSums),
                                    tr("sum the quality results of a period"));
    select.bind(1, m_model.version());
    select.bind(2, days.first);
    select.bind(3, days.last);
    while (select.step()) {
        const auto it = indexOf.constFind(select.columnText(0));
        if (it != indexOf.cend())
            addSums(select, 1, &result[*it]);
    }
    if (select.hasError()) {
        fail(select.error());
        return std::nullopt;
    }
    for (Score &score : result) {
        if (!addRegionCoverage(&score, region))
            return std::nullopt;
    }
    rank(&result);
    return result;
}

std::optional<QList<QualityScoreQuery::Trend>> QualityScoreQuery::trend(int year, const QString &region)
{
    const QualityPeriod wholeYear = QualityPeriod::ofYear(year);
    const std::optional<QList<Company>> inScope = companies(region, wholeYear);
    if (!inScope)
        return std::nullopt;
    QList<Trend> result;
    QHash<QString, qsizetype> indexOf;
    for (const Company &c : *inScope) {
        indexOf.insert(c.companyId, result.size());
        Trend t{c.companyId, c.name, {}};
        for (int month = 1; month <= 12; ++month) {
            t.months.append(Score{c.companyId, c.name, 0,
                                  QualityTally(c.companyId, QualityPeriod::ofMonth(year, month), m_model)});
        }
        result.append(std::move(t));
    }
    const DayRange days = daysOf(wholeYear);
    // CST day yyyymmdd belongs to month yyyymm (Art. 17: a month is the sum of its days).
    Statement select = m_db.prepare(u"SELECT company_id, (day / 100) % 100, %1 FROM quality_day "
                                    "WHERE model_version = ?1 AND day BETWEEN ?2 AND ?3 "
                                    "GROUP BY company_id, day / 100"_s.arg(kSums),
                                    tr("sum the quality results of each month of a year"));
    select.bind(1, m_model.version());
    select.bind(2, days.first);
    select.bind(3, days.last);
    while (select.step()) {
        const auto it = indexOf.constFind(select.columnText(0));
        const int month = select.columnInt(1);
        if (it != indexOf.cend() && month >= 1 && month <= 12)
            addSums(select, 2, &result[*it].months[month - 1]);
    }
    if (select.hasError()) {
        fail(select.error());
        return std::nullopt;
    }
    for (Trend &t : result) {
        for (Score &month : t.months) {
            if (!addRegionCoverage(&month, region))
                return std::nullopt;
        }
    }
    return result;
}

bool QualityScoreQuery::addRegionCoverage(Score *score, const QString &region)
{
    if (!m_model.hasRule(kRegionRule) || score->tally.records() <= 0)
        return true;
    const std::optional<RegionCoverage> coverage =
        regionCoverage(score->companyId, score->tally.period(), region);
    if (!coverage)
        return false;
    if (coverage->licensed.isEmpty())
        return true;
    std::array<qint64, kQualityDimensionCount> checked{};
    std::array<qint64, kQualityDimensionCount> passed{};
    checked[int(QualityDimension::Completeness)] = coverage->licensed.size();
    passed[int(QualityDimension::Completeness)] = coverage->licensed.size() - coverage->withoutOrders.size();
    score->tally.addCounts(0, checked, passed);
    if (!coverage->withoutOrders.isEmpty())
        score->tally.addViolations(kRegionRule, u"orderCreate"_s, coverage->withoutOrders.size());
    return true;
}

std::optional<QualityScoreQuery::RegionCoverage>
QualityScoreQuery::regionCoverage(const QString &companyId, const QualityPeriod &period,
                                  const QString &region)
{
    m_error = {};
    RegionCoverage result;
    const DayRange days = daysOf(period);
    // Art. 6: the obligation starts the day after the licence, so a permit from the period's last day
    // asks nothing of it yet.
    Statement permits =
        m_db.prepare(u"SELECT DISTINCT region_code FROM permit_company WHERE company_id = ?1"
                     " AND superseded_ms IS NULL AND valid_from < ?3 AND valid_to >= ?2"
                     " ORDER BY region_code"_s,
                     tr("read the licensed regions of company %1").arg(companyId), Database::Reuse::Often);
    // daysOf() ends every month on its 31st, which is enough for sums of days but not here.
    const QualityPeriod lastDay = QualityPeriod::containing(period.end() - 1, QualityPeriod::Span::Day);
    permits.bind(1, companyId);
    permits.bind(2, days.first);
    permits.bind(3, qint64(lastDay.year) * 10000 + lastDay.month * 100 + lastDay.day);
    const RegionScope scope = region.isEmpty() ? RegionScope() : RegionScope::fromCode(region);
    while (permits.step()) {
        const QString code = permits.columnText(0);
        if (RegionScope::isValidCode(code) && (region.isEmpty() || scope.covers(code)))
            result.licensed.append(code);
    }
    if (permits.hasError()) {
        fail(permits.error());
        return std::nullopt;
    }
    if (result.licensed.isEmpty())
        return result;
    const InterfaceSpec *orders = m_catalogue ? m_catalogue->byIpcType(u"orderCreate") : nullptr;
    if (!orders)
        return result;
    const QString table = Database::quoteIdentifier(InterfaceTables::tableName(*orders));
    Statement exists =
        m_db.prepare(u"SELECT 1 FROM %1 WHERE rw_company = ?1 AND Address BETWEEN ?2 AND ?3"
                     " AND rw_received_ms >= ?4 AND rw_received_ms < ?5 LIMIT 1"_s.arg(table),
                     tr("look for orders of company %1 by region").arg(companyId), Database::Reuse::Often);
    for (const QString &code : std::as_const(result.licensed)) {
        // A prefecture (xxyy00) takes the orders of its districts (xxyy01–xxyy99); a county-level unit
        // its own (RegionScope::covers).
        const qint64 first = code.toLongLong();
        const qint64 last = RegionScope::levelOf(code) == RegionScope::Level::Prefecture ? first + 99
                            : RegionScope::levelOf(code) == RegionScope::Level::Province ? first + 9999
                                                                                         : first;
        exists.reset();
        exists.bind(1, companyId);
        exists.bind(2, first);
        exists.bind(3, last);
        exists.bind(4, period.start() * 1000);
        exists.bind(5, period.end() * 1000);
        const bool found = exists.step();
        if (exists.hasError()) {
            fail(exists.error());
            return std::nullopt;
        }
        if (!found)
            result.withoutOrders.append(code);
    }
    return result;
}

std::optional<QList<QualityScoreQuery::RuleViolations>>
QualityScoreQuery::violations(const QString &companyId, const QualityPeriod &period,
                              std::optional<QualityDimension> dimension, const QString &region)
{
    m_error = {};
    const DayRange days = daysOf(period);
    QList<RuleViolations> result;
    QHash<QString, qsizetype> indexOf;
    Statement select = m_db.prepare(u"SELECT rule_id, ipc_type, SUM(violations) FROM quality_rule_day "
                                    "WHERE company_id = ?1 AND model_version = ?2 AND day BETWEEN ?3 AND ?4 "
                                    "GROUP BY rule_id, ipc_type"_s,
                                    tr("sum the violations of a company"));
    select.bind(1, companyId);
    select.bind(2, m_model.version());
    select.bind(3, days.first);
    select.bind(4, days.last);
    while (select.step()) {
        const QString ruleId = select.columnText(0);
        const qint64 count = select.columnInt64(2);
        if (count <= 0)
            continue;
        auto it = indexOf.constFind(ruleId);
        if (it == indexOf.cend()) {
            RuleViolations r;
            r.ruleId = ruleId;
            if (const QualityRule *rule = m_model.rule(ruleId)) {
                r.dimension = rule->dimension;
                r.article = rule->article;
                r.description = rule->description;
            } else {
                // A rule the model no longer lists: its id starts with its dimension.
                r.dimension = QualityDimensions::fromKey(QStringView(ruleId).left(ruleId.indexOf(u'.')))
                                  .value_or(QualityDimension::Authenticity);
            }
            if (dimension && r.dimension != *dimension)
                continue;
            it = indexOf.insert(ruleId, result.size());
            result.append(r);
        }
        RuleViolations &r = result[*it];
        r.violations += count;
        r.byInterface[select.columnText(1)] += count;
    }
    if (select.hasError()) {
        fail(select.error());
        return std::nullopt;
    }
    const QualityRule *regionRule = m_model.rule(kRegionRule);
    if (regionRule && (!dimension || *dimension == regionRule->dimension)) {
        // As in the scores: only for a company that sent records in the period.
        Statement records = m_db.prepare(u"SELECT 1 FROM quality_day WHERE company_id = ?1 AND"
                                         " model_version = ?2 AND day BETWEEN ?3 AND ?4 AND records > 0"
                                         " LIMIT 1"_s,
                                         tr("look for the records of company %1").arg(companyId));
        records.bind(1, companyId);
        records.bind(2, m_model.version());
        records.bind(3, days.first);
        records.bind(4, days.last);
        const bool sent = records.step();
        if (records.hasError()) {
            fail(records.error());
            return std::nullopt;
        }
        const std::optional<RegionCoverage> coverage = sent ? regionCoverage(companyId, period, region)
                                                            : std::optional<RegionCoverage>(RegionCoverage{});
        if (!coverage)
            return std::nullopt;
        if (!coverage->withoutOrders.isEmpty()) {
            RuleViolations r;
            r.ruleId = kRegionRule;
            r.dimension = regionRule->dimension;
            r.article = regionRule->article;
            r.description = tr("%1 — no order received from %2")
                                .arg(regionRule->description, coverage->withoutOrders.join(u", "_s));
            r.violations = coverage->withoutOrders.size();
            r.byInterface.insert(u"orderCreate"_s, r.violations);
            result.append(r);
        }
    }
    std::sort(result.begin(), result.end(), [](const RuleViolations &a, const RuleViolations &b) {
        return a.violations != b.violations ? a.violations > b.violations : a.ruleId < b.ruleId;
    });

    // Samples are kept per CST month (yyyymm); those of a year are the first of its months.
    const qint64 firstMonth = days.first / 100;
    const qint64 lastMonth = days.last / 100;
    Statement samples = m_db.prepare(u"SELECT ipc_type, source, row_id, record_key, received_ms "
                                     "FROM quality_sample WHERE company_id = ?1 AND model_version = ?2 "
                                     "AND rule_id = ?3 AND month BETWEEN ?4 AND ?5 "
                                     "ORDER BY received_ms, id LIMIT ?6"_s,
                                     tr("read the sample records of a rule"), Database::Reuse::Often);
    for (RuleViolations &r : result) {
        samples.reset();
        samples.bind(1, companyId);
        samples.bind(2, m_model.version());
        samples.bind(3, r.ruleId);
        samples.bind(4, firstMonth);
        samples.bind(5, lastMonth);
        samples.bind(6, m_model.samplesPerRule());
        while (samples.step()) {
            r.samples.append({samples.columnText(0), samples.columnText(1), samples.columnInt64(2),
                              samples.columnText(3), samples.columnInt64(4)});
        }
        if (samples.hasError()) {
            fail(samples.error());
            return std::nullopt;
        }
    }
    return result;
}

QStringList QualityScoreQuery::failedRulesOf(const QString &source, const QString &ipcType, qint64 rowId)
{
    Statement select = m_db.prepare(u"SELECT DISTINCT rule_id FROM quality_sample WHERE source = ?1 "
                                    "AND row_id = ?2 AND (?3 = '' OR ipc_type = ?3) AND model_version = ?4 "
                                    "ORDER BY rule_id"_s,
                                    tr("read the rules a record failed"));
    select.bind(1, source);
    select.bind(2, rowId);
    select.bind(3, ipcType);
    select.bind(4, m_model.version());
    QStringList rules;
    while (select.step())
        rules.append(select.columnText(0));
    if (select.hasError())
        fail(select.error());
    return rules;
}

QString QualityScoreQuery::maskedValue(const QString &field, const QString &value)
{
    // The catalogue marks the spec's personal fields (FieldSpec::personal): names, ID and licence
    // numbers, phones, addresses, birthdays, photo file numbers, trip origins and destinations.
    if (field.endsWith(u"Name") || field == u"EmergencyContact")
        return PersonalDataMask::name(value);
    if (field.contains(u"Phone"))
        return PersonalDataMask::phone(value);
    if (field == u"LegalID")
        return PersonalDataMask::idNumber(value);
    if (field == u"LicenseId" || field == u"CertificateNo")
        return PersonalDataMask::licence(value);
    return PersonalDataMask::tail(value, 0);
}

QJsonValue QualityScoreQuery::maskedField(const FieldSpec &field, const QJsonValue &value, bool reveal,
                                          QStringList *masked)
{
    if (reveal || !field.personal || value.isNull() || value.isUndefined())
        return value;
    const QString text = jsonText(value);
    if (text.isEmpty() && !value.isString())
        return QJsonValue(QJsonValue::Null); // an object or array where a value belongs: nothing shown
    if (!masked->contains(field.name))
        masked->append(field.name);
    return maskedValue(field.name, text);
}

std::optional<QualityScoreQuery::SourceRecord> QualityScoreQuery::record(const QString &ipcType, qint64 rowId,
                                                                         bool reveal)
{
    m_error = {};
    const InterfaceSpec *spec = m_catalogue->byIpcType(ipcType);
    if (!spec)
        return std::nullopt;
    Statement select =
        m_db.prepare(u"SELECT * FROM %1 WHERE rw_id = ?1"_s.arg(InterfaceTables::tableName(*spec)),
                     tr("read a record of %1").arg(ipcType));
    select.bind(1, rowId);
    if (!select.step()) {
        if (select.hasError())
            fail(select.error());
        return std::nullopt;
    }
    SourceRecord r;
    r.ipcType = spec->ipcType;
    r.source = u"record"_s;
    r.rowId = rowId;
    for (int c = 0; c < select.columnCount(); ++c) {
        const QString column = select.columnName(c);
        if (column == u"rw_company") {
            r.companyId = select.columnText(c);
        } else if (column == u"rw_received_ms") {
            r.receivedMs = select.columnInt64(c);
        } else if (column == u"rw_business_time") {
            if (!select.isNull(c))
                r.businessTime = select.columnInt64(c);
        } else if (const FieldSpec *field = spec->field(column)) {
            if (!select.isNull(c)) // an absent field has no column value
                r.fields.insert(field->name, maskedField(*field, columnJson(select, c), reveal, &r.masked));
        }
    }
    r.failedRules = failedRulesOf(r.source, r.ipcType, rowId);
    if (m_error.isError())
        return std::nullopt;
    return r;
}

std::optional<QualityScoreQuery::SourceRecord> QualityScoreQuery::quarantined(qint64 id, bool reveal)
{
    m_error = {};
    Statement select = m_db.prepare(u"SELECT company_id, ipc_type, received_ms, raw, reasons, envelope_error "
                                    "FROM quarantine WHERE id = ?1"_s,
                                    tr("read a quarantined record"));
    select.bind(1, id);
    if (!select.step()) {
        if (select.hasError())
            fail(select.error());
        return std::nullopt;
    }
    SourceRecord r;
    r.source = u"quarantine"_s;
    r.rowId = id;
    r.companyId = select.columnText(0);
    r.ipcType = select.isNull(1) ? QString() : select.columnText(1);
    r.receivedMs = select.columnInt64(2);
    const QByteArray raw = select.columnBlob(3);
    const QJsonArray reasons = QJsonDocument::fromJson(select.columnText(4).toUtf8()).array();
    const InterfaceSpec *spec = r.ipcType.isEmpty() ? nullptr : m_catalogue->byIpcType(r.ipcType);

    // What can be decoded: a JSON record (uploads in JSON keep each record's text). Protobuf bytes and
    // broken bodies show no fields.
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(raw, &parseError);
    const bool decoded = parseError.error == QJsonParseError::NoError && document.isObject();
    QString rawText = QString::fromUtf8(raw);
    QStringList clearValues; // personal values as sent, to be kept out of the raw text
    if (decoded) {
        const QJsonObject object = document.object();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const FieldSpec *field = spec ? spec->field(it.key()) : nullptr;
            if (!field) {
                // A name the catalogue does not know cannot be told personal or not: shown only revealed.
                if (reveal)
                    r.fields.insert(it.key(), it.value());
                else if (!r.masked.contains(it.key()))
                    r.masked.append(it.key());
                if (!reveal && !jsonText(it.value()).isEmpty())
                    clearValues.append(jsonText(it.value()));
                continue;
            }
            const QJsonValue shown = maskedField(*field, it.value(), reveal, &r.masked);
            if (shown != it.value() && !jsonText(it.value()).isEmpty())
                clearValues.append(jsonText(it.value()));
            r.fields.insert(field->name, shown);
        }
    }
    // The validation errors quote the values, in "value" and in the message: personal ones are masked too.
    // A field the catalogue does not know cannot be told personal or not: masked.
    QList<QJsonObject> reasonObjects;
    for (const QJsonValue &reasonValue : reasons) {
        QJsonObject reason = reasonValue.toObject();
        const FieldSpec *field = spec ? spec->field(reason.value(u"field"_s).toString()) : nullptr;
        const QString value = jsonText(reason.value(u"value"_s));
        if (!reveal && (!field || field->personal) && !value.isEmpty()) {
            reason.insert(u"value"_s,
                          field ? maskedValue(field->name, value) : PersonalDataMask::tail(value, 0));
            clearValues.append(value);
        }
        reasonObjects.append(reason);
    }
    std::sort(clearValues.begin(), clearValues.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    const auto scrub = [&](QString text) {
        for (const QString &value : std::as_const(clearValues))
            text.replace(value, PersonalDataMask::tail(value, 0));
        return text;
    };
    for (QJsonObject &reason : reasonObjects) {
        if (!reveal && reason.value(u"message"_s).isString())
            reason.insert(u"message"_s, scrub(reason.value(u"message"_s).toString()));
        r.reasons.append(reason);
    }
    if (!reveal) {
        if (!decoded) {
            // Bytes that cannot be decoded cannot be masked field by field: withheld.
            r.rawWithheld = true;
            rawText.clear();
        } else {
            // A JSON escape (\u5f20) could hide a value from the replacement: then the masked fields are
            // shown instead of the bytes.
            rawText = clearValues.isEmpty() ? rawText
                      : rawText.contains(u'\\')
                          ? QString::fromUtf8(QJsonDocument(r.fields).toJson(QJsonDocument::Compact))
                          : scrub(rawText);
        }
    }
    r.raw = rawText;
    r.failedRules = failedRulesOf(r.source, {}, id);
    if (m_error.isError())
        return std::nullopt;
    return r;
}

} // namespace rw
