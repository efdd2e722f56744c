#include "map/tilesource.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace rw;

class TestTileSource : public QObject
{
    Q_OBJECT

private slots:
    void noneDrawsTheOfflineMapOnly();
    void tiandituStacksVectorAndLabelsWithTheKey();
    void tiandituWithoutKeyNamesTheSetting();
    void openStreetMapIsHonest();
    void xyzTemplateWithSubdomainsAndTmsRows();
    void xyzTemplateProblems();
    void settingsRoundTrip();
    void mbtilesHasNoUrl();
};

void TestTileSource::noneDrawsTheOfflineMapOnly()
{
    const TileSource none;
    QVERIFY(none.isNone());
    QCOMPARE(none.layerCount(), 0);
    QVERIFY(none.problem().isEmpty());
    QVERIFY(none.tileUrl({1, 1, 1}).isEmpty());
}

void TestTileSource::tiandituStacksVectorAndLabelsWithTheKey()
{
    const TileSource t = TileSource::tianditu(QStringLiteral("abc123"));
    QCOMPARE(t.layerCount(), 2);
    QCOMPARE(t.datum(), Datum::Cgcs2000);
    QVERIFY(t.problem().isEmpty());
    const TileId tile{3402, 1812, 12};
    const QUrl vec = t.tileUrl(tile, 0);
    const QUrl cva = t.tileUrl(tile, 1);
    QCOMPARE(vec.host(), QStringLiteral("t%1.tianditu.gov.cn").arg((3402 + 1812) % 8));
    QCOMPARE(vec.path(), QStringLiteral("/vec_w/wmts"));
    QCOMPARE(cva.path(), QStringLiteral("/cva_w/wmts"));
    const QUrlQuery q(vec);
    QCOMPARE(q.queryItemValue(QStringLiteral("LAYER")), QStringLiteral("vec"));
    QCOMPARE(q.queryItemValue(QStringLiteral("TILEMATRIXSET")), QStringLiteral("w"));
    QCOMPARE(q.queryItemValue(QStringLiteral("TILEMATRIX")), QStringLiteral("12"));
    QCOMPARE(q.queryItemValue(QStringLiteral("TILEROW")), QStringLiteral("1812"));
    QCOMPARE(q.queryItemValue(QStringLiteral("TILECOL")), QStringLiteral("3402"));
    QCOMPARE(q.queryItemValue(QStringLiteral("tk")), QStringLiteral("abc123"));
    QCOMPARE(QUrlQuery(cva).queryItemValue(QStringLiteral("LAYER")), QStringLiteral("cva"));
    // The same tile always has the same URL (the disk cache keys by URL).
    QCOMPARE(t.tileUrl(tile, 0), vec);
    // The key never shows in text meant for people.
    QVERIFY(!t.redactedUrl(vec).contains(QLatin1String("abc123")));
    QVERIFY(t.redactedUrl(vec).contains(QLatin1String("tk=***")));
    QVERIFY(t.attribution().contains(QLatin1String("Tianditu")));
}

void TestTileSource::tiandituWithoutKeyNamesTheSetting()
{
    const TileSource t = TileSource::tianditu(QString());
    QVERIFY(t.problem().contains(QLatin1String("map/tiandituKey")));
}

void TestTileSource::openStreetMapIsHonest()
{
    const TileSource osm = TileSource::openStreetMap();
    QCOMPARE(osm.tileUrl({1, 2, 3}).toString(), QStringLiteral("https://tile.openstreetmap.org/3/1/2.png"));
    QCOMPARE(osm.datum(), Datum::Wgs84);
    QCOMPARE(osm.attribution(), QStringLiteral("© OpenStreetMap contributors"));
    const QByteArray ua = osm.userAgent();
    QVERIFY2(ua.startsWith("RideWatch/"), ua.constData());
    QVERIFY2(ua.contains("(+https://"), ua.constData());
    QVERIFY(!ua.contains("Mozilla"));
    TileSource withContact = osm;
    withContact.setContact(QStringLiteral("mailto:ops@transport.example"));
    QVERIFY(withContact.userAgent().endsWith("(+mailto:ops@transport.example)"));
}

