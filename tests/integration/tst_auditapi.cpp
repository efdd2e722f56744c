// The audit administrator's API over the platform's real TLS on loopback: search by every filter
// and paging, CSV export (quoting, Chinese text, the cap, paged reading while other requests are
// served), chain verification before and after the database file is tampered with, and the audit
// record of each of the administrator's own actions.
#include "api/auditapi.h"
#include "platformapifixture.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <functional>

using namespace rw;
using namespace rw::testing;

namespace {

// 09:00 UTC is 17:00 in China Standard Time.
const QDateTime Start = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
constexpr qint64 MinuteMs = 60 * 1000;
const QString Auditor = QStringLiteral("audit.chen");

/** RFC 4180: fields separated by commas, records by CRLF, quoted fields with doubled quotes. */
std::optional<QList<QStringList>> parseCsv(const QByteArray &bytes)
{
    QList<QStringList> rows;
    QStringList row;
    QByteArray field;
    bool inQuotes = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (inQuotes) {
            if (c != '"')
                field += c;
            else if (i + 1 < bytes.size() && bytes.at(i + 1) == '"')
                field += '"', ++i;
            else
                inQuotes = false;
        } else if (c == '"') {
            if (!field.isEmpty() || wasQuoted)
                return std::nullopt; // a quote inside an unquoted field
            inQuotes = wasQuoted = true;
        } else if (c == ',') {
            row.append(QString::fromUtf8(field));
            field.clear();
            wasQuoted = false;
        } else if (c == '\r' && i + 1 < bytes.size() && bytes.at(i + 1) == '\n') {
            row.append(QString::fromUtf8(field));
            rows.append(row);
            row.clear();
            field.clear();
            wasQuoted = false;
            ++i;
        } else if (c == '\r' || c == '\n') {
            return std::nullopt; // a bare line break outside quotes
        } else {
            if (wasQuoted)
                return std::nullopt; // text after a closing quote
            field += c;
        }
    }
    if (inQuotes || !field.isEmpty() || !row.isEmpty())
        return std::nullopt; // the last record must end with CRLF
    return rows;
}

} // namespace

class tst_AuditApi : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void searchByEachFilter_data();
    void searchByEachFilter();
    void searchPagesWithNextBefore();
    void badParametersAreNamed_data();
    void badParametersAreNamed();
    void exportIsCsvThatParsesBack();
    void exportFiltersOldestFirst();
    void exportOverTheCapIsRefused();
    void exportReadsInPagesWhileOthersAreServed();
    void verifyFindsTheTamperedEntry();
    void verifyFindsADeletedEntry();
    void verifyRunsBesideTheEventLoop();

private:
    void seed(int count);
    AuditEntry append(const QString &actor, const QString &action, AuditEntry::Outcome outcome,
                      const QString &target, const QString &peer, const QJsonObject &detail = {});
    /** Adds \a count unchained rows straight into the file (as bulk data for the cap and paging). */
    void insertBulk(int count);
    void tamper(const QString &sql);
    HttpResult get(const QString &path) { return m_f->request("GET", path, m_token); }

    std::unique_ptr<PlatformApiFixture> m_f;
    QByteArray m_token;
};

Q_DECLARE_METATYPE(std::function<bool(const AuditEntry &)>)

void tst_AuditApi::init()
{
    m_f = std::make_unique<PlatformApiFixture>(Start);
    QString error;
    QVERIFY2(m_f->start(&error), qPrintable(error));
    m_token = m_f->tokenOf(Auditor, Role::AuditAdministrator);
}

void tst_AuditApi::cleanup()
{
    m_token.clear();
    m_f.reset();
}

AuditEntry tst_AuditApi::append(const QString &actor, const QString &action, AuditEntry::Outcome outcome,
                                const QString &target, const QString &peer, const QJsonObject &detail)
{
    AuditEntry entry;
    entry.actor = actor;
    entry.role = QStringLiteral("cityOfficer");
    entry.action = action;
    entry.outcome = outcome;
    entry.target = target;
    entry.peer = peer;
    entry.setDetail(detail);
    const auto stored = m_f->server().audit().append(entry);
    if (!stored)
        qFatal("cannot append: %s", qPrintable(m_f->server().audit().error().toString()));
    return *stored;
}

