#include "intake/companyregistry.h"

#include "storage/database.h"
#include "storage/schemamigrator.h"

#include <QTemporaryDir>
#include <QTest>

using namespace rw;

class tst_CompanyRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void tokensAuthenticateTheirCompanyOnly();
    void onlyTheHashIsStored();
    void credentialsSurviveReopen();
    void replacingATokenRevokesTheOldOne();
    void badInputIsRefusedWithReasons();

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

void tst_CompanyRegistry::init()
{
    m_path = m_dir.filePath(QStringLiteral("r%1.sqlite").arg(++m_counter));
    Database db;
    QVERIFY(db.open(m_path));
    SchemaMigrator migrator = SchemaMigrator::platform();
    QVERIFY(migrator.migrate(db));
}

void tst_CompanyRegistry::tokensAuthenticateTheirCompanyOnly()
{
    Database db;
    QVERIFY(db.open(m_path));
    CompanyRegistry registry(db);
    QString error;
    QVERIFY(registry.load(&error));
    const QByteArray a = registry.addCompany(QStringLiteral("4690AAAAAAAA"), QStringLiteral("甲"), &error);
    const QByteArray b = registry.addCompany(QStringLiteral("4690BBBBBBBB"), QStringLiteral("乙"), &error);
    QCOMPARE(a.size(), 64);
    QVERIFY(a != b);
    QCOMPARE(registry.authenticate(a).companyId, QStringLiteral("4690AAAAAAAA"));
    QCOMPARE(registry.authenticate(b).companyId, QStringLiteral("4690BBBBBBBB"));
    QVERIFY(registry.authenticate("not-a-token").companyId.isEmpty());
    QVERIFY(registry.authenticate({}).companyId.isEmpty());
    QVERIFY(registry.authenticate(a.left(63)).companyId.isEmpty());
    QCOMPARE(registry.companies().size(), 2);
}

void tst_CompanyRegistry::onlyTheHashIsStored()
{
    Database db;
    QVERIFY(db.open(m_path));
    CompanyRegistry registry(db);
    QString error;
    QVERIFY(registry.load(&error));
    const QByteArray token = registry.addCompany(QStringLiteral("4690AAAAAAAA"), QString(), &error);
    const QByteArray stored =
        db.queryValue(QStringLiteral("SELECT token_sha256 FROM company_credential")).toByteArray();
    QCOMPARE(stored.size(), 32);
    QVERIFY(!stored.contains(token));
    QVERIFY(!stored.toHex().contains(token));
}

void tst_CompanyRegistry::credentialsSurviveReopen()
{
    QByteArray token;
    {
        Database db;
        QVERIFY(db.open(m_path));
        CompanyRegistry registry(db);
        QString error;
        QVERIFY(registry.load(&error));
        token = registry.addCompany(QStringLiteral("4690AAAAAAAA"), QStringLiteral("甲"), &error);
    }
    Database db;
    QVERIFY(db.open(m_path));
    CompanyRegistry registry(db);
    QString error;
    QVERIFY(registry.load(&error));
    QCOMPARE(registry.authenticate(token).companyId, QStringLiteral("4690AAAAAAAA"));
    QCOMPARE(registry.companies().first().name, QStringLiteral("甲"));
}

void tst_CompanyRegistry::replacingATokenRevokesTheOldOne()
{
    Database db;
    QVERIFY(db.open(m_path));
    CompanyRegistry registry(db);
    QString error;
    QVERIFY(registry.load(&error));
    QVERIFY(registry.setToken(QStringLiteral("4690AAAAAAAA"), QString(), "first-token-0123456789", &error));
    QVERIFY(registry.setToken(QStringLiteral("4690AAAAAAAA"), QString(), "second-token-0123456789", &error));
    QVERIFY(registry.authenticate("first-token-0123456789").companyId.isEmpty());
    QCOMPARE(registry.authenticate("second-token-0123456789").companyId, QStringLiteral("4690AAAAAAAA"));
}

void tst_CompanyRegistry::badInputIsRefusedWithReasons()
{
    Database db;
    QVERIFY(db.open(m_path));
    CompanyRegistry registry(db);
    QString error;
    QVERIFY(registry.load(&error));
    QVERIFY(registry.addCompany(QStringLiteral("46 90"), QString(), &error).isEmpty());
    QVERIFY(error.contains(QStringLiteral("46 90")));
    QVERIFY(registry.addCompany(QString(33, u'A'), QString(), &error).isEmpty());
    QVERIFY(!registry.addCompany(QStringLiteral("4690AAAAAAAA"), QString(), &error).isEmpty());
    error.clear();
    QVERIFY(registry.addCompany(QStringLiteral("4690AAAAAAAA"), QString(), &error).isEmpty());
    QVERIFY(error.contains(QStringLiteral("4690AAAAAAAA")));
    QVERIFY(!registry.setToken(QStringLiteral("4690CCCCCCCC"), QString(), "short", &error));
}

QTEST_GUILESS_MAIN(tst_CompanyRegistry)
#include "tst_companyregistry.moc"
