#include "security/auditchain.h"
#include "security/crypto.h"

#include <QJsonObject>
#include <QTest>

using namespace rw;

namespace {

const QByteArray Key = QByteArray("0123456789abcdef0123456789abcdef");
using Problem = AuditVerification::Problem;

AuditEntry sampleEntry(int i)
{
    AuditEntry entry;
    entry.at = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC).addSecs(i * 60);
    entry.actor = QStringLiteral("officer%1").arg(i % 3);
    entry.role = QStringLiteral("cityOfficer");
    entry.peer = QStringLiteral("127.0.0.1:%1").arg(50000 + i);
    entry.action = i % 2 ? QStringLiteral("record.lookup") : QStringLiteral("login");
    entry.target = QStringLiteral("driver/%1").arg(i);
    entry.outcome = i % 5 == 4 ? AuditEntry::Outcome::Denied : AuditEntry::Outcome::Success;
    entry.setDetail(
        QJsonObject{{QStringLiteral("n"), i}, {QStringLiteral("reason"), QStringLiteral("巡查")}});
    return entry;
}

QList<AuditEntry> chainOf(const AuditChain &chain, int count)
{
    QList<AuditEntry> entries;
    for (int i = 0; i < count; ++i)
        chain.append(entries, sampleEntry(i));
    return entries;
}

} // namespace

class tst_AuditChain : public QObject
{
    Q_OBJECT

private slots:
    void intactChainVerifies();
    void emptyChainVerifies();
    void appendNumbersAndLinks();
    void macIsHmacSha256OverPrevMacAndCanonicalBytes();
    void canonicalBytesSeparateFields();
    void everyFieldIsCovered_data();
    void everyFieldIsCovered();
    void modifiedMacOrLinkField();
    void deletedInTheMiddle();
    void deletedAtTheStart();
    void reordered();
    void movedToTheFront();
    void insertedForgery();
    void insertedCopy();
    void truncatedAgainstCheckpoint();
    void rewrittenAfterCheckpoint();
    void wrongKeyBreaksTheFirstEntry();
    void shortKeyIsRefused();
    void verifiesFromAnAnchor();
};

void tst_AuditChain::intactChainVerifies()
{
    const AuditChain chain(Key);
    const QList<AuditEntry> entries = chainOf(chain, 50);
    const AuditVerification result = chain.verify(entries);
    QVERIFY2(result.intact(), qPrintable(result.message));
    QCOMPARE(result.checked, 50);
    QCOMPARE(result.index, -1);
}

void tst_AuditChain::emptyChainVerifies()
{
    const AuditChain chain(Key);
    QVERIFY(chain.verify(QList<AuditEntry>()).intact());
}

void tst_AuditChain::appendNumbersAndLinks()
{
    const AuditChain chain(Key);
    const QList<AuditEntry> entries = chainOf(chain, 3);
    QCOMPARE(entries.at(0).seq, 1);
    QCOMPARE(entries.at(2).seq, 3);
    QCOMPARE(entries.at(0).prevMac, AuditChain::genesisMac());
    QCOMPARE(entries.at(1).prevMac, entries.at(0).mac);
    QCOMPARE(entries.at(2).prevMac, entries.at(1).mac);
    QCOMPARE(entries.at(0).mac.size(), AuditChain::MacSize);
}

void tst_AuditChain::macIsHmacSha256OverPrevMacAndCanonicalBytes()
{
    // An independent computation with a fixed entry, so the format cannot drift unnoticed: stored
    // trails must verify with every later version of the program.
    AuditEntry entry;
    entry.at = QDateTime::fromMSecsSinceEpoch(1767225600000, Qt::UTC);
    entry.actor = QStringLiteral("admin");
    entry.action = QStringLiteral("login");
    entry.detailJson = "{}";
    const QByteArray canonical = entry.canonicalBytes();
    QCOMPARE(canonical.toHex(),
             QByteArray("72772e61756469742e7631" // "rw.audit.v1"
                        "00000008"
                        "0000019b76daa800" // time, 8 bytes
                        "00000005"
                        "61646d696e" // actor "admin"
                        "00000000"   // role
                        "00000000"   // peer
                        "00000005"
                        "6c6f67696e" // action "login"
                        "00000000"   // target
                        "00000007"
                        "73756363657373" // outcome "success"
                        "00000002"
                        "7b7d")); // detail "{}"
    const AuditChain chain(Key);
    const AuditEntry sealed = chain.seal(entry, AuditChain::genesisMac());
    QCOMPARE(sealed.mac, crypto::hmac(crypto::Digest::Sha256, Key, {AuditChain::genesisMac() + canonical}));
}

