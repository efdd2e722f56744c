#include "otipc.pb.h"
#include "protocol/interfacecatalogue.h"
#include "protocol/jsoncodec.h"
#include "protocol/protobufcodec.h"
#include "protocol/recordvalidator.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <google/protobuf/descriptor.h>
#include <google/protobuf/dynamic_message.h>
#include <google/protobuf/message.h>

using namespace rw;
namespace pb = google::protobuf;

namespace {

// Hand-made wire bytes, for inputs the codec's own encoder would never produce.
struct Wire
{
    QByteArray bytes;

    Wire &varint(quint64 v)
    {
        do {
            uchar b = v & 0x7f;
            v >>= 7;
            if (v)
                b |= 0x80;
            bytes.append(char(b));
        } while (v);
        return *this;
    }
    Wire &tag(int number, int wireType) { return varint(quint64(number) << 3 | quint64(wireType)); }
    Wire &integer(int number, qint64 v) { return tag(number, 0).varint(quint64(v)); }
    Wire &text(int number, const QByteArray &v) { return tag(number, 2).varint(quint64(v.size())).raw(v); }
    Wire &fixed64(int number, double v)
    {
        tag(number, 1);
        const quint64 bits = std::bit_cast<quint64>(v);
        for (int i = 0; i < 8; ++i)
            bytes.append(char(bits >> (8 * i)));
        return *this;
    }
    Wire &raw(const QByteArray &v)
    {
        bytes.append(v);
        return *this;
    }
};

// A value of the right type for \a field, different per field and per \a seed.
QVariant sampleValue(const FieldSpec &field, int seed)
{
    if (field.type == FieldType::Character)
        return QStringLiteral("值%1-%2·琼D").arg(field.name).arg(seed);
    switch (field.format) {
    case FieldFormat::Decimal:
        return 12.25 + field.index + seed;
    case FieldFormat::Date:
        return QVariant::fromValue<qint64>(20240101 + seed);
    case FieldFormat::DateTime:
        return QVariant::fromValue<qint64>(20240101123000LL + seed);
    case FieldFormat::UnixOrDateTime:
        return QVariant::fromValue<qint64>(1704083400LL + seed);
    case FieldFormat::RegionCode:
        return QVariant::fromValue<qint64>(469001);
    case FieldFormat::Longitude:
        return QVariant::fromValue<qint64>(-109516667LL - seed); // sign survives
    case FieldFormat::Latitude:
        return QVariant::fromValue<qint64>(18776111LL + seed);
    default:
        return QVariant::fromValue<qint64>(field.index * 7 + seed);
    }
}

Record fullRecord(const InterfaceSpec &spec, int seed)
{
    Record record = makeRecord(spec);
    for (const FieldSpec &field : spec.fields)
        record.values[field.index] = sampleValue(field, seed);
    return record;
}

UploadEnvelope envelopeOf(const InterfaceSpec &spec, QList<Record> records,
                          const QString &company = QStringLiteral("4690WZSYC001"))
{
    UploadEnvelope envelope;
    envelope.companyId = company;
    envelope.source = QStringLiteral("0");
    envelope.spec = &spec;
    envelope.records = std::move(records);
    return envelope;
}

// Compares values including their types: the validator relies on the type a value came with.
void compareValues(const Record &actual, const Record &expected)
{
    QCOMPARE(actual.values.size(), expected.values.size());
    for (qsizetype i = 0; i < expected.values.size(); ++i) {
        const QString name = expected.spec->fields.at(i).name;
        QVERIFY2(actual.values.at(i).isValid() == expected.values.at(i).isValid(), qPrintable(name));
        if (!expected.values.at(i).isValid())
            continue;
        QVERIFY2(actual.values.at(i).metaType() == expected.values.at(i).metaType(),
                 qPrintable(name + u' ' + QString::fromLatin1(actual.values.at(i).typeName())));
        QVERIFY2(actual.values.at(i) == expected.values.at(i), qPrintable(name));
    }
}

} // namespace

class TestProtobufCodec : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void schemaMatchesCatalogue();
    void committedProtoIsUpToDate();
    void roundTripEveryInterface_data();
    void roundTripEveryInterface();
    void roundTripList();
    void absentFieldsStayAbsent();
    void chineseStrings();
    void rawIsTheRecordAsReceived();
    void wrongWireTypeKeepsTheSentType();
    void invalidUtf8IsAnError();
    void unknownFieldsAreListed();
    void encodeSkipsMismatchedValues();
    void errors_data();
    void errors();
    void pathMismatchIsAnError();
    void recordsUnderAnotherInterfaceAreAnError();
    void interfaceMissingFromSchemaIsAnError();
    void hostileInputIsBounded();
    void sameRecordsAsJson_data();
    void sameRecordsAsJson();
    void jsonConvertsToProtobuf();

