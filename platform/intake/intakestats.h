#pragma once

#include "domain/intakecounter.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

namespace rw {

/**
 * \brief Live intake counters per company and interface (for the status board, seed 000 Art. 21).
 *
 * Written by the ingest thread after each commit, read by the HTTP thread: guarded by a mutex.
 */
class IntakeStats
{
public:
    void record(const QString &companyId, const QString &ipcType, int accepted, int rejected,
                qint64 receivedMs);
    QList<IntakeCounter> snapshot() const;

private:
    mutable QMutex m_mutex;
    QHash<QString, IntakeCounter> m_counters; // key: companyId + '/' + ipcType
};

} // namespace rw
