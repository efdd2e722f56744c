#pragma once

#include "quality/qualityreview.h"
#include "storage/databaseerror.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace rw {

class Clock;
class Database;

/**
 * \brief Review and publication of the quality results (seed 000 Art. 18) in table quality_review
 * (0008_quality_review.sql): one row per region and period, the audit trail holds every change.
 *
 * The rules of docs/quality-contracts.md:
 *  - a draft (no row) or reviewed period may be reviewed, with or without a comment;
 *  - only a reviewed period may be published (Failure::NotReviewed), and only once
 *    (Failure::AlreadyPublished);
 *  - a published period may be reviewed again only with a new comment, saying why
 *    (Failure::CommentRequired); it then goes back to reviewed and must be published again.
 *
 * Each change and its audit record (the caller's \a audit hook, e.g. AccountService::audit) are written in
 * one transaction: nothing changes unless the audit record is written (L3-CES1-15), as in BadRecordStore.
 * Uses its connection's thread only (see Database).
 */
class QualityReviewStore
{
    Q_DECLARE_TR_FUNCTIONS(rw::QualityReviewStore)

public:
    enum class Failure {
        None,
        Invalid,          //!< a bad region, period, status or comment (message() names it)
        NotReviewed,      //!< publish before a review
        AlreadyPublished, //!< publish what is published
        CommentRequired,  //!< review a published period again without a new comment
        Audit,            //!< the audit record could not be written: nothing was changed
        Database,         //!< SQLite failed (error())
    };

    static constexpr int MaxCommentLength = 2000;

    /** The schema must be migrated (SchemaMigrator::platform()); \a clock stamps the changes. */
    QualityReviewStore(Database &db, const Clock &clock);

    /** Writes the audit record of a change; false if it could not be written (the change is undone). */
    using AuditHook = std::function<bool(const QualityReview &before, const QualityReview &after)>;

    /**
     * The state of \a regionCode's results for \a period: the stored row, or a draft (status Draft, no
     * one, times 0) when there is none. Nothing on a database error.
     */
    std::optional<QualityReview> find(const QString &regionCode, const QString &period);

    /**
     * Moves \a regionCode's \a period to \a target (Reviewed or Published) by \a by with \a comment, for the
     * results of model \a modelVersion. The review as stored, or nothing (failure(), message()).
     * A publication without a comment keeps the review's comment.
     */
    std::optional<QualityReview> change(const QString &regionCode, const QString &period,
                                        const QString &modelVersion, QualityReview::Status target,
                                        const QString &comment, const QString &by,
                                        const AuditHook &audit = {});

    Failure failure() const { return m_failure; }
    /** Translated, naming the field, rule and value; empty after success. */
    QString message() const { return m_message; }
    DatabaseError error() const { return m_error; }

private:
    void fail(Failure failure, const QString &message);
    void failDatabase(const DatabaseError &error);

    Database &m_db;
    const Clock &m_clock;
    Failure m_failure = Failure::None;
    QString m_message;
    DatabaseError m_error;
};

} // namespace rw