void tst_AuditChain::canonicalBytesSeparateFields()
{
    AuditEntry a = sampleEntry(1);
    AuditEntry b = a;
    a.actor = QStringLiteral("ab");
    a.role = QStringLiteral("c");
    b.actor = QStringLiteral("a");
    b.role = QStringLiteral("bc");
    QVERIFY(a.canonicalBytes() != b.canonicalBytes());
}

void tst_AuditChain::everyFieldIsCovered_data()
{
    QTest::addColumn<int>("field");
    for (int field = 0; field < 8; ++field)
        QTest::addRow("field %d", field) << field;
}

void tst_AuditChain::everyFieldIsCovered()
{
    QFETCH(int, field);
    const AuditChain chain(Key);
    QList<AuditEntry> entries = chainOf(chain, 5);
    AuditEntry &e = entries[2];
    switch (field) {
    case 0:
        e.at = e.at.addMSecs(1);
        break;
    case 1:
        e.actor = QStringLiteral("someone.else");
        break;
    case 2:
        e.role = QStringLiteral("auditAdministrator");
        break;
    case 3:
        e.peer = QStringLiteral("10.0.0.1:1");
        break;
    case 4:
        e.action = QStringLiteral("export");
        break;
    case 5:
        e.target = QStringLiteral("driver/999");
        break;
    case 6:
        e.outcome = AuditEntry::Outcome::Failure;
        break;
    case 7:
        e.detailJson = R"({"n":2,"reason":"other"})";
        break;
    }
    const AuditVerification result = chain.verify(entries);
    QCOMPARE(result.problem, Problem::Modified);
    QCOMPARE(result.index, 2);
    QCOMPARE(result.seq, 3);
    QCOMPARE(result.checked, 2);
    QVERIFY2(result.message.contains(QStringLiteral("entry 2 (seq 3) was modified")),
             qPrintable(result.message));
}

void tst_AuditChain::modifiedMacOrLinkField()
{
    const AuditChain chain(Key);
    QList<AuditEntry> entries = chainOf(chain, 5);
    QList<AuditEntry> badMac = entries;
    badMac[3].mac[0] = char(badMac[3].mac.at(0) ^ 1);
    QCOMPARE(chain.verify(badMac).problem, Problem::Modified);
    QCOMPARE(chain.verify(badMac).index, 3);
    QList<AuditEntry> badLink = entries;
    badLink[3].prevMac[0] = char(badLink[3].prevMac.at(0) ^ 1);
    QCOMPARE(chain.verify(badLink).problem, Problem::Modified);
    QCOMPARE(chain.verify(badLink).index, 3);
}

void tst_AuditChain::deletedInTheMiddle()
{
    const AuditChain chain(Key);
    QList<AuditEntry> entries = chainOf(chain, 10);
    entries.remove(4, 2); // seq 5 and 6
    const AuditVerification result = chain.verify(entries);
    QCOMPARE(result.problem, Problem::Deleted);
    QCOMPARE(result.index, 4);
    QCOMPARE(result.seq, 7);
    QVERIFY2(result.message.contains(QStringLiteral("seq 5 to 6 are missing")), qPrintable(result.message));
    QCOMPARE(AuditVerification::problemKey(result.problem), QStringLiteral("deleted"));
}

void tst_AuditChain::deletedAtTheStart()
{
    const AuditChain chain(Key);
    QList<AuditEntry> entries = chainOf(chain, 5);
    entries.removeFirst();
    const AuditVerification result = chain.verify(entries);
    QCOMPARE(result.problem, Problem::Deleted);
    QCOMPARE(result.index, 0);
    QVERIFY2(result.message.contains(QStringLiteral("seq 1 to 1 are missing")), qPrintable(result.message));
}

void tst_AuditChain::reordered()
{
    const AuditChain chain(Key);
    QList<AuditEntry> entries = chainOf(chain, 8);
    entries.swapItemsAt(3, 4);
    const AuditVerification result = chain.verify(entries);
    QCOMPARE(result.problem, Problem::Reordered);
    QCOMPARE(result.index, 3);
    QCOMPARE(result.seq, 5);
    QVERIFY2(result.message.contains(QStringLiteral("moved")), qPrintable(result.message));
}

void tst_AuditChain::movedToTheFront()
{
    const AuditChain chain(Key);
    QList<AuditEntry> entries = chainOf(chain, 6);
    entries.move(4, 0);
    const AuditVerification result = chain.verify(entries);
    QCOMPARE(result.problem, Problem::Reordered);
    QCOMPARE(result.index, 0);
}

