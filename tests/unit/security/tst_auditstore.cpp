#include "domain/manualclock.h"
#include "security/auditstore.h"
#include "storage/database.h"
#include "storage/schemamigrator.h"
#include "storage/statement.h"
#include "storage/transaction.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

using namespace rw;

Q_DECLARE_METATYPE(rw::AuditQuery)

namespace {

const QByteArray Key = QByteArray("audit key: 32 bytes, not in db!!");
const QDateTime Start = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
using Problem = AuditVerification::Problem;

AuditEntry sampleEntry(int i)
{
    AuditEntry entry;
    entry.actor = QStringLiteral("officer%1").arg(i % 3);
    entry.role = QStringLiteral("cityOfficer");
    entry.peer = QStringLiteral("127.0.0.1");
    entry.action = QStringLiteral("record.lookup");
    entry.target = QStringLiteral("driver/%1").arg(i);
    entry.outcome = AuditEntry::Outcome::Success;
    entry.setDetail(
        QJsonObject{{QStringLiteral("n"), i}, {QStringLiteral("reason"), QStringLiteral("投诉核查")}});
    return entry;
}

} // namespace

class tst_AuditStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void migrationCreatesTheTables();
    void accountConstraints();
    void appendStampsAndChains();
    void entriesReadBackExactly();
    void intactTrailVerifies();
    void updateAndDeleteAreRefused();
    void detectsModification();
    void detectsDeletion();
    void detectsReordering();
    void detectsTruncation();
    void detectsForgedRow();
    void detectsUnknownOutcome();
    void checkpointCatchesAResetCounter();
    void appendJoinsTheCallersTransaction();
    void twoConnectionsKeepOneChain();
    void concurrentWritersKeepOneChain();
    void refusesWithoutKey();
    void searchSelectsWhatTheQueryMatches_data();
    void searchSelectsWhatTheQueryMatches();
    void searchPagesNewestFirstAndOldestFirst();
    void searchTakesPatternCharactersLiterally();
    void searchRefusesABadQuery();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("platform.db")); }
    void appendEvents(int count);
    void dropTriggers();
    void appendVaried(int count);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<AuditStore> m_store;
};

void tst_AuditStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->open(path()), qPrintable(m_db->lastError().toString()));
    SchemaMigrator migrator = SchemaMigrator::platform();
    QVERIFY2(migrator.migrate(*m_db), qPrintable(migrator.error().toString()));
    m_clock = std::make_unique<ManualClock>(Start);
    m_store = std::make_unique<AuditStore>(*m_db, AuditChain(Key), *m_clock);
}

void tst_AuditStore::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_clock.reset();
    m_dir.reset();
}

void tst_AuditStore::appendEvents(int count)
{
    for (int i = 0; i < count; ++i) {
        m_clock->advanceMSecs(1500);
        const auto stored = m_store->append(sampleEntry(i));
        QVERIFY2(stored, qPrintable(m_store->error().toString()));
    }
}

void tst_AuditStore::dropTriggers()
{
    // What someone with write access to the file could do; the chain must catch what follows.
    QVERIFY(m_db->exec(QStringLiteral("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete")));
}

void tst_AuditStore::migrationCreatesTheTables()
{
    QVERIFY(m_db->tableExists(QStringLiteral("account")));
    QVERIFY(m_db->tableExists(QStringLiteral("password_history")));
    QVERIFY(m_db->tableExists(QStringLiteral("account_totp")));
    QVERIFY(m_db->tableExists(QStringLiteral("audit_log")));
    QCOMPARE(
        m_db->columns(QStringLiteral("account")),
        (QStringList{QStringLiteral("id"), QStringLiteral("user_name"), QStringLiteral("display_name"),
                     QStringLiteral("role"), QStringLiteral("region_code"), QStringLiteral("password_hash"),
                     QStringLiteral("password_changed_ms"), QStringLiteral("must_change"),
                     QStringLiteral("disabled"), QStringLiteral("failed_count"),
                     QStringLiteral("locked_until_ms"), QStringLiteral("created_ms")}));
    QVERIFY(!m_db->columns(QStringLiteral("account")).contains(QStringLiteral("totp_secret"))); // kept apart
    // Every platform migration applied (the accounts and audit tables came with the second).
    QVERIFY(SchemaMigrator::platform().latestVersion() >= 2);
    QCOMPARE(SchemaMigrator::platform().currentVersion(*m_db), SchemaMigrator::platform().latestVersion());
}

