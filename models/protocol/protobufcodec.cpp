#include "protobufcodec.h"

#include "otipc.pb.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QSet>

#include <google/protobuf/arena.h>
#include <google/protobuf/descriptor.h>
#include <google/protobuf/message.h>
#include <google/protobuf/unknown_field_set.h>

#include <bit>
#include <cmath>
#include <limits>
#include <vector>

namespace rw {

namespace pb = google::protobuf;

Q_LOGGING_CATEGORY(lcProtobufCodec, "rw.protocol.protobuf")

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rw::ProtobufCodec)
};

// A record's bytes inside the body, so that Record::raw holds exactly what was received.
struct Slice
{
    qsizetype offset = 0;
    qsizetype size = 0;
};

// Groups are obsolete but legal on the wire; protobuf itself stops at 100 levels.
constexpr int kMaxGroupDepth = 100;

/**
 * A minimal reader of the protobuf wire format. The protobuf parser says only "yes" or "no";
 * this walks the same bytes to find the record slices and, on failure, to say what is wrong
 * and where. Every read is bounds-checked; nothing is allocated besides the result lists.
 */
class WireWalker
{
public:
    WireWalker(const QByteArray &body)
        : m_data(reinterpret_cast<const uchar *>(body.constData()))
        , m_size(body.size())
    {}

    /**
     * Collects the length-delimited occurrences of field \a number in the message at [from, to).
     * Returns false (with \a problem set) if the bytes are not well-formed there.
     */
    bool collect(qsizetype from, qsizetype to, int number, QList<Slice> *slices, QString *problem) const
    {
        qsizetype pos = from;
        while (pos < to) {
            Field field;
            if (!readField(&pos, to, &field, problem))
                return false;
            if (field.number == number && field.wireType == 2 && slices)
                slices->append({field.payload, field.payloadSize});
        }
        return true;
    }

    /**
     * Counts the length-delimited fields of the message at [from, to) whose numbers \a isRecord
     * accepts, descending once into field \a nested when it is set (OTIpcList.otpic). Stops at the
     * first malformed byte (the parser reports those) or once the count exceeds \a limit.
     */
    template<typename IsRecord>
    qsizetype count(qsizetype from, qsizetype to, const IsRecord &isRecord, int nested, qsizetype limit) const
    {
        qsizetype found = 0;
        qsizetype pos = from;
        QString ignored;
        while (pos < to && found <= limit) {
            Field field;
            if (!readField(&pos, to, &field, &ignored))
                break;
            if (field.wireType != 2)
                continue;
            if (nested && field.number == nested)
                found += count(field.payload, field.payload + field.payloadSize, isRecord, 0, limit - found);
            else if (!nested && isRecord(field.number))
                ++found;
        }
        return found;
    }

    /**
     * Finds the first malformed part of the message \a type at [from, to), descending into
     * known message fields. Returns an empty string if it finds none.
     */
    QString diagnose(qsizetype from, qsizetype to, const pb::Descriptor *type, const QString &path) const
    {
        QHash<int, int> occurrences;
        qsizetype pos = from;
        while (pos < to) {
            Field field;
            QString problem;
            if (!readField(&pos, to, &field, &problem, type))
                return path.isEmpty() ? problem : Tr::tr("%1 (in %2)").arg(problem, path);
            const pb::FieldDescriptor *fd = type ? type->FindFieldByNumber(field.number) : nullptr;
            if (!fd || fd->cpp_type() != pb::FieldDescriptor::CPPTYPE_MESSAGE || field.wireType != 2)
                continue;
            const int index = occurrences[field.number]++;
            const QString name = QString::fromStdString(fd->name());
            QString inner = path.isEmpty() ? name : path + u'.' + name;
            if (fd->is_repeated())
                inner += QStringLiteral("[%1]").arg(index);
            const QString found =
                diagnose(field.payload, field.payload + field.payloadSize, fd->message_type(), inner);
            if (!found.isEmpty())
                return found;
        }
        return {};
    }

private:
    struct Field
    {
        int number = 0;
        int wireType = 0;
        qsizetype payload = 0;     // wire type 2: where the bytes start
        qsizetype payloadSize = 0; // wire type 2: how many
    };

