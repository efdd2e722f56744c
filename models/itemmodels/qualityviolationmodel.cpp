#include "qualityviolationmodel.h"

#include <QStringList>

#include <algorithm>

namespace rw {

namespace {

constexpr int ChinaOffsetSeconds = 8 * 3600;
// internalId of a rule row; a sample row carries its rule's row + 1.
constexpr quintptr RuleRow = 0;

} // namespace

QualityViolationModel::QualityViolationModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void QualityViolationModel::setList(const QualityViolationList &list)
{
    beginResetModel();
    m_list = list;
    std::stable_sort(m_list.rules.begin(), m_list.rules.end(),
                     [](const QualityViolationList::Rule &a, const QualityViolationList::Rule &b) {
                         return a.violations > b.violations;
                     });
    endResetModel();
}

void QualityViolationModel::clear()
{
    beginResetModel();
    m_list = {};
    endResetModel();
}

QModelIndex QualityViolationModel::indexOfRule(const QString &ruleId) const
{
    for (int row = 0; row < m_list.rules.size(); ++row) {
        if (m_list.rules.at(row).ruleId == ruleId)
            return index(row, 0);
    }
    return {};
}

std::optional<QualityViolationList::Sample> QualityViolationModel::sampleAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == RuleRow)
        return std::nullopt;
    const auto &rule = m_list.rules.at(int(index.internalId() - 1));
    return rule.samples.at(index.row());
}

QString QualityViolationModel::interfacesText(const QMap<QString, qint64> &byInterface)
{
    QList<std::pair<QString, qint64>> items;
    for (auto it = byInterface.begin(); it != byInterface.end(); ++it)
        items.append({it.key(), it.value()});
    std::stable_sort(items.begin(), items.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    QStringList parts;
    for (const auto &[name, count] : items)
        parts << tr("%1 %2").arg(name).arg(count);
    return parts.join(tr(", "));
}

QModelIndex QualityViolationModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, RuleRow);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex QualityViolationModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == RuleRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, RuleRow);
}

int QualityViolationModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_list.rules.size());
    if (parent.internalId() != RuleRow || parent.column() != 0)
        return 0;
    return int(m_list.rules.at(parent.row()).samples.size());
}

int QualityViolationModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant QualityViolationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == RuleRow) {
        const QualityViolationList::Rule &r = m_list.rules.at(index.row());
        switch (role) {
        case RuleIdRole:
            return r.ruleId;
        case IsSampleRole:
            return false;
        case SamplePathRole:
            return QString();
        case SortRole:
            return r.violations;
        case Qt::ToolTipRole:
            if (index.column() == NameColumn)
                return r.description.isEmpty() ? tr("Rule %1").arg(r.ruleId)
                                               : tr("Rule %1: %2").arg(r.ruleId, r.description);
            if (index.column() == InterfacesColumn)
                return interfacesText(r.byInterface);
            return {};
        case Qt::TextAlignmentRole:
            return index.column() == CountColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                                 : QVariant();
        case Qt::DisplayRole:
            switch (Column(index.column())) {
            case NameColumn:
                return r.description.isEmpty() ? r.ruleId : tr("%1 (%2)").arg(r.description, r.ruleId);
            case DimensionColumn:
                return r.dimension ? QualityDimensions::title(*r.dimension) : QString();
            case ArticleColumn:
                return r.article;
            case CountColumn:
                return QString::number(r.violations);
            case InterfacesColumn:
                return interfacesText(r.byInterface);
            case ColumnCount:
                break;
            }
            return {};
        default:
            return {};
        }
    }
    const QualityViolationList::Rule &r = m_list.rules.at(int(index.internalId() - 1));
    const QualityViolationList::Sample &s = r.samples.at(index.row());
    switch (role) {
    case RuleIdRole:
        return r.ruleId;
    case IsSampleRole:
        return true;
    case SamplePathRole:
        return s.path;
    case Qt::ToolTipRole:
        return s.path.isEmpty() ? QVariant()
                                : QVariant(tr("Double-click to open the raw record (%1)").arg(s.path));
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case NameColumn:
            return s.recordKey.isEmpty() ? tr("row %1").arg(s.rowId) : s.recordKey;
        case DimensionColumn:
            return s.ipcType;
        case ArticleColumn:
            return s.source == QLatin1String("quarantine") ? tr("quarantined") : tr("stored");
        case CountColumn:
            return s.receivedAt.isValid() ? s.receivedAt.toOffsetFromUtc(ChinaOffsetSeconds)
                                                .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                          : QString();
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant QualityViolationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Rule / sample record");
    case DimensionColumn:
        return tr("Dimension / interface");
    case ArticleColumn:
        return tr("Article");
    case CountColumn:
        return tr("Violations / received");
    case InterfacesColumn:
        return tr("By interface");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace rw
