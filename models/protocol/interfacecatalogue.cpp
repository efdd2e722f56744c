#include "interfacecatalogue.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

// The compiled-in resources live in a static library: nothing references their registration object,
// so the linker would drop it. Q_INIT_RESOURCE must be used outside any namespace.
static void initProtocolResources()
{
    Q_INIT_RESOURCE(ridewatch_data);
}

namespace rw {

namespace {

// A named context that lupdate sees: a file-local tr() function would hide it (lupdate would file its
// strings under "rw").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rw::InterfaceCatalogue)
};

bool parseFamily(const QString &name, InterfaceFamily *family)
{
    static const QHash<QString, InterfaceFamily> families = {
        {QStringLiteral("baseInfo"), InterfaceFamily::BaseInfo},
        {QStringLiteral("order"), InterfaceFamily::Order},
        {QStringLiteral("operate"), InterfaceFamily::Operate},
        {QStringLiteral("position"), InterfaceFamily::Position},
        {QStringLiteral("rated"), InterfaceFamily::Rated},
        {QStringLiteral("share"), InterfaceFamily::Share},
    };
    const auto it = families.constFind(name);
    if (it == families.constEnd())
        return false;
    *family = *it;
    return true;
}

bool parseFormat(const QString &name, FieldFormat *format)
{
    static const QHash<QString, FieldFormat> formats = {
        {QStringLiteral("plain"), FieldFormat::Plain},
        {QStringLiteral("date"), FieldFormat::Date},
        {QStringLiteral("datetime"), FieldFormat::DateTime},
        {QStringLiteral("unixOrDatetime"), FieldFormat::UnixOrDateTime},
        {QStringLiteral("hourMinute"), FieldFormat::HourMinute},
        {QStringLiteral("yearMonth"), FieldFormat::YearMonth},
        {QStringLiteral("region"), FieldFormat::RegionCode},
        {QStringLiteral("longitude"), FieldFormat::Longitude},
        {QStringLiteral("latitude"), FieldFormat::Latitude},
        {QStringLiteral("decimal"), FieldFormat::Decimal},
    };
    const auto it = formats.constFind(name.isEmpty() ? QStringLiteral("plain") : name);
    if (it == formats.constEnd())
        return false;
    *format = *it;
    return true;
}

// Parses "V32" / "F17" / "" into length and fixedness.
bool parseLength(const QString &text, int *length, bool *fixed)
{
    if (text.isEmpty()) {
        *length = 0;
        *fixed = false;
        return true;
    }
    const QChar kind = text.at(0).toUpper();
    if (kind != u'V' && kind != u'F')
        return false;
    bool ok = false;
    const int n = text.mid(1).toInt(&ok);
    if (!ok || n <= 0)
        return false;
    *length = n;
    *fixed = kind == u'F';
    return true;
}

bool parseField(const QJsonObject &object, FieldSpec *field, QString *error)
{
    field->name = object.value(QStringLiteral("name")).toString();
    if (field->name.isEmpty()) {
        *error = Tr::tr("a field has no name");
        return false;
    }
    const QString type = object.value(QStringLiteral("type")).toString();
    if (type == QStringLiteral("C"))
        field->type = FieldType::Character;
    else if (type == QStringLiteral("N"))
        field->type = FieldType::Number;
    else {
        *error = Tr::tr("field %1: type must be \"C\" or \"N\", not \"%2\"").arg(field->name, type);
        return false;
    }
    if (!parseLength(object.value(QStringLiteral("length")).toString(), &field->length,
                     &field->fixedLength)) {
        *error = Tr::tr("field %1: length must look like V32 or F8").arg(field->name);
        return false;
    }
    if (!parseFormat(object.value(QStringLiteral("format")).toString(), &field->format)) {
        *error = Tr::tr("field %1: unknown format \"%2\"")
                     .arg(field->name, object.value(QStringLiteral("format")).toString());
        return false;
    }
    field->title = object.value(QStringLiteral("title")).toString();
    field->required = object.value(QStringLiteral("required")).toBool();
    field->personal = object.value(QStringLiteral("personal")).toBool();
    field->unit = object.value(QStringLiteral("unit")).toString();
    field->protoNumber = object.value(QStringLiteral("proto")).toInt();
    if (field->protoNumber <= 0) {
        *error =
            Tr::tr("field %1: a positive protobuf field number (\"proto\") is required").arg(field->name);
        return false;
    }
    if (object.contains(QStringLiteral("min")))
        field->minimum = object.value(QStringLiteral("min")).toDouble();
    if (object.contains(QStringLiteral("max")))
        field->maximum = object.value(QStringLiteral("max")).toDouble();
    if (field->minimum && field->maximum && *field->minimum > *field->maximum) {
        *error = Tr::tr("field %1: min %2 is greater than max %3")
                     .arg(field->name)
                     .arg(*field->minimum)
                     .arg(*field->maximum);
        return false;
    }
    const QJsonArray codes = object.value(QStringLiteral("codes")).toArray();
    for (const QJsonValue &code : codes) {
        const QJsonObject c = code.toObject();
        const QString text = c.value(QStringLiteral("code")).toString();
        if (text.isEmpty()) {
            *error = Tr::tr("field %1: a code must be a non-empty string such as \"1\"").arg(field->name);
            return false;
        }
        if (field->type == FieldType::Number) {
            // The validator compares numbers with codes as integer text: "01" would never match.
            bool ok = false;
            const qlonglong n = text.toLongLong(&ok);
            if (!ok || QString::number(n) != text) {
                *error = Tr::tr("field %1: code \"%2\" of a number field must be an integer written without "
                                "leading zeros")
                             .arg(field->name, text);
                return false;
            }
        }
        field->codes.append({text, c.value(QStringLiteral("meaning")).toString()});
    }
    return true;
}

bool isTimeFormat(FieldFormat format)
{
    switch (format) {
    case FieldFormat::Date:
    case FieldFormat::DateTime:
    case FieldFormat::UnixOrDateTime:
    case FieldFormat::YearMonth:
        return true;
    default:
        return false;
    }
}

QString normalizedPath(QStringView path)
{
    const qsizetype query = path.indexOf(u'?');
    if (query >= 0)
        path = path.left(query);
    QString normalized = path.toString().toLower();
    if (!normalized.startsWith(u'/'))
        normalized.prepend(u'/');
    while (normalized.size() > 1 && normalized.endsWith(u'/'))
        normalized.chop(1);
    return normalized;
}

bool parseFields(const QJsonArray &array, QList<FieldSpec> *fields, QString *error)
{
    for (const QJsonValue &value : array) {
        if (!value.isObject()) {
            *error = Tr::tr("field #%1 is not a JSON object").arg(fields->size() + 1);
            return false;
        }
        FieldSpec field;
        if (!parseField(value.toObject(), &field, error))
            return false;
        fields->append(field);
    }
    return true;
}

} // namespace

