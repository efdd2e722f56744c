#include "permitsearch.h"

#include "permits/permitidentifiers.h"
#include "permits/permitquery.h"
#include "permitstore.h"
#include "storage/database.h"
#include "storage/statement.h"

#include <QSet>

#include <map>

using namespace Qt::StringLiterals;

namespace rw {

qint64 PermitSearchHit::id() const
{
    switch (kind) {
    case PermitKind::Company:
        return company.id;
    case PermitKind::Vehicle:
        return vehicle.id;
    case PermitKind::Driver:
        break;
    }
    return driver.id;
}

QString PermitSearchHit::regionCode() const
{
    switch (kind) {
    case PermitKind::Company:
        return company.regionCode;
    case PermitKind::Vehicle:
        return vehicle.regionCode;
    case PermitKind::Driver:
        break;
    }
    return driver.regionCode;
}

namespace {

/** Sorts after every text starting with the prefix: U+10FFFF, the largest code point (UTF-8 F4 8F BF BF). */
QString prefixEnd(const QString &prefix)
{
    static const QString last = QString::fromUcs4(U"\U0010FFFF", 1);
    return prefix + last;
}

} // namespace

struct PermitSearch::Private
{
    Database &db;
    std::map<QString, Statement> statements; // prepared once per distinct SQL text

    Statement &prepare(const QString &sql)
    {
        auto it = statements.find(sql);
        if (it == statements.end())
            it = statements
                     .emplace(sql, db.prepare(sql, PermitSearch::tr("search the permit registry"),
                                              Database::Reuse::Often))
                     .first;
        it->second.reset();
        it->second.clearBindings();
        return it->second;
    }

    /** " AND substr(region_code, 1, n) = ?" for \a scope, and its value; nothing for the whole registry. */
    static std::pair<QString, QString> scopeClause(const std::optional<RegionScope> &scope,
                                                   const QString &alias)
    {
        if (!scope)
            return {};
        const QString column = alias.isEmpty() ? u"region_code"_s : alias + u".region_code"_s;
        switch (scope->level()) {
        case RegionScope::Level::Province:
            return {u" AND substr(%1, 1, 2) = ?"_s.arg(column), scope->code().left(2)};
        case RegionScope::Level::Prefecture:
            return {u" AND substr(%1, 1, 4) = ?"_s.arg(column), scope->code().left(4)};
        case RegionScope::Level::County:
            return {u" AND %1 = ?"_s.arg(column), scope->code()};
        case RegionScope::Level::None:
            break;
        }
        return {u" AND 0"_s, {}};
    }

