#include "permitjson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "personaldatamask.h"

#include <QJsonValue>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace rw {

namespace {

QJsonValue dateJson(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue positiveJson(qint64 n)
{
    return n > 0 ? QJsonValue(n) : QJsonValue();
}

/** Reads members of one permit object, remembering the first problem with its key. */
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(rw::PermitJson)

public:
    Reader(const QJsonObject &object, const QString &path)
        : m_object(object)
        , m_path(path)
    {}

    /** A value as it stood in the JSON: strings in quotes, so that "12" and 12 are told apart. */
    static QString quoted(const QJsonValue &v)
    {
        if (v.isString())
            return u"\"%1\""_s.arg(v.toString());
        if (v.isArray())
            return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
        if (v.isObject())
            return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        return v.toVariant().toString();
    }

    QString error;

    QString text(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString()) {
            fail(key, tr("%1 must be a string").arg(quoted(v)));
            return {};
        }
        return v.toString();
    }

    QDate date(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        // Strictly YYYY-MM-DD (Qt::ISODate alone also takes other separators).
        static const QRegularExpression iso(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
        const QDate d =
            iso.match(v.toString()).hasMatch() ? QDate::fromString(v.toString(), Qt::ISODate) : QDate();
        if (!v.isString() || !d.isValid())
            fail(key, tr("must be an ISO date (YYYY-MM-DD) or null, not %1").arg(quoted(v)));
        return d;
    }

    qint64 number(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return 0;
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() != double(v.toInteger())) {
            fail(key, tr("must be a whole number or null, not %1").arg(quoted(v)));
            return 0;
        }
        return v.toInteger();
    }

    QString certificate()
    {
        const QString c = text(u"certificate"_s);
        if (c.isEmpty())
            fail(u"certificate"_s, tr("missing: the permit's certificate number is required"));
        return c;
    }

    template<typename Permit>
    std::optional<Permit> result(const Permit &permit, QString *out) const
    {
        if (error.isEmpty())
            return permit;
        if (out)
            *out = error;
        return std::nullopt;
    }

private:
    void fail(const QString &key, const QString &problem)
    {
        if (error.isEmpty())
            error = u"%1.%2: %3"_s.arg(m_path, key, problem);
    }

    const QJsonObject &m_object;
    QString m_path;
};

} // namespace

bool PermitJson::isCompanyName(const QString &ownerName)
{
    return ownerName.contains(u"公司"_s) || ownerName.contains(u"集团"_s);
}

QJsonObject PermitJson::toJson(const CompanyPermit &p, bool reveal)
{
    Q_UNUSED(reveal); // a company's permit holds no personal data
    return {{u"certificate"_s, p.certificate},
            {u"companyId"_s, p.companyId},
            {u"name"_s, p.name},
            {u"identifier"_s, p.identifier},
            {u"regionCode"_s, p.regionCode},
            {u"operationArea"_s, p.operationArea},
            {u"organization"_s, p.organization},
            {u"certifyDate"_s, dateJson(p.certifyDate)},
            {u"validFrom"_s, dateJson(p.validFrom)},
            {u"validTo"_s, dateJson(p.validTo)},
            {u"state"_s, p.state},
            {u"id"_s, p.id}};
}

QJsonObject PermitJson::toJson(const VehiclePermit &p, bool reveal)
{
    // Seed 002 Art. 40: a car may be registered to a person; a person's name is personal data.
    return {{u"certificate"_s, p.certificate},
            {u"plate"_s, p.plate},
            {u"plateColor"_s, p.plateColor},
            {u"companyId"_s, p.companyId},
            {u"ownerName"_s,
             reveal || isCompanyName(p.ownerName) ? p.ownerName : PersonalDataMask::name(p.ownerName)},
            {u"vin"_s, p.vin},
            {u"regionCode"_s, p.regionCode},
            {u"organization"_s, p.organization},
            {u"firstRegistration"_s, dateJson(p.firstRegistration)},
            {u"validFrom"_s, dateJson(p.validFrom)},
            {u"validTo"_s, dateJson(p.validTo)},
            {u"effectiveExpiry"_s, dateJson(p.effectiveExpiry())},
            {u"seats"_s, positiveJson(p.seats)},
            {u"wheelbaseMm"_s, positiveJson(p.wheelbaseMm)},
            {u"rangeKm"_s, positiveJson(p.rangeKm)},
            {u"purchasePriceYuan"_s, positiveJson(p.purchasePriceYuan)},
            {u"brand"_s, p.brand},
            {u"model"_s, p.model},
            {u"fuelType"_s, p.fuelType},
            {u"state"_s, p.state},
            {u"id"_s, p.id}};
}

