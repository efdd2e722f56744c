#include "map/tilefetcher.h"

#include "mbtilesfixture.h"
#include "tiletestserver.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rw;

namespace {

QByteArray bodyOf(int z, int x, int y)
{
    return QStringLiteral("tile %1/%2/%3").arg(z).arg(x).arg(y).toLatin1();
}

QList<TileKey> keys(int z, int count)
{
    QList<TileKey> out;
    for (int i = 0; i < count; ++i)
        out.append({{i, 0, z}, 0});
    return out;
}

} // namespace

class TestTileFetcher : public QObject
{
    Q_OBJECT

private slots:
    void fetchesAtMostTwoPerHostWithAnHonestUserAgent();
    void dropsTilesNoLongerWanted();
    void failedTilesAreNotAskedForAgainAtOnce();
    void diskCacheServesRepeatedTilesForAWeek();
    void readsMBTilesOffTheGuiThread();
    void nothingWithoutSource();
};

void TestTileFetcher::fetchesAtMostTwoPerHostWithAnHonestUserAgent()
{
    test::TileTestServer server(bodyOf);
    QVERIFY(server.listen());
    TileFetcher fetcher;
    fetcher.setSource(TileSource::xyz(server.urlTemplate(), Datum::Wgs84));
    QSignalSpy ready(&fetcher, &TileFetcher::tileReady);
    server.setHold(true);
    fetcher.request(keys(5, 8));
    QCOMPARE(fetcher.inFlightCount(), TileFetcher::kMaxPerHost);
    QCOMPARE(fetcher.queuedCount(), 6);
    QTRY_COMPARE(server.heldCount(), 2);
    // Answering releases the next ones, two at a time.
    while (ready.count() < 8) {
        server.release();
        QVERIFY(QTest::qWaitFor([&] { return server.heldCount() > 0 || ready.count() == 8; }, 5000));
        QVERIFY(server.heldCount() <= 2);
    }
    QCOMPARE(server.peakOpen(), 2);
    QCOMPARE(fetcher.peakInFlightPerHost(), 2);
    QCOMPARE(server.requests(), 8);
    QVERIFY2(server.userAgent().startsWith(QLatin1String("RideWatch/")), qPrintable(server.userAgent()));
    QVERIFY(server.userAgent().contains(QLatin1String("(+")));
    const auto first = ready.first();
    QCOMPARE(first.at(1).toByteArray(), bodyOf(5, first.at(0).value<TileKey>().tile.x, 0));
}

void TestTileFetcher::dropsTilesNoLongerWanted()
{
    test::TileTestServer server(bodyOf);
    QVERIFY(server.listen());
    server.setHold(true);
    TileFetcher fetcher;
    fetcher.setSource(TileSource::xyz(server.urlTemplate(), Datum::Wgs84));
    QSignalSpy ready(&fetcher, &TileFetcher::tileReady);
    fetcher.request(keys(6, 6)); // x 0..5: 0 and 1 go out, 2..5 wait
    QTRY_COMPARE(server.heldCount(), 2);
    // The view moved: only x 4 and 5 are wanted now.
    const QList<TileKey> now{{{4, 0, 6}, 0}, {{5, 0, 6}, 0}};
    fetcher.request(now);
    QVERIFY(!fetcher.isPending({{0, 0, 6}, 0}));
    QVERIFY(!fetcher.isPending({{2, 0, 6}, 0}));
    QVERIFY(fetcher.isPending(now.at(0)) && fetcher.isPending(now.at(1)));
    // The aborted requests' clients went away; the new two arrive.
    QTRY_COMPARE(server.heldCount(), 4);
    QTRY_COMPARE(server.stillWaiting(), 2);
    server.setHold(false);
    server.release();
    QTRY_COMPARE(ready.count(), 2);
    QList<int> got;
    for (const auto &args : ready)
        got.append(args.at(0).value<TileKey>().tile.x);
    std::sort(got.begin(), got.end());
    QCOMPARE(got, (QList<int>{4, 5}));
    QCOMPARE(fetcher.inFlightCount(), 0);
}

