#pragma once

#include "badrecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace rw {

/**
 * \brief The record of one vehicle or one driver as GET /api/v1/conduct answers it
 * (docs/lookup-contracts.md; seed 002 Art. 33–34): its entries on the bad-record lists, and the passenger
 * complaints and penalties the companies uploaded, newest first, at most 50 each.
 *
 * Licences and names are as the platform sent them: masked unless the request revealed them.
 */
struct ConductRecord
{
    Q_DECLARE_TR_FUNCTIONS(rw::ConductRecord)

public:
    struct Complaint
    {
        QDateTime time; //!< UTC; invalid if the platform did not know it
        QString companyId;
        QString orderId;
        QString detail;
        QString result;
        friend bool operator==(const Complaint &, const Complaint &) = default;
    };

    struct Penalty
    {
        QDateTime time; //!< UTC
        QString companyId;
        QString licence;
        QString reason;
        QString result;
        friend bool operator==(const Penalty &, const Penalty &) = default;
    };

    BadRecord::Subject subject = BadRecord::Subject::Vehicle;
    QString plate;       //!< vehicle
    QString certificate; //!< driver: the certificate asked for
    QString licence;     //!< driver
    QString name;        //!< driver
    QDateTime asOf;      //!< UTC
    QList<BadRecord> badRecords;
    QList<Complaint> complaints;
    QList<Penalty> penalties;
    bool complaintsTruncated = false;
    bool penaltiesTruncated = false;
    bool revealed = false;

    /** Whether an entry of badRecords is active. */
    bool isListed() const;
    /** The entries of badRecords that are active (as the platform judged them on its day). */
    QList<BadRecord> activeBadRecords() const;
    /** The plate or the certificate: what the record is about. */
    QString key() const { return subject == BadRecord::Subject::Vehicle ? plate : certificate; }

    /** Reads the 200 answer; nothing, with \a error naming the field and value, if it is not one. */
    static std::optional<ConductRecord> fromJson(const QJsonObject &json, QString *error = nullptr);
};

} // namespace rw

Q_DECLARE_METATYPE(rw::ConductRecord)
