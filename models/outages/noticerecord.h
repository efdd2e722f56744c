#pragma once

#include "domain/notice.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QStringList>

#include <optional>

namespace rw {

/**
 * \brief A company's notice as the console receives it (docs/outage-contracts.md, "Notice object"): a planned
 * stop (seed 000 Art. 11), an incident, its restoration or the written report (Art. 12). Times are Unix ms
 * UTC; 0 where the contract has null.
 */
struct NoticeRecord
{
    Q_DECLARE_TR_FUNCTIONS(rw::NoticeRecord)

public:
    qint64 id = 0;
    QString companyId;
    NoticeKind kind = NoticeKind::Incident;
    qint64 receivedAtMs = 0;
    qint64 startsAtMs = 0; //!< 0: not given
    qint64 endsAtMs = 0;   //!< 0: not given
    QStringList streams;   //!< empty: every stream
    QString reason;
    QString contact;
    QString reference;
    std::optional<bool> announcedInTime; //!< planned stops only: received ≥ 72 h before the start (Art. 11)

    /**
     * Reads a notice object at \a path ("outages[2].assessment.planned"); nothing, and \a error naming the
     * JSON path, when it does not follow the contract.
     */
    static std::optional<NoticeRecord> fromJson(const QJsonObject &object, const QString &path,
                                                QString *error = nullptr);
    /** {"notices": [Notice…]} (GET /api/v1/notices). */
    static std::optional<QList<NoticeRecord>> listFromJson(const QJsonObject &reply,
                                                           QString *error = nullptr);

    /** Translated kind: "Planned stop (Art. 11)", "Incident (Art. 12)", … */
    static QString kindTitle(NoticeKind kind);
};

} // namespace rw

Q_DECLARE_METATYPE(rw::NoticeRecord)
