#include "outagestream.h"

namespace rw {

QString OutageStreams::key(OutageStream stream)
{
    switch (stream) {
    case OutageStream::BaseInfo:
        return QStringLiteral("baseInfo");
    case OutageStream::Order:
        return QStringLiteral("order");
    case OutageStream::Operate:
        return QStringLiteral("operate");
    case OutageStream::Position:
        return QStringLiteral("position");
    case OutageStream::Rated:
        return QStringLiteral("rated");
    case OutageStream::Share:
        return QStringLiteral("share");
    }
    return {};
}

std::optional<OutageStream> OutageStreams::fromKey(QStringView key)
{
    for (OutageStream s : kOutageStreams) {
        if (OutageStreams::key(s) == key)
            return s;
    }
    return std::nullopt;
}

std::optional<OutageStream> OutageStreams::ofIpcType(QStringView ipcType)
{
    for (OutageStream s : kOutageStreams) {
        const QString prefix = key(s);
        // The next character starts the interface's own name in upper case ("orderCreate"), so that a
        // prefix never matches a longer group name.
        if (ipcType.size() > prefix.size() && ipcType.startsWith(prefix) &&
            ipcType.at(prefix.size()).isUpper())
            return s;
    }
    return std::nullopt;
}

QString OutageStreams::title(OutageStream stream)
{
    switch (stream) {
    case OutageStream::BaseInfo:
        return tr("Base information");
    case OutageStream::Order:
        return tr("Orders");
    case OutageStream::Operate:
        return tr("Operations");
    case OutageStream::Position:
        return tr("Positions");
    case OutageStream::Rated:
        return tr("Service quality");
    case OutageStream::Share:
        return tr("Car-pooling");
    }
    return {};
}

} // namespace rw
