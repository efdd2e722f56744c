#include "protocol/interfacecatalogue.h"
#include "protocol/recordvalidator.h"

#include <QElapsedTimer>
#include <QTest>

using namespace rw;

Q_DECLARE_METATYPE(rw::ValidationRule)

namespace {

const InterfaceSpec &spec(QStringView ipcType)
{
    const InterfaceSpec *s = InterfaceCatalogue::builtIn()->byIpcType(ipcType);
    Q_ASSERT(s);
    return *s;
}

// A position record that passes every rule.
Record validPosition()
{
    Record r = makeRecord(spec(u"positionVehicle"));
    r.setValue(u"CompanyId", QStringLiteral("4690WZSYC001"));
    r.setValue(u"VehicleNo", QStringLiteral("琼D12345"));
    r.setValue(u"VehicleRegionCode", qint64(469001));
    r.setValue(u"PositionTime", qint64(1717200000));
    r.setValue(u"Longitude", qint64(109516666));
    r.setValue(u"Latitude", qint64(18775000));
    r.setValue(u"Speed", 42.5);
    r.setValue(u"Direction", qint64(270));
    r.setValue(u"Elevation", qint64(330));
    r.setValue(u"Encrypt", qint64(1));
    r.setValue(u"BizStatus", qint64(3));
    r.setValue(u"OrderId", QStringLiteral("0"));
    return r;
}

Record validVehicle()
{
    Record r = makeRecord(spec(u"baseInfoVehicle"));
    const QList<std::pair<QString, QVariant>> values = {
        {QStringLiteral("CompanyId"), QStringLiteral("4690WZSYC001")},
        {QStringLiteral("Flag"), qint64(1)},
        {QStringLiteral("UpdateTime"), qint64(20240601120000)},
        {QStringLiteral("Address"), qint64(469001)},
        {QStringLiteral("VehicleNo"), QStringLiteral("琼D12345")},
        {QStringLiteral("PlateColor"), QStringLiteral("5")},
        {QStringLiteral("Seats"), qint64(5)},
        {QStringLiteral("Brand"), QStringLiteral("比亚迪")},
        {QStringLiteral("Model"), QStringLiteral("BYD7005BEV")},
        {QStringLiteral("VehicleType"), QStringLiteral("小型轿车")},
        {QStringLiteral("OwnerName"), QStringLiteral("五指山示例出行有限公司")},
        {QStringLiteral("VehicleColor"), QStringLiteral("白")},
        {QStringLiteral("EngineId"), QStringLiteral("TZ200XSQ12345")},
        {QStringLiteral("VIN"), QStringLiteral("LGXCE4CB0P0123456")},
        {QStringLiteral("CertifyDateA"), qint64(20230510)},
        {QStringLiteral("FuelType"), QStringLiteral("C")},
        {QStringLiteral("EngineDisplace"), QStringLiteral("0")},
        {QStringLiteral("TransAgency"), QStringLiteral("五指山市交通运输局")},
        {QStringLiteral("TransArea"), QStringLiteral("五指山市")},
        {QStringLiteral("TransDateStart"), qint64(20230601)},
        {QStringLiteral("TransDateStop"), qint64(20310509)},
        {QStringLiteral("CertifyDateB"), qint64(20230510)},
        {QStringLiteral("FixState"), QStringLiteral("1")},
        {QStringLiteral("CheckState"), QStringLiteral("01")},
        {QStringLiteral("FeePrintId"), QStringLiteral("FP-0001")},
        {QStringLiteral("GPSBrand"), QStringLiteral("北斗")},
        {QStringLiteral("GPSModel"), QStringLiteral("BD-100")},
        {QStringLiteral("GPSInstallDate"), qint64(20230520)},
        {QStringLiteral("RegisterDate"), qint64(20230601)},
        {QStringLiteral("CommercialType"), qint64(1)},
        {QStringLiteral("FareType"), QStringLiteral("WZS-STD")},
        {QStringLiteral("State"), qint64(0)},
    };
    for (const auto &[name, value] : values)
        r.setValue(name, value);
    return r;
}

// The violations of \a record, as "Field/rule" strings, for compact comparisons.
QStringList summary(const FieldViolations &violations)
{
    QStringList list;
    for (const FieldViolation &v : violations)
        list.append(v.field + u'/' + ruleName(v.rule));
    return list;
}

QString describe(const FieldViolations &violations)
{
    QStringList lines;
    for (const FieldViolation &v : violations)
        lines.append(v.message);
    return lines.join(QStringLiteral(" | "));
}

} // namespace