private:
    std::shared_ptr<const InterfaceCatalogue> m_catalogue;
    const InterfaceSpec *m_position = nullptr;
};

void TestProtobufCodec::initTestCase()
{
    m_catalogue = InterfaceCatalogue::builtIn();
    QVERIFY(m_catalogue);
    m_position = m_catalogue->byIpcType(u"positionVehicle");
    QVERIFY(m_position);
}

void TestProtobufCodec::schemaMatchesCatalogue()
{
    const pb::Descriptor *ipcDescriptor = ipc::OTIpc::descriptor();
    const pb::EnumDescriptor *codes = ipc::IpcType_descriptor();
    int position = 0;
    for (const InterfaceSpec *spec : m_catalogue->interfaces()) {
        const QByteArray where = spec->ipcType.toUtf8();
        const pb::FieldDescriptor *recordField = ipcDescriptor->FindFieldByName(spec->ipcType.toStdString());
        QVERIFY2(recordField, where);
        QVERIFY2(recordField->is_repeated(), where);
        QCOMPARE(recordField->number(), 16 + position);
        QCOMPARE(QString::fromStdString(recordField->message_type()->name()), spec->messageName);
        QVERIFY2(codes->FindValueByNumber(int(spec->code)), where);
        const pb::Descriptor *message = recordField->message_type();
        QCOMPARE(message->field_count(), spec->fields.size());
        for (const FieldSpec &field : spec->fields) {
            const pb::FieldDescriptor *fd = message->FindFieldByName(field.name.toStdString());
            QVERIFY2(fd, where + '.' + field.name.toUtf8());
            QCOMPARE(fd->number(), field.protoNumber);
            QVERIFY(fd->has_presence());
            const auto expected = field.type == FieldType::Character     ? pb::FieldDescriptor::TYPE_STRING
                                  : field.format == FieldFormat::Decimal ? pb::FieldDescriptor::TYPE_DOUBLE
                                                                         : pb::FieldDescriptor::TYPE_INT64;
            QCOMPARE(fd->type(), expected);
        }
        ++position;
    }
    QCOMPARE(codes->value_count(), m_catalogue->interfaces().size());
}

void TestProtobufCodec::committedProtoIsUpToDate()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is not installed");
    const QString root = qEnvironmentVariable("RIDEWATCH_SOURCE_DIR");
    if (root.isEmpty())
        QSKIP("RIDEWATCH_SOURCE_DIR is not set (ctest sets it)");
    QProcess process;
    process.start(python, {root + QStringLiteral("/tools/gen_proto.py"), QStringLiteral("--check")});
    QVERIFY(process.waitForFinished(30000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
}

void TestProtobufCodec::roundTripEveryInterface_data()
{
    QTest::addColumn<QString>("ipcType");
    for (const InterfaceSpec *spec : m_catalogue->interfaces())
        QTest::newRow(qPrintable(spec->ipcType)) << spec->ipcType;
}

void TestProtobufCodec::roundTripEveryInterface()
{
    QFETCH(QString, ipcType);
    const InterfaceSpec *spec = m_catalogue->byIpcType(ipcType);
    QVERIFY(spec);
    const ProtobufCodec codec(m_catalogue);
    const UploadEnvelope sent = envelopeOf(*spec, {fullRecord(*spec, 1), fullRecord(*spec, 2)});
    const QByteArray body = codec.encode(sent);
    QVERIFY(!body.isEmpty());

    const DecodeResult result = codec.decode(body, false, spec);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.envelopes.size(), 1);
    const UploadEnvelope &got = result.envelopes.first();
    QCOMPARE(got.companyId, sent.companyId);
    QCOMPARE(got.source, sent.source);
    QCOMPARE(got.spec, spec);
    QCOMPARE(got.batch, false);
    QCOMPARE(got.records.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(got.records.at(i).spec, spec);
        QVERIFY(got.records.at(i).unknownFields.isEmpty());
        compareValues(got.records.at(i), sent.records.at(i));
        // raw is the record's own message: it parses alone and re-encodes to the same bytes.
        QVERIFY(body.contains(got.records.at(i).raw));
        const pb::Descriptor *type =
            ipc::OTIpc::descriptor()->FindFieldByName(ipcType.toStdString())->message_type();
        std::unique_ptr<pb::Message> alone(
            pb::MessageFactory::generated_factory()->GetPrototype(type)->New());
        QVERIFY(alone->ParseFromArray(got.records.at(i).raw.constData(), int(got.records.at(i).raw.size())));
        QCOMPARE(
            alone->GetReflection()->GetStringReference(*alone, type->FindFieldByName("CompanyId"), nullptr),
            sent.records.at(i).value(u"CompanyId").toString().toStdString());
    }
    // Every value has the type the validator expects of its field.
    for (const FieldViolation &violation : RecordValidator().validate(got.records.first()))
        QVERIFY2(violation.rule != ValidationRule::Type, qPrintable(violation.message));
    // Encoding what was decoded gives the same bytes: nothing is lost or reordered.
    QCOMPARE(codec.encode(got), body);
}

