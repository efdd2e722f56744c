#include "map/basemap.h"

#include "geo/coordinatetransform.h"
#include "geo/webmercator.h"

#include <QTest>

using namespace rw;

namespace {
const LonLat kWuzhishan{109.517, 18.776};
const LonLat kSouthChinaSea{111.5, 18.0};
const LonLat kHaikou{110.33, 20.02};
} // namespace

class TestBaseMap : public QObject
{
    Q_OBJECT

private slots:
    void builtInHasLandCoastPlacesAndTheCity();
    void finerLayersLieInsideCoarserOnes();
    void shiftsForwardOnGcj02Maps();
    void refusesMalformedFiles();
};

void TestBaseMap::builtInHasLandCoastPlacesAndTheCity()
{
    const BaseMap map = BaseMap::builtIn();
    QVERIFY(!map.isEmpty());
    QCOMPARE(map.layers().size(), 3);
    QCOMPARE(map.layers().last().name, QStringLiteral("detail"));
    QVERIFY(map.isLand(WebMercator::project(kWuzhishan)));
    QVERIFY(map.isLand(WebMercator::project(kHaikou)));
    QVERIFY(!map.isLand(WebMercator::project(kSouthChinaSea)));
    QVERIFY(!map.isLand(WebMercator::project(LonLat{-40, 30})));    // Atlantic, in the world layer
    QVERIFY(map.isLand(WebMercator::project(LonLat{2.35, 48.85}))); // Paris, in the world layer
    QCOMPARE(map.layerAt(WebMercator::project(kWuzhishan)), 2);
    QStringList names;
    for (const BaseMap::Label &label : map.labels())
        names.append(label.name);
    QVERIFY(names.contains(QStringLiteral("海口")));
    QVERIFY(names.contains(QStringLiteral("三亚")));
    QVERIFY(names.contains(QStringLiteral("五指山市")));
    QVERIFY(names.contains(QStringLiteral("南海")));
    QCOMPARE(map.areas().size(), 1);
    QCOMPARE(map.areas().first().code, 469001);
    QVERIFY(map.attribution().contains(QLatin1String("Natural Earth")));
    QVERIFY(map.attribution().contains(QLatin1String("GeoNames")));
    for (const BaseMap::Layer &layer : map.layers())
        QVERIFY2(!layer.land.isEmpty() && !layer.coast.isEmpty(), qPrintable(layer.name));
}

void TestBaseMap::finerLayersLieInsideCoarserOnes()
{
    const BaseMap map = BaseMap::builtIn();
    for (qsizetype i = 1; i < map.layers().size(); ++i)
        QVERIFY(map.layers().at(i - 1).box.contains(map.layers().at(i).box));
}

void TestBaseMap::shiftsForwardOnGcj02Maps()
{
    const BaseMap wgs = BaseMap::builtIn(Datum::Wgs84);
    const BaseMap gcj = BaseMap::builtIn(Datum::Gcj02);
    QCOMPARE(gcj.datum(), Datum::Gcj02);
    auto wuzhishan = [](const BaseMap &map) {
        for (const BaseMap::Label &label : map.labels()) {
            if (label.name == QStringLiteral("五指山市"))
                return label;
        }
        return BaseMap::Label();
    };
    const BaseMap::Label a = wuzhishan(wgs);
    const BaseMap::Label b = wuzhishan(gcj);
    QCOMPARE(a.position, b.position); // as in the file
    const QPointF expected = WebMercator::project(CoordinateTransform::wgs84ToGcj02(a.position));
    QVERIFY(std::abs(b.world.x() - expected.x()) < 1e-9 && std::abs(b.world.y() - expected.y()) < 1e-9);
    QVERIFY(b.world != a.world);
}

void TestBaseMap::refusesMalformedFiles()
{
    QString error;
    QVERIFY(BaseMap::fromGeoJson("{", Datum::Wgs84, &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("not JSON")), qPrintable(error));

    QVERIFY(BaseMap::fromGeoJson(R"({"type":"Feature"})", Datum::Wgs84, &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("FeatureCollection")), qPrintable(error));

    const QByteArray wrongGeometry =
        R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"kind":"land","layer":"x"},)"
        R"("geometry":{"type":"Point","coordinates":[1,2]}}]})";
    QVERIFY(BaseMap::fromGeoJson(wrongGeometry, Datum::Wgs84, &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("#0")) && error.contains(QLatin1String("MultiPolygon")),
             qPrintable(error));

    const QByteArray outOfRange =
        R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"kind":"place","name":"x"},)"
        R"("geometry":{"type":"Point","coordinates":[200,2]}}]})";
    QVERIFY(BaseMap::fromGeoJson(outOfRange, Datum::Wgs84, &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("±180°")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestBaseMap)
#include "tst_basemap.moc"
