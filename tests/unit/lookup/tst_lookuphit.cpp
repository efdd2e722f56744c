// LookupHit::fromJson over the JSON of the lookup contracts: every kind of permit with its fields, the new
// findings and badRecord, their absence in today's platform's answers, and malformed values named by path.

#include "lookup/lookuphit.h"

#include "lookuptestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace rw;

namespace {

QJsonObject hitOf(const QString &fixtureName, int index)
{
    return lookuptest::fixture(fixtureName).value(QStringLiteral("hits")).toArray().at(index).toObject();
}

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class tst_LookupHit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vehicleWithFindingsAndBadRecord();
    void driverAndCompany();
    void todaysPlatformSendsNeitherFindingsNorBadRecord();
    void malformedValuesAreNamed_data();
    void malformedValuesAreNamed();
    void validityFromTheDates();
    void findingValuesOfEveryKind();
};

void tst_LookupHit::vehicleWithFindingsAndBadRecord()
{
    QString error;
    const std::optional<LookupHit> hit = LookupHit::fromJson(hitOf(QStringLiteral("search_extended.json"), 0),
                                                             QStringLiteral("hits[0]"), &error);
    QVERIFY2(hit, qPrintable(error));
    QCOMPARE(hit->kind, PermitKind::Vehicle);
    QCOMPARE(hit->matchedOn, QStringLiteral("plate"));
    QVERIFY(hit->valid);
    QCOMPARE(hit->vehicle.plate, QStringLiteral("琼DD12345"));
    QCOMPARE(hit->vehicle.certificate, QStringLiteral("469001000101"));
    QCOMPARE(hit->vehicle.companyId, QStringLiteral("4690YPZCX001"));
    QCOMPARE(hit->vehicle.firstRegistration, QDate(2022, 5, 1));
    QCOMPARE(hit->vehicle.validTo, QDate(2030, 5, 1));
    QCOMPARE(hit->vehicle.seats, 5);
    QCOMPARE(hit->vehicle.wheelbaseMm, 2550);
    QCOMPARE(hit->vehicle.brand, QStringLiteral("比亚迪"));
    QCOMPARE(hit->vehicle.id, 12);
    QCOMPARE(hit->lastDay(), QDate(2030, 4, 30)); // Art. 41: 8 years from the first registration
    QCOMPARE(hit->title(), QStringLiteral("琼DD12345"));
    QCOMPARE(hit->identity(), QStringLiteral("vehicle:12"));

    QVERIFY(hit->findingsReported);
    QCOMPARE(hit->findings.size(), 2);
    const RuleFinding &wheelbase = hit->findings.at(0);
    QCOMPARE(wheelbase.ruleId, QStringLiteral("vehicle.wheelbase"));
    QCOMPARE(wheelbase.article, QStringLiteral("第十三条(三)"));
    QCOMPARE(wheelbase.measured, QVariant(2550.0));
    QCOMPARE(wheelbase.limit, QVariant(2600.0));
    QCOMPARE(wheelbase.unit, QStringLiteral("mm"));
    QVERIFY(wheelbase.message.contains(QStringLiteral("2550")));
    QCOMPARE(hit->findings.at(1).article, QStringLiteral("第十三条(四)"));
    QCOMPARE(hit->badRecord, std::optional<bool>(true));
    QCOMPARE(hit->problemCount(), 3);
}

void tst_LookupHit::driverAndCompany()
{
    QString error;
    const auto driver = LookupHit::fromJson(hitOf(QStringLiteral("search_extended.json"), 1),
                                            QStringLiteral("hits[1]"), &error);
    QVERIFY2(driver, qPrintable(error));
    QCOMPARE(driver->kind, PermitKind::Driver);
    QVERIFY(!driver->valid);
    QCOMPARE(driver->driver.name, QStringLiteral("张*")); // masked as the platform sent it
    QCOMPARE(driver->driver.idNumber, QStringLiteral("469001***********4"));
    QCOMPARE(driver->driver.licenceNumber, QStringLiteral("469001***********4"));
    QCOMPARE(driver->driver.phone, QStringLiteral("199****4567"));
    QCOMPARE(driver->driver.licenceFirstIssue, QDate(2015, 4, 2));
    QCOMPARE(driver->driver.validTo, QDate(2026, 1, 1));
    QCOMPARE(driver->companyText(), QStringLiteral("五指山快行出行有限公司"));
    QVERIFY(driver->findingsReported);
    QVERIFY(driver->findings.isEmpty());
    QCOMPARE(driver->badRecord, std::optional<bool>(false));
    QCOMPARE(driver->problemCount(), 1); // not valid

    const auto company = LookupHit::fromJson(hitOf(QStringLiteral("search_extended.json"), 2),
                                             QStringLiteral("hits[2]"), &error);
    QVERIFY2(company, qPrintable(error));
    QCOMPARE(company->kind, PermitKind::Company);
    QCOMPARE(company->company.name, QStringLiteral("五指山快行出行有限公司"));
    QCOMPARE(company->company.operationArea, QStringLiteral("五指山市"));
    QCOMPARE(company->company.certifyDate, QDate(2021, 1, 5));
    QCOMPARE(company->certificate(), QStringLiteral("琼交运管许可五字469001001号"));
    QCOMPARE(company->lastDay(), QDate(2027, 1, 4));
}