void TestProtobufCodec::roundTripList()
{
    const ProtobufCodec codec(m_catalogue);
    QList<UploadEnvelope> sent;
    const auto &interfaces = m_catalogue->interfaces();
    for (int i = 0; i < 3; ++i) {
        const InterfaceSpec *spec = interfaces.at(i % interfaces.size());
        sent.append(envelopeOf(*spec, {fullRecord(*spec, i)}, QStringLiteral("4690COMPANY%1").arg(i)));
    }
    const QByteArray body = codec.encodeList(sent);
    const DecodeResult result = codec.decode(body, true);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.envelopes.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const UploadEnvelope &got = result.envelopes.at(i);
        QCOMPARE(got.batch, true);
        QCOMPARE(got.companyId, sent.at(i).companyId);
        QCOMPARE(got.spec, sent.at(i).spec);
        QCOMPARE(got.records.size(), 1);
        compareValues(got.records.first(), sent.at(i).records.first());
        QVERIFY(body.contains(got.records.first().raw));
    }
    // A list is not an OTIpc: the same bytes read as one OTIpc have no IPCType.
    QVERIFY(!codec.decode(body, false).ok());
}

void TestProtobufCodec::absentFieldsStayAbsent()
{
    const ProtobufCodec codec(m_catalogue);
    Record record = makeRecord(*m_position);
    record.setValue(u"VehicleNo", QStringLiteral("琼D12345"));
    record.setValue(u"Speed", QVariant::fromValue<qint64>(0)); // zero is a value, not absence
    record.setValue(u"OrderId", QString(u""_qs));              // so is the empty string
    const DecodeResult result = codec.decode(codec.encode(envelopeOf(*m_position, {record})), false);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const Record &got = result.envelopes.first().records.first();
    for (const FieldSpec &field : m_position->fields) {
        const bool sent = field.name == u"VehicleNo" || field.name == u"Speed" || field.name == u"OrderId" ||
                          field.name == u"CompanyId";
        QVERIFY2(got.has(field.index) == sent, qPrintable(field.name));
    }
    // As in JsonCodec, a record without CompanyId takes the envelope's.
    QCOMPARE(got.value(u"CompanyId"), QVariant(result.envelopes.first().companyId));
    QCOMPARE(got.value(u"Speed"), QVariant::fromValue<qint64>(0));
    QCOMPARE(got.value(u"OrderId"), QVariant(QString(u""_qs)));
    QVERIFY(!got.value(u"Longitude").isValid());
}

void TestProtobufCodec::chineseStrings()
{
    const ProtobufCodec codec(m_catalogue);
    Record record = makeRecord(*m_position);
    const QString plate = QStringLiteral("琼D·A1234学𠀀"); // a character outside the BMP too
    record.setValue(u"VehicleNo", plate);
    UploadEnvelope envelope = envelopeOf(*m_position, {record}, QStringLiteral("五指山出行"));
    envelope.source = QStringLiteral("来源");
    const QByteArray body = codec.encode(envelope);
    QVERIFY(body.contains(plate.toUtf8()));
    const DecodeResult result = codec.decode(body, false);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.envelopes.first().companyId, QStringLiteral("五指山出行"));
    QCOMPARE(result.envelopes.first().source, QStringLiteral("来源"));
    QCOMPARE(result.envelopes.first().records.first().value(u"VehicleNo"), QVariant(plate));
}

