#include "basemap.h"

#include "geo/coordinatetransform.h"
#include "geo/webmercator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

inline void initBaseMapResources()
{
    Q_INIT_RESOURCE(ridewatch_data);
}

namespace rw {

struct BaseMap::Data
{
    Datum datum = Datum::Cgcs2000;
    QList<Layer> layers;
    QList<Label> labels;
    QList<Area> areas;
    QString attribution;
};

namespace {

class Projector
{
public:
    explicit Projector(Datum display)
        : m_display(display)
    {}

    bool point(const QJsonValue &value, QPointF *out, LonLat *lonLat = nullptr) const
    {
        const QJsonArray a = value.toArray();
        if (a.size() < 2 || !a.at(0).isDouble() || !a.at(1).isDouble())
            return false;
        const double lon = a.at(0).toDouble();
        const double lat = a.at(1).toDouble();
        if (lon < -180 || lon > 180 || lat < -90 || lat > 90)
            return false;
        const DisplayPosition p = CoordinateTransform::toDisplay(lon, lat, Datum::Wgs84, m_display);
        *out = WebMercator::project(p.longitude, p.latitude, 0);
        if (lonLat)
            *lonLat = {lon, lat};
        return true;
    }

    bool line(const QJsonValue &value, QList<QPointF> *out) const
    {
        const QJsonArray a = value.toArray();
        out->clear();
        out->reserve(a.size());
        for (const QJsonValue &v : a) {
            QPointF p;
            if (!point(v, &p))
                return false;
            out->append(p);
        }
        return out->size() >= 2;
    }

private:
    Datum m_display;
};

QString describe(int index, const QJsonObject &properties)
{
    return QStringLiteral("#%1 (%2 %3)")
        .arg(index)
        .arg(properties.value(QLatin1String("kind")).toString(),
             properties.value(QLatin1String("layer"))
                 .toString(properties.value(QLatin1String("name")).toString()));
}

bool insideRing(const QList<QPointF> &ring, QPointF p)
{
    bool inside = false;
    for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const QPointF &a = ring.at(i);
        const QPointF &b = ring.at(j);
        if ((a.y() > p.y()) != (b.y() > p.y()) &&
            p.x() < (b.x() - a.x()) * (p.y() - a.y()) / (b.y() - a.y()) + a.x())
            inside = !inside;
    }
    return inside;
}

} // namespace

BaseMap::BaseMap()
    : d(std::make_shared<Data>())
{}