void tst_AuditApi::seed(int count)
{
    // One entry every 10 minutes from 17:00 CST: 60 of them reach past midnight CST.
    static const QStringList actors = {QStringLiteral("li.wei"), QStringLiteral("张伟"),
                                       QStringLiteral("wang.fang")};
    static const QStringList actions = {QStringLiteral("login"), QStringLiteral("account.create"),
                                        QStringLiteral("record.lookup"), QStringLiteral("account.unlock")};
    for (int i = 0; i < count; ++i) {
        m_f->clock().advanceMSecs(10 * MinuteMs);
        append(actors.at(i % actors.size()), actions.at(i % actions.size()), AuditEntry::Outcome(i % 3),
               i % 2 ? QStringLiteral("海南省五指山市/driver/%1").arg(i) : QStringLiteral("DRIVER/%1").arg(i),
               QStringLiteral("10.0.%1.9:5%2").arg(i % 4).arg(i, 3, 10, QLatin1Char('0')),
               {{QStringLiteral("n"), i}, {QStringLiteral("reason"), QStringLiteral("投诉核查")}});
    }
    // Hours went by: the auditor's session is idle-locked; sign in again (a new TOTP step).
    m_token = m_f->signInToken(Auditor);
}

void tst_AuditApi::insertBulk(int count)
{
    Database db;
    QVERIFY(db.open(m_f->databasePath()));
    QVERIFY2(
        db.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1)"
                               " INSERT INTO audit_log (at_ms, actor, role, peer, action, target, outcome,"
                               " detail, prev_mac, mac)"
                               " SELECT %2 + i, 'bulk', 'cityOfficer', '10.1.1.1:443', 'record.lookup',"
                               " 'driver/' || i, 'success', '{\"n\":' || i || '}', randomblob(32),"
                               " randomblob(32) FROM n")
                    .arg(count)
                    .arg(m_f->clock().nowMs())),
        qPrintable(db.lastError().toString()));
}

void tst_AuditApi::tamper(const QString &sql)
{
    // What someone with write access to the file can do: the triggers do not stop them.
    Database db;
    QVERIFY(db.open(m_f->databasePath()));
    QVERIFY(db.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_update;"
                                   " DROP TRIGGER IF EXISTS audit_log_no_delete")));
    QVERIFY2(db.exec(sql), qPrintable(db.lastError().toString()));
}