void TestProtobufCodec::rawIsTheRecordAsReceived()
{
    // Fields out of order and a repeated singular field: a re-encoding would differ from this.
    const int recordField = ipc::OTIpc::descriptor()->FindFieldByName("positionVehicle")->number();
    const QByteArray record = Wire()
                                  .text(m_position->field(u"OrderId")->protoNumber, "0")
                                  .text(m_position->field(u"VehicleNo")->protoNumber, "first")
                                  .text(m_position->field(u"VehicleNo")->protoNumber, "琼D00001")
                                  .bytes;
    const QByteArray body = Wire()
                                .text(1, "C1")
                                .integer(3, m_position->code)
                                .text(recordField, record)
                                .text(recordField, QByteArray())
                                .bytes;
    const ProtobufCodec codec(m_catalogue);
    const DecodeResult result = codec.decode(body, false);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.envelopes.first().records.size(), 2);
    QCOMPARE(result.envelopes.first().records.at(0).raw, record);
    QCOMPARE(result.envelopes.first().records.at(0).value(u"VehicleNo"),
             QVariant(QStringLiteral("琼D00001")));
    QCOMPARE(result.envelopes.first().records.at(1).raw, QByteArray());
}

void TestProtobufCodec::wrongWireTypeKeepsTheSentType()
{
    const int recordField = ipc::OTIpc::descriptor()->FindFieldByName("positionVehicle")->number();
    const QByteArray record =
        Wire()
            .integer(m_position->field(u"VehicleNo")->protoNumber, 42)   // C sent as a number
            .text(m_position->field(u"Speed")->protoNumber, "60")        // N sent as text
            .integer(m_position->field(u"Mileage")->protoNumber, 1234)   // int64 for our double
            .fixed64(m_position->field(u"Direction")->protoNumber, 90.0) // double for int64
            .fixed64(m_position->field(u"Elevation")->protoNumber, 12.5) // a fraction for int64
            .text(m_position->field(u"CompanyId")->protoNumber, "C9")    // the record's own, kept
            .bytes;
    const QByteArray body = Wire().text(1, "C1").integer(3, m_position->code).text(recordField, record).bytes;
    const DecodeResult result = ProtobufCodec(m_catalogue).decode(body, false);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const Record &got = result.envelopes.first().records.first();
    QCOMPARE(got.value(u"CompanyId"), QVariant(QStringLiteral("C9")));
    QCOMPARE(got.value(u"VehicleNo"), QVariant::fromValue<qint64>(42));
    QCOMPARE(got.value(u"VehicleNo").typeId(), QMetaType::LongLong);
    QCOMPARE(got.value(u"Speed"), QVariant(QStringLiteral("60")));
    QCOMPARE(got.value(u"Speed").typeId(), QMetaType::QString);
    QCOMPARE(got.value(u"Mileage").typeId(), QMetaType::LongLong);
    QCOMPARE(got.value(u"Mileage").toLongLong(), 1234);
    QCOMPARE(got.value(u"Direction").typeId(), QMetaType::LongLong); // whole: an integer, as from JSON
    QCOMPARE(got.value(u"Direction").toLongLong(), 90);
    QCOMPARE(got.value(u"Elevation").typeId(), QMetaType::Double);
    QCOMPARE(got.value(u"Elevation").toDouble(), 12.5);
    QVERIFY(got.unknownFields.isEmpty());

    // The validator names the wrongly typed fields and accepts the compatible numbers.
    QHash<QString, ValidationRule> rules;
    for (const FieldViolation &violation : RecordValidator().validate(got))
        rules.insert(violation.field, violation.rule);
    QCOMPARE(rules.value(u"VehicleNo"_qs, ValidationRule::Required), ValidationRule::Type);
    QCOMPARE(rules.value(u"Speed"_qs, ValidationRule::Required), ValidationRule::Type);
    QCOMPARE(rules.value(u"Elevation"_qs, ValidationRule::Required), ValidationRule::Type);
    QVERIFY(!rules.contains(u"Mileage"_qs));
    QVERIFY(!rules.contains(u"Direction"_qs));
}

void TestProtobufCodec::invalidUtf8IsAnError()
{
    // GBK "琼" (a legacy encoding) where UTF-8 is due: the body is refused by field, as in JSON.
    const int recordField = ipc::OTIpc::descriptor()->FindFieldByName("positionVehicle")->number();
    const QByteArray gbk("\xc7\xed"
                         "D12345",
                         8);
    const QByteArray good = Wire().text(m_position->field(u"VehicleNo")->protoNumber, "A").bytes;
    const QByteArray bad = Wire().text(m_position->field(u"VehicleNo")->protoNumber, gbk).bytes;
    const QByteArray body =
        Wire().integer(3, m_position->code).text(recordField, good).text(recordField, bad).bytes;
    const ProtobufCodec codec(m_catalogue);
    DecodeResult result = codec.decode(body, false);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(u"OTIpc.positionVehicle[1].VehicleNo: not UTF-8 text (8 bytes: c7 ed 44"),
             qPrintable(result.error));
    result =
        codec.decode(Wire().text(1, gbk).integer(3, m_position->code).text(recordField, good).bytes, false);
    QVERIFY2(result.error.contains(u"OTIpc: CompanyId is not UTF-8"), qPrintable(result.error));
    // In a field where the schema has a number, text is a type error for the validator to report.
    const QByteArray wrongType = Wire().text(m_position->field(u"Speed")->protoNumber, gbk).bytes;
    result = codec.decode(Wire().integer(3, m_position->code).text(recordField, wrongType).bytes, false);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.envelopes.first().records.first().value(u"Speed").typeId(), QMetaType::QString);
}

