#pragma once

#include "storage/databaseerror.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace rw {

class Clock;
class Database;

/**
 * \brief Fills a permit registry with a synthetic national-size population (DESIGN §9: 3 million
 * vehicles, 6 million drivers; platform-interface.md §8: 263.5万 vehicle and 618.8万 driver permits in
 * 2024-09), for the search benchmark and for trying the console at scale.
 *
 * Everything is made up but well-formed: plates of all 31 provinces (new-energy, 琼DD12345-style),
 * unique certificate numbers, VINs and ID numbers with valid check characters (SyntheticIds), names
 * from the simulator's name lists, dates that satisfy seed 002 Art. 41 (8 years from the first
 * registration), vehicle facts of Art. 13 (seats, wheelbase, range, purchase price; a few per cent short
 * of them). Fast: the permit indexes are suspended, rows go in large transactions through
 * PermitStore::insertNew(), then indexes and FTS tables are rebuilt (PermitStore::resumeIndexes()).
 *
 * Cancelling (the progress callback returns false, e.g. after Ctrl-C) commits the rows written so far
 * and still rebuilds the indexes, so the file is consistent and usable, only smaller. A process killed
 * outright leaves complete transactions and the suspended-index note; run() repairs that first.
 */
class RegistryGenerator
{
    Q_DECLARE_TR_FUNCTIONS(rw::RegistryGenerator)

public:
    struct Options
    {
        qint64 vehicles = 3'000'000;
        qint64 drivers = 6'000'000;
        int companies = 400; //!< platform companies the permits are spread over
        quint64 seed = 20240901;
        int batchRows = 200'000; //!< rows per transaction
    };

    struct Progress
    {
        QString phase; //!< "companies", "vehicles", "drivers", or the index being built
        qint64 done = 0;
        qint64 total = 0;
    };

    struct Outcome
    {
        qint64 companies = 0;
        qint64 vehicles = 0;
        qint64 drivers = 0;
        bool cancelled = false;
        double insertSeconds = 0;
        double indexSeconds = 0;
    };

    /** \a db must be migrated (SchemaMigrator::platform()); its permit tables must be empty. */
    RegistryGenerator(Database &db, const Clock &clock, Options options);

    /**
     * Generates the registry. \a progress is called after each batch and before each index step; when it
     * returns false the generation stops after that batch (indexes are still built). False on a database
     * error or a registry that is not empty (see error()).
     */
    bool run(const std::function<bool(const Progress &)> &progress, Outcome *outcome);

    QString error() const { return m_error; }

private:
    Database &m_db;
    const Clock &m_clock;
    Options m_options;
    QString m_error;
};

} // namespace rw
