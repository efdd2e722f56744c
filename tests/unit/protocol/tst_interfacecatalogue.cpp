#include "protocol/interfacecatalogue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace rw;

namespace {

// A minimal valid catalogue, edited by the failure cases below.
QJsonObject minimalCatalogue()
{
    const QByteArray json = R"({
      "version": "test",
      "commonFields": {
        "all": [{"name": "CompanyId", "title": "公司标识", "type": "C", "length": "V32", "required": true, "proto": 1}],
        "baseInfo": [
          {"name": "Flag", "type": "N", "length": "F1", "required": true, "proto": 2,
           "codes": [{"code": "1", "meaning": "新增"}]},
          {"name": "UpdateTime", "type": "N", "length": "F14", "required": true, "format": "datetime", "proto": 3}
        ]
      },
      "interfaces": [
        {"ipcType": "orderCreate", "code": "0x2001", "path": "/order/create", "message": "OrderCreate",
         "topic": "ProvOrderCreate", "family": "order", "timeField": "OrderTime",
         "fields": [
           {"name": "OrderId", "type": "C", "length": "V64", "required": true, "proto": 10},
           {"name": "OrderTime", "type": "N", "length": "F14", "required": true, "format": "datetime", "proto": 11}
         ]}
      ]
    })";
    return QJsonDocument::fromJson(json).object();
}

// Replaces the first interface of \a root with the result of \a edit.
template<typename Edit>
QJsonObject withInterface(Edit edit)
{
    QJsonObject root = minimalCatalogue();
    QJsonArray interfaces = root.value(QStringLiteral("interfaces")).toArray();
    QJsonObject object = interfaces.first().toObject();
    edit(object);
    interfaces[0] = object;
    root.insert(QStringLiteral("interfaces"), interfaces);
    return root;
}

// Replaces field \a index of the first interface with the result of \a edit.
template<typename Edit>
QJsonObject withField(int index, Edit edit)
{
    return withInterface([&](QJsonObject &object) {
        QJsonArray fields = object.value(QStringLiteral("fields")).toArray();
        QJsonObject field = fields.at(index).toObject();
        edit(field);
        fields[index] = field;
        object.insert(QStringLiteral("fields"), fields);
    });
}

} // namespace

class tst_InterfaceCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void builtInListsAll32Interfaces();
    void builtInKeysAreUnique();
    void builtInCodesAreTheSpecRanges();
    void lookups();
    void lookupsOfUnknownNamesReturnNull();
    void everyInterfaceHasCompanyIdFirst();
    void baseInfoHasFlagAndUpdateTime();
    void timeFieldExistsAndIsATime();
    void protoNumbersAreStable();
    void fieldDetailsOfKnownFields();
    void sharePathsAreMarkedUnconfirmed();
    void ocrErrorsAreCorrected();
    void brokenCatalogue_data();
    void brokenCatalogue();
};

void tst_InterfaceCatalogue::builtInListsAll32Interfaces()
{
    const auto catalogue = InterfaceCatalogue::builtIn();
    QVERIFY(catalogue);
    QCOMPARE(catalogue->interfaces().size(), 32);
    QVERIFY(!catalogue->version().isEmpty());
}

void tst_InterfaceCatalogue::builtInKeysAreUnique()
{
    const auto catalogue = InterfaceCatalogue::builtIn();
    QSet<QString> types, paths, topics, messages;
    QSet<quint32> codes;
    for (const InterfaceSpec *spec : catalogue->interfaces()) {
        QVERIFY2(!types.contains(spec->ipcType), qPrintable(spec->ipcType));
        QVERIFY2(!codes.contains(spec->code), qPrintable(spec->ipcType));
        QVERIFY2(!paths.contains(spec->path), qPrintable(spec->path));
        QVERIFY2(!topics.contains(spec->topic), qPrintable(spec->topic));
        QVERIFY2(!messages.contains(spec->messageName), qPrintable(spec->messageName));
        types.insert(spec->ipcType);
        codes.insert(spec->code);
        paths.insert(spec->path);
        topics.insert(spec->topic);
        messages.insert(spec->messageName);
        QVERIFY2(spec->topic.startsWith(QLatin1String("Prov")), qPrintable(spec->topic));
        QVERIFY2(spec->path.startsWith(u'/'), qPrintable(spec->path));
        QCOMPARE(spec->messageName.at(0), spec->ipcType.at(0).toUpper());
        QVERIFY(!spec->title.isEmpty());
        QVERIFY(!spec->section.isEmpty());

        QSet<QString> names;
        QSet<int> numbers;
        for (const FieldSpec &field : spec->fields) {
            QVERIFY2(!names.contains(field.name), qPrintable(spec->ipcType + u'.' + field.name));
            QVERIFY2(!numbers.contains(field.protoNumber), qPrintable(spec->ipcType + u'.' + field.name));
            names.insert(field.name);
            numbers.insert(field.protoNumber);
            QVERIFY2(!field.title.isEmpty(), qPrintable(spec->ipcType + u'.' + field.name));
            QVERIFY2(field.length > 0, qPrintable(spec->ipcType + u'.' + field.name));
        }
    }
}

