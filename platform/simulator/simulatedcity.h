#pragma once

#include "roadnetwork.h"

#include <QCoreApplication>
#include <QGeoCoordinate>
#include <QGeoPolygon>
#include <QList>
#include <QString>

#include <optional>

namespace rw {

/** A named place of a simulated city: a point of interest in town, a township, or a place beyond the border.
 */
struct CityPlace
{
    enum class Kind {
        Poi,      //!< in town
        Township, //!< outskirts, inside the operating area
        Outside,  //!< beyond the operating area (used for seed 002 Art. 22 faults)
    };

    QString name;
    Kind kind = Kind::Poi;
    QGeoCoordinate coordinate; //!< WGS-84
    double weight = 1;         //!< relative popularity as origin or destination
    int regionCode = 0;        //!< GB/T 2260 code of the county it lies in
    int node = -1;             //!< nearest road-network node
};

/**
 * \brief A city for the traffic simulator: region, operating area, named places and a road network.
 *
 * Loaded from a small JSON file (resources/cities/<regionCode>.json) so that another city is another
 * file. Coordinates are WGS-84; the town is a street grid along its valley axis, joined by roads to
 * the townships and beyond.
 */
class SimulatedCity
{
    Q_DECLARE_TR_FUNCTIONS(rw::SimulatedCity)

public:
    /** Parses a city file; on failure returns nothing and sets \a error to what was wrong. */
    static std::optional<SimulatedCity> fromJson(const QByteArray &json, QString *error);

    /**
     * Loads a built-in city by six-digit region code (":/cities/<code>.json"), or a city file by path.
     */
    static std::optional<SimulatedCity> load(const QString &codeOrPath, QString *error);

    static QString builtInPath(const QString &regionCode);

    int regionCode() const { return m_regionCode; }
    int provinceCode() const { return m_provinceCode; }
    QString name() const { return m_name; }
    QString plateLetters() const { return m_plateLetters; } //!< e.g. "琼D"
    QString townAddress() const { return m_townAddress; }   //!< e.g. "五指山市通什镇"
    QGeoCoordinate centre() const { return m_centre; }
    double elevation() const { return m_elevation; }

    /** The permitted operating area (seed 002 Art. 22). */
    const QGeoPolygon &operatingArea() const { return m_area; }
    bool contains(const QGeoCoordinate &coordinate) const { return m_area.contains(coordinate); }

    const RoadNetwork &roads() const { return m_roads; }
    const QList<CityPlace> &places() const { return m_places; }
    QList<CityPlace> places(CityPlace::Kind kind) const;

    /** The street-grid nodes of the town. */
    const QList<int> &townNodes() const { return m_townNodes; }
    bool isTownNode(int node) const { return node >= 0 && node < m_townNodeCount; }

    /** A postal-style address for a road-network node ("五指山市通什镇山兰路48号"). */
    QString addressOf(int node) const { return m_nodeAddresses.value(node); }

private:
    SimulatedCity() = default;

    int m_regionCode = 0;
    int m_provinceCode = 0;
    QString m_name;
    QString m_plateLetters;
    QString m_townAddress;
    QGeoCoordinate m_centre;
    double m_elevation = 0;
    QGeoPolygon m_area;
    RoadNetwork m_roads;
    QList<CityPlace> m_places;
    QList<int> m_townNodes;
    int m_townNodeCount = 0;
    QList<QString> m_nodeAddresses;
};

} // namespace rw
