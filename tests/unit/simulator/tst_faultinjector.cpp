#include "simulator/faultinjector.h"

#include <QTest>

using namespace rw;

namespace {

SimRecord orderCreate()
{
    SimRecord r;
    r.ipcType = QStringLiteral("orderCreate");
    r.fields = {{QStringLiteral("CompanyId"), QStringLiteral("4690ABCDEFGH")},
                {QStringLiteral("Address"), 469001},
                {QStringLiteral("OrderId"), QStringLiteral("EFGH2406010800000001")},
                {QStringLiteral("DepartTime"), 20240601080000LL},
                {QStringLiteral("OrderTime"), 20240601080000LL},
                {QStringLiteral("Departure"), QStringLiteral("五指山市汽车站")},
                {QStringLiteral("DepLongitude"), 109512000},
                {QStringLiteral("DepLatitude"), 18781000},
                {QStringLiteral("Destination"), QStringLiteral("水满乡")},
                {QStringLiteral("DestLongitude"), 109662000},
                {QStringLiteral("DestLatitude"), 18888000},
                {QStringLiteral("Encrypt"), 2},
                {QStringLiteral("FareType"), QStringLiteral("WZS01STD")}};
    return r;
}

} // namespace

class tst_FaultInjector : public QObject
{
    Q_OBJECT

private slots:
    void removesARequiredField()
    {
        SimRandom rng(1);
        for (int i = 0; i < 50; ++i) {
            SimRecord r = orderCreate();
            QVERIFY(FaultInjector::removeRequired(r, rng));
            QCOMPARE(r.fault, FaultKind::Missing);
            QVERIFY(!r.fields.contains(r.faultField));
            QCOMPARE(r.fields.size(), 12);
            QVERIFY(r.fields.contains(QStringLiteral("CompanyId")));
        }
    }

    void malformsOneFieldEachWay()
    {
        SimRandom rng(2);
        QSet<int> seen;
        for (int i = 0; i < 200; ++i) {
            SimRecord r = orderCreate();
            const QJsonObject before = r.fields;
            QVERIFY(FaultInjector::malform(r, rng));
            QCOMPARE(r.fault, FaultKind::Malformed);
            seen.insert(int(r.malformation));
            int changed = 0;
            for (auto it = before.constBegin(); it != before.constEnd(); ++it)
                changed += r.fields.value(it.key()) != it.value() ? 1 : 0;
            QCOMPARE(changed, 1);
            const QJsonValue v = r.fields.value(r.faultField);
            switch (r.malformation) {
            case Malformation::TooLong:
                QCOMPARE(v.toString().size(), FaultInjector::textLength(r.faultField) + 1);
                break;
            case Malformation::WrongType:
                QVERIFY(v.type() != before.value(r.faultField).type());
                break;
            case Malformation::BadCode:
                QCOMPARE(r.faultField, QStringLiteral("Encrypt"));
                QCOMPARE(v.toInt(), 9);
                break;
            case Malformation::BadDate:
                QCOMPARE(v.toInteger(), 20241301080000LL);
                break;
            case Malformation::None:
                QFAIL("no malformation recorded");
            }
        }
        QCOMPARE(seen.size(), 4);
    }

    void epochUsesTheBusinessTimeField()
    {
        SimRandom rng(3);
        SimRecord r = orderCreate();
        QVERIFY(FaultInjector::setEpoch(r, rng));
        QCOMPARE(r.faultField, QStringLiteral("OrderTime"));
        QVERIFY(QString::number(r.fields.value(QStringLiteral("OrderTime")).toInteger())
                    .startsWith(QStringLiteral("19700101")));

        SimRecord position;
        position.ipcType = QStringLiteral("positionVehicle");
        position.fields = {{QStringLiteral("PositionTime"), 1717200000}};
        QVERIFY(FaultInjector::setEpoch(position, rng));
        QVERIFY(position.fields.value(QStringLiteral("PositionTime")).toInteger() < 86400);

        SimRecord unknown;
        unknown.ipcType = QStringLiteral("shareOrder");
        QVERIFY(!FaultInjector::setEpoch(unknown, rng));
    }
};

QTEST_GUILESS_MAIN(tst_FaultInjector)
#include "tst_faultinjector.moc"
