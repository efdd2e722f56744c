#include "qualityreviewstate.h"

using namespace Qt::StringLiterals;

namespace rw {

QString QualityReviewState::statusKey(Status status)
{
    switch (status) {
    case Status::Draft:
        return u"draft"_s;
    case Status::Reviewed:
        return u"reviewed"_s;
    case Status::Published:
        return u"published"_s;
    }
    return {};
}

std::optional<QualityReviewState::Status> QualityReviewState::statusFromKey(const QString &key)
{
    for (Status s : {Status::Draft, Status::Reviewed, Status::Published}) {
        if (key == statusKey(s))
            return s;
    }
    return std::nullopt;
}

QString QualityReviewState::statusTitle(Status status)
{
    switch (status) {
    case Status::Draft:
        return tr("Draft");
    case Status::Reviewed:
        return tr("Reviewed");
    case Status::Published:
        return tr("Published");
    }
    return {};
}

QualityReviewState QualityReviewState::read(QualityJsonReader &reader)
{
    QualityReviewState r;
    const QString status = reader.requiredString(u"status"_s);
    if (reader.ok()) {
        if (const auto s = statusFromKey(status))
            r.status = *s;
        else
            reader.fail(u"status"_s, tr("\"%1\" is not draft, reviewed or published").arg(status));
    }
    r.comment = reader.string(u"comment"_s);
    r.reviewedBy = reader.string(u"reviewedBy"_s);
    const qint64 reviewedAt = reader.integer(u"reviewedAt"_s);
    r.reviewedAt = reviewedAt > 0 ? QDateTime::fromMSecsSinceEpoch(reviewedAt, Qt::UTC) : QDateTime();
    r.publishedBy = reader.string(u"publishedBy"_s);
    const qint64 publishedAt = reader.integer(u"publishedAt"_s);
    r.publishedAt = publishedAt > 0 ? QDateTime::fromMSecsSinceEpoch(publishedAt, Qt::UTC) : QDateTime();
    return r;
}

std::optional<QualityReviewState> QualityReviewState::fromJson(const QJsonObject &json, const QString &path,
                                                               QString *error)
{
    QualityJsonReader reader(json, path);
    const QualityReviewState state = read(reader);
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    return state;
}

} // namespace rw