void tst_InterfaceCatalogue::builtInCodesAreTheSpecRanges()
{
    const auto catalogue = InterfaceCatalogue::builtIn();
    QList<quint32> expected;
    for (quint32 c = 0x1001; c <= 0x1009; ++c)
        expected << c;
    for (quint32 c = 0x1010; c <= 0x1014; ++c)
        expected << c;
    expected << 0x2001 << 0x2002 << 0x2003 << 0x3001 << 0x3002 << 0x3003 << 0x3004 << 0x3005 << 0x4001
             << 0x4002 << 0x5001 << 0x5002 << 0x5003 << 0x5004 << 0x6001 << 0x6002 << 0x6003 << 0x6004;
    QCOMPARE(expected.size(), 32);
    for (quint32 code : expected)
        QVERIFY2(catalogue->byCode(code), qPrintable(QString::number(code, 16)));
}

void tst_InterfaceCatalogue::lookups()
{
    const auto catalogue = InterfaceCatalogue::builtIn();
    const InterfaceSpec *vehicle = catalogue->byIpcType(u"baseInfoVehicle");
    QVERIFY(vehicle);
    QCOMPARE(vehicle->code, 0x1007u);
    QCOMPARE(vehicle->path, QStringLiteral("/baseinfo/vehicle"));
    QCOMPARE(vehicle->topic, QStringLiteral("ProvVehicle"));
    QCOMPARE(vehicle->family, InterfaceFamily::BaseInfo);
    QCOMPARE(catalogue->byCode(0x1007), vehicle);
    QCOMPARE(catalogue->byPath(u"/baseinfo/vehicle"), vehicle);
    QCOMPARE(catalogue->byPath(u"baseinfo/vehicle"), vehicle);
    QCOMPARE(catalogue->byPath(u"/baseinfo/vehicle/"), vehicle);
    QCOMPARE(catalogue->byPath(u"/BaseInfo/Vehicle"), vehicle);
    QCOMPARE(catalogue->byPath(u"/baseinfo/vehicle?company=3301YPZCX78Q"), vehicle);
    QCOMPARE(catalogue->byTopic(u"ProvVehicle"), vehicle);

    // Driver codes jump from 0x1009 to 0x1010 (spec §3).
    QCOMPARE(catalogue->byCode(0x1010)->ipcType, QStringLiteral("baseInfoDriver"));
    QCOMPARE(catalogue->byPath(u"/order/create")->ipcType, QStringLiteral("orderCreate"));
    QCOMPARE(catalogue->byTopic(u"ProvPassengerComplaint")->ipcType,
             QStringLiteral("ratedPassengerComplaint"));
    QCOMPARE(catalogue->byTopic(u"ProvDriverPunish")->ipcType, QStringLiteral("ratedDriverPunish"));
    QCOMPARE(catalogue->byTopic(u"ProvSharePay")->code, 0x6004u);
    QCOMPARE(catalogue->byIpcType(u"positionVehicle")->family, InterfaceFamily::Position);
    QCOMPARE(catalogue->byIpcType(u"shareRoute")->family, InterfaceFamily::Share);
}

void tst_InterfaceCatalogue::lookupsOfUnknownNamesReturnNull()
{
    const auto catalogue = InterfaceCatalogue::builtIn();
    QVERIFY(!catalogue->byIpcType(u"BaseInfoVehicle")); // case-sensitive, as the spec
    QVERIFY(!catalogue->byIpcType(u""));
    QVERIFY(!catalogue->byCode(0x1000));
    QVERIFY(!catalogue->byCode(0x100A));
    QVERIFY(!catalogue->byPath(u"/baseinfo"));
    QVERIFY(!catalogue->byPath(u"/"));
    QVERIFY(!catalogue->byTopic(u"provvehicle"));
}

