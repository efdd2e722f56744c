#pragma once

#include <QString>
#include <QtGlobal>

namespace rw {

/**
 * \brief 营运状态 of a position fix (BizStatus, platform-interface.md §4). Values are the spec's codes.
 */
enum class BizStatus : quint8 {
    Unknown = 0,      //!< not sent, or a code outside 1..4
    Carrying = 1,     //!< 载客: passenger on board
    Dispatched = 2,   //!< 接单: order accepted, on the way to the passenger
    Empty = 3,        //!< 空驶: cruising empty, available
    OutOfService = 4, //!< 停运: not in service
};

/** Number of BizStatus values, for per-status counters indexed by int(status). */
inline constexpr int kBizStatusCount = 5;

/** The status of the spec's code \a code; BizStatus::Unknown for anything but 1..4. */
constexpr BizStatus bizStatusFromCode(qint64 code)
{
    return code >= 1 && code <= 4 ? BizStatus(code) : BizStatus::Unknown;
}

/** Translated name for legends and tooltips: "Carrying", "Dispatched", "Empty", "Out of service", "Unknown".
 */
QString bizStatusName(BizStatus status);

} // namespace rw
