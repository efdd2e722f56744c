#pragma once

#include "quality/qualityscoresheet.h"

#include <QAbstractTableModel>

#include <optional>

namespace rw {

/**
 * \brief The ranking of a QualityScoreSheet as a table for the Scores page: rank, company, records, the four
 * rates (seed 000 Art. 15 (一)–(四)), the score and the order compliance (订单合规率).
 *
 * Display: rates as "99.80 %", the score with one decimal; an unmeasured value as "—" with the tooltip
 * "Not measured: …". SortRole holds the real values (a rate 0..1, the score 0..100, the rank), an
 * unmeasured one −1 so it sorts below every measured one; a proxy sorts on it.
 */
class QualityScoreModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        RankColumn,
        CompanyColumn,
        RecordsColumn,
        CompletenessColumn,
        ConformanceColumn,
        TimelinessColumn,
        AuthenticityColumn,
        ScoreColumn,
        OrderComplianceColumn,
        ColumnCount
    };
    enum ItemRole {
        CompanyIdRole = Qt::UserRole + 1, //!< the company's id, in every column
        SortRole,                         //!< the real value; −1 when not measured
        DimensionRole,                    //!< QualityDimension as int in a rate column; −1 elsewhere
        MeasuredRole,                     //!< bool: the cell has a value
    };

    explicit QualityScoreModel(QObject *parent = nullptr);

    void setSheet(const QualityScoreSheet &sheet);
    void clear();
    const QualityScoreSheet &sheet() const { return m_sheet; }
    bool isEmpty() const { return m_sheet.companies.isEmpty(); }
    const QualityScoreSheet::Company &companyAt(int row) const { return m_sheet.companies.at(row); }
    /** The row of \a companyId, or −1. */
    int rowOf(const QString &companyId) const;

    /** The dimension shown in \a column, or nothing. */
    static std::optional<QualityDimension> dimensionOf(int column);
    /** The column showing \a dimension. */
    static int columnOf(QualityDimension dimension);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QualityScoreSheet m_sheet;
};

} // namespace rw
