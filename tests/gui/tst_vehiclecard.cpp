#include "map/vehiclecard.h"

#include "domain/agetext.h"
#include "fleet/fleetstate.h"

#include "guitest.h"

#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace rw;

namespace {

constexpr qint64 kNow = 1'700'000'000;

VehicleFix sample()
{
    VehicleFix f;
    f.key = {QStringLiteral("4690YPZCX001"), QStringLiteral("琼D12345")};
    f.longitude = 109'517'000;
    f.latitude = 18'776'000;
    f.datum = Datum::Wgs84;
    f.positionTime = kNow - 12;
    f.speed = 35;
    f.direction = 90;
    f.bizStatus = BizStatus::Carrying;
    f.orderId = QStringLiteral("ORD20231114000123");
    return f;
}

} // namespace

class TestVehicleCard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { guitest::quietOffscreenWarnings(); }
    void showsWhatThePositionRecordSays();
    void saysStaleAfterSixtySeconds();
    void alarmAndApproximatePosition();
    void closes();
    void formats();
    void permitStatusOfTheVehicleShownOnly();
};

void TestVehicleCard::showsWhatThePositionRecordSays()
{
    FleetState fleet(Datum::Cgcs2000);
    fleet.apply(QList<VehicleFix>{sample()});
    VehicleCard card;
    card.showVehicle(fleet, 0, kNow);
    QVERIFY(!card.isHidden());
    QCOMPARE(card.vehicle(), 0);
    QCOMPARE(card.text(VehicleCard::Field::Plate), QStringLiteral("琼D12345"));
    QCOMPARE(card.text(VehicleCard::Field::Company), QStringLiteral("4690YPZCX001"));
    QCOMPARE(card.text(VehicleCard::Field::Status), bizStatusName(BizStatus::Carrying));
    QCOMPARE(card.text(VehicleCard::Field::Speed), QStringLiteral("35 km/h"));
    QCOMPARE(card.text(VehicleCard::Field::Heading), QStringLiteral("90° E"));
    QCOMPARE(card.text(VehicleCard::Field::LastFix), QStringLiteral("12 s ago"));
    QCOMPARE(card.text(VehicleCard::Field::Order), QStringLiteral("ORD20231114000123"));
    QCOMPARE(card.text(VehicleCard::Field::Alarm), QStringLiteral("None"));
    QVERIFY(card.text(VehicleCard::Field::Position)
                .startsWith(QStringLiteral("109.517000° E, 18.776000° N (WGS-84)")));
    QVERIFY(card.text(VehicleCard::Field::Permit).startsWith(QLatin1String("Unknown")));
    QVERIFY(card.text(VehicleCard::Field::Driver).contains(QLatin1String("Not in position records")));
    card.resize(card.sizeHint());
    card.show();
    QVERIFY(QTest::qWaitForWindowExposed(&card));
    RW_CHECK_SCREENSHOT(&card, QStringLiteral("vehiclecard"));
}

void TestVehicleCard::saysStaleAfterSixtySeconds()
{
    FleetState fleet(Datum::Cgcs2000);
    fleet.apply(QList<VehicleFix>{sample()});
    VehicleCard card;
    card.showVehicle(fleet, 0, kNow - 12 + 60);
    QVERIFY(!card.text(VehicleCard::Field::LastFix).contains(QLatin1String("stale")));
    card.showVehicle(fleet, 0, kNow - 12 + 61);
    QCOMPARE(card.text(VehicleCard::Field::LastFix),
             QStringLiteral("1 min 1 s ago — stale (no fix for over 60 s)"));
}

void TestVehicleCard::alarmAndApproximatePosition()
{
    FleetState fleet(Datum::Cgcs2000);
    VehicleFix f = sample();
    f.warnStatus = 0x1;
    f.datum = Datum::Gcj02; // no lawful conversion to the CGCS2000 map: drawn as sent
    f.orderId = QStringLiteral("0");
    fleet.apply(QList<VehicleFix>{f});
    VehicleCard card;
    card.showVehicle(fleet, 0, kNow);
    QVERIFY(card.text(VehicleCard::Field::Alarm).startsWith(QLatin1String("Emergency")));
    QVERIFY(card.text(VehicleCard::Field::Position).contains(QLatin1String("approximately")));
    QCOMPARE(card.text(VehicleCard::Field::Order), QStringLiteral("None"));
    card.showVehicle(fleet, 5, kNow); // no such vehicle
    QVERIFY(card.isHidden());
    QCOMPARE(card.vehicle(), -1);
}

