#include "security/permissiontable.h"
#include "security/regionscope.h"
#include "security/role.h"

#include <QTest>

using namespace rw;

class tst_Role : public QObject
{
    Q_OBJECT

private slots:
    void keysRoundTrip();
    void displayNames();
    void administrators();
    void permissionMatrix_data();
    void permissionMatrix();
    void scopes_data();
    void scopes();
};

void tst_Role::keysRoundTrip()
{
    QStringList keys;
    for (Role::Id id : Role::All) {
        const Role role(id);
        QVERIFY(!role.key().isEmpty());
        QCOMPARE(Role::fromKey(role.key()).value_or(Role::CityOfficer).id(), id);
        keys.append(role.key());
    }
    keys.removeDuplicates();
    QCOMPARE(keys.size(), qsizetype(Role::All.size()));
    QCOMPARE(Role(Role::CityOfficer).key(), QStringLiteral("cityOfficer"));
    QCOMPARE(Role(Role::AuditAdministrator).key(), QStringLiteral("auditAdministrator"));
    QVERIFY(!Role::fromKey(u"admin"));
    QVERIFY(!Role::fromKey(u"CityOfficer")); // exact spelling only
}

void tst_Role::displayNames()
{
    QCOMPARE(Role(Role::CityOfficer).displayName(), QStringLiteral("City officer"));
    QCOMPARE(Role(Role::ProvincialSupervisor).displayName(), QStringLiteral("Provincial supervisor"));
    QCOMPARE(Role(Role::EnforcementOfficer).displayName(), QStringLiteral("Enforcement officer"));
    QCOMPARE(Role(Role::SystemAdministrator).displayName(), QStringLiteral("System administrator"));
    QCOMPARE(Role(Role::SecurityAdministrator).displayName(), QStringLiteral("Security administrator"));
    QCOMPARE(Role(Role::AuditAdministrator).displayName(), QStringLiteral("Audit administrator"));
}

void tst_Role::administrators()
{
    QVERIFY(!Role(Role::CityOfficer).isAdministrator());
    QVERIFY(!Role(Role::ProvincialSupervisor).isAdministrator());
    QVERIFY(!Role(Role::EnforcementOfficer).isAdministrator());
    QVERIFY(Role(Role::SystemAdministrator).isAdministrator());
    QVERIFY(Role(Role::SecurityAdministrator).isAdministrator());
    QVERIFY(Role(Role::AuditAdministrator).isAdministrator());
    // Three different duties: no administrator does another's job.
    QVERIFY(Role(Role::SystemAdministrator).duty() != Role(Role::SecurityAdministrator).duty());
    QVERIFY(Role(Role::SecurityAdministrator).duty() != Role(Role::AuditAdministrator).duty());
    QVERIFY(Role(Role::SystemAdministrator).duty() != Role(Role::AuditAdministrator).duty());
}

void tst_Role::permissionMatrix_data()
{
    QTest::addColumn<int>("permission");
    // Expected rights per role, in Role::All order: city officer, provincial supervisor,
    // enforcement officer, system, security, audit administrator.
    QTest::addColumn<QString>("expected");
    const struct
    {
        Permission permission;
        const char *expected;
    } rows[] = {
        {Permission::ViewOperationalData, "XXX..."},
        {Permission::ViewQualityReports, "XX...."},
        {Permission::PublishQualityReports, ".X...."},
        {Permission::RevealPersonalData, "X.X..."},
        {Permission::ExportData, "XX...."},
        {Permission::ManageCityPermits, "X....."},
        {Permission::ReviewOutageNotices, "XX...."},
        {Permission::ManageAccounts, "...X.."},
        {Permission::ManageSystem, "...X.."},
        {Permission::ManageSecurityPolicy, "....X."},
        {Permission::ManagePermissions, "....X."},
        {Permission::UnlockAccounts, "....X."},
        {Permission::SuspendCompanyAccess, "....X."},
        {Permission::ManageKeys, "....X."},
        {Permission::ViewAuditLog, ".....X"},
        {Permission::VerifyAuditLog, ".....X"},
        {Permission::ExportAuditLog, ".....X"},
    };
    static_assert(std::size(rows) == AllPermissions.size(), "every permission has a row");
    for (const auto &row : rows) {
        QTest::newRow(qPrintable(PermissionTable::permissionKey(row.permission)))
            << int(row.permission) << QString::fromLatin1(row.expected);
    }
}

void tst_Role::permissionMatrix()
{
    QFETCH(int, permission);
    QFETCH(QString, expected);
    for (int i = 0; i < int(Role::All.size()); ++i) {
        const Role role(Role::All[i]);
        QVERIFY2(role.can(Permission(permission)) == (expected.at(i) == u'X'),
                 qPrintable(QStringLiteral("%1 / %2").arg(
                     role.key(), PermissionTable::permissionKey(Permission(permission)))));
    }
}

void tst_Role::scopes_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("code"); // empty: no scope
    QTest::addColumn<bool>("accepted");
    QTest::newRow("city officer, Wuzhishan") << int(Role::CityOfficer) << QStringLiteral("469001") << true;
    QTest::newRow("city officer, Haikou") << int(Role::CityOfficer) << QStringLiteral("460100") << true;
    QTest::newRow("city officer, Beijing") << int(Role::CityOfficer) << QStringLiteral("110000") << true;
    QTest::newRow("city officer, Hainan") << int(Role::CityOfficer) << QStringLiteral("460000") << false;
    QTest::newRow("city officer, a district") << int(Role::CityOfficer) << QStringLiteral("460105") << false;
    QTest::newRow("city officer, none") << int(Role::CityOfficer) << QString() << false;
    QTest::newRow("enforcement, Wuzhishan")
        << int(Role::EnforcementOfficer) << QStringLiteral("469001") << true;
    QTest::newRow("enforcement, Hainan")
        << int(Role::EnforcementOfficer) << QStringLiteral("460000") << false;
    QTest::newRow("provincial, Hainan")
        << int(Role::ProvincialSupervisor) << QStringLiteral("460000") << true;
    QTest::newRow("provincial, Haikou")
        << int(Role::ProvincialSupervisor) << QStringLiteral("460100") << false;
    QTest::newRow("provincial, Wuzhishan")
        << int(Role::ProvincialSupervisor) << QStringLiteral("469001") << false;
    QTest::newRow("sysadmin, none") << int(Role::SystemAdministrator) << QString() << true;
    QTest::newRow("sysadmin, Hainan") << int(Role::SystemAdministrator) << QStringLiteral("460000") << false;
    QTest::newRow("auditadmin, none") << int(Role::AuditAdministrator) << QString() << true;
}

void tst_Role::scopes()
{
    QFETCH(int, role);
    QFETCH(QString, code);
    QFETCH(bool, accepted);
    const RegionScope scope = code.isEmpty() ? RegionScope() : RegionScope::fromCode(code);
    const QString error = Role(Role::Id(role)).checkScope(scope);
    QVERIFY2(error.isEmpty() == accepted, qPrintable(error));
    if (!accepted)
        QVERIFY2(error.contains(Role(Role::Id(role)).key()), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_Role)
#include "tst_role.moc"