    bool readVarint(qsizetype *pos, qsizetype to, quint64 *value, QString *problem) const
    {
        quint64 result = 0;
        const qsizetype start = *pos;
        for (int shift = 0; shift < 70; shift += 7) {
            if (*pos >= to) {
                *problem = Tr::tr("truncated at offset %1: a number runs past the end").arg(start);
                return false;
            }
            const uchar byte = m_data[(*pos)++];
            if (shift < 64)
                result |= quint64(byte & 0x7f) << shift;
            if (!(byte & 0x80)) {
                *value = result;
                return true;
            }
        }
        *problem = Tr::tr("offset %1: a number is longer than 10 bytes").arg(start);
        return false;
    }

    bool readTag(qsizetype *pos, qsizetype to, int *number, int *wireType, QString *problem) const
    {
        const qsizetype start = *pos;
        quint64 tag = 0;
        if (!readVarint(pos, to, &tag, problem))
            return false;
        if (tag > 0xffffffffu || (tag >> 3) == 0) {
            *problem = Tr::tr("offset %1: field number %2 is not allowed").arg(start).arg(tag >> 3);
            return false;
        }
        *number = int(tag >> 3);
        *wireType = int(tag & 7);
        return true;
    }

    // "16 (positionVehicle)" when \a type knows the number, else "16".
    static QString label(int number, const pb::Descriptor *type)
    {
        const pb::FieldDescriptor *fd = type ? type->FindFieldByNumber(number) : nullptr;
        return fd ? QStringLiteral("%1 (%2)").arg(number).arg(QString::fromStdString(fd->name()))
                  : QString::number(number);
    }

    // Reads one field (skipping a whole group) starting at *pos; leaves *pos after it.
    bool readField(qsizetype *pos, qsizetype to, Field *field, QString *problem,
                   const pb::Descriptor *type = nullptr) const
    {
        const qsizetype start = *pos;
        if (!readTag(pos, to, &field->number, &field->wireType, problem))
            return false;
        switch (field->wireType) {
        case 0: {
            quint64 ignored = 0;
            return readVarint(pos, to, &ignored, problem);
        }
        case 1:
        case 5: {
            const qsizetype width = field->wireType == 1 ? 8 : 4;
            if (to - *pos < width) {
                *problem = Tr::tr("truncated at offset %1: field %2 needs %3 bytes, %4 remain")
                               .arg(start)
                               .arg(label(field->number, type))
                               .arg(width)
                               .arg(to - *pos);
                return false;
            }
            *pos += width;
            return true;
        }
        case 2: {
            quint64 length = 0;
            if (!readVarint(pos, to, &length, problem))
                return false;
            if (length > quint64(to - *pos)) {
                *problem = Tr::tr("offset %1: field %2 declares %3 bytes, but only %4 remain")
                               .arg(start)
                               .arg(label(field->number, type))
                               .arg(length)
                               .arg(to - *pos);
                return false;
            }
            field->payload = *pos;
            field->payloadSize = qsizetype(length);
            *pos += qsizetype(length);
            return true;
        }
        case 3:
            return skipGroup(pos, to, field->number, problem);
        case 4:
            *problem = Tr::tr("offset %1: end of group %2 without its start").arg(start).arg(field->number);
            return false;
        default:
            *problem = Tr::tr("offset %1: wire type %2 does not exist").arg(start).arg(field->wireType);
            return false;
        }
    }

    // Skips to after the end-group tag matching \a number; iterative, with protobuf's depth limit.
    bool skipGroup(qsizetype *pos, qsizetype to, int number, QString *problem) const
    {
        std::vector<int> open{number};
        while (!open.empty()) {
            const qsizetype start = *pos;
            if (start >= to) {
                *problem =
                    Tr::tr("truncated at offset %1: group %2 is not closed").arg(start).arg(open.back());
                return false;
            }
            int inner = 0;
            int wireType = 0;
            if (!readTag(pos, to, &inner, &wireType, problem))
                return false;
            if (wireType == 3) {
                if (open.size() >= kMaxGroupDepth) {
                    *problem =
                        Tr::tr("offset %1: groups nested deeper than %2").arg(start).arg(kMaxGroupDepth);
                    return false;
                }
                open.push_back(inner);
                continue;
            }
            if (wireType == 4) {
                if (inner != open.back()) {
                    *problem = Tr::tr("offset %1: end of group %2 inside group %3")
                                   .arg(start)
                                   .arg(inner)
                                   .arg(open.back());
                    return false;
                }
                open.pop_back();
                continue;
            }
            *pos = start;
            Field field;
            if (!readField(pos, to, &field, problem))
                return false;
        }
        return true;
    }

