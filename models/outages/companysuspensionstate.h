#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMetaType>

#include <optional>

namespace rw {

/**
 * \brief A company's upload access as the platform's security administrator sets it (seed 000 Art. 13;
 * GET/PUT /api/v1/companies/<id>/suspension, docs/outage-contracts.md): the current state and its history.
 * Times are Unix ms UTC; 0 where the contract has null.
 */
struct CompanySuspensionState
{
    Q_DECLARE_TR_FUNCTIONS(rw::CompanySuspensionState)

public:
    struct Period
    {
        qint64 suspendedAtMs = 0;
        QString suspendedBy;
        QString reason;
        qint64 restoredAtMs = 0; //!< 0: still suspended
        QString restoredBy;
        QString restoreReason;
    };

    QString companyId;
    QString name;
    bool suspended = false;
    QString reason;
    qint64 sinceMs = 0;
    QString by;
    QList<Period> history;

    static std::optional<CompanySuspensionState> fromJson(const QJsonObject &reply, QString *error = nullptr);
};

} // namespace rw

Q_DECLARE_METATYPE(rw::CompanySuspensionState)
