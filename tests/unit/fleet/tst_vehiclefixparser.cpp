#include "fleet/vehiclefixparser.h"
#include "protocol/interfacecatalogue.h"
#include "protocol/jsoncodec.h"
#include "protocol/record.h"
#include "protocol/spectime.h"

#include "uploadfixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace rw;

namespace {

constexpr qint64 kT0 = 1'700'000'000;

} // namespace

class tst_VehicleFixParser : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const InterfaceCatalogue> m_catalogue = InterfaceCatalogue::builtIn();
    VehicleFixParser m_parser{m_catalogue};

    Record record(const QJsonObject &json) const
    {
        const DecodeResult decoded =
            JsonCodec(m_catalogue)
                .decode(fixtures::envelope(QStringLiteral("positionVehicle"), QJsonArray{json}));
        if (!decoded.ok() || decoded.envelopes.size() != 1 || decoded.envelopes.first().records.size() != 1)
            qFatal("fixture did not decode: %s", qPrintable(decoded.error));
        return decoded.envelopes.first().records.first();
    }

    Record valid() const { return record(fixtures::positionVehicle(QStringLiteral("琼D12345"), kT0)); }

    QString refusal(const Record &r) const
    {
        QString error;
        const auto fix = m_parser.parse(r, &error);
        return fix ? QString() : error;
    }

