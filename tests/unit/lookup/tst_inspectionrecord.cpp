// InspectionRecord::toHtml(): the printed record holds the officer, time and place, each subject's verdict
// with the findings' citations, the permit, the bad-record list, complaints and penalties, and the notes —
// every text escaped, and readable by QTextDocument (what prints it).

#include "lookup/inspectionrecord.h"
#include "lookup/lookupanswer.h"

#include "lookuptestsupport.h"

#include <QTest>
#include <QTextDocument>

using namespace rw;

namespace {

InspectionRecord sampleRecord()
{
    QString error;
    const LookupAnswer answer =
        LookupAnswer::fromJson(lookuptest::fixture(QStringLiteral("search_extended.json")), &error).value();
    InspectionRecord record;
    record.officer = QStringLiteral("demo.enforcement");
    record.role = QStringLiteral("Enforcement officer");
    record.regionCode = QStringLiteral("469001");
    record.time = QDateTime(QDate(2026, 11, 21), QTime(5, 42, 7), Qt::UTC);
    record.placeCoordinate = QGeoCoordinate(18.776123, 109.517456);
    record.placeAccuracyMetres = 8.4;
    record.placeText = QStringLiteral("五指山市 海榆中线 <路口>");
    record.rulesName = QStringLiteral("五指山市");
    record.regulation = QStringLiteral("五指山市网络预约出租汽车经营服务管理实施细则");
    record.notes = QStringLiteral("驾驶员称车辆为临时借用。\n<script>alert(1)</script> & more");

    InspectionRecord::Subject vehicle;
    vehicle.hit = answer.hits.at(0);
    vehicle.verdict = LookupVerdict::of(vehicle.hit, false, QDate(2026, 11, 21), nullptr);
    vehicle.judgedAt = answer.asOf;
    vehicle.observed = QStringLiteral("Carrying, 35 km/h, last fix 12 s ago");
    vehicle.conduct =
        ConductRecord::fromJson(lookuptest::fixture(QStringLiteral("conduct_vehicle.json")), &error);
    record.subjects.append(vehicle);

    InspectionRecord::Subject driver;
    driver.hit = answer.hits.at(1);
    driver.verdict = LookupVerdict::of(driver.hit, false, QDate(2026, 11, 21), nullptr);
    driver.judgedAt = answer.asOf;
    driver.cached = true;
    driver.cachedAt = QDateTime(QDate(2026, 11, 20), QTime(2, 0), Qt::UTC);
    driver.revealed = true;
    driver.revealReason = QStringLiteral("路检核对身份");
    driver.conductNote = QStringLiteral("the platform cannot be reached");
    record.subjects.append(driver);
    return record;
}

QString plainText(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

} // namespace

class tst_InspectionRecord : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void holdsTheFindingsWithTheirCitations();
    void escapesEveryText();
    void officerTimeAndPlace();
    void cachedAndRevealedAreSaid();
    void conductRowsAreBounded();
    void emptyRecordAndFileName();
};

