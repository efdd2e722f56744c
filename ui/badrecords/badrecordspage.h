#pragma once

#include "badrecords/badrecord.h"
#include "security/role.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace rw {

class AddBadRecordDialog;
class BadRecordClient;
class BadRecordListModel;
class JobProgress;
class InlineMessage;
class RemoveBadRecordDialog;

/**
 * \brief The city's bad-record list (不良记录名单, seed 002 Art. 34) for the business roles.
 *
 * Everyone with operational data (city, provincial and enforcement officers) sees the list of their
 * region, the active entries or all of them with their history (ran out, removed by whom and why). The
 * city officer (Permission::ManageCityPermits) adds entries — a vehicle by its plate, a driver by the
 * licence number companies upload, a required reason and an optional last day — and removes them with a
 * required reason; the platform checks and audits both anyway. Dialogs are window-modal and non-blocking
 * (open()); a refusal is shown in the dialog that asked, every other error in the page.
 *
 * The page talks to the platform only through BadRecordClient and shows the entries through the injected
 * BadRecordListModel; it loads them when first shown. "Today" (for the until date) is the platform's day
 * of the last list, China Standard Time.
 */
class BadRecordsPage : public QWidget
{
    Q_OBJECT

public:
    BadRecordsPage(BadRecordClient *client, BadRecordListModel *model, Role viewer,
                   QWidget *parent = nullptr);
    ~BadRecordsPage() override;

    QTableView *view() const { return m_view; }
    bool canManage() const { return m_canManage; }
    bool isBusy() const { return m_inFlight > 0; }
    bool showsActiveOnly() const;
    void setShowActiveOnly(bool activeOnly);
    /** The last success message; empty after an error. */
    QString statusText() const;
    QString errorText() const;
    /** The day "until" cannot lie before: the platform's, from the last list; else the local clock's. */
    QDate today() const;

    AddBadRecordDialog *addDialog() const;
    RemoveBadRecordDialog *removeDialog() const;

public Q_SLOTS:
    /** Loads the list again. */
    void refresh();
    /** Drops the list request on its way (Cancel, Esc): the list shown stays, its answer is ignored. */
    void cancelRefresh();
    /** Opens the form for a new entry (city officers only). */
    void openAddDialog();
    /** Asks for the reason to remove the selected entry (city officers only). */
    void openRemoveDialog();

protected:
    void showEvent(QShowEvent *event) override;

private:
    const BadRecord *selectedRecord() const;
    void selectRecord(qint64 id);
    void updateActions();
    void updateSummary();
    void start();
    void finish();
    void showStatus(const QString &text);
    void showError(const QString &text);

    BadRecordClient *m_client;
    BadRecordListModel *m_model;
    bool m_canManage;
    bool m_loaded = false;
    bool m_listing = false; //!< a list request of the page's is on its way
    int m_inFlight = 0;
    QDate m_platformToday;

    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QComboBox *m_show;
    QLineEdit *m_filter;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_refresh;
    QLabel *m_summary;
    QLabel *m_status;
    InlineMessage *m_error;
    JobProgress *m_busy; //!< Cancel (Esc) only for the list: adding and removing are not undone
    QPointer<AddBadRecordDialog> m_addDialog;
    QPointer<RemoveBadRecordDialog> m_removeDialog;
};

} // namespace rw
