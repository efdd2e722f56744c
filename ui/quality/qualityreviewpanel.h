#pragma once

#include "quality/qualityreviewstate.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace rw {

/**
 * \brief Where the period's evaluation stands (seed 000 Art. 18: the results are published): draft,
 * reviewed or published, by whom and when, with the comment. The provincial supervisor
 * (publishQualityReports) also gets a comment box and "Mark reviewed" / "Publish": publishing needs a review
 * first, and reviewing a published period again needs a new comment (docs/quality-contracts.md); the
 * buttons follow those rules, and the platform checks them again.
 */
class QualityReviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit QualityReviewPanel(bool canPublish, QWidget *parent = nullptr);

    void setState(const QualityReviewState &state);
    /** No period loaded: nothing to review. */
    void clear();
    void setBusy(bool busy);
    bool canPublish() const { return m_canPublish; }
    const QualityReviewState &state() const { return m_state; }

    QLabel *statusLabel() const { return m_status; }
    QLineEdit *commentEdit() const { return m_comment; }
    QPushButton *reviewButton() const { return m_review; }
    QPushButton *publishButton() const { return m_publish; }

Q_SIGNALS:
    void reviewRequested(rw::QualityReviewState::Status status, const QString &comment);

private:
    void updateButtons();

    bool m_canPublish;
    bool m_loaded = false;
    bool m_busy = false;
    QualityReviewState m_state;
    QLabel *m_status;
    QLineEdit *m_comment;
    QPushButton *m_review;
    QPushButton *m_publish;
};

} // namespace rw