    /**
     * Runs "SELECT … FROM <kind's table> [alias] <from> WHERE <where> AND current AND in scope LIMIT n"
     * and appends the hits not seen yet. Returns false once the result is full (limit + 1 rows).
     */
    bool run(PermitKind kind, const QString &from, const QString &where, const QVariantList &binds,
             const QString &matchedOn, const Options &options, Result &result, QSet<qint64> &seen)
    {
        const int wanted = options.limit + 1;
        if (result.hits.size() >= wanted)
            return false;
        const QString alias = from.isEmpty() ? QString() : u"p"_s;
        const auto [scopeSql, scopeValue] = scopeClause(options.scope, alias);
        const QString table = PermitStore::tableOf(kind);
        const QString sql = u"SELECT %1 FROM %2 %3 WHERE %4 AND %5superseded_ms IS NULL%6 LIMIT ?"_s.arg(
            PermitStore::selectColumns(kind, alias), from.isEmpty() ? table : from, QString(), where,
            alias.isEmpty() ? QString() : alias + u'.', scopeSql);
        Statement &select = prepare(sql);
        int index = 1;
        for (const QVariant &value : binds)
            select.bind(index++, value);
        if (!scopeValue.isEmpty())
            select.bind(index++, scopeValue);
        select.bind(index, wanted);
        while (select.step()) {
            PermitSearchHit hit;
            hit.kind = kind;
            hit.matchedOn = matchedOn;
            switch (kind) {
            case PermitKind::Company:
                hit.company = PermitStore::readCompany(select);
                break;
            case PermitKind::Vehicle:
                hit.vehicle = PermitStore::readVehicle(select);
                break;
            case PermitKind::Driver:
                hit.driver = PermitStore::readDriver(select);
                break;
            }
            const qint64 key = hit.id() * 3 + int(kind);
            if (seen.contains(key))
                continue;
            seen.insert(key);
            result.hits.append(hit);
            if (result.hits.size() >= wanted)
                break;
        }
        if (select.hasError())
            result.error = select.error();
        select.reset();
        return result.hits.size() < wanted && !result.error.isError();
    }
};

PermitSearch::PermitSearch(Database &db)
    : d(std::make_unique<Private>(Private{db, {}}))
{}

PermitSearch::~PermitSearch() = default;

QString PermitSearch::classKey(QueryClass queryClass)
{
    return PermitQuery::classKey(queryClass);
}

PermitSearch::QueryClass PermitSearch::classify(QStringView query)
{
    return PermitQuery::classify(query);
}

PermitSearch::Result PermitSearch::search(const QString &query, const Options &input)
{
    Options options = input;
    options.limit = qBound(1, options.limit, MaxLimit);
    Result result;
    result.queryClass = classify(query);
    QSet<qint64> seen;
    const QString text = query.trimmed();
    const auto run = [&](PermitKind kind, const QString &where, const QVariantList &binds, const QString &on,
                         const QString &from = {}) {
        return d->run(kind, from, where, binds, on, options, result, seen);
    };

    switch (result.queryClass) {
    case QueryClass::Empty:
        break;
    case QueryClass::Plate:
        // A range, not only "=": a full ordinary plate (琼DD1234) is also the start of new-energy ones
        // (琼DD12345); the exact plate sorts first.
        result.normalised = PermitIdentifiers::normalisePlate(text);
        run(PermitKind::Vehicle, u"plate >= ? AND plate < ?"_s,
            {result.normalised, prefixEnd(result.normalised)}, u"plate"_s);
        break;
    case QueryClass::PlatePrefix:
        result.normalised = PermitIdentifiers::normalisePlate(text);
        run(PermitKind::Vehicle, u"plate >= ? AND plate < ?"_s,
            {result.normalised, prefixEnd(result.normalised)}, u"plate"_s);
        break;
    case QueryClass::IdNumber:
        result.normalised = text.toUpper();
        run(PermitKind::Driver, u"id_number = ?"_s, {result.normalised}, u"idNumber"_s) &&
            run(PermitKind::Driver, u"licence = ?"_s, {result.normalised}, u"licence"_s);
        break;
    case QueryClass::Vin:
        result.normalised = text.toUpper();
        run(PermitKind::Vehicle, u"vin = ?"_s, {result.normalised}, u"vin"_s);
        break;
    case QueryClass::Name: {
        result.normalised = text;
        // Exact names first, then longer names with the query as prefix (the B-tree is in name order).
        const QString fts = u"\"%1\""_s.arg(QString(text).replace(u'"', u"\"\""_s));
        run(PermitKind::Driver, u"name >= ? AND name < ?"_s, {text, prefixEnd(text)}, u"name"_s) &&
            (text.size() < 3 || run(PermitKind::Driver, u"permit_driver_fts MATCH ? AND p.id = f.rowid"_s,
                                    {fts}, u"name"_s, u"permit_driver_fts f, permit_driver p"_s)) &&
            run(PermitKind::Company, u"name >= ? AND name < ?"_s, {text, prefixEnd(text)}, u"name"_s) &&
            (text.size() < 3 || run(PermitKind::Company, u"permit_company_fts MATCH ? AND p.id = f.rowid"_s,
                                    {fts}, u"name"_s, u"permit_company_fts f, permit_company p"_s));
        break;
    }
    case QueryClass::Company: {
        result.normalised = text;
        const QString fts = u"\"%1\""_s.arg(QString(text).replace(u'"', u"\"\""_s));
        run(PermitKind::Company, u"name >= ? AND name < ?"_s, {text, prefixEnd(text)}, u"name"_s) &&
            (text.size() < 3 || run(PermitKind::Company, u"permit_company_fts MATCH ? AND p.id = f.rowid"_s,
                                    {fts}, u"name"_s, u"permit_company_fts f, permit_company p"_s));
        break;
    }
    case QueryClass::Certificate: {
        result.normalised = text;
        const QVariantList range{text, prefixEnd(text)};
        const QString upper = text.toUpper();
        run(PermitKind::Vehicle, u"certificate >= ? AND certificate < ?"_s, range, u"certificate"_s) &&
            run(PermitKind::Driver, u"certificate >= ? AND certificate < ?"_s, range, u"certificate"_s) &&
            run(PermitKind::Company, u"certificate >= ? AND certificate < ?"_s, range, u"certificate"_s) &&
            run(PermitKind::Driver, u"licence = ?"_s, {upper}, u"licence"_s) &&
            run(PermitKind::Company, u"company_id = ?"_s, {text}, u"companyId"_s);
        break;
    }
    }
    if (result.hits.size() > options.limit) {
        result.hits.resize(options.limit);
        result.truncated = true;
    }
    return result;
}

PermitSearch::Result PermitSearch::scan(const QString &query, const Options &input)
{
    Options options = input;
    options.limit = qBound(1, options.limit, MaxLimit);
    Result result;
    result.queryClass = classify(query);
    QSet<qint64> seen;
    const QString text = query.trimmed();
    const QVariantList like{u"%"_s + text + u"%"_s};
    const auto run = [&](PermitKind kind, const QString &column, const QString &on) {
        return d->run(kind, {}, column + u" LIKE ?"_s, like, on, options, result, seen);
    };
    switch (result.queryClass) {
    case QueryClass::Empty:
        break;
    case QueryClass::Plate:
    case QueryClass::PlatePrefix:
        run(PermitKind::Vehicle, u"plate"_s, u"plate"_s);
        break;
    case QueryClass::IdNumber:
        run(PermitKind::Driver, u"id_number"_s, u"idNumber"_s);
        break;
    case QueryClass::Vin:
        run(PermitKind::Vehicle, u"vin"_s, u"vin"_s);
        break;
    case QueryClass::Name:
        run(PermitKind::Driver, u"name"_s, u"name"_s) && run(PermitKind::Company, u"name"_s, u"name"_s);
        break;
    case QueryClass::Company:
        run(PermitKind::Company, u"name"_s, u"name"_s);
        break;
    case QueryClass::Certificate:
        run(PermitKind::Vehicle, u"certificate"_s, u"certificate"_s) &&
            run(PermitKind::Driver, u"certificate"_s, u"certificate"_s) &&
            run(PermitKind::Company, u"certificate"_s, u"certificate"_s);
        break;
    }
    if (result.hits.size() > options.limit) {
        result.hits.resize(options.limit);
        result.truncated = true;
    }
    return result;
}

} // namespace rw
