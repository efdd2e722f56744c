#include "orderpermitcheck.h"

#include "protocol/interfacespec.h"
#include "qualityperiod.h"

namespace rw {

namespace {

const QString kRule = QStringLiteral("authenticity.orderPermits");

QString text(const Record &record, QStringView field)
{
    const QVariant value = record.value(field);
    return value.typeId() == QMetaType::QString ? value.toString() : QString();
}

} // namespace

OrderPermitCheck::OrderPermitCheck(const QualityModel &model, Lookup lookup)
    : m_active(model.hasRule(kRule) && lookup)
    , m_lookup(std::move(lookup))
{}

int OrderPermitCheck::cstDay(qint64 unixSeconds)
{
    const QualityPeriod day = QualityPeriod::containing(unixSeconds, QualityPeriod::Span::Day);
    return day.year * 10000 + day.month * 100 + day.day;
}

void OrderPermitCheck::apply(const Record &record, QualityOutcome &outcome) const
{
    if (!m_active || !record.spec || record.spec->ipcType != QLatin1StringView("orderMatch"))
        return;
    outcome.orderChecked = true;
    outcome.check(QualityDimension::Authenticity);
    const QString vehicle = text(record, u"VehicleNo");
    const QString driver = text(record, u"LicenseId");
    bool compliant = outcome.businessTime && !vehicle.isEmpty() && !driver.isEmpty();
    if (compliant) {
        const int day = cstDay(*outcome.businessTime);
        compliant = m_lookup(Holder::Vehicle, vehicle, day, outcome.receivedMs) &&
                    m_lookup(Holder::Driver, driver, day, outcome.receivedMs);
    }
    outcome.orderCompliant = compliant;
    if (!compliant)
        outcome.fail(QualityDimension::Authenticity, kRule);
}

} // namespace rw