class tst_RecordValidator : public QObject
{
    Q_OBJECT

private slots:
    void validRecordsPass();
    void required_data();
    void required();
    void type_data();
    void type();
    void length_data();
    void length();
    void code_data();
    void code();
    void range_data();
    void range();
    void date_data();
    void date();
    void identity();
    void multipleViolationsAreReportedTogether();
    void valueIsShortenedTo64Characters();
    void recordWithoutSpec();
    void shortValueListCountsAsAbsent();
    void ruleNames();
    void positionValidationSpeed();
};

void tst_RecordValidator::validRecordsPass()
{
    const RecordValidator validator;
    FieldViolations violations = validator.validate(validPosition(), QStringLiteral("4690WZSYC001"));
    QVERIFY2(violations.isEmpty(), qPrintable(describe(violations)));
    violations = validator.validate(validVehicle());
    QVERIFY2(violations.isEmpty(), qPrintable(describe(violations)));
}

void tst_RecordValidator::required_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("message"); // empty: no violation

    QTest::newRow("required absent") << QStringLiteral("VehicleNo") << QVariant()
                                     << QStringLiteral("VehicleNo: required but absent");
    QTest::newRow("required null") << QStringLiteral("VehicleNo") << QVariant::fromValue(nullptr)
                                   << QStringLiteral("VehicleNo: required but null");
    QTest::newRow("required empty string") << QStringLiteral("VehicleNo") << QVariant(QString())
                                           << QStringLiteral("VehicleNo: required but empty");
    QTest::newRow("required number absent")
        << QStringLiteral("Longitude") << QVariant() << QStringLiteral("Longitude: required but absent");
    QTest::newRow("required number as empty string") << QStringLiteral("Longitude") << QVariant(QString())
                                                     << QStringLiteral("Longitude: required but empty");
    QTest::newRow("required single space is sent")
        << QStringLiteral("OrderId") << QVariant(QStringLiteral(" ")) << QString();
    QTest::newRow("optional absent") << QStringLiteral("Speed") << QVariant() << QString();
    QTest::newRow("optional null") << QStringLiteral("Speed") << QVariant::fromValue(nullptr) << QString();
    QTest::newRow("optional empty string") << QStringLiteral("Speed") << QVariant(QString()) << QString();
}

void tst_RecordValidator::required()
{
    QFETCH(QString, field);
    QFETCH(QVariant, value);
    QFETCH(QString, message);
    Record record = validPosition();
    record.setValue(field, value);
    const FieldViolations violations = RecordValidator().validate(record);
    if (message.isEmpty()) {
        QVERIFY2(violations.isEmpty(), qPrintable(describe(violations)));
        return;
    }
    QCOMPARE(violations.size(), 1);
    QCOMPARE(violations.first().field, field);
    QCOMPARE(violations.first().rule, ValidationRule::Required);
    QCOMPARE(violations.first().message, message);
}

void tst_RecordValidator::type_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("message");

    QTest::newRow("C as integer") << QStringLiteral("VehicleNo") << QVariant(qint64(12345))
                                  << QStringLiteral("VehicleNo: sent as the number 12345, text is required");
    QTest::newRow("C as double") << QStringLiteral("OrderId") << QVariant(1.5)
                                 << QStringLiteral("OrderId: sent as the number 1.5, text is required");
    QTest::newRow("C as bool") << QStringLiteral("VehicleNo") << QVariant(true)
                               << QStringLiteral("VehicleNo: sent as the boolean true, text is required");
    QTest::newRow("C as object") << QStringLiteral("VehicleNo")
                                 << QVariant(QVariantMap{{QStringLiteral("a"), 1}})
                                 << QStringLiteral(
                                        "VehicleNo: sent as a nested object or array, text is required");
    QTest::newRow("N as numeric string")
        << QStringLiteral("Longitude") << QVariant(QStringLiteral("109516666"))
        << QStringLiteral("Longitude: sent as the text \"109516666\", a number is required");
    QTest::newRow("N as bool") << QStringLiteral("Direction") << QVariant(false)
                               << QStringLiteral(
                                      "Direction: sent as the boolean false, a number is required");
    QTest::newRow("N as array") << QStringLiteral("Direction") << QVariant(QVariantList{1, 2})
                                << QStringLiteral(
                                       "Direction: sent as a nested object or array, a number is required");
    QTest::newRow("N with a fraction")
        << QStringLiteral("Longitude") << QVariant(109.516666)
        << QStringLiteral("Longitude: 109.516666 has a fraction, a whole number is required");
    QTest::newRow("N whole double") << QStringLiteral("Direction") << QVariant(270.0) << QString();
    QTest::newRow("decimal with a fraction") << QStringLiteral("Speed") << QVariant(42.25) << QString();
    QTest::newRow("decimal integer") << QStringLiteral("Mileage") << QVariant(qint64(120000)) << QString();
    QTest::newRow("int (not qint64)") << QStringLiteral("Direction") << QVariant(int(90)) << QString();
    QTest::newRow("C with Chinese text")
        << QStringLiteral("VehicleNo") << QVariant(QStringLiteral("琼D·A1234")) << QString();
}

