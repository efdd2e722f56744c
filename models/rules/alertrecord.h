#pragma once

#include "alertkind.h"
#include "rulefinding.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace rw {

/**
 * \brief One alert as the platform keeps it (table alert) and serves it (GET /api/v1/alerts), and as the
 * console reads it back.
 *
 * JSON: {"id", "revision", "kind", "article", "ruleId", "companyId", "region", "vehicleNo", "licenseId",
 * "orderId", "firstSeen", "lastSeen" (Unix ms UTC), "closed" (Unix ms or null while open), "detail":
 * {"findings": [{"ruleId", "article", "measured", "limit", "unit", "message"}], …}}.
 */
struct AlertRecord
{
    qint64 id = 0;       //!< monotonic, assigned when the alert is raised
    qint64 revision = 0; //!< monotonic over every change of every alert: the polling cursor
    AlertKind kind = AlertKind::VehicleUnlicensed;
    QString article; //!< the first finding's citation, e.g. "第二十二条"
    QString ruleId;
    QString companyId;
    QString regionCode;
    QString vehicleNo; //!< plate, when known
    QString licenseId; //!< driver's licence, when known
    QString orderId;   //!< for order kinds
    qint64 firstSeenMs = 0;
    qint64 lastSeenMs = 0;
    qint64 closedMs = 0; //!< 0 while open
    QJsonObject detail;

    bool isOpen() const { return closedMs == 0; }

    QJsonObject toJson() const;
    /** Reads toJson()'s form; nothing when "kind" is unknown or "id" is missing. */
    static std::optional<AlertRecord> fromJson(const QJsonObject &object);

    /** {"findings": [...]} for \a findings; dates as ISO 8601 text. */
    static QJsonObject detailOf(const QList<RuleFinding> &findings);
};

} // namespace rw