void tst_LookupHit::todaysPlatformSendsNeitherFindingsNorBadRecord()
{
    QString error;
    const auto hit =
        LookupHit::fromJson(hitOf(QStringLiteral("search_today.json"), 0), QStringLiteral("hits[0]"), &error);
    QVERIFY2(hit, qPrintable(error));
    QVERIFY(!hit->findingsReported); // not reported is not "none broken"
    QVERIFY(hit->findings.isEmpty());
    QVERIFY(!hit->badRecord.has_value());
    QCOMPARE(hit->vehicle.wheelbaseMm, 0); // null: not given
    QCOMPARE(hit->problemCount(), 0);

    // Only the required keys: still a hit.
    const auto bare =
        LookupHit::fromJson(parse(R"({"kind": "driver", "valid": true, "permit": {"certificate": "X1"}})"),
                            QStringLiteral("hits[0]"), &error);
    QVERIFY2(bare, qPrintable(error));
    QCOMPARE(bare->title(), QStringLiteral("X1")); // no name: the certificate identifies the driver
    QVERIFY(!bare->driver.validTo.isValid());
    QCOMPARE(bare->identity(), QStringLiteral("driver:certificate:X1"));
}

void tst_LookupHit::malformedValuesAreNamed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("inError");

    const auto vehicle = [](const char *permitExtra, const char *hitExtra = "") {
        return QByteArray(R"({"kind": "vehicle", "valid": true)") + hitExtra +
               R"(, "permit": {"certificate": "469001000001", "plate": "琼DD10001")" + permitExtra + "}}";
    };
    QTest::newRow("valid as a string")
        << QByteArray(R"({"kind": "vehicle", "valid": "yes", "permit": {}})")
        << QStringList{QStringLiteral("hits[4].valid"), QStringLiteral("\"yes\""),
                       QStringLiteral("true or false")};
    QTest::newRow("valid missing") << QByteArray(R"({"kind": "vehicle", "permit": {}})")
                                   << QStringList{QStringLiteral("hits[4].valid"), QStringLiteral("missing")};
    QTest::newRow("unknown kind") << QByteArray(R"({"kind": "boat", "valid": true, "permit": {}})")
                                  << QStringList{QStringLiteral("hits[4].kind"), QStringLiteral("\"boat\"")};
    QTest::newRow("permit missing") << QByteArray(R"({"kind": "vehicle", "valid": true})")
                                    << QStringList{QStringLiteral("hits[4].permit"),
                                                   QStringLiteral("missing")};
    QTest::newRow("permit a string") << QByteArray(
                                            R"({"kind": "vehicle", "valid": true, "permit": "琼DD10001"})")
                                     << QStringList{QStringLiteral("hits[4].permit"),
                                                    QStringLiteral("not an object")};
    QTest::newRow("certificate missing")
        << QByteArray(R"({"kind": "vehicle", "valid": true, "permit": {"plate": "琼DD10001"}})")
        << QStringList{QStringLiteral("hits[4].permit.certificate"), QStringLiteral("missing")};
    QTest::newRow("date out of range")
        << vehicle(R"(, "validTo": "2026-13-01")")
        << QStringList{QStringLiteral("hits[4].permit.validTo"), QStringLiteral("\"2026-13-01\""),
                       QStringLiteral("ISO date")};
    QTest::newRow("date as a spec number")
        << vehicle(R"(, "firstRegistration": 20220501)")
        << QStringList{QStringLiteral("hits[4].permit.firstRegistration"), QStringLiteral("20220501")};
    QTest::newRow("seats not whole") << vehicle(R"(, "seats": 5.5)")
                                     << QStringList{QStringLiteral("hits[4].permit.seats"),
                                                    QStringLiteral("5.5"), QStringLiteral("whole number")};
    QTest::newRow("plate a number")
        << QByteArray(R"({"kind": "vehicle", "valid": true, "permit": {"certificate": "1", "plate": 12345}})")
        << QStringList{QStringLiteral("hits[4].permit.plate"), QStringLiteral("12345")};
    QTest::newRow("findings an object")
        << vehicle("", R"(, "findings": {"ruleId": "x"})")
        << QStringList{QStringLiteral("hits[4].findings"), QStringLiteral("not an array")};
    QTest::newRow("finding without article")
        << vehicle("", R"(, "findings": [{"ruleId": "vehicle.seats", "measured": 8, "limit": 7}])")
        << QStringList{QStringLiteral("hits[4].findings[0].article"), QStringLiteral("missing")};
    QTest::newRow("measured an object")
        << vehicle("", R"json(, "findings": [{"ruleId": "a", "article": "第十三条"},
                                             {"ruleId": "b", "article": "第十三条(一)", "measured": {"seats": 8}}])json")
        << QStringList{QStringLiteral("hits[4].findings[1].measured"), QStringLiteral("{\"seats\":8}")};
    QTest::newRow("limit a list with a number")
        << vehicle("", R"(, "findings": [{"ruleId": "a", "article": "第十三条", "limit": ["C", 4]}])")
        << QStringList{QStringLiteral("hits[4].findings[0].limit"), QStringLiteral("[\"C\",4]"),
                       QStringLiteral("not a string")};
    QTest::newRow("badRecord a number")
        << vehicle("", R"(, "badRecord": 1)")
        << QStringList{QStringLiteral("hits[4].badRecord"), QStringLiteral("1")};
}

