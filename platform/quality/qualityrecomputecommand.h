#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

namespace rw {

/**
 * \brief `ridewatch-platform --recompute-quality yyyy-mm`: recomputes a CST month's quality numbers from the
 * raw records (QualityRecompute) and prints, per company, how they differ from the stored ones — records,
 * checked and passed per dimension, orders, violations per rule and interface, samples. Reads only (the
 * stored rows are not replaced); the platform may be running (SQLite WAL readers do not block it).
 */
class QualityRecomputeCommand
{
    Q_DECLARE_TR_FUNCTIONS(rw::QualityRecomputeCommand)

public:
    /** 0: every company equal; 1: differences (listed on \a out); 2: bad month or database error (on \a err).
     */
    static int run(const QString &databasePath, const QString &month, QTextStream &out, QTextStream &err);
};

} // namespace rw