    const uchar *m_data;
    qsizetype m_size;
};

QString hexCode(quint64 code)
{
    return QStringLiteral("0x") + QString::number(code, 16).toUpper().rightJustified(4, u'0');
}

// Text must be UTF-8 (proto2 does not check it). Bytes that are not make the body unreadable, as
// they do in JSON: the same text must mean the same whichever encoding a company chose, and a
// silent U+FFFD would store a plate that was never sent (GBK from a legacy system, typically).
QString textValue(const std::string &bytes, bool *valid)
{
    const QByteArrayView view(bytes.data(), qsizetype(bytes.size()));
    *valid = view.isValidUtf8();
    return *valid ? QString::fromUtf8(view) : QString();
}

// A double as JsonCodec gives the same number: whole values that fit become qint64 (12.0 is
// written 12 in JSON), so that a record reads alike from either encoding.
QVariant numberValue(double d)
{
    if (d >= -9223372036854775808.0 && d < 9223372036854775808.0 && std::trunc(d) == d)
        return QVariant::fromValue<qint64>(qint64(d));
    return d;
}

// The first bytes of \a bytes in hex, for an error message.
QByteArray hexPrefix(const std::string &bytes)
{
    const QByteArray head =
        QByteArray::fromRawData(bytes.data(), qMin(qsizetype(bytes.size()), qsizetype(16)));
    return head.toHex(' ') + (bytes.size() > 16 ? " ..." : "");
}

bool isIntegral(const QVariant &value, qint64 *out)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::Char:
    case QMetaType::SChar:
        *out = value.toLongLong();
        return true;
    case QMetaType::UInt:
    case QMetaType::ULong:
    case QMetaType::UShort:
    case QMetaType::UChar:
        *out = qint64(value.toULongLong());
        return true;
    case QMetaType::ULongLong: {
        const quint64 v = value.toULongLong();
        if (v > quint64(std::numeric_limits<qint64>::max()))
            return false;
        *out = qint64(v);
        return true;
    }
    case QMetaType::Double:
    case QMetaType::Float: {
        // JSON numbers arrive as doubles: accept them when they are whole and in range.
        const double d = value.toDouble();
        if (!std::isfinite(d) || d != std::trunc(d) || d < -9.2e18 || d > 9.2e18)
            return false;
        *out = qint64(d);
        return true;
    }
    default:
        return false;
    }
}

bool isNumber(const QVariant &value, double *out)
{
    qint64 integral = 0;
    if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Float) {
        *out = value.toDouble();
        return true;
    }
    if (isIntegral(value, &integral)) {
        *out = double(integral);
        return true;
    }
    return false;
}

