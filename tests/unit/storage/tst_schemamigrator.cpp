#include "storage/database.h"
#include "storage/schemamigrator.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace rw;

namespace {

Migration sqlMigration(int version, const QString &name, const QString &sql)
{
    Migration m;
    m.version = version;
    m.name = name;
    m.sql = sql;
    return m;
}

// "a b c" → {"a", "b", "c"}
QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(u' ');
}

} // namespace

class tst_SchemaMigrator : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void freshDatabaseGetsPlatformSchema();
    void reopenIsIdempotent();
    void newerDatabaseIsRefused();
    void failingMigrationKeepsOldVersion();
    void failingCodeMigrationKeepsOldVersion();
    void migrationsRunInOrderEachOnce();
    void gapsAndDuplicatesAreRefused();
    void foreignDatabaseIsRefused();
    void otherApplicationIsRefused();
    void loadSqlDirectoryRejectsMisnamedFiles();
    void platformSchemaConstraints();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("platform.db")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_SchemaMigrator::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_SchemaMigrator::freshDatabaseGetsPlatformSchema()
{
    Database db;
    QVERIFY(db.open(path()));
    SchemaMigrator migrator = SchemaMigrator::platform();
    QVERIFY(migrator.latestVersion() >= 1);
    QCOMPARE(migrator.currentVersion(db), 0);
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    QVERIFY2(migrator.migrate(db), qPrintable(migrator.error().toString()));
    QCOMPARE(migrator.currentVersion(db), migrator.latestVersion());

    for (const char *table :
         {"schema_version", "upload_batch", "quarantine", "settings", "company_credential", "notice"})
        QVERIFY2(db.tableExists(QString::fromLatin1(table)), table);
    QCOMPARE(
        db.columns(QStringLiteral("upload_batch")),
        words("id company_id ipc_type source content_type peer received_ms record_count accepted rejected"));
    const QStringList quarantine = db.columns(QStringLiteral("quarantine"));
    for (const char *column : {"id", "batch_id", "company_id", "ipc_type", "record_index", "received_ms",
                               "content_type", "raw", "reasons", "envelope_error"})
        QVERIFY2(quarantine.contains(QString::fromLatin1(column)), column);
    QCOMPARE(db.columns(QStringLiteral("notice")),
             words("id company_id kind received_ms starts_at ends_at streams reason contact body"));

    Statement version = db.prepare(QStringLiteral("SELECT version, name, applied_at FROM schema_version"));
    QVERIFY(version.step());
    QCOMPARE(version.columnInt(0), 1);
    QCOMPARE(version.columnText(1), QStringLiteral("initial"));
    const QDateTime applied = QDateTime::fromString(version.columnText(2), Qt::ISODateWithMs);
    QVERIFY(applied.isValid());
    QCOMPARE(applied.timeSpec(), Qt::UTC);
    QVERIFY(applied.toMSecsSinceEpoch() >= before - 1000);
    QCOMPARE(db.queryValue(QStringLiteral("PRAGMA application_id")).toLongLong(),
             qint64(SchemaMigrator::PlatformApplicationId));
}

void tst_SchemaMigrator::reopenIsIdempotent()
{
    QString appliedAt;
    {
        Database db;
        QVERIFY(db.open(path()));
        SchemaMigrator migrator = SchemaMigrator::platform();
        QVERIFY(migrator.migrate(db));
        appliedAt = db.queryValue(QStringLiteral("SELECT applied_at FROM schema_version WHERE version = 1"))
                        .toString();
        QVERIFY(db.exec(QStringLiteral("INSERT INTO settings VALUES ('probe', 'kept')")));
    }
    for (int i = 0; i < 2; ++i) {
        Database db;
        QVERIFY(db.open(path()));
        SchemaMigrator migrator = SchemaMigrator::platform();
        QVERIFY2(migrator.migrate(db), qPrintable(migrator.error().toString()));
        QCOMPARE(db.queryValue(QStringLiteral("SELECT count(*) FROM schema_version")).toInt(),
                 migrator.latestVersion());
        QCOMPARE(db.queryValue(QStringLiteral("SELECT applied_at FROM schema_version WHERE version = 1"))
                     .toString(),
                 appliedAt);
        QCOMPARE(db.queryValue(QStringLiteral("SELECT value FROM settings WHERE key = 'probe'")).toString(),
                 QStringLiteral("kept"));
    }
}