BaseMap BaseMap::fromGeoJson(const QByteArray &json, Datum display, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return BaseMap();
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull())
        return fail(tr("The base map is not JSON: %1 at byte %2.")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("type")).toString() != QLatin1String("FeatureCollection"))
        return fail(tr("The base map is not a GeoJSON FeatureCollection (type is \"%1\").")
                        .arg(root.value(QLatin1String("type")).toString()));

    auto data = std::make_shared<Data>();
    data->datum = display;
    data->attribution = root.value(QLatin1String("attribution")).toString();
    const Projector project(display);
    QHash<QString, int> layerIndex;
    auto layerFor = [&](const QJsonObject &properties) -> Layer & {
        const QString name = properties.value(QLatin1String("layer")).toString();
        auto it = layerIndex.constFind(name);
        if (it == layerIndex.cend()) {
            Layer layer;
            layer.name = name;
            const QJsonArray box = properties.value(QLatin1String("box")).toArray();
            if (box.size() == 4) {
                QPointF nw, se;
                project.point(QJsonArray{box.at(0), box.at(3)}, &nw);
                project.point(QJsonArray{box.at(2), box.at(1)}, &se);
                layer.box = QRectF(nw, se).normalized();
            }
            data->layers.append(layer);
            it = layerIndex.insert(name, int(data->layers.size() - 1));
        }
        return data->layers[*it];
    };

    const QJsonArray features = root.value(QLatin1String("features")).toArray();
    for (int i = 0; i < features.size(); ++i) {
        const QJsonObject feature = features.at(i).toObject();
        const QJsonObject properties = feature.value(QLatin1String("properties")).toObject();
        const QJsonObject geometry = feature.value(QLatin1String("geometry")).toObject();
        const QString kind = properties.value(QLatin1String("kind")).toString();
        const QString type = geometry.value(QLatin1String("type")).toString();
        const QJsonArray coordinates = geometry.value(QLatin1String("coordinates")).toArray();
        auto wrongType = [&](const char *wanted) {
            return fail(tr("Base map feature %1: geometry must be a %2, not \"%3\".")
                            .arg(describe(i, properties), QLatin1String(wanted), type));
        };
        auto badCoordinates = [&] {
            return fail(
                tr("Base map feature %1: a coordinate is not [longitude, latitude] within ±180°/±90°, or a "
                   "line has fewer than 2 points.")
                    .arg(describe(i, properties)));
        };
        if (kind == QLatin1String("land")) {
            if (type != QLatin1String("MultiPolygon"))
                return wrongType("MultiPolygon");
            Layer &layer = layerFor(properties);
            for (const QJsonValue &polygon : coordinates) {
                for (const QJsonValue &ring : polygon.toArray()) {
                    QList<QPointF> points;
                    if (!project.line(ring, &points))
                        return badCoordinates();
                    layer.pointCount += int(points.size());
                    layer.land.append(points);
                }
            }
        } else if (kind == QLatin1String("coast")) {
            if (type != QLatin1String("MultiLineString"))
                return wrongType("MultiLineString");
            Layer &layer = layerFor(properties);
            for (const QJsonValue &line : coordinates) {
                QList<QPointF> points;
                if (!project.line(line, &points))
                    return badCoordinates();
                layer.pointCount += int(points.size());
                layer.coast.append(points);
            }
        } else if (kind == QLatin1String("city")) {
            if (type != QLatin1String("Polygon"))
                return wrongType("Polygon");
            Area area;
            area.name = properties.value(QLatin1String("name")).toString();
            area.code = properties.value(QLatin1String("code")).toInteger();
            if (coordinates.isEmpty() || !project.line(coordinates.first(), &area.ring))
                return badCoordinates();
            data->areas.append(area);
        } else if (kind == QLatin1String("place") || kind == QLatin1String("sea")) {
            if (type != QLatin1String("Point"))
                return wrongType("Point");
            Label label;
            label.kind = kind == QLatin1String("sea") ? Label::Kind::Sea : Label::Kind::Place;
            label.name = properties.value(QLatin1String("name")).toString();
            label.rank = properties.value(QLatin1String("rank")).toInt(1);
            if (label.name.isEmpty())
                return fail(
                    tr("Base map feature %1: a label needs a \"name\".").arg(describe(i, properties)));
            if (!project.point(QJsonValue(coordinates), &label.world, &label.position))
                return badCoordinates();
            data->labels.append(label);
        }
        // Other kinds are ignored, so that a newer file still loads.
    }
    // Coarse to fine: the larger box first.
    std::stable_sort(data->layers.begin(), data->layers.end(), [](const Layer &a, const Layer &b) {
        return a.box.width() * a.box.height() > b.box.width() * b.box.height();
    });
    BaseMap map;
    map.d = std::move(data);
    if (error)
        error->clear();
    return map;
}

BaseMap BaseMap::fromFile(const QString &path, Datum display, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the base map %1: %2").arg(path, file.errorString());
        return BaseMap();
    }
    return fromGeoJson(file.readAll(), display, error);
}

QString BaseMap::builtInPath()
{
    return QStringLiteral(":/basemap/hainan.geojson");
}

BaseMap BaseMap::builtIn(Datum display)
{
    initBaseMapResources();
    QString error;
    BaseMap map = fromFile(builtInPath(), display, &error);
    if (map.isEmpty())
        qWarning("rw::BaseMap: %s", qPrintable(error));
    return map;
}

bool BaseMap::isEmpty() const
{
    return d->layers.isEmpty() && d->areas.isEmpty() && d->labels.isEmpty();
}

Datum BaseMap::datum() const
{
    return d->datum;
}

const QList<BaseMap::Layer> &BaseMap::layers() const
{
    return d->layers;
}

const QList<BaseMap::Label> &BaseMap::labels() const
{
    return d->labels;
}

const QList<BaseMap::Area> &BaseMap::areas() const
{
    return d->areas;
}

QString BaseMap::attribution() const
{
    if (d->attribution.isEmpty())
        return {};
    return tr("Offline map: %1").arg(d->attribution);
}

int BaseMap::layerAt(QPointF world0) const
{
    for (qsizetype i = d->layers.size() - 1; i >= 0; --i) {
        if (d->layers.at(i).box.contains(world0))
            return int(i);
    }
    return -1;
}

bool BaseMap::isLand(QPointF world0) const
{
    const int index = layerAt(world0);
    if (index < 0)
        return false;
    bool inside = false;
    for (const QList<QPointF> &ring : d->layers.at(index).land) {
        if (insideRing(ring, world0))
            inside = !inside;
    }
    return inside;
}

} // namespace rw
