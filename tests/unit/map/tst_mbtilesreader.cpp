#include "map/mbtilesreader.h"

#include "mbtilesfixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace rw;

class TestMBTilesReader : public QObject
{
    Q_OBJECT

private slots:
    void readsTilesWithTmsRows();
    void refusesWhatIsNotMBTiles();
};

void TestMBTilesReader::readsTilesWithTmsRows()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hainan.mbtiles"));
    QVERIFY(
        test::writeMBTiles(path, {{{6, 3, 3}, QByteArray("tile-6-3-3")}, {{0, 0, 0}, QByteArray("world")}}));
    MBTilesReader reader;
    QVERIFY2(reader.open(path), qPrintable(reader.error()));
    QCOMPARE(reader.tile({6, 3, 3}), std::optional<QByteArray>("tile-6-3-3"));
    QCOMPARE(reader.tile({0, 0, 0}), std::optional<QByteArray>("world"));
    // Row 3 from the north is TMS row 4: the XYZ tile (6, 4, 3) is not in the file.
    QVERIFY(!reader.tile({6, 4, 3}));
    QCOMPARE(reader.metadata().value(QStringLiteral("format")), QStringLiteral("png"));
    QCOMPARE(reader.maxZoom(), 14);
}

void TestMBTilesReader::refusesWhatIsNotMBTiles()
{
    QTemporaryDir dir;
    MBTilesReader reader;
    QVERIFY(!reader.open(dir.filePath(QStringLiteral("missing.mbtiles"))));
    QVERIFY(reader.error().contains(QLatin1String("does not exist")));

    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    {
        Database db;
        QVERIFY(db.open(other));
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE t (a INTEGER)")));
    }
    QVERIFY(!reader.open(other));
    QVERIFY2(reader.error().contains(QLatin1String("\"tiles\"")), qPrintable(reader.error()));
}

QTEST_GUILESS_MAIN(TestMBTilesReader)
#include "tst_mbtilesreader.moc"