void tst_AuditApi::searchByEachFilter_data()
{
    using Filter = std::function<bool(const AuditEntry &)>;
    QTest::addColumn<QString>("query");
    QTest::addColumn<Filter>("expected");
    QTest::addColumn<int>("atLeast");
    const auto after = [](qint64 minutes) { return Start.addMSecs(minutes * MinuteMs); };
    QTest::newRow("from, ISO 8601 with offset")
        << QStringLiteral("from=2026-03-02T22:00:00%2B08:00")
        << Filter([=](const AuditEntry &e) { return e.at >= after(5 * 60); }) << 20;
    QTest::newRow("from, Unix ms") << QStringLiteral("from=%1").arg(after(100).toMSecsSinceEpoch())
                                   << Filter([=](const AuditEntry &e) { return e.at >= after(100); }) << 40;
    QTest::newRow("to, ISO 8601 without offset is CST")
        << QStringLiteral("to=2026-03-02T18:00:00")
        << Filter([=](const AuditEntry &e) { return e.at < after(60); }) << 5;
    QTest::newRow("to, a date is its CST midnight")
        << QStringLiteral("to=2026-03-03")
        << Filter([=](const AuditEntry &e) { return e.at < after(7 * 60); }) << 40;
    QTest::newRow("from and to, UTC")
        << QStringLiteral("from=2026-03-02T10:00:00Z&to=2026-03-02T11:00:00.000Z")
        << Filter([=](const AuditEntry &e) { return e.at >= after(60) && e.at < after(120); }) << 6;
    QTest::newRow("actor, Chinese") << QStringLiteral("actor=%E5%BC%A0%E4%BC%9F")
                                    << Filter([](const AuditEntry &e) {
                                           return e.actor == QStringLiteral("张伟");
                                       })
                                    << 20;
    QTest::newRow("actor") << QStringLiteral("actor=li.wei")
                           << Filter([](const AuditEntry &e) { return e.actor == QStringLiteral("li.wei"); })
                           << 20;
    QTest::newRow("action exact") << QStringLiteral("action=account.create")
                                  << Filter([](const AuditEntry &e) {
                                         return e.action == QStringLiteral("account.create");
                                     })
                                  << 15;
    QTest::newRow("action prefix") << QStringLiteral("action=account.*") << Filter([](const AuditEntry &e) {
        return e.action.startsWith(QStringLiteral("account."));
    }) << 30;
    QTest::newRow("outcome") << QStringLiteral("outcome=denied") << Filter([](const AuditEntry &e) {
        return e.outcome == AuditEntry::Outcome::Denied;
    }) << 20;
    QTest::newRow("text in target, Chinese")
        << QStringLiteral("text=%E4%BA%94%E6%8C%87%E5%B1%B1")
        << Filter([](const AuditEntry &e) { return e.target.contains(QStringLiteral("五指山")); }) << 30;
    QTest::newRow("text in target, any ASCII case")
        << QStringLiteral("text=driver/1") << Filter([](const AuditEntry &e) {
               return e.target.contains(QStringLiteral("driver/1"), Qt::CaseInsensitive);
           })
        << 8;
    QTest::newRow("text in peer") << QStringLiteral("text=10.0.3.") << Filter([](const AuditEntry &e) {
        return e.peer.startsWith(QStringLiteral("10.0.3."));
    }) << 15;
    QTest::newRow("all together")
        << QStringLiteral(
               "from=2026-03-02T18:00:00&actor=wang.fang&action=account.*&outcome=denied&text=driver")
        << Filter([=](const AuditEntry &e) {
               return e.at >= after(60) && e.actor == QStringLiteral("wang.fang") &&
                      e.action.startsWith(QStringLiteral("account.")) &&
                      e.outcome == AuditEntry::Outcome::Denied &&
                      e.target.contains(QStringLiteral("driver"), Qt::CaseInsensitive);
           })
        << 5;
}

void tst_AuditApi::searchByEachFilter()
{
    QFETCH(QString, query);
    QFETCH(std::function<bool(const AuditEntry &)>, expected);
    QFETCH(int, atLeast);
    seed(60);
    QList<qint64> wanted;
    const QList<AuditEntry> all = m_f->server().audit().entries(1, -1);
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (expected(*it))
            wanted.append(it->seq);
    }
    QVERIFY2(wanted.size() >= atLeast && wanted.size() < all.size(),
             qPrintable(QString::number(wanted.size())));

    const HttpResult result = get(QStringLiteral("/api/v1/audit?limit=1000&") + query);
    QVERIFY2(result.status == 200, result.describe());
    const QJsonArray entries = result.json().value(QStringLiteral("entries")).toArray();
    QList<qint64> found;
    for (const QJsonValue &value : entries)
        found.append(value.toObject().value(QStringLiteral("seq")).toInteger());
    QCOMPARE(found, wanted);
    QVERIFY(result.json().value(QStringLiteral("nextBefore")).isNull());

    // Every field of an entry, as stored.
    const QJsonObject first = entries.first().toObject();
    const AuditEntry &stored = all.at(int(wanted.first() - 1));
    QCOMPARE(stored.seq, wanted.first());
    QCOMPARE(first.value(QStringLiteral("at")).toInteger(), stored.at.toMSecsSinceEpoch());
    QCOMPARE(first.value(QStringLiteral("actor")).toString(), stored.actor);
    QCOMPARE(first.value(QStringLiteral("role")).toString(), stored.role);
    QCOMPARE(first.value(QStringLiteral("peer")).toString(), stored.peer);
    QCOMPARE(first.value(QStringLiteral("action")).toString(), stored.action);
    QCOMPARE(first.value(QStringLiteral("target")).toString(), stored.target);
    QCOMPARE(first.value(QStringLiteral("outcome")).toString(), AuditEntry::outcomeKey(stored.outcome));
    QCOMPARE(first.value(QStringLiteral("detail")).toObject(), stored.detail());

    // The search itself is in the trail: who searched for what, and how much came back.
    const auto searches = m_f->auditEntries(QStringLiteral("audit.search"));
    QCOMPARE(searches.size(), 1);
    QCOMPARE(searches.first().actor, Auditor);
    QCOMPARE(searches.first().role, QStringLiteral("auditAdministrator"));
    QVERIFY(searches.first().peer.startsWith(QStringLiteral("127.0.0.1:")));
    QCOMPARE(searches.first().outcome, AuditEntry::Outcome::Success);
    QCOMPARE(searches.first().detail().value(QStringLiteral("rows")).toInt(), wanted.size());
    QVERIFY(!searches.first().detail().value(QStringLiteral("filters")).toObject().isEmpty());
}