void tst_LookupHit::malformedValuesAreNamed()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, inError);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    QVERIFY2(document.isObject(), qPrintable(parseError.errorString()));
    QString error;
    QVERIFY(!LookupHit::fromJson(document.object(), QStringLiteral("hits[4]"), &error));
    for (const QString &part : inError)
        QVERIFY2(error.contains(part), qPrintable(QStringLiteral("\"%1\" not in \"%2\"").arg(part, error)));
}

void tst_LookupHit::validityFromTheDates()
{
    QString error;
    const auto hit = LookupHit::fromJson(
        parse(R"({"kind": "vehicle", "valid": true, "permit": {"certificate": "C", "plate": "琼DD1",
                  "firstRegistration": "2019-03-10", "validFrom": "2019-04-01", "validTo": "2030-01-01"}})"),
        QStringLiteral("hits[0]"), &error);
    QVERIFY2(hit, qPrintable(error));
    // Art. 41: the certificate ends the day before the 8th anniversary, whatever it reads.
    QCOMPARE(hit->lastDay(), QDate(2027, 3, 9));
    QVERIFY(hit->isValidOn(QDate(2027, 3, 9)));
    QVERIFY(!hit->isValidOn(QDate(2027, 3, 10)));
    QVERIFY(!hit->isValidOn(QDate(2019, 3, 31))); // before issue
    QCOMPARE(hit->validFrom(), QDate(2019, 4, 1));
}

void tst_LookupHit::findingValuesOfEveryKind()
{
    // RuleFinding JSON: numbers, ISO dates, booleans, texts and (a oneOf rule's limit) lists of texts.
    QString error;
    const auto hit = LookupHit::fromJson(
        parse(R"json({"kind": "vehicle", "valid": true, "permit": {"certificate": "C", "plate": "琼DD1"},
            "findings": [
              {"ruleId": "vehicle.fuel", "article": "第十三条(二)", "measured": "A", "limit": ["C", "D", "E"]},
              {"ruleId": "vehicle.age", "article": "第四十条", "measured": "2026-11-21", "limit": "2026-02-28"},
              {"ruleId": "driver.bad", "article": "第十五条(六)", "measured": true, "limit": false},
              {"ruleId": "vehicle.range", "article": "第十三条(四)", "measured": 280, "limit": 300, "unit": "km"},
              {"ruleId": "vehicle.unknown", "article": "第十三条", "measured": null}]})json"),
        QStringLiteral("hits[0]"), &error);
    QVERIFY2(hit, qPrintable(error));
    QCOMPARE(hit->findings.size(), 5);
    QCOMPARE(hit->findings.at(0).measured, QVariant(QStringLiteral("A")));
    QCOMPARE(hit->findings.at(0).limit,
             QVariant(QStringList{QStringLiteral("C"), QStringLiteral("D"), QStringLiteral("E")}));
    QCOMPARE(hit->findings.at(1).limit, QVariant(QDate(2026, 2, 28)));
    QCOMPARE(hit->findings.at(2).measured, QVariant(true));
    QCOMPARE(hit->findings.at(3).measured, QVariant(280.0));
    QVERIFY(!hit->findings.at(4).measured.isValid());
}

QTEST_GUILESS_MAIN(tst_LookupHit)
#include "tst_lookuphit.moc"