void tst_InterfaceCatalogue::everyInterfaceHasCompanyIdFirst()
{
    for (const InterfaceSpec *spec : InterfaceCatalogue::builtIn()->interfaces()) {
        const FieldSpec *companyId = spec->field(u"CompanyId");
        QVERIFY2(companyId, qPrintable(spec->ipcType));
        QCOMPARE(companyId->index, 0);
        QCOMPARE(companyId->protoNumber, 1);
        QVERIFY(companyId->required);
        QCOMPARE(companyId->type, FieldType::Character);
        QCOMPARE(companyId->length, 32);
        QVERIFY(!companyId->fixedLength);
    }
}

void tst_InterfaceCatalogue::baseInfoHasFlagAndUpdateTime()
{
    int baseInfo = 0;
    for (const InterfaceSpec *spec : InterfaceCatalogue::builtIn()->interfaces()) {
        const FieldSpec *flag = spec->field(u"Flag");
        const FieldSpec *updateTime = spec->field(u"UpdateTime");
        if (spec->family == InterfaceFamily::BaseInfo) {
            ++baseInfo;
            QVERIFY2(flag && updateTime, qPrintable(spec->ipcType));
            QCOMPARE(flag->protoNumber, 2);
            QCOMPARE(updateTime->protoNumber, 3);
            QCOMPARE(flag->codes.size(), 3);
            QVERIFY(flag->allowsCode(QStringLiteral("3")));
            QVERIFY(!flag->allowsCode(QStringLiteral("4")));
            QCOMPARE(updateTime->format, FieldFormat::DateTime);
            QCOMPARE(spec->businessTimeField, QStringLiteral("UpdateTime"));
        } else if (spec->ipcType != QLatin1String("shareCompany")) {
            QVERIFY2(!flag && !updateTime, qPrintable(spec->ipcType));
        }
    }
    QCOMPARE(baseInfo, 14);
    // The carpool platform's own base info also carries Flag and UpdateTime, with the common numbers.
    const InterfaceSpec *shareCompany = InterfaceCatalogue::builtIn()->byIpcType(u"shareCompany");
    QCOMPARE(shareCompany->field(u"Flag")->protoNumber, 2);
    QCOMPARE(shareCompany->field(u"UpdateTime")->protoNumber, 3);
}

void tst_InterfaceCatalogue::timeFieldExistsAndIsATime()
{
    const QHash<QString, QString> expected = {
        {QStringLiteral("orderCreate"), QStringLiteral("OrderTime")},
        {QStringLiteral("orderMatch"), QStringLiteral("DistributeTime")},
        {QStringLiteral("orderCancel"), QStringLiteral("CancelTime")},
        {QStringLiteral("operateLogin"), QStringLiteral("LoginTime")},
        {QStringLiteral("operateLogout"), QStringLiteral("LogoutTime")},
        {QStringLiteral("operateDepart"), QStringLiteral("DepTime")},
        {QStringLiteral("operateArrive"), QStringLiteral("DestTime")},
        {QStringLiteral("operatePay"), QStringLiteral("DestTime")},
        {QStringLiteral("positionDriver"), QStringLiteral("PositionTime")},
        {QStringLiteral("positionVehicle"), QStringLiteral("PositionTime")},
        {QStringLiteral("ratedPassenger"), QStringLiteral("EvaluateTime")},
        {QStringLiteral("ratedPassengerComplaint"), QStringLiteral("ComplaintTime")},
        {QStringLiteral("ratedDriverPunish"), QStringLiteral("PunishTime")},
        {QStringLiteral("ratedDriver"), QStringLiteral("TestDate")},
        {QStringLiteral("shareCompany"), QStringLiteral("UpdateTime")},
        {QStringLiteral("shareRoute"), QStringLiteral("RouteCreateTime")},
        {QStringLiteral("shareOrder"), QStringLiteral("OrderEnsureTime")},
        {QStringLiteral("sharePay"), QStringLiteral("DestTime")},
    };
    for (const InterfaceSpec *spec : InterfaceCatalogue::builtIn()->interfaces()) {
        const FieldSpec *field = spec->field(spec->businessTimeField);
        QVERIFY2(field, qPrintable(spec->ipcType));
        QVERIFY2(field->required, qPrintable(spec->ipcType));
        QVERIFY(field->format == FieldFormat::DateTime || field->format == FieldFormat::Date ||
                field->format == FieldFormat::UnixOrDateTime);
        if (expected.contains(spec->ipcType))
            QCOMPARE(spec->businessTimeField, expected.value(spec->ipcType));
    }
}

