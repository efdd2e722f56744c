#include "qualityreview.h"

using namespace Qt::StringLiterals;

namespace rw {

QString QualityReview::statusKey(Status status)
{
    switch (status) {
    case Status::Draft:
        return u"draft"_s;
    case Status::Reviewed:
        return u"reviewed"_s;
    case Status::Published:
        return u"published"_s;
    }
    return u"draft"_s;
}

std::optional<QualityReview::Status> QualityReview::statusFromKey(QStringView key)
{
    for (Status status : {Status::Draft, Status::Reviewed, Status::Published}) {
        if (statusKey(status) == key)
            return status;
    }
    return std::nullopt;
}

QJsonObject QualityReview::toJson() const
{
    return {{u"status"_s, statusKey(status)}, {u"comment"_s, comment},
            {u"reviewedBy"_s, reviewedBy},    {u"reviewedAt"_s, reviewedMs},
            {u"publishedBy"_s, publishedBy},  {u"publishedAt"_s, publishedMs}};
}

} // namespace rw
