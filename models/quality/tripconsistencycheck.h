#pragma once

#include "protocol/record.h"
#include "qualitymodel.h"
#include "qualityoutcome.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <unordered_map>

namespace rw {

/**
 * \brief The records of one trip, judged at its payment (operatePay), the record that completes an order:
 * - Art. 15(四) "authenticity.payConsistent" (DESIGN §6: pay consistent with depart and arrive): the payment
 *   must carry the DepTime of its departure (operateDepart) and the DestTime of its arrival (operateArrive),
 *   when those came before it.
 * - Art. 15(一) "completeness.orderRecords" (全量数据传输，不遗漏信息; DESIGN §6: a completed order has its
 *   match, depart, arrive and pay): the order's match (orderMatch), departure and arrival were all received
 *   before its payment. An order never paid is not judged (it may still be under way, or was cancelled).
 *
 * As PositionJumpCheck: in ingest order, per company and CST month of receipt (a payment whose departure was
 * received in the previous month is not judged, so a month recomputes on its own), grouped like the upload's
 * transaction (begin(), apply(), commit() or rollback()). An order is forgotten once paid; at most
 * \a maxOrders open orders are remembered per company (commit() forgets the oldest quarter beyond that).
 * Not thread-safe.
 */
class TripConsistencyCheck
{
public:
    explicit TripConsistencyCheck(const QualityModel &model, int maxOrders = 200000);

    bool isActive() const { return m_active; }

    void begin();
    /** Remembers a match, departure or arrival; judges a payment into \a outcome. */
    void apply(const Record &record, QualityOutcome &outcome);
    void commit();
    void rollback();

    /** Orders matched, departed or arrived and not yet paid, remembered for \a companyId. */
    int openOrders(const QString &companyId) const;

private:
    enum Seen : quint8 { Matched = 1, Departed = 2, Arrived = 4 };
    struct Trip
    {
        qint64 depTime = 0;  //!< yyyymmddhhmmss as sent, 0: not seen or not valid
        qint64 destTime = 0; //!< yyyymmddhhmmss as sent, 0: not seen or not valid
        quint64 touched = 0;
        quint8 seen = 0; //!< Seen flags: which of the order's records were received
    };
    struct OrderHash
    {
        size_t operator()(const QString &order) const { return qHash(order); } // NOLINT(performance-noexcept)
    };
    struct Company
    {
        qint64 monthStart = 0;
        qint64 monthEnd = 0;
        std::unordered_map<QString, Trip, OrderHash> trips;
    };
    struct Undo
    {
        QString company;
        QString order;                //!< empty: \a state is the whole company before a month reset
        std::optional<Trip> trip;     //!< the order's trip before (none: it was not remembered)
        std::optional<Company> state; //!< for a month reset
    };

    Company &companyOf(const QualityOutcome &outcome);
    void remember(const QString &company, const QString &order, const std::optional<Trip> &before);

    bool m_payActive = false;      // authenticity.payConsistent
    bool m_coverageActive = false; // completeness.orderRecords
    bool m_active = false;
    int m_maxOrders = 0;
    quint64 m_tick = 0;
    QHash<QString, Company> m_companies;
    QList<Undo> m_undo;
};

} // namespace rw
