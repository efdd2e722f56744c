#include "qualityreviewstore.h"

#include "domain/clock.h"
#include "security/regionscope.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "storage/transaction.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace rw {

QualityReviewStore::QualityReviewStore(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

void QualityReviewStore::fail(Failure failure, const QString &message)
{
    m_failure = failure;
    m_message = message;
}

void QualityReviewStore::failDatabase(const DatabaseError &error)
{
    m_error = error;
    fail(Failure::Database, error.toString());
}

std::optional<QualityReview> QualityReviewStore::find(const QString &regionCode, const QString &period)
{
    m_error = {};
    Statement select = m_db.prepare(u"SELECT model_version, status, comment, reviewed_by, reviewed_ms, "
                                    "published_by, published_ms FROM quality_review "
                                    "WHERE region_code = ?1 AND period = ?2"_s,
                                    tr("read the review of the quality results"), Database::Reuse::Often);
    select.bind(1, regionCode);
    select.bind(2, period);
    QualityReview review;
    review.regionCode = regionCode;
    review.period = period;
    if (select.step()) {
        review.modelVersion = select.columnText(0);
        review.status =
            QualityReview::statusFromKey(select.columnText(1)).value_or(QualityReview::Status::Reviewed);
        review.comment = select.columnText(2);
        review.reviewedBy = select.columnText(3);
        review.reviewedMs = select.columnInt64(4);
        review.publishedBy = select.isNull(5) ? QString() : select.columnText(5);
        review.publishedMs = select.isNull(6) ? 0 : select.columnInt64(6);
    }
    if (select.hasError()) {
        failDatabase(select.error());
        return std::nullopt;
    }
    return review;
}

std::optional<QualityReview> QualityReviewStore::change(const QString &regionCode, const QString &period,
                                                        const QString &modelVersion,
                                                        QualityReview::Status target, const QString &comment,
                                                        const QString &by, const AuditHook &audit)
{
    m_failure = Failure::None;
    m_message.clear();
    m_error = {};
    const QString newComment = comment.trimmed();
    if (!RegionScope::isValidCode(regionCode)) {
        fail(Failure::Invalid, tr("region: \"%1\" is not a six-digit region code").arg(regionCode));
        return std::nullopt;
    }
    // Art. 17: the periods are calendar months and years.
    static const QRegularExpression periodPattern(u"^\\d{4}(-(0[1-9]|1[0-2]))?$"_s);
    if (!periodPattern.match(period).hasMatch()) {
        fail(Failure::Invalid, tr("period: \"%1\" is not a month yyyy-mm or a year yyyy").arg(period));
        return std::nullopt;
    }
    if (target == QualityReview::Status::Draft) {
        fail(Failure::Invalid, tr("status: \"draft\" cannot be set; use \"reviewed\" or \"published\""));
        return std::nullopt;
    }
    if (newComment.size() > MaxCommentLength) {
        fail(Failure::Invalid, tr("comment: %1 characters, at most %2 are allowed")
                                   .arg(newComment.size())
                                   .arg(MaxCommentLength));
        return std::nullopt;
    }
    if (by.isEmpty() || modelVersion.isEmpty()) {
        fail(Failure::Invalid, by.isEmpty() ? tr("reviewedBy: the account that reviews is missing")
                                            : tr("modelVersion: the quality model's version is missing"));
        return std::nullopt;
    }

    std::optional<Transaction> transaction;
    if (!m_db.inTransaction()) {
        transaction.emplace(m_db);
        if (!transaction->isActive()) {
            failDatabase(transaction->error());
            return std::nullopt;
        }
    }
    const std::optional<QualityReview> before = find(regionCode, period);
    if (!before)
        return std::nullopt;
    QualityReview after = *before;
    after.modelVersion = modelVersion;
    const qint64 now = m_clock.nowMs();
    if (target == QualityReview::Status::Reviewed) {
        // A published result is taken back only with a reason that was not given before.
        if (before->status == QualityReview::Status::Published &&
            (newComment.isEmpty() || newComment == before->comment)) {
            fail(
                Failure::CommentRequired,
                tr("comment: %1 of %2 was published by %3; reviewing it again needs a new comment saying why")
                    .arg(period, regionCode, before->publishedBy));
            return std::nullopt;
        }
        after.status = QualityReview::Status::Reviewed;
        after.comment = newComment;
        after.reviewedBy = by;
        after.reviewedMs = now;
        after.publishedBy.clear();
        after.publishedMs = 0;
    } else {
        if (before->status == QualityReview::Status::Draft) {
            fail(Failure::NotReviewed,
                 tr("status: %1 of %2 has not been reviewed; review it before publishing (seed 000 Art. 18)")
                     .arg(period, regionCode));
            return std::nullopt;
        }
        if (before->status == QualityReview::Status::Published) {
            fail(Failure::AlreadyPublished, tr("status: %1 of %2 is published already, by %3")
                                                .arg(period, regionCode, before->publishedBy));
            return std::nullopt;
        }
        after.status = QualityReview::Status::Published;
        if (!newComment.isEmpty())
            after.comment = newComment;
        after.publishedBy = by;
        after.publishedMs = now;
    }

    Statement upsert = m_db.prepare(
        u"INSERT INTO quality_review (region_code, period, model_version, status, comment, reviewed_by, "
        "reviewed_ms, published_by, published_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
        "ON CONFLICT (region_code, period) DO UPDATE SET model_version = excluded.model_version, "
        "status = excluded.status, comment = excluded.comment, reviewed_by = excluded.reviewed_by, "
        "reviewed_ms = excluded.reviewed_ms, published_by = excluded.published_by, "
        "published_ms = excluded.published_ms"_s,
        tr("store the review of the quality results"));
    upsert.bind(1, after.regionCode);
    upsert.bind(2, after.period);
    upsert.bind(3, after.modelVersion);
    upsert.bind(4, QualityReview::statusKey(after.status));
    upsert.bind(5, after.comment);
    upsert.bind(6, after.reviewedBy);
    upsert.bind(7, after.reviewedMs);
    if (after.status == QualityReview::Status::Published) {
        upsert.bind(8, after.publishedBy);
        upsert.bind(9, after.publishedMs);
    } else {
        upsert.bindNull(8);
        upsert.bindNull(9);
    }
    if (!upsert.exec()) {
        failDatabase(upsert.error());
        return std::nullopt;
    }
    if (audit && !audit(*before, after)) {
        if (transaction)
            transaction->rollback();
        fail(Failure::Audit, tr("the audit trail cannot be written, so the review of %1 of %2 was not stored")
                                 .arg(period, regionCode));
        return std::nullopt;
    }
    if (transaction && !transaction->commit()) {
        failDatabase(transaction->error());
        return std::nullopt;
    }
    return after;
}

} // namespace rw
