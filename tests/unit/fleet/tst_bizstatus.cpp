#include "fleet/bizstatus.h"

#include <QTest>

using namespace rw;

class tst_BizStatus : public QObject
{
    Q_OBJECT

private slots:
    void codes()
    {
        // platform-interface.md §4: 1 载客, 2 接单, 3 空驶, 4 停运.
        QCOMPARE(bizStatusFromCode(1), BizStatus::Carrying);
        QCOMPARE(bizStatusFromCode(2), BizStatus::Dispatched);
        QCOMPARE(bizStatusFromCode(3), BizStatus::Empty);
        QCOMPARE(bizStatusFromCode(4), BizStatus::OutOfService);
        QCOMPARE(bizStatusFromCode(0), BizStatus::Unknown);
        QCOMPARE(bizStatusFromCode(5), BizStatus::Unknown);
        QCOMPARE(int(BizStatus::OutOfService) + 1, kBizStatusCount);
    }

    void names()
    {
        QCOMPARE(bizStatusName(BizStatus::Carrying), QStringLiteral("Carrying"));
        QCOMPARE(bizStatusName(BizStatus::Dispatched), QStringLiteral("Dispatched"));
        QCOMPARE(bizStatusName(BizStatus::Empty), QStringLiteral("Empty"));
        QCOMPARE(bizStatusName(BizStatus::OutOfService), QStringLiteral("Out of service"));
        QCOMPARE(bizStatusName(BizStatus::Unknown), QStringLiteral("Unknown"));
    }
};

QTEST_GUILESS_MAIN(tst_BizStatus)
#include "tst_bizstatus.moc"