void tst_InterfaceCatalogue::protoNumbersAreStable()
{
    // Numbers are part of the wire format: once published they never change. Spot checks.
    const auto catalogue = InterfaceCatalogue::builtIn();
    const InterfaceSpec *position = catalogue->byIpcType(u"positionVehicle");
    QCOMPARE(position->field(u"VehicleNo")->protoNumber, 10);
    QCOMPARE(position->field(u"PositionTime")->protoNumber, 12);
    QCOMPARE(position->field(u"OrderId")->protoNumber, 23);
    const InterfaceSpec *vehicle = catalogue->byIpcType(u"baseInfoVehicle");
    QCOMPARE(vehicle->field(u"Address")->protoNumber, 10);
    QCOMPARE(vehicle->field(u"VIN")->protoNumber, 20);
    QCOMPARE(vehicle->field(u"State")->protoNumber, 42);
    // Interface fields count up from 10 in catalogue order; 4..9 are reserved.
    for (const InterfaceSpec *spec : catalogue->interfaces()) {
        int expected = 10;
        for (const FieldSpec &field : spec->fields) {
            if (field.protoNumber <= 3)
                continue;
            QCOMPARE(field.protoNumber, expected);
            ++expected;
        }
    }
}

void tst_InterfaceCatalogue::fieldDetailsOfKnownFields()
{
    const auto catalogue = InterfaceCatalogue::builtIn();
    const InterfaceSpec *vehicle = catalogue->byIpcType(u"baseInfoVehicle");
    const FieldSpec *vin = vehicle->field(u"VIN");
    QCOMPARE(vin->type, FieldType::Character);
    QCOMPARE(vin->length, 17);
    QVERIFY(vin->fixedLength);
    QCOMPARE(vehicle->field(u"Seats")->minimum, std::optional<double>(1));
    QCOMPARE(vehicle->field(u"CommercialType")->codes.size(), 3);
    QCOMPARE(vehicle->field(u"Address")->format, FieldFormat::RegionCode);
    QCOMPARE(vehicle->field(u"CertifyDateA")->format, FieldFormat::Date);

    const InterfaceSpec *driver = catalogue->byIpcType(u"baseInfoDriver");
    QVERIFY(driver->field(u"DriverName")->personal);
    QVERIFY(driver->field(u"DriverPhone")->personal);
    QVERIFY(driver->field(u"LicenseId")->personal);
    QVERIFY(!driver->field(u"CommercialType")->personal);
    QVERIFY(driver->field(u"DriverGender")->allowsCode(QStringLiteral("9")));
    QVERIFY(!driver->field(u"DriverGender")->allowsCode(QStringLiteral("男")));
    QVERIFY(driver->field(u"InDriverBlacklist")->allowsCode(QStringLiteral("0")));

    const InterfaceSpec *pay = catalogue->byIpcType(u"operatePay");
    QCOMPARE(pay->field(u"FactPrice")->format, FieldFormat::Decimal);
    QCOMPARE(pay->field(u"FactPrice")->unit, QStringLiteral("元"));
    QCOMPARE(pay->field(u"DriveMile")->unit, QStringLiteral("km"));
    QCOMPARE(pay->field(u"PayState")->type, FieldType::Character);
    QVERIFY(pay->field(u"PayState")->allowsCode(QStringLiteral("2")));

    const InterfaceSpec *position = catalogue->byIpcType(u"positionDriver");
    QCOMPARE(position->field(u"Direction")->maximum, std::optional<double>(359));
    QCOMPARE(position->field(u"PositionTime")->format, FieldFormat::UnixOrDateTime);
    QCOMPARE(position->field(u"Longitude")->format, FieldFormat::Longitude);

    const InterfaceSpec *rated = catalogue->byIpcType(u"ratedPassenger");
    QCOMPARE(rated->field(u"ServiceScore")->minimum, std::optional<double>(1));
    QCOMPARE(rated->field(u"ServiceScore")->maximum, std::optional<double>(5));

    const InterfaceSpec *cancel = catalogue->byIpcType(u"orderCancel");
    QCOMPARE(cancel->field(u"CancelTypeCode")->codes.size(), 5);
    QCOMPARE(cancel->field(u"Operator")->codes.size(), 3);

    QCOMPARE(catalogue->byIpcType(u"baseInfoDriverStat")->field(u"Cycle")->format, FieldFormat::YearMonth);
    QCOMPARE(catalogue->byIpcType(u"baseInfoCompanyFare")->field(u"MorningPeakTimeOn")->format,
             FieldFormat::HourMinute);
    QVERIFY(catalogue->byIpcType(u"sharePay")->field(u"ShareFuelFee"));
    QVERIFY(catalogue->byIpcType(u"shareOrder")->field(u"PassengerNum")->required);
}

