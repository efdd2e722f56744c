#include "auditchain.h"

#include "crypto.h"

#include <QHash>

#include <climits>

namespace rw {

namespace {

class ListSource final : public AuditChain::Source
{
public:
    explicit ListSource(const QList<AuditEntry> &entries)
        : m_entries(entries)
    {
        // Backwards, so that for copies the first position wins.
        for (qsizetype i = entries.size() - 1; i >= 0; --i)
            m_byMac.insert(entries.at(i).mac, i);
    }

    bool next(AuditEntry *entry, QString *problem) override
    {
        problem->clear();
        if (m_next >= m_entries.size())
            return false;
        *entry = m_entries.at(m_next++);
        return true;
    }
    qint64 orderOf(qint64 position, const AuditEntry &) const override { return position; }
    std::optional<qint64> findByMac(const QByteArray &mac) override
    {
        const auto it = m_byMac.constFind(mac);
        if (it == m_byMac.constEnd())
            return std::nullopt;
        return *it;
    }
    QString error() const override { return {}; }

private:
    const QList<AuditEntry> &m_entries;
    QHash<QByteArray, qint64> m_byMac;
    qsizetype m_next = 0;
};

} // namespace

QString AuditVerification::problemKey(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return QStringLiteral("none");
    case Problem::Modified:
        return QStringLiteral("modified");
    case Problem::Deleted:
        return QStringLiteral("deleted");
    case Problem::Reordered:
        return QStringLiteral("reordered");
    case Problem::Inserted:
        return QStringLiteral("inserted");
    case Problem::Truncated:
        return QStringLiteral("truncated");
    case Problem::Unreadable:
        return QStringLiteral("unreadable");
    }
    return {};
}

AuditChain::AuditChain(QByteArray key)
    : m_key(std::move(key))
{}

QByteArray AuditChain::macOf(const QByteArray &prevMac, const AuditEntry &entry) const
{
    if (!isValid())
        return {};
    return crypto::hmac(crypto::Digest::Sha256, m_key, {prevMac, entry.canonicalBytes()});
}

AuditEntry AuditChain::seal(AuditEntry entry, const QByteArray &prevMac) const
{
    entry.prevMac = prevMac;
    entry.mac = macOf(prevMac, entry);
    return entry;
}

void AuditChain::append(QList<AuditEntry> &entries, AuditEntry entry) const
{
    const QByteArray prev = entries.isEmpty() ? genesisMac() : entries.constLast().mac;
    entry.seq = entries.isEmpty() ? 1 : entries.constLast().seq + 1;
    entries.append(seal(std::move(entry), prev));
}

bool AuditChain::selfValid(const AuditEntry &entry) const
{
    if (entry.mac.size() != MacSize || entry.prevMac.size() != MacSize)
        return false;
    return crypto::equalConstantTime(macOf(entry.prevMac, entry), entry.mac);
}

AuditVerification AuditChain::verify(const QList<AuditEntry> &entries, const QByteArray &anchorMac,
                                     const std::optional<Checkpoint> &head) const
{
    ListSource source(entries);
    return verify(source, anchorMac, head);
}

