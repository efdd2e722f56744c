#pragma once

#include <QString>

namespace rw {

/** Counters of one company's uploads on one interface, as the platform reports them. */
struct IntakeCounter
{
    QString companyId;
    QString companyName; //!< as registered with the platform; may be empty
    QString ipcType;
    qint64 received = 0;
    qint64 accepted = 0;
    qint64 rejected = 0;
    qint64 lastReceivedMs = 0; //!< UTC ms; 0 = never

    bool operator==(const IntakeCounter &) const = default;
};

} // namespace rw
