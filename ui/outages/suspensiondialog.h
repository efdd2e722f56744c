#pragma once

#include "outages/companysuspensionstate.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace rw {

class InlineMessage;
class OutageClient;

/**
 * \brief Suspends or restores a company's upload access (seed 000 Art. 13) — the platform's security
 * administrator's action (Permission::SuspendCompanyAccess): the current state and its history, a required
 * reason, and the platform's refusals shown verbatim.
 *
 * The dialog owns \a client (give it one of its own) and loads the state when constructed.
 */
class SuspensionDialog : public QDialog
{
    Q_OBJECT

public:
    SuspensionDialog(OutageClient *client, const QString &companyId, const QString &companyName,
                     QWidget *parent = nullptr);

    const CompanySuspensionState &state() const { return m_state; }
    bool hasState() const { return m_loaded; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QPushButton *applyButton() const { return m_apply; }
    QLabel *stateLabel() const { return m_stateLabel; }
    QTableWidget *history() const { return m_history; }
    QString errorText() const;

public Q_SLOTS:
    /** Suspends (or restores, if suspended) with the reason typed; refused at once without one. */
    void apply();
    void reload();

Q_SIGNALS:
    void changed(const rw::CompanySuspensionState &state);

private:
    void showState(const CompanySuspensionState &state);
    void updateActions();

    OutageClient *m_client;
    QString m_companyId;
    CompanySuspensionState m_state;
    bool m_loaded = false;
    bool m_busy = false;
    QLabel *m_stateLabel;
    QTableWidget *m_history;
    QPlainTextEdit *m_reason;
    InlineMessage *m_error;
    QPushButton *m_apply;
};

} // namespace rw
