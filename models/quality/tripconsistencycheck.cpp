#include "tripconsistencycheck.h"

#include "leastrecent.h"

#include "protocol/interfacespec.h"
#include "qualityperiod.h"

namespace rw {

namespace {

const QString kRule = QStringLiteral("authenticity.payConsistent");
const QString kCoverage = QStringLiteral("completeness.orderRecords");

/** A yyyymmddhhmmss value as sent (number or digits); 0 if absent or not one. */
qint64 timeValue(const Record &record, QStringView field)
{
    const QVariant value = record.value(field);
    bool ok = false;
    const qint64 t = value.toLongLong(&ok);
    return ok && t > 0 ? t : 0;
}

} // namespace

TripConsistencyCheck::TripConsistencyCheck(const QualityModel &model, int maxOrders)
    : m_payActive(model.hasRule(kRule))
    , m_coverageActive(model.hasRule(kCoverage))
    , m_active(m_payActive || m_coverageActive)
    , m_maxOrders(qMax(1, maxOrders))
{}

void TripConsistencyCheck::begin()
{
    m_undo.resize(0);
}

TripConsistencyCheck::Company &TripConsistencyCheck::companyOf(const QualityOutcome &outcome)
{
    Company &company = m_companies[outcome.companyId];
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
    return company;
}

void TripConsistencyCheck::remember(const QString &company, const QString &order,
                                    const std::optional<Trip> &before)
{
    Undo undo;
    undo.company = company;
    undo.order = order;
    undo.trip = before;
    m_undo.append(std::move(undo));
}

void TripConsistencyCheck::apply(const Record &record, QualityOutcome &outcome)
{
    if (!m_active || !record.spec)
        return;
    const InterfaceFamily family = record.spec->family;
    if (family != InterfaceFamily::Operate && family != InterfaceFamily::Order)
        return;
    const QString &type = record.spec->ipcType;
    const bool match = type == QLatin1StringView("orderMatch");
    const bool depart = type == QLatin1StringView("operateDepart");
    const bool arrive = type == QLatin1StringView("operateArrive");
    const bool pay = type == QLatin1StringView("operatePay");
    if (!match && !depart && !arrive && !pay)
        return;
    if (match && !m_coverageActive)
        return;
    const QString order = record.value(u"OrderId").toString();
    if (order.isEmpty())
        return;
    Company &company = companyOf(outcome);
    const auto it = company.trips.find(order);
    const std::optional<Trip> before =
        it == company.trips.end() ? std::nullopt : std::optional<Trip>(it->second);
    if (!pay) {
        remember(outcome.companyId, order, before);
        Trip &trip = company.trips[order];
        trip.seen |= match ? Matched : depart ? Departed : Arrived;
        if (!match) {
            if (const qint64 t = timeValue(record, depart ? u"DepTime" : u"DestTime"))
                (depart ? trip.depTime : trip.destTime) = t;
        }
        trip.touched = ++m_tick;
        return;
    }
    if (m_coverageActive && (!before || before->seen != (Matched | Departed | Arrived)))
        outcome.fail(QualityDimension::Completeness, kCoverage);
    if (!before)
        return; // nothing to compare with (no record of the order received before it this month)
    if (m_payActive && (before->depTime != 0 || before->destTime != 0)) {
        outcome.check(QualityDimension::Authenticity);
        const qint64 depTime = timeValue(record, u"DepTime");
        const qint64 destTime = timeValue(record, u"DestTime");
        if ((before->depTime != 0 && depTime != before->depTime) ||
            (before->destTime != 0 && destTime != before->destTime))
            outcome.fail(QualityDimension::Authenticity, kRule);
    }
    // Paid: the order is done.
    remember(outcome.companyId, order, before);
    company.trips.erase(order);
}

void TripConsistencyCheck::commit()
{
    m_undo.resize(0);
    for (Company &company : m_companies)
        forgetLeastRecent(company.trips, size_t(m_maxOrders)); // orders never paid
}

void TripConsistencyCheck::rollback()
{
    for (qsizetype i = m_undo.size() - 1; i >= 0; --i) {
        Undo &undo = m_undo[i];
        if (undo.order.isEmpty()) {
            m_companies[undo.company] = std::move(*undo.state);
            continue;
        }
        Company &company = m_companies[undo.company];
        if (undo.trip)
            company.trips.insert_or_assign(undo.order, *undo.trip);
        else
            company.trips.erase(undo.order);
    }
    m_undo.resize(0);
}

int TripConsistencyCheck::openOrders(const QString &companyId) const
{
    const auto it = m_companies.constFind(companyId);
    return it == m_companies.constEnd() ? 0 : int(it->trips.size());
}

} // namespace rw
