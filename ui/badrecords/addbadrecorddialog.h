#pragma once

#include "badrecords/badrecord.h"

#include <QDate>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace rw {

class BusyIndicator;
class InlineMessage;

/**
 * \brief The city officer's form for a new entry on the bad-record list (seed 002 Art. 34): a vehicle by
 * its plate or a driver by the licence number companies upload (LicenseId), the reason (required) and,
 * optionally, the last day it stays on the list.
 *
 * "Add to the list" stays disabled until the form is complete; a wrong value is explained inline, naming
 * the field. The dialog stays open while the platform stores the entry (addRequested → setBusy → close
 * or showError), so that a refusal is shown next to what was typed.
 */
class AddBadRecordDialog : public QDialog
{
    Q_OBJECT

public:
    /** \a today: the day (China Standard Time) before which "until" cannot lie. */
    explicit AddBadRecordDialog(const QDate &today, QWidget *parent = nullptr);

    BadRecord::Subject subject() const;
    QString key() const;
    QString reason() const;
    /** Invalid when the entry has no end. */
    QDate until() const;

    /** What is wrong with the form now (translated, naming the field); empty when it can be sent. */
    QString problem() const;
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void setBusy(bool busy);
    /** The platform's refusal, e.g. an entry that exists already. */
    void showError(const QString &message);

Q_SIGNALS:
    void addRequested(rw::BadRecord::Subject subject, const QString &key, const QString &reason,
                      const QDate &until);

protected:
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void update();
    void submit();

    QDate m_today;
    QComboBox *m_subject;
    QLabel *m_keyLabel;
    QLineEdit *m_key;
    QPlainTextEdit *m_reason;
    QCheckBox *m_hasUntil;
    QDateEdit *m_until;
    InlineMessage *m_problem;
    InlineMessage *m_error;
    BusyIndicator *m_busyIndicator;
    QPushButton *m_add;
    QPushButton *m_cancel;
    bool m_busy = false;
};

} // namespace rw
