#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace rw {

/**
 * \brief "Working…" row of the session dialogs: an indeterminate progress bar and a sentence.
 * Hidden unless started.
 */
class BusyIndicator : public QWidget
{
    Q_OBJECT

public:
    explicit BusyIndicator(const QString &text, QWidget *parent = nullptr);

    QString text() const;

public slots:
    void setBusy(bool busy);

private:
    QProgressBar *m_bar;
    QLabel *m_text;
};

} // namespace rw
