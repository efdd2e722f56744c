#include "fleet/kdindex.h"

#include <QList>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace rw;

namespace {

QList<int> sorted(QList<int> v)
{
    std::sort(v.begin(), v.end());
    return v;
}

} // namespace

class tst_KdIndex : public QObject
{
    Q_OBJECT

private slots:
    void emptyIndexFindsNothing()
    {
        const KdIndex index;
        int calls = 0;
        index.range(-1e9, -1e9, 1e9, 1e9, [&](int) { ++calls; });
        index.within(0, 0, 1e9, [&](int) { ++calls; });
        QCOMPARE(calls, 0);
        QCOMPARE(index.size(), 0);
    }

    void rangeAndWithinMatchBruteForce_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("nodeSize");
        QTest::newRow("below one leaf") << 40 << 64;
        QTest::newRow("many leaves") << 5000 << 64;
        QTest::newRow("tiny leaves") << 2000 << 1;
    }

    void rangeAndWithinMatchBruteForce()
    {
        QFETCH(int, count);
        QFETCH(int, nodeSize);
        QRandomGenerator rng{quint32(count)};
        std::vector<double> x(static_cast<size_t>(count));
        std::vector<double> y(static_cast<size_t>(count));
        for (int i = 0; i < count; ++i) {
            // Integer grid: many duplicates and points exactly on query edges.
            x[size_t(i)] = rng.bounded(100);
            y[size_t(i)] = rng.bounded(100);
        }
        const KdIndex index(x.data(), y.data(), count, nodeSize);
        QCOMPARE(index.size(), count);
        for (int q = 0; q < 100; ++q) {
            const double minX = rng.bounded(100);
            const double minY = rng.bounded(100);
            const double maxX = minX + rng.bounded(40);
            const double maxY = minY + rng.bounded(40);
            QList<int> expected;
            for (int i = 0; i < count; ++i) {
                if (x[size_t(i)] >= minX && x[size_t(i)] <= maxX && y[size_t(i)] >= minY &&
                    y[size_t(i)] <= maxY)
                    expected.append(i);
            }
            QList<int> got;
            index.range(minX, minY, maxX, maxY, [&](int id) { got.append(id); });
            QCOMPARE(sorted(got), expected);

            const double r = rng.bounded(20);
            expected.clear();
            for (int i = 0; i < count; ++i) {
                const double dx = x[size_t(i)] - minX;
                const double dy = y[size_t(i)] - minY;
                if (dx * dx + dy * dy <= r * r)
                    expected.append(i);
            }
            got.clear();
            index.within(minX, minY, r, [&](int id) { got.append(id); });
            QCOMPARE(sorted(got), expected);
        }
    }
};

QTEST_GUILESS_MAIN(tst_KdIndex)
#include "tst_kdindex.moc"
