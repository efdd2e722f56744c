#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace rw {

class IntakeSummaryModel;

/**
 * \brief The intake page: what each platform company has uploaded, how much was rejected, and
 * how long ago its last record arrived.
 */
class IntakePage : public QWidget
{
    Q_OBJECT

public:
    explicit IntakePage(IntakeSummaryModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }

private:
    void updateSummary();

    IntakeSummaryModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_summary;
    QLineEdit *m_filter;
};

} // namespace rw