// Writes \a value into \a fd of \a message if the types agree; a mismatch is skipped, since the
// receiver validates every record anyway and a wrongly typed value has no protobuf encoding.
bool setField(pb::Message *message, const pb::Reflection *reflection, const pb::FieldDescriptor *fd,
              const QVariant &value)
{
    qint64 integral = 0;
    double number = 0;
    switch (fd->cpp_type()) {
    case pb::FieldDescriptor::CPPTYPE_STRING:
        if (value.typeId() == QMetaType::QString) {
            reflection->SetString(message, fd, value.toString().toStdString());
            return true;
        }
        if (value.typeId() == QMetaType::QByteArray && value.toByteArray().isValidUtf8()) {
            const QByteArray bytes = value.toByteArray();
            reflection->SetString(message, fd, std::string(bytes.constData(), size_t(bytes.size())));
            return true;
        }
        return false;
    case pb::FieldDescriptor::CPPTYPE_INT64:
        if (!isIntegral(value, &integral))
            return false;
        reflection->SetInt64(message, fd, integral);
        return true;
    case pb::FieldDescriptor::CPPTYPE_INT32:
        if (!isIntegral(value, &integral) || integral < std::numeric_limits<qint32>::min() ||
            integral > std::numeric_limits<qint32>::max())
            return false;
        reflection->SetInt32(message, fd, qint32(integral));
        return true;
    case pb::FieldDescriptor::CPPTYPE_UINT64:
        if (!isIntegral(value, &integral) || integral < 0)
            return false;
        reflection->SetUInt64(message, fd, quint64(integral));
        return true;
    case pb::FieldDescriptor::CPPTYPE_UINT32:
        if (!isIntegral(value, &integral) || integral < 0 || integral > std::numeric_limits<quint32>::max())
            return false;
        reflection->SetUInt32(message, fd, quint32(integral));
        return true;
    case pb::FieldDescriptor::CPPTYPE_DOUBLE:
        if (!isNumber(value, &number))
            return false;
        reflection->SetDouble(message, fd, number);
        return true;
    case pb::FieldDescriptor::CPPTYPE_FLOAT:
        if (!isNumber(value, &number))
            return false;
        reflection->SetFloat(message, fd, float(number));
        return true;
    case pb::FieldDescriptor::CPPTYPE_BOOL:
        if (value.typeId() != QMetaType::Bool)
            return false;
        reflection->SetBool(message, fd, value.toBool());
        return true;
    case pb::FieldDescriptor::CPPTYPE_ENUM:
        if (!isIntegral(value, &integral) || integral < std::numeric_limits<qint32>::min() ||
            integral > std::numeric_limits<qint32>::max() ||
            !fd->enum_type()->FindValueByNumber(int(integral)))
            return false;
        reflection->SetEnumValue(message, fd, int(integral));
        return true;
    case pb::FieldDescriptor::CPPTYPE_MESSAGE:
        return false;
    }
    return false;
}

// Reads a present singular field with the type the JSON codec would give the same value;
// clears \a valid if a string field holds bytes that are not UTF-8.
QVariant getField(const pb::Message &message, const pb::Reflection *reflection, const pb::FieldDescriptor *fd,
                  std::string *scratch, bool *valid)
{
    switch (fd->cpp_type()) {
    case pb::FieldDescriptor::CPPTYPE_STRING:
        return textValue(reflection->GetStringReference(message, fd, scratch), valid);
    case pb::FieldDescriptor::CPPTYPE_INT64:
        return QVariant::fromValue<qint64>(reflection->GetInt64(message, fd));
    case pb::FieldDescriptor::CPPTYPE_INT32:
        return QVariant::fromValue<qint64>(reflection->GetInt32(message, fd));
    case pb::FieldDescriptor::CPPTYPE_UINT32:
        return QVariant::fromValue<qint64>(reflection->GetUInt32(message, fd));
    case pb::FieldDescriptor::CPPTYPE_UINT64:
        return QVariant::fromValue<quint64>(reflection->GetUInt64(message, fd));
    case pb::FieldDescriptor::CPPTYPE_DOUBLE:
        return numberValue(reflection->GetDouble(message, fd));
    case pb::FieldDescriptor::CPPTYPE_FLOAT:
        return numberValue(reflection->GetFloat(message, fd));
    case pb::FieldDescriptor::CPPTYPE_BOOL:
        return reflection->GetBool(message, fd);
    case pb::FieldDescriptor::CPPTYPE_ENUM:
        return QVariant::fromValue<qint64>(reflection->GetEnumValue(message, fd));
    case pb::FieldDescriptor::CPPTYPE_MESSAGE:
        return {};
    }
    return {};
}

// A value sent with another wire type than the schema's (e.g. a number where a string belongs,
// or int64 where we say double): kept with the type it was sent with, so that the validator
// can accept a compatible number or report the type error on that field.
QVariant unknownValue(const pb::UnknownField &field)
{
    switch (field.type()) {
    case pb::UnknownField::TYPE_VARINT:
        return QVariant::fromValue<qint64>(qint64(field.varint()));
    case pb::UnknownField::TYPE_FIXED32:
        return numberValue(std::bit_cast<float>(field.fixed32()));
    case pb::UnknownField::TYPE_FIXED64:
        return numberValue(std::bit_cast<double>(field.fixed64()));
    case pb::UnknownField::TYPE_LENGTH_DELIMITED:
        // Text, or a sub-message or bytes, where the schema has a number: the validator reports the
        // type; the exact bytes stay in Record::raw.
        return QString::fromUtf8(field.length_delimited());
    case pb::UnknownField::TYPE_GROUP:
        return {};
    }
    return {};
}

