#include "notice.h"

namespace rw {

QString noticeKindName(NoticeKind kind)
{
    switch (kind) {
    case NoticeKind::PlannedStop:
        return QStringLiteral("planned_stop");
    case NoticeKind::Incident:
        return QStringLiteral("incident");
    case NoticeKind::Restoration:
        return QStringLiteral("restoration");
    case NoticeKind::WrittenReport:
        return QStringLiteral("written_report");
    }
    return {};
}

bool parseNoticeKind(const QString &name, NoticeKind *kind)
{
    for (NoticeKind k : {NoticeKind::PlannedStop, NoticeKind::Incident, NoticeKind::Restoration,
                         NoticeKind::WrittenReport}) {
        if (noticeKindName(k) == name) {
            *kind = k;
            return true;
        }
    }
    return false;
}

} // namespace rw