private slots:
    void parsesAValidRecordDecodedFromJson()
    {
        QVERIFY(m_parser.spec());
        QString error;
        const auto fix = m_parser.parse(valid(), &error);
        QVERIFY2(fix, qPrintable(error));
        QCOMPARE(fix->key, (VehicleKey{fixtures::kCompany, QStringLiteral("琼D12345")}));
        QCOMPARE(fix->longitude, 109516800);
        QCOMPARE(fix->latitude, 18776500);
        QCOMPARE(fix->datum, Datum::Wgs84);
        QCOMPARE(fix->positionTime, kT0);
        QCOMPARE(fix->speed, 32.0f);
        QCOMPARE(fix->direction, qint16(90));
        QCOMPARE(fix->bizStatus, BizStatus::Empty);
        QCOMPARE(fix->warnStatus, 0u);
        QCOMPARE(fix->orderId, QStringLiteral("0"));
        QVERIFY(!fix->hasOrder());
        QVERIFY(fix->licenseId.isEmpty()); // positionVehicle has no LicenseId
        QCOMPARE(fix->longitudeDegrees(), 109.5168);
        QCOMPARE(fix->latitudeDegrees(), 18.7765);
    }

    void optionalFields()
    {
        QJsonObject json = fixtures::positionVehicle(QStringLiteral("琼D1"), kT0);
        json.insert(QStringLiteral("Encrypt"), 1);
        json.insert(QStringLiteral("BizStatus"), 1);
        json.insert(QStringLiteral("WarnStatus"), 4294967295.0);
        json.insert(QStringLiteral("Speed"), 41.5);
        json.insert(QStringLiteral("OrderId"), QStringLiteral("ORD20240101"));
        const auto fix = m_parser.parse(record(json));
        QVERIFY(fix);
        QCOMPARE(fix->datum, Datum::Gcj02);
        QCOMPARE(fix->bizStatus, BizStatus::Carrying);
        QCOMPARE(fix->warnStatus, 0xffffffffu);
        QCOMPARE(fix->speed, 41.5f);
        QVERIFY(fix->hasOrder());
    }

    void absentOptionalFieldsGiveDefaults()
    {
        QJsonObject json = fixtures::positionVehicle(QStringLiteral("琼D1"), kT0);
        for (const char *name : {"Encrypt", "Speed", "Direction", "BizStatus", "OrderId"})
            json.remove(QLatin1String(name));
        const auto fix = m_parser.parse(record(json));
        QVERIFY(fix);
        QCOMPARE(fix->datum, Datum::Unknown);
        QCOMPARE(fix->speed, -1.0f);
        QCOMPARE(fix->direction, qint16(-1));
        QCOMPARE(fix->bizStatus, BizStatus::Unknown);
        QVERIFY(fix->orderId.isEmpty());
    }

    void badOptionalFieldsAreReadLeniently()
    {
        QJsonObject json = fixtures::positionVehicle(QStringLiteral("琼D1"), kT0);
        json.insert(QStringLiteral("Encrypt"), 9);
        json.insert(QStringLiteral("Direction"), 360);
        json.insert(QStringLiteral("BizStatus"), 7);
        json.insert(QStringLiteral("Speed"), -5);
        json.insert(QStringLiteral("WarnStatus"), QStringLiteral("x"));
        const auto fix = m_parser.parse(record(json));
        QVERIFY(fix);
        QCOMPARE(fix->datum, Datum::Unknown);
        QCOMPARE(fix->direction, qint16(-1));
        QCOMPARE(fix->bizStatus, BizStatus::Unknown);
        QCOMPARE(fix->speed, -1.0f);
        QCOMPARE(fix->warnStatus, 0u);
    }

    void positionTimeInBothFormats()
    {
        // 2023-11-14 22:13:20 UTC = 2023-11-15 06:13:20 CST.
        QJsonObject json = fixtures::positionVehicle(QStringLiteral("琼D1"), 20231115061320);
        const auto fix = m_parser.parse(record(json));
        QVERIFY(fix);
        QCOMPARE(fix->positionTime, kT0);
    }

    void numbersAsStringsAndIntegralDoubles()
    {
        Record r = makeRecord(*m_parser.spec());
        r.setValue(u"CompanyId", fixtures::kCompany);
        r.setValue(u"VehicleNo", QStringLiteral("琼D1"));
        r.setValue(u"PositionTime", QStringLiteral("1700000000"));
        r.setValue(u"Longitude", QStringLiteral("109516800"));
        r.setValue(u"Latitude", 18776500.0);
        r.setValue(u"Encrypt", QStringLiteral("4"));
        r.setValue(u"OrderId", qint64(0));
        const auto fix = m_parser.parse(r);
        QVERIFY(fix);
        QCOMPARE(fix->positionTime, kT0);
        QCOMPARE(fix->longitude, 109516800);
        QCOMPARE(fix->latitude, 18776500);
        QCOMPARE(fix->datum, Datum::Cgcs2000);
        QCOMPARE(fix->orderId, QStringLiteral("0"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QVariant>("value"); // invalid = remove the field
        QTest::addColumn<QString>("message");

        QTest::newRow("no plate") << "VehicleNo" << QVariant() << "VehicleNo: required, absent or empty";
        QTest::newRow("empty plate") << "VehicleNo" << QVariant(QString())
                                     << "VehicleNo: required, absent or empty";
        QTest::newRow("no company") << "CompanyId" << QVariant() << "CompanyId: required, absent or empty";
        QTest::newRow("no time") << "PositionTime" << QVariant() << "PositionTime: required, absent";
        QTest::newRow("milliseconds") << "PositionTime" << QVariant(qint64(1'700'000'000'000))
                                      << "PositionTime: 1700000000000 is neither Unix seconds nor a "
                                         "YYYYMMDDhhmmss date-time";
        QTest::newRow("no longitude") << "Longitude" << QVariant() << "Longitude: required, absent";
        QTest::newRow("degrees, not 1e-6") << "Longitude" << QVariant(109.5168)
                                           << "Longitude: 109.5168 is not a whole number of 1e-6 degree";
        QTest::newRow("longitude off the globe") << "Longitude" << QVariant(qint64(180'000'001))
                                                 << "Longitude: 180000001 is outside −180000000..180000000 "
                                                    "(1e-6 degree)";
        QTest::newRow("latitude off the globe") << "Latitude" << QVariant(qint64(-90'000'001))
                                                << "Latitude: -90000001 is outside −90000000..90000000 (1e-6 "
                                                   "degree)";
        QTest::newRow("latitude as text") << "Latitude" << QVariant(QStringLiteral("north"))
                                          << "Latitude: \"north\" is not a whole number of 1e-6 degree";
    }

    void refusals()
    {
        QFETCH(QString, field);
        QFETCH(QVariant, value);
        QFETCH(QString, message);
        Record r = valid();
        r.setValue(field, value);
        QCOMPARE(refusal(r), message);
    }

    void otherInterfacesAreRefused()
    {
        const InterfaceSpec *driver = m_catalogue->byIpcType(u"positionDriver");
        QVERIFY(driver);
        Record r = makeRecord(*driver);
        QCOMPARE(
            refusal(r),
            QStringLiteral(
                "IPCType: positionDriver is not positionVehicle; only vehicle fixes go on the fleet map"));
        QCOMPARE(
            refusal(Record{}),
            QStringLiteral("IPCType: (none) is not positionVehicle; only vehicle fixes go on the fleet map"));
    }

    void recordOfAnotherCatalogueInstance()
    {
        // Same interface, different InterfaceSpec object: indices are looked up by name.
        QFile file(QStringLiteral(":/protocol/interfaces.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString error;
        const auto other = InterfaceCatalogue::fromJson(file.readAll(), &error);
        QVERIFY2(other, qPrintable(error));
        Record r = makeRecord(*other->byIpcType(u"positionVehicle"));
        r.setValue(u"CompanyId", fixtures::kCompany);
        r.setValue(u"VehicleNo", QStringLiteral("琼D2"));
        r.setValue(u"PositionTime", kT0);
        r.setValue(u"Longitude", qint64(1));
        r.setValue(u"Latitude", qint64(2));
        const auto fix = m_parser.parse(r);
        QVERIFY(fix);
        QCOMPARE(fix->latitude, 2);
    }

    void parseAllCountsAndNamesRefusals()
    {
        Record bad = valid();
        bad.setValue(u"Longitude", QVariant());
        QList<VehicleFix> fixes{VehicleFix{}};
        QStringList errors;
        QCOMPARE(m_parser.parseAll({valid(), bad, valid()}, &fixes, &errors), 1);
        QCOMPARE(fixes.size(), 3); // appended to the one already there
        QCOMPARE(errors, QStringList{QStringLiteral("record 2: Longitude: required, absent")});
    }
};

QTEST_GUILESS_MAIN(tst_VehicleFixParser)
#include "tst_vehiclefixparser.moc"
