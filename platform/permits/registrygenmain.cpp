// ridewatch-registry-gen: fills a platform database with a synthetic national-size permit registry
// (RegistryGenerator). Ctrl-C stops after the current batch and still builds the indexes.

#include "domain/systemclock.h"
#include "permits/permitstore.h"
#include "permits/registrygenerator.h"
#include "storage/database.h"
#include "storage/schemamigrator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <atomic>
#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

std::atomic<bool> g_interrupted{false};

extern "C" void onInterrupt(int)
{
    g_interrupted.store(true);
}

// The generator's messages, under one translation context.
struct RegistryGen
{
    Q_DECLARE_TR_FUNCTIONS(RegistryGen)
};

void print(const QString &line)
{
    std::fprintf(stderr, "%s\n", qPrintable(line));
    std::fflush(stderr);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"ridewatch-registry-gen"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        RegistryGen::tr("Fills a RideWatch platform database with a synthetic city permit registry."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"database"_s,
                                 RegistryGen::tr("The platform database file (created if missing)."));
    const QCommandLineOption vehicles(u"vehicles"_s, RegistryGen::tr("Vehicle permits (default 3000000)."),
                                      u"n"_s, u"3000000"_s);
    const QCommandLineOption drivers(u"drivers"_s, RegistryGen::tr("Driver permits (default 6000000)."),
                                     u"n"_s, u"6000000"_s);
    const QCommandLineOption companies(u"companies"_s, RegistryGen::tr("Platform companies (default 400)."),
                                       u"n"_s, u"400"_s);
    const QCommandLineOption seed(u"seed"_s, RegistryGen::tr("Random seed."), u"n"_s, u"20240901"_s);
    parser.addOptions({vehicles, drivers, companies, seed});
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);

    rw::RegistryGenerator::Options options;
    bool ok1 = false, ok2 = false, ok3 = false, ok4 = false;
    options.vehicles = parser.value(vehicles).toLongLong(&ok1);
    options.drivers = parser.value(drivers).toLongLong(&ok2);
    options.companies = parser.value(companies).toInt(&ok3);
    options.seed = parser.value(seed).toULongLong(&ok4);
    if (!ok1 || !ok2 || !ok3 || !ok4 || options.vehicles < 0 || options.drivers < 0 ||
        options.companies < 1) {
        print(RegistryGen::tr("--vehicles and --drivers must be whole numbers ≥ 0, --companies ≥ 1"));
        return 2;
    }

    const QString path = parser.positionalArguments().constFirst();
    rw::Database db;
    rw::DatabaseOptions dbOptions;
    dbOptions.synchronous = rw::DatabaseOptions::Synchronous::Normal; // a generated file, not records of data
    dbOptions.cacheSizeKiB = 512 * 1024;
    if (!db.open(path, dbOptions)) {
        print(db.lastError().toString());
        return 1;
    }
    rw::SchemaMigrator migrator = rw::SchemaMigrator::platform();
    if (!migrator.migrate(db)) {
        print(migrator.error().toString());
        return 1;
    }

    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    rw::SystemClock clock;
    rw::RegistryGenerator generator(db, clock, options);
    QElapsedTimer timer;
    timer.start();
    rw::RegistryGenerator::Outcome outcome;
    const bool done = generator.run(
        [&](const rw::RegistryGenerator::Progress &p) {
            if (p.total > 0)
                print(RegistryGen::tr("%1: %2 of %3 (%4 s)")
                          .arg(p.phase)
                          .arg(p.done)
                          .arg(p.total)
                          .arg(timer.elapsed() / 1000.0, 0, 'f', 1));
            else
                print(RegistryGen::tr("building %1 (%2 s)")
                          .arg(p.phase)
                          .arg(timer.elapsed() / 1000.0, 0, 'f', 1));
            static bool told = false;
            if (g_interrupted.load()) {
                if (!told)
                    print(RegistryGen::tr("interrupted: stopping after this batch and building the indexes"));
                told = true;
                return false;
            }
            return true;
        },
        &outcome);
    if (!done) {
        print(RegistryGen::tr("failed: %1").arg(generator.error()));
        return 1;
    }
    if (!db.checkpoint(rw::Database::CheckpointMode::Truncate))
        print(db.lastError().toString());
    print(RegistryGen::tr("%1 companies, %2 vehicles, %3 drivers%4; rows %5 s, indexes %6 s; file %7 MiB")
              .arg(outcome.companies)
              .arg(outcome.vehicles)
              .arg(outcome.drivers)
              .arg(outcome.cancelled ? RegistryGen::tr(" (cancelled)") : QString())
              .arg(outcome.insertSeconds, 0, 'f', 1)
              .arg(outcome.indexSeconds, 0, 'f', 1)
              .arg(QFileInfo(path).size() / 1048576.0, 0, 'f', 0));
    return outcome.cancelled ? 130 : 0;
}
