#include "security/auditquery.h"

#include <QTest>

using namespace rw;

namespace {

const QDateTime Start = QDateTime(QDate(2026, 3, 2), QTime(1, 0), Qt::UTC);

AuditEntry entry(qint64 seq, const QString &actor, const QString &action, AuditEntry::Outcome outcome,
                 const QString &target, const QString &peer, const QDateTime &at)
{
    AuditEntry e;
    e.seq = seq;
    e.actor = actor;
    e.action = action;
    e.outcome = outcome;
    e.target = target;
    e.peer = peer;
    e.at = at;
    return e;
}

} // namespace

class tst_AuditQuery : public QObject
{
    Q_OBJECT

private slots:
    void emptyQueryMatchesEverything();
    void timeRangeIsHalfOpen();
    void actorIsExact();
    void actionExactOrPrefix();
    void outcome();
    void textInTargetOrPeerFoldsAsciiCaseOnly();
    void pagingBounds();
    void validateNamesTheSetting();
    void filtersJsonHoldsWhatIsSet();
};

void tst_AuditQuery::emptyQueryMatchesEverything()
{
    const AuditQuery query;
    QCOMPARE(query.limit, AuditQuery::DefaultLimit);
    QVERIFY(query.validate().isEmpty());
    QVERIFY(query.matches(
        entry(1, QStringLiteral("a"), QStringLiteral("login"), AuditEntry::Outcome::Denied, {}, {}, Start)));
}

void tst_AuditQuery::timeRangeIsHalfOpen()
{
    AuditQuery query;
    query.from = Start;
    query.to = Start.addSecs(60);
    const auto at = [](const QDateTime &when) {
        return entry(1, QStringLiteral("a"), QStringLiteral("login"), AuditEntry::Outcome::Success, {}, {},
                     when);
    };
    QVERIFY(query.matches(at(Start)));
    QVERIFY(query.matches(at(Start.addMSecs(59999))));
    QVERIFY(!query.matches(at(Start.addSecs(60))));
    QVERIFY(!query.matches(at(Start.addMSecs(-1))));
    // The same instant in another offset is the same instant.
    QVERIFY(query.matches(at(Start.toOffsetFromUtc(8 * 3600))));
}

void tst_AuditQuery::actorIsExact()
{
    AuditQuery query;
    query.actor = QStringLiteral("li.wei");
    const auto by = [](const QString &actor) {
        return entry(1, actor, QStringLiteral("login"), AuditEntry::Outcome::Success, {}, {}, Start);
    };
    QVERIFY(query.matches(by(QStringLiteral("li.wei"))));
    QVERIFY(!query.matches(by(QStringLiteral("Li.Wei"))));
    QVERIFY(!query.matches(by(QStringLiteral("li.wei2"))));
}

void tst_AuditQuery::actionExactOrPrefix()
{
    const auto doing = [](const QString &action) {
        return entry(1, QStringLiteral("a"), action, AuditEntry::Outcome::Success, {}, {}, Start);
    };
    AuditQuery query;
    query.action = QStringLiteral("account.create");
    QVERIFY(!query.actionIsPrefix());
    QVERIFY(query.matches(doing(QStringLiteral("account.create"))));
    QVERIFY(!query.matches(doing(QStringLiteral("account.create2"))));
    query.action = QStringLiteral("account.*");
    QVERIFY(query.actionIsPrefix());
    QCOMPARE(query.actionPrefix(), QStringLiteral("account."));
    QVERIFY(query.matches(doing(QStringLiteral("account.create"))));
    QVERIFY(query.matches(doing(QStringLiteral("account.unlock"))));
    QVERIFY(!query.matches(doing(QStringLiteral("accounts"))));
    QVERIFY(!query.matches(doing(QStringLiteral("Account.create"))));
    query.action = QStringLiteral("a*b"); // '*' not at the end: an ordinary character
    QVERIFY(query.matches(doing(QStringLiteral("a*b"))));
    QVERIFY(!query.matches(doing(QStringLiteral("axb"))));
}

