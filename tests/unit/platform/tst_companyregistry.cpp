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
    void suspensionRefusesUploadsAndSurvivesReopen();
    void suspensionNeedsAReasonAndAChange();

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

void tst_CompanyRegistry::suspensionRefusesUploadsAndSurvivesReopen()
{
    const QString company = QStringLiteral("4690AAAAAAAA");
    QByteArray token;
    {
        Database db;
        QVERIFY(db.open(m_path));
        CompanyRegistry registry(db);
        QString error;
        QVERIFY(registry.load(&error));
        token = registry.addCompany(company, QStringLiteral("甲"), &error);
        QVERIFY(!registry.authenticate(token).suspended);
        CompanyRegistry::Failure failure = CompanyRegistry::Failure::Database;
        QVERIFY2(registry.setSuspended(company, true, QStringLiteral("secadmin"),
                                       QStringLiteral("  probing the API  "), 1000, &failure, &error),
                 qPrintable(error));
        QCOMPARE(failure, CompanyRegistry::Failure::None);
        const CompanyRegistry::Lookup lookup = registry.authenticate(token);
        QCOMPARE(lookup.companyId, company);
        QVERIFY(lookup.suspended);
        QVERIFY2(lookup.suspendReason.contains(QStringLiteral("probing the API")),
                 qPrintable(lookup.suspendReason));
        QVERIFY(lookup.suspendReason.contains(QStringLiteral("Art. 13")));
    }
    Database db;
    QVERIFY(db.open(m_path));
    CompanyRegistry registry(db);
    QString error;
    QVERIFY(registry.load(&error));
    QVERIFY(registry.authenticate(token).suspended); // after a restart too
    QCOMPARE(registry.company(company)->suspendedBy, QStringLiteral("secadmin"));
    QCOMPARE(registry.company(company)->suspendedMs, 1000);
    QCOMPARE(registry.company(company)->suspendReason, QStringLiteral("probing the API"));

    QVERIFY(registry.setSuspended(company, false, QStringLiteral("secadmin2"), QStringLiteral("fixed"), 2000,
                                  nullptr, &error));
    QVERIFY(!registry.authenticate(token).suspended);
    const QList<CompanySuspension> history = registry.suspensions(company);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().reason, QStringLiteral("probing the API"));
    QCOMPARE(history.first().restoredMs, 2000);
    QCOMPARE(history.first().restoredBy, QStringLiteral("secadmin2"));
    QCOMPARE(history.first().restoreReason, QStringLiteral("fixed"));
    QVERIFY(registry.setSuspended(company, true, QStringLiteral("secadmin"), QStringLiteral("again"), 3000,
                                  nullptr, &error));
    QCOMPARE(registry.suspensions(company).size(), 2);
    QCOMPARE(registry.suspensions(company).first().reason, QStringLiteral("again")); // newest first
}

void tst_CompanyRegistry::suspensionNeedsAReasonAndAChange()
{
    Database db;
    QVERIFY(db.open(m_path));
    CompanyRegistry registry(db);
    QString error;
    QVERIFY(registry.load(&error));
    const QString company = QStringLiteral("4690AAAAAAAA");
    const QByteArray token = registry.addCompany(company, QString(), &error);
    CompanyRegistry::Failure failure = CompanyRegistry::Failure::None;
    QVERIFY(!registry.setSuspended(company, true, QStringLiteral("sec"), QStringLiteral("   "), 1, &failure,
                                   &error));
    QCOMPARE(failure, CompanyRegistry::Failure::Invalid);
    QVERIFY(error.contains(QStringLiteral("reason")));
    QVERIFY(!registry.authenticate(token).suspended);
    QVERIFY(!registry.setSuspended(QStringLiteral("4690ZZZZZZZZ"), true, QStringLiteral("sec"),
                                   QStringLiteral("x"), 1, &failure, &error));
    QCOMPARE(failure, CompanyRegistry::Failure::NotFound);
    QVERIFY(error.contains(QStringLiteral("4690ZZZZZZZZ")));
    QVERIFY(!registry.setSuspended(company, false, QStringLiteral("sec"), QStringLiteral("x"), 1, &failure,
                                   &error));
    QCOMPARE(failure, CompanyRegistry::Failure::Conflict);
    QVERIFY(registry.suspensions(company).isEmpty());
}

QTEST_GUILESS_MAIN(tst_CompanyRegistry)
#include "tst_companyregistry.moc"
