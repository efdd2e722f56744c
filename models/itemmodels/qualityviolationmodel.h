#pragma once

#include "quality/qualityviolationlist.h"

#include <QAbstractItemModel>

namespace rw {

/**
 * \brief The rules a company's records broke (QualityViolationList) as a tree for the Scores page's
 * drill-down: one row per rule — its description and id, dimension, article (seed 000 Art. 15), number of
 * violations and how they split by interface — and under it the sample records that broke it (record key,
 * interface, stored or quarantined, when received), most violated rule first.
 *
 * SamplePathRole on a sample row gives the path of its raw record (QualityClient::record()).
 */
class QualityViolationModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,       //!< rule: description (id in the tooltip); sample: the record's key
        DimensionColumn,  //!< rule: the dimension; sample: the interface
        ArticleColumn,    //!< rule: the article; sample: stored or quarantined
        CountColumn,      //!< rule: violations; sample: when received (CST)
        InterfacesColumn, //!< rule: counts by interface
        ColumnCount
    };
    enum ItemRole {
        RuleIdRole = Qt::UserRole + 1, //!< the rule's id, on its row and its samples' rows
        IsSampleRole,                  //!< bool
        SamplePathRole,                //!< a sample's raw-record path; empty on a rule row
        SortRole,                      //!< violations as a number on a rule row
    };

    explicit QualityViolationModel(QObject *parent = nullptr);

    void setList(const QualityViolationList &list);
    void clear();
    const QualityViolationList &list() const { return m_list; }
    /** The rule row of \a ruleId, or an invalid index. */
    QModelIndex indexOfRule(const QString &ruleId) const;
    /** The sample at \a index, or nothing when it is a rule row. */
    std::optional<QualityViolationList::Sample> sampleAt(const QModelIndex &index) const;

    /** "positionVehicle 1200, orderCreate 34", largest first. */
    static QString interfacesText(const QMap<QString, qint64> &byInterface);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QualityViolationList m_list; //!< rules sorted by violations, descending
};

} // namespace rw
