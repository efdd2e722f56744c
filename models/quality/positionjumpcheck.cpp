#include "positionjumpcheck.h"

#include "leastrecent.h"

#include "protocol/interfacespec.h"
#include "qualityperiod.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

namespace rw {

namespace {

const QString kRule = QStringLiteral("authenticity.positionJump");
const QString kInChina = QStringLiteral("authenticity.positionInChina");

/** A numeric value (not text) as a double. */
std::optional<double> number(const QVariant &value)
{
    if (!value.isValid() || value.typeId() == QMetaType::QString)
        return std::nullopt;
    bool ok = false;
    const double d = value.toDouble(&ok);
    return ok && std::isfinite(d) ? std::optional<double>(d) : std::nullopt;
}

} // namespace

PositionJumpCheck::PositionJumpCheck(const QualityModel &model, int maxVehicles)
    : m_active(model.hasRule(kRule) && model.maxSpeedKmh() > 0)
    , m_maxSpeedKmh(model.maxSpeedKmh())
    , m_maxVehicles(qMax(1, maxVehicles))
{}

double PositionJumpCheck::distanceKm(double lon1, double lat1, double lon2, double lat2)
{
    constexpr double kEarthRadiusKm = 6371.0088; // mean radius (IUGG)
    constexpr double kRad = std::numbers::pi / 180.0;
    const double dLat = (lat2 - lat1) * kRad;
    const double dLon = (lon2 - lon1) * kRad;
    const double a = std::sin(dLat / 2) * std::sin(dLat / 2) +
                     std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * kEarthRadiusKm * std::asin(std::min(1.0, std::sqrt(a)));
}

void PositionJumpCheck::begin()
{
    m_undo.resize(0); // keeps the capacity for the next upload
}

void PositionJumpCheck::apply(const Record &record, QualityOutcome &outcome)
{
    if (!m_active || !record.spec || !outcome.businessTime)
        return;
    if (record.spec != m_spec) {
        if (record.spec->ipcType != QLatin1StringView("positionVehicle"))
            return;
        m_spec = record.spec;
        m_vehicleIndex = m_spec->fieldIndex(u"VehicleNo");
        m_longitudeIndex = m_spec->fieldIndex(u"Longitude");
        m_latitudeIndex = m_spec->fieldIndex(u"Latitude");
    }
    if (!record.has(m_vehicleIndex) || !record.has(m_longitudeIndex) || !record.has(m_latitudeIndex))
        return;
    if (!outcome.failedRules.isEmpty() && outcome.failedRules.contains(kInChina))
        return;
    const QVariant &vehicleValue = record.values.at(m_vehicleIndex);
    if (vehicleValue.typeId() != QMetaType::QString)
        return;
    const QString &vehicle = *static_cast<const QString *>(vehicleValue.constData()); // no copy
    const std::optional<double> lon = number(record.values.at(m_longitudeIndex));
    const std::optional<double> lat = number(record.values.at(m_latitudeIndex));
    if (vehicle.isEmpty() || !lon || !lat)
        return;

    // The company is nearly always the last one, and then usually the very same string data.
    if (!m_company ||
        (m_companyId.constData() != outcome.companyId.constData() && m_companyId != outcome.companyId)) {
        m_company = &m_companies[outcome.companyId]; // may insert: a pointer is valid until the next insert
        m_companyId = outcome.companyId;
    }
    Company &company = *m_company;
    if (outcome.receivedAt < company.monthStart || outcome.receivedAt >= company.monthEnd) {
        // A new CST month of receipt: start afresh, so that a month is recomputable on its own.
        Undo undo;
        undo.company = outcome.companyId;
        undo.state = std::move(company);
        m_undo.append(std::move(undo));
        company = Company{};
        const QualityPeriod month = QualityPeriod::containing(outcome.receivedAt, QualityPeriod::Span::Month);
        company.monthStart = month.start();
        company.monthEnd = month.end();
    }
    const Fix fix{*lon / 1e6, *lat / 1e6, *outcome.businessTime, ++m_tick};
    auto it = company.last.find(vehicle);
    Undo undo;
    undo.company = outcome.companyId;
    undo.vehicle = vehicle;
    if (it != company.last.end()) {
        const Fix &previous = it->second;
        outcome.check(QualityDimension::Authenticity);
        const qint64 seconds = qMax<qint64>(1, std::llabs(fix.time - previous.time));
        const bool moved = previous.lon != fix.lon || previous.lat != fix.lat;
        if (moved && distanceKm(previous.lon, previous.lat, fix.lon, fix.lat) * 3600.0 / double(seconds) >
                         m_maxSpeedKmh)
            outcome.fail(QualityDimension::Authenticity, kRule);
        undo.fix = previous;
        it->second = fix;
    } else {
        company.last.emplace(vehicle, fix);
    }
    m_undo.append(std::move(undo));
}

void PositionJumpCheck::commit()
{
    m_undo.resize(0);
    for (Company &company : m_companies)
        forgetLeastRecent(company.last, size_t(m_maxVehicles));
}

void PositionJumpCheck::rollback()
{
    m_company = nullptr; // restoring may insert
    for (qsizetype i = m_undo.size() - 1; i >= 0; --i) {
        Undo &undo = m_undo[i];
        if (undo.vehicle.isEmpty()) {
            m_companies[undo.company] = std::move(*undo.state);
            continue;
        }
        Company &company = m_companies[undo.company];
        if (undo.fix)
            company.last.insert_or_assign(undo.vehicle, *undo.fix);
        else
            company.last.erase(undo.vehicle);
    }
    m_undo.resize(0);
}

int PositionJumpCheck::trackedVehicles(const QString &companyId) const
{
    const auto it = m_companies.constFind(companyId);
    return it == m_companies.constEnd() ? 0 : int(it->last.size());
}

} // namespace rw