void tst_AuditApi::searchPagesWithNextBefore()
{
    seed(60);
    // 20 denied entries in pages of 7: 7, 7, 6.
    QList<qint64> seqs;
    QList<int> pageSizes;
    QString before;
    for (int page = 0; page < 10; ++page) {
        const HttpResult result = get(QStringLiteral("/api/v1/audit?outcome=denied&limit=7") + before);
        QVERIFY2(result.status == 200, result.describe());
        const QJsonArray entries = result.json().value(QStringLiteral("entries")).toArray();
        pageSizes.append(int(entries.size()));
        for (const QJsonValue &value : entries)
            seqs.append(value.toObject().value(QStringLiteral("seq")).toInteger());
        const QJsonValue next = result.json().value(QStringLiteral("nextBefore"));
        if (next.isNull())
            break;
        QCOMPARE(next.toInteger(), seqs.last());
        before = QStringLiteral("&before=%1").arg(next.toInteger());
    }
    QCOMPARE(pageSizes, (QList<int>{7, 7, 6}));
    QList<qint64> denied;
    for (const AuditEntry &entry : m_f->server().audit().entries(1, -1))
        if (entry.outcome == AuditEntry::Outcome::Denied)
            denied.prepend(entry.seq);
    QCOMPARE(seqs, denied);

    // A last page that is exactly full says there is nothing more.
    const HttpResult exact = get(QStringLiteral("/api/v1/audit?outcome=denied&limit=20"));
    QCOMPARE(exact.json().value(QStringLiteral("entries")).toArray().size(), 20);
    QVERIFY(exact.json().value(QStringLiteral("nextBefore")).isNull());
    // Without a limit: the newest 100.
    const HttpResult defaults = get(QStringLiteral("/api/v1/audit"));
    QCOMPARE(defaults.json().value(QStringLiteral("entries")).toArray().size(),
             66); // 60, 2 sign-ins, 4 searches
}

void tst_AuditApi::badParametersAreNamed_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("named");
    QTest::newRow("from not a time") << QStringLiteral("from=yesterday")
                                     << QStringList{QStringLiteral("from"), QStringLiteral("yesterday")};
    QTest::newRow("to not a time") << QStringLiteral("to=2026-13-01")
                                   << QStringList{QStringLiteral("to"), QStringLiteral("2026-13-01")};
    QTest::newRow("from after to") << QStringLiteral("from=2026-03-03&to=2026-03-02")
                                   << QStringList{QStringLiteral("from"), QStringLiteral("later than to")};
    QTest::newRow("outcome") << QStringLiteral("outcome=maybe")
                             << QStringList{QStringLiteral("outcome"), QStringLiteral("maybe")};
    QTest::newRow("limit 0") << QStringLiteral("limit=0")
                             << QStringList{QStringLiteral("limit"), QStringLiteral("\"0\"")};
    QTest::newRow("limit 1001") << QStringLiteral("limit=1001")
                                << QStringList{QStringLiteral("limit"), QStringLiteral("1001"),
                                               QStringLiteral("1000")};
    QTest::newRow("before not a number")
        << QStringLiteral("before=abc") << QStringList{QStringLiteral("before"), QStringLiteral("abc")};
    QTest::newRow("before 0") << QStringLiteral("before=0")
                              << QStringList{QStringLiteral("before"), QStringLiteral("\"0\"")};
    QTest::newRow("unknown parameter")
        << QStringLiteral("acter=li.wei") << QStringList{QStringLiteral("acter")};
    QTest::newRow("repeated parameter")
        << QStringLiteral("actor=a&actor=b")
        << QStringList{QStringLiteral("actor"), QStringLiteral("more than once")};
}