QJsonObject PermitJson::toJson(const DriverPermit &p, bool reveal)
{
    return {{u"certificate"_s, p.certificate},
            {u"name"_s, reveal ? p.name : PersonalDataMask::name(p.name)},
            {u"idNumber"_s, reveal ? p.idNumber : PersonalDataMask::idNumber(p.idNumber)},
            {u"licence"_s, reveal ? p.licenceNumber : PersonalDataMask::licence(p.licenceNumber)},
            {u"phone"_s, reveal ? p.phone : PersonalDataMask::phone(p.phone)},
            {u"gender"_s, p.gender},
            {u"companyId"_s, p.companyId},
            {u"companyName"_s, p.companyName},
            {u"regionCode"_s, p.regionCode},
            {u"organization"_s, p.organization},
            {u"driverType"_s, p.driverType},
            {u"licenceFirstIssue"_s, dateJson(p.licenceFirstIssue)},
            {u"validFrom"_s, dateJson(p.validFrom)},
            {u"validTo"_s, dateJson(p.validTo)},
            {u"state"_s, p.state},
            {u"id"_s, p.id}};
}

std::optional<CompanyPermit> PermitJson::companyFromJson(const QJsonObject &object, QString *error,
                                                         const QString &path)
{
    Reader r(object, path);
    CompanyPermit p;
    p.certificate = r.certificate();
    p.companyId = r.text(u"companyId"_s);
    p.name = r.text(u"name"_s);
    p.identifier = r.text(u"identifier"_s);
    p.regionCode = r.text(u"regionCode"_s);
    p.operationArea = r.text(u"operationArea"_s);
    p.organization = r.text(u"organization"_s);
    p.certifyDate = r.date(u"certifyDate"_s);
    p.validFrom = r.date(u"validFrom"_s);
    p.validTo = r.date(u"validTo"_s);
    p.state = r.text(u"state"_s);
    p.id = r.number(u"id"_s);
    return r.result(p, error);
}

std::optional<VehiclePermit> PermitJson::vehicleFromJson(const QJsonObject &object, QString *error,
                                                         const QString &path)
{
    Reader r(object, path);
    VehiclePermit p;
    p.certificate = r.certificate();
    p.plate = r.text(u"plate"_s);
    p.plateColor = r.text(u"plateColor"_s);
    p.companyId = r.text(u"companyId"_s);
    p.ownerName = r.text(u"ownerName"_s);
    p.vin = r.text(u"vin"_s);
    p.regionCode = r.text(u"regionCode"_s);
    p.organization = r.text(u"organization"_s);
    p.firstRegistration = r.date(u"firstRegistration"_s);
    p.validFrom = r.date(u"validFrom"_s);
    p.validTo = r.date(u"validTo"_s);
    p.seats = int(r.number(u"seats"_s));
    p.wheelbaseMm = int(r.number(u"wheelbaseMm"_s));
    p.rangeKm = int(r.number(u"rangeKm"_s));
    p.purchasePriceYuan = r.number(u"purchasePriceYuan"_s);
    p.brand = r.text(u"brand"_s);
    p.model = r.text(u"model"_s);
    p.fuelType = r.text(u"fuelType"_s);
    p.state = r.text(u"state"_s);
    p.id = r.number(u"id"_s);
    return r.result(p, error);
}

std::optional<DriverPermit> PermitJson::driverFromJson(const QJsonObject &object, QString *error,
                                                       const QString &path)
{
    Reader r(object, path);
    DriverPermit p;
    p.certificate = r.certificate();
    p.name = r.text(u"name"_s);
    p.idNumber = r.text(u"idNumber"_s);
    p.licenceNumber = r.text(u"licence"_s);
    p.phone = r.text(u"phone"_s);
    p.gender = r.text(u"gender"_s);
    p.companyId = r.text(u"companyId"_s);
    p.companyName = r.text(u"companyName"_s);
    p.regionCode = r.text(u"regionCode"_s);
    p.organization = r.text(u"organization"_s);
    p.driverType = r.text(u"driverType"_s);
    p.licenceFirstIssue = r.date(u"licenceFirstIssue"_s);
    p.validFrom = r.date(u"validFrom"_s);
    p.validTo = r.date(u"validTo"_s);
    p.state = r.text(u"state"_s);
    p.id = r.number(u"id"_s);
    return r.result(p, error);
}

} // namespace rw