void TestProtobufCodec::unknownFieldsAreListed()
{
    const int recordField = ipc::OTIpc::descriptor()->FindFieldByName("positionVehicle")->number();
    const QByteArray record =
        Wire().text(m_position->field(u"VehicleNo")->protoNumber, "A").integer(999, 5).bytes;
    const QByteArray body =
        Wire().integer(3, m_position->code).text(recordField, record).integer(1000, 1).bytes; // unknown at
                                                                                              // top too
    const DecodeResult result = ProtobufCodec(m_catalogue).decode(body, false);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const Record &got = result.envelopes.first().records.first();
    QCOMPARE(got.unknownFields, QStringList{QStringLiteral("#999")});
    QCOMPARE(got.raw, record); // kept for the quarantine
}

void TestProtobufCodec::encodeSkipsMismatchedValues()
{
    const ProtobufCodec codec(m_catalogue);
    Record record = makeRecord(*m_position);
    record.setValue(u"VehicleNo", QVariant::fromValue<qint64>(7));      // number into string: skipped
    record.setValue(u"Speed", QStringLiteral("fast"));                  // text into int64: skipped
    record.setValue(u"Direction", 90.0);                                // whole double into int64: kept
    record.setValue(u"Elevation", 12.5);                                // fraction into int64: skipped
    record.setValue(u"Mileage", QVariant::fromValue<qint64>(12));       // integer into double: kept
    record.setValue(u"Encrypt", true);                                  // bool into int64: skipped
    record.setValue(u"WarnStatus", QVariantList{1, 2});                 // container: skipped
    record.setValue(u"VehStatus", QVariant::fromValue<quint64>(~0ULL)); // out of int64 range: skipped
    record.setValue(u"BizStatus", 1);                                   // int into int64: kept
    record.values.append(QStringLiteral("beyond the spec's fields"));   // ignored
    const QByteArray body = codec.encode(envelopeOf(*m_position, {record}));
    const DecodeResult result = codec.decode(body, false);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const Record &got = result.envelopes.first().records.first();
    QVERIFY(!got.has(m_position->fieldIndex(u"VehicleNo")));
    QVERIFY(!got.has(m_position->fieldIndex(u"Speed")));
    QCOMPARE(got.value(u"Direction"), QVariant::fromValue<qint64>(90));
    QVERIFY(!got.has(m_position->fieldIndex(u"Elevation")));
    QCOMPARE(got.value(u"Mileage"),
             QVariant::fromValue<qint64>(12)); // a whole number, typed as JSON gives it
    QVERIFY(!got.has(m_position->fieldIndex(u"Encrypt")));
    QVERIFY(!got.has(m_position->fieldIndex(u"WarnStatus")));
    QVERIFY(!got.has(m_position->fieldIndex(u"VehStatus")));
    QCOMPARE(got.value(u"BizStatus"), QVariant::fromValue<qint64>(1));

    // No interface at all: an envelope without IPCType, which the receiver rejects by name.
    UploadEnvelope none;
    none.companyId = QStringLiteral("C");
    const DecodeResult noType = codec.decode(codec.encode(none), false);
    QVERIFY(noType.error.contains(u"IPCType is missing"));
}

