#include "protocol/interfacecatalogue.h"
#include "protocol/jsoncodec.h"
#include "protocol/recordvalidator.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace rw;

namespace {

std::shared_ptr<const InterfaceCatalogue> catalogue()
{
    return InterfaceCatalogue::builtIn();
}

const InterfaceSpec &spec(QStringView ipcType)
{
    const InterfaceSpec *s = catalogue()->byIpcType(ipcType);
    Q_ASSERT(s);
    return *s;
}

// A value that satisfies every rule of \a field; \a variant makes records of a batch differ.
QVariant sampleValue(const FieldSpec &field, int variant)
{
    if (field.name == QLatin1String("CompanyId"))
        return QStringLiteral("4690WZSYC001");
    if (field.isCoded()) {
        const QString code = field.codes.at(variant % field.codes.size()).code;
        return field.type == FieldType::Number ? QVariant(code.toLongLong()) : QVariant(code);
    }
    if (field.type == FieldType::Character) {
        if (field.format == FieldFormat::HourMinute)
            return variant ? QStringLiteral("1730") : QStringLiteral("0730");
        // Chinese text, cut to the field's length; fixed lengths are filled exactly.
        QString text = QStringLiteral("五指山%1-%2").arg(field.name).arg(variant);
        if (field.fixedLength)
            text = text.repeated(field.length).left(field.length);
        else if (field.length > 0)
            text = text.left(field.length);
        return text;
    }
    switch (field.format) {
    case FieldFormat::Date:
        return qint64(variant ? 20240229 : 20231231);
    case FieldFormat::DateTime:
        return qint64(variant ? 20240229235959 : 20240301000000);
    case FieldFormat::YearMonth:
        return qint64(202402);
    case FieldFormat::UnixOrDateTime:
        return qint64(variant ? 20240229120000 : 1709181296);
    case FieldFormat::RegionCode:
        return qint64(469001);
    case FieldFormat::Longitude:
        return qint64(109516666 + variant);
    case FieldFormat::Latitude:
        return qint64(18775000 - variant);
    case FieldFormat::Decimal:
        return field.minimum && *field.minimum > 12.5 ? *field.minimum : 12.5 + variant;
    default:
        break;
    }
    qint64 n = 7 + variant;
    if (field.minimum && n < *field.minimum)
        n = qint64(*field.minimum);
    if (field.maximum && n > *field.maximum)
        n = qint64(*field.maximum);
    return n;
}

Record sampleRecord(const InterfaceSpec &s, int variant = 0)
{
    Record record = makeRecord(s);
    for (const FieldSpec &field : s.fields)
        record.values[field.index] = sampleValue(field, variant);
    return record;
}

UploadEnvelope envelopeOf(const InterfaceSpec &s, QList<Record> records, bool batch)
{
    UploadEnvelope envelope;
    envelope.companyId = QStringLiteral("4690WZSYC001");
    envelope.source = QStringLiteral("0");
    envelope.spec = &s;
    envelope.batch = batch;
    envelope.records = std::move(records);
    return envelope;
}

QByteArray positionBody(const QByteArray &records)
{
    return R"({"CompanyId":"4690WZSYC001","Source":"0","IPCType":"positionVehicle","positionVehicle":)" +
           records + "}";
}

const QByteArray kPosition =
    R"({"VehicleNo":"琼D12345","VehicleRegionCode":469001,"PositionTime":1709181296,"Longitude":109516666,)"
    R"("Latitude":18775000,"Speed":42.5,"Direction":270,"Encrypt":1,"BizStatus":3,"OrderId":"0"})";

// --- Reference oracle for the decoder: the same semantics computed with QJsonDocument only. ---------

// Exact equality: same type ids all the way down (QVariant::operator== would equate 5 and 5.0).
bool sameVariant(const QVariant &a, const QVariant &b)
{
    if (a.typeId() != b.typeId())
        return false;
    if (a.typeId() == QMetaType::QVariantMap) {
        const QVariantMap x = a.toMap(), y = b.toMap();
        if (x.keys() != y.keys())
            return false;
        for (auto it = x.constBegin(); it != x.constEnd(); ++it) {
            if (!sameVariant(it.value(), y.value(it.key())))
                return false;
        }
        return true;
    }
    if (a.typeId() == QMetaType::QVariantList) {
        const QVariantList x = a.toList(), y = b.toList();
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (!sameVariant(x.at(i), y.at(i)))
                return false;
        }
        return true;
    }
    if (a.typeId() == QMetaType::Nullptr)
        return true;
    if (a.typeId() == QMetaType::Double) // NaN never occurs in JSON; compare bit-exact values
        return a.toDouble() == b.toDouble();
    return a == b;
}

QVariant oracleValue(const QJsonValue &v)
{
    return v.toVariant(); // qint64 for whole numbers, std::nullptr_t for null, containers nested
}

