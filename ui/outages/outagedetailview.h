#pragma once

#include "outages/outagerecord.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QTableWidget;

namespace rw {

/**
 * \brief One outage in detail (seed 000 Art. 11–12): the gap (company, stream, window in CST, length, when
 * it was detected), the back-fill as a progress bar (records re-sent of those expected), the flags with their
 * articles, and the notice trail (every notice of the company around it; the matched ones marked).
 */
class OutageDetailView : public QWidget
{
    Q_OBJECT

public:
    explicit OutageDetailView(QWidget *parent = nullptr);

    void setOutage(const OutageRecord &outage);
    void showMessage(const QString &text);
    void clear();

    bool hasOutage() const { return m_outage.id > 0; }
    const OutageRecord &outage() const { return m_outage; }
    QProgressBar *backfillBar() const { return m_backfill; }
    QLabel *flagsLabel() const { return m_flags; }
    QTableWidget *trail() const { return m_trail; }

private:
    OutageRecord m_outage;
    QLabel *m_heading;
    QLabel *m_window;
    QLabel *m_notice;
    QProgressBar *m_backfill;
    QLabel *m_backfillText;
    QLabel *m_flags;
    QTableWidget *m_trail;
};

} // namespace rw
