#pragma once

#include "track.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace rw {

/**
 * \brief Reads the answer of GET /api/v1/tracks (see platform/api/tracksapi.h) into a Track.
 *
 * Fatal, with an error naming the field: a body that is not a JSON object; companyId or vehicleNo not a
 * non-empty string; from or to not a whole number; pointFields not an array of strings naming time,
 * longitude and latitude; points not an array; events, when present, not an array.
 *
 * Not fatal: a point that cannot be read (not an array, shorter than pointFields, a time that is not a
 * whole number, a longitude or latitude that is not a whole number within ±180e6/±90e6) is skipped and
 * counted (Track::skippedPoints), and so is an event (unknown kind, bad time or coordinates); the first
 * MaxProblems reasons are kept in Track::problems. The optional fields are read leniently, like
 * VehicleFixParser: a bad encrypt gives Datum::Unknown, a bad bizStatus BizStatus::Unknown, a bad speed −1,
 * a direction outside 0..359 −1. Columns are found by name, so their order and extra columns do not matter.
 *
 * Points are returned in time order; a second point at the same second is dropped and counted as a
 * duplicate (the platform already does this; a merged or older answer may not).
 *
 * Stateless and thread-safe.
 */
class TrackParser
{
    Q_DECLARE_TR_FUNCTIONS(rw::TrackParser)

public:
    static constexpr int MaxProblems = 20;

    static std::optional<Track> parse(const QJsonObject &json, QString *error = nullptr);
    static std::optional<Track> parse(const QByteArray &body, QString *error = nullptr);
};

} // namespace rw