// Checks decode(body) against QJsonDocument; returns an empty string when they agree.
QString compareWithOracle(const JsonCodec &codec, const QByteArray &body)
{
    const DecodeResult result = codec.decode(body);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    const QJsonObject root = document.object();
    const InterfaceSpec *spec = root.value(QStringLiteral("IPCType")).isString()
                                    ? catalogue()->byIpcType(root.value(QStringLiteral("IPCType")).toString())
                                    : nullptr;
    const QJsonValue data = spec ? root.value(spec->ipcType) : QJsonValue();
    bool valid = error.error == QJsonParseError::NoError && document.isObject() && spec &&
                 (data.isObject() || data.isArray());
    QJsonArray elements = data.isArray() ? data.toArray() : QJsonArray{data};
    for (const QJsonValue &e : std::as_const(elements))
        valid = valid && e.isObject();
    if (!valid)
        return result.ok() ? QStringLiteral("decoded a body QJsonDocument semantics reject") : QString();
    if (!result.ok())
        return QStringLiteral("rejected a valid body: ") + result.error;
    const UploadEnvelope &envelope = result.envelopes.first();
    if (envelope.spec != spec || envelope.batch != data.isArray() ||
        envelope.records.size() != elements.size())
        return QStringLiteral("envelope differs");
    const QVariant company = oracleValue(root.value(QStringLiteral("CompanyId")));
    const QString companyText = company.typeId() == QMetaType::QString ||
                                        company.typeId() == QMetaType::LongLong ||
                                        company.typeId() == QMetaType::Double
                                    ? company.toString()
                                    : QString();
    if (envelope.companyId != companyText)
        return QStringLiteral("CompanyId differs: ") + envelope.companyId;
    for (qsizetype i = 0; i < elements.size(); ++i) {
        const QJsonObject object = elements.at(i).toObject();
        const Record &record = envelope.records.at(i);
        for (const FieldSpec &field : spec->fields) {
            QVariant expected =
                object.contains(field.name) ? oracleValue(object.value(field.name)) : QVariant();
            if (field.name == QLatin1String("CompanyId") && !expected.isValid() && !companyText.isEmpty())
                expected = companyText;
            if (!sameVariant(record.values.at(field.index), expected))
                return QStringLiteral("record %1 field %2: %3 instead of %4")
                    .arg(i)
                    .arg(field.name, record.values.at(field.index).toString(), expected.toString());
        }
        QStringList unknown;
        for (const QString &key : object.keys()) {
            if (!spec->field(key))
                unknown.append(key);
        }
        QStringList got = record.unknownFields;
        got.sort();
        if (got != unknown)
            return QStringLiteral("unknown fields differ: ") + got.join(u',');
        if (QJsonDocument::fromJson(record.raw).object() != object)
            return QStringLiteral("raw of record %1 differs: ") + QString::fromUtf8(record.raw);
    }
    return QString();
}

} // namespace

class tst_JsonCodec : public QObject
{
    Q_OBJECT

private slots:
    void roundTripEveryInterface_data();
    void roundTripEveryInterface();
    void singleObjectVersusArray();
    void emptyArray();
    void errors_data();
    void errors();
    void expectedInterfaceMatches();
    void valuesKeepTheirJsonTypes();
    void unknownFieldsAreListed();
    void companyIdFromEnvelope();
    void chineseTextSurvives();
    void rawKeepsEachRecordCompact();
    void rawFallsBackWhenTheScannerCannotFollow();
    void encodeWritesWholeNumbersAsIntegers();
    void encodeEscapesStrings();
    void encodeWithoutSpecIsEmpty();
    void decoderAgreesWithQJsonDocument_data();
    void decoderAgreesWithQJsonDocument();
    void decoderAgreesOnMutatedBodies();
    void decodeSpeed();
};

void tst_JsonCodec::roundTripEveryInterface_data()
{
    QTest::addColumn<QString>("ipcType");
    for (const InterfaceSpec *s : catalogue()->interfaces())
        QTest::newRow(qPrintable(s->ipcType)) << s->ipcType;
}

void tst_JsonCodec::roundTripEveryInterface()
{
    QFETCH(QString, ipcType);
    const InterfaceSpec &s = spec(ipcType);
    const JsonCodec codec(catalogue());
    const RecordValidator validator;

    for (const bool batch : {false, true}) {
        QList<Record> records{sampleRecord(s, 0)};
        if (batch)
            records.append(sampleRecord(s, 1));
        const QByteArray body = codec.encode(envelopeOf(s, records, batch));
        QVERIFY(!QJsonDocument::fromJson(body).isNull());

        const DecodeResult result = codec.decode(body, catalogue()->byPath(s.path));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.envelopes.size(), 1);
        const UploadEnvelope &envelope = result.envelopes.first();
        QCOMPARE(envelope.spec, &s);
        QCOMPARE(envelope.batch, batch);
        QCOMPARE(envelope.companyId, QStringLiteral("4690WZSYC001"));
        QCOMPARE(envelope.source, QStringLiteral("0"));
        QCOMPARE(envelope.records.size(), records.size());
        for (qsizetype r = 0; r < records.size(); ++r) {
            const Record &decoded = envelope.records.at(r);
            QCOMPARE(decoded.spec, &s);
            QVERIFY(decoded.unknownFields.isEmpty());
            QVERIFY(!decoded.raw.isEmpty());
            for (const FieldSpec &field : s.fields) {
                const QVariant &expected = records.at(r).values.at(field.index);
                const QVariant &actual = decoded.values.at(field.index);
                QVERIFY2(actual.typeId() == expected.typeId(), qPrintable(field.name));
                QVERIFY2(actual == expected,
                         qPrintable(field.name + QStringLiteral(": ") + actual.toString()));
            }
            // The generated record is valid: this also checks that the catalogue is self-consistent.
            const FieldViolations violations = validator.validate(decoded, QStringLiteral("4690WZSYC001"));
            QVERIFY2(violations.isEmpty(),
                     qPrintable(violations.isEmpty() ? QString() : violations.first().message));
        }
    }
}

