#include "security/passwordpolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace rw;

class tst_PasswordPolicy : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreThoseOfDesign8();
    void defaultsAreValid();
    void jsonRoundTrip();
    void missingKeysKeepDefaults();
    void refusesNewerOrMissingVersion();
    void refusesWrongTypes_data();
    void refusesWrongTypes();
    void refusesOutOfRange_data();
    void refusesOutOfRange();
    void administratorsAlwaysNeedTotp();
    void extraTotpRolesAreKept();
    void listsEveryProblemAtOnce();
    void rangesAreWhatValidateEnforces();
};

void tst_PasswordPolicy::defaultsAreThoseOfDesign8()
{
    const PasswordPolicy policy;
    QCOMPARE(policy.minLength, 12);
    QCOMPARE(policy.minClasses, 3);
    QCOMPARE(policy.maxAgeDays, 90);
    QCOMPARE(policy.warnDays, 14);
    QCOMPARE(policy.minAgeDays, 1);
    QCOMPARE(policy.historyCount, 5);
    QCOMPARE(policy.lockoutThreshold, 5);
    QCOMPARE(policy.lockoutMinutes, 15);
    QCOMPARE(policy.idleLockMinutes, 15);
    QCOMPARE(policy.sessionLimitHours, 12);
    QVERIFY(policy.maxLength >= 64);
    QVERIFY(policy.requiresTotp(Role::SystemAdministrator));
    QVERIFY(policy.requiresTotp(Role::SecurityAdministrator));
    QVERIFY(policy.requiresTotp(Role::AuditAdministrator));
    QVERIFY(!policy.requiresTotp(Role::CityOfficer));
    QVERIFY(!policy.requiresTotp(Role::ProvincialSupervisor));
    QVERIFY(!policy.requiresTotp(Role::EnforcementOfficer));
}

void tst_PasswordPolicy::defaultsAreValid()
{
    QVERIFY2(PasswordPolicy().validate().isEmpty(), qPrintable(PasswordPolicy().validate().join(u'\n')));
}

void tst_PasswordPolicy::jsonRoundTrip()
{
    PasswordPolicy policy;
    policy.minLength = 14;
    policy.maxAgeDays = 60;
    policy.warnDays = 7;
    policy.historyCount = 10;
    policy.lockoutMinutes = 30;
    policy.idleLockMinutes = 10;
    policy.totpRequiredRoles.append(Role::EnforcementOfficer);
    const QJsonObject json = policy.toJson();
    QCOMPARE(json.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("maxAgeDays")).toInt(), 60);
    QVERIFY(json.value(QStringLiteral("totpRequiredRoles"))
                .toArray()
                .contains(QStringLiteral("enforcementOfficer")));

    // Through text, as it is stored.
    const QByteArray text = QJsonDocument(json).toJson();
    QString error;
    const auto back = PasswordPolicy::fromJson(QJsonDocument::fromJson(text).object(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, policy);
}

void tst_PasswordPolicy::missingKeysKeepDefaults()
{
    const auto policy = PasswordPolicy::fromJson(
        QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("minLength"), 16}});
    QVERIFY(policy);
    QCOMPARE(policy->minLength, 16);
    QCOMPARE(policy->maxAgeDays, 90);
    QCOMPARE(policy->totpRequiredRoles, PasswordPolicy().totpRequiredRoles);
}

void tst_PasswordPolicy::refusesNewerOrMissingVersion()
{
    QString error;
    QVERIFY(!PasswordPolicy::fromJson(QJsonObject{{QStringLiteral("version"), 2}}, &error));
    QVERIFY2(error.contains(QStringLiteral("version 2 is not supported")), qPrintable(error));
    QVERIFY(!PasswordPolicy::fromJson(QJsonObject{}, &error));
    QVERIFY2(error.contains(QStringLiteral("version")), qPrintable(error));
    QVERIFY(!PasswordPolicy::fromJson(QJsonObject{{QStringLiteral("version"), QStringLiteral("1")}}, &error));
}

void tst_PasswordPolicy::refusesWrongTypes_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("string") << QStringLiteral("minLength") << QJsonValue(QStringLiteral("12"))
                            << QStringLiteral("minLength must be a whole number, not 12");
    QTest::newRow("fraction") << QStringLiteral("maxAgeDays") << QJsonValue(89.5)
                              << QStringLiteral("maxAgeDays must be a whole number, not 89.5");
    QTest::newRow("bool") << QStringLiteral("historyCount") << QJsonValue(true)
                          << QStringLiteral("historyCount must be a whole number");
    QTest::newRow("roles not a list")
        << QStringLiteral("totpRequiredRoles") << QJsonValue(QStringLiteral("all"))
        << QStringLiteral("totpRequiredRoles must be a list");
    QTest::newRow("unknown role") << QStringLiteral("totpRequiredRoles")
                                  << QJsonValue(QJsonArray{QStringLiteral("systemAdministrator"),
                                                           QStringLiteral("root")})
                                  << QStringLiteral("unknown role \"root\"");
}

