#pragma once

#include "lookup/lookupanswer.h"
#include "lookup/lookupverdict.h"

#include <QAbstractTableModel>
#include <QList>

namespace rw {

/**
 * \brief The hits of a permit search (LookupAnswer) as a table for the lookup page: kind, plate or name,
 * company, certificate, last valid day and status (valid; not valid; rules broken; bad record).
 *
 * Rows stay in the platform's order (best match first); a QSortFilterProxyModel with sortRole() SortRole
 * sorts on the values themselves: dates as QDate, the status by its severity and number of reasons, the
 * kind in PermitKind order. The status is LookupVerdict's: for an answer from the offline cache, validity
 * is judged again on the day the console received it. Colours are the view's (VerdictRole): no QtGui here.
 */
class LookupResultModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        KindColumn,
        NameColumn,
        CompanyColumn,
        CertificateColumn,
        ValidUntilColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, //!< the column's value for sorting (QDate, int, QString)
        IdentityRole,                //!< LookupHit::identity(), every column
        KindRole,                    //!< PermitKind as int, every column
        ProblemCountRole,            //!< number of reasons the permit may not serve, every column
        VerdictRole,                 //!< LookupVerdict::State as int, every column
    };

    explicit LookupResultModel(QObject *parent = nullptr);

    /** Shows \a answer's hits (resets the model). */
    void setAnswer(const rw::LookupAnswer &answer);
    /** Empties the table. */
    void clear();
    const LookupAnswer &answer() const { return m_answer; }
    const LookupHit &hitAt(int row) const { return m_answer.hits.at(row); }
    const LookupVerdict &verdictAt(int row) const { return m_verdicts.at(row); }
    /** The row of the hit with \a identity, or −1. */
    int rowOf(const QString &identity) const;

    /** The day an answer's validity is judged on: its asOf (or, cached, the day it was received), CST. */
    static QDate judgingDay(const LookupAnswer &answer);
    /** The status as the table shows it ("Valid", "Not valid · 2 rules broken · bad record", …). */
    static QString statusText(const LookupHit &hit, const LookupVerdict &verdict, bool cached);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    LookupAnswer m_answer;
    QList<LookupVerdict> m_verdicts;
};

} // namespace rw