// Records per body (an OTIpcList counts all of its OTIpc). Uploaders send batches of about 100
// (platform-interface.md §2.1); this bounds a hostile body of empty records to a few hundred MB
// instead of ~700 bytes of memory per byte received. 100,000 positions are about 8.5 MB of protobuf.
constexpr qsizetype kMaxRecords = 100000;
constexpr qsizetype kMaxUnknownListed = 32;

// Arena blocks: a reused per-thread first block takes a typical batch without any malloc;
// larger bodies get blocks in proportion to their size (the parsed messages take about 3x
// the wire size), never more than the body can justify.
constexpr size_t kInitialBlock = 64 * 1024;
constexpr size_t kMaxBlock = 4 * 1024 * 1024;

pb::ArenaOptions arenaOptions(qsizetype bodySize)
{
    thread_local std::vector<char> initial(kInitialBlock);
    pb::ArenaOptions options;
    options.initial_block = initial.data();
    options.initial_block_size = initial.size();
    options.start_block_size = qBound<size_t>(8 * 1024, size_t(bodySize) * 2, kMaxBlock);
    options.max_block_size = kMaxBlock;
    return options;
}

QByteArray serialize(const pb::Message &message)
{
    const size_t size = message.ByteSizeLong();
    if (size > size_t(std::numeric_limits<int>::max()))
        return {}; // protobuf cannot represent it; callers batch far below this
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    message.SerializeWithCachedSizesToArray(reinterpret_cast<uint8_t *>(out.data()));
    return out;
}

/** The catalogue bound to the compiled otipc.proto, resolved once so that decoding never looks up names. */
struct SchemaData
{
    struct Binding
    {
        const pb::FieldDescriptor *recordField = nullptr; // OTIpc.<ipcType>
        std::vector<const pb::FieldDescriptor *> fields;  // indexed like InterfaceSpec::fields
        QHash<int, int> indexByNumber;                    // protobuf number -> field index
        std::vector<int> indexByDescriptor;               // FieldDescriptor::index() -> field index, or -1
        int companyId = -1;                               // index of CompanyId
    };

    QHash<const InterfaceSpec *, Binding> bindings;
    QHash<const pb::FieldDescriptor *, const InterfaceSpec *> specByRecordField;
    QSet<int> recordNumbers; // OTIpc field numbers that hold records

    const Binding *binding(const InterfaceSpec *spec) const
    {
        const auto it = bindings.constFind(spec);
        return it == bindings.constEnd() ? nullptr : &*it;
    }
};

} // namespace

struct ProtobufCodec::Schema : SchemaData
{
};

ProtobufCodec::ProtobufCodec(std::shared_ptr<const InterfaceCatalogue> catalogue)
    : m_catalogue(std::move(catalogue))
{
    auto schema = std::make_shared<Schema>();
    const pb::Descriptor *ipcDescriptor = ipc::OTIpc::descriptor();
    if (m_catalogue) {
        for (const InterfaceSpec *spec : m_catalogue->interfaces()) {
            const pb::FieldDescriptor *recordField =
                ipcDescriptor->FindFieldByName(spec->ipcType.toStdString());
            if (!recordField || !recordField->is_repeated() ||
                recordField->cpp_type() != pb::FieldDescriptor::CPPTYPE_MESSAGE ||
                recordField->message_type()->name() != spec->messageName.toStdString()) {
                qCWarning(lcProtobufCodec)
                    << "interface" << spec->ipcType << "is not in otipc.proto; run tools/gen_proto.py";
                continue;
            }
            Schema::Binding binding;
            binding.recordField = recordField;
            const pb::Descriptor *message = recordField->message_type();
            binding.fields.resize(size_t(spec->fields.size()), nullptr);
            binding.indexByDescriptor.resize(size_t(message->field_count()), -1);
            for (const FieldSpec &field : spec->fields) {
                const pb::FieldDescriptor *fd = message->FindFieldByName(field.name.toStdString());
                if (!fd || fd->number() != field.protoNumber || fd->is_repeated()) {
                    qCWarning(lcProtobufCodec) << "field" << spec->ipcType << field.name
                                               << "differs between the catalogue and otipc.proto";
                    continue;
                }
                binding.fields[size_t(field.index)] = fd;
                binding.indexByDescriptor[size_t(fd->index())] = field.index;
                binding.indexByNumber.insert(fd->number(), field.index);
            }
            binding.companyId = spec->fieldIndex(u"CompanyId");
            schema->specByRecordField.insert(recordField, spec);
            schema->recordNumbers.insert(recordField->number());
            schema->bindings.insert(spec, std::move(binding));
        }
    }
    m_schema = std::move(schema);
}

