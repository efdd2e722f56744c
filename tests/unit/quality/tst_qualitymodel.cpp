#include "quality/qualitymodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace rw;
using namespace Qt::StringLiterals;

namespace {

QJsonObject validModel()
{
    return QJsonDocument::fromJson(R"json({
      "version": "test.1",
      "weights": {"completeness": 1, "conformance": 1, "timeliness": 2, "authenticity": 0},
      "samplesPerRule": 3,
      "timeliness": {"limitSeconds": {"baseInfo": 86400, "position": 60}},
      "authenticity": {"chinaBounds": {"west": 73.4, "east": 135.1, "south": 3.8, "north": 53.6},
                       "notBefore": 20161101000000, "futureToleranceSeconds": 300},
      "rules": {"timeliness": [{"id": "timeliness.withinLimit", "article": "第十五条(三)", "description": "d"}]}
    })json")
        .object();
}

QByteArray bytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Replaces the value at a dotted path ("a.b.c") of \a o; an undefined value removes the key.
QJsonObject with(QJsonObject o, const QStringList &path, const QJsonValue &value)
{
    if (path.size() == 1) {
        if (value.isUndefined())
            o.remove(path.first());
        else
            o.insert(path.first(), value);
        return o;
    }
    o.insert(path.first(), with(o.value(path.first()).toObject(), path.mid(1), value));
    return o;
}

} // namespace

class TestQualityModel : public QObject
{
    Q_OBJECT

private slots:
    void builtInHasTheSeedLimits()
    {
        const QualityModel &model = QualityModel::builtIn();
        QCOMPARE(model.version(), u"2026.2"_s);
        // Seed 000 Art. 15(三): base-info 24 h, orders/operations/ratings 300 s, positions 60 s.
        QCOMPARE(model.timelinessLimit(InterfaceFamily::BaseInfo), std::optional<qint64>(86400));
        QCOMPARE(model.timelinessLimit(InterfaceFamily::Order), std::optional<qint64>(300));
        QCOMPARE(model.timelinessLimit(InterfaceFamily::Operate), std::optional<qint64>(300));
        QCOMPARE(model.timelinessLimit(InterfaceFamily::Rated), std::optional<qint64>(300));
        QCOMPARE(model.timelinessLimit(InterfaceFamily::Position), std::optional<qint64>(60));
        for (QualityDimension d : kQualityDimensions)
            QCOMPARE(model.weight(d), 0.25);
        QVERIFY(model.hasRule(u"completeness.requiredFields"));
        QVERIFY(model.hasRule(u"authenticity.positionInChina"));
        QCOMPARE(model.rule(u"timeliness.withinLimit")->article, u"第十五条(三)"_s);
        QCOMPARE(model.rule(u"timeliness.withinLimit")->dimension, QualityDimension::Timeliness);
        QVERIFY(!model.rule(u"no.such"));
        // 2016-11-01 00:00 CST.
        QCOMPARE(model.notBefore(), qint64(1477929600));
    }

    void parsesRelativeWeights()
    {
        QString error;
        const auto model = QualityModel::fromJson(bytes(validModel()), &error);
        QVERIFY2(model, qPrintable(error));
        QCOMPARE(model->weight(QualityDimension::Timeliness), 0.5);
        QCOMPARE(model->weight(QualityDimension::Completeness), 0.25);
        QCOMPARE(model->weight(QualityDimension::Authenticity), 0.0);
        QCOMPARE(model->samplesPerRule(), 3);
        QCOMPARE(model->timelinessLimit(InterfaceFamily::Order), std::nullopt);
        QCOMPARE(model->rules().size(), 1);
    }

    void errorsNameTheKey_data()
    {
        QTest::addColumn<QStringList>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("key");
        QTest::newRow("no version") << QStringList{u"version"_s} << QJsonValue(QJsonValue::Undefined)
                                    << u"version:"_s;
        QTest::newRow("weight text") << QStringList{u"weights"_s, u"conformance"_s} << QJsonValue(u"1"_s)
                                     << u"weights.conformance:"_s;
        QTest::newRow("weight negative")
            << QStringList{u"weights"_s, u"timeliness"_s} << QJsonValue(-1) << u"weights.timeliness:"_s;
        QTest::newRow("weight missing") << QStringList{u"weights"_s, u"authenticity"_s}
                                        << QJsonValue(QJsonValue::Undefined) << u"weights.authenticity:"_s;
        QTest::newRow("unknown dimension")
            << QStringList{u"weights"_s, u"speed"_s} << QJsonValue(1) << u"weights.speed:"_s;
        QTest::newRow("unknown group") << QStringList{u"timeliness"_s, u"limitSeconds"_s, u"taxi"_s}
                                       << QJsonValue(60) << u"timeliness.limitSeconds.taxi:"_s;
        QTest::newRow("limit text") << QStringList{u"timeliness"_s, u"limitSeconds"_s, u"position"_s}
                                    << QJsonValue(u"60"_s) << u"timeliness.limitSeconds.position:"_s;
        QTest::newRow("bounds") << QStringList{u"authenticity"_s, u"chinaBounds"_s, u"north"_s}
                                << QJsonValue(1) << u"authenticity.chinaBounds.north:"_s;
        QTest::newRow("notBefore") << QStringList{u"authenticity"_s, u"notBefore"_s}
                                   << QJsonValue(20160231000000.0) << u"authenticity.notBefore:"_s;
        QTest::newRow("samples") << QStringList{u"samplesPerRule"_s} << QJsonValue(2.5)
                                 << u"samplesPerRule:"_s;
        QTest::newRow("rules dimension")
            << QStringList{u"rules"_s, u"beauty"_s} << QJsonValue(QJsonArray{}) << u"rules.beauty:"_s;
    }

    void errorsNameTheKey()
    {
        QFETCH(QStringList, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, key);
        QString error;
        QVERIFY(!QualityModel::fromJson(bytes(with(validModel(), path, value)), &error));
        QVERIFY2(error.startsWith(key), qPrintable(error));
    }

    void ruleErrorsNameTheRule()
    {
        QString error;
        QJsonObject rule{{u"id"_s, u"timeliness.withinLimit"_s},
                         {u"article"_s, u"第十五条(三)"_s},
                         {u"description"_s, u"d"_s}};
        QJsonObject model = with(validModel(), {u"rules"_s, u"timeliness"_s}, QJsonArray{rule, rule});
        QVERIFY(!QualityModel::fromJson(bytes(model), &error));
        QVERIFY2(error.startsWith(u"rules.timeliness[1].id:"_s), qPrintable(error));

        rule.remove(u"article"_s);
        model = with(validModel(), {u"rules"_s, u"timeliness"_s}, QJsonArray{rule});
        QVERIFY(!QualityModel::fromJson(bytes(model), &error));
        QVERIFY2(error.startsWith(u"rules.timeliness[0].article:"_s), qPrintable(error));

        rule.insert(u"article"_s, u"x"_s);
        rule.insert(u"id"_s, u"authenticity.misfiled"_s);
        model = with(validModel(), {u"rules"_s, u"timeliness"_s}, QJsonArray{rule});
        QVERIFY(!QualityModel::fromJson(bytes(model), &error));
        QVERIFY2(error.startsWith(u"rules.timeliness[0].id:"_s), qPrintable(error));
    }

    void notJson()
    {
        QString error;
        QVERIFY(!QualityModel::fromJson(QByteArray("{"), &error));
        QVERIFY(error.contains(u"offset"_s));
    }
};

QTEST_GUILESS_MAIN(TestQualityModel)
#include "tst_qualitymodel.moc"