void tst_AuditStore::accountConstraints()
{
    const QString insert = QStringLiteral(
        "INSERT INTO account (user_name, role, region_code, password_hash, password_changed_ms, created_ms)"
        " VALUES ('%1', '%2', %3, '$pbkdf2-sha256$i=1$x$y', 0, 0)");
    QVERIFY2(m_db->exec(insert.arg(QStringLiteral("wzs.officer"), QStringLiteral("cityOfficer"),
                                   QStringLiteral("'469001'"))),
             qPrintable(m_db->lastError().toString()));
    QVERIFY(m_db->exec(insert.arg(QStringLiteral("sec.admin"), QStringLiteral("securityAdministrator"),
                                  QStringLiteral("NULL"))));
    // User names are unique regardless of case.
    QVERIFY(!m_db->exec(insert.arg(QStringLiteral("WZS.Officer"), QStringLiteral("cityOfficer"),
                                   QStringLiteral("'469001'"))));
    QVERIFY(m_db->lastError().detail.contains(QStringLiteral("UNIQUE")));
    // Unknown roles, business roles without a region, administrators with one, malformed codes.
    QVERIFY(!m_db->exec(insert.arg(QStringLiteral("root"), QStringLiteral("root"), QStringLiteral("NULL"))));
    QVERIFY(!m_db->exec(
        insert.arg(QStringLiteral("nowhere"), QStringLiteral("cityOfficer"), QStringLiteral("NULL"))));
    QVERIFY(!m_db->exec(insert.arg(QStringLiteral("scoped.admin"), QStringLiteral("systemAdministrator"),
                                   QStringLiteral("'460000'"))));
    QVERIFY(!m_db->exec(
        insert.arg(QStringLiteral("bad.code"), QStringLiteral("cityOfficer"), QStringLiteral("'46900X'"))));
    QCOMPARE(m_db->queryValue(QStringLiteral("SELECT count(*) FROM account")).toInt(), 2);
    // New accounts must change their password at first sign-in.
    QCOMPARE(
        m_db->queryValue(QStringLiteral("SELECT must_change FROM account WHERE user_name = 'wzs.officer'"))
            .toInt(),
        1);
    // History and TOTP rows go with their account.
    QVERIFY(m_db->exec(
        QStringLiteral("INSERT INTO password_history (account_id, hash, changed_ms) VALUES (1, 'h', 0);"
                       "INSERT INTO account_totp (account_id, secret, enrolled_ms) VALUES (1, x'00', 0)")));
    QVERIFY(!m_db->exec(QStringLiteral(
        "INSERT INTO account_totp (account_id, secret, digits, enrolled_ms) VALUES (2, x'00', 5, 0)")));
    QVERIFY(m_db->exec(QStringLiteral("DELETE FROM account WHERE id = 1")));
    QCOMPARE(m_db->queryValue(QStringLiteral("SELECT count(*) FROM password_history")).toInt(), 0);
    QCOMPARE(m_db->queryValue(QStringLiteral("SELECT count(*) FROM account_totp")).toInt(), 0);
}