void tst_JsonCodec::singleObjectVersusArray()
{
    const JsonCodec codec(catalogue());
    const DecodeResult single = codec.decode(positionBody(kPosition));
    QVERIFY2(single.ok(), qPrintable(single.error));
    QVERIFY(!single.envelopes.first().batch);
    QCOMPARE(single.envelopes.first().records.size(), 1);

    const DecodeResult array = codec.decode(positionBody("[" + kPosition + "," + kPosition + "]"));
    QVERIFY2(array.ok(), qPrintable(array.error));
    QVERIFY(array.envelopes.first().batch);
    QCOMPARE(array.envelopes.first().records.size(), 2);

    // Encoding follows envelope.batch for one record, and always writes an array for several.
    const InterfaceSpec &s = spec(u"positionVehicle");
    const QJsonObject asObject =
        QJsonDocument::fromJson(codec.encode(envelopeOf(s, {sampleRecord(s)}, false))).object();
    QVERIFY(asObject.value(QStringLiteral("positionVehicle")).isObject());
    const QJsonObject asArray =
        QJsonDocument::fromJson(codec.encode(envelopeOf(s, {sampleRecord(s)}, true))).object();
    QCOMPARE(asArray.value(QStringLiteral("positionVehicle")).toArray().size(), 1);
    const QJsonObject two =
        QJsonDocument::fromJson(codec.encode(envelopeOf(s, {sampleRecord(s), sampleRecord(s, 1)}, false)))
            .object();
    QCOMPARE(two.value(QStringLiteral("positionVehicle")).toArray().size(), 2);
    QCOMPARE(two.value(QStringLiteral("IPCType")).toString(), QStringLiteral("positionVehicle"));
}

void tst_JsonCodec::emptyArray()
{
    const DecodeResult result = JsonCodec(catalogue()).decode(positionBody("[ ]"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.envelopes.first().batch);
    QVERIFY(result.envelopes.first().records.isEmpty());
}

void tst_JsonCodec::errors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("empty body") << QByteArray() << QStringList{QStringLiteral("not valid JSON")};
    QTest::newRow("truncated") << QByteArray(R"({"IPCType":"positionVehicle",)")
                               << QStringList{QStringLiteral("not valid JSON"),
                                              QStringLiteral("at offset 29")};
    QTest::newRow("garbage after value")
        << QByteArray(R"({"IPCType":"orderCreate"} x)")
        << QStringList{QStringLiteral("not valid JSON"), QStringLiteral("offset")};
    QTest::newRow("array body") << QByteArray("[1,2]")
                                << QStringList{QStringLiteral("not a JSON object"),
                                               QStringLiteral("an array")};
    QTest::newRow("missing IPCType") << QByteArray(R"({"CompanyId":"X","positionVehicle":{}})")
                                     << QStringList{QStringLiteral("no IPCType")};
    QTest::newRow("IPCType not a string")
        << QByteArray(R"({"IPCType":16386,"positionVehicle":{}})")
        << QStringList{QStringLiteral("IPCType must be a string"), QStringLiteral("a number")};
    QTest::newRow("unknown IPCType") << QByteArray(R"({"IPCType":"positionBus","positionBus":{}})")
                                     << QStringList{QStringLiteral("\"positionBus\""),
                                                    QStringLiteral("not an interface")};
    QTest::newRow("IPCType in wrong case")
        << QByteArray(R"({"IPCType":"PositionVehicle","PositionVehicle":{}})")
        << QStringList{QStringLiteral("\"PositionVehicle\"")};
    QTest::newRow("missing data") << QByteArray(R"({"IPCType":"positionVehicle","positionDriver":[]})")
                                  << QStringList{QStringLiteral("no \"positionVehicle\" member")};
    QTest::newRow("data is a number")
        << QByteArray(R"({"IPCType":"positionVehicle","positionVehicle":5})")
        << QStringList{QStringLiteral("\"positionVehicle\" must be an object or an array"),
                       QStringLiteral("a number")};
    QTest::newRow("data is a string") << QByteArray(R"({"IPCType":"positionVehicle","positionVehicle":"{}"})")
                                      << QStringList{QStringLiteral("not a string")};
    QTest::newRow("element not an object")
        << positionBody("[" + kPosition + ",[1],{}]")
        << QStringList{QStringLiteral("element 1 of \"positionVehicle\""), QStringLiteral("an array")};
    QTest::newRow("null element") << positionBody("[null]")
                                  << QStringList{QStringLiteral("element 0 of \"positionVehicle\""),
                                                 QStringLiteral("null")};
}

