#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace rw {

/**
 * \brief One record of the audit trail (GB/T 22239-2019 §8.1.4.3 b, L3-CES1-13: date and time,
 * user, event type, success or not, and what else matters): who, in which role, when, from where,
 * did what to what, with which outcome, plus details as JSON.
 *
 * \a prevMac and \a mac chain the entries (AuditChain): mac = HMAC-SHA256(key, prevMac ‖
 * canonicalBytes()). The sequence number is the entry's place in the store and is not part of the
 * MAC: the chain itself fixes the order, and leaving seq out lets verification tell an entry moved
 * elsewhere (reordered) from one whose content changed (modified).
 *
 * Details must never hold a password, a secret or unmasked personal data (ASVS 7.1.1).
 */
struct AuditEntry
{
    Q_DECLARE_TR_FUNCTIONS(rw::AuditEntry)

public:
    enum class Outcome {
        Success,
        Failure, //!< tried and failed (wrong password, invalid input, storage error)
        Denied,  //!< refused for lack of permission, lockout or policy
    };

    qint64 seq = 0; //!< 1, 2, 3, … in the store; 0 before appending
    QDateTime at;   //!< UTC, millisecond precision (set by AuditStore from its clock)
    QString actor;  //!< user name, or "system" for the platform itself
    QString role;   //!< Role::key() of the actor; empty for the system
    QString peer;   //!< where from: "127.0.0.1:54321", a host name, "console"
    QString action; //!< what: "login", "account.create", "policy.change", "record.reveal", …
    QString target; //!< on what: an account, a table and key, a file
    Outcome outcome = Outcome::Success;
    QByteArray detailJson = "{}"; //!< compact JSON object; the exact bytes are MACed
    QByteArray prevMac;           //!< the previous entry's mac (32 zero bytes for the first)
    QByteArray mac;               //!< HMAC-SHA256 over prevMac and canonicalBytes()

    /** Sets the details as compact JSON (the bytes stay fixed from here on). */
    void setDetail(const QJsonObject &detail);
    QJsonObject detail() const;

    /**
     * The bytes the MAC covers: a format tag, then each field as a 4-byte big-endian length and its
     * UTF-8 bytes (the time as 8 bytes big-endian Unix milliseconds), so no two different entries
     * share their bytes.
     */
    QByteArray canonicalBytes() const;

    static QString outcomeKey(Outcome outcome); //!< "success", "failure", "denied"
    static std::optional<Outcome> outcomeFromKey(const QString &key);
    static QString outcomeName(Outcome outcome); //!< translated
};

} // namespace rw