void tst_RecordValidator::type()
{
    QFETCH(QString, field);
    QFETCH(QVariant, value);
    QFETCH(QString, message);
    Record record = validPosition();
    record.setValue(field, value);
    const FieldViolations violations = RecordValidator().validate(record);
    if (message.isEmpty()) {
        QVERIFY2(violations.isEmpty(), qPrintable(describe(violations)));
        return;
    }
    // A type violation ends the checks of that field: exactly one violation.
    QCOMPARE(summary(violations), QStringList{field + QStringLiteral("/type")});
    QCOMPARE(violations.first().message, message);
}

void tst_RecordValidator::length_data()
{
    QTest::addColumn<QString>("interface");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("message");

    const QString position = QStringLiteral("positionVehicle");
    const QString vehicle = QStringLiteral("baseInfoVehicle");
    QTest::newRow("V32 with 32") << position << QStringLiteral("VehicleNo") << QVariant(QString(32, u'A'))
                                 << QString();
    QTest::newRow("V32 with 33") << position << QStringLiteral("VehicleNo") << QVariant(QString(33, u'A'))
                                 << QStringLiteral("VehicleNo: 33 characters, at most 32 allowed");
    QTest::newRow("V32 with 40") << position << QStringLiteral("VehicleNo") << QVariant(QString(40, u'A'))
                                 << QStringLiteral("VehicleNo: 40 characters, at most 32 allowed");
    QTest::newRow("V32 with 32 Chinese")
        << position << QStringLiteral("VehicleNo") << QVariant(QString(32, QChar(0x743C))) << QString();
    // U+1F697 (automobile) is one character in two UTF-16 units: 32 of them still fit V32.
    QTest::newRow("V32 with 32 surrogate pairs")
        << position << QStringLiteral("VehicleNo") << QVariant(QString::fromUcs4(U"\U0001F697").repeated(32))
        << QString();
    QTest::newRow("V32 with 33 surrogate pairs")
        << position << QStringLiteral("VehicleNo") << QVariant(QString::fromUcs4(U"\U0001F697").repeated(33))
        << QStringLiteral("VehicleNo: 33 characters, at most 32 allowed");
    QTest::newRow("F17 with 16") << vehicle << QStringLiteral("VIN") << QVariant(QString(16, u'1'))
                                 << QStringLiteral("VIN: 16 characters, exactly 17 required");
    QTest::newRow("F17 with 17") << vehicle << QStringLiteral("VIN") << QVariant(QString(17, u'1'))
                                 << QString();
    QTest::newRow("F17 with 18") << vehicle << QStringLiteral("VIN") << QVariant(QString(18, u'1'))
                                 << QStringLiteral("VIN: 18 characters, exactly 17 required");
    QTest::newRow("N V10 with 10 digits")
        << position << QStringLiteral("Elevation") << QVariant(qint64(1234567890)) << QString();
    QTest::newRow("N V10 with 11 digits")
        << position << QStringLiteral("Elevation") << QVariant(qint64(12345678901))
        << QStringLiteral("Elevation: 11 digits, at most 10 allowed");
    QTest::newRow("N V10 negative 10 digits")
        << position << QStringLiteral("Elevation") << QVariant(qint64(-1234567890)) << QString();
    QTest::newRow("N huge whole double") << position << QStringLiteral("Elevation") << QVariant(1e20)
                                         << QStringLiteral("Elevation: 21 digits, at most 10 allowed");
    QTest::newRow("decimal 10 digits")
        << position << QStringLiteral("Mileage") << QVariant(1234567.891) << QString();
    QTest::newRow("decimal 11 digits") << position << QStringLiteral("Mileage") << QVariant(12345678.901)
                                       << QStringLiteral("Mileage: 11 digits, at most 10 allowed");
    QTest::newRow("F6 region with 5 digits")
        << vehicle << QStringLiteral("Address") << QVariant(qint64(46900))
        << QStringLiteral("Address: 5 digits, exactly 6 required");
    QTest::newRow("F6 region with 6 digits")
        << vehicle << QStringLiteral("Address") << QVariant(qint64(460000)) << QString();
    QTest::newRow("F14 with 13 digits")
        << vehicle << QStringLiteral("UpdateTime") << QVariant(qint64(2024060112000))
        << QStringLiteral("UpdateTime: 13 digits, exactly 14 required");
    QTest::newRow("F2 text with 1") << vehicle << QStringLiteral("CheckState")
                                    << QVariant(QStringLiteral("0"))
                                    << QStringLiteral("CheckState: 1 characters, exactly 2 required");
}

