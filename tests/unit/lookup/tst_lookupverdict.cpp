// LookupVerdict: may the vehicle, driver or company serve, and why not, article by article — from the
// platform's validity, its findings (worded from the city's rules by FindingText, or as the platform worded
// them) and the bad-record list; cached answers judged again for today; answers without findings unchecked.

#include "lookup/findingtext.h"
#include "lookup/lookupanswer.h"
#include "lookup/lookupverdict.h"
#include "rules/cityrules.h"

#include "lookuptestsupport.h"

#include <QTest>

using namespace rw;

namespace {

std::optional<CityRules> testRules()
{
    // The Art. 13 rules as the rules branch of issue 5 adds them (a test copy: the file on main has none
    // yet).
    const QByteArray json =
        R"json({"format": 1, "regionCode": 469001, "name": "五指山市", "regulation": "实施细则",
        "rules": [
          {"id": "vehicle.wheelbase", "article": "第十三条(三)", "subject": "vehicle", "check": "threshold",
           "fact": "wheelbaseMm", "operator": ">=", "limit": 2600, "unit": "mm"},
          {"id": "vehicle.certificate.validity", "article": "第十八条", "subject": "vehicle",
           "check": "dateNotPassed", "fact": "certificateStop"},
          {"id": "vehicle.certificate.present", "article": "第十八条", "subject": "vehicle", "check": "present",
           "fact": "certificate"}]})json";
    QString error;
    auto rules = CityRules::fromJson(json, &error);
    if (!rules)
        qWarning("%s", qPrintable(error));
    return rules;
}

LookupAnswer extended()
{
    QString error;
    return LookupAnswer::fromJson(lookuptest::fixture(QStringLiteral("search_extended.json")), &error)
        .value();
}

} // namespace

class tst_LookupVerdict : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusedArticleByArticle();
    void wordedFromTheCityRules();
    void clearAndUnchecked();
    void cachedAnswersJudgedAgainToday();
    void notValidReasons();
    void findingValues();
};

void tst_LookupVerdict::refusedArticleByArticle()
{
    const LookupAnswer answer = extended();
    const LookupVerdict v = LookupVerdict::of(answer.hits.at(0), false, QDate(2026, 11, 21), nullptr);
    QCOMPARE(v.state, LookupVerdict::State::Refused);
    QVERIFY(v.valid);
    QCOMPARE(v.reasons.size(), 3);
    QCOMPARE(v.reasons.at(0).article, QStringLiteral("第十三条(三)"));
    QCOMPARE(v.reasons.at(0).ruleId, QStringLiteral("vehicle.wheelbase"));
    // Without the city's rules: the platform's words, without the article it starts with.
    QCOMPARE(v.reasons.at(0).text, QStringLiteral("轴距 2550 mm，应不小于 2600 mm"));
    QCOMPARE(v.reasons.at(1).article, QStringLiteral("第十三条(四)"));
    QCOMPARE(v.reasons.at(2).article, QStringLiteral("第三十四条"));
    QVERIFY(v.reasons.at(2).text.contains(QStringLiteral("bad-record list")));
    QCOMPARE(v.headline(PermitKind::Vehicle), QStringLiteral("May not carry passengers"));

    // The driver: not valid (Art. 19), nothing else.
    const LookupVerdict d = LookupVerdict::of(answer.hits.at(1), false, QDate(2026, 11, 21), nullptr);
    QCOMPARE(d.state, LookupVerdict::State::Refused);
    QVERIFY(!d.valid);
    QCOMPARE(d.reasons.size(), 1);
    QCOMPARE(d.reasons.first().article, QStringLiteral("第十九条"));
    QVERIFY2(d.reasons.first().text.contains(QStringLiteral("2026-01-01")),
             qPrintable(d.reasons.first().text));
}

void tst_LookupVerdict::wordedFromTheCityRules()
{
    const std::optional<CityRules> rules = testRules();
    QVERIFY(rules);
    const LookupAnswer answer = extended();
    const LookupVerdict v = LookupVerdict::of(answer.hits.at(0), false, QDate(2026, 11, 21), &*rules);
    // The console's own words for a rule it knows…
    QCOMPARE(v.reasons.at(0).text, RuleFacts::label(QStringLiteral("wheelbaseMm")) +
                                       QStringLiteral(" 2550 mm, must be >= 2600 mm"));
    // …the platform's for one it does not (a newer rules file on the platform).
    QCOMPARE(v.reasons.at(1).text, QStringLiteral("续航里程 280 km，应不小于 300 km"));
    QCOMPARE(FindingText::citation(QStringLiteral("第十三条(三)"), &*rules),
             QStringLiteral("五指山市 第十三条(三)"));
    QCOMPARE(FindingText::citation(QStringLiteral("第十三条(三)"), nullptr), QStringLiteral("第十三条(三)"));

    RuleFinding stop{QStringLiteral("第十八条"),
                     QStringLiteral("vehicle.certificate.validity"),
                     {},
                     QDate(2026, 11, 21),
                     QDate(2026, 5, 1),
                     {}};
    QCOMPARE(FindingText::describe(stop, &*rules),
             QStringLiteral("certificate validity ended on 2026-05-01 (as of 2026-11-21)"));
    RuleFinding missing{
        QStringLiteral("第十八条"), QStringLiteral("vehicle.certificate.present"), {}, {}, {}, {}};
    QCOMPARE(FindingText::describe(missing, &*rules), QStringLiteral("certificate missing"));
    // Nothing to go on but the rule id and the values.
    RuleFinding bare{QStringLiteral("第十五条(一)"), QStringLiteral("driver.experience"), {}, 2.0, 3.0,
                     QStringLiteral("years")};
    QCOMPARE(FindingText::describe(bare, &*rules),
             QStringLiteral("rule driver.experience: found 2 years, the limit is 3 years"));
}

