#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace rw {

/**
 * \brief The raw record behind a violation sample (GET /api/v1/quality/records/<ipcType>/<rowId> or
 * /quarantine/<id>, docs/quality-contracts.md): its fields as received, the quality rules it failed, which
 * fields the platform masked (personal data, unless the account may reveal it); for a quarantined record,
 * the bytes as text and the validation errors.
 */
struct QualityRawRecord
{
    Q_DECLARE_TR_FUNCTIONS(rw::QualityRawRecord)

public:
    QString ipcType;
    QString source; //!< "record" or "quarantine"
    qint64 rowId = 0;
    QString companyId;
    QDateTime receivedAt;   //!< UTC
    QDateTime businessTime; //!< UTC; invalid when not known
    QJsonObject fields;     //!< name → value as received (strings, numbers)
    QStringList failedRules;
    QStringList masked;  //!< names of fields the platform masked
    QString raw;         //!< quarantine: the bytes as text
    QStringList reasons; //!< quarantine: the validation errors

    bool isQuarantined() const { return source == QLatin1String("quarantine"); }
    bool isMasked(const QString &field) const { return masked.contains(field); }
    /** A field's value as text (numbers without exponent). */
    QString fieldText(const QString &field) const;

    /** Reads the reply; nothing with \a error naming the JSON path of the first problem. */
    static std::optional<QualityRawRecord> fromJson(const QJsonObject &json, QString *error = nullptr);
};

} // namespace rw
