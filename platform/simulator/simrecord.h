#pragma once

#include "faultplan.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace rw {

/** How a malformed record was spoiled (FaultKind::Malformed). */
enum class Malformation {
    None,
    TooLong,   //!< a text field one character longer than its Vn / Fn
    WrongType, //!< a number sent as text, or text sent as a number
    BadCode,   //!< a coded field with a value outside its code list
    BadDate,   //!< a date or date-time that is no calendar date (month 13)
};

/**
 * \brief One record a simulated company produced, with what was done to it.
 *
 * \a fields holds the record exactly as it goes on the wire: the spec's field names, C fields as JSON
 * strings, N fields as JSON numbers (unless a fault says otherwise), CompanyId included.
 */
struct SimRecord
{
    QString ipcType;
    int company = -1; //!< index into TrafficModel::companies()
    QJsonObject fields;
    qint64 businessTime = 0; //!< Unix seconds: when it happened
    qint64 releaseTime =
        0; //!< Unix seconds: when the company sends it (later when late or held by an outage)

    std::optional<FaultKind> fault; //!< Missing, Malformed or Epoch, if one was injected
    Malformation malformation = Malformation::None;
    QString faultField;           //!< the field the fault touched
    bool late = false;            //!< held beyond the timeliness limit
    bool backfill = false;        //!< held by an outage and sent after it
    bool initialBaseInfo = false; //!< part of the company's registration at start (never spoiled)

    QDateTime businessDateTime() const { return QDateTime::fromSecsSinceEpoch(businessTime, Qt::UTC); }
    QDateTime releaseDateTime() const { return QDateTime::fromSecsSinceEpoch(releaseTime, Qt::UTC); }
    bool isClean() const { return !fault.has_value() && !late && !backfill; }
};

} // namespace rw
