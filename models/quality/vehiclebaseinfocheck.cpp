#include "vehiclebaseinfocheck.h"

#include "protocol/interfacespec.h"
#include "qualityperiod.h"

namespace rw {

namespace {

const QString kRule = QStringLiteral("completeness.vehicleBaseInfo");

} // namespace

VehicleBaseInfoCheck::VehicleBaseInfoCheck(const QualityModel &model, Lookup lookup)
    : m_active(model.hasRule(kRule) && lookup)
    , m_lookup(std::move(lookup))
{}

VehicleBaseInfoCheck::Company *VehicleBaseInfoCheck::loaded(const QualityOutcome &outcome)
{
    // The company is nearly always the last one, and then usually the very same string data.
    Company *company = m_last;
    if (!company ||
        (m_lastId.constData() != outcome.companyId.constData() && m_lastId != outcome.companyId)) {
        const auto it = m_companies.find(outcome.companyId);
        company = it == m_companies.end() ? nullptr : &*it;
    }
    if (company && outcome.receivedAt >= company->monthStart && outcome.receivedAt < company->monthEnd) {
        m_last = company;
        m_lastId = outcome.companyId;
        return company;
    }
    // The company's first position of a CST month of receipt: read its plates afresh.
    Undo undo;
    undo.company = outcome.companyId;
    if (company)
        undo.state = std::move(*company);
    m_undo.append(std::move(undo));
    const QualityPeriod month = QualityPeriod::containing(outcome.receivedAt, QualityPeriod::Span::Month);
    Company fresh;
    fresh.monthStart = month.start();
    fresh.monthEnd = month.end();
    fresh.plates = m_lookup(outcome.companyId, m_batchId);
    m_last = &*m_companies.insert(outcome.companyId, std::move(fresh)); // may move the others: m_last only
    m_lastId = outcome.companyId;
    return m_last;
}

void VehicleBaseInfoCheck::apply(const Record &record, QualityOutcome &outcome)
{
    if (!m_active || !record.spec)
        return;
    if (record.spec != m_positionSpec) {
        if (record.spec->ipcType == QLatin1StringView("baseInfoVehicle")) {
            const QString plate = record.value(u"VehicleNo").toString();
            const auto it = m_companies.find(outcome.companyId);
            // Not loaded (or another month): the next load reads this record from the store.
            if (plate.isEmpty() || it == m_companies.end() || outcome.receivedAt < it->monthStart ||
                outcome.receivedAt >= it->monthEnd || it->plates.contains(plate))
                return;
            it->plates.insert(plate);
            m_undo.append({outcome.companyId, plate, std::nullopt});
            return;
        }
        if (record.spec->ipcType != QLatin1StringView("positionVehicle"))
            return;
        m_positionSpec = record.spec;
        m_positionPlate = record.spec->fieldIndex(u"VehicleNo");
    }
    // A position without a plate already fails completeness.requiredFields (and a number is no plate).
    if (!record.has(m_positionPlate))
        return;
    const QVariant &value = record.values.at(m_positionPlate);
    if (value.typeId() != QMetaType::QString)
        return;
    const QString &plate = *static_cast<const QString *>(value.constData()); // no copy: once per position
    if (plate.isEmpty())
        return;
    const Company *company = loaded(outcome);
    if (!company->plates.contains(plate))
        outcome.fail(QualityDimension::Completeness, kRule);
}

void VehicleBaseInfoCheck::rollback()
{
    m_last = nullptr; // restoring may insert
    for (qsizetype i = m_undo.size() - 1; i >= 0; --i) {
        Undo &undo = m_undo[i];
        if (undo.plate.isEmpty()) {
            if (undo.state)
                m_companies.insert(undo.company, std::move(*undo.state));
            else
                m_companies.remove(undo.company);
            continue;
        }
        const auto it = m_companies.find(undo.company);
        if (it != m_companies.end())
            it->plates.remove(undo.plate);
    }
    m_undo.resize(0);
}

int VehicleBaseInfoCheck::knownVehicles(const QString &companyId) const
{
    const auto it = m_companies.constFind(companyId);
    return it == m_companies.constEnd() ? 0 : int(it->plates.size());
}

} // namespace rw