void tst_AuditChain::insertedForgery()
{
    const AuditChain chain(Key);
    QList<AuditEntry> entries = chainOf(chain, 6);
    // A forger without the key: a plausible entry linked to its predecessor, with a made-up MAC.
    AuditEntry forged = sampleEntry(99);
    forged.seq = 4;
    forged.prevMac = entries.at(2).mac;
    forged.mac = AuditChain(QByteArray("a guessed key of 32 bytes length")).macOf(forged.prevMac, forged);
    entries.insert(3, forged);
    const AuditVerification result = chain.verify(entries);
    QCOMPARE(result.problem, Problem::Inserted);
    QCOMPARE(result.index, 3);
    QVERIFY2(result.message.contains(QStringLiteral("inserted")), qPrintable(result.message));
}

void tst_AuditChain::insertedCopy()
{
    const AuditChain chain(Key);
    QList<AuditEntry> entries = chainOf(chain, 6);
    entries.insert(5, entries.at(2)); // an authentic entry, replayed further on
    const AuditVerification result = chain.verify(entries);
    QCOMPARE(result.problem, Problem::Inserted);
    QCOMPARE(result.index, 5);
    QVERIFY2(result.message.contains(QStringLiteral("copy")), qPrintable(result.message));
}

void tst_AuditChain::truncatedAgainstCheckpoint()
{
    const AuditChain chain(Key);
    QList<AuditEntry> entries = chainOf(chain, 10);
    const AuditChain::Checkpoint head{entries.last().seq, entries.last().mac};
    QVERIFY(chain.verify(entries, AuditChain::genesisMac(), head).intact());
    entries.remove(7, 3);
    QVERIFY(chain.verify(entries).intact()); // the chain alone cannot see a cut at the end
    const AuditVerification result = chain.verify(entries, AuditChain::genesisMac(), head);
    QCOMPARE(result.problem, Problem::Truncated);
    QCOMPARE(result.seq, 8);
    QVERIFY2(result.message.contains(QStringLiteral("ends at seq 7")) &&
                 result.message.contains(QStringLiteral("seq 10")),
             qPrintable(result.message));
    // A trail that grew since the checkpoint is fine.
    QList<AuditEntry> grown = chainOf(chain, 12);
    QVERIFY(
        chain.verify(grown, AuditChain::genesisMac(), AuditChain::Checkpoint{10, grown.at(9).mac}).intact());
}

void tst_AuditChain::rewrittenAfterCheckpoint()
{
    // Someone with the key rebuilt the trail from seq 3 on: every MAC verifies, but the checkpoint
    // taken earlier does not match any more.
    const AuditChain chain(Key);
    QList<AuditEntry> entries = chainOf(chain, 6);
    const AuditChain::Checkpoint head{5, entries.at(4).mac};
    QList<AuditEntry> rewritten = entries.mid(0, 2);
    for (int i = 2; i < 6; ++i) {
        AuditEntry e = sampleEntry(i);
        e.target = QStringLiteral("nothing to see");
        chain.append(rewritten, e);
    }
    QVERIFY(chain.verify(rewritten).intact());
    const AuditVerification result = chain.verify(rewritten, AuditChain::genesisMac(), head);
    QCOMPARE(result.problem, Problem::Modified);
    QCOMPARE(result.seq, 5);
    QVERIFY2(result.message.contains(QStringLiteral("checkpoint")), qPrintable(result.message));
}

void tst_AuditChain::wrongKeyBreaksTheFirstEntry()
{
    const QList<AuditEntry> entries = chainOf(AuditChain(Key), 4);
    const AuditVerification result =
        AuditChain(QByteArray("another key, also 32 bytes long!")).verify(entries);
    QCOMPARE(result.problem, Problem::Modified);
    QCOMPARE(result.index, 0);
}

void tst_AuditChain::shortKeyIsRefused()
{
    const AuditChain chain(QByteArray("short"));
    QVERIFY(!chain.isValid());
    QVERIFY(chain.macOf(AuditChain::genesisMac(), sampleEntry(0)).isEmpty());
    const AuditVerification result = chain.verify(QList<AuditEntry>());
    QCOMPARE(result.problem, Problem::Unreadable);
    QVERIFY2(result.message.contains(QStringLiteral("16")), qPrintable(result.message));
}

void tst_AuditChain::verifiesFromAnAnchor()
{
    const AuditChain chain(Key);
    const QList<AuditEntry> entries = chainOf(chain, 10);
    const QList<AuditEntry> tail = entries.mid(6);
    QVERIFY(chain.verify(tail, entries.at(5).mac).intact());
    QCOMPARE(chain.verify(tail).problem, Problem::Deleted); // from the genesis, the start is missing
}

QTEST_GUILESS_MAIN(tst_AuditChain)
#include "tst_auditchain.moc"