namespace {

struct DecodeContext
{
    const QByteArray &body;
    const InterfaceCatalogue &catalogue;
    const InterfaceSpec *expected;
    std::string scratch;
    std::vector<const pb::FieldDescriptor *> present;
};

// Decodes one OTIpc whose bytes are body[slice]; returns an error text, or an empty string.
QString decodeIpc(const ipc::OTIpc &message, Slice slice, const QString &where, DecodeContext &context,
                  const SchemaData &schema, UploadEnvelope *envelope)
{
    const pb::Reflection *reflection = message.GetReflection();

    // IPCType: a value outside the compiled enum lands in the unknown fields (proto2 enums are closed).
    quint64 code = 0;
    bool hasCode = message.has_ipctype();
    if (hasCode) {
        code = quint64(message.ipctype());
    } else {
        const pb::UnknownFieldSet &unknown = reflection->GetUnknownFields(message);
        for (int i = 0; i < unknown.field_count(); ++i) {
            if (unknown.field(i).number() == ipc::OTIpc::kIPCTypeFieldNumber &&
                unknown.field(i).type() == pb::UnknownField::TYPE_VARINT) {
                code = unknown.field(i).varint();
                hasCode = true;
            }
        }
    }
    if (!hasCode)
        return Tr::tr("%1: IPCType is missing").arg(where);
    const InterfaceSpec *spec = code <= 0xffffffffu ? context.catalogue.byCode(quint32(code)) : nullptr;
    if (!spec)
        return Tr::tr("%1: IPCType %2 (%3) is not an interface code")
            .arg(where)
            .arg(qint64(code))
            .arg(hexCode(code));
    const auto *binding = schema.binding(spec);
    if (!binding)
        return Tr::tr("%1: IPCType %2 (%3) is in the catalogue but not in the compiled otipc.proto")
            .arg(where, spec->ipcType, hexCode(code));
    if (context.expected && context.expected != spec)
        return Tr::tr("%1: IPCType is %2 (%3), but the upload path %4 is for %5 (%6)")
            .arg(where, spec->ipcType, hexCode(spec->code), context.expected->path, context.expected->ipcType,
                 hexCode(context.expected->code));

    // Records under another interface's field would be silently lost: refuse the body.
    std::vector<const pb::FieldDescriptor *> present;
    reflection->ListFields(message, &present);
    for (const pb::FieldDescriptor *fd : present) {
        if (fd != binding->recordField && schema.specByRecordField.contains(fd))
            return Tr::tr("%1: records sent under %2, but IPCType is %3")
                .arg(where, QString::fromStdString(fd->name()), spec->ipcType);
    }
    const int count = reflection->FieldSize(message, binding->recordField);
    if (count == 0)
        return Tr::tr("%1: IPCType is %2, but no %2 records were sent").arg(where, spec->ipcType);

    QList<Slice> slices;
    QString ignored;
    WireWalker(context.body)
        .collect(slice.offset, slice.offset + slice.size, binding->recordField->number(), &slices, &ignored);

    bool valid = true;
    envelope->companyId = textValue(message.companyid(), &valid);
    if (!valid)
        return Tr::tr("%1: CompanyId is not UTF-8 text").arg(where);
    envelope->source = textValue(message.source(), &valid);
    if (!valid)
        return Tr::tr("%1: Source is not UTF-8 text").arg(where);
    envelope->spec = spec;
    envelope->records.reserve(count);
    for (int i = 0; i < count; ++i) {
        const pb::Message &sub = reflection->GetRepeatedMessage(message, binding->recordField, i);
        const pb::Reflection *subReflection = sub.GetReflection();
        Record record = makeRecord(*spec);
        // ListFields reads the has-bits once; per-field HasField() would look each one up.
        subReflection->ListFields(sub, &context.present);
        for (const pb::FieldDescriptor *fd : context.present) {
            const int f = binding->indexByDescriptor[size_t(fd->index())];
            if (f < 0)
                continue;
            record.values[f] = getField(sub, subReflection, fd, &context.scratch, &valid);
            if (!valid) {
                const std::string &bytes = subReflection->GetStringReference(sub, fd, &context.scratch);
                return Tr::tr("%1.%2[%3].%4: not UTF-8 text (%5 bytes: %6)")
                    .arg(where, spec->ipcType)
                    .arg(i)
                    .arg(spec->fields.at(f).name)
                    .arg(qsizetype(bytes.size()))
                    .arg(QString::fromLatin1(hexPrefix(bytes)));
            }
        }
        const pb::UnknownFieldSet &unknown = subReflection->GetUnknownFields(sub);
        for (int u = 0; u < unknown.field_count(); ++u) {
            const pb::UnknownField &field = unknown.field(u);
            const int index = binding->indexByNumber.value(field.number(), -1);
            if (index < 0) {
                // Listed once each and at most kMaxUnknownListed: the list only informs, raw keeps all.
                const QString name = QStringLiteral("#%1").arg(field.number());
                if (record.unknownFields.size() < kMaxUnknownListed && !record.unknownFields.contains(name))
                    record.unknownFields.append(name);
                continue;
            }
            if (!record.has(index))
                record.values[index] = unknownValue(field);
        }
        // As in JsonCodec: a record without CompanyId is the envelope's company's.
        if (binding->companyId >= 0 && !record.has(binding->companyId) && !envelope->companyId.isEmpty())
            record.values[binding->companyId] = envelope->companyId;
        if (slices.size() == count) {
            record.raw = QByteArray(context.body.constData() + slices.at(i).offset, slices.at(i).size);
        } else {
            // Cannot happen for bytes protobuf accepted; keep an equivalent encoding all the same.
            record.raw = QByteArray::fromStdString(sub.SerializeAsString());
        }
        envelope->records.append(std::move(record));
    }
    return {};
}

} // namespace