void TestVehicleCard::closes()
{
    FleetState fleet(Datum::Cgcs2000);
    fleet.apply(QList<VehicleFix>{sample()});
    VehicleCard card;
    card.showVehicle(fleet, 0, kNow);
    card.show();
    QSignalSpy closed(&card, &VehicleCard::closeRequested);
    QToolButton *close = card.findChild<QToolButton *>();
    QVERIFY(close);
    QTest::mouseClick(close, Qt::LeftButton);
    QCOMPARE(closed.count(), 1);
    QVERIFY(card.isHidden());
    QCOMPARE(card.vehicle(), -1);
}

void TestVehicleCard::formats()
{
    QCOMPARE(AgeText::format(0), QStringLiteral("0 s"));
    QCOMPARE(AgeText::format(3 * 3600 + 5 * 60), QStringLiteral("3 h 5 min"));
    QCOMPARE(AgeText::format(2 * 86400 + 3600), QStringLiteral("2 d 1 h"));
    QCOMPARE(VehicleCard::formatHeading(359), QStringLiteral("359° N"));
    QCOMPARE(VehicleCard::formatHeading(225), QStringLiteral("225° SW"));
    QCOMPARE(VehicleCard::formatHeading(-90), QStringLiteral("270° W"));
}

void TestVehicleCard::permitStatusOfTheVehicleShownOnly()
{
    FleetState fleet(Datum::Cgcs2000);
    VehicleFix other = sample();
    other.key.vehicleNo = QStringLiteral("琼D54321");
    fleet.apply(QList<VehicleFix>{sample(), other});
    const int first = fleet.indexOf(sample().key);
    VehicleCard card;
    card.showVehicle(fleet, first, kNow);
    const VehicleKey key = sample().key;
    QCOMPARE(card.vehicleKey(), key);

    card.setPermitStatus(VehiclePermitStatus::checking(key));
    QVERIFY(card.text(VehicleCard::Field::Permit).startsWith(QLatin1String("Checking")));
    VehiclePermitStatus valid;
    valid.vehicle = key;
    valid.state = VehiclePermitStatus::State::Valid;
    valid.certificate = QStringLiteral("469001000001");
    valid.validTo = QDate(2031, 3, 31);
    card.setPermitStatus(valid);
    QCOMPARE(card.text(VehicleCard::Field::Permit),
             QStringLiteral("Valid until 2031-03-31 (transport certificate 469001000001)"));

    // An answer about another vehicle (the officer moved on) is not shown on this one's card.
    VehiclePermitStatus missing;
    missing.vehicle = other.key;
    missing.state = VehiclePermitStatus::State::Missing;
    missing.article = QStringLiteral("第十四条");
    card.setPermitStatus(missing);
    QVERIFY(card.text(VehicleCard::Field::Permit).startsWith(QLatin1String("Valid")));
    // Refreshing the same vehicle keeps its status; showing another one forgets it.
    card.showVehicle(fleet, first, kNow + 1);
    QVERIFY(card.text(VehicleCard::Field::Permit).startsWith(QLatin1String("Valid")));
    card.showVehicle(fleet, fleet.indexOf(other.key), kNow + 1);
    QVERIFY(card.text(VehicleCard::Field::Permit).startsWith(QLatin1String("Unknown")));
    card.setPermitStatus(missing);
    QVERIFY(card.text(VehicleCard::Field::Permit).startsWith(QLatin1String("Missing")));
    QVERIFY(card.text(VehicleCard::Field::Permit).contains(QStringLiteral("Art. 14 (第十四条)")));
    card.clear();
    card.setPermitStatus(missing); // nothing shown: nothing to say it about
    QVERIFY(card.text(VehicleCard::Field::Permit).isEmpty());
}

QTEST_MAIN(TestVehicleCard)
#include "tst_vehiclecard.moc"
