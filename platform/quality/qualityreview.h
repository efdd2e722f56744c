#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace rw {

/**
 * \brief The review and publication state of one region's quality results for one period (seed 000
 * Art. 18: 测评结果由行业平台定期公布), a row of quality_review (0008_quality_review.sql).
 *
 * Draft: nobody reviewed the period yet (no row). Reviewed: the provincial supervisor checked the numbers
 * and commented. Published: made public after the review.
 */
struct QualityReview
{
    enum class Status { Draft, Reviewed, Published };

    QString regionCode;
    QString period; //!< "yyyy-mm" or "yyyy" (QualityPeriod::key())
    QString modelVersion;
    Status status = Status::Draft;
    QString comment;
    QString reviewedBy;
    qint64 reviewedMs = 0; //!< Unix ms; 0 = never
    QString publishedBy;
    qint64 publishedMs = 0; //!< Unix ms; 0 = never

    /** "draft", "reviewed", "published". */
    static QString statusKey(Status status);
    static std::optional<Status> statusFromKey(QStringView key);

    /**
     * The contract's review object (docs/quality-contracts.md): {"status", "comment", "reviewedBy",
     * "reviewedAt", "publishedBy", "publishedAt"}, times in Unix ms (0 = never).
     */
    QJsonObject toJson() const;
};

} // namespace rw
