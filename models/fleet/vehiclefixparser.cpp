#include "vehiclefixparser.h"

#include "protocol/interfacecatalogue.h"
#include "protocol/record.h"
#include "protocol/spectime.h"

#include <cmath>

namespace rw {

namespace {

const QString kPositionVehicle = QStringLiteral("positionVehicle");

const QVariant *valueAt(const Record &record, int index)
{
    return record.has(index) ? &record.values.at(index) : nullptr;
}

// A whole number sent as an integer, an integral double, or a string of digits.
std::optional<qint64> integerOf(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return v.toLongLong();
    case QMetaType::ULongLong: {
        const qulonglong u = v.toULongLong();
        return u <= qulonglong(std::numeric_limits<qint64>::max()) ? std::optional<qint64>(qint64(u))
                                                                   : std::nullopt;
    }
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = v.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::abs(d) < 9e15)
            return qint64(d);
        return std::nullopt;
    }
    case QMetaType::QString: {
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        return ok ? std::optional<qint64>(n) : std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

std::optional<double> numberOf(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::QString: {
        bool ok = false;
        const double d = v.toString().trimmed().toDouble(&ok);
        return ok && std::isfinite(d) ? std::optional<double>(d) : std::nullopt;
    }
    case QMetaType::Bool:
    case QMetaType::QVariantMap:
    case QMetaType::QVariantList:
    case QMetaType::Nullptr:
        return std::nullopt;
    default: {
        bool ok = false;
        const double d = v.toDouble(&ok);
        return ok && std::isfinite(d) ? std::optional<double>(d) : std::nullopt;
    }
    }
}

QString shown(const QVariant &v)
{
    if (v.typeId() == QMetaType::QString)
        return u'"' + v.toString() + u'"';
    if (v.typeId() == QMetaType::Nullptr)
        return QStringLiteral("null");
    if (v.canConvert<QString>())
        return v.toString();
    return QString::fromLatin1(v.typeName());
}

} // namespace

VehicleFixParser::Fields VehicleFixParser::fieldsOf(const InterfaceSpec &spec)
{
    Fields f;
    f.companyId = spec.fieldIndex(u"CompanyId");
    f.vehicleNo = spec.fieldIndex(u"VehicleNo");
    f.positionTime = spec.fieldIndex(u"PositionTime");
    f.longitude = spec.fieldIndex(u"Longitude");
    f.latitude = spec.fieldIndex(u"Latitude");
    f.encrypt = spec.fieldIndex(u"Encrypt");
    f.speed = spec.fieldIndex(u"Speed");
    f.direction = spec.fieldIndex(u"Direction");
    f.warnStatus = spec.fieldIndex(u"WarnStatus");
    f.bizStatus = spec.fieldIndex(u"BizStatus");
    f.orderId = spec.fieldIndex(u"OrderId");
    f.licenseId = spec.fieldIndex(u"LicenseId");
    return f;
}

VehicleFixParser::VehicleFixParser(std::shared_ptr<const InterfaceCatalogue> catalogue)
    : m_catalogue(std::move(catalogue))
{
    if (m_catalogue)
        m_spec = m_catalogue->byIpcType(kPositionVehicle);
    if (m_spec)
        m_fields = fieldsOf(*m_spec);
}

std::optional<VehicleFix> VehicleFixParser::parse(const Record &record, QString *error) const
{
    const auto fail = [error](const QString &message) -> std::optional<VehicleFix> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!record.spec || record.spec->ipcType != kPositionVehicle) {
        return fail(tr("IPCType: %1 is not positionVehicle; only vehicle fixes go on the fleet map")
                        .arg(record.spec ? record.spec->ipcType : tr("(none)")));
    }
    // A record from another catalogue instance has its own indices.
    const Fields f = record.spec == m_spec ? m_fields : fieldsOf(*record.spec);

    const auto text = [&](int index, QString *out) -> bool {
        const QVariant *v = valueAt(record, index);
        if (!v)
            return false;
        if (v->typeId() == QMetaType::QString)
            *out = v->toString();
        else if (const auto n = integerOf(*v))
            *out = QString::number(*n); // e.g. an OrderId sent as a number
        else
            return false;
        return true;
    };

    VehicleFix fix;
    if (!text(f.companyId, &fix.key.companyId) || fix.key.companyId.isEmpty())
        return fail(tr("CompanyId: required, absent or empty"));
    if (!text(f.vehicleNo, &fix.key.vehicleNo) || fix.key.vehicleNo.isEmpty())
        return fail(tr("VehicleNo: required, absent or empty"));

    const QVariant *time = valueAt(record, f.positionTime);
    if (!time)
        return fail(tr("PositionTime: required, absent"));
    const auto unix = SpecTime::parse(FieldFormat::UnixOrDateTime, *time);
    if (!unix) {
        return fail(
            tr("PositionTime: %1 is neither Unix seconds nor a YYYYMMDDhhmmss date-time").arg(shown(*time)));
    }
    fix.positionTime = *unix;

    const auto coordinate = [&](int index, const QString &name, qint64 limit,
                                qint32 *out) -> std::optional<QString> {
        const QVariant *v = valueAt(record, index);
        if (!v)
            return tr("%1: required, absent").arg(name);
        const auto n = integerOf(*v);
        if (!n)
            return tr("%1: %2 is not a whole number of 1e-6 degree").arg(name, shown(*v));
        if (*n < -limit || *n > limit)
            return tr("%1: %2 is outside −%3..%3 (1e-6 degree)").arg(name).arg(*n).arg(limit);
        *out = qint32(*n);
        return std::nullopt;
    };
    if (const auto problem =
            coordinate(f.longitude, QStringLiteral("Longitude"), 180'000'000, &fix.longitude))
        return fail(*problem);
    if (const auto problem = coordinate(f.latitude, QStringLiteral("Latitude"), 90'000'000, &fix.latitude))
        return fail(*problem);

    // Optional fields: lenient, see the class comment.
    if (const QVariant *v = valueAt(record, f.encrypt))
        fix.datum = datumFromEncrypt(integerOf(*v).value_or(0));
    if (const QVariant *v = valueAt(record, f.speed)) {
        const auto speed = numberOf(*v);
        fix.speed = speed && *speed >= 0 ? float(*speed) : -1.0f;
    }
    if (const QVariant *v = valueAt(record, f.direction)) {
        const auto direction = integerOf(*v);
        fix.direction = direction && *direction >= 0 && *direction <= 359 ? qint16(*direction) : qint16(-1);
    }
    if (const QVariant *v = valueAt(record, f.bizStatus))
        fix.bizStatus = bizStatusFromCode(integerOf(*v).value_or(0));
    if (const QVariant *v = valueAt(record, f.warnStatus)) {
        const auto bits = integerOf(*v);
        fix.warnStatus = bits && *bits >= 0 && *bits <= 0xffffffffLL ? quint32(*bits) : 0u;
    }
    text(f.orderId, &fix.orderId);
    text(f.licenseId, &fix.licenseId);
    return fix;
}

int VehicleFixParser::parseAll(const QList<Record> &records, QList<VehicleFix> *fixes,
                               QStringList *errors) const
{
    int refused = 0;
    fixes->reserve(fixes->size() + records.size());
    QString error;
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (auto fix = parse(records.at(i), &error)) {
            fixes->append(std::move(*fix));
        } else {
            ++refused;
            if (errors)
                errors->append(tr("record %1: %2").arg(i + 1).arg(error));
        }
    }
    return refused;
}

} // namespace rw
