#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace rw {

/** What a company tells the platform about its data link (seed 000 Art. 11–12). */
enum class NoticeKind {
    PlannedStop,   //!< Art. 11: a planned stop, announced at least 72 h ahead
    Incident,      //!< Art. 12: an unplanned failure, notified at once
    Restoration,   //!< Art. 12: the link is restored (missed data to be re-sent)
    WrittenReport, //!< Art. 12: the written report on an incident
};

QString noticeKindName(NoticeKind kind);
bool parseNoticeKind(const QString &name, NoticeKind *kind);

/** One notice as received by the platform. Times are Unix seconds (UTC). */
struct Notice
{
    qint64 id = 0;
    QString companyId;
    NoticeKind kind = NoticeKind::Incident;
    qint64 receivedMs = 0;
    qint64 startsAt = 0; //!< start of the (planned or actual) interruption; 0 = not given
    qint64 endsAt = 0;   //!< planned or actual end; 0 = open
    QStringList streams; //!< affected streams: baseInfo, order, operate, position, rated, share
    QString reason;
    QString contact;   //!< responsible person and phone
    QString reference; //!< for restoration/report: id of the incident it refers to, if any
    QByteArray body;   //!< the notice exactly as sent
};

} // namespace rw
