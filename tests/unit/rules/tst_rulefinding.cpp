// RuleFinding: the JSON of docs/lookup-contracts.md ("findings" of a permit hit, an alert's detail) and back.

#include "rules/rulefinding.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace rw;
using namespace Qt::StringLiterals;

class tst_RuleFinding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theContractsShape();
    void roundTrip_data();
    void roundTrip();
    void refusals();
};

void tst_RuleFinding::theContractsShape()
{
    const RuleFinding f{u"第十三条(三)"_s,
                        u"vehicle.wheelbase"_s,
                        u"第十三条(三): wheelbase 2550 mm, must be >= 2600 mm"_s,
                        2550.0,
                        2600.0,
                        u"mm"_s};
    const QJsonObject json = f.toJson();
    QCOMPARE(json.value(u"ruleId"_s).toString(), u"vehicle.wheelbase"_s);
    QCOMPARE(json.value(u"article"_s).toString(), u"第十三条(三)"_s);
    QCOMPARE(json.value(u"message"_s).toString(), f.message);
    QVERIFY(json.value(u"measured"_s).isDouble());
    QCOMPARE(json.value(u"measured"_s).toDouble(), 2550.0);
    QCOMPARE(json.value(u"limit"_s).toDouble(), 2600.0);
    QCOMPARE(json.value(u"unit"_s).toString(), u"mm"_s);
    QCOMPARE(json.size(), 6);

    const RuleFinding dated{u"第十五条(五)"_s,
                            u"driver.retirementAge.male"_s,
                            u"m"_s,
                            QDate(1964, 12, 15),
                            QDate(2024, 12, 15),
                            {}};
    QCOMPARE(dated.toJson().value(u"measured"_s).toString(), u"1964-12-15"_s);
    QCOMPARE(dated.toJson().value(u"limit"_s).toString(), u"2024-12-15"_s);
    const RuleFinding present{u"第十八条"_s, u"vehicle.registered"_s, u"m"_s, {}, {}, {}};
    QVERIFY(present.toJson().value(u"measured"_s).isNull());
    QVERIFY(present.toJson().value(u"limit"_s).isNull());
}

void tst_RuleFinding::roundTrip_data()
{
    QTest::addColumn<QVariant>("measured");
    QTest::addColumn<QVariant>("limit");
    QTest::newRow("numbers") << QVariant(99999.0) << QVariant(100000.0);
    QTest::newRow("fraction") << QVariant(599999.9) << QVariant(600000.0);
    QTest::newRow("dates") << QVariant(QDate(2022, 3, 10)) << QVariant(QDate(2025, 3, 10));
    QTest::newRow("flags") << QVariant(true) << QVariant(false);
    QTest::newRow("oneOf") << QVariant(u"A"_s) << QVariant(QStringList{u"C"_s, u"O"_s});
    QTest::newRow("unknown") << QVariant() << QVariant();
}

void tst_RuleFinding::roundTrip()
{
    QFETCH(QVariant, measured);
    QFETCH(QVariant, limit);
    const RuleFinding f{u"第四十条"_s, u"vehicle.retirement.mileage"_s, u"第四十条: …"_s, measured, limit,
                        u"km"_s};
    // Through bytes, as the console receives it.
    const QByteArray bytes = QJsonDocument(f.toJson()).toJson(QJsonDocument::Compact);
    QString error;
    const auto back = RuleFinding::fromJson(QJsonDocument::fromJson(bytes).object(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, f);
    QCOMPARE(back->measured.typeId(), measured.typeId());
}

void tst_RuleFinding::refusals()
{
    QString error;
    QVERIFY(!RuleFinding::fromJson(QJsonObject{{u"article"_s, u"第四十条"_s}}, &error));
    QVERIFY2(error.startsWith(u"finding.ruleId: "_s), qPrintable(error));
    QVERIFY(!RuleFinding::fromJson(QJsonObject{{u"ruleId"_s, u"a"_s}, {u"article"_s, 40}}, &error));
    QVERIFY2(error.startsWith(u"finding.article: "_s), qPrintable(error));
    // A text that is not a date stays text; a date-shaped text that is no real date too.
    QCOMPARE(RuleFinding::valueFromJson(u"2025-02-30"_s).typeId(), QMetaType::QString);
    QCOMPARE(RuleFinding::valueFromJson(u"C"_s).toString(), u"C"_s);
}

QTEST_GUILESS_MAIN(tst_RuleFinding)
#include "tst_rulefinding.moc"