void tst_SchemaMigrator::newerDatabaseIsRefused()
{
    {
        Database db;
        QVERIFY(db.open(path()));
        SchemaMigrator migrator = SchemaMigrator::platform();
        QVERIFY(migrator.migrate(db));
        // A later RideWatch added a step this build does not know.
        QVERIFY(
            db.exec(QStringLiteral(
                        "INSERT INTO schema_version VALUES (%1, 'from_the_future', '2031-01-01T00:00:00Z')")
                        .arg(migrator.latestVersion() + 1)));
    }
    Database db;
    QVERIFY(db.open(path()));
    SchemaMigrator migrator = SchemaMigrator::platform();
    QVERIFY(!migrator.migrate(db));
    const QString message = migrator.error().toString();
    QVERIFY2(message.contains(QStringLiteral("schema version %1").arg(migrator.latestVersion() + 1)),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("from_the_future")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("knows only up to version %1").arg(migrator.latestVersion())),
             qPrintable(message));
    QVERIFY(message.contains(path()));
    QCOMPARE(migrator.currentVersion(db), migrator.latestVersion() + 1); // untouched
}

void tst_SchemaMigrator::failingMigrationKeepsOldVersion()
{
    Database db;
    QVERIFY(db.open(path()));
    const Migration first =
        sqlMigration(1, QStringLiteral("vehicles"), QStringLiteral("CREATE TABLE vehicle (plate TEXT)"));
    // The second step creates a table, fills it, then fails: all of it must be undone.
    const Migration broken = sqlMigration(2, QStringLiteral("drivers"),
                                          QStringLiteral("CREATE TABLE driver (licence TEXT);"
                                                         "INSERT INTO driver VALUES ('x');"
                                                         "ALTER TABLE vehicle ADD COLUMN plate TEXT;"));
    SchemaMigrator migrator({first, broken});
    QVERIFY(!migrator.migrate(db));
    const QString message = migrator.error().toString();
    QVERIFY2(message.contains(QStringLiteral("migration 2 \"drivers\"")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("duplicate column name: plate")), qPrintable(message));
    QCOMPARE(migrator.currentVersion(db), 1);
    QVERIFY(db.tableExists(QStringLiteral("vehicle")));
    QVERIFY(!db.tableExists(QStringLiteral("driver")));
    QVERIFY(!db.inTransaction());

    // The fixed step applies on the next start.
    const Migration fixed =
        sqlMigration(2, QStringLiteral("drivers"), QStringLiteral("CREATE TABLE driver (licence TEXT)"));
    SchemaMigrator fixedMigrator({first, fixed});
    QVERIFY2(fixedMigrator.migrate(db), qPrintable(fixedMigrator.error().toString()));
    QCOMPARE(fixedMigrator.currentVersion(db), 2);
    QVERIFY(db.tableExists(QStringLiteral("driver")));
}

void tst_SchemaMigrator::failingCodeMigrationKeepsOldVersion()
{
    Database db;
    QVERIFY(db.open(path()));
    Migration code;
    code.version = 1;
    code.name = QStringLiteral("seed");
    code.sql = QStringLiteral("CREATE TABLE t (x)");
    code.apply = [](Database &d) { return d.exec(QStringLiteral("INSERT INTO t VALUES (1)")) && false; };
    SchemaMigrator migrator({code});
    QVERIFY(!migrator.migrate(db));
    QVERIFY(migrator.error().toString().contains(QStringLiteral("migration 1 \"seed\"")));
    QCOMPARE(migrator.currentVersion(db), 0);
    QVERIFY(!db.tableExists(QStringLiteral("t")));
}

void tst_SchemaMigrator::migrationsRunInOrderEachOnce()
{
    Database db;
    QVERIFY(db.open(path()));
    QStringList log;
    const auto step = [&log](int version) {
        Migration m;
        m.version = version;
        m.name = QStringLiteral("step%1").arg(version);
        m.apply = [&log, version](Database &d) {
            log.append(QString::number(version));
            return d.exec(QStringLiteral("CREATE TABLE t%1 (x)").arg(version));
        };
        return m;
    };
    // Given out of order; applied in order.
    QVERIFY(SchemaMigrator({step(3), step(1), step(2)}).migrate(db));
    QCOMPARE(log, words("1 2 3"));
    SchemaMigrator again({step(1), step(2), step(3), step(4)});
    QVERIFY(again.migrate(db));
    QCOMPARE(log, words("1 2 3 4"));
    QCOMPARE(again.currentVersion(db), 4);
}