void tst_JsonCodec::errors()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, mentions);
    const DecodeResult result = JsonCodec(catalogue()).decode(body);
    QVERIFY(!result.ok());
    QVERIFY(result.envelopes.isEmpty());
    for (const QString &mention : mentions)
        QVERIFY2(result.error.contains(mention), qPrintable(result.error));
}

void tst_JsonCodec::expectedInterfaceMatches()
{
    const JsonCodec codec(catalogue());
    const QByteArray body = positionBody(kPosition);
    QVERIFY(codec.decode(body, catalogue()->byPath(u"/position/vehicle")).ok());
    const DecodeResult wrong = codec.decode(body, catalogue()->byPath(u"/position/driver"));
    QVERIFY(!wrong.ok());
    QVERIFY2(wrong.error.contains(QStringLiteral("\"positionVehicle\"")), qPrintable(wrong.error));
    QVERIFY2(wrong.error.contains(QStringLiteral("/position/driver")), qPrintable(wrong.error));
    QVERIFY2(wrong.error.contains(QStringLiteral("\"positionDriver\"")), qPrintable(wrong.error));
}

void tst_JsonCodec::valuesKeepTheirJsonTypes()
{
    const QByteArray record =
        R"({"VehicleNo":12345,"VehicleRegionCode":"469001","PositionTime":1709181296,"Longitude":109516666.0,)"
        R"("Latitude":18.775,"Speed":true,"Direction":{"deg":270},"Elevation":[1],"Encrypt":null,"OrderId":"0"})";
    const DecodeResult result = JsonCodec(catalogue()).decode(positionBody(record));
    QVERIFY2(result.ok(), qPrintable(result.error));
    const Record &r = result.envelopes.first().records.first();
    QCOMPARE(r.value(u"VehicleNo").typeId(), QMetaType::LongLong);
    QCOMPARE(r.value(u"VehicleRegionCode").typeId(), QMetaType::QString);
    QCOMPARE(r.value(u"PositionTime").typeId(), QMetaType::LongLong);
    QCOMPARE(r.value(u"PositionTime").toLongLong(), 1709181296);
    QCOMPARE(r.value(u"Longitude").typeId(), QMetaType::LongLong); // 109516666.0 is a whole number
    QCOMPARE(r.value(u"Latitude").typeId(), QMetaType::Double);
    QCOMPARE(r.value(u"Speed").typeId(), QMetaType::Bool);
    QCOMPARE(r.value(u"Direction").typeId(), QMetaType::QVariantMap);
    QCOMPARE(r.value(u"Elevation").typeId(), QMetaType::QVariantList);
    QCOMPARE(r.value(u"Encrypt").typeId(), QMetaType::Nullptr);
    QVERIFY(!r.value(u"Mileage").isValid()); // absent

    // The validator sees those types and reports them.
    QStringList rules;
    for (const FieldViolation &v : RecordValidator().validate(r))
        rules.append(v.field + u'/' + ruleName(v.rule));
    QCOMPARE(rules, (QStringList{QStringLiteral("VehicleNo/type"), QStringLiteral("VehicleRegionCode/type"),
                                 QStringLiteral("Latitude/type"), QStringLiteral("Speed/type"),
                                 QStringLiteral("Direction/type"), QStringLiteral("Elevation/type")}));
}

void tst_JsonCodec::unknownFieldsAreListed()
{
    QByteArray record = kPosition;
    record.replace(R"("OrderId":"0")", R"("OrderId":"0","Orderld":"x","GpsSignal":3)");
    const DecodeResult result = JsonCodec(catalogue()).decode(positionBody(record));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QStringList unknown = result.envelopes.first().records.first().unknownFields;
    unknown.sort();
    QCOMPARE(unknown, (QStringList{QStringLiteral("GpsSignal"), QStringLiteral("Orderld")}));
    // Unknown fields stay in raw.
    QVERIFY(result.envelopes.first().records.first().raw.contains("\"GpsSignal\":3"));
}

