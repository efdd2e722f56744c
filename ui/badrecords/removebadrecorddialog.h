#pragma once

#include "badrecords/badrecord.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace rw {

class BusyIndicator;
class InlineMessage;

/**
 * \brief Asks the city officer why an entry leaves the bad-record list (seed 002 Art. 34): the reason is
 * required and kept with the entry, which stays in the history with who removed it and when.
 *
 * "Remove" stays disabled until a reason is given. The dialog stays open while the platform removes the
 * entry (removeRequested → setBusy → close or showError).
 */
class RemoveBadRecordDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RemoveBadRecordDialog(const BadRecord &record, QWidget *parent = nullptr);

    qint64 recordId() const { return m_id; }
    QString reason() const;
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void setBusy(bool busy);
    void showError(const QString &message);

Q_SIGNALS:
    void removeRequested(qint64 id, const QString &reason);

private:
    void update();
    void submit();

    qint64 m_id;
    QLineEdit *m_reason;
    InlineMessage *m_error;
    BusyIndicator *m_busyIndicator;
    QPushButton *m_remove;
    bool m_busy = false;
};

} // namespace rw