void tst_SchemaMigrator::gapsAndDuplicatesAreRefused()
{
    Database db;
    QVERIFY(db.open(path()));
    const Migration one = sqlMigration(1, QStringLiteral("a"), QStringLiteral("CREATE TABLE a (x)"));
    const Migration three = sqlMigration(3, QStringLiteral("c"), QStringLiteral("CREATE TABLE c (x)"));
    const Migration otherOne = sqlMigration(1, QStringLiteral("b"), QStringLiteral("CREATE TABLE b (x)"));

    SchemaMigrator gap({one, three});
    QVERIFY(!gap.migrate(db));
    QVERIFY2(gap.error().toString().contains(QStringLiteral("number 3 where 2 was expected")),
             qPrintable(gap.error().toString()));
    SchemaMigrator duplicate({one, otherOne});
    QVERIFY(!duplicate.migrate(db));
    QVERIFY(duplicate.error().toString().contains(QStringLiteral("without gaps or duplicates")));
    QVERIFY(!db.tableExists(QStringLiteral("a"))); // nothing ran
}

void tst_SchemaMigrator::foreignDatabaseIsRefused()
{
    Database db;
    QVERIFY(db.open(path()));
    QVERIFY(db.exec(QStringLiteral("CREATE TABLE somebody_elses (x)")));
    SchemaMigrator migrator = SchemaMigrator::platform();
    QVERIFY(!migrator.migrate(db));
    QVERIFY2(migrator.error().toString().contains(QStringLiteral("no RideWatch application_id")),
             qPrintable(migrator.error().toString()));
    QVERIFY(!db.tableExists(QStringLiteral("upload_batch")));
}

void tst_SchemaMigrator::otherApplicationIsRefused()
{
    Database db;
    QVERIFY(db.open(path()));
    QVERIFY(db.exec(QStringLiteral("PRAGMA application_id = 1234")));
    SchemaMigrator migrator = SchemaMigrator::platform();
    QVERIFY(!migrator.migrate(db));
    QVERIFY2(migrator.error().toString().contains(QStringLiteral("application_id is 0x000004d2")),
             qPrintable(migrator.error().toString()));
}

void tst_SchemaMigrator::loadSqlDirectoryRejectsMisnamedFiles()
{
    const QString dir = m_dir->filePath(QStringLiteral("sql"));
    QVERIFY(QDir().mkpath(dir));
    const auto write = [&](const QString &name, const QByteArray &sql) {
        QFile file(dir + u'/' + name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(sql);
    };
    write(QStringLiteral("0002_second.sql"), "CREATE TABLE b (x);");
    write(QStringLiteral("0001_first.sql"), "CREATE TABLE a (x);");
    QString error;
    QList<Migration> migrations = SchemaMigrator::loadSqlDirectory(dir, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(migrations.size(), 2);
    QCOMPARE(migrations.at(0).version, 1);
    QCOMPARE(migrations.at(0).name, QStringLiteral("first"));
    QCOMPARE(migrations.at(1).sql, QStringLiteral("CREATE TABLE b (x);"));

    write(QStringLiteral("third.sql"), "CREATE TABLE c (x);");
    SchemaMigrator::loadSqlDirectory(dir, &error);
    QVERIFY(error.contains(QStringLiteral("third.sql")));
    QVERIFY(error.contains(QStringLiteral("NNNN_name.sql")));
}

void tst_SchemaMigrator::platformSchemaConstraints()
{
    Database db;
    QVERIFY(db.open(path()));
    SchemaMigrator migrator = SchemaMigrator::platform();
    QVERIFY(migrator.migrate(db));
    // Notices: only the four kinds.
    QVERIFY(db.exec(QStringLiteral(
        "INSERT INTO notice (company_id, kind, received_ms) VALUES ('C1', 'planned_stop', 1)")));
    QVERIFY(!db.exec(
        QStringLiteral("INSERT INTO notice (company_id, kind, received_ms) VALUES ('C1', 'holiday', 1)")));
    QVERIFY(db.lastError().detail.contains(QStringLiteral("CHECK constraint failed")));
    // Quarantine reasons must be a JSON array.
    QVERIFY(!db.exec(QStringLiteral("INSERT INTO quarantine (company_id, received_ms, raw, reasons)"
                                    " VALUES ('C1', 1, x'00', '{\"not\":\"an array\"}')")));
    // A credential is a SHA-256, 32 bytes, and one token maps to one company.
    QVERIFY(!db.exec(QStringLiteral("INSERT INTO company_credential (company_id, token_sha256, created_ms)"
                                    " VALUES ('C1', x'0011', 1)")));
    QVERIFY(db.exec(QStringLiteral("INSERT INTO company_credential (company_id, token_sha256, created_ms)"
                                   " VALUES ('C1', zeroblob(32), 1)")));
    QVERIFY(!db.exec(QStringLiteral("INSERT INTO company_credential (company_id, token_sha256, created_ms)"
                                    " VALUES ('C2', zeroblob(32), 1)")));
}

QTEST_GUILESS_MAIN(tst_SchemaMigrator)
#include "tst_schemamigrator.moc"