DecodeResult ProtobufCodec::decode(const QByteArray &body, bool list, const InterfaceSpec *expected) const
{
    DecodeResult result;
    if (!m_catalogue) {
        result.error = Tr::tr("no interface catalogue to decode with");
        return result;
    }
    pb::Arena arena(arenaOptions(body.size()));
    DecodeContext context{body, *m_catalogue, expected, {}, {}};
    const QString top = list ? QStringLiteral("OTIpcList") : QStringLiteral("OTIpc");

    if (body.isEmpty()) {
        result.error = Tr::tr("%1: the body is empty").arg(top);
        return result;
    }
    auto parseError = [&](const pb::Descriptor *type) {
        QString detail = WireWalker(body).diagnose(0, body.size(), type, {});
        if (detail.isEmpty())
            detail = Tr::tr("the protobuf parser rejected it");
        return Tr::tr("%1: not a valid protobuf message (%2 bytes): %3")
            .arg(top)
            .arg(body.size())
            .arg(detail);
    };

    if (body.size() > std::numeric_limits<int>::max()) {
        result.error = Tr::tr("%1: %2 bytes, more than protobuf can read (2 GiB)").arg(top).arg(body.size());
        return result;
    }
    // Each record costs a parsed message and a Record (about 32 bytes per catalogue field) while an
    // empty one takes 3 bytes on the wire: count before parsing, so that memory stays bounded.
    const qsizetype records = WireWalker(body).count(
        0, body.size(), [this](int number) { return m_schema->recordNumbers.contains(number); },
        list ? ipc::OTIpcList::kOtpicFieldNumber : 0, kMaxRecords);
    if (records > kMaxRecords) {
        result.error = Tr::tr("%1: more than %2 records in one body; send them in smaller batches")
                           .arg(top)
                           .arg(kMaxRecords);
        return result;
    }

    if (!list) {
        auto *message = pb::Arena::CreateMessage<ipc::OTIpc>(&arena);
        if (!message->ParseFromArray(body.constData(), int(body.size()))) {
            result.error = parseError(ipc::OTIpc::descriptor());
            return result;
        }
        UploadEnvelope envelope;
        result.error = decodeIpc(*message, {0, body.size()}, top, context, *m_schema, &envelope);
        if (result.ok())
            result.envelopes.append(std::move(envelope));
        return result;
    }

    auto *batch = pb::Arena::CreateMessage<ipc::OTIpcList>(&arena);
    if (!batch->ParseFromArray(body.constData(), int(body.size()))) {
        result.error = parseError(ipc::OTIpcList::descriptor());
        return result;
    }
    if (batch->otpic_size() == 0) {
        result.error = Tr::tr("OTIpcList: holds no OTIpc (otpic is empty)");
        return result;
    }
    QList<Slice> slices;
    QString ignored;
    WireWalker(body).collect(0, body.size(), ipc::OTIpcList::kOtpicFieldNumber, &slices, &ignored);
    result.envelopes.reserve(batch->otpic_size());
    for (int i = 0; i < batch->otpic_size(); ++i) {
        UploadEnvelope envelope;
        envelope.batch = true;
        const Slice slice = slices.size() == batch->otpic_size() ? slices.at(i) : Slice{};
        const QString error = decodeIpc(batch->otpic(i), slice, QStringLiteral("OTIpcList.otpic[%1]").arg(i),
                                        context, *m_schema, &envelope);
        if (!error.isEmpty()) {
            result.envelopes.clear();
            result.error = error;
            return result;
        }
        result.envelopes.append(std::move(envelope));
    }
    return result;
}