void tst_JsonCodec::companyIdFromEnvelope()
{
    QByteArray withOwn = kPosition;
    withOwn.replace("{", R"({"CompanyId":"4690OTHER002",)");
    const DecodeResult result =
        JsonCodec(catalogue()).decode(positionBody("[" + kPosition + "," + withOwn + "]"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    const QList<Record> &records = result.envelopes.first().records;
    QCOMPARE(records.at(0).value(u"CompanyId").toString(), QStringLiteral("4690WZSYC001")); // filled in
    QCOMPARE(records.at(1).value(u"CompanyId").toString(), QStringLiteral("4690OTHER002")); // kept
    QVERIFY(!records.at(0).raw.contains("CompanyId")); // raw stays as sent

    // A numeric envelope CompanyId is kept as its text.
    const DecodeResult numeric =
        JsonCodec(catalogue())
            .decode(R"({"CompanyId":330100,"Source":1,"IPCType":"positionVehicle","positionVehicle":)" +
                    kPosition + "}");
    QVERIFY2(numeric.ok(), qPrintable(numeric.error));
    QCOMPARE(numeric.envelopes.first().companyId, QStringLiteral("330100"));
    QCOMPARE(numeric.envelopes.first().source, QStringLiteral("1"));
}

void tst_JsonCodec::chineseTextSurvives()
{
    const JsonCodec codec(catalogue());
    const InterfaceSpec &s = spec(u"orderCreate");
    Record record = sampleRecord(s);
    record.setValue(u"Departure", QStringLiteral("海南省五指山市通什镇三月三大道"));
    record.setValue(u"PassengerNote", QStringLiteral("请到东门 \"北\" 入口\n谢谢🚕"));
    const QByteArray body = codec.encode(envelopeOf(s, {record}, false));
    QVERIFY(body.contains("海南省五指山市通什镇三月三大道")); // UTF-8, not \u escapes
    const DecodeResult result = codec.decode(body);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const Record &decoded = result.envelopes.first().records.first();
    QCOMPARE(decoded.value(u"Departure").toString(), QStringLiteral("海南省五指山市通什镇三月三大道"));
    QCOMPARE(decoded.value(u"PassengerNote").toString(), QStringLiteral("请到东门 \"北\" 入口\n谢谢🚕"));
    QVERIFY(decoded.raw.contains("海南省五指山市"));

    // \u escapes in the body decode to the same text; raw keeps them as sent.
    const QByteArray escaped = positionBody(R"({"VehicleNo":"\u743cD12345","OrderId":"0"})");
    const DecodeResult fromEscapes = codec.decode(escaped);
    QVERIFY2(fromEscapes.ok(), qPrintable(fromEscapes.error));
    QCOMPARE(fromEscapes.envelopes.first().records.first().value(u"VehicleNo").toString(),
             QStringLiteral("琼D12345"));
    QCOMPARE(fromEscapes.envelopes.first().records.first().raw,
             QByteArray(R"({"VehicleNo":"\u743cD12345","OrderId":"0"})"));
}

void tst_JsonCodec::rawKeepsEachRecordCompact()
{
    const QByteArray body =
        "{\n  \"CompanyId\" : \"4690WZSYC001\",\n  \"IPCType\": \"positionVehicle\",\n"
        "  \"positionVehicle\" : [\n"
        "    { \"VehicleNo\" : \"琼D 12345\", \"OrderId\":\"0\", \"Note\": \"a ] } , b\\\"c\" },\n"
        "\t{\"VehicleNo\":\"琼D54321\",\r\n \"Extra\" : {\"x\" : [1, 2]},\"OrderId\":\"0\"}\n  ],\n"
        "  \"Source\": \"0\"\n}\n";
    const DecodeResult result = JsonCodec(catalogue()).decode(body);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const QList<Record> &records = result.envelopes.first().records;
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).raw,
             QByteArray(R"({"VehicleNo":"琼D 12345","OrderId":"0","Note":"a ] } , b\"c"})"));
    QCOMPARE(records.at(1).raw, QByteArray(R"({"VehicleNo":"琼D54321","Extra":{"x":[1,2]},"OrderId":"0"})"));
    // Each raw text is itself valid JSON with the record's content.
    for (const Record &r : records) {
        const QJsonObject object = QJsonDocument::fromJson(r.raw).object();
        QCOMPARE(object.value(QStringLiteral("VehicleNo")).toString(), r.value(u"VehicleNo").toString());
    }

    // A single object.
    const DecodeResult single = JsonCodec(catalogue()).decode(positionBody(kPosition));
    QCOMPARE(single.envelopes.first().records.first().raw, kPosition);
}

void tst_JsonCodec::rawFallsBackWhenTheScannerCannotFollow()
{
    // The member name written with an escape: the scanner compares raw bytes and does not find it,
    // so the parsed object is serialised instead; the record itself still decodes.
    const QByteArray body =
        R"({"IPCType":"positionVehicle","position\u0056ehicle":{"VehicleNo":"琼D12345","OrderId":"0"}})";
    const DecodeResult result = JsonCodec(catalogue()).decode(body);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const Record &r = result.envelopes.first().records.first();
    QCOMPARE(r.value(u"VehicleNo").toString(), QStringLiteral("琼D12345"));
    const QJsonObject raw = QJsonDocument::fromJson(r.raw).object();
    QCOMPARE(raw.value(QStringLiteral("VehicleNo")).toString(), QStringLiteral("琼D12345"));
    QCOMPARE(raw.size(), 2);
}

