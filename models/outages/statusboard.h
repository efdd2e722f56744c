#pragma once

#include "outagestream.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMetaType>

#include <optional>

namespace rw {

/**
 * \brief The 7×24 status board (seed 000 Art. 21) as GET /api/v1/outages/board answers it
 * (docs/outage-contracts.md): per company in scope, its suspension (Art. 13) and its streams. Times are Unix
 * ms UTC.
 */
struct StatusBoard
{
    Q_DECLARE_TR_FUNCTIONS(rw::StatusBoard)

public:
    struct Stream
    {
        OutageStream stream = OutageStream::Position;
        qint64 lastReceivedAtMs = 0; //!< 0: nothing received
        double recordsPerMinute = 0; //!< over the last 5 minutes
        bool active = false;
        qint64 openOutage = 0; //!< the open outage's id; 0: none
    };
    struct Company
    {
        QString companyId;
        QString name;
        bool suspended = false;
        QString suspendReason;
        QList<Stream> streams;

        QString displayName() const { return name.isEmpty() ? companyId : name; }
        bool hasOpenOutage() const;
    };

    qint64 atMs = 0; //!< the platform's time of the board
    QList<Company> companies;

    /** The open outages' ids, across every company. */
    QList<qint64> openOutages() const;
    const Company *company(const QString &companyId) const;

    static std::optional<StatusBoard> fromJson(const QJsonObject &reply, QString *error = nullptr);
};

} // namespace rw

Q_DECLARE_METATYPE(rw::StatusBoard)