void tst_AuditApi::badParametersAreNamed()
{
    QFETCH(QString, query);
    QFETCH(QStringList, named);
    for (const QString &path : {QStringLiteral("/api/v1/audit?"), QStringLiteral("/api/v1/audit/export?")}) {
        const HttpResult result = get(path + query);
        QVERIFY2(result.status == 400, result.describe());
        QCOMPARE(result.errorCode(), QStringLiteral("bad_request"));
        for (const QString &part : named)
            QVERIFY2(result.errorMessage().contains(part),
                     qPrintable(part + QStringLiteral(" in: ") + result.errorMessage()));
    }
    const auto searches = m_f->auditEntries(QStringLiteral("audit.search"));
    QCOMPARE(searches.size(), 1);
    QCOMPARE(searches.first().outcome, AuditEntry::Outcome::Failure);
    QCOMPARE(m_f->auditEntries(QStringLiteral("audit.export")).size(), 1);
}

void tst_AuditApi::exportIsCsvThatParsesBack()
{
    seed(5);
    // What a CSV must survive: quotes, commas, line breaks, Chinese, and a would-be formula (a user
    // name anyone can type at the sign-in screen).
    append(QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"), QStringLiteral("login"),
           AuditEntry::Outcome::Failure, QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"),
           QStringLiteral("127.0.0.1:4000"), {{QStringLiteral("reason"), QStringLiteral("unknownUser")}});
    append(QStringLiteral("王芳"), QStringLiteral("record.reveal"), AuditEntry::Outcome::Success,
           QStringLiteral("driver \"张三\", 身份证号\nline two"), QStringLiteral("10.0.0.1:1"),
           {{QStringLiteral("reason"), QStringLiteral("执法检查, \"现场\"")}});
    append(QStringLiteral("-1"), QStringLiteral("x"), AuditEntry::Outcome::Denied, QStringLiteral("@sum"),
           QStringLiteral("+86"), {});
    const QList<AuditEntry> before = m_f->server().audit().entries(1, -1);

    const HttpResult result = get(QStringLiteral("/api/v1/audit/export"));
    QVERIFY2(result.status == 200, result.describe());
    QCOMPARE(result.header("Content-Type"), QByteArray("text/csv; charset=utf-8"));
    QVERIFY2(result.header("Content-Disposition").startsWith("attachment; filename=\"audit-log-"),
             result.header("Content-Disposition").constData());
    QVERIFY(result.body.startsWith("\xEF\xBB\xBF"));
    const auto rows = parseCsv(result.body.mid(3));
    QVERIFY2(rows, "not RFC 4180");
    QCOMPARE(rows->first(),
             QStringLiteral("seq,at,actor,role,peer,action,target,outcome,detail").split(QLatin1Char(',')));
    QCOMPARE(rows->size(), before.size() + 1); // its own record comes after it
    for (int i = 0; i < before.size(); ++i) {
        const QStringList &row = rows->at(i + 1);
        const AuditEntry &entry = before.at(i);
        QCOMPARE(row.size(), 9);
        QCOMPARE(row.at(0).toLongLong(), entry.seq); // oldest first
        QCOMPARE(row.at(1), entry.at.toOffsetFromUtc(8 * 3600).toString(Qt::ISODateWithMs));
        QVERIFY2(row.at(1).endsWith(QStringLiteral("+08:00")), qPrintable(row.at(1)));
        QCOMPARE(QDateTime::fromString(row.at(1), Qt::ISODateWithMs), entry.at);
        const auto unformula = [](const QString &text) {
            return text.startsWith(QLatin1Char('\'')) ? text.mid(1) : text;
        };
        QCOMPARE(unformula(row.at(2)), entry.actor);
        QCOMPARE(row.at(3), entry.role);
        QCOMPARE(unformula(row.at(4)), entry.peer);
        QCOMPARE(row.at(5), entry.action);
        QCOMPARE(unformula(row.at(6)), entry.target);
        QCOMPARE(row.at(7), AuditEntry::outcomeKey(entry.outcome));
        QCOMPARE(QJsonDocument::fromJson(row.at(8).toUtf8()).object(), entry.detail());
    }
    // Formulas are defused; ordinary text is not touched.
    const QStringList &formula = rows->at(rows->size() - 3);
    QCOMPARE(formula.at(2), QStringLiteral("'=HYPERLINK(\"http://x\",\"y\")"));
    const QStringList &chinese = rows->at(rows->size() - 2);
    QCOMPARE(chinese.at(2), QStringLiteral("王芳"));
    QCOMPARE(chinese.at(6), QStringLiteral("driver \"张三\", 身份证号\nline two"));
    const QStringList &signs = rows->last();
    QCOMPARE(signs.at(2), QStringLiteral("'-1"));
    QCOMPARE(signs.at(4), QStringLiteral("'+86"));
    QCOMPARE(signs.at(6), QStringLiteral("'@sum"));

    const auto exports = m_f->auditEntries(QStringLiteral("audit.export"));
    QCOMPARE(exports.size(), 1);
    QCOMPARE(exports.first().actor, Auditor);
    QCOMPARE(exports.first().outcome, AuditEntry::Outcome::Success);
    QCOMPARE(exports.first().detail().value(QStringLiteral("rows")).toInt(), before.size());
    QCOMPARE(exports.first().seq, before.last().seq + 1);
}

