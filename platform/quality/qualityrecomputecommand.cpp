#include "qualityrecomputecommand.h"

#include "qualityrecompute.h"
#include "qualitystore.h"

#include "protocol/interfacecatalogue.h"
#include "storage/database.h"
#include "storage/interfacetables.h"
#include "storage/schemamigrator.h"

#include <QRegularExpression>
#include <QSet>

namespace rw {

namespace {

QStringList differences(const QualityTally &stored, const QualityTally &recomputed)
{
    QStringList out;
    const auto compare = [&out](const QString &what, qint64 a, qint64 b) {
        if (a != b)
            out << QStringLiteral("%1: stored %2, recomputed %3").arg(what).arg(a).arg(b);
    };
    compare(QStringLiteral("records"), stored.records(), recomputed.records());
    for (QualityDimension d : kQualityDimensions) {
        compare(QualityDimensions::key(d) + QStringLiteral(" checked"), stored.checked(d),
                recomputed.checked(d));
        compare(QualityDimensions::key(d) + QStringLiteral(" passed"), stored.passed(d),
                recomputed.passed(d));
    }
    compare(QStringLiteral("orders checked"), stored.ordersChecked(), recomputed.ordersChecked());
    compare(QStringLiteral("orders compliant"), stored.ordersCompliant(), recomputed.ordersCompliant());
    QSet<QString> rules;
    for (auto it = stored.violationCounts().cbegin(); it != stored.violationCounts().cend(); ++it)
        rules.insert(it.key());
    for (auto it = recomputed.violationCounts().cbegin(); it != recomputed.violationCounts().cend(); ++it)
        rules.insert(it.key());
    QStringList sorted(rules.cbegin(), rules.cend());
    sorted.sort();
    for (const QString &rule : std::as_const(sorted)) {
        const QHash<QString, qint64> a = stored.violationsByInterface(rule);
        const QHash<QString, qint64> b = recomputed.violationsByInterface(rule);
        QSet<QString> interfaces;
        for (auto it = a.cbegin(); it != a.cend(); ++it)
            interfaces.insert(it.key());
        for (auto it = b.cbegin(); it != b.cend(); ++it)
            interfaces.insert(it.key());
        for (const QString &ipcType : std::as_const(interfaces))
            compare(QStringLiteral("%1 (%2)").arg(rule, ipcType), a.value(ipcType), b.value(ipcType));
        if (stored.samples(rule) != recomputed.samples(rule))
            out << QStringLiteral("%1: the samples differ").arg(rule);
    }
    return out;
}

} // namespace

int QualityRecomputeCommand::run(const QString &databasePath, const QString &month, QTextStream &out,
                                 QTextStream &err)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(month);
    const int monthNumber = match.hasMatch() ? match.captured(2).toInt() : 0;
    if (monthNumber < 1 || monthNumber > 12) {
        err << tr("--recompute-quality: \"%1\" is not a month yyyy-mm (CST), e.g. 2026-03").arg(month)
            << Qt::endl;
        return 2;
    }
    const QualityPeriod period = QualityPeriod::ofMonth(match.captured(1).toInt(), monthNumber);

    Database db;
    if (!db.open(databasePath)) {
        err << db.lastError().toString() << Qt::endl;
        return 2;
    }
    SchemaMigrator migrator = SchemaMigrator::platform();
    const std::shared_ptr<const InterfaceCatalogue> catalogue = InterfaceCatalogue::builtIn();
    InterfaceTables tables(db, catalogue);
    if (!migrator.migrate(db) || !tables.ensure()) {
        err << (migrator.error().isError() ? migrator.error() : tables.error()).toString() << Qt::endl;
        return 2;
    }

    QualityRecompute recompute(db, catalogue, QualityModel::builtIn());
    recompute.setProgress([&err](qint64 done, qint64 total) {
        err << tr("recomputing: %1 of about %2 records").arg(done).arg(total) << '\r' << Qt::flush;
    });
    const std::optional<QHash<QString, QualityTally>> tallies = recompute.compute(period);
    err << Qt::endl;
    if (!tallies) {
        err << recompute.error().toString() << Qt::endl;
        return 2;
    }
    QualityStore store(db, QualityModel::builtIn());
    QStringList companies = store.companies(period);
    for (auto it = tallies->cbegin(); it != tallies->cend(); ++it) {
        if (!companies.contains(it.key()))
            companies.append(it.key());
    }
    companies.sort();
    out << tr("Quality %1 (model %2): %3 records read again, %4 quarantined records no longer decodable")
               .arg(period.key(), QualityModel::builtIn().version())
               .arg(recompute.recordsRead())
               .arg(recompute.undecodable())
        << Qt::endl;
    int differing = 0;
    for (const QString &company : std::as_const(companies)) {
        const std::optional<QualityTally> stored = store.tally(company, period);
        if (!stored) {
            err << store.error().toString() << Qt::endl;
            return 2;
        }
        const auto found = tallies->constFind(company);
        const QualityTally recomputed =
            found != tallies->cend() ? *found : QualityTally(company, period, QualityModel::builtIn());
        const QStringList diff = differences(*stored, recomputed);
        if (diff.isEmpty()) {
            out << tr("%1: %2 records, the same").arg(company).arg(stored->records()) << Qt::endl;
            continue;
        }
        ++differing;
        out << tr("%1: differs").arg(company) << Qt::endl;
        for (const QString &line : diff)
            out << QStringLiteral("  ") << line << Qt::endl;
    }
    return differing == 0 ? 0 : 1;
}

} // namespace rw
