#include "intakestats.h"

#include <QMutexLocker>

#include <algorithm>

namespace rw {

void IntakeStats::record(const QString &companyId, const QString &ipcType, int accepted, int rejected,
                         qint64 receivedMs)
{
    QMutexLocker locker(&m_mutex);
    IntakeCounter &counter = m_counters[companyId + u'/' + ipcType];
    if (counter.companyId.isEmpty()) {
        counter.companyId = companyId;
        counter.ipcType = ipcType;
    }
    counter.received += accepted + rejected;
    counter.accepted += accepted;
    counter.rejected += rejected;
    counter.lastReceivedMs = qMax(counter.lastReceivedMs, receivedMs);
}

QList<IntakeCounter> IntakeStats::snapshot() const
{
    QList<IntakeCounter> result;
    {
        QMutexLocker locker(&m_mutex);
        result = m_counters.values();
    }
    std::sort(result.begin(), result.end(), [](const IntakeCounter &a, const IntakeCounter &b) {
        return a.companyId != b.companyId ? a.companyId < b.companyId : a.ipcType < b.ipcType;
    });
    return result;
}

} // namespace rw