void tst_RecordValidator::length()
{
    QFETCH(QString, interface);
    QFETCH(QString, field);
    QFETCH(QVariant, value);
    QFETCH(QString, message);
    Record record = interface == QLatin1String("positionVehicle") ? validPosition() : validVehicle();
    record.setValue(field, value);
    const FieldViolations violations = RecordValidator().validate(record);
    if (message.isEmpty()) {
        QVERIFY2(violations.isEmpty(), qPrintable(describe(violations)));
        return;
    }
    QVERIFY2(summary(violations).contains(field + QStringLiteral("/length")),
             qPrintable(describe(violations)));
    QCOMPARE(violations.first().message, message);
    // A wrong length makes date and region checks moot: only the length is reported.
    QCOMPARE(violations.size(), 1);
}

void tst_RecordValidator::code_data()
{
    QTest::addColumn<QString>("interface");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("message");

    QTest::newRow("Encrypt 0 (other)")
        << QStringLiteral("positionVehicle") << QStringLiteral("Encrypt") << QVariant(qint64(0)) << QString();
    QTest::newRow("Encrypt 4") << QStringLiteral("positionVehicle") << QStringLiteral("Encrypt")
                               << QVariant(qint64(4)) << QString();
    QTest::newRow("Encrypt 5") << QStringLiteral("positionVehicle") << QStringLiteral("Encrypt")
                               << QVariant(qint64(5))
                               << QStringLiteral(
                                      "Encrypt: 5 is not a permitted code (allowed: 1, 2, 3, 4, 0)");
    QTest::newRow("BizStatus 0") << QStringLiteral("positionVehicle") << QStringLiteral("BizStatus")
                                 << QVariant(qint64(0))
                                 << QStringLiteral(
                                        "BizStatus: 0 is not a permitted code (allowed: 1, 2, 3, 4)");
    QTest::newRow("Flag 3") << QStringLiteral("baseInfoVehicle") << QStringLiteral("Flag")
                            << QVariant(qint64(3)) << QString();
    QTest::newRow("Flag 4") << QStringLiteral("baseInfoVehicle") << QStringLiteral("Flag")
                            << QVariant(qint64(4))
                            << QStringLiteral("Flag: 4 is not a permitted code (allowed: 1, 2, 3)");
    QTest::newRow("State 1 as whole double")
        << QStringLiteral("baseInfoVehicle") << QStringLiteral("State") << QVariant(1.0) << QString();
    QTest::newRow("FixState text 2") << QStringLiteral("baseInfoVehicle") << QStringLiteral("FixState")
                                     << QVariant(QStringLiteral("2")) << QString();
    QTest::newRow("FixState text 3") << QStringLiteral("baseInfoVehicle") << QStringLiteral("FixState")
                                     << QVariant(QStringLiteral("3"))
                                     << QStringLiteral(
                                            "FixState: \"3\" is not a permitted code (allowed: 0, 1, 2)");
    QTest::newRow("PlateColor as text name")
        << QStringLiteral("baseInfoVehicle") << QStringLiteral("PlateColor")
        << QVariant(QStringLiteral("蓝色"))
        << QStringLiteral("PlateColor: \"蓝色\" is not a permitted code (allowed: 1, 2, 3, 4, 5, 9)");
}