void tst_AuditQuery::outcome()
{
    AuditQuery query;
    query.outcome = AuditEntry::Outcome::Denied;
    QVERIFY(query.matches(
        entry(1, QStringLiteral("a"), QStringLiteral("access"), AuditEntry::Outcome::Denied, {}, {}, Start)));
    QVERIFY(!query.matches(entry(1, QStringLiteral("a"), QStringLiteral("access"),
                                 AuditEntry::Outcome::Failure, {}, {}, Start)));
}

void tst_AuditQuery::textInTargetOrPeerFoldsAsciiCaseOnly()
{
    const auto on = [](const QString &target, const QString &peer) {
        return entry(1, QStringLiteral("a"), QStringLiteral("x"), AuditEntry::Outcome::Success, target, peer,
                     Start);
    };
    AuditQuery query;
    query.text = QStringLiteral("Driver/12");
    QVERIFY(query.matches(on(QStringLiteral("driver/123"), {})));
    QVERIFY(!query.matches(on(QStringLiteral("driver/13"), {})));
    query.text = QStringLiteral("10.0.0");
    QVERIFY(query.matches(on({}, QStringLiteral("10.0.0.7:5000"))));
    query.text = QStringLiteral("五指山");
    QVERIFY(query.matches(on(QStringLiteral("海南省五指山市"), {})));
    query.text = QStringLiteral("Ä"); // like SQLite's LIKE: only ASCII letters fold
    QVERIFY(query.matches(on(QStringLiteral("xÄy"), {})));
    QVERIFY(!query.matches(on(QStringLiteral("xäy"), {})));
}

void tst_AuditQuery::pagingBounds()
{
    AuditQuery query;
    query.beforeSeq = 10;
    query.afterSeq = 5;
    const auto seq = [](qint64 n) {
        return entry(n, QStringLiteral("a"), QStringLiteral("x"), AuditEntry::Outcome::Success, {}, {},
                     Start);
    };
    QVERIFY(!query.matches(seq(5)));
    QVERIFY(query.matches(seq(6)));
    QVERIFY(query.matches(seq(9)));
    QVERIFY(!query.matches(seq(10)));
}

void tst_AuditQuery::validateNamesTheSetting()
{
    AuditQuery query;
    query.limit = 1001;
    QCOMPARE(query.validate().size(), 1);
    QVERIFY2(query.validate().first().contains(QStringLiteral("limit is 1001")),
             qPrintable(query.validate().first()));
    query.limit = 0;
    QVERIFY(!query.validate().isEmpty());
    query.limit = AuditQuery::MaxLimit;
    QVERIFY(query.validate().isEmpty());
    query.from = Start.addSecs(1);
    query.to = Start;
    QCOMPARE(query.validate().size(), 1);
    QVERIFY2(query.validate().first().contains(QStringLiteral("2026-03-02T01:00:01.000Z")),
             qPrintable(query.validate().first()));
    query.to = query.from;
    QVERIFY(query.validate().isEmpty());
    query.beforeSeq = -1;
    QVERIFY2(query.validate().first().contains(QStringLiteral("before is -1")),
             qPrintable(query.validate().first()));
}

void tst_AuditQuery::filtersJsonHoldsWhatIsSet()
{
    AuditQuery query;
    QVERIFY(query.filtersJson().isEmpty());
    query.from = Start.toOffsetFromUtc(8 * 3600);
    query.action = QStringLiteral("account.*");
    query.outcome = AuditEntry::Outcome::Failure;
    query.text = QStringLiteral("五指山");
    const QJsonObject json = query.filtersJson();
    QCOMPARE(json.size(), 4);
    QCOMPARE(json.value(QStringLiteral("from")).toString(), QStringLiteral("2026-03-02T01:00:00.000Z"));
    QCOMPARE(json.value(QStringLiteral("action")).toString(), QStringLiteral("account.*"));
    QCOMPARE(json.value(QStringLiteral("outcome")).toString(), QStringLiteral("failure"));
    QCOMPARE(json.value(QStringLiteral("text")).toString(), QStringLiteral("五指山"));
}

QTEST_GUILESS_MAIN(tst_AuditQuery)
#include "tst_auditquery.moc"
