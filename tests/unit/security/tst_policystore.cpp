#include "domain/manualclock.h"
#include "security/auditstore.h"
#include "security/policystore.h"
#include "storage/database.h"
#include "storage/schemamigrator.h"
#include "storage/statement.h"
#include "storage/transaction.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace rw;

namespace {

const QDateTime Start = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

} // namespace

class tst_PolicyStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void nothingStoredIsNotAnError();
    void saveAndLoad();
    void survivesReopening();
    void unreadablePolicyIsAnErrorNamingTheKey();
    void refusesAnInvalidPolicy();
    void joinsTheCallersTransaction();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("platform.db")); }
    void setRaw(const QString &value);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PolicyStore> m_store;
};

void tst_PolicyStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->open(path()), qPrintable(m_db->lastError().toString()));
    SchemaMigrator migrator = SchemaMigrator::platform();
    QVERIFY2(migrator.migrate(*m_db), qPrintable(migrator.error().toString()));
    m_store = std::make_unique<PolicyStore>(*m_db);
}

void tst_PolicyStore::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

void tst_PolicyStore::setRaw(const QString &value)
{
    Statement statement =
        m_db->prepare(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?1, ?2)"));
    statement.bind(1, PolicyStore::PolicyKey);
    statement.bind(2, value);
    QVERIFY(statement.exec());
}

void tst_PolicyStore::nothingStoredIsNotAnError()
{
    QVERIFY(!m_store->load());
    QVERIFY(!m_store->error().isError());
}

void tst_PolicyStore::saveAndLoad()
{
    PasswordPolicy policy;
    policy.minLength = 14;
    policy.lockoutThreshold = 3;
    policy.totpRequiredRoles.append(Role::CityOfficer);
    QVERIFY2(m_store->save(policy, QStringLiteral("sec.wang"), Start),
             qPrintable(m_store->error().toString()));
    const auto stored = m_store->load();
    QVERIFY2(stored, qPrintable(m_store->error().toString()));
    QCOMPARE(stored->policy, policy);
    QCOMPARE(stored->updatedAt, Start);
    QCOMPARE(stored->updatedBy, QStringLiteral("sec.wang"));
    // The value is exactly PasswordPolicy::toJson(), as other tools may read it.
    const QString raw =
        m_db->queryValue(QStringLiteral("SELECT value FROM settings WHERE key = 'password_policy'"))
            .toString();
    QCOMPARE(QJsonDocument::fromJson(raw.toUtf8()).object(), policy.toJson());

    policy.minLength = 16;
    QVERIFY(m_store->save(policy, QStringLiteral("sec.li"), Start.addDays(1)));
    QCOMPARE(m_store->load()->policy.minLength, 16);
    QCOMPARE(m_store->load()->updatedBy, QStringLiteral("sec.li"));
    QCOMPARE(
        m_db->queryValue(QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'password_policy%'"))
            .toInt(),
        3);
}

void tst_PolicyStore::survivesReopening()
{
    PasswordPolicy policy;
    policy.maxAgeDays = 60;
    QVERIFY(m_store->save(policy, QStringLiteral("sec.wang"), Start));
    m_store.reset();
    m_db.reset();
    Database reopened;
    QVERIFY(reopened.open(path()));
    PolicyStore store(reopened);
    const auto stored = store.load();
    QVERIFY(stored);
    QCOMPARE(stored->policy.maxAgeDays, 60);
}

void tst_PolicyStore::unreadablePolicyIsAnErrorNamingTheKey()
{
    setRaw(QStringLiteral("{not json"));
    QVERIFY(!m_store->load());
    QVERIFY(m_store->error().isError());
    QVERIFY2(m_store->error().toString().contains(QStringLiteral("password_policy")),
             qPrintable(m_store->error().toString()));

    QJsonObject json = PasswordPolicy().toJson();
    json.insert(QStringLiteral("maxAgeDays"), 365); // edited in the file, beyond what MLPS allows
    setRaw(QString::fromUtf8(QJsonDocument(json).toJson()));
    QVERIFY(!m_store->load());
    QVERIFY2(m_store->error().toString().contains(QStringLiteral("maxAgeDays is 365")),
             qPrintable(m_store->error().toString()));
}

void tst_PolicyStore::refusesAnInvalidPolicy()
{
    PasswordPolicy policy;
    policy.minLength = 4;
    QVERIFY(!m_store->save(policy, QStringLiteral("sec.wang"), Start));
    QVERIFY2(m_store->error().toString().contains(QStringLiteral("minLength is 4")),
             qPrintable(m_store->error().toString()));
    QVERIFY(!m_store->load());
    QVERIFY(!m_store->error().isError());
}

void tst_PolicyStore::joinsTheCallersTransaction()
{
    PasswordPolicy policy;
    policy.minLength = 20;
    {
        Transaction transaction(*m_db);
        QVERIFY(transaction.isActive());
        QVERIFY(m_store->save(policy, QStringLiteral("sec.wang"), Start));
        // e.g. the audit record could not be written: the policy must not stay stored
        QVERIFY(transaction.rollback());
    }
    QVERIFY(!m_store->load());
    QVERIFY(!m_store->error().isError());
}

QTEST_GUILESS_MAIN(tst_PolicyStore)
#include "tst_policystore.moc"