void tst_JsonCodec::encodeWritesWholeNumbersAsIntegers()
{
    const InterfaceSpec &s = spec(u"operatePay");
    Record record = makeRecord(s);
    record.setValue(u"DepTime", 20240101120000.0); // a double holding a whole number
    record.setValue(u"FactPrice", 35.8);
    record.setValue(u"DriveMile", 12.0);
    record.setValue(u"DriveTime", int(900));
    record.setValue(u"OrderId", QStringLiteral("A1"));
    const QByteArray body = JsonCodec(catalogue()).encode(envelopeOf(s, {record}, false));
    QVERIFY2(body.contains(R"("DepTime":20240101120000)"), body.constData());
    QVERIFY2(body.contains(R"("FactPrice":35.8)"), body.constData());
    QVERIFY2(body.contains(R"("DriveMile":12,)"), body.constData());
    QVERIFY2(body.contains(R"("DriveTime":900)"), body.constData());
    QVERIFY(!body.contains("e+"));
    // Fields follow the catalogue order; absent fields are left out.
    QVERIFY(body.indexOf("\"OrderId\"") < body.indexOf("\"DepTime\""));
    QVERIFY(!body.contains("\"PayTime\""));
    QVERIFY(
        body.startsWith(R"({"CompanyId":"4690WZSYC001","Source":"0","IPCType":"operatePay","operatePay":{)"));
}

void tst_JsonCodec::encodeEscapesStrings()
{
    const InterfaceSpec &s = spec(u"ratedPassengerComplaint");
    Record record = sampleRecord(s);
    const QString nasty = QStringLiteral("quote\" backslash\\ tab\t nl\n cr\r ctl\x01 bell\x07 end");
    record.setValue(u"Detail", nasty);
    const JsonCodec codec(catalogue());
    const QByteArray body = codec.encode(envelopeOf(s, {record}, false));
    QVERIFY(body.contains("\\u0001"));
    QVERIFY(body.contains("\\\""));
    const DecodeResult result = codec.decode(body);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.envelopes.first().records.first().value(u"Detail").toString(), nasty);
}

void tst_JsonCodec::encodeWithoutSpecIsEmpty()
{
    QVERIFY(JsonCodec(catalogue()).encode(UploadEnvelope()).isEmpty());
}