void tst_RecordValidator::code()
{
    QFETCH(QString, interface);
    QFETCH(QString, field);
    QFETCH(QVariant, value);
    QFETCH(QString, message);
    Record record = interface == QLatin1String("positionVehicle") ? validPosition() : validVehicle();
    record.setValue(field, value);
    const FieldViolations violations = RecordValidator().validate(record);
    if (message.isEmpty()) {
        QVERIFY2(violations.isEmpty(), qPrintable(describe(violations)));
        return;
    }
    QCOMPARE(summary(violations), QStringList{field + QStringLiteral("/code")});
    QCOMPARE(violations.first().message, message);
}

void tst_RecordValidator::range_data()
{
    QTest::addColumn<QString>("interface");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("message");

    const QString position = QStringLiteral("positionVehicle");
    const QString vehicle = QStringLiteral("baseInfoVehicle");
    QTest::newRow("Direction 0") << position << QStringLiteral("Direction") << QVariant(qint64(0))
                                 << QString();
    QTest::newRow("Direction 359") << position << QStringLiteral("Direction") << QVariant(qint64(359))
                                   << QString();
    QTest::newRow("Direction 360") << position << QStringLiteral("Direction") << QVariant(qint64(360))
                                   << QStringLiteral("Direction: 360 is greater than the maximum 359");
    QTest::newRow("Direction -1") << position << QStringLiteral("Direction") << QVariant(qint64(-1))
                                  << QStringLiteral("Direction: -1 is less than the minimum 0");
    QTest::newRow("Seats 1") << vehicle << QStringLiteral("Seats") << QVariant(qint64(1)) << QString();
    QTest::newRow("Seats 0") << vehicle << QStringLiteral("Seats") << QVariant(qint64(0))
                             << QStringLiteral("Seats: 0 is less than the minimum 1");
    QTest::newRow("Speed -0.5") << position << QStringLiteral("Speed") << QVariant(-0.5)
                                << QStringLiteral("Speed: -0.5 is less than the minimum 0");
    QTest::newRow("Longitude 180°") << position << QStringLiteral("Longitude") << QVariant(qint64(180000000))
                                    << QString();
    QTest::newRow("Longitude -180°") << position << QStringLiteral("Longitude")
                                     << QVariant(qint64(-180000000)) << QString();
    QTest::newRow("Longitude beyond 180°")
        << position << QStringLiteral("Longitude") << QVariant(qint64(180000001))
        << QStringLiteral("Longitude: 180000001 is outside the longitude range -180000000..180000000 (unit "
                          "1e-6 degree)");
    QTest::newRow("Latitude 90°") << position << QStringLiteral("Latitude") << QVariant(qint64(90000000))
                                  << QString();
    QTest::newRow("Latitude below -90°")
        << position << QStringLiteral("Latitude") << QVariant(qint64(-90000001))
        << QStringLiteral(
               "Latitude: -90000001 is outside the latitude range -90000000..90000000 (unit 1e-6 degree)");
    QTest::newRow("region Wuzhishan")
        << position << QStringLiteral("VehicleRegionCode") << QVariant(qint64(469001)) << QString();
    QTest::newRow("region Beijing") << position << QStringLiteral("VehicleRegionCode")
                                    << QVariant(qint64(110000)) << QString();
    QTest::newRow("region unknown province")
        << position << QStringLiteral("VehicleRegionCode") << QVariant(qint64(999999))
        << QStringLiteral("VehicleRegionCode: 999999 is not a GB/T 2260 region code (six digits starting "
                          "with a province code)");
    QTest::newRow("region 100000") << position << QStringLiteral("VehicleRegionCode")
                                   << QVariant(qint64(100000))
                                   << QStringLiteral("VehicleRegionCode: 100000 is not a GB/T 2260 region "
                                                     "code (six digits starting with a province code)");
}

void tst_RecordValidator::range()
{
    QFETCH(QString, interface);
    QFETCH(QString, field);
    QFETCH(QVariant, value);
    QFETCH(QString, message);
    Record record = interface == QLatin1String("positionVehicle") ? validPosition() : validVehicle();
    record.setValue(field, value);
    const FieldViolations violations = RecordValidator().validate(record);
    if (message.isEmpty()) {
        QVERIFY2(violations.isEmpty(), qPrintable(describe(violations)));
        return;
    }
    QCOMPARE(summary(violations), QStringList{field + QStringLiteral("/range")});
    QCOMPARE(violations.first().message, message);
}

