#include "trackparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <algorithm>
#include <cmath>

namespace rw {

namespace {

/** A JSON number that is a whole number within [minimum, maximum]. */
std::optional<qint64> wholeNumber(const QJsonValue &value, qint64 minimum, qint64 maximum)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || number != std::floor(number) || number < double(minimum) ||
        number > double(maximum))
        return std::nullopt;
    return qint64(number);
}

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Undefined:
        return QCoreApplication::translate("rw::TrackParser", "nothing");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::String:
        return QLatin1Char('"') + value.toString().left(40) + QLatin1Char('"');
    case QJsonValue::Array:
        return QCoreApplication::translate("rw::TrackParser", "an array");
    case QJsonValue::Object:
        return QCoreApplication::translate("rw::TrackParser", "an object");
    }
    return {};
}

constexpr qint64 kMaxTime = 9'999'999'999; // ten digits, as SpecTime::kMaxUnixSeconds

} // namespace

std::optional<Track> TrackParser::parse(const QByteArray &body, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError ? tr("the track is not JSON: %1 at byte %2")
                                                                        .arg(parseError.errorString())
                                                                        .arg(parseError.offset)
                                                                  : tr("the track is not a JSON object");
        return std::nullopt;
    }
    return parse(document.object(), error);
}

std::optional<Track> TrackParser::parse(const QJsonObject &json, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    Track track;
    for (const auto &[key, target] : {std::pair{QStringLiteral("companyId"), &track.vehicle.companyId},
                                      std::pair{QStringLiteral("vehicleNo"), &track.vehicle.vehicleNo}}) {
        const QJsonValue value = json.value(key);
        if (!value.isString() || value.toString().isEmpty())
            return fail(
                tr("%1: expected the non-empty text of the request, found %2").arg(key, describe(value)));
        *target = value.toString();
    }
    for (const auto &[key, target] :
         {std::pair{QStringLiteral("from"), &track.from}, std::pair{QStringLiteral("to"), &track.to}}) {
        const auto value = wholeNumber(json.value(key), 0, kMaxTime);
        if (!value)
            return fail(tr("%1: expected Unix seconds (a whole number), found %2")
                            .arg(key, describe(json.value(key))));
        *target = *value;
    }

    const QJsonValue fieldsValue = json.value(QStringLiteral("pointFields"));
    if (!fieldsValue.isArray())
        return fail(
            tr("pointFields: expected an array of column names, found %1").arg(describe(fieldsValue)));
    const QJsonArray fields = fieldsValue.toArray();
    const auto column = [&fields](const char *name) {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (fields.at(i).toString() == QLatin1String(name))
                return int(i);
        }
        return -1;
    };
    const int timeColumn = column("time");
    const int longitudeColumn = column("longitude");
    const int latitudeColumn = column("latitude");
    for (const auto &[name, index] : {std::pair{"time", timeColumn}, std::pair{"longitude", longitudeColumn},
                                      std::pair{"latitude", latitudeColumn}}) {
        if (index < 0)
            return fail(tr("pointFields: the column \"%1\" is missing").arg(QLatin1String(name)));
    }
    const int encryptColumn = column("encrypt");
    const int statusColumn = column("bizStatus");
    const int speedColumn = column("speed");
    const int directionColumn = column("direction");
    const int orderColumn = column("orderId");
    const int needed = std::max({timeColumn, longitudeColumn, latitudeColumn}) + 1;

    const QJsonValue pointsValue = json.value(QStringLiteral("points"));
    if (!pointsValue.isArray())
        return fail(tr("points: expected an array, found %1").arg(describe(pointsValue)));
    const QJsonValue eventsValue = json.value(QStringLiteral("events"));
    if (!eventsValue.isUndefined() && !eventsValue.isArray())
        return fail(tr("events: expected an array, found %1").arg(describe(eventsValue)));

    track.truncated = json.value(QStringLiteral("truncated")).toBool();
    track.pointCap = json.value(QStringLiteral("pointCap")).toInt();
    track.duplicates = json.value(QStringLiteral("duplicates")).toInt();

    const auto note = [&track](const QString &problem) {
        if (track.problems.size() < MaxProblems)
            track.problems.append(problem);
    };
    const QJsonArray points = pointsValue.toArray();
    track.points.reserve(points.size());
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QJsonValue value = points.at(i);
        const QJsonArray row = value.toArray();
        if (!value.isArray() || row.size() < needed) {
            ++track.skippedPoints;
            note(tr("point %1: expected an array of %2 values, found %3")
                     .arg(i)
                     .arg(fields.size())
                     .arg(value.isArray() ? tr("%n value(s)", "", int(row.size())) : describe(value)));
            continue;
        }
        const auto time = wholeNumber(row.at(timeColumn), 0, kMaxTime);
        const auto longitude = wholeNumber(row.at(longitudeColumn), -180'000'000, 180'000'000);
        const auto latitude = wholeNumber(row.at(latitudeColumn), -90'000'000, 90'000'000);
        if (!time || !longitude || !latitude) {
            ++track.skippedPoints;
            const char *field = !time ? "time" : (!longitude ? "longitude" : "latitude");
            const int index = !time ? timeColumn : (!longitude ? longitudeColumn : latitudeColumn);
            note(tr("point %1: %2: %3 is not %4")
                     .arg(i)
                     .arg(QLatin1String(field), describe(row.at(index)),
                          !time ? tr("Unix seconds (a whole number)")
                                : tr("a whole number of 1e-6 degree within range")));
            continue;
        }
        TrackPoint point;
        point.time = *time;
        point.longitude = qint32(*longitude);
        point.latitude = qint32(*latitude);
        const auto optional = [&row](int index, qint64 minimum, qint64 maximum) -> std::optional<qint64> {
            return index >= 0 && index < row.size() ? wholeNumber(row.at(index), minimum, maximum)
                                                    : std::nullopt;
        };
        point.datum = datumFromEncrypt(optional(encryptColumn, 0, 9).value_or(0));
        point.status = bizStatusFromCode(optional(statusColumn, 0, 9).value_or(0));
        if (speedColumn >= 0 && speedColumn < row.size() && row.at(speedColumn).isDouble() &&
            row.at(speedColumn).toDouble() >= 0)
            point.speed = float(row.at(speedColumn).toDouble());
        point.direction = qint16(optional(directionColumn, 0, 359).value_or(-1));
        if (orderColumn >= 0 && orderColumn < row.size())
            point.orderId = row.at(orderColumn).toString();
        track.points.append(point);
    }
    // In time order, one point per second (the first given).
    if (!std::is_sorted(track.points.begin(), track.points.end(),
                        [](const TrackPoint &a, const TrackPoint &b) { return a.time < b.time; }))
        std::stable_sort(track.points.begin(), track.points.end(),
                         [](const TrackPoint &a, const TrackPoint &b) { return a.time < b.time; });
    const auto last = std::unique(track.points.begin(), track.points.end(),
                                  [](const TrackPoint &a, const TrackPoint &b) { return a.time == b.time; });
    track.duplicates += int(track.points.end() - last);
    track.points.erase(last, track.points.end());

    const QJsonArray events = eventsValue.toArray();
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QJsonObject event = events.at(i).toObject();
        const QString kind = event.value(QStringLiteral("kind")).toString();
        const auto time = wholeNumber(event.value(QStringLiteral("time")), 0, kMaxTime);
        const auto longitude =
            wholeNumber(event.value(QStringLiteral("longitude")), -180'000'000, 180'000'000);
        const auto latitude = wholeNumber(event.value(QStringLiteral("latitude")), -90'000'000, 90'000'000);
        QString problem;
        if (kind != TrackEvent::kindKey(TrackEvent::Kind::Pickup) &&
            kind != TrackEvent::kindKey(TrackEvent::Kind::Dropoff))
            problem = tr("event %1: kind: %2 is neither \"pickup\" nor \"dropoff\"")
                          .arg(i)
                          .arg(describe(event.value(QStringLiteral("kind"))));
        else if (!time)
            problem = tr("event %1: time: %2 is not Unix seconds (a whole number)")
                          .arg(i)
                          .arg(describe(event.value(QStringLiteral("time"))));
        else if (!longitude || !latitude)
            problem = tr("event %1: %2: %3 is not a whole number of 1e-6 degree within range")
                          .arg(i)
                          .arg(!longitude ? QStringLiteral("longitude") : QStringLiteral("latitude"),
                               describe(event.value(!longitude ? QStringLiteral("longitude")
                                                               : QStringLiteral("latitude"))));
        if (!problem.isEmpty()) {
            ++track.skippedEvents;
            note(problem);
            continue;
        }
        TrackEvent parsed;
        parsed.kind = kind == TrackEvent::kindKey(TrackEvent::Kind::Pickup) ? TrackEvent::Kind::Pickup
                                                                            : TrackEvent::Kind::Dropoff;
        parsed.orderId = event.value(QStringLiteral("orderId")).toString();
        parsed.time = *time;
        parsed.longitude = qint32(*longitude);
        parsed.latitude = qint32(*latitude);
        parsed.datum =
            datumFromEncrypt(wholeNumber(event.value(QStringLiteral("encrypt")), 0, 9).value_or(0));
        track.events.append(parsed);
    }
    std::stable_sort(track.events.begin(), track.events.end(),
                     [](const TrackEvent &a, const TrackEvent &b) { return a.time < b.time; });
    return track;
}

} // namespace rw
