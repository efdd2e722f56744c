#pragma once

#include "vehiclefilter.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace rw {

/**
 * \brief The bar above the fleet map: filters by company, BizStatus (the check boxes double as the colour
 * legend) and problem (stale, alarm, approximate position), a plate search box, and the count shown.
 *
 * Emits filterChanged() whenever the user changes a filter, and plateSearched() when a plate is entered
 * (Return or the Find button); FleetPage flies to it and reports back with setSearchResult().
 */
class FleetFilter : public QWidget
{
    Q_OBJECT

public:
    explicit FleetFilter(QWidget *parent = nullptr);

    /** The CompanyIds to offer; keeps the current choice when it is still there. */
    void setCompanies(const QStringList &companies);
    QStringList companies() const { return m_companyList; }

    VehicleFilter filter() const;
    void setFilter(const VehicleFilter &filter);

    /** "1,234 of 5,000 vehicles shown". */
    void setShownCount(int shown, int total);
    /** A line under the search box ("No vehicle with a plate like …"); empty hides it. */
    void setSearchResult(const QString &text);

    QLineEdit *plateEdit() const { return m_plate; }
    QComboBox *companyBox() const { return m_company; }
    QComboBox *problemBox() const { return m_problem; }
    QCheckBox *statusBox(BizStatus status) const { return m_status.value(int(status)); }
    QLabel *countLabel() const { return m_count; }
    QLabel *searchResultLabel() const { return m_result; }

signals:
    void filterChanged(const rw::VehicleFilter &filter);
    void plateSearched(const QString &plate);

private:
    void emitChanged();

    QComboBox *m_company;
    QHash<int, QCheckBox *> m_status;
    QComboBox *m_problem;
    QLineEdit *m_plate;
    QLabel *m_count;
    QLabel *m_result;
    QStringList m_companyList;
    bool m_updating = false;
};

} // namespace rw