void TestTileFetcher::failedTilesAreNotAskedForAgainAtOnce()
{
    test::TileTestServer server([](int, int, int) { return QByteArray(); }); // 404 for everything
    QVERIFY(server.listen());
    TileFetcher fetcher;
    fetcher.setSource(TileSource::xyz(server.urlTemplate(), Datum::Wgs84));
    QSignalSpy failed(&fetcher, &TileFetcher::tileFailed);
    fetcher.request({{{1, 1, 3}, 0}});
    QTRY_COMPARE(failed.count(), 1);
    const QString message = failed.first().at(1).toString();
    QVERIFY2(message.contains(QLatin1String("404")) && message.contains(QLatin1String("z3 x1 y1")),
             qPrintable(message));
    fetcher.request({{{1, 1, 3}, 0}});
    QCOMPARE(fetcher.inFlightCount(), 0);
    QCOMPARE(server.requests(), 1);
    fetcher.setRetryAfter(0);
    fetcher.request({{{1, 1, 3}, 0}});
    QTRY_COMPARE(failed.count(), 2);
    QCOMPARE(server.requests(), 2);
}

void TestTileFetcher::diskCacheServesRepeatedTilesForAWeek()
{
    QTemporaryDir cache;
    test::TileTestServer server(bodyOf); // sends neither Expires nor Cache-Control
    QVERIFY(server.listen());
    const TileSource source = TileSource::xyz(server.urlTemplate(), Datum::Wgs84);
    {
        TileFetcher fetcher;
        fetcher.setCacheDirectory(cache.path());
        fetcher.setSource(source);
        QSignalSpy ready(&fetcher, &TileFetcher::tileReady);
        fetcher.request({{{2, 3, 4}, 0}});
        QTRY_COMPARE(ready.count(), 1);
    }
    QCOMPARE(server.requests(), 1);
    // A new fetcher (a restart) on the same cache does not ask the server again.
    TileFetcher again;
    again.setCacheDirectory(cache.path());
    again.setSource(source);
    QSignalSpy ready(&again, &TileFetcher::tileReady);
    again.request({{{2, 3, 4}, 0}});
    QTRY_COMPARE(ready.count(), 1);
    QCOMPARE(ready.first().at(1).toByteArray(), bodyOf(4, 2, 3));
    QCOMPARE(server.requests(), 1);
}

void TestTileFetcher::readsMBTilesOffTheGuiThread()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.mbtiles"));
    QVERIFY(test::writeMBTiles(path, {{{6, 3, 3}, QByteArray("png-bytes")}}));
    TileFetcher fetcher;
    fetcher.setSource(TileSource::mbtiles(path));
    QSignalSpy ready(&fetcher, &TileFetcher::tileReady);
    QSignalSpy failed(&fetcher, &TileFetcher::tileFailed);
    fetcher.request({{{6, 3, 3}, 0}, {{7, 3, 3}, 0}});
    QTRY_COMPARE(ready.count() + failed.count(), 2);
    QCOMPARE(ready.count(), 1);
    QCOMPARE(ready.first().at(1).toByteArray(), QByteArray("png-bytes"));
    QVERIFY(failed.first().at(1).toString().contains(QLatin1String("no such tile")));

    fetcher.setSource(TileSource::mbtiles(dir.filePath(QStringLiteral("missing.mbtiles"))));
    fetcher.request({{{0, 0, 0}, 0}});
    QTRY_COMPARE(failed.count(), 2);
    QVERIFY(failed.last().at(1).toString().contains(QLatin1String("does not exist")));
}

void TestTileFetcher::nothingWithoutSource()
{
    TileFetcher fetcher;
    fetcher.request(keys(3, 4));
    QCOMPARE(fetcher.queuedCount(), 0);
    QCOMPARE(fetcher.inFlightCount(), 0);
    fetcher.setSource(TileSource::tianditu(QString())); // no key: a problem, nothing is fetched
    fetcher.request(keys(3, 4));
    QCOMPARE(fetcher.inFlightCount(), 0);
}

QTEST_GUILESS_MAIN(TestTileFetcher)
#include "tst_tilefetcher.moc"