void tst_InterfaceCatalogue::sharePathsAreMarkedUnconfirmed()
{
    for (const InterfaceSpec *spec : InterfaceCatalogue::builtIn()->interfaces())
        QCOMPARE(spec->pathConfirmed, spec->family != InterfaceFamily::Share);
    QCOMPARE(InterfaceCatalogue::builtIn()->byIpcType(u"shareRoute")->path, QStringLiteral("/share/route"));
}

void tst_InterfaceCatalogue::ocrErrorsAreCorrected()
{
    // The public transcription reads "ld" for "Id" and hyphenates CommercialType.
    const QStringList misread = {QStringLiteral("Companyld"),       QStringLiteral("Orderld"),
                                 QStringLiteral("Licenseld"),       QStringLiteral("Photold"),
                                 QStringLiteral("Engineld"),        QStringLiteral("Payld"),
                                 QStringLiteral("FeePrintld"),      QStringLiteral("GPSlnstallDate"),
                                 QStringLiteral("Commercial-Type"), QStringLiteral("TafficViolationCount")};
    for (const InterfaceSpec *spec : InterfaceCatalogue::builtIn()->interfaces()) {
        for (const FieldSpec &field : spec->fields)
            QVERIFY2(!misread.contains(field.name), qPrintable(spec->ipcType + u'.' + field.name));
    }
    const auto catalogue = InterfaceCatalogue::builtIn();
    QVERIFY(catalogue->byIpcType(u"baseInfoVehicle")->field(u"GPSInstallDate"));
    QVERIFY(catalogue->byIpcType(u"baseInfoVehicle")->field(u"FeePrintId"));
    QVERIFY(catalogue->byIpcType(u"baseInfoVehicle")->field(u"EngineId"));
    QVERIFY(catalogue->byIpcType(u"baseInfoCompanyPay")->field(u"PayId"));
    QVERIFY(catalogue->byIpcType(u"baseInfoDriverStat")->field(u"TrafficViolationCount"));
}