void tst_AuditApi::exportFiltersOldestFirst()
{
    seed(60);
    const HttpResult result =
        get(QStringLiteral("/api/v1/audit/export?action=account.*&outcome=failure&before=5&limit=3"));
    QVERIFY2(result.status == 200, result.describe());
    const auto rows = parseCsv(result.body.mid(3));
    QVERIFY(rows);
    QList<qint64> wanted;
    for (const AuditEntry &entry : m_f->server().audit().entries(1, -1))
        if (entry.action.startsWith(QStringLiteral("account.")) &&
            entry.outcome == AuditEntry::Outcome::Failure)
            wanted.append(entry.seq);
    QVERIFY(wanted.size() >= 10); // paging parameters are ignored: everything that matches
    QList<qint64> got;
    for (int i = 1; i < rows->size(); ++i)
        got.append(rows->at(i).at(0).toLongLong());
    QCOMPARE(got, wanted);
    const AuditEntry record = m_f->auditEntries(QStringLiteral("audit.export")).first();
    QCOMPARE(record.detail().value(QStringLiteral("rows")).toInt(), wanted.size());
    QCOMPARE(record.detail().value(QStringLiteral("filters")).toObject(),
             (QJsonObject{{QStringLiteral("action"), QStringLiteral("account.*")},
                          {QStringLiteral("outcome"), QStringLiteral("failure")}}));
}

void tst_AuditApi::exportOverTheCapIsRefused()
{
    insertBulk(int(AuditApi::ExportCap));
    const qint64 total = m_f->server().audit().count();
    QVERIFY(total > AuditApi::ExportCap);
    const HttpResult refused = get(QStringLiteral("/api/v1/audit/export"));
    QCOMPARE(refused.status, 413);
    QCOMPARE(refused.errorCode(), QStringLiteral("export_too_large"));
    QVERIFY2(refused.errorMessage().contains(QString::number(total)), refused.describe());
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("narrow")), refused.describe());
    const auto exports = m_f->auditEntries(QStringLiteral("audit.export"));
    QCOMPARE(exports.size(), 1);
    QCOMPARE(exports.first().outcome, AuditEntry::Outcome::Failure);
    QCOMPARE(exports.first().detail().value(QStringLiteral("rows")).toInteger(), total);
    // Narrowed below the cap it goes through.
    const HttpResult narrowed = get(QStringLiteral("/api/v1/audit/export?actor=") + Auditor);
    QVERIFY2(narrowed.status == 200, narrowed.describe());
}

