#pragma once

#include "qualityjsonreader.h"

#include <QCoreApplication>

namespace rw {

/**
 * \brief The numbers of one company over one period as the platform reports them (docs/quality-contracts.md):
 * records, the four rates with what was checked and passed, the score, and the order compliance
 * (订单合规率, DESIGN §6) reported beside the score.
 */
struct QualityFigures
{
    Q_DECLARE_TR_FUNCTIONS(rw::QualityFigures)

public:
    struct OrderCompliance
    {
        qint64 checked = 0;
        qint64 compliant = 0;
        std::optional<double> rate; //!< 0..1; nothing when no order was checked

        friend bool operator==(const OrderCompliance &, const OrderCompliance &) = default;
    };

    qint64 records = 0;
    QualityRates rates{};
    QualityCounts checked{};
    QualityCounts passed{};
    std::optional<double> score; //!< 0..100; nothing when no dimension was checked
    OrderCompliance orderCompliance;

    std::optional<double> rate(QualityDimension d) const { return rates[int(d)]; }

    /** Reads the fields of \a reader's object (records, rates, checked, passed, score, orderCompliance). */
    static QualityFigures read(QualityJsonReader &reader);

    friend bool operator==(const QualityFigures &, const QualityFigures &) = default;
};

} // namespace rw