void tst_InterfaceCatalogue::brokenCatalogue_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");

    auto json = [](const QJsonObject &root) { return QJsonDocument(root).toJson(); };

    QTest::newRow("valid") << json(minimalCatalogue()) << QString();
    QTest::newRow("not JSON") << QByteArray("{\"version\": ") << QStringLiteral("not valid JSON");
    QTest::newRow("not an object") << QByteArray("[1, 2]") << QStringLiteral("not a JSON object");
    {
        QJsonObject root = minimalCatalogue();
        root.insert(QStringLiteral("interfaces"), QJsonArray());
        QTest::newRow("no interfaces") << json(root) << QStringLiteral("lists no interfaces");
    }
    QTest::newRow("bad type") << json(withField(0, [](QJsonObject &f) {
        f.insert(QStringLiteral("type"), QStringLiteral("X"));
    })) << QStringLiteral("field OrderId: type must be \"C\" or \"N\", not \"X\"");
    QTest::newRow("bad length") << json(withField(0, [](QJsonObject &f) {
        f.insert(QStringLiteral("length"), QStringLiteral("32"));
    })) << QStringLiteral("field OrderId: length must look like V32 or F8");
    QTest::newRow("bad format") << json(withField(0, [](QJsonObject &f) {
        f.insert(QStringLiteral("format"), QStringLiteral("time"));
    })) << QStringLiteral("field OrderId: unknown format \"time\"");
    QTest::newRow("no proto") << json(withField(0, [](QJsonObject &f) { f.remove(QStringLiteral("proto")); }))
                              << QStringLiteral("field OrderId: a positive protobuf field number");
    QTest::newRow("duplicate proto") << json(withField(1, [](QJsonObject &f) {
        f.insert(QStringLiteral("proto"), 10);
    })) << QStringLiteral("interface orderCreate: protobuf number 10 is used twice");
    QTest::newRow("duplicate name") << json(withField(1, [](QJsonObject &f) {
        f.insert(QStringLiteral("name"), QStringLiteral("OrderId"));
    })) << QStringLiteral("field OrderId is listed twice");
    QTest::newRow("min above max") << json(withField(1, [](QJsonObject &f) {
        f.insert(QStringLiteral("min"), 5);
        f.insert(QStringLiteral("max"), 1);
    })) << QStringLiteral("field OrderTime: min 5 is greater than max 1");
    QTest::newRow("non-integer code of N") << json(withField(1, [](QJsonObject &f) {
        f.insert(QStringLiteral("codes"),
                 QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("01")}}});
    })) << QStringLiteral("field OrderTime: code \"01\" of a number field must be an integer");
    QTest::newRow("bad code") << json(withInterface([](QJsonObject &o) {
        o.insert(QStringLiteral("code"), QStringLiteral("abc"));
    })) << QStringLiteral("interface orderCreate: code must be a number");
    QTest::newRow("bad path") << json(withInterface([](QJsonObject &o) {
        o.insert(QStringLiteral("path"), QStringLiteral("order/create"));
    })) << QStringLiteral("interface orderCreate: path must start with '/'");
    QTest::newRow("bad family") << json(withInterface([](QJsonObject &o) {
        o.insert(QStringLiteral("family"), QStringLiteral("orders"));
    })) << QStringLiteral("interface orderCreate: unknown family \"orders\"");
    QTest::newRow("no topic") << json(withInterface([](QJsonObject &o) {
        o.remove(QStringLiteral("topic"));
    })) << QStringLiteral("interface orderCreate: message and topic are required");
    QTest::newRow("unknown timeField") << json(withInterface([](QJsonObject &o) {
        o.insert(QStringLiteral("timeField"), QStringLiteral("CancelTime"));
    })) << QStringLiteral("interface orderCreate: timeField CancelTime is not one of its fields");
    QTest::newRow("timeField not a time") << json(withInterface([](QJsonObject &o) {
        o.insert(QStringLiteral("timeField"), QStringLiteral("OrderId"));
    })) << QStringLiteral("interface orderCreate: timeField OrderId must have a date or time format");
    {
        QJsonObject root = minimalCatalogue();
        QJsonArray interfaces = root.value(QStringLiteral("interfaces")).toArray();
        QJsonObject copy = interfaces.first().toObject();
        copy.insert(QStringLiteral("ipcType"), QStringLiteral("orderCreate2"));
        copy.insert(QStringLiteral("code"), QStringLiteral("0x2009"));
        copy.insert(QStringLiteral("topic"), QStringLiteral("ProvOther"));
        copy.insert(QStringLiteral("path"), QStringLiteral("/Order/Create/"));
        interfaces.append(copy);
        root.insert(QStringLiteral("interfaces"), interfaces);
        QTest::newRow("duplicate path")
            << json(root)
            << QStringLiteral("interface orderCreate2: its ipcType, code, path or topic is not unique");
    }
    {
        QJsonObject root = minimalCatalogue();
        QJsonArray interfaces = root.value(QStringLiteral("interfaces")).toArray();
        interfaces.append(42);
        root.insert(QStringLiteral("interfaces"), interfaces);
        QTest::newRow("interface not an object")
            << json(root) << QStringLiteral("interface #2 is not a JSON object");
    }
}

void tst_InterfaceCatalogue::brokenCatalogue()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QString error;
    const auto catalogue = InterfaceCatalogue::fromJson(json, &error);
    if (expected.isEmpty()) {
        QVERIFY2(catalogue, qPrintable(error));
        QVERIFY(error.isEmpty());
        return;
    }
    QVERIFY(!catalogue);
    QVERIFY2(error.contains(expected), qPrintable(error));
    // A null error pointer is allowed.
    QVERIFY(!InterfaceCatalogue::fromJson(json, nullptr));
}

QTEST_GUILESS_MAIN(tst_InterfaceCatalogue)
#include "tst_interfacecatalogue.moc"