void tst_AuditApi::exportReadsInPagesWhileOthersAreServed()
{
    const qint64 existing = m_f->server().audit().count();
    insertBulk(int(AuditApi::ExportCap - existing));
    QCOMPARE(m_f->server().audit().count(), AuditApi::ExportCap);

    // The platform runs on this thread: a zero timer here ticks whenever its event loop turns. The
    // longest pause between ticks is the longest the platform kept everyone else waiting.
    QElapsedTimer timer;
    qint64 lastTick = 0;
    qint64 longestPause = 0;
    QTimer ticker;
    ticker.setInterval(0);
    connect(&ticker, &QTimer::timeout, this, [&] {
        const qint64 now = timer.elapsed();
        longestPause = qMax(longestPause, now - lastTick);
        lastTick = now;
    });
    timer.start();
    ticker.start();
    QNetworkReply *exportReply = m_f->send("GET", QStringLiteral("/api/v1/audit/export"), m_token);
    const HttpResult exported = HttpTestClient::wait(exportReply, 120000);
    ticker.stop();
    const qint64 totalMs = timer.elapsed();
    QVERIFY2(exported.status == 200, exported.describe());
    qInfo("export of %lld rows (%lld bytes): %lld ms; the event loop paused at most %lld ms",
          AuditApi::ExportCap, qint64(exported.body.size()), totalMs, longestPause);
    // Read in one go, the pause is most of the export (measured: 0.9 of it); a page per turn of the
    // loop, it is the writing of the reply at the end (0.06). The bound is a share, not a time: it holds on
    // a slow or busy machine too.
    QVERIFY2(longestPause * 3 < totalMs, "the export held the event loop for most of its time");
    QCOMPARE(exported.body.count("\r\n"), AuditApi::ExportCap + 1);
    QVERIFY(exported.body.endsWith("{\"\"n\"\":" + QByteArray::number(AuditApi::ExportCap - existing) +
                                   "}\"\r\n"));
    QCOMPARE(m_f->auditEntries(QStringLiteral("audit.export"))
                 .first()
                 .detail()
                 .value(QStringLiteral("rows"))
                 .toInteger(),
             AuditApi::ExportCap);
}

void tst_AuditApi::verifyFindsTheTamperedEntry()
{
    seed(20);
    const HttpResult intact = m_f->request("POST", QStringLiteral("/api/v1/audit/verify"), m_token);
    QVERIFY2(intact.status == 200, intact.describe());
    const qint64 last = m_f->server().audit().count() - 1; // before the verification's own record
    QCOMPARE(intact.json(), (QJsonObject{{QStringLiteral("ok"), true},
                                         {QStringLiteral("checked"), last},
                                         {QStringLiteral("lastSeq"), last},
                                         {QStringLiteral("firstBroken"), QJsonValue()}}));

    const qint64 victim = 9;
    tamper(
        QStringLiteral("UPDATE audit_log SET outcome = 'success', target = 'nothing to see' WHERE seq = %1")
            .arg(victim));
    const HttpResult broken = m_f->request("POST", QStringLiteral("/api/v1/audit/verify"), m_token);
    QVERIFY2(broken.status == 200, broken.describe());
    const QJsonObject reply = broken.json();
    QCOMPARE(reply.value(QStringLiteral("ok")).toBool(), false);
    QCOMPARE(reply.value(QStringLiteral("checked")).toInteger(), victim - 1);
    QCOMPARE(reply.value(QStringLiteral("lastSeq")).toInteger(), last + 1);
    const QJsonObject first = reply.value(QStringLiteral("firstBroken")).toObject();
    QCOMPARE(first.value(QStringLiteral("seq")).toInteger(), victim);
    QCOMPARE(first.value(QStringLiteral("problem")).toString(), QStringLiteral("modified"));
    QVERIFY2(first.value(QStringLiteral("message")).toString().contains(QStringLiteral("seq 9")),
             broken.describe());

    const auto verifications = m_f->auditEntries(QStringLiteral("audit.verify"));
    QCOMPARE(verifications.size(), 2);
    QCOMPARE(verifications.at(0).outcome, AuditEntry::Outcome::Success);
    QCOMPARE(verifications.at(1).outcome, AuditEntry::Outcome::Failure);
    QCOMPARE(verifications.at(1).actor, Auditor);
    QCOMPARE(verifications.at(1).detail().value(QStringLiteral("seq")).toInteger(), victim);
    QCOMPARE(verifications.at(1).detail().value(QStringLiteral("problem")).toString(),
             QStringLiteral("modified"));
}