void tst_LookupVerdict::clearAndUnchecked()
{
    const LookupAnswer answer = extended();
    const LookupVerdict company = LookupVerdict::of(answer.hits.at(2), false, QDate(2026, 11, 21), nullptr);
    QCOMPARE(company.state, LookupVerdict::State::Clear);
    QVERIFY(company.reasons.isEmpty());
    QCOMPARE(company.headline(PermitKind::Company), QStringLiteral("May operate"));

    LookupHit hit = answer.hits.at(2);
    hit.kind = PermitKind::Vehicle;
    hit.badRecord.reset(); // today's platform: the list was not looked at
    QCOMPARE(LookupVerdict::of(hit, false, QDate(2026, 11, 21), nullptr).state,
             LookupVerdict::State::Unchecked);
    hit.badRecord = false;
    hit.findingsReported = false;
    const LookupVerdict unchecked = LookupVerdict::of(hit, false, QDate(2026, 11, 21), nullptr);
    QCOMPARE(unchecked.state, LookupVerdict::State::Unchecked);
    QVERIFY(unchecked.headline(PermitKind::Vehicle).contains(QStringLiteral("not checked")));
}

void tst_LookupVerdict::cachedAnswersJudgedAgainToday()
{
    LookupHit hit = extended().hits.at(2); // company, valid until 2027-01-04
    // Online, the platform's "valid" stands, whatever the console's calendar says.
    QCOMPARE(LookupVerdict::of(hit, false, QDate(2027, 6, 1), nullptr).state, LookupVerdict::State::Clear);
    // Cached, the dates decide today.
    QCOMPARE(LookupVerdict::of(hit, true, QDate(2027, 1, 4), nullptr).state, LookupVerdict::State::Clear);
    const LookupVerdict later = LookupVerdict::of(hit, true, QDate(2027, 1, 5), nullptr);
    QCOMPARE(later.state, LookupVerdict::State::Refused);
    QCOMPARE(later.reasons.first().article, QStringLiteral("第十一条"));
    QVERIFY2(later.reasons.first().text.contains(QStringLiteral("2027-01-04")),
             qPrintable(later.reasons.first().text));
    QVERIFY(later.reasons.first().text.contains(QStringLiteral("cached")));
}

void tst_LookupVerdict::notValidReasons()
{
    LookupHit hit;
    hit.kind = PermitKind::Vehicle;
    hit.valid = false;
    hit.vehicle.certificate = QStringLiteral("C");
    hit.vehicle.firstRegistration = QDate(2018, 3, 1);
    hit.vehicle.validFrom = QDate(2018, 4, 1);
    hit.vehicle.validTo = QDate(2030, 1, 1);
    // Art. 41: ended 8 years after the first registration although the certificate reads 2030.
    LookupVerdict v = LookupVerdict::of(hit, false, QDate(2026, 11, 21), nullptr);
    QCOMPARE(v.reasons.first().article, QStringLiteral("第四十一条"));
    QVERIFY2(v.reasons.first().text.contains(QStringLiteral("2026-02-28")) &&
                 v.reasons.first().text.contains(QStringLiteral("2030-01-01")),
             qPrintable(v.reasons.first().text));
    // Not valid yet.
    hit.vehicle.firstRegistration = QDate(2026, 10, 1);
    hit.vehicle.validFrom = QDate(2026, 12, 1);
    v = LookupVerdict::of(hit, false, QDate(2026, 11, 21), nullptr);
    QVERIFY2(v.reasons.first().text.contains(QStringLiteral("not valid yet")),
             qPrintable(v.reasons.first().text));
}

void tst_LookupVerdict::findingValues()
{
    QCOMPARE(FindingText::value(2550.0, QStringLiteral("mm")), QStringLiteral("2550 mm"));
    QCOMPARE(FindingText::value(QDate(2026, 2, 28)), QStringLiteral("2026-02-28"));
    QCOMPARE(FindingText::value(true), QStringLiteral("yes"));
    QCOMPARE(FindingText::value(QVariant()), QStringLiteral("not known"));
    QCOMPARE(FindingText::value(0.5, QStringLiteral("km")), QStringLiteral("0.5 km"));
    QCOMPARE(FindingText::value(QStringList{QStringLiteral("C"), QStringLiteral("D")}),
             QStringLiteral("C, D"));
    QCOMPARE(FindingText::value(QStringLiteral("A")), QStringLiteral("A"));
}

QTEST_GUILESS_MAIN(tst_LookupVerdict)
#include "tst_lookupverdict.moc"
