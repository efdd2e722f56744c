#pragma once

#include "domain/notice.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace rw {

/**
 * \brief Reads a notice upload (POST /notices). The spec defines no such message, so the format is ours:
 *
 * {"CompanyId":"…","Kind":"planned_stop|incident|restoration|written_report",
 *  "StartTime":YYYYMMDDhhmmss,"EndTime":YYYYMMDDhhmmss,"Streams":["position",…],
 *  "Reason":"…","Contact":"…","Reference":<notice id>}
 *
 * Field names follow the spec's style; times are China Standard Time like the spec's.
 */
class NoticeParser
{
    Q_DECLARE_TR_FUNCTIONS(rw::NoticeParser)

public:
    /** Parses \a body sent by \a companyId; returns nothing and sets \a error naming the problem. */
    static std::optional<Notice> parse(const QByteArray &body, const QString &companyId, QString *error);

    /** The notice's "Reference" (an id, sent as number or text); empty when absent. */
    static QString referenceOf(const QJsonObject &notice);
};

} // namespace rw