namespace {

void fillIpc(const UploadEnvelope &envelope, const SchemaData &schema, ipc::OTIpc *message)
{
    message->set_companyid(envelope.companyId.toStdString());
    message->set_source(envelope.source.toStdString());
    if (!envelope.spec)
        return;
    if (ipc::IpcType_IsValid(int(envelope.spec->code)))
        message->set_ipctype(static_cast<ipc::IpcType>(envelope.spec->code));
    else // an interface newer than the compiled schema: still say which one it is
        message->mutable_unknown_fields()->AddVarint(ipc::OTIpc::kIPCTypeFieldNumber, envelope.spec->code);
    const auto *binding = schema.binding(envelope.spec);
    if (!binding)
        return;
    const pb::Reflection *reflection = message->GetReflection();
    for (const Record &record : envelope.records) {
        pb::Message *sub = reflection->AddMessage(message, binding->recordField);
        const pb::Reflection *subReflection = sub->GetReflection();
        if (!record.spec || record.spec == envelope.spec) {
            const qsizetype n = qMin(record.values.size(), qsizetype(binding->fields.size()));
            for (qsizetype f = 0; f < n; ++f) {
                const pb::FieldDescriptor *fd = binding->fields[size_t(f)];
                if (fd && record.values.at(f).isValid())
                    setField(sub, subReflection, fd, record.values.at(f));
            }
            continue;
        }
        // A record of another interface: carry over the fields whose names this one shares.
        const pb::Descriptor *type = sub->GetDescriptor();
        for (const FieldSpec &field : record.spec->fields) {
            const pb::FieldDescriptor *fd = type->FindFieldByName(field.name.toStdString());
            if (fd && record.has(field.index))
                setField(sub, subReflection, fd, record.values.at(field.index));
        }
    }
}

} // namespace

QByteArray ProtobufCodec::encode(const UploadEnvelope &envelope) const
{
    pb::Arena arena(arenaOptions(0));
    auto *message = pb::Arena::CreateMessage<ipc::OTIpc>(&arena);
    fillIpc(envelope, *m_schema, message);
    return serialize(*message);
}

QByteArray ProtobufCodec::encodeList(const QList<UploadEnvelope> &envelopes) const
{
    pb::Arena arena(arenaOptions(0));
    auto *batch = pb::Arena::CreateMessage<ipc::OTIpcList>(&arena);
    for (const UploadEnvelope &envelope : envelopes)
        fillIpc(envelope, *m_schema, batch->add_otpic());
    return serialize(*batch);
}

} // namespace rw