void TestProtobufCodec::errors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("list");
    QTest::addColumn<QString>("expected"); // a part of the message that names the problem

    const int recordField = ipc::OTIpc::descriptor()->FindFieldByName("positionVehicle")->number();
    const QByteArray record = Wire().text(10, "琼D12345").bytes;
    const QByteArray good = Wire().text(1, "C1").integer(3, 0x4002).text(recordField, record).bytes;

    QTest::newRow("random bytes") << QByteArray("\xff\xff\xff\xff", 4) << false << u"not a valid protobuf"_qs;
    QTest::newRow("truncated")
        << good.left(good.size() - 3) << false
        << QStringLiteral("field %1 (positionVehicle) declares 11 bytes, but only 8 remain").arg(recordField);
    QTest::newRow("truncated in record, named")
        << Wire().integer(3, 0x4002).text(recordField, Wire().tag(10, 2).varint(50).raw("abc").bytes).bytes
        << false << u"field 10 (VehicleNo) declares 50 bytes, but only 3 remain (in positionVehicle[0])"_qs;
    QTest::newRow("wire type 7") << Wire().tag(5, 7).bytes << false << u"wire type 7"_qs;
    QTest::newRow("field number 0") << Wire().tag(0, 0).varint(1).bytes << false << u"field number 0"_qs;
    QTest::newRow("unclosed group") << Wire().tag(9, 3).integer(1, 1).bytes << false
                                    << u"group 9 is not closed"_qs;
    QTest::newRow("stray end of group") << Wire().tag(9, 4).bytes << false << u"end of group 9"_qs;
    QTest::newRow("overlong varint") << Wire().tag(5, 0).raw(QByteArray(11, '\xff')).raw("\x01").bytes
                                     << false << u"longer than 10 bytes"_qs;
    QTest::newRow("empty body") << QByteArray() << false << u"OTIpc: the body is empty"_qs;
    QTest::newRow("no IPCType") << Wire().text(1, "C1").text(recordField, record).bytes << false
                                << u"IPCType is missing"_qs;
    QTest::newRow("unknown IPCType") << Wire().integer(3, 0x9999).text(recordField, record).bytes << false
                                     << u"0x9999"_qs;
    QTest::newRow("negative IPCType") << Wire().integer(3, -1).bytes << false << u"IPCType -1 (0x"_qs;
    QTest::newRow("no records") << Wire().text(1, "C1").integer(3, 0x4002).bytes << false
                                << u"no positionVehicle records"_qs;
    QTest::newRow("empty list") << QByteArray() << true << u"OTIpcList: the body is empty"_qs;
    QTest::newRow("list without entries") << Wire().integer(2, 5).bytes << true << u"otpic is empty"_qs;
    QTest::newRow("list entry without IPCType")
        << Wire().text(1, good).text(1, Wire().text(1, "C2").bytes).bytes << true << u"otpic[1]: IPCType"_qs;
    QTest::newRow("list entry malformed")
        << Wire().text(1, good).text(1, Wire().tag(3, 0).bytes).bytes << true << u"otpic[1]"_qs;
}

void TestProtobufCodec::errors()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, list);
    QFETCH(QString, expected);
    const DecodeResult result = ProtobufCodec(m_catalogue).decode(body, list);
    QVERIFY(!result.ok());
    QVERIFY(result.envelopes.isEmpty());
    QVERIFY2(result.error.contains(expected), qPrintable(result.error));
}

void TestProtobufCodec::pathMismatchIsAnError()
{
    const auto &interfaces = m_catalogue->interfaces();
    if (interfaces.size() < 2)
        QSKIP("the catalogue has a single interface");
    const InterfaceSpec *a = interfaces.at(0);
    const InterfaceSpec *b = interfaces.at(1);
    const ProtobufCodec codec(m_catalogue);
    const QByteArray body = codec.encode(envelopeOf(*a, {fullRecord(*a, 1)}));
    QVERIFY(codec.decode(body, false, a).ok());
    const DecodeResult result = codec.decode(body, false, b);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(a->ipcType) && result.error.contains(b->path), qPrintable(result.error));
}

void TestProtobufCodec::recordsUnderAnotherInterfaceAreAnError()
{
    const auto &interfaces = m_catalogue->interfaces();
    if (interfaces.size() < 2)
        QSKIP("the catalogue has a single interface");
    const InterfaceSpec *a = interfaces.at(0);
    const InterfaceSpec *b = interfaces.at(1);
    const ProtobufCodec codec(m_catalogue);
    // Records of b, but IPCType says a (alongside a's own records, or alone).
    ipc::OTIpc message;
    message.ParseFromString(codec.encode(envelopeOf(*b, {fullRecord(*b, 1)})).toStdString());
    message.set_ipctype(static_cast<ipc::IpcType>(a->code));
    const QByteArray body = QByteArray::fromStdString(message.SerializeAsString());
    const DecodeResult result = codec.decode(body, false);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(b->ipcType) && result.error.contains(a->ipcType),
             qPrintable(result.error));
    const QByteArray both = codec.encode(envelopeOf(*a, {fullRecord(*a, 1)})) + body;
    // Concatenated encodings merge into one OTIpc holding a's and b's records: refused too.
    QVERIFY(!codec.decode(both, false).ok());
}