void tst_AuditApi::verifyFindsADeletedEntry()
{
    seed(20);
    tamper(QStringLiteral("DELETE FROM audit_log WHERE seq IN (12, 13)"));
    const HttpResult broken = m_f->request("POST", QStringLiteral("/api/v1/audit/verify"), m_token);
    QVERIFY2(broken.status == 200, broken.describe());
    const QJsonObject first = broken.json().value(QStringLiteral("firstBroken")).toObject();
    QCOMPARE(first.value(QStringLiteral("seq")).toInteger(), 14);
    QCOMPARE(first.value(QStringLiteral("problem")).toString(), QStringLiteral("deleted"));
    QCOMPARE(broken.json().value(QStringLiteral("checked")).toInteger(), 11);
}

void tst_AuditApi::verifyRunsBesideTheEventLoop()
{
    QElapsedTimer timer;
    timer.start();
    {
        // Appended as the platform would, chained under its key, but in one transaction of a second
        // connection: one commit instead of 30000.
        QByteArray auditKey;
        QByteArray totpKey;
        QString error;
        QVERIFY2(PlatformServer::loadKeys(m_f->databasePath() + QStringLiteral(".keys"), &auditKey, &totpKey,
                                          &error),
                 qPrintable(error));
        Database db;
        QVERIFY(db.open(m_f->databasePath()));
        AuditStore store(db, AuditChain(auditKey), m_f->clock());
        Transaction transaction(db);
        AuditEntry entry;
        entry.actor = QStringLiteral("li.wei");
        entry.action = QStringLiteral("record.lookup");
        entry.peer = QStringLiteral("10.0.0.1:443");
        for (int i = 0; i < 30000; ++i) {
            entry.target = QStringLiteral("driver/%1").arg(i);
            QVERIFY(store.append(entry));
        }
        QVERIFY(transaction.commit());
    }
    qInfo("appended 30000 entries in %lld ms", timer.restart());
    qint64 lastTick = 0;
    qint64 longestPause = 0;
    QTimer ticker;
    ticker.setInterval(0);
    connect(&ticker, &QTimer::timeout, this, [&] {
        const qint64 now = timer.elapsed();
        longestPause = qMax(longestPause, now - lastTick);
        lastTick = now;
    });
    timer.restart();
    ticker.start();
    const HttpResult result = m_f->request("POST", QStringLiteral("/api/v1/audit/verify"), m_token);
    ticker.stop();
    const qint64 totalMs = timer.elapsed();
    QVERIFY2(result.status == 200, result.describe());
    QCOMPARE(result.json().value(QStringLiteral("ok")).toBool(), true);
    QVERIFY(result.json().value(QStringLiteral("checked")).toInteger() > 30000);
    qInfo("verified %lld entries in %lld ms; the event loop paused at most %lld ms",
          result.json().value(QStringLiteral("checked")).toInteger(), totalMs, longestPause);
    // On the server's own thread the pause would be nearly all of it (measured: 135 of 137 ms).
    QVERIFY2(longestPause * 3 < totalMs, "the verification held the event loop");
}

QTEST_GUILESS_MAIN(tst_AuditApi)
#include "tst_auditapi.moc"