AuditVerification AuditChain::verify(Source &source, const QByteArray &anchorMac,
                                     const std::optional<Checkpoint> &head) const
{
    using Problem = AuditVerification::Problem;
    AuditVerification result;
    auto broken = [&result](Problem problem, qint64 position, qint64 seq, const QString &message) {
        result.problem = problem;
        result.index = position;
        result.seq = seq;
        result.message = message;
        return result;
    };
    if (!isValid())
        return broken(
            Problem::Unreadable, -1, -1,
            tr("audit chain: the key has %n byte(s); at least 16 are needed", "", int(m_key.size())));

    QByteArray expectedPrev = anchorMac;
    // A chain from the genesis starts at seq 1; one from another anchor at whatever it holds.
    qint64 lastSeq = anchorMac == genesisMac() ? 0 : -1;
    qint64 position = 0;
    AuditEntry current;
    AuditEntry next;
    QString currentProblem;
    QString nextProblem;
    bool haveCurrent = source.next(&current, &currentProblem);
    while (haveCurrent) {
        const bool haveNext = source.next(&next, &nextProblem);
        if (!haveNext && !source.error().isEmpty())
            return broken(Problem::Unreadable, position + 1, -1, source.error());

        const bool selfOk = currentProblem.isEmpty() && selfValid(current);
        const bool linkOk = crypto::equalConstantTime(current.prevMac, expectedPrev);
        const bool checkpointOk =
            !head || current.seq != head->seq || crypto::equalConstantTime(current.mac, head->mac);
        if (selfOk && linkOk && checkpointOk) {
            expectedPrev = current.mac;
            lastSeq = current.seq;
            ++result.checked;
            ++position;
            if (!haveNext)
                break;
            current = std::move(next);
            currentProblem = nextProblem;
            continue;
        }

        const qint64 seq = current.seq;
        if (!selfOk) {
            if (haveNext && nextProblem.isEmpty() && crypto::equalConstantTime(next.prevMac, expectedPrev))
                return broken(
                    Problem::Inserted, position, seq,
                    tr("audit entry %1 (seq %2) was inserted: its MAC is not valid and the entry after "
                       "it follows the entry before it")
                        .arg(position)
                        .arg(seq));
            const QString why =
                currentProblem.isEmpty() ? tr("its content does not match its MAC") : currentProblem;
            return broken(Problem::Modified, position, seq,
                          tr("audit entry %1 (seq %2) was modified: %3").arg(position).arg(seq).arg(why));
        }
        if (!checkpointOk)
            return broken(Problem::Modified, position, seq,
                          tr("audit entry %1 (seq %2) differs from the checkpoint taken at seq %3: the chain "
                             "was rewritten from there")
                              .arg(position)
                              .arg(seq)
                              .arg(head->seq));
        // Authentic, but not where it belongs.
        const qint64 order = source.orderOf(position, current);
        if (const std::optional<qint64> copyOf = source.findByMac(current.mac); copyOf && *copyOf < order)
            return broken(Problem::Inserted, position, seq,
                          tr("audit entry %1 (seq %2) was inserted: it is a copy of an earlier entry")
                              .arg(position)
                              .arg(seq));
        if (const std::optional<qint64> predecessor = source.findByMac(current.prevMac)) {
            if (*predecessor > order)
                return broken(Problem::Reordered, position, seq,
                              tr("audit entry %1 (seq %2) was moved: the entry it follows comes later")
                                  .arg(position)
                                  .arg(seq));
            return broken(Problem::Inserted, position, seq,
                          tr("audit entry %1 (seq %2) was inserted: it repeats a link already in the chain")
                              .arg(position)
                              .arg(seq));
        }
        if (lastSeq >= 0 && seq > lastSeq + 1)
            return broken(
                Problem::Deleted, position, seq,
                tr("%n audit entry(s) before entry %1 (seq %2) were deleted: seq %3 to %4 are missing", "",
                   int(qMin<qint64>(seq - lastSeq - 1, INT_MAX)))
                    .arg(position)
                    .arg(seq)
                    .arg(lastSeq + 1)
                    .arg(seq - 1));
        return broken(Problem::Deleted, position, seq,
                      tr("audit entries before entry %1 (seq %2) were deleted: it follows an entry that is "
                         "not there")
                          .arg(position)
                          .arg(seq));
    }
    if (!source.error().isEmpty())
        return broken(Problem::Unreadable, position, -1, source.error());
    if (head && lastSeq < head->seq)
        return broken(
            Problem::Truncated, position, lastSeq + 1,
            tr("the audit trail ends at seq %1, but a checkpoint recorded seq %2: the entries after "
               "seq %1 were deleted")
                .arg(lastSeq < 0 ? 0 : lastSeq)
                .arg(head->seq));
    return result;
}

} // namespace rw