void tst_AuditStore::appendStampsAndChains()
{
    m_clock->advanceSecs(10);
    const auto first = m_store->append(sampleEntry(0));
    QVERIFY2(first, qPrintable(m_store->error().toString()));
    QCOMPARE(first->seq, 1);
    QCOMPARE(first->at, Start.addSecs(10));
    QCOMPARE(first->prevMac, AuditChain::genesisMac());
    m_clock->advanceSecs(5);
    const auto second = m_store->append(sampleEntry(1));
    QVERIFY(second);
    QCOMPARE(second->seq, 2);
    QCOMPARE(second->at, Start.addSecs(15));
    QCOMPARE(second->prevMac, first->mac);
    QCOMPARE(m_store->count(), 2);
    const auto head = m_store->checkpoint();
    QVERIFY(head);
    QCOMPARE(head->seq, 2);
    QCOMPARE(head->mac, second->mac);
}

void tst_AuditStore::entriesReadBackExactly()
{
    AuditEntry entry = sampleEntry(7);
    entry.actor = QStringLiteral("张伟");
    entry.outcome = AuditEntry::Outcome::Denied;
    const auto stored = m_store->append(entry);
    QVERIFY(stored);
    const QList<AuditEntry> entries = m_store->entries();
    QCOMPARE(entries.size(), 1);
    const AuditEntry &back = entries.first();
    QCOMPARE(back.seq, 1);
    QCOMPARE(back.at, stored->at);
    QCOMPARE(back.actor, QStringLiteral("张伟"));
    QCOMPARE(back.outcome, AuditEntry::Outcome::Denied);
    QCOMPARE(back.detail().value(QStringLiteral("reason")).toString(), QStringLiteral("投诉核查"));
    QCOMPARE(back.canonicalBytes(), stored->canonicalBytes());
    QCOMPARE(back.mac, stored->mac);
    appendEvents(5);
    QCOMPARE(m_store->entries(3, 2).size(), 2);
    QCOMPARE(m_store->entries(3, 2).first().seq, 3);
    QCOMPARE(m_store->entries(5).size(), 2);
}

void tst_AuditStore::intactTrailVerifies()
{
    QVERIFY(m_store->verify().intact()); // empty
    appendEvents(30);
    const AuditVerification result = m_store->verify();
    QVERIFY2(result.intact(), qPrintable(result.message));
    QCOMPARE(result.checked, 30);
    // Reopened on a new connection, with the key from elsewhere.
    Database other;
    QVERIFY(other.open(path()));
    QVERIFY(AuditStore(other, AuditChain(Key), *m_clock).verify().intact());
    QCOMPARE(AuditStore(other, AuditChain(QByteArray(32, 'x')), *m_clock).verify().problem,
             Problem::Modified);
}