void tst_JsonCodec::decoderAgreesWithQJsonDocument_data()
{
    // Bodies at the edges of JSON, to check the fast path against the QJsonDocument reference.
    QTest::addColumn<QByteArray>("body");
    const QByteArray p = kPosition;
    auto body = [](const QByteArray &records) { return positionBody(records); };
    QTest::newRow("plain") << body(p);
    QTest::newRow("array") << body("[" + p + "," + p + "]");
    QTest::newRow("IPCType after the records")
        << QByteArray(R"({"positionVehicle":[)" + p + R"(],"CompanyId":"C1","IPCType":"positionVehicle"})");
    QTest::newRow("CompanyId after the records")
        << QByteArray(R"({"IPCType":"positionVehicle","positionVehicle":)" + p + R"(,"CompanyId":"C2"})");
    QTest::newRow("no CompanyId") << QByteArray(R"({"IPCType":"positionVehicle","positionVehicle":)" + p +
                                                "}");
    QTest::newRow("numeric CompanyId")
        << QByteArray(R"({"CompanyId":12.5,"IPCType":"positionVehicle","positionVehicle":)" + p + "}");
    QTest::newRow("other members") << QByteArray(
        R"({"Extra":{"a":[1,{"b":null}]},"IPCType":"positionVehicle","positionVehicle":)" + p +
        R"(,"Tail":[]})");
    QTest::newRow("duplicate data member") << QByteArray(
        R"({"IPCType":"positionVehicle","positionVehicle":{"OrderId":"1"},"positionVehicle":)" + p + "}");
    QTest::newRow("duplicate IPCType")
        << QByteArray(R"({"IPCType":"orderCreate","IPCType":"positionVehicle","positionVehicle":)" + p + "}");
    QTest::newRow("duplicate field") << body(R"({"OrderId":"1","VehicleNo":"A","OrderId":"2"})");
    QTest::newRow("duplicate unknown field") << body(R"({"X":1,"OrderId":"1","X":2})");
    QTest::newRow("escaped member name") << body(R"({"Vehicle\u004eo":"A","OrderId":"1"})");
    QTest::newRow("escaped data member")
        << QByteArray(R"({"IPCType":"positionVehicle","position\u0056ehicle":)" + p + "}");
    QTest::newRow("escapes in values")
        << body(R"({"VehicleNo":"a\"b\\c\/d\b\f\n\r\t\u0041\u00e9\u4e2d\ud83d\ude95","OrderId":"0"})");
    QTest::newRow("lone high surrogate") << body(R"({"VehicleNo":"\ud83d","OrderId":"0"})");
    QTest::newRow("lone low surrogate") << body(R"({"VehicleNo":"\ude95x","OrderId":"0"})");
    QTest::newRow("reversed surrogates") << body(R"({"VehicleNo":"\ude95\ud83d","OrderId":"0"})");
    QTest::newRow("raw UTF-8") << body("{\"VehicleNo\":\"\xe7\x90\xbc\xf0\x9f\x9a\x95\",\"OrderId\":\"0\"}");
    QTest::newRow("noncharacter U+FFFF") << body("{\"VehicleNo\":\"\xef\xbf\xbf\",\"OrderId\":\"0\"}");
    QTest::newRow("invalid UTF-8 byte") << body("{\"VehicleNo\":\"\xff\",\"OrderId\":\"0\"}");
    QTest::newRow("truncated UTF-8") << body("{\"VehicleNo\":\"\xe7\x90\",\"OrderId\":\"0\"}");
    QTest::newRow("overlong UTF-8") << body("{\"VehicleNo\":\"\xc0\xaf\",\"OrderId\":\"0\"}");
    QTest::newRow("UTF-8 surrogate") << body("{\"VehicleNo\":\"\xed\xa0\x80\",\"OrderId\":\"0\"}");
    QTest::newRow("beyond U+10FFFF") << body("{\"VehicleNo\":\"\xf4\x90\x80\x80\",\"OrderId\":\"0\"}");
    QTest::newRow("control character") << body("{\"VehicleNo\":\"a\tb\",\"OrderId\":\"0\"}");
    QTest::newRow("DEL character") << body("{\"VehicleNo\":\"a\x7f"
                                           "b\",\"OrderId\":\"0\"}");
    QTest::newRow("bad escape") << body(R"({"VehicleNo":"\x41","OrderId":"0"})");
    QTest::newRow("short \\u") << body(R"({"VehicleNo":"\u41","OrderId":"0"})");
    QTest::newRow("numbers") << body(
        R"({"Speed":-0,"Direction":1e2,"Elevation":-12.0,"Mileage":0.1,"WarnStatus":1E+3,"VehStatus":2.5e-1,"PositionTime":9223372036854775807,"Longitude":9223372036854775808,"Latitude":-9223372036854775808,"OrderId":"0"})");
    QTest::newRow("large exponent") << body(R"({"Speed":1e400,"OrderId":"0"})");
    QTest::newRow("tiny exponent") << body(R"({"Speed":1e-400,"OrderId":"0"})");
    QTest::newRow("many digits") << body(
        R"({"Speed":123456789012345678901234567890,"Mileage":0.30000000000000004441,"OrderId":"0"})");
    QTest::newRow("leading zero") << body(R"({"Speed":012,"OrderId":"0"})");
    QTest::newRow("leading plus") << body(R"({"Speed":+1,"OrderId":"0"})");
    QTest::newRow("trailing dot") << body(R"({"Speed":1.,"OrderId":"0"})");
    QTest::newRow("bare dot") << body(R"({"Speed":.5,"OrderId":"0"})");
    QTest::newRow("minus alone") << body(R"({"Speed":-,"OrderId":"0"})");
    QTest::newRow("hex number") << body(R"({"Speed":0x10,"OrderId":"0"})");
    QTest::newRow("NaN") << body(R"({"Speed":NaN,"OrderId":"0"})");
    QTest::newRow("literals") << body(R"({"Speed":true,"Direction":false,"Elevation":null,"OrderId":"0"})");
    QTest::newRow("bad literal") << body(R"({"Speed":tru,"OrderId":"0"})");
    QTest::newRow("nested values") << body(
        R"({"Speed":{"a":1,"b":[1.0,2,"x",null,true,{}],"c":{"d":-1e3}},"Direction":[],"OrderId":"0"})");
    QTest::newRow("nested duplicate key") << body(R"({"Speed":{"a":1,"a":2},"OrderId":"0"})");
    QTest::newRow("deep nesting") << body("{\"Speed\":" + QByteArray(100, '[') + QByteArray(100, ']') +
                                          ",\"OrderId\":\"0\"}");
    QTest::newRow("whitespace everywhere")
        << QByteArray(" \t\r\n{ \"IPCType\" :\t\"positionVehicle\" ,\n\"positionVehicle\" : [ { \"OrderId\" "
                      ": \"0\" , \"Speed\" : 1.5 } , { } ] } \n");
    QTest::newRow("empty record") << body("{}");
    QTest::newRow("empty array") << body("[]");
    QTest::newRow("trailing comma in record") << body(R"({"OrderId":"0",})");
    QTest::newRow("trailing comma in array") << body("[" + p + ",]");
    QTest::newRow("missing colon") << body(R"({"OrderId" "0"})");
    QTest::newRow("single quotes") << body(R"({'OrderId':'0'})");
    QTest::newRow("trailing garbage") << body(p) + "x";
    QTest::newRow("two documents") << body(p) + body(p);
    QTest::newRow("unterminated string")
        << QByteArray(R"({"IPCType":"positionVehicle","positionVehicle":{"OrderId":"0)");
    QTest::newRow("NUL byte") << body(QByteArray("{\"OrderId\":\"0\0\"}", 16));
    QTest::newRow("BOM") << "\xef\xbb\xbf" + body(p);
    QTest::newRow("element not object") << body("[" + p + ",1]");
    QTest::newRow("data is a string") << body("\"x\"");
    QTest::newRow("IPCType number") << QByteArray(R"({"IPCType":4002,"positionVehicle":)" + p + "}");
    QTest::newRow("unknown IPCType") << QByteArray(R"({"IPCType":"x","x":)" + p + "}");
    QTest::newRow("no data") << QByteArray(R"({"IPCType":"positionVehicle"})");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("empty body") << QByteArray();
    QTest::newRow("array body") << QByteArray("[]");
}