void TestProtobufCodec::interfaceMissingFromSchemaIsAnError()
{
    // A catalogue newer than the compiled otipc.proto: its extra interface cannot be decoded,
    // and the error says why instead of pretending the body was empty.
    QFile file(QStringLiteral(":/protocol/interfaces.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray json = file.readAll();
    const QByteArray extra =
        R"({"ipcType": "futureThing", "code": "0x7001", "path": "/future/thing", "title": "未来",
        "message": "FutureThing", "topic": "ProvFutureThing", "family": "share",
        "fields": [{"name": "X", "type": "C", "length": "V8", "proto": 10}]}, )";
    json.replace("\"interfaces\": [", "\"interfaces\": [" + extra);
    QString error;
    const auto catalogue = InterfaceCatalogue::fromJson(json, &error);
    QVERIFY2(catalogue, qPrintable(error));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"futureThing.*is not in otipc.proto"_qs));
    const ProtobufCodec codec(catalogue);
    const DecodeResult result = codec.decode(Wire().integer(3, 0x7001).bytes, false);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(u"futureThing") && result.error.contains(u"otipc.proto"),
             qPrintable(result.error));
    // The others still work through the same codec.
    const InterfaceSpec *position = catalogue->byIpcType(u"positionVehicle");
    const DecodeResult ok =
        codec.decode(codec.encode(envelopeOf(*position, {fullRecord(*position, 3)})), false);
    QVERIFY2(ok.ok(), qPrintable(ok.error));
    // Encoding the extra interface still names it, and the receiver reports the same error.
    const DecodeResult back =
        codec.decode(codec.encode(envelopeOf(*catalogue->byIpcType(u"futureThing"), {})), false);
    QVERIFY2(back.error.contains(u"futureThing"), qPrintable(back.error));
}

void TestProtobufCodec::hostileInputIsBounded()
{
    const ProtobufCodec codec(m_catalogue);
    const int recordField = ipc::OTIpc::descriptor()->FindFieldByName("positionVehicle")->number();

    // A length near 2 GiB on a few bytes: refused before anything is allocated for it.
    const QByteArray huge = Wire().integer(3, 0x4002).tag(recordField, 2).varint(0x7ffffff0).raw("x").bytes;
    DecodeResult result = codec.decode(huge, false);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(u"declares 2147483632 bytes"), qPrintable(result.error));

    // Groups nested past protobuf's limit of 100: refused, no stack overflow.
    Wire nested;
    for (int i = 0; i < 100000; ++i)
        nested.tag(7, 3);
    result = codec.decode(nested.bytes, false);
    QVERIFY(!result.ok());

    // Nested OTIpcList entries that are themselves deep: refused by name.
    result = codec.decode(Wire().text(1, nested.bytes).bytes, true);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(u"otpic[0]"), qPrintable(result.error));

    // Empty records cost 3 bytes on the wire but a Record each: up to 100,000 per body, counted
    // before anything is parsed, across all interfaces' fields and all entries of a list.
    Wire many;
    many.integer(3, 0x4002);
    const int limit = 100000;
    for (int i = 0; i < limit; ++i)
        many.text(recordField, QByteArray());
    QElapsedTimer timer;
    timer.start();
    result = codec.decode(many.bytes, false);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.envelopes.first().records.size(), limit);
    qInfo("%d empty records (%lld bytes) decoded in %lld ms", limit, qint64(many.bytes.size()),
          timer.elapsed());
    const int otherField = recordField == 16 ? 17 : 16;
    result = codec.decode(many.bytes + Wire().text(otherField, QByteArray()).bytes, false);
    QVERIFY2(result.error.contains(u"more than 100000 records"), qPrintable(result.error));
    result = codec.decode(Wire().text(1, many.bytes).text(1, Wire().text(recordField, "").bytes).bytes, true);
    QVERIFY2(result.error.contains(u"OTIpcList: more than 100000 records"), qPrintable(result.error));

    // Unknown fields are listed once each, at most 32; the raw bytes keep them all.
    Wire unknown;
    for (int n = 0; n < 3; ++n) {
        for (int number = 1000; number < 1100; ++number)
            unknown.integer(number, n);
    }
    result = codec.decode(Wire().integer(3, 0x4002).text(recordField, unknown.bytes).bytes, false);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.envelopes.first().records.first().unknownFields.size(), 32);
    QCOMPARE(result.envelopes.first().records.first().unknownFields.first(), u"#1000"_qs);
    QCOMPARE(result.envelopes.first().records.first().raw, unknown.bytes);
}

