#include "qualityreviewpanel.h"

#include "quality/qualityreport.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rw {

QualityReviewPanel::QualityReviewPanel(bool canPublish, QWidget *parent)
    : QWidget(parent)
    , m_canPublish(canPublish)
    , m_status(new QLabel(this))
    , m_comment(new QLineEdit(this))
    , m_review(new QPushButton(tr("Mark reviewed"), this))
    , m_publish(new QPushButton(tr("Publish"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_status->setObjectName(QStringLiteral("reviewStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    auto *row = new QHBoxLayout;
    m_comment->setObjectName(QStringLiteral("reviewComment"));
    m_comment->setPlaceholderText(tr("Comment (recorded in the audit trail)"));
    m_review->setObjectName(QStringLiteral("markReviewed"));
    m_publish->setObjectName(QStringLiteral("publish"));
    row->addWidget(m_comment, 1);
    row->addWidget(m_review);
    row->addWidget(m_publish);
    layout->addLayout(row);
    // Only the provincial supervisor reviews and publishes; others see where it stands.
    m_comment->setVisible(m_canPublish);
    m_review->setVisible(m_canPublish);
    m_publish->setVisible(m_canPublish);
    connect(m_comment, &QLineEdit::textChanged, this, &QualityReviewPanel::updateButtons);
    connect(m_review, &QPushButton::clicked, this, [this] {
        Q_EMIT reviewRequested(QualityReviewState::Status::Reviewed, m_comment->text().trimmed());
    });
    connect(m_publish, &QPushButton::clicked, this, [this] {
        Q_EMIT reviewRequested(QualityReviewState::Status::Published, m_comment->text().trimmed());
    });
    clear();
}

void QualityReviewPanel::clear()
{
    m_loaded = false;
    m_state = {};
    m_status->setText(tr("Review: no period loaded"));
    m_comment->clear();
    updateButtons();
}

void QualityReviewPanel::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void QualityReviewPanel::setState(const QualityReviewState &state)
{
    const bool changed = !m_loaded || !(state == m_state);
    m_loaded = true;
    m_state = state;
    QString text = tr("Review: %1").arg(QualityReviewState::statusTitle(state.status));
    if (!state.reviewedBy.isEmpty())
        text += tr(" · reviewed by %1 on %2").arg(state.reviewedBy, QualityReport::moment(state.reviewedAt));
    if (state.status == QualityReviewState::Status::Published)
        text +=
            tr(" · published by %1 on %2").arg(state.publishedBy, QualityReport::moment(state.publishedAt));
    if (!state.comment.isEmpty())
        text += QLatin1Char('\n') + tr("Comment: %1").arg(state.comment);
    m_status->setText(text);
    if (changed)
        m_comment->clear();
    updateButtons();
}

void QualityReviewPanel::updateButtons()
{
    const bool ready = m_canPublish && m_loaded && !m_busy;
    const QString comment = m_comment->text().trimmed();
    const bool published = m_state.status == QualityReviewState::Status::Published;
    // A published period goes back to review only with a new comment.
    m_review->setEnabled(ready && (!published || (!comment.isEmpty() && comment != m_state.comment)));
    m_review->setToolTip(published ? tr("Reviewing a published period again needs a new comment")
                                   : QString());
    // Publishing needs a review first (409 not_reviewed otherwise).
    m_publish->setEnabled(ready && m_state.status == QualityReviewState::Status::Reviewed);
    m_publish->setToolTip(m_state.status == QualityReviewState::Status::Draft
                              ? tr("Mark the period reviewed before publishing it")
                              : QString());
    m_comment->setEnabled(ready);
}

} // namespace rw
