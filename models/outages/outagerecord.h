#pragma once

#include "noticerecord.h"
#include "outageassessment.h"
#include "outagestream.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QStringList>

#include <optional>

namespace rw {

/**
 * \brief One detected outage as the console receives it (docs/outage-contracts.md, "Outage object"): the gap,
 * its back-fill and how it stands against the company's notices (seed 000 Art. 11–12, DESIGN §7).
 * Times are Unix ms UTC; endedAtMs is 0 while the outage is open.
 */
struct OutageRecord
{
    Q_DECLARE_TR_FUNCTIONS(rw::OutageRecord)

public:
    qint64 id = 0;
    QString companyId;
    QString companyName;
    OutageStream stream = OutageStream::Position;
    qint64 startedAtMs = 0;
    qint64 detectedAtMs = 0;
    qint64 endedAtMs = 0; //!< 0: still open
    qint64 durationMs = 0;
    double ratePerMinute = 0;
    qint64 expectedRecords = 0;
    qint64 backfilledRecords = 0;
    std::optional<double> backfillRate; //!< 0..1; nothing when nothing was expected
    OutageAssessment::Flags flags;
    qint64 noticeLeadMs = 0;
    qint64 incidentDelayMs = 0;
    std::optional<NoticeRecord> planned;
    std::optional<NoticeRecord> incident;
    std::optional<NoticeRecord> restoration;
    std::optional<NoticeRecord> report;
    QList<NoticeRecord> notices; //!< the trail (GET /api/v1/outages/<id> only)

    bool isOpen() const { return endedAtMs == 0; }
    QString displayCompany() const { return companyName.isEmpty() ? companyId : companyName; }
    /** End of the window for drawing: the end, or while open the platform's "now" (start + duration). */
    qint64 shownEndMs() const { return isOpen() ? startedAtMs + durationMs : endedAtMs; }

    /** Reads an outage object at \a path; nothing and \a error naming the JSON path when malformed. */
    static std::optional<OutageRecord> fromJson(const QJsonObject &object, const QString &path,
                                                QString *error = nullptr);
    /** {"outages": [Outage…]} (GET /api/v1/outages). */
    static std::optional<QList<OutageRecord>> listFromJson(const QJsonObject &reply,
                                                           QString *error = nullptr);
    /** The outage with its "notices" trail (GET /api/v1/outages/<id>). */
    static std::optional<OutageRecord> detailFromJson(const QJsonObject &reply, QString *error = nullptr);

    /** The contract's key of a flag ("lateNotice"), and back. */
    static QString flagKey(OutageAssessment::Flag flag);
    static std::optional<OutageAssessment::Flag> flagFromKey(const QString &key);
    /** A flag as people read it, with the article: "Late notice (under 72 h, Art. 11)". */
    static QString flagText(OutageAssessment::Flag flag);
    /** Every flag set, in the contract's order. */
    static QList<OutageAssessment::Flag> flagList(OutageAssessment::Flags flags);
    /** The flags' texts joined with "; "; "None" without any. */
    QString flagsText() const;
    /** Which notice covers the outage: "Planned stop, announced in time", "Incident notice", "No notice". */
    QString noticeStatus() const;
    /** Translated length, e.g. "1 h 5 min". */
    static QString durationText(qint64 ms);
};

} // namespace rw

Q_DECLARE_METATYPE(rw::OutageRecord)
