#include "simulatedcity.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

// The compiled-in data lives in ridewatch_models, a static library: referencing its resource
// initialiser makes the linker keep it, so ":/cities/…" exists in every executable that loads a city.
static void initialiseBuiltInData()
{
    Q_INIT_RESOURCE(ridewatch_data);
}

namespace rw {

namespace {

bool readCoordinate(const QJsonValue &value, QGeoCoordinate *coordinate, double *elevation = nullptr)
{
    const QJsonArray a = value.toArray();
    if (a.size() < 2 || !a.at(0).isDouble() || !a.at(1).isDouble())
        return false;
    *coordinate = QGeoCoordinate(a.at(1).toDouble(), a.at(0).toDouble());
    if (elevation && a.size() > 2 && a.at(2).isDouble())
        *elevation = a.at(2).toDouble();
    return coordinate->isValid();
}

} // namespace

QString SimulatedCity::builtInPath(const QString &regionCode)
{
    static const bool initialised = (initialiseBuiltInData(), true);
    Q_UNUSED(initialised);
    return u":/cities/%1.json"_s.arg(regionCode);
}

std::optional<SimulatedCity> SimulatedCity::load(const QString &codeOrPath, QString *error)
{
    static const QRegularExpression code(u"^\\d{6}$"_s);
    const QString path = code.match(codeOrPath).hasMatch() ? builtInPath(codeOrPath) : codeOrPath;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("city %1: no city file at %2 (%3)").arg(codeOrPath, path, file.errorString());
        return std::nullopt;
    }
    QString parseError;
    auto city = fromJson(file.readAll(), &parseError);
    if (!city && error)
        *error = tr("city file %1: %2").arg(path, parseError);
    return city;
}

