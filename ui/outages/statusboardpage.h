#pragma once

#include "client/outageclient.h"

#include <QDateTime>
#include <QSet>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace rw {

class InlineMessage;
class StatusBoardModel;
class SuspensionDialog;

/**
 * \brief The 7×24 status board (seed 000 Art. 21): every company in scope and its streams, refreshed every
 * 10 s while the page is visible, with the data's age; rows with an open outage highlighted. When the board
 * shows an outage that was not open on the previous board, outageOpened() fires once for it: the main window
 * shows it as a notification.
 *
 * For the security administrator (Permission::SuspendCompanyAccess; seed 000 Art. 13) it also suspends and
 * restores the selected company's upload access (SuspensionDialog); the platform lists every company for
 * them.
 *
 * The board keeps polling while hidden only if setWatchWhileHidden(true) (the main window does, so the
 * notification comes whatever page is open).
 */
class StatusBoardPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int RefreshIntervalMs = 10'000;

    StatusBoardPage(OutageClient *client, bool canSuspend, QWidget *parent = nullptr);
    ~StatusBoardPage() override;

    /** "Now" for the data's age (tests: the platform's ManualClock). */
    void setClock(std::function<QDateTime()> clock);
    /** Keeps polling while the page is hidden (for the notification). */
    void setWatchWhileHidden(bool watch);
    bool isPolling() const;
    QTimer *refreshTimer() const { return m_timer; }

    StatusBoardModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *ageLabel() const { return m_age; }
    QPushButton *suspendButton() const { return m_suspend; }
    bool canSuspend() const { return m_canSuspend; }
    QString errorText() const;
    /** The company of the selected row, or empty. */
    QString selectedCompany() const;
    void selectCompany(const QString &companyId);
    /** Opens the suspension dialog for the selected company (security administrator only). */
    SuspensionDialog *openSuspensionDialog();

public Q_SLOTS:
    void refresh();
    /** Starts/stops polling as a session starts, locks or ends. */
    void start();
    void stop();
    void clear();

Q_SIGNALS:
    /** A new open outage on the board (once per outage id). */
    void outageOpened(const QString &companyId, const QString &companyName, rw::OutageStream stream,
                      qint64 outageId);
    void boardUpdated();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void onBoard(const StatusBoard &board);
    void updateAge();
    void updatePolling();
    void updateActions();

    OutageClient *m_client;
    bool m_canSuspend;
    bool m_running = true; //!< false while the session is locked or ended
    bool m_watchHidden = false;
    std::function<QDateTime()> m_now;
    QTimer *m_timer;
    QTimer *m_ageTimer;
    QLabel *m_age;
    QLabel *m_summary;
    InlineMessage *m_error;
    StatusBoardModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QPushButton *m_refresh;
    QPushButton *m_suspend;
    QDateTime m_receivedAt; //!< when the last board arrived (m_now)
    qint64 m_boardAtMs = 0;
    bool m_haveBaseline = false;
    QSet<qint64> m_seenOutages; //!< open outages already announced (or open at the first board)
};

} // namespace rw
