#include "simulatorstats.h"

using namespace Qt::StringLiterals;

namespace rw {

InterfaceCounters &InterfaceCounters::operator+=(const InterfaceCounters &other)
{
    generated += other.generated;
    sent += other.sent;
    acknowledged += other.acknowledged;
    rejected += other.rejected;
    return *this;
}

InterfaceCounters SimulatorStats::total() const
{
    InterfaceCounters sum;
    for (const InterfaceCounters &c : interfaces)
        sum += c;
    return sum;
}

QJsonObject SimulatorStats::toJson() const
{
    QJsonObject perInterface;
    for (auto it = interfaces.cbegin(); it != interfaces.cend(); ++it) {
        perInterface.insert(it.key(), QJsonObject{{u"generated"_s, it->generated},
                                                  {u"sent"_s, it->sent},
                                                  {u"acknowledged"_s, it->acknowledged},
                                                  {u"rejected"_s, it->rejected}});
    }
    QJsonObject faultCounts;
    for (int k = 0; k < kFaultKindCount; ++k)
        faultCounts.insert(faultKindName(FaultKind(k)), faults.at(size_t(k)));
    return {{u"interfaces"_s, perInterface}, {u"faults"_s, faultCounts}, {u"held"_s, held},
            {u"queued"_s, queued},           {u"retries"_s, retries},    {u"dropped"_s, dropped}};
}

} // namespace rw
