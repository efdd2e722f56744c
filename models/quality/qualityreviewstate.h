#pragma once

#include "qualityjsonreader.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace rw {

/**
 * \brief Where a region's evaluation of one period stands (seed 000 Art. 18: results are published):
 * a draft, reviewed by the provincial supervisor, or published; with the comment, who and when
 * (docs/quality-contracts.md, the "review" object).
 */
struct QualityReviewState
{
    Q_DECLARE_TR_FUNCTIONS(rw::QualityReviewState)

public:
    enum class Status { Draft, Reviewed, Published };

    Status status = Status::Draft;
    QString comment;
    QString reviewedBy;
    QDateTime reviewedAt; //!< UTC; invalid when never
    QString publishedBy;
    QDateTime publishedAt; //!< UTC; invalid when never

    /** "draft", "reviewed", "published". */
    static QString statusKey(Status status);
    static std::optional<Status> statusFromKey(const QString &key);
    /** Translated: "Draft", "Reviewed", "Published". */
    static QString statusTitle(Status status);

    /** Reads the object at \a path; nothing with \a error naming the path when it is not one. */
    static std::optional<QualityReviewState> fromJson(const QJsonObject &json, const QString &path,
                                                      QString *error = nullptr);
    /** Reads it from \a reader's object (for nested use). */
    static QualityReviewState read(QualityJsonReader &reader);

    friend bool operator==(const QualityReviewState &, const QualityReviewState &) = default;
};

} // namespace rw
