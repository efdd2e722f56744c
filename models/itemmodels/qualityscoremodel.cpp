#include "qualityscoremodel.h"

#include "quality/qualityreport.h"

namespace rw {

QualityScoreModel::QualityScoreModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void QualityScoreModel::setSheet(const QualityScoreSheet &sheet)
{
    beginResetModel();
    m_sheet = sheet;
    endResetModel();
}

void QualityScoreModel::clear()
{
    beginResetModel();
    m_sheet = {};
    endResetModel();
}

int QualityScoreModel::rowOf(const QString &companyId) const
{
    for (int row = 0; row < m_sheet.companies.size(); ++row) {
        if (m_sheet.companies.at(row).companyId == companyId)
            return row;
    }
    return -1;
}

std::optional<QualityDimension> QualityScoreModel::dimensionOf(int column)
{
    if (column >= CompletenessColumn && column <= AuthenticityColumn)
        return kQualityDimensions[column - CompletenessColumn];
    return std::nullopt;
}

int QualityScoreModel::columnOf(QualityDimension dimension)
{
    return CompletenessColumn + int(dimension);
}

int QualityScoreModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sheet.companies.size());
}

int QualityScoreModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QualityScoreModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QualityScoreSheet::Company &c = m_sheet.companies.at(index.row());
    const QualityFigures &f = c.figures;
    const auto dimension = dimensionOf(index.column());
    // The value behind the cell, for rates, score and order compliance.
    std::optional<double> value;
    bool numeric = true;
    switch (Column(index.column())) {
    case CompletenessColumn:
    case ConformanceColumn:
    case TimelinessColumn:
    case AuthenticityColumn:
        value = f.rate(*dimension);
        break;
    case ScoreColumn:
        value = f.score;
        break;
    case OrderComplianceColumn:
        value = f.orderCompliance.rate;
        break;
    default:
        numeric = false;
        break;
    }

    switch (role) {
    case CompanyIdRole:
        return c.companyId;
    case DimensionRole:
        return dimension ? int(*dimension) : -1;
    case MeasuredRole:
        return !numeric || value.has_value();
    case Qt::TextAlignmentRole:
        return index.column() == CompanyColumn ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter))
                                               : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::ToolTipRole: {
        if (numeric && !value) {
            if (index.column() == OrderComplianceColumn)
                return tr("Not measured: no order-match record was checked in this period");
            if (index.column() == ScoreColumn)
                return tr("Not measured: no record was checked on any dimension");
            return tr("Not measured: no record was checked on %1").arg(QualityDimensions::title(*dimension));
        }
        if (dimension)
            return tr("%1: %2 of %3 records passed")
                .arg(QualityDimensions::title(*dimension))
                .arg(f.passed[int(*dimension)])
                .arg(f.checked[int(*dimension)]);
        if (index.column() == OrderComplianceColumn)
            return tr("Order compliance: %1 of %2 orders matched a vehicle and a driver with valid permits")
                .arg(f.orderCompliance.compliant)
                .arg(f.orderCompliance.checked);
        if (index.column() == CompanyColumn)
            return c.companyId;
        return {};
    }
    case SortRole:
        switch (Column(index.column())) {
        case RankColumn:
            return c.rank;
        case CompanyColumn:
            return c.name.isEmpty() ? c.companyId : c.name;
        case RecordsColumn:
            return f.records;
        default:
            return value ? *value : -1.0;
        }
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case RankColumn:
            return c.rank;
        case CompanyColumn:
            return c.displayName();
        case RecordsColumn:
            return QString::number(f.records);
        case ScoreColumn:
            return QualityReport::scoreText(value);
        default:
            return QualityReport::percent(value);
        }
    default:
        return {};
    }
}

QVariant QualityScoreModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (const auto d = dimensionOf(section)) {
        if (role == Qt::ToolTipRole) {
            switch (*d) {
            case QualityDimension::Completeness:
                return tr("Records with every required field (seed 000 Art. 15(一))");
            case QualityDimension::Conformance:
                return tr("Records passing type, length, code and range checks (Art. 15(二))");
            case QualityDimension::Timeliness:
                return tr("Records received within 24 h / 300 s / 60 s (Art. 15(三))");
            case QualityDimension::Authenticity:
                return tr("Records passing the cross-checks (Art. 15(四))");
            }
        }
        return QualityDimensions::title(*d);
    }
    if (role == Qt::ToolTipRole) {
        if (section == OrderComplianceColumn)
            return tr("Order compliance (DESIGN §6): order matches whose vehicle and driver both held a "
                      "valid permit");
        if (section == ScoreColumn)
            return tr("100 × Σ weight × rate over the measured dimensions");
        return {};
    }
    switch (Column(section)) {
    case RankColumn:
        return tr("Rank");
    case CompanyColumn:
        return tr("Company");
    case RecordsColumn:
        return tr("Records");
    case ScoreColumn:
        return tr("Score");
    case OrderComplianceColumn:
        return tr("Order compliance");
    default:
        return {};
    }
}

} // namespace rw