void tst_InspectionRecord::holdsTheFindingsWithTheirCitations()
{
    const QString text = plainText(sampleRecord().toHtml());
    QVERIFY2(text.contains(QStringLiteral("Roadside inspection record")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Vehicle 琼DD12345")));
    QVERIFY(text.contains(QStringLiteral("May not carry passengers")));
    // Article by article, with the city whose rules they are.
    QVERIFY(text.contains(QStringLiteral("五指山市 第十三条(三): 轴距 2550 mm，应不小于 2600 mm")));
    QVERIFY(text.contains(QStringLiteral("五指山市 第十三条(四): 续航里程 280 km")));
    QVERIFY(
        text.contains(QStringLiteral("五指山市 第三十四条: the vehicle is on the city's bad-record list")));
    QVERIFY(text.contains(QStringLiteral("五指山市 第十九条"))); // the driver's certificate ran out
    QVERIFY(text.contains(QStringLiteral("469001000101")));
    QVERIFY(text.contains(QStringLiteral("2022-06-01 to 2030-04-30")));
    QVERIFY(text.contains(QStringLiteral("Carrying, 35 km/h, last fix 12 s ago")));
    // The record of the vehicle.
    QVERIFY(text.contains(QStringLiteral("未按规定年检")));
    QVERIFY(text.contains(QStringLiteral("已复检合格")));
    QVERIFY(text.contains(QStringLiteral("Passenger complaints (2)")));
    QVERIFY(text.contains(QStringLiteral("ORD202611020001")));
    QVERIFY(text.contains(QStringLiteral("Penalties (1)")));
    QVERIFY(text.contains(QStringLiteral("罚款200元")));
    QVERIFY(text.contains(QStringLiteral("Rules applied: 五指山市网络预约出租汽车经营服务管理实施细则")));
}

void tst_InspectionRecord::escapesEveryText()
{
    const QString html = sampleRecord().toHtml();
    QVERIFY(!html.contains(QStringLiteral("<script>")));
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more")));
    QVERIFY(html.contains(QStringLiteral("多次投诉 &lt;属实&gt;")));
    QVERIFY(html.contains(QStringLiteral("海榆中线 &lt;路口&gt;")));
    QVERIFY(html.contains(QStringLiteral("驾驶员称车辆为临时借用。<br>"))); // the officer's line breaks kept
    const QString text = plainText(html);
    QVERIFY(text.contains(QStringLiteral("<script>alert(1)</script> & more"))); // shown as typed
    QVERIFY(text.contains(QStringLiteral("拒载、绕道：多次投诉 <属实>")));
}

void tst_InspectionRecord::officerTimeAndPlace()
{
    const QString text = plainText(sampleRecord().toHtml());
    QVERIFY(text.contains(QStringLiteral("demo.enforcement (Enforcement officer)")));
    QVERIFY(text.contains(QStringLiteral("2026-11-21 13:42:07 (UTC+8)"))); // China Standard Time
    QVERIFY2(text.contains(QStringLiteral("18.776123° N, 109.517456° E (WGS-84), within 8 m")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("五指山市 海榆中线 <路口>")));

    InspectionRecord noPlace = sampleRecord();
    noPlace.placeCoordinate = QGeoCoordinate();
    noPlace.placeText.clear();
    QVERIFY(plainText(noPlace.toHtml()).contains(QStringLiteral("Place\tnot recorded")) ||
            plainText(noPlace.toHtml()).contains(QStringLiteral("not recorded")));
}

void tst_InspectionRecord::cachedAndRevealedAreSaid()
{
    const QString text = plainText(sampleRecord().toHtml());
    QVERIFY2(text.contains(QStringLiteral("from the offline cache")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("2026-11-20 10:00:00 (UTC+8)"))); // when the platform answered
    QVERIFY(text.contains(QStringLiteral("revealed for this record, reason: 路检核对身份")));
    QVERIFY(text.contains(QStringLiteral("masked")));                         // the vehicle's personal data
    QVERIFY(text.contains(QStringLiteral("the platform cannot be reached"))); // why the driver has no record
}

void tst_InspectionRecord::conductRowsAreBounded()
{
    InspectionRecord record = sampleRecord();
    ConductRecord &conduct = *record.subjects.first().conduct;
    for (int i = 0; i < 9; ++i)
        conduct.complaints.append({QDateTime(QDate(2026, 9, 1 + i), QTime(8, 0), Qt::UTC),
                                   QStringLiteral("C"), QStringLiteral("OLD%1").arg(i), QStringLiteral("x"),
                                   QStringLiteral("y")});
    const QString text = plainText(record.toHtml());
    QVERIFY(text.contains(QStringLiteral("Passenger complaints (11)")));
    QVERIFY(text.contains(QStringLiteral("OLD2")));
    QVERIFY(!text.contains(QStringLiteral("OLD3"))); // only the newest MaxConductRows
    QVERIFY(text.contains(QStringLiteral("6 older ones not printed.")));
}

void tst_InspectionRecord::emptyRecordAndFileName()
{
    InspectionRecord record;
    record.time = QDateTime(QDate(2026, 11, 21), QTime(5, 42), Qt::UTC);
    QVERIFY(record.isEmpty());
    QVERIFY(plainText(record.toHtml()).contains(QStringLiteral("Nothing was looked up.")));
    QCOMPARE(record.suggestedFileName(), QStringLiteral("inspection-20261121-1342.pdf"));
    const InspectionRecord full = sampleRecord();
    QCOMPARE(full.suggestedFileName(), QStringLiteral("inspection-琼DD12345-20261121-1342.pdf"));
    QCOMPARE(full.title(), QStringLiteral("Roadside inspection record — 琼DD12345, 张*"));
}

QTEST_MAIN(tst_InspectionRecord)
#include "tst_inspectionrecord.moc"
