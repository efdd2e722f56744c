#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace rw {

/**
 * \brief A company's data streams as outages are watched (DESIGN §7): the spec's interface groups, which
 * are also the names a notice lists in "Streams" (NoticeParser).
 */
enum class OutageStream {
    BaseInfo, //!< baseInfo* (static data, changes only: sparse)
    Order,    //!< order*
    Operate,  //!< operate*
    Position, //!< position*
    Rated,    //!< rated*
    Share,    //!< share*
};

inline constexpr int kOutageStreamCount = 6;
inline constexpr std::array<OutageStream, kOutageStreamCount> kOutageStreams = {
    OutageStream::BaseInfo, OutageStream::Order, OutageStream::Operate,
    OutageStream::Position, OutageStream::Rated, OutageStream::Share};

/** Names and lookups of OutageStream. */
class OutageStreams
{
    Q_DECLARE_TR_FUNCTIONS(rw::OutageStreams)

public:
    /** Stable key, as in notices and storage: "baseInfo", "order", "operate", "position", "rated", "share".
     */
    static QString key(OutageStream stream);
    static std::optional<OutageStream> fromKey(QStringView key);
    /** The stream an interface belongs to, from its IPCType prefix ("positionVehicle" → Position). */
    static std::optional<OutageStream> ofIpcType(QStringView ipcType);
    /** Translated name for display. */
    static QString title(OutageStream stream);
};

} // namespace rw