std::shared_ptr<const InterfaceCatalogue> InterfaceCatalogue::builtIn()
{
    static const std::shared_ptr<const InterfaceCatalogue> catalogue = [] {
        initProtocolResources();
        QFile file(QStringLiteral(":/protocol/interfaces.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("RideWatch: the built-in interface catalogue is missing from the resources");
        QString error;
        auto loaded = fromJson(file.readAll(), &error);
        if (!loaded)
            qFatal("RideWatch: the built-in interface catalogue is broken: %s", qPrintable(error));
        return loaded;
    }();
    return catalogue;
}

std::shared_ptr<const InterfaceCatalogue> InterfaceCatalogue::fromJson(const QByteArray &json, QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull()) {
        *error = Tr::tr("catalogue is not valid JSON: %1 at offset %2")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return nullptr;
    }
    if (!document.isObject()) {
        *error = Tr::tr("catalogue is not a JSON object");
        return nullptr;
    }
    const QJsonObject root = document.object();

    std::shared_ptr<InterfaceCatalogue> catalogue(new InterfaceCatalogue);
    catalogue->m_version = root.value(QStringLiteral("version")).toString();

    QList<FieldSpec> commonAll;
    QList<FieldSpec> commonBaseInfo;
    const QJsonObject common = root.value(QStringLiteral("commonFields")).toObject();
    if (!parseFields(common.value(QStringLiteral("all")).toArray(), &commonAll, error) ||
        !parseFields(common.value(QStringLiteral("baseInfo")).toArray(), &commonBaseInfo, error))
        return nullptr;

    const QJsonArray interfaces = root.value(QStringLiteral("interfaces")).toArray();
    if (interfaces.isEmpty()) {
        *error = Tr::tr("catalogue lists no interfaces");
        return nullptr;
    }
    for (const QJsonValue &value : interfaces) {
        if (!value.isObject()) {
            *error = Tr::tr("interface #%1 is not a JSON object").arg(catalogue->m_order.size() + 1);
            return nullptr;
        }
        const QJsonObject object = value.toObject();
        auto spec = std::make_unique<InterfaceSpec>();
        spec->ipcType = object.value(QStringLiteral("ipcType")).toString();
        if (spec->ipcType.isEmpty()) {
            *error = Tr::tr("an interface has no ipcType");
            return nullptr;
        }
        bool ok = false;
        spec->code = object.value(QStringLiteral("code")).toString().toUInt(&ok, 0);
        if (!ok || spec->code == 0) {
            *error = Tr::tr("interface %1: code must be a number such as \"0x1001\"").arg(spec->ipcType);
            return nullptr;
        }
        spec->path = object.value(QStringLiteral("path")).toString();
        if (!spec->path.startsWith(u'/')) {
            *error = Tr::tr("interface %1: path must start with '/'").arg(spec->ipcType);
            return nullptr;
        }
        spec->pathConfirmed = object.value(QStringLiteral("pathConfirmed")).toBool(true);
        spec->section = object.value(QStringLiteral("section")).toString();
        spec->title = object.value(QStringLiteral("title")).toString();
        spec->messageName = object.value(QStringLiteral("message")).toString();
        spec->topic = object.value(QStringLiteral("topic")).toString();
        spec->businessTimeField = object.value(QStringLiteral("timeField")).toString();
        if (!parseFamily(object.value(QStringLiteral("family")).toString(), &spec->family)) {
            *error = Tr::tr("interface %1: unknown family \"%2\"")
                         .arg(spec->ipcType, object.value(QStringLiteral("family")).toString());
            return nullptr;
        }
        if (spec->messageName.isEmpty() || spec->topic.isEmpty()) {
            *error = Tr::tr("interface %1: message and topic are required").arg(spec->ipcType);
            return nullptr;
        }

        spec->fields = commonAll;
        if (spec->family == InterfaceFamily::BaseInfo)
            spec->fields += commonBaseInfo;
        if (!parseFields(object.value(QStringLiteral("fields")).toArray(), &spec->fields, error)) {
            *error = Tr::tr("interface %1: %2").arg(spec->ipcType, *error);
            return nullptr;
        }
        QSet<QString> names;
        QSet<int> numbers;
        for (int i = 0; i < spec->fields.size(); ++i) {
            FieldSpec &field = spec->fields[i];
            field.index = i;
            if (names.contains(field.name)) {
                *error = Tr::tr("interface %1: field %2 is listed twice").arg(spec->ipcType, field.name);
                return nullptr;
            }
            if (numbers.contains(field.protoNumber)) {
                *error = Tr::tr("interface %1: protobuf number %2 is used twice")
                             .arg(spec->ipcType)
                             .arg(field.protoNumber);
                return nullptr;
            }
            names.insert(field.name);
            numbers.insert(field.protoNumber);
        }
        if (!spec->businessTimeField.isEmpty()) {
            const FieldSpec *timeField = spec->field(spec->businessTimeField);
            if (!timeField) {
                *error = Tr::tr("interface %1: timeField %2 is not one of its fields")
                             .arg(spec->ipcType, spec->businessTimeField);
                return nullptr;
            }
            if (!isTimeFormat(timeField->format)) {
                *error = Tr::tr("interface %1: timeField %2 must have a date or time format")
                             .arg(spec->ipcType, spec->businessTimeField);
                return nullptr;
            }
        }

        const InterfaceSpec *raw = spec.get();
        if (catalogue->m_byIpcType.contains(raw->ipcType) || catalogue->m_byCode.contains(raw->code) ||
            catalogue->m_byPath.contains(normalizedPath(raw->path)) ||
            catalogue->m_byTopic.contains(raw->topic)) {
            *error = Tr::tr("interface %1: its ipcType, code, path or topic is not unique").arg(raw->ipcType);
            return nullptr;
        }
        catalogue->m_byIpcType.insert(raw->ipcType, raw);
        catalogue->m_byCode.insert(raw->code, raw);
        catalogue->m_byPath.insert(normalizedPath(raw->path), raw);
        catalogue->m_byTopic.insert(raw->topic, raw);
        catalogue->m_order.append(raw);
        catalogue->m_specs.push_back(std::move(spec));
    }
    return catalogue;
}

const InterfaceSpec *InterfaceCatalogue::byIpcType(QStringView ipcType) const
{
    return m_byIpcType.value(ipcType.toString());
}

const InterfaceSpec *InterfaceCatalogue::byCode(quint32 code) const
{
    return m_byCode.value(code);
}

const InterfaceSpec *InterfaceCatalogue::byPath(QStringView path) const
{
    return m_byPath.value(normalizedPath(path));
}

const InterfaceSpec *InterfaceCatalogue::byTopic(QStringView topic) const
{
    return m_byTopic.value(topic.toString());
}

int InterfaceSpec::fieldIndex(QStringView name) const
{
    for (const FieldSpec &f : fields) {
        if (f.name == name)
            return f.index;
    }
    return -1;
}

const FieldSpec *InterfaceSpec::field(QStringView name) const
{
    const int i = fieldIndex(name);
    return i < 0 ? nullptr : &fields.at(i);
}

QString familyName(InterfaceFamily family)
{
    switch (family) {
    case InterfaceFamily::BaseInfo:
        return QStringLiteral("baseInfo");
    case InterfaceFamily::Order:
        return QStringLiteral("order");
    case InterfaceFamily::Operate:
        return QStringLiteral("operate");
    case InterfaceFamily::Position:
        return QStringLiteral("position");
    case InterfaceFamily::Rated:
        return QStringLiteral("rated");
    case InterfaceFamily::Share:
        return QStringLiteral("share");
    }
    return {};
}

bool FieldSpec::allowsCode(const QString &value) const
{
    if (codes.isEmpty())
        return true;
    for (const CodeValue &c : codes) {
        if (c.code == value)
            return true;
    }
    return false;
}

} // namespace rw