void TestTileSource::xyzTemplateWithSubdomainsAndTmsRows()
{
    const TileSource amap =
        TileSource::xyz(QStringLiteral("https://webrd0{s}.is.autonavi.com/"
                                       "appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}"),
                        Datum::Gcj02, QStringLiteral("© AutoNavi"), QStringLiteral("1234"));
    QVERIFY(amap.problem().isEmpty());
    QCOMPARE(amap.datum(), Datum::Gcj02);
    const QUrl url = amap.tileUrl({5, 6, 7});
    QCOMPARE(url.host(),
             QStringLiteral("webrd0%1.is.autonavi.com").arg(QString(QStringLiteral("1234").at((5 + 6) % 4))));
    QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("x")), QStringLiteral("5"));
    QCOMPARE(amap.attribution(), QStringLiteral("© AutoNavi"));

    const TileSource tms = TileSource::xyz(QStringLiteral("http://127.0.0.1/{z}/{x}/{-y}.png"), Datum::Wgs84);
    QCOMPARE(tms.tileUrl({1, 0, 2}).path(), QStringLiteral("/2/1/3.png")); // 2^2 − 1 − 0
}

void TestTileSource::xyzTemplateProblems()
{
    QVERIFY(
        TileSource::xyz(QStringLiteral("http://host/{z}/{y}.png")).problem().contains(QLatin1String("{x}")));
    QVERIFY(TileSource::xyz(QStringLiteral("ftp://host/{z}/{x}/{y}.png"))
                .problem()
                .contains(QLatin1String("http")));
    QVERIFY(TileSource::xyz(QStringLiteral("http://{s}.host/{z}/{x}/{y}.png"))
                .problem()
                .contains(QLatin1String("map/xyzSubdomains")));
}

void TestTileSource::settingsRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    {
        QSettings empty(path, QSettings::IniFormat);
        QVERIFY(TileSource::fromSettings(empty).isNone());
    }
    const QList<TileSource> sources{
        TileSource::tianditu(QStringLiteral("k")),
        TileSource::openStreetMap(QStringLiteral("https://tiles.example/{z}/{x}/{y}.png")),
        TileSource::xyz(QStringLiteral("https://a{s}.example/{z}/{x}/{y}.png"), Datum::Wgs84,
                        QStringLiteral("© Us"), QStringLiteral("12"), 16),
        TileSource::mbtiles(QStringLiteral("/data/hainan.mbtiles"), Datum::Gcj02),
    };
    for (const TileSource &source : sources) {
        QSettings settings(path, QSettings::IniFormat);
        settings.clear();
        source.save(settings);
        settings.sync();
        QSettings reread(path, QSettings::IniFormat);
        QCOMPARE(TileSource::fromSettings(reread), source);
    }
    QSettings settings(path, QSettings::IniFormat);
    settings.setValue(QStringLiteral("map/source"), QStringLiteral("osm"));
    settings.setValue(QStringLiteral("map/contact"), QStringLiteral("https://bureau.example/contact"));
    QVERIFY(TileSource::fromSettings(settings).userAgent().endsWith("(+https://bureau.example/contact)"));
}

void TestTileSource::mbtilesHasNoUrl()
{
    const TileSource m = TileSource::mbtiles(QStringLiteral("/x.mbtiles"));
    QVERIFY(m.tileUrl({0, 0, 0}).isEmpty());
    QCOMPARE(m.mbtilesPath(), QStringLiteral("/x.mbtiles"));
    QCOMPARE(m.layerCount(), 1);
    QVERIFY(!m.isNetwork());
    QVERIFY(TileSource::mbtiles(QString()).problem().contains(QLatin1String("map/mbtilesPath")));
}

QTEST_GUILESS_MAIN(TestTileSource)
#include "tst_tilesource.moc"
