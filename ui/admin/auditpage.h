#pragma once

#include "security/auditquery.h"
#include "security/role.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace rw {

class AdminClient;
class AuditLogModel;
class InlineMessage;
class JobProgress;
struct AuditChainReport;

/**
 * \brief The audit administrator's view of the audit log (DESIGN §8; GB/T 22239-2019 §8.1.4.3,
 * §8.1.5.3): search and filter it, export it, verify its chain.
 *
 * The filter bar (from/to, user, action — exact or a prefix with "*" — outcome, text in the target or the
 * address) sets the query of the injected AuditLogModel; the table loads older entries as it is scrolled
 * down. Export…
 * asks for a file (a window-modal QFileDialog, no nested event loop) and writes exactly what the table's
 * query matches, with progress and a Cancel button, while the page stays usable. Verify asks the
 * platform to check the HMAC chain and says clearly whether it is intact or where it first breaks.
 * Export and Verify appear only to a role holding ExportAuditLog and VerifyAuditLog.
 */
class AuditPage : public QWidget
{
    Q_OBJECT

public:
    AuditPage(AdminClient *client, AuditLogModel *model, Role viewer, QWidget *parent = nullptr);
    ~AuditPage() override;

    QTableView *view() const { return m_view; }
    /** The query the filter bar describes now (applied by search()). */
    AuditQuery filterQuery() const;
    QString summaryText() const;
    QString verifyText() const;
    QString statusText() const;
    QString errorText() const;
    bool isExporting() const;

public Q_SLOTS:
    /** Shows what the filter bar describes, from the newest entry. */
    void search();
    /** Clears every filter and searches. */
    void resetFilter();
    /** Asks for a file, then exports what the table's query matches. */
    void exportLog();
    /** Exports to \a filePath without asking (the file dialog's answer). */
    void exportTo(const QString &filePath);
    void cancelExport();
    void verify();
    /** Stops waiting for the verification (Cancel, Esc): its answer is not shown. */
    void cancelVerify();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateSummary();
    void showVerification(const AuditChainReport &report);
    void setExporting(bool exporting);
    void showStatus(const QString &text);

    AdminClient *m_client;
    AuditLogModel *m_model;
    bool m_searched = false;
    bool m_sized = false;
    QTableView *m_view;
    QCheckBox *m_fromEnabled;
    QDateTimeEdit *m_from;
    QCheckBox *m_toEnabled;
    QDateTimeEdit *m_to;
    QLineEdit *m_actor;
    QLineEdit *m_action;
    QComboBox *m_outcome;
    QLineEdit *m_text;
    QPushButton *m_search;
    QPushButton *m_reset;
    QPushButton *m_export;
    QPushButton *m_verify;
    QLabel *m_summary;
    QLabel *m_verifyResult;
    JobProgress *m_exportRow; //!< bytes written, Cancel (Esc)
    JobProgress *m_verifyRow; //!< busy, Cancel (Esc)
    QLabel *m_status;
    InlineMessage *m_error;
};

} // namespace rw