void tst_PasswordPolicy::refusesWrongTypes()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    QJsonObject json = PasswordPolicy().toJson();
    json.insert(key, value);
    QString error;
    QVERIFY(!PasswordPolicy::fromJson(json, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void tst_PasswordPolicy::refusesOutOfRange_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("length below 8") << QStringLiteral("minLength") << 7
                                    << QStringLiteral("minLength is 7, outside the allowed range 8 to 64");
    QTest::newRow("max age 91") << QStringLiteral("maxAgeDays") << 91
                                << QStringLiteral("maxAgeDays is 91, outside the allowed range 1 to 90");
    QTest::newRow("idle 31") << QStringLiteral("idleLockMinutes") << 31
                             << QStringLiteral("idleLockMinutes is 31");
    QTest::newRow("session 25 h") << QStringLiteral("sessionLimitHours") << 25
                                  << QStringLiteral("sessionLimitHours is 25");
    QTest::newRow("classes 5") << QStringLiteral("minClasses") << 5 << QStringLiteral("minClasses is 5");
    QTest::newRow("lockout 0") << QStringLiteral("lockoutThreshold") << 0
                               << QStringLiteral("lockoutThreshold is 0");
    QTest::newRow("warn ≥ max age") << QStringLiteral("warnDays") << 90
                                    << QStringLiteral("warnDays 90 must be less than maxAgeDays 90");
}

void tst_PasswordPolicy::refusesOutOfRange()
{
    QFETCH(QString, key);
    QFETCH(int, value);
    QFETCH(QString, expected);
    QJsonObject json = PasswordPolicy().toJson();
    json.insert(key, value);
    QString error;
    QVERIFY(!PasswordPolicy::fromJson(json, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void tst_PasswordPolicy::administratorsAlwaysNeedTotp()
{
    PasswordPolicy policy;
    policy.totpRequiredRoles = {Role::SystemAdministrator, Role::AuditAdministrator};
    const QStringList problems = policy.validate();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QStringLiteral("must include securityAdministrator")),
             qPrintable(problems.first()));
    QJsonObject json = policy.toJson();
    QString error;
    QVERIFY(!PasswordPolicy::fromJson(json, &error));
    QVERIFY(error.contains(QStringLiteral("securityAdministrator")));
}

void tst_PasswordPolicy::extraTotpRolesAreKept()
{
    QJsonObject json = PasswordPolicy().toJson();
    json.insert(QStringLiteral("totpRequiredRoles"),
                QJsonArray{QStringLiteral("systemAdministrator"), QStringLiteral("securityAdministrator"),
                           QStringLiteral("auditAdministrator"), QStringLiteral("cityOfficer"),
                           QStringLiteral("cityOfficer")});
    const auto policy = PasswordPolicy::fromJson(json);
    QVERIFY(policy);
    QVERIFY(policy->requiresTotp(Role::CityOfficer));
    QCOMPARE(policy->totpRequiredRoles.size(), 4); // the duplicate collapses
}

void tst_PasswordPolicy::listsEveryProblemAtOnce()
{
    // The security administrator's dialog shows every bad setting, not only the first.
    QJsonObject json = PasswordPolicy().toJson();
    json.insert(QStringLiteral("minLength"), 7);
    json.insert(QStringLiteral("historyCount"), QStringLiteral("five"));
    json.insert(QStringLiteral("lockoutMinutes"), QJsonValue::Null);
    json.insert(QStringLiteral("sessionLimitHours"), 48);
    json.insert(QStringLiteral("totpRequiredRoles"),
                QJsonArray{QStringLiteral("systemAdministrator"), QStringLiteral("securityAdministrator"),
                           QStringLiteral("auditAdministrator"), QStringLiteral("mayor")});
    QString error;
    QVERIFY(!PasswordPolicy::fromJson(json, &error));
    const QStringList problems = error.split(QStringLiteral("; "));
    QCOMPARE(problems.size(), 5);
    QVERIFY2(error.contains(QStringLiteral("minLength is 7, outside the allowed range 8 to 64")),
             qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("historyCount must be a whole number, not five")),
             qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("lockoutMinutes must be a whole number, not null")),
             qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("sessionLimitHours is 48")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("unknown role \"mayor\"")), qPrintable(error));
}

void tst_PasswordPolicy::rangesAreWhatValidateEnforces()
{
    const QList<PasswordPolicy::Range> ranges = PasswordPolicy::ranges();
    QCOMPARE(ranges.size(), 11);
    QCOMPARE(PasswordPolicy::keys().size(), ranges.size() + 2); // version and totpRequiredRoles
    const QJsonObject defaults = PasswordPolicy().toJson();
    for (const QString &key : PasswordPolicy::keys())
        QVERIFY2(defaults.contains(key), qPrintable(key));
    for (const PasswordPolicy::Range &range : ranges) {
        QVERIFY2(range.minimum <= defaults.value(range.key).toInt() &&
                     defaults.value(range.key).toInt() <= range.maximum,
                 qPrintable(range.key));
        // Just outside each end is refused, naming the key; the ends themselves pass the range check.
        for (const int value : {range.minimum - 1, range.maximum + 1}) {
            QJsonObject json = defaults;
            json.insert(range.key, value);
            QString error;
            QVERIFY(!PasswordPolicy::fromJson(json, &error));
            QVERIFY2(error.contains(QStringLiteral("%1 is %2, outside").arg(range.key).arg(value)),
                     qPrintable(error));
        }
        for (const int value : {range.minimum, range.maximum}) {
            QJsonObject json = defaults;
            json.insert(range.key, value);
            QString error;
            PasswordPolicy::fromJson(json, &error);
            QVERIFY2(!error.contains(QStringLiteral("%1 is %2, outside").arg(range.key).arg(value)),
                     qPrintable(error));
        }
    }
}

QTEST_GUILESS_MAIN(tst_PasswordPolicy)
#include "tst_passwordpolicy.moc"