void tst_RecordValidator::date_data()
{
    QTest::addColumn<QString>("interface");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("message");

    const QString vehicle = QStringLiteral("baseInfoVehicle");
    QTest::newRow("leap day") << vehicle << QStringLiteral("CertifyDateA") << QVariant(qint64(20240229))
                              << QString();
    QTest::newRow("Feb 30") << vehicle << QStringLiteral("CertifyDateA") << QVariant(qint64(20240230))
                            << QStringLiteral("CertifyDateA: 20240230 is not a valid YYYYMMDD");
    QTest::newRow("hour 23") << vehicle << QStringLiteral("UpdateTime") << QVariant(qint64(20240601235959))
                             << QString();
    QTest::newRow("hour 24") << vehicle << QStringLiteral("UpdateTime") << QVariant(qint64(20240601240000))
                             << QStringLiteral("UpdateTime: 20240601240000 is not a valid YYYYMMDDhhmmss");
    QTest::newRow("position Unix seconds")
        << QStringLiteral("positionVehicle") << QStringLiteral("PositionTime") << QVariant(qint64(1478566122))
        << QString();
    QTest::newRow("position datetime") << QStringLiteral("positionVehicle") << QStringLiteral("PositionTime")
                                       << QVariant(qint64(20161108084842)) << QString();
    QTest::newRow("position milliseconds")
        << QStringLiteral("positionVehicle") << QStringLiteral("PositionTime")
        << QVariant(qint64(1478566122000))
        << QStringLiteral("PositionTime: 1478566122000 is not a valid Unix seconds or YYYYMMDDhhmmss");
    QTest::newRow("peak 0730") << QStringLiteral("baseInfoCompanyFare") << QStringLiteral("MorningPeakTimeOn")
                               << QVariant(QStringLiteral("0730")) << QString();
    QTest::newRow("peak 2400") << QStringLiteral("baseInfoCompanyFare") << QStringLiteral("MorningPeakTimeOn")
                               << QVariant(QStringLiteral("2400"))
                               << QStringLiteral("MorningPeakTimeOn: \"2400\" is not a valid HHmm");
    QTest::newRow("cycle 202412") << QStringLiteral("baseInfoDriverStat") << QStringLiteral("Cycle")
                                  << QVariant(qint64(202412)) << QString();
    QTest::newRow("cycle 202413") << QStringLiteral("baseInfoDriverStat") << QStringLiteral("Cycle")
                                  << QVariant(qint64(202413))
                                  << QStringLiteral("Cycle: 202413 is not a valid YYYYMM");
}

void tst_RecordValidator::date()
{
    QFETCH(QString, interface);
    QFETCH(QString, field);
    QFETCH(QVariant, value);
    QFETCH(QString, message);
    Record record = interface == QLatin1String("positionVehicle")   ? validPosition()
                    : interface == QLatin1String("baseInfoVehicle") ? validVehicle()
                                                                    : makeRecord(spec(interface));
    record.setValue(field, value);
    FieldViolations violations = RecordValidator().validate(record);
    // Only the field under test matters for the interfaces filled partially here.
    violations.removeIf([&](const FieldViolation &v) { return v.field != field; });
    if (message.isEmpty()) {
        QVERIFY2(violations.isEmpty(), qPrintable(describe(violations)));
        return;
    }
    QCOMPARE(summary(violations), QStringList{field + QStringLiteral("/date")});
    QCOMPARE(violations.first().message, message);
}

void tst_RecordValidator::identity()
{
    const RecordValidator validator;
    const Record record = validPosition();
    QVERIFY(validator.validate(record, QStringLiteral("4690WZSYC001")).isEmpty());
    QVERIFY(validator.validate(record, QString()).isEmpty()); // no authenticated company: no check

    const FieldViolations violations = validator.validate(record, QStringLiteral("4690OTHER002"));
    QCOMPARE(summary(violations), QStringList{QStringLiteral("CompanyId/identity")});
    QCOMPARE(violations.first().value, QStringLiteral("4690WZSYC001"));
    QCOMPARE(violations.first().message,
             QStringLiteral("CompanyId: \"4690WZSYC001\" is not the authenticated company \"4690OTHER002\""));

    // An absent CompanyId is a required violation, not an identity one.
    Record anonymous = validPosition();
    anonymous.setValue(u"CompanyId", QVariant());
    QCOMPARE(summary(validator.validate(anonymous, QStringLiteral("4690OTHER002"))),
             QStringList{QStringLiteral("CompanyId/required")});
}