void tst_AuditStore::updateAndDeleteAreRefused()
{
    appendEvents(3);
    QVERIFY(!m_db->exec(QStringLiteral("UPDATE audit_log SET actor = 'nobody' WHERE seq = 2")));
    QVERIFY2(m_db->lastError().detail.contains(QStringLiteral("append-only")),
             qPrintable(m_db->lastError().toString()));
    QVERIFY(!m_db->exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 3")));
    QVERIFY2(m_db->lastError().detail.contains(QStringLiteral("append-only")),
             qPrintable(m_db->lastError().toString()));
    QVERIFY(!m_db->exec(QStringLiteral("DELETE FROM audit_log")));
    QCOMPARE(m_store->count(), 3);
    QVERIFY(m_store->verify().intact());
}

void tst_AuditStore::detectsModification()
{
    appendEvents(10);
    dropTriggers();
    QVERIFY(m_db->exec(QStringLiteral("UPDATE audit_log SET target = 'driver/0' WHERE seq = 6")));
    const AuditVerification result = m_store->verify();
    QCOMPARE(result.problem, Problem::Modified);
    QCOMPARE(result.seq, 6);
    QCOMPARE(result.index, 5);
    QCOMPARE(result.checked, 5);
    QVERIFY2(result.message.contains(QStringLiteral("seq 6")), qPrintable(result.message));
}

void tst_AuditStore::detectsDeletion()
{
    appendEvents(10);
    dropTriggers();
    QVERIFY(m_db->exec(QStringLiteral("DELETE FROM audit_log WHERE seq IN (4, 5)")));
    const AuditVerification result = m_store->verify();
    QCOMPARE(result.problem, Problem::Deleted);
    QCOMPARE(result.seq, 6);
    QCOMPARE(result.index, 3);
    QVERIFY2(result.message.contains(QStringLiteral("seq 4 to 5 are missing")), qPrintable(result.message));
}

void tst_AuditStore::detectsReordering()
{
    appendEvents(10);
    dropTriggers();
    // Swap the places of seq 4 and 7 (through a free number, as seq is the key).
    QVERIFY(m_db->exec(QStringLiteral("UPDATE audit_log SET seq = 1000 WHERE seq = 4;"
                                      "UPDATE audit_log SET seq = 4 WHERE seq = 7;"
                                      "UPDATE audit_log SET seq = 7 WHERE seq = 1000")));
    const AuditVerification result = m_store->verify();
    QCOMPARE(result.problem, Problem::Reordered);
    QCOMPARE(result.seq, 4);
    QCOMPARE(result.index, 3);
}

void tst_AuditStore::detectsTruncation()
{
    appendEvents(10);
    dropTriggers();
    QVERIFY(m_db->exec(QStringLiteral("DELETE FROM audit_log WHERE seq > 7")));
    const AuditVerification result = m_store->verify();
    QCOMPARE(result.problem, Problem::Truncated);
    QCOMPARE(result.seq, 8);
    QVERIFY2(result.message.contains(QStringLiteral("ends at seq 7")) &&
                 result.message.contains(QStringLiteral("up to 10")),
             qPrintable(result.message));
}

void tst_AuditStore::detectsForgedRow()
{
    appendEvents(5);
    // A row inserted by hand at the end, with a MAC made up without the key.
    Statement insert =
        m_db->prepare(QStringLiteral("INSERT INTO audit_log (at_ms, actor, action, outcome, prev_mac, mac) "
                                     "VALUES (?1, 'ghost', 'login', 'success', "
                                     "(SELECT mac FROM audit_log WHERE seq = 5), randomblob(32))"));
    insert.bind(1, m_clock->nowMs());
    QVERIFY2(insert.exec(), qPrintable(insert.error().toString()));
    const AuditVerification result = m_store->verify();
    QCOMPARE(result.problem, Problem::Modified); // the last entry's MAC is wrong: forged or altered
    QCOMPARE(result.seq, 6);
    // Entries appended after it chain to the forged row's MAC but do not make it valid.
    appendEvents(2);
    QCOMPARE(m_store->verify().seq, 6);
}

void tst_AuditStore::detectsUnknownOutcome()
{
    appendEvents(4);
    dropTriggers();
    // Past the CHECK constraint as well: a value the program has no name for.
    QVERIFY(m_db->exec(QStringLiteral("PRAGMA ignore_check_constraints = ON;"
                                      "UPDATE audit_log SET outcome = 'excused' WHERE seq = 2;"
                                      "PRAGMA ignore_check_constraints = OFF")));
    const AuditVerification result = m_store->verify();
    QCOMPARE(result.problem, Problem::Modified);
    QCOMPARE(result.seq, 2);
    QVERIFY2(result.message.contains(QStringLiteral("\"excused\"")), qPrintable(result.message));
}

void tst_AuditStore::checkpointCatchesAResetCounter()
{
    appendEvents(8);
    const auto head = m_store->checkpoint();
    QVERIFY(head);
    dropTriggers();
    // A careful intruder deletes the last rows and resets the counter SQLite keeps.
    QVERIFY(m_db->exec(QStringLiteral("DELETE FROM audit_log WHERE seq > 6;"
                                      "UPDATE sqlite_sequence SET seq = 6 WHERE name = 'audit_log'")));
    QVERIFY(m_store->verify().intact()); // the database alone looks fine …
    const AuditVerification result = m_store->verify(head);
    QCOMPARE(result.problem, Problem::Truncated); // … the checkpoint kept elsewhere does not
    QCOMPARE(result.seq, 7);
}

void tst_AuditStore::appendJoinsTheCallersTransaction()
{
    appendEvents(2);
    {
        Transaction transaction(*m_db);
        QVERIFY(transaction.isActive());
        QVERIFY(m_store->append(sampleEntry(10)));
        QVERIFY(m_store->append(sampleEntry(11)));
        QCOMPARE(m_store->count(), 4);
        // The action fails: its audit records go with it.
    }
    QCOMPARE(m_store->count(), 2);
    QVERIFY(m_store->verify().intact());
    {
        Transaction transaction(*m_db);
        QVERIFY(m_store->append(sampleEntry(12)));
        QVERIFY(transaction.commit());
    }
    QCOMPARE(m_store->count(), 3);
    const AuditVerification result = m_store->verify();
    QVERIFY2(result.intact(), qPrintable(result.message)); // no gap left by the rolled-back seq
}

void tst_AuditStore::twoConnectionsKeepOneChain()
{
    Database other;
    QVERIFY(other.open(path()));
    AuditStore second(other, AuditChain(Key), *m_clock);
    for (int i = 0; i < 20; ++i) {
        AuditStore &store = i % 2 ? second : *m_store;
        QVERIFY2(store.append(sampleEntry(i)), qPrintable(store.error().toString()));
    }
    const AuditVerification result = m_store->verify();
    QVERIFY2(result.intact(), qPrintable(result.message));
    QCOMPARE(result.checked, 20);
}

void tst_AuditStore::concurrentWritersKeepOneChain()
{
    // Reading the last MAC and inserting after it happen in one IMMEDIATE transaction: writers on
    // other connections wait their turn instead of linking two entries to the same predecessor.
    constexpr int Threads = 3;
    constexpr int PerThread = 40;
    std::atomic_int failures = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < Threads; ++t) {
        threads.emplace_back([this, t, &failures] {
            Database db;
            if (!db.open(path())) {
                ++failures;
                return;
            }
            AuditStore store(db, AuditChain(Key), *m_clock);
            for (int i = 0; i < PerThread; ++i) {
                if (!store.append(sampleEntry(t * 1000 + i)))
                    ++failures;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(failures.load(), 0);
    QCOMPARE(m_store->count(), Threads * PerThread);
    const AuditVerification result = m_store->verify();
    QVERIFY2(result.intact(), qPrintable(result.message));
}

void tst_AuditStore::refusesWithoutKey()
{
    AuditStore store(*m_db, AuditChain(QByteArray()), *m_clock);
    QVERIFY(!store.append(sampleEntry(0)));
    QVERIFY2(store.error().toString().contains(QStringLiteral("16 bytes")),
             qPrintable(store.error().toString()));
    QCOMPARE(m_store->count(), 0);
}

void tst_AuditStore::appendVaried(int count)
{
    // Varied enough that every filter selects a proper, non-empty subset.
    static const QStringList actors = {QStringLiteral("li.wei"), QStringLiteral("Li.Wei"),
                                       QStringLiteral("张伟"), QStringLiteral("auditor"),
                                       QStringLiteral("system")};
    static const QStringList actions = {QStringLiteral("login"),          QStringLiteral("account.create"),
                                        QStringLiteral("account.unlock"), QStringLiteral("accounts"),
                                        QStringLiteral("audit.search"),   QStringLiteral("policy.change")};
    static const QStringList targets = {QStringLiteral("driver/%1"), QStringLiteral("海南省五指山市/%1"),
                                        QStringLiteral("DRIVER/%1"), QStringLiteral("100%_done/%1")};
    Transaction transaction(*m_db); // one commit: these tests are about reading
    for (int i = 0; i < count; ++i) {
        // Time mostly moves on, but sometimes steps back (a corrected clock): seq order and time
        // order differ, and search must still page by seq.
        m_clock->advanceMSecs(i % 11 == 10 ? -4000 : 1000);
        AuditEntry entry;
        entry.actor = actors.at(i % actors.size());
        entry.role = QStringLiteral("cityOfficer");
        entry.peer = QStringLiteral("10.0.%1.%2:443").arg(i % 3).arg(i % 17);
        entry.action = actions.at((i / 2) % actions.size());
        entry.target = targets.at(i % targets.size()).arg(i);
        entry.outcome = AuditEntry::Outcome(i % 3);
        QVERIFY2(m_store->append(entry), qPrintable(m_store->error().toString()));
    }
    QVERIFY(transaction.commit());
}

void tst_AuditStore::searchSelectsWhatTheQueryMatches_data()
{
    QTest::addColumn<AuditQuery>("query");
    QTest::addColumn<int>("atLeast"); // so that a filter that selected nothing would not pass by accident
    AuditQuery q;
    q.limit = AuditQuery::MaxLimit;
    QTest::newRow("everything") << q << 200;
    AuditQuery from = q;
    from.from = Start.addSecs(100);
    QTest::newRow("from") << from << 50;
    AuditQuery to = q;
    to.to = Start.addSecs(100);
    QTest::newRow("to") << to << 50;
    AuditQuery range = q;
    range.from = Start.addSecs(50);
    range.to = Start.addSecs(60);
    QTest::newRow("from and to") << range << 5;
    AuditQuery actor = q;
    actor.actor = QStringLiteral("li.wei");
    QTest::newRow("actor exact, case kept") << actor << 20;
    AuditQuery chinese = q;
    chinese.actor = QStringLiteral("张伟");
    QTest::newRow("actor in Chinese") << chinese << 20;
    AuditQuery action = q;
    action.action = QStringLiteral("account.create");
    QTest::newRow("action exact") << action << 20;
    AuditQuery prefix = q;
    prefix.action = QStringLiteral("account.*");
    QTest::newRow("action prefix") << prefix << 40;
    AuditQuery star = q;
    star.action = QStringLiteral("*");
    QTest::newRow("action prefix of nothing") << star << 200;
    AuditQuery outcome = q;
    outcome.outcome = AuditEntry::Outcome::Denied;
    QTest::newRow("outcome") << outcome << 50;
    AuditQuery text = q;
    text.text = QStringLiteral("driver/1");
    QTest::newRow("text in target, ASCII case folded") << text << 20;
    AuditQuery peer = q;
    peer.text = QStringLiteral("10.0.2.");
    QTest::newRow("text in peer") << peer << 50;
    AuditQuery place = q;
    place.text = QStringLiteral("五指山");
    QTest::newRow("text in Chinese") << place << 40;
    AuditQuery all = q;
    all.from = Start.addSecs(20);
    all.action = QStringLiteral("account.*");
    all.outcome = AuditEntry::Outcome::Failure;
    all.text = QStringLiteral("DRIVER");
    QTest::newRow("all together") << all << 5;
    AuditQuery limited;
    limited.limit = 7;
    QTest::newRow("limit") << limited << 7;
}

void tst_AuditStore::searchSelectsWhatTheQueryMatches()
{
    QFETCH(AuditQuery, query);
    QFETCH(int, atLeast);
    appendVaried(240);
    // The reference: every entry, newest first, filtered by AuditQuery::matches().
    QList<AuditEntry> expected;
    const QList<AuditEntry> all = m_store->entries(1, -1);
    QCOMPARE(all.size(), 240);
    for (auto it = all.crbegin(); it != all.crend() && expected.size() < query.limit; ++it) {
        if (query.matches(*it))
            expected.append(*it);
    }
    const QList<AuditEntry> found = m_store->search(query);
    QVERIFY2(!m_store->error().isError(), qPrintable(m_store->error().toString()));
    QVERIFY2(found.size() >= atLeast, qPrintable(QString::number(found.size())));
    QVERIFY2(found.size() < 240 || query.filtersJson().isEmpty() || query.action == QStringLiteral("*"),
             "a filter that selects everything tests nothing");
    QCOMPARE(found.size(), expected.size());
    for (int i = 0; i < found.size(); ++i) {
        QCOMPARE(found.at(i).seq, expected.at(i).seq);
        QCOMPARE(found.at(i).mac, expected.at(i).mac);
    }
    AuditQuery unlimited = query;
    unlimited.limit = AuditQuery::MaxLimit;
    qint64 matching = 0;
    for (const AuditEntry &entry : all)
        matching += unlimited.matches(entry) ? 1 : 0;
    QCOMPARE(m_store->count(query), matching);
}

void tst_AuditStore::searchPagesNewestFirstAndOldestFirst()
{
    appendVaried(95);
    AuditQuery query;
    query.limit = 10;
    query.outcome = AuditEntry::Outcome::Failure; // every third: seq 2, 5, 8, …
    QList<qint64> newestFirst;
    for (;;) {
        const QList<AuditEntry> page = m_store->search(query);
        QVERIFY(!m_store->error().isError());
        for (const AuditEntry &entry : page)
            newestFirst.append(entry.seq);
        if (page.size() < query.limit)
            break;
        query.beforeSeq = page.last().seq;
    }
    QCOMPARE(newestFirst.size(), 32);
    QCOMPARE(newestFirst.first(), 95);
    QCOMPARE(newestFirst.last(), 2);
    for (int i = 1; i < newestFirst.size(); ++i)
        QCOMPARE(newestFirst.at(i), newestFirst.at(i - 1) - 3);

    query.beforeSeq = 0;
    query.order = AuditQuery::Order::OldestFirst;
    QList<qint64> oldestFirst;
    for (;;) {
        const QList<AuditEntry> page = m_store->search(query);
        for (const AuditEntry &entry : page)
            oldestFirst.append(entry.seq);
        if (page.size() < query.limit)
            break;
        query.afterSeq = page.last().seq;
    }
    std::reverse(oldestFirst.begin(), oldestFirst.end());
    QCOMPARE(oldestFirst, newestFirst);
}

void tst_AuditStore::searchTakesPatternCharactersLiterally()
{
    const auto add = [this](const QString &action, const QString &target) {
        AuditEntry entry = sampleEntry(0);
        entry.action = action;
        entry.target = target;
        QVERIFY(m_store->append(entry));
    };
    add(QStringLiteral("x[1]*y.read"), QStringLiteral("100%"));
    add(QStringLiteral("x1y.read"), QStringLiteral("1000"));
    add(QStringLiteral("x?y.read"), QStringLiteral("a_b"));
    add(QStringLiteral("xzy.read"), QStringLiteral("axb"));
    AuditQuery query;
    query.action = QStringLiteral("x[1]*y.*");
    QCOMPARE(m_store->search(query).size(), 1);
    query.action = QStringLiteral("x?y.*");
    QCOMPARE(m_store->search(query).size(), 1);
    query.action = QStringLiteral("x?y.read");
    QCOMPARE(m_store->search(query).size(), 1);
    query.action.clear();
    query.text = QStringLiteral("0%");
    QCOMPARE(m_store->search(query).size(), 1);
    query.text = QStringLiteral("a_b");
    QCOMPARE(m_store->search(query).size(), 1);
    query.text = QStringLiteral("\\");
    QCOMPARE(m_store->search(query).size(), 0);
    QVERIFY(!m_store->error().isError());
}

void tst_AuditStore::searchRefusesABadQuery()
{
    appendEvents(3);
    AuditQuery query;
    query.limit = 5000;
    QVERIFY(m_store->search(query).isEmpty());
    QVERIFY(m_store->error().isError());
    QVERIFY2(m_store->error().toString().contains(QStringLiteral("limit is 5000")),
             qPrintable(m_store->error().toString()));
    query.limit = 3;
    QCOMPARE(m_store->search(query).size(), 3);
    QVERIFY(!m_store->error().isError());
}

QTEST_GUILESS_MAIN(tst_AuditStore)
#include "tst_auditstore.moc"