void TestProtobufCodec::sameRecordsAsJson_data()
{
    QTest::addColumn<QString>("ipcType");
    for (const InterfaceSpec *spec : m_catalogue->interfaces())
        QTest::newRow(qPrintable(spec->ipcType)) << spec->ipcType;
}

void TestProtobufCodec::sameRecordsAsJson()
{
    // The same upload sent as JSON or as protobuf must give the same records, types included:
    // everything downstream (validation, storage, quality) sees one representation.
    QFETCH(QString, ipcType);
    const InterfaceSpec *spec = m_catalogue->byIpcType(ipcType);
    QVERIFY(spec);
    Record sparse = makeRecord(*spec); // every third field, no CompanyId, decimals without fraction
    for (const FieldSpec &field : spec->fields) {
        if (field.index % 3 != 0 || field.name == u"CompanyId")
            continue;
        sparse.values[field.index] =
            field.format == FieldFormat::Decimal ? QVariant(30.0 + field.index) : sampleValue(field, 5);
    }
    const UploadEnvelope sent =
        envelopeOf(*spec, {fullRecord(*spec, 1), sparse, fullRecord(*spec, 3)}, QStringLiteral("琼州出行"));

    const JsonCodec json(m_catalogue);
    const ProtobufCodec protobuf(m_catalogue);
    const DecodeResult fromJson = json.decode(json.encode(sent), spec);
    const DecodeResult fromProtobuf = protobuf.decode(protobuf.encode(sent), false, spec);
    QVERIFY2(fromJson.ok(), qPrintable(fromJson.error));
    QVERIFY2(fromProtobuf.ok(), qPrintable(fromProtobuf.error));
    const UploadEnvelope &a = fromJson.envelopes.first();
    const UploadEnvelope &b = fromProtobuf.envelopes.first();
    QCOMPARE(b.companyId, a.companyId);
    QCOMPARE(b.source, a.source);
    QCOMPARE(b.spec, a.spec);
    QCOMPARE(b.records.size(), a.records.size());
    for (qsizetype i = 0; i < a.records.size(); ++i) {
        QCOMPARE(b.records.at(i).unknownFields, a.records.at(i).unknownFields);
        compareValues(b.records.at(i), a.records.at(i));
    }
    QCOMPARE(b.records.at(1).value(u"CompanyId"), QVariant(QStringLiteral("琼州出行")));
}

void TestProtobufCodec::jsonConvertsToProtobuf()
{
    // A company's JSON, as written by hand: whitespace, numbers as 5.0 and 1e3, text with escapes.
    const QByteArray body = R"({ "CompanyId": "4690WZSYC001", "Source": "0", "IPCType": "positionVehicle",
        "positionVehicle": [
          { "VehicleNo": "琼D\u00b71234", "VehicleRegionCode": 469001, "PositionTime": 1704083400,
            "Longitude": 109516667, "Latitude": 18776111, "Speed": 42.5, "Direction": 5.0,
            "Elevation": 1e3, "Mileage": 12, "Encrypt": 1, "BizStatus": 3, "OrderId": "0" },
          { "VehicleNo": "琼D5678", "PositionTime": -1, "OrderId": "" } ] })";
    const JsonCodec json(m_catalogue);
    const ProtobufCodec protobuf(m_catalogue);
    const DecodeResult fromJson = json.decode(body, m_position);
    QVERIFY2(fromJson.ok(), qPrintable(fromJson.error));
    const DecodeResult converted =
        protobuf.decode(protobuf.encode(fromJson.envelopes.first()), false, m_position);
    QVERIFY2(converted.ok(), qPrintable(converted.error));
    QCOMPARE(converted.envelopes.first().records.size(), 2);
    for (int i = 0; i < 2; ++i)
        compareValues(converted.envelopes.first().records.at(i), fromJson.envelopes.first().records.at(i));
    QCOMPARE(converted.envelopes.first().records.first().value(u"VehicleNo"),
             QVariant(QStringLiteral("琼D·1234")));
    // And back: the protobuf upload re-encoded as JSON reads as the original.
    const DecodeResult back = json.decode(json.encode(converted.envelopes.first()), m_position);
    QVERIFY2(back.ok(), qPrintable(back.error));
    for (int i = 0; i < 2; ++i)
        compareValues(back.envelopes.first().records.at(i), fromJson.envelopes.first().records.at(i));
}

QTEST_GUILESS_MAIN(TestProtobufCodec)
#include "tst_protobufcodec.moc"
