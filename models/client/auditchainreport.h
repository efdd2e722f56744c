#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace rw {

/**
 * \brief The platform's verification of the audit chain (POST /api/v1/audit/verify): intact up to
 * the last entry, or the first broken link and why (AuditVerification on the platform's side).
 */
struct AuditChainReport
{
    Q_DECLARE_TR_FUNCTIONS(rw::AuditChainReport)

public:
    bool ok = false;
    qint64 checked = 0;   //!< entries verified intact
    qint64 lastSeq = 0;   //!< the last entry the platform holds
    qint64 brokenSeq = 0; //!< the first broken entry (when not ok)
    QString problem;      //!< "modified", "deleted", "reordered", "inserted", "truncated", "unreadable"
    QString message;      //!< the platform's explanation (translated there)

    /** Translated name of \a problem ("modified" → "modified", …); the key itself if unknown. */
    static QString problemName(const QString &problem);

    /** Reads {"ok","checked","lastSeq","firstBroken": null | {"seq","problem","message"}}. */
    static std::optional<AuditChainReport> fromJson(const QJsonObject &json, QString *error = nullptr);
};

} // namespace rw
