#pragma once

#include "auditentry.h"
#include "auditverification.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <optional>

namespace rw {

/**
 * \brief The HMAC chain over audit entries that makes the trail tamper-evident
 * (GB/T 22239-2019 §8.1.4.3 c, L3-CES1-14: protect audit records against deletion, modification,
 * overwriting; GB/T 39786-2021 §8.3 日志记录完整性; seed 000 Art. 20: prevent data being tampered
 * with, destroyed or leaked).
 *
 *   mac_i = HMAC-SHA256(key, mac_{i−1} ‖ canonicalBytes(entry_i)),  mac_0 = 32 zero bytes
 *
 * Each entry also stores prevMac, so verify() can check an entry on its own (is its content
 * authentic?) and its link (does it follow the entry before it?) and name the first break:
 *  - an entry whose own MAC fails was modified, or inserted if the next entry links past it;
 *  - an authentic entry that links to an entry that is not there follows deleted entries;
 *  - one that links to an entry further on was reordered;
 *  - a second copy of an authentic entry was inserted;
 *  - a chain shorter than a trusted checkpoint was truncated.
 * Without the key nobody can forge a MAC; with only the database, a deletion at the very end is
 * invisible to the chain alone, which is what checkpoints (the last seq and mac, kept elsewhere)
 * are for.
 *
 * The key (at least 16 bytes, 32 recommended) belongs outside the database.
 */
class AuditChain
{
    Q_DECLARE_TR_FUNCTIONS(rw::AuditChain)

public:
    static constexpr int MacSize = 32;

    /** The seq and mac of the last entry at some moment, kept where the database's writers cannot reach. */
    struct Checkpoint
    {
        qint64 seq = 0;
        QByteArray mac;
    };

    /**
     * Where verify() reads entries from, in chain order. findByMac() answers "where is the entry whose
     * mac is this?" as an ordering key comparable between entries (the index in a list, the seq in a
     * store), for telling a reorder from a deletion.
     */
    class Source
    {
    public:
        virtual ~Source() = default;
        /**
         * The next entry; false at the end or on a read error (then error() is set). \a problem is set
         * when the entry could not be read faithfully (an unknown outcome value): it counts as modified.
         */
        virtual bool next(AuditEntry *entry, QString *problem) = 0;
        /** The ordering key of the entry at \a position (the index for a list, the seq for a store). */
        virtual qint64 orderOf(qint64 position, const AuditEntry &entry) const = 0;
        /** The ordering key of the first entry whose mac is \a mac, if any. */
        virtual std::optional<qint64> findByMac(const QByteArray &mac) = 0;
        /** Why reading failed; empty when it did not. */
        virtual QString error() const = 0;
    };

    explicit AuditChain(QByteArray key);

    /** A key of at least 16 bytes. */
    bool isValid() const { return m_key.size() >= 16; }

    static QByteArray genesisMac() { return QByteArray(MacSize, '\0'); }

    /** The MAC of \a entry following an entry whose mac is \a prevMac. Empty for an invalid chain. */
    QByteArray macOf(const QByteArray &prevMac, const AuditEntry &entry) const;
    /** \a entry with prevMac and mac set to follow \a prevMac. */
    AuditEntry seal(AuditEntry entry, const QByteArray &prevMac) const;
    /** Seals \a entry after the last entry of \a entries (or the genesis) and appends it, numbering it. */
    void append(QList<AuditEntry> &entries, AuditEntry entry) const;

    /**
     * Checks \a entries, which must start right after \a anchorMac (the genesis for a full chain) and,
     * if \a head is given, reach it.
     */
    AuditVerification verify(const QList<AuditEntry> &entries, const QByteArray &anchorMac = genesisMac(),
                             const std::optional<Checkpoint> &head = std::nullopt) const;
    /** The same over any Source (AuditStore streams its rows through this). */
    AuditVerification verify(Source &source, const QByteArray &anchorMac = genesisMac(),
                             const std::optional<Checkpoint> &head = std::nullopt) const;

private:
    bool selfValid(const AuditEntry &entry) const;

    QByteArray m_key;
};

} // namespace rw