std::optional<SimulatedCity> SimulatedCity::fromJson(const QByteArray &json, QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull() || !document.isObject()) {
        *error =
            tr("not a JSON object: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    SimulatedCity city;
    city.m_regionCode = root.value(u"regionCode"_s).toInt();
    city.m_provinceCode = root.value(u"provinceCode"_s).toInt();
    city.m_name = root.value(u"name"_s).toString();
    city.m_plateLetters = root.value(u"plateLetters"_s).toString();
    city.m_elevation = root.value(u"elevation"_s).toDouble();
    if (city.m_regionCode < 110000 || city.m_regionCode > 829999) {
        *error = tr("regionCode must be a six-digit GB/T 2260 code, not %1")
                     .arg(root.value(u"regionCode"_s).toVariant().toString());
        return std::nullopt;
    }
    if (city.m_provinceCode % 10000 != 0 || city.m_provinceCode / 10000 != city.m_regionCode / 10000) {
        *error = tr("provinceCode %1 is not the province of region %2")
                     .arg(city.m_provinceCode)
                     .arg(city.m_regionCode);
        return std::nullopt;
    }
    if (city.m_name.isEmpty() || city.m_plateLetters.isEmpty()) {
        *error = tr("name and plateLetters are required");
        return std::nullopt;
    }
    if (!readCoordinate(root.value(u"centre"_s), &city.m_centre)) {
        *error = tr("centre must be [longitude, latitude]");
        return std::nullopt;
    }

    const QJsonArray area = root.value(u"operatingArea"_s).toArray();
    if (area.size() < 3) {
        *error = tr("operatingArea needs at least 3 points, has %1").arg(area.size());
        return std::nullopt;
    }
    QList<QGeoCoordinate> ring;
    for (const QJsonValue &point : area) {
        QGeoCoordinate c;
        if (!readCoordinate(point, &c)) {
            *error = tr("operatingArea: point %1 is not [longitude, latitude]").arg(ring.size());
            return std::nullopt;
        }
        ring.append(c);
    }
    city.m_area = QGeoPolygon(ring);
    if (!city.contains(city.m_centre)) {
        *error = tr("the centre lies outside the operatingArea");
        return std::nullopt;
    }

    // The town: a street grid along the valley axis.
    const QJsonObject town = root.value(u"town"_s).toObject();
    QGeoCoordinate townCentre;
    if (!readCoordinate(town.value(u"centre"_s), &townCentre)) {
        *error = tr("town.centre must be [longitude, latitude]");
        return std::nullopt;
    }
    city.m_townAddress = town.value(u"address"_s).toString(city.m_name);
    const double axis = town.value(u"axisAzimuth"_s).toDouble();
    const double length = town.value(u"lengthMetres"_s).toDouble();
    const double width = town.value(u"widthMetres"_s).toDouble();
    const double spacing = town.value(u"spacingMetres"_s).toDouble();
    const double townSpeed = town.value(u"speedKmh"_s).toDouble(30);
    const double townElevation = town.value(u"elevation"_s).toDouble(city.m_elevation);
    QStringList streets;
    for (const QJsonValue &s : town.value(u"streets"_s).toArray())
        streets.append(s.toString());
    if (spacing < 50 || length < spacing || width < spacing || streets.isEmpty()) {
        *error = tr("town: spacingMetres must be ≥ 50 and at most lengthMetres and widthMetres, and streets "
                    "must not be empty");
        return std::nullopt;
    }
    const int columns = int(length / spacing) + 1;
    const int rows = int(width / spacing) + 1;
    QList<QList<int>> grid(rows, QList<int>(columns, -1));
    for (int r = 0; r < rows; ++r) {
        const double across = -width / 2 + r * spacing;
        for (int c = 0; c < columns; ++c) {
            const double along = -length / 2 + c * spacing;
            QGeoCoordinate p =
                townCentre.atDistanceAndAzimuth(std::abs(along), along < 0 ? axis + 180 : axis);
            p = p.atDistanceAndAzimuth(std::abs(across), across < 0 ? axis - 90 : axis + 90);
            const int node = city.m_roads.addNode(p, townElevation);
            grid[r][c] = node;
            city.m_townNodes.append(node);
            city.m_nodeAddresses.append(
                u"%1%2%3号"_s.arg(city.m_townAddress, streets.at(r % streets.size())).arg(c * 20 + 8));
        }
    }
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            if (c + 1 < columns)
                city.m_roads.addEdge(grid[r][c], grid[r][c + 1], townSpeed);
            if (r + 1 < rows)
                city.m_roads.addEdge(grid[r][c], grid[r + 1][c], townSpeed * 0.8); // side streets are slower
        }
    }
    city.m_townNodeCount = city.m_roads.nodeCount();

    // Roads out of town: each starts at the nearest existing node.
    for (const QJsonValue &value : root.value(u"roads"_s).toArray()) {
        const QJsonObject road = value.toObject();
        const QString name = road.value(u"name"_s).toString();
        const double speed = road.value(u"speedKmh"_s).toDouble(50);
        QList<QGeoCoordinate> points;
        QList<double> elevations;
        for (const QJsonValue &point : road.value(u"points"_s).toArray()) {
            QGeoCoordinate c;
            double e = city.m_elevation;
            if (!readCoordinate(point, &c, &e)) {
                *error = tr("road %1: point %2 is not [longitude, latitude, elevation]")
                             .arg(name)
                             .arg(points.size());
                return std::nullopt;
            }
            points.append(c);
            elevations.append(e);
        }
        if (points.isEmpty() || speed < 5 || speed > 130) {
            *error = tr("road %1: needs points and a speedKmh between 5 and 130").arg(name);
            return std::nullopt;
        }
        city.m_roads.addRoad(city.m_roads.nearestNode(points.first()), points, elevations, speed);
        while (city.m_nodeAddresses.size() < city.m_roads.nodeCount())
            city.m_nodeAddresses.append(u"%1%2"_s.arg(city.m_name, name));
    }

    for (const QJsonValue &value : root.value(u"places"_s).toArray()) {
        const QJsonObject object = value.toObject();
        CityPlace place;
        place.name = object.value(u"name"_s).toString();
        const QString kind = object.value(u"kind"_s).toString();
        if (kind == u"poi"_s)
            place.kind = CityPlace::Kind::Poi;
        else if (kind == u"township"_s)
            place.kind = CityPlace::Kind::Township;
        else if (kind == u"outside"_s)
            place.kind = CityPlace::Kind::Outside;
        else {
            *error = tr("place %1: kind must be poi, township or outside, not \"%2\"").arg(place.name, kind);
            return std::nullopt;
        }
        if (!readCoordinate(object.value(u"coordinate"_s), &place.coordinate)) {
            *error = tr("place %1: coordinate must be [longitude, latitude]").arg(place.name);
            return std::nullopt;
        }
        place.weight = object.value(u"weight"_s).toDouble(1);
        place.regionCode = object.value(u"regionCode"_s).toInt(city.m_regionCode);
        const bool inside = city.contains(place.coordinate);
        if (inside == (place.kind == CityPlace::Kind::Outside)) {
            // Two whole sentences rather than an "inside"/"outside" piece: translations word them
            // differently.
            *error =
                inside ? tr("place %1: kind %2 but it lies inside the operatingArea").arg(place.name, kind)
                       : tr("place %1: kind %2 but it lies outside the operatingArea").arg(place.name, kind);
            return std::nullopt;
        }
        place.node = city.m_roads.nearestNode(place.coordinate);
        if (city.m_roads.coordinate(place.node).distanceTo(place.coordinate) > 1500) {
            *error = tr("place %1: no road within 1.5 km").arg(place.name);
            return std::nullopt;
        }
        city.m_nodeAddresses[place.node] =
            place.kind == CityPlace::Kind::Poi
                ? city.m_nodeAddresses.at(place.node)
                : (place.kind == CityPlace::Kind::Outside ? place.name : city.m_name + place.name);
        city.m_places.append(place);
    }
    if (!city.m_roads.isConnected()) {
        *error = tr("the road network is not connected");
        return std::nullopt;
    }
    return city;
}

QList<CityPlace> SimulatedCity::places(CityPlace::Kind kind) const
{
    QList<CityPlace> result;
    for (const CityPlace &p : m_places) {
        if (p.kind == kind)
            result.append(p);
    }
    return result;
}

} // namespace rw
