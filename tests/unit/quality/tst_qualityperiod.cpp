#include "quality/qualityperiod.h"

#include <QTest>

using namespace rw;
using namespace Qt::StringLiterals;

class TestQualityPeriod : public QObject
{
    Q_OBJECT

private slots:
    // 2026-01-31 16:00 UTC is 2026-02-01 00:00 CST: February, not January.
    void monthBoundaryIsChinaStandardTime()
    {
        const qint64 utc16 = 1769875200; // 2026-01-31T16:00:00Z
        QCOMPARE(QualityPeriod::containing(utc16, QualityPeriod::Span::Month),
                 QualityPeriod::ofMonth(2026, 2));
        QCOMPARE(QualityPeriod::containing(utc16 - 1, QualityPeriod::Span::Month),
                 QualityPeriod::ofMonth(2026, 1));
        QCOMPARE(QualityPeriod::ofMonth(2026, 2).start(), utc16);
        QCOMPARE(QualityPeriod::ofMonth(2026, 1).end(), utc16);
        QCOMPARE(QualityPeriod::containing(utc16, QualityPeriod::Span::Day),
                 QualityPeriod::ofDay(2026, 2, 1));
    }

    void monthAndYearLengths()
    {
        QCOMPARE(QualityPeriod::ofMonth(2028, 2).end() - QualityPeriod::ofMonth(2028, 2).start(), 29 * 86400);
        QCOMPARE(QualityPeriod::ofMonth(2026, 2).end() - QualityPeriod::ofMonth(2026, 2).start(), 28 * 86400);
        // December rolls into next year.
        QCOMPARE(QualityPeriod::ofMonth(2025, 12).end(), QualityPeriod::ofYear(2026).start());
        // 2025-12-31 16:00 UTC opens 2026 in CST.
        QCOMPARE(QualityPeriod::ofYear(2026).start(), qint64(1767196800));
        QCOMPARE(QualityPeriod::ofYear(2026).end() - QualityPeriod::ofYear(2026).start(), 365 * 86400);
    }

    void containment()
    {
        const QualityPeriod feb = QualityPeriod::ofMonth(2026, 2);
        QVERIFY(feb.contains(QualityPeriod::ofDay(2026, 2, 28)));
        QVERIFY(!feb.contains(QualityPeriod::ofDay(2026, 3, 1)));
        QVERIFY(QualityPeriod::ofYear(2026).contains(feb));
        QVERIFY(!feb.contains(QualityPeriod::ofYear(2026)));
        QVERIFY(feb.contains(feb));
    }

    void keys()
    {
        QCOMPARE(QualityPeriod::ofDay(2026, 2, 1).key(), u"2026-02-01"_s);
        QCOMPARE(QualityPeriod::ofMonth(2026, 2).key(), u"2026-02"_s);
        QCOMPARE(QualityPeriod::ofYear(2026).key(), u"2026"_s);
    }
};

QTEST_GUILESS_MAIN(TestQualityPeriod)
#include "tst_qualityperiod.moc"
