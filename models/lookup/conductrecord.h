#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace rw {

/**
 * \brief The record of one vehicle or one driver: GET /api/v1/conduct?plate=… or ?driver=<certificate>
 * (docs/lookup-contracts.md) — its entries on the city's bad-record list (seed 002 Art. 33–34), the
 * passenger complaints and the penalties the companies uploaded, newest first.
 *
 * The bad-record entry is read into ConductRecord::BadRecord here, nested so that it cannot clash with the
 * BadRecord type of the bad-record list's own branch (issue 5); switch to it once that is on main.
 */
struct ConductRecord
{
    Q_DECLARE_TR_FUNCTIONS(rw::ConductRecord)

public:
    enum class Subject { Vehicle, Driver };

    struct BadRecord
    {
        qint64 id = 0;
        QString subject; //!< "vehicle" or "driver"
        QString regionCode;
        QString plate;
        QString licence; //!< masked unless revealed
        QString name;    //!< masked unless revealed
        QString certificate;
        QString reason;
        QString addedBy;
        QDateTime addedAt;
        QDate until; //!< invalid: until removed
        bool active = true;
        QString removedBy;
        QDateTime removedAt;
        QString removeReason;
    };

    struct Complaint
    {
        QDateTime time;
        QString companyId;
        QString orderId;
        QString detail;
        QString result;
    };

    struct Penalty
    {
        QDateTime time;
        QString companyId;
        QString licence; //!< masked
        QString reason;
        QString result;
    };

    Subject subject = Subject::Vehicle;
    QString plate;       //!< Vehicle
    QString certificate; //!< Driver: the driver certificate asked about
    QList<BadRecord> badRecords;
    QList<Complaint> complaints;
    QList<Penalty> penalties;

    /** Reads the answer; a value of the wrong type fails with \a error naming its path. */
    static std::optional<ConductRecord> fromJson(const QJsonObject &json, QString *error);
    static std::optional<BadRecord> badRecordFromJson(const QJsonObject &json, const QString &path,
                                                      QString *error);

    /** The plate or the certificate: what the record is about. */
    QString key() const { return subject == Subject::Vehicle ? plate : certificate; }
    /** The entries on the list today. */
    QList<BadRecord> activeBadRecords() const;
};

} // namespace rw

Q_DECLARE_METATYPE(rw::ConductRecord)
