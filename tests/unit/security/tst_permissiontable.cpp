#include "security/permissiontable.h"

#include <QJsonArray>
#include <QTest>

using namespace rw;

class tst_PermissionTable : public QObject
{
    Q_OBJECT

private slots:
    void builtInKeepsDutiesApart();
    void everyPermissionHasAHolderAndAName();
    void onlyTheAuditAdministratorSeesTheAuditLog();
    void setAndQuery();
    void jsonRoundTrip();
    void securityAdministratorMayRearrangeBusinessRights();
    void refusesCrossingDuties_data();
    void refusesCrossingDuties();
    void refusesUnknownNames();
    void keysRoundTrip();
};

void tst_PermissionTable::builtInKeepsDutiesApart()
{
    QVERIFY2(PermissionTable::builtIn().dutyViolations().isEmpty(),
             qPrintable(PermissionTable::builtIn().dutyViolations().join(u'\n')));
}

void tst_PermissionTable::everyPermissionHasAHolderAndAName()
{
    for (Permission permission : AllPermissions) {
        QVERIFY(!PermissionTable::builtIn().rolesWith(permission).isEmpty());
        QVERIFY(!PermissionTable::permissionName(permission).isEmpty());
    }
}

void tst_PermissionTable::onlyTheAuditAdministratorSeesTheAuditLog()
{
    for (Permission permission :
         {Permission::ViewAuditLog, Permission::VerifyAuditLog, Permission::ExportAuditLog})
        QVERIFY(PermissionTable::builtIn().rolesWith(permission) == QList<Role>{Role::AuditAdministrator});
    // …and the audit administrator sees nothing else.
    QVERIFY(PermissionTable::builtIn().permissionsOf(Role::AuditAdministrator) ==
            (QList<Permission>{Permission::ViewAuditLog, Permission::VerifyAuditLog,
                               Permission::ExportAuditLog}));
}

void tst_PermissionTable::setAndQuery()
{
    PermissionTable table;
    QVERIFY(!table.allows(Role::CityOfficer, Permission::ExportData));
    table.set(Role::CityOfficer, Permission::ExportData, true);
    QVERIFY(table.allows(Role::CityOfficer, Permission::ExportData));
    QVERIFY(!table.allows(Role::ProvincialSupervisor, Permission::ExportData));
    table.set(Role::CityOfficer, Permission::ExportData, false);
    QVERIFY(!table.allows(Role::CityOfficer, Permission::ExportData));
    QVERIFY(table == PermissionTable());
}

void tst_PermissionTable::jsonRoundTrip()
{
    const QJsonObject json = PermissionTable::builtIn().toJson();
    QCOMPARE(json.value(QStringLiteral("version")).toInt(), 1);
    QVERIFY(json.value(QStringLiteral("roles"))
                .toObject()
                .value(QStringLiteral("enforcementOfficer"))
                .toArray()
                .contains(QStringLiteral("revealPersonalData")));
    QString error;
    const auto back = PermissionTable::fromJson(json, &error);
    QVERIFY2(back, qPrintable(error));
    QVERIFY(*back == PermissionTable::builtIn());
}

void tst_PermissionTable::securityAdministratorMayRearrangeBusinessRights()
{
    PermissionTable table = PermissionTable::builtIn();
    table.set(Role::ProvincialSupervisor, Permission::RevealPersonalData, true);
    table.set(Role::CityOfficer, Permission::ExportData, false);
    QVERIFY(table.dutyViolations().isEmpty());
    const auto back = PermissionTable::fromJson(table.toJson());
    QVERIFY(back);
    QVERIFY(back->allows(Role::ProvincialSupervisor, Permission::RevealPersonalData));
    QVERIFY(!back->allows(Role::CityOfficer, Permission::ExportData));
}

void tst_PermissionTable::refusesCrossingDuties_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<int>("permission");
    QTest::newRow("sysadmin reads the audit log")
        << int(Role::SystemAdministrator) << int(Permission::ViewAuditLog);
    QTest::newRow("sysadmin edits permissions")
        << int(Role::SystemAdministrator) << int(Permission::ManagePermissions);
    QTest::newRow("sysadmin reveals personal data")
        << int(Role::SystemAdministrator) << int(Permission::RevealPersonalData);
    QTest::newRow("secadmin creates accounts")
        << int(Role::SecurityAdministrator) << int(Permission::ManageAccounts);
    QTest::newRow("secadmin exports the audit log")
        << int(Role::SecurityAdministrator) << int(Permission::ExportAuditLog);
    QTest::newRow("auditadmin views data")
        << int(Role::AuditAdministrator) << int(Permission::ViewOperationalData);
    QTest::newRow("city officer unlocks") << int(Role::CityOfficer) << int(Permission::UnlockAccounts);
    QTest::newRow("provincial verifies audit")
        << int(Role::ProvincialSupervisor) << int(Permission::VerifyAuditLog);
}

void tst_PermissionTable::refusesCrossingDuties()
{
    QFETCH(int, role);
    QFETCH(int, permission);
    PermissionTable table = PermissionTable::builtIn();
    table.set(Role::Id(role), Permission(permission), true);
    const QStringList violations = table.dutyViolations();
    QCOMPARE(violations.size(), 1);
    QVERIFY2(violations.first().contains(Role(Role::Id(role)).key()) &&
                 violations.first().contains(PermissionTable::permissionKey(Permission(permission))),
             qPrintable(violations.first()));
    QString error;
    QVERIFY(!PermissionTable::fromJson(table.toJson(), &error));
    QVERIFY2(error.contains(QStringLiteral("GB/T 22239")), qPrintable(error));
}

void tst_PermissionTable::refusesUnknownNames()
{
    QString error;
    QJsonObject json = PermissionTable::builtIn().toJson();
    QJsonObject roles = json.value(QStringLiteral("roles")).toObject();
    roles.insert(QStringLiteral("superuser"), QJsonArray{});
    json.insert(QStringLiteral("roles"), roles);
    QVERIFY(!PermissionTable::fromJson(json, &error));
    QVERIFY2(error.contains(QStringLiteral("unknown role \"superuser\"")), qPrintable(error));

    roles.remove(QStringLiteral("superuser"));
    roles.insert(QStringLiteral("cityOfficer"), QJsonArray{QStringLiteral("launchMissiles")});
    json.insert(QStringLiteral("roles"), roles);
    QVERIFY(!PermissionTable::fromJson(json, &error));
    QVERIFY2(error.contains(QStringLiteral("unknown permission \"launchMissiles\"")), qPrintable(error));

    json.insert(QStringLiteral("version"), 2);
    QVERIFY(!PermissionTable::fromJson(json, &error));
    QVERIFY2(error.contains(QStringLiteral("version 2")), qPrintable(error));
}

void tst_PermissionTable::keysRoundTrip()
{
    QStringList keys;
    for (Permission permission : AllPermissions) {
        const QString key = PermissionTable::permissionKey(permission);
        QVERIFY(PermissionTable::permissionFromKey(key) == permission);
        keys.append(key);
    }
    keys.removeDuplicates();
    QCOMPARE(keys.size(), qsizetype(AllPermissions.size()));
}

QTEST_GUILESS_MAIN(tst_PermissionTable)
#include "tst_permissiontable.moc"
