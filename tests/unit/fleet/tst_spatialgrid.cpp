#include "fleet/spatialgrid.h"

#include <QList>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace rw;

namespace {

// Items whose cells intersect \a rect, as the grid reports them.
QList<int> candidates(const SpatialGrid &grid, const QRectF &rect)
{
    QList<int> out;
    grid.forEachCell(rect, [&](const int *items, int count) {
        for (int k = 0; k < count; ++k)
            out.append(items[k]);
    });
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

class tst_SpatialGrid : public QObject
{
    Q_OBJECT

private slots:
    void cellsAreZoomLevelTiles()
    {
        const SpatialGrid grid;
        QCOMPARE(grid.level(), 15);
        QCOMPARE(grid.cellSize(), 256.0 / 32768);
        QCOMPARE(SpatialGrid(4).cellSize(), 16.0);
        QCOMPARE(SpatialGrid(40).level(), 16); // keys hold 16 bits a side
    }

    void candidatesAreExactlyTheItemsOfIntersectingCells()
    {
        // Level 4: 16 × 16 cells of 16 world px. Both query strategies (lookup and scan) are used.
        SpatialGrid grid(4);
        QRandomGenerator rng(5);
        QList<QPointF> points;
        for (int i = 0; i < 500; ++i) {
            points.append({rng.generateDouble() * 256, rng.generateDouble() * 256});
            grid.insert(i, points.last().x(), points.last().y());
        }
        for (int i = 0; i < 500; i += 3) {
            points[i] = {rng.generateDouble() * 256, rng.generateDouble() * 256};
            grid.move(i, points[i].x(), points[i].y());
        }
        QCOMPARE(grid.itemCount(), 500);
        for (int q = 0; q < 300; ++q) {
            const double w = rng.generateDouble() * (q % 2 ? 20 : 300);
            const double h = rng.generateDouble() * (q % 2 ? 20 : 300);
            const QRectF rect(rng.generateDouble() * 300 - 20, rng.generateDouble() * 300 - 20, w, h);
            const int x0 = std::clamp(int(std::floor(rect.left() / 16)), 0, 15);
            const int x1 = std::clamp(int(std::floor(rect.right() / 16)), 0, 15);
            const int y0 = std::clamp(int(std::floor(rect.top() / 16)), 0, 15);
            const int y1 = std::clamp(int(std::floor(rect.bottom() / 16)), 0, 15);
            QList<int> expected;
            for (int i = 0; i < points.size(); ++i) {
                const int cx = std::min(15, int(points[i].x() / 16));
                const int cy = std::min(15, int(points[i].y() / 16));
                if (cx >= x0 && cx <= x1 && cy >= y0 && cy <= y1)
                    expected.append(i);
            }
            QCOMPARE(candidates(grid, rect), expected);
        }
    }

    void moveWithinACellAndAcrossCells()
    {
        SpatialGrid grid(4);
        grid.insert(0, 1, 1);
        grid.insert(1, 2, 2);
        grid.insert(2, 3, 3);
        QCOMPARE(grid.cellCount(), 1);
        grid.move(1, 5, 5); // same cell
        QCOMPARE(candidates(grid, QRectF(0, 0, 1, 1)), (QList<int>{0, 1, 2}));
        grid.move(0, 100, 100);
        QCOMPARE(grid.cellCount(), 2);
        QCOMPARE(candidates(grid, QRectF(0, 0, 1, 1)), (QList<int>{1, 2}));
        QCOMPARE(candidates(grid, QRectF(99, 99, 1, 1)), (QList<int>{0}));
        grid.move(2, 100, 100);
        grid.move(1, 100, 100);
        QCOMPARE(candidates(grid, QRectF(0, 0, 1, 1)), QList<int>{});
        QCOMPARE(candidates(grid, QRectF(96, 96, 1, 1)), (QList<int>{0, 1, 2}));
        grid.move(1, 1, 1); // back into the emptied cell
        QCOMPARE(grid.cellCount(), 2);
        QCOMPARE(candidates(grid, QRectF(0, 0, 1, 1)), (QList<int>{1}));
    }

    void outOfWorldCoordinatesAreClampedIntoEdgeCells()
    {
        SpatialGrid grid(4);
        grid.insert(0, -10, 300);
        grid.insert(1, 256, 0);
        grid.insert(2, std::nan(""), 0);
        QCOMPARE(candidates(grid, QRectF(0, 250, 1, 1)), (QList<int>{0}));
        QCOMPARE(candidates(grid, QRectF(255, 0, 1, 1)), (QList<int>{1}));
        QCOMPARE(candidates(grid, QRectF(0, 0, 1, 1)), (QList<int>{2}));
        grid.clear();
        QCOMPARE(grid.itemCount(), 0);
        QCOMPARE(candidates(grid, QRectF(0, 0, 256, 256)), QList<int>{});
    }
};

QTEST_GUILESS_MAIN(tst_SpatialGrid)
#include "tst_spatialgrid.moc"
