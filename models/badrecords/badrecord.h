#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringView>

#include <optional>

namespace rw {

/**
 * \brief One entry of a city's bad-record list (不良记录名单, seed 002 Art. 34; the credit records of
 * Art. 33): a vehicle by its plate or a driver by the licence number companies upload as LicenseId, who
 * listed it, when, why and until when, and, once removed, who removed it, when and why. A removed entry
 * is kept (history), only no longer active.
 *
 * The JSON is docs/lookup-contracts.md's BadRecord: {"id", "subject": "vehicle"|"driver", "regionCode",
 * "plate", "licence", "name", "certificate", "reason", "addedBy", "addedAt", "until": "2027-05-31"|null,
 * "active", "removedBy", "removedAt": …|null, "removeReason"}; moments are ISO date-times with the
 * +08:00 offset, dates are China Standard Time.
 */
struct BadRecord
{
    Q_DECLARE_TR_FUNCTIONS(rw::BadRecord)

public:
    enum class Subject { Vehicle, Driver };

    qint64 id = 0;
    Subject subject = Subject::Vehicle;
    QString regionCode;  //!< the city whose list it is on
    QString plate;       //!< vehicle: the plate, normalised (normalisedPlate())
    QString licence;     //!< driver: the licence number (base-info LicenseId); personal data
    QString name;        //!< driver: the name in the permit registry when listed, if known; personal data
    QString certificate; //!< the permit's certificate number when listed, if known
    QString reason;
    QString addedBy;
    QDateTime addedAt;   //!< UTC
    QDate until;         //!< the last day on the list (China Standard Time); invalid: no end
    bool active = false; //!< as judged by whoever read it (the platform, on its day)
    QString removedBy;
    QDateTime removedAt; //!< UTC; invalid while not removed
    QString removeReason;

    bool isRemoved() const { return removedAt.isValid(); }
    /** Not removed, and \a chinaDate is not after until. */
    bool isActiveOn(const QDate &chinaDate) const;
    /** The plate of a vehicle, the licence of a driver: what uploads are matched on. */
    QString key() const { return subject == Subject::Vehicle ? plate : licence; }

    /** A copy with the personal data (licence, name) masked (PersonalDataMask). */
    BadRecord masked() const;

    QJsonObject toJson() const;
    /** Reads toJson()'s form; nothing, with \a error naming the field and value, if it is not one. */
    static std::optional<BadRecord> fromJson(const QJsonObject &json, QString *error = nullptr);

    static QString subjectKey(Subject subject); //!< "vehicle", "driver"
    static std::optional<Subject> subjectFromKey(QStringView key);
    /** "琼DD12345": without spaces, "·" or "-", upper case (as VehiclePermitStatus::normalisedPlate). */
    static QString normalisedPlate(const QString &plate);
    /** The date of \a moment in China Standard Time (UTC+8): the day the list is judged on. */
    static QDate chinaDate(const QDateTime &moment);
    /** \a moment as ISO 8601 with the +08:00 offset; null when invalid. */
    static QJsonValue momentJson(const QDateTime &moment);

    friend bool operator==(const BadRecord &, const BadRecord &) = default;
};

} // namespace rw

Q_DECLARE_METATYPE(rw::BadRecord)