void tst_JsonCodec::decoderAgreesWithQJsonDocument()
{
    QFETCH(QByteArray, body);
    const QString difference = compareWithOracle(JsonCodec(catalogue()), body);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void tst_JsonCodec::decoderAgreesOnMutatedBodies()
{
    // Deterministic random edits of valid bodies: every result must agree with the reference.
    const JsonCodec codec(catalogue());
    const InterfaceSpec &pay = spec(u"operatePay");
    const QList<QByteArray> bases = {
        positionBody("[" + kPosition + "," + kPosition + "]"),
        codec.encode(envelopeOf(pay, {sampleRecord(pay), sampleRecord(pay, 1)}, true)),
        QByteArray(
            R"({"positionVehicle":{"VehicleNo":"\u743cD1","Speed":{"a":[1,2.5,"\ud83d\ude95"]},"OrderId":"0"},"IPCType":"positionVehicle"})"),
    };
    static const char alphabet[] = "\"\\{}[],: 0-.eEu+tfnl\xe7\x80\xff\x01a";
    QRandomGenerator random(20240229);
    int accepted = 0;
    constexpr int kMutations = 4000;
    for (const QByteArray &base : bases) {
        for (int i = 0; i < kMutations; ++i) {
            QByteArray body = base;
            const int edits = 1 + int(random.bounded(3));
            for (int e = 0; e < edits; ++e) {
                const int at = int(random.bounded(body.size()));
                const char c = alphabet[random.bounded(int(sizeof alphabet - 1))];
                switch (random.bounded(3)) {
                case 0:
                    body[at] = c;
                    break;
                case 1:
                    body.insert(at, c);
                    break;
                default:
                    body.remove(at, 1);
                    break;
                }
            }
            const QString difference = compareWithOracle(codec, body);
            if (!difference.isEmpty())
                QFAIL(qPrintable(difference + QStringLiteral(" in: ") +
                                 QString::fromUtf8(body.toPercentEncoding(" {}[]:,\""))));
            accepted += codec.decode(body).ok() ? 1 : 0;
        }
    }
    // The edits must exercise both outcomes.
    QVERIFY(accepted > 100);
    QVERIFY(accepted < 3 * kMutations - 100);
}

void tst_JsonCodec::decodeSpeed()
{
    // Not a timed test: prints the cost per position record of QJsonDocument alone, of decode() and of
    // decode() + validate(), for a batch of 1,000 (the bench in tests/bench measures the real ingest).
    QByteArray records = "[";
    for (int i = 0; i < 1000; ++i) {
        if (i)
            records += ',';
        QByteArray r = kPosition;
        r.replace("109516666", QByteArray::number(109516666 + i));
        records += r;
    }
    records += ']';
    const QByteArray body = positionBody(records);
    const JsonCodec codec(catalogue());
    const RecordValidator validator;
    const QString company = QStringLiteral("4690WZSYC001");
    constexpr int rounds = 20;

    QElapsedTimer timer;
    timer.start();
    qsizetype parsed = 0;
    for (int i = 0; i < rounds; ++i)
        parsed += QJsonDocument::fromJson(body).object().size();
    const double parseNs = double(timer.nsecsElapsed()) / (rounds * 1000);

    timer.restart();
    qsizetype decoded = 0;
    for (int i = 0; i < rounds; ++i)
        decoded += codec.decode(body).envelopes.first().records.size();
    const double decodeNs = double(timer.nsecsElapsed()) / (rounds * 1000);

    timer.restart();
    qsizetype violations = 0;
    for (int i = 0; i < rounds; ++i) {
        const DecodeResult result = codec.decode(body);
        for (const Record &r : result.envelopes.first().records)
            violations += validator.validate(r, company).size();
    }
    const double bothNs = double(timer.nsecsElapsed()) / (rounds * 1000);

    QCOMPARE(parsed, qsizetype(4 * rounds));
    QCOMPARE(decoded, qsizetype(1000 * rounds));
    QCOMPARE(violations, qsizetype(0));
    qInfo(
        "per position record: QJsonDocument %.0f ns, decode %.0f ns (%.2fx), decode+validate %.0f ns (%.2fx)",
        parseNs, decodeNs, decodeNs / parseNs, bothNs, bothNs / parseNs);
}

QTEST_GUILESS_MAIN(tst_JsonCodec)
#include "tst_jsoncodec.moc"