void tst_RecordValidator::multipleViolationsAreReportedTogether()
{
    Record record = validPosition();
    record.setValue(u"VehicleNo", QString(40, u'A'));
    record.setValue(u"Longitude", QStringLiteral("109.5"));
    record.setValue(u"Direction", qint64(400));
    record.setValue(u"Encrypt", qint64(9));
    record.setValue(u"PositionTime", QVariant());
    record.setValue(u"VehicleRegionCode", qint64(4690010)); // seven digits: length only
    const FieldViolations violations = RecordValidator().validate(record, QStringLiteral("4690OTHER002"));
    const QStringList expected = {
        QStringLiteral("VehicleNo/length"),      QStringLiteral("VehicleRegionCode/length"),
        QStringLiteral("PositionTime/required"), QStringLiteral("Longitude/type"),
        QStringLiteral("Direction/range"),       QStringLiteral("Encrypt/code"),
        QStringLiteral("CompanyId/identity")};
    QCOMPARE(summary(violations), expected);
    QCOMPARE(violations.size(), 7);
    for (const FieldViolation &v : violations) {
        QVERIFY(!v.message.isEmpty());
        QVERIFY2(v.message.startsWith(v.field + QStringLiteral(": ")), qPrintable(v.message));
    }
    // Field order follows the catalogue; identity comes last.
    QCOMPARE(violations.last().rule, ValidationRule::Identity);
    QCOMPARE(violations.first().field, QStringLiteral("VehicleNo"));
    QCOMPARE(violations.first().value, QString(40, u'A'));
}

void tst_RecordValidator::valueIsShortenedTo64Characters()
{
    Record record = validPosition();
    record.setValue(u"OrderId", QString(300, u'x'));
    const FieldViolations violations = RecordValidator().validate(record);
    QCOMPARE(violations.size(), 1);
    QCOMPARE(violations.first().value.size(), 64);
    QVERIFY(violations.first().value.startsWith(QString(63, u'x')));
    QCOMPARE(violations.first().message, QStringLiteral("OrderId: 300 characters, at most 64 allowed"));
}

void tst_RecordValidator::recordWithoutSpec()
{
    const FieldViolations violations = RecordValidator().validate(Record());
    QCOMPARE(violations.size(), 1);
    QVERIFY(!violations.first().message.isEmpty());
}

void tst_RecordValidator::shortValueListCountsAsAbsent()
{
    Record record;
    record.spec = &spec(u"positionVehicle");
    const FieldViolations violations = RecordValidator().validate(record);
    QStringList expected;
    for (const FieldSpec &f : record.spec->fields) {
        if (f.required)
            expected.append(f.name + QStringLiteral("/required"));
    }
    QCOMPARE(summary(violations), expected);
}

void tst_RecordValidator::ruleNames()
{
    QCOMPARE(ruleName(ValidationRule::Required), QStringLiteral("required"));
    QCOMPARE(ruleName(ValidationRule::Type), QStringLiteral("type"));
    QCOMPARE(ruleName(ValidationRule::Length), QStringLiteral("length"));
    QCOMPARE(ruleName(ValidationRule::Code), QStringLiteral("code"));
    QCOMPARE(ruleName(ValidationRule::Range), QStringLiteral("range"));
    QCOMPARE(ruleName(ValidationRule::Date), QStringLiteral("date"));
    QCOMPARE(ruleName(ValidationRule::Identity), QStringLiteral("identity"));
}

void tst_RecordValidator::positionValidationSpeed()
{
    // Not a timed test (benchmarks live in tests/bench): prints the cost of a valid position record and
    // checks that the happy path stays free of violations over many calls.
    const RecordValidator validator;
    const Record record = validPosition();
    const QString company = QStringLiteral("4690WZSYC001");
    constexpr int rounds = 200000;
    int violations = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < rounds; ++i)
        violations += int(validator.validate(record, company).size());
    const qint64 ns = timer.nsecsElapsed();
    QCOMPARE(violations, 0);
    qInfo("validate(positionVehicle): %.0f ns per record", double(ns) / rounds);
}

QTEST_GUILESS_MAIN(tst_RecordValidator)
#include "tst_recordvalidator.moc"
