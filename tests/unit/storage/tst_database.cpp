#include "storage/database.h"
#include "storage/statement.h"
#include "storage/transaction.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace rw;

class tst_Database : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void openSetsWalAndPragmas();
    void synchronousNormalOnRequest();
    void existingFileKeepsItsPageSize();
    void checkpointEmptiesTheWal();
    void openFailsClearlyForMissingDirectory();
    void bindingRoundTrip();
    void bindingByName();
    void boundBuffersOutliveTheirSources();
    void oddVariantsAreStoredNotCrashed();
    void transactionRollsBackOnDestruction();
    void transactionCommits();
    void transactionsDoNotNest();
    void badSqlGivesClearError();
    void prepareRefusesSeveralStatements();
    void unknownParameterIsReportedAtStep();
    void readersSeeCommittedSnapshotWhileWriterWrites();
    void quoteIdentifier();

private:
    QString path(const QString &name = QStringLiteral("test.db")) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_Database::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_Database::openSetsWalAndPragmas()
{
    Database db;
    QVERIFY2(db.open(path()), qPrintable(db.lastError().toString()));
    QVERIFY(db.isOpen());
    QCOMPARE(db.journalMode(), QStringLiteral("wal"));
    QCOMPARE(db.queryValue(QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
    QCOMPARE(db.queryValue(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(db.queryValue(QStringLiteral("PRAGMA busy_timeout")).toInt(), 5000);
    QCOMPARE(db.queryValue(QStringLiteral("PRAGMA page_size")).toInt(), 16384);
    QCOMPARE(db.queryValue(QStringLiteral("PRAGMA wal_autocheckpoint")).toInt(), 4096);
    QVERIFY(db.exec(QStringLiteral("CREATE TABLE t (x)")));
    QVERIFY(QFile::exists(path() + QStringLiteral("-wal")));

    // Foreign keys are enforced, not just declared.
    QVERIFY(db.exec(QStringLiteral("CREATE TABLE parent (id INTEGER PRIMARY KEY);"
                                   "CREATE TABLE child (p INTEGER REFERENCES parent (id))")));
    QVERIFY(!db.exec(QStringLiteral("INSERT INTO child VALUES (42)")));
    QVERIFY(db.lastError().toString().contains(QStringLiteral("FOREIGN KEY")));

    // Double-quoted strings are identifiers only: a misspelt column is an error, not a string.
    QVERIFY(!db.exec(QStringLiteral("SELECT \"nosuchcolumn\" FROM t")));
    QVERIFY(db.lastError().detail.contains(QStringLiteral("nosuchcolumn")));
}

void tst_Database::synchronousNormalOnRequest()
{
    DatabaseOptions options;
    options.synchronous = DatabaseOptions::Synchronous::Normal;
    options.busyTimeoutMs = 1234;
    Database db;
    QVERIFY(db.open(path(), options));
    QCOMPARE(db.queryValue(QStringLiteral("PRAGMA synchronous")).toInt(), 1); // NORMAL
    QCOMPARE(db.queryValue(QStringLiteral("PRAGMA busy_timeout")).toInt(), 1234);
    QCOMPARE(db.journalMode(), QStringLiteral("wal"));
}

void tst_Database::existingFileKeepsItsPageSize()
{
    {
        DatabaseOptions small;
        small.pageSize = 4096;
        Database db;
        QVERIFY(db.open(path(), small));
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE t (x)")));
        QCOMPARE(db.queryValue(QStringLiteral("PRAGMA page_size")).toInt(), 4096);
    }
    Database db;
    QVERIFY(db.open(path())); // default 16 KiB applies to new files only
    QCOMPARE(db.queryValue(QStringLiteral("PRAGMA page_size")).toInt(), 4096);
}

void tst_Database::checkpointEmptiesTheWal()
{
    DatabaseOptions manual;
    manual.walAutoCheckpointPages = 0;
    Database db;
    QVERIFY(db.open(path(), manual));
    QVERIFY(db.exec(QStringLiteral("CREATE TABLE t (x); WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL"
                                   " SELECT n + 1 FROM s WHERE n < 1000) INSERT INTO t SELECT n FROM s")));
    QVERIFY(QFileInfo(path() + QStringLiteral("-wal")).size() > 0);
    QVERIFY(db.checkpoint(Database::CheckpointMode::Truncate));
    QCOMPARE(QFileInfo(path() + QStringLiteral("-wal")).size(), 0);
    QCOMPARE(db.queryValue(QStringLiteral("SELECT count(*) FROM t")).toInt(), 1000);
}

void tst_Database::openFailsClearlyForMissingDirectory()
{
    Database db;
    const QString bad = m_dir->filePath(QStringLiteral("no/such/dir/test.db"));
    QVERIFY(!db.open(bad));
    QVERIFY(!db.isOpen());
    const QString message = db.lastError().toString();
    QVERIFY2(message.contains(bad), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("unable to open")), qPrintable(message));
}

void tst_Database::bindingRoundTrip()
{
    Database db;
    QVERIFY(db.open(path()));
    QVERIFY(db.exec(QStringLiteral("CREATE TABLE t (i INTEGER, d REAL, s TEXT, b BLOB, n)")));

    const QString chinese = QStringLiteral("琼D·12345 五指山市网约车 😀");
    QByteArray blob("\x00\x01\xff\xfe raw \x00", 10);
    QCOMPARE(blob.size(), 10);

    Statement insert =
        db.prepare(QStringLiteral("INSERT INTO t VALUES (?1, ?2, ?3, ?4, ?5)"), QStringLiteral("insert"));
    QVERIFY(insert.isValid());
    QCOMPARE(insert.parameterCount(), 5);
    insert.bind(1, std::numeric_limits<qint64>::max());
    insert.bind(2, 3.25);
    insert.bind(3, chinese);
    insert.bind(4, blob);
    insert.bindNull(5);
    QVERIFY2(insert.exec(), qPrintable(insert.error().toString()));

    // The same through QVariant, plus empty text and empty blob, which are not NULL.
    insert.bind(1, QVariant::fromValue(std::numeric_limits<qint64>::min()));
    insert.bind(2, QVariant(-0.5));
    insert.bind(3, QVariant(QString()));
    insert.bind(4, QVariant(QByteArray()));
    insert.bind(5, QVariant());
    QVERIFY(insert.exec());

    Statement select =
        db.prepare(QStringLiteral("SELECT i, d, s, b, n, typeof(s), typeof(b) FROM t ORDER BY rowid"));
    QVERIFY(select.step());
    QCOMPARE(select.columnType(0), Statement::ColumnType::Integer);
    QCOMPARE(select.columnInt64(0), std::numeric_limits<qint64>::max());
    QCOMPARE(select.columnType(1), Statement::ColumnType::Float);
    QCOMPARE(select.columnDouble(1), 3.25);
    QCOMPARE(select.columnType(2), Statement::ColumnType::Text);
    QCOMPARE(select.columnText(2), chinese);
    QCOMPARE(select.columnType(3), Statement::ColumnType::Blob);
    QCOMPARE(select.columnBlob(3), blob);
    QVERIFY(select.isNull(4));
    QVERIFY(!select.columnValue(4).isValid());
    QCOMPARE(select.columnValue(0).typeId(), QMetaType::LongLong);
    QCOMPARE(select.columnValue(2).toString(), chinese);
    QCOMPARE(select.columnValue(3).toByteArray(), blob);
    QCOMPARE(select.columnName(5), QStringLiteral("typeof(s)"));

    QVERIFY(select.step());
    QCOMPARE(select.columnInt64(0), std::numeric_limits<qint64>::min());
    QCOMPARE(select.columnDouble(1), -0.5);
    QCOMPARE(select.columnText(5), QStringLiteral("text"));
    QCOMPARE(select.columnText(2), QString());
    QCOMPARE(select.columnText(6), QStringLiteral("blob"));
    QCOMPARE(select.columnBlob(3).size(), 0);
    QVERIFY(select.isNull(4));
    QVERIFY(!select.step());
    QVERIFY(!select.hasError());

    // SQLite stored the text as UTF-8, byte for byte.
    QCOMPARE(
        db.queryValue(QStringLiteral("SELECT CAST(s AS BLOB) FROM t ORDER BY rowid LIMIT 1")).toByteArray(),
        chinese.toUtf8());
}

void tst_Database::bindingByName()
{
    Database db;
    QVERIFY(db.open(path()));
    QVERIFY(db.exec(QStringLiteral("CREATE TABLE t (company TEXT, n INTEGER, x REAL)")));
    Statement insert = db.prepare(QStringLiteral("INSERT INTO t VALUES (:company, @n, $x)"));
    QCOMPARE(insert.parameterIndex(u"@n"), 2);
    QCOMPARE(insert.parameterIndex(u":missing"), 0);
    insert.bind(u":company", QStringLiteral("3301YPZCX78Q"));
    insert.bind(u"@n", 7);
    insert.bindNull(u"$x");
    QVERIFY(insert.exec());
    QCOMPARE(db.queryValue(QStringLiteral("SELECT company || '/' || n || '/' || ifnull(x, 'null') FROM t"))
                 .toString(),
             QStringLiteral("3301YPZCX78Q/7/null"));
}

void tst_Database::boundBuffersOutliveTheirSources()
{
    // Text and blobs are bound without a second copy; the statement must keep them alive.
    Database db;
    QVERIFY(db.open(path()));
    QVERIFY(db.exec(QStringLiteral("CREATE TABLE t (s TEXT, b BLOB)")));
    Statement insert = db.prepare(QStringLiteral("INSERT INTO t VALUES (?1, ?2)"));
    for (int i = 0; i < 3; ++i) {
        {
            QString text = QStringLiteral("vehicle-%1-").arg(i).repeated(50);
            QByteArray bytes = QByteArray::number(i).repeated(100);
            insert.bind(1, text);
            insert.bind(2, bytes);
            text.fill(u'x'); // the originals change and go away before the statement runs
            bytes.fill('y');
        }
        QVERIFY(insert.exec());
    }
    Statement select = db.prepare(QStringLiteral("SELECT s, b FROM t ORDER BY rowid"));
    for (int i = 0; i < 3; ++i) {
        QVERIFY(select.step());
        QCOMPARE(select.columnText(0), QStringLiteral("vehicle-%1-").arg(i).repeated(50));
        QCOMPARE(select.columnBlob(1), QByteArray::number(i).repeated(100));
    }
}

void tst_Database::oddVariantsAreStoredNotCrashed()
{
    Database db;
    QVERIFY(db.open(path()));
    QVERIFY(db.exec(QStringLiteral("CREATE TABLE t (v)")));
    Statement insert = db.prepare(QStringLiteral("INSERT INTO t VALUES (?1)"));
    const QList<QVariant> values = {
        QVariant(true),
        QVariant(QVariantList{1, QStringLiteral("a")}),
        QVariant(QVariantMap{{QStringLiteral("k"), 2}}),
        QVariant(quint64(std::numeric_limits<quint64>::max())),
        QVariant(QDate(2024, 2, 29)),
        QVariant(42u),
        QVariant(QMetaType::fromType<QObject *>()), // a null QObject*: NULL
    };
    for (const QVariant &v : values) {
        insert.bind(1, v);
        QVERIFY2(insert.exec(), qPrintable(insert.error().toString()));
    }
    Statement select = db.prepare(QStringLiteral("SELECT v, typeof(v) FROM t ORDER BY rowid"));
    QVERIFY(select.step());
    QCOMPARE(select.columnValue(0), QVariant(qint64(1)));
    QVERIFY(select.step());
    QCOMPARE(select.columnText(0), QStringLiteral("[1,\"a\"]"));
    QVERIFY(select.step());
    QCOMPARE(select.columnText(0), QStringLiteral("{\"k\":2}"));
    QVERIFY(select.step());
    QCOMPARE(select.columnText(1), QStringLiteral("real")); // beyond qint64: magnitude kept
    QVERIFY(select.step());
    QCOMPARE(select.columnText(0), QStringLiteral("2024-02-29"));
    QVERIFY(select.step());
    QCOMPARE(select.columnInt64(0), 42);
    QVERIFY(select.step());
    QVERIFY(select.isNull(0));
}

void tst_Database::transactionRollsBackOnDestruction()
{
    Database db;
    QVERIFY(db.open(path()));
    QVERIFY(db.exec(QStringLiteral("CREATE TABLE t (x)")));
    {
        Transaction transaction(db);
        QVERIFY(transaction.isActive());
        QVERIFY(db.inTransaction());
        QVERIFY(db.exec(QStringLiteral("INSERT INTO t VALUES (1), (2)")));
        QCOMPARE(db.queryValue(QStringLiteral("SELECT count(*) FROM t")).toInt(), 2);
    }
    QVERIFY(!db.inTransaction());
    QCOMPARE(db.queryValue(QStringLiteral("SELECT count(*) FROM t")).toInt(), 0);

    Transaction explicitRollback(db);
    QVERIFY(db.exec(QStringLiteral("INSERT INTO t VALUES (3)")));
    QVERIFY(explicitRollback.rollback());
    QVERIFY(!explicitRollback.isActive());
    QCOMPARE(db.queryValue(QStringLiteral("SELECT count(*) FROM t")).toInt(), 0);
}

void tst_Database::transactionCommits()
{
    {
        Database db;
        QVERIFY(db.open(path()));
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE t (x)")));
        Transaction transaction(db);
        QVERIFY(db.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
        QVERIFY(transaction.commit());
        QVERIFY(!transaction.isActive());
        QVERIFY(!transaction.commit()); // once only
        QVERIFY(transaction.error().toString().contains(QStringLiteral("not active")));
    }
    Database reopened;
    QVERIFY(reopened.open(path()));
    QCOMPARE(reopened.queryValue(QStringLiteral("SELECT count(*) FROM t")).toInt(), 1);
}

void tst_Database::transactionsDoNotNest()
{
    Database db;
    QVERIFY(db.open(path()));
    Transaction outer(db);
    QVERIFY(outer.isActive());
    Transaction inner(db);
    QVERIFY(!inner.isActive());
    QVERIFY(inner.error().toString().contains(QStringLiteral("do not nest")));
    QVERIFY(outer.commit());
}

void tst_Database::badSqlGivesClearError()
{
    Database db;
    QVERIFY(db.open(path()));
    Statement statement =
        db.prepare(QStringLiteral("SELEC count(*) FROM widgets"), QStringLiteral("count the widgets"));
    QVERIFY(!statement.isValid());
    QVERIFY(statement.hasError());
    QVERIFY(!statement.exec()); // binds and runs of a failed statement report the prepare error
    QCOMPARE(statement.error().code, db.lastError().code);
    const QString message = db.lastError().toString();
    QVERIFY2(message.contains(QStringLiteral("Could not count the widgets")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("syntax error")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("SELEC count(*) FROM widgets")), qPrintable(message));

    QVERIFY(!db.exec(QStringLiteral("DELETE FROM nowhere"), QStringLiteral("empty the outbox")));
    QVERIFY(db.lastError().toString().contains(
        QStringLiteral("Could not empty the outbox: no such table: nowhere")));

    // Errors at step time name the purpose too.
    QVERIFY(db.exec(QStringLiteral("CREATE TABLE u (k TEXT PRIMARY KEY)")));
    Statement insert =
        db.prepare(QStringLiteral("INSERT INTO u VALUES (?1)"), QStringLiteral("register vehicle"));
    insert.bind(1, QStringLiteral("A"));
    QVERIFY(insert.exec());
    QVERIFY(!insert.exec());
    QVERIFY(insert.error().toString().startsWith(
        QStringLiteral("Could not register vehicle: UNIQUE constraint failed")));
    QCOMPARE(insert.error().code, 1555); // SQLITE_CONSTRAINT_PRIMARYKEY: extended codes are on
}

void tst_Database::prepareRefusesSeveralStatements()
{
    Database db;
    QVERIFY(db.open(path()));
    Statement statement = db.prepare(QStringLiteral("SELECT 1; SELECT 2"));
    QVERIFY(!statement.isValid());
    QVERIFY(db.lastError().detail.contains(QStringLiteral("one statement")));
    QVERIFY(db.prepare(QStringLiteral("SELECT 1;  \n")).isValid());
}

void tst_Database::unknownParameterIsReportedAtStep()
{
    Database db;
    QVERIFY(db.open(path()));
    Statement statement = db.prepare(QStringLiteral("SELECT :a"));
    statement.bind(u":b", 1);
    statement.bind(7, 1); // out of range as well; the first error is kept
    QVERIFY(!statement.step());
    QVERIFY(statement.error().detail.contains(QStringLiteral(":b")));
    statement.reset();
    statement.bind(u":a", 5);
    QVERIFY(statement.step());
    QCOMPARE(statement.columnInt(0), 5);
}

void tst_Database::readersSeeCommittedSnapshotWhileWriterWrites()
{
    Database writer;
    QVERIFY(writer.open(path()));
    QVERIFY(writer.exec(QStringLiteral("CREATE TABLE t (x); INSERT INTO t VALUES (1)")));
    DatabaseOptions impatient;
    impatient.busyTimeoutMs = 0;
    Database reader;
    QVERIFY(reader.open(path(), impatient));

    Transaction transaction(writer);
    QVERIFY(writer.exec(QStringLiteral("INSERT INTO t VALUES (2)")));
    // WAL: the reader is not blocked by the open write transaction and sees the last commit.
    QCOMPARE(reader.queryValue(QStringLiteral("SELECT count(*) FROM t")).toInt(), 1);
    QVERIFY(!reader.lastError().isError());
    // A second writer is refused at once (busy timeout 0) with a busy error.
    Transaction second(reader);
    QVERIFY(!second.isActive());
    QVERIFY(second.error().isBusy());
    QVERIFY(transaction.commit());
    QCOMPARE(reader.queryValue(QStringLiteral("SELECT count(*) FROM t")).toInt(), 2);
}

void tst_Database::quoteIdentifier()
{
    QCOMPARE(Database::quoteIdentifier(u"VehicleNo"), QStringLiteral("\"VehicleNo\""));
    QCOMPARE(Database::quoteIdentifier(u"a\"b"), QStringLiteral("\"a\"\"b\""));
    Database db;
    QVERIFY(db.open(QStringLiteral(":memory:")));
    QVERIFY(
        db.exec(QStringLiteral("CREATE TABLE %1 (%2 INTEGER)")
                    .arg(Database::quoteIdentifier(u"odd\"table"), Database::quoteIdentifier(u"odd col"))));
    QCOMPARE(db.columns(QStringLiteral("odd\"table")), QStringList{QStringLiteral("odd col")});
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
