#include "simulator/simulatedcity.h"

#include <QFile>
#include <QGeoRectangle>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace rw;

class tst_SimulatedCity : public QObject
{
    Q_OBJECT

private:
    static SimulatedCity wuzhishan()
    {
        QString error;
        const auto city = SimulatedCity::load(QStringLiteral("469001"), &error);
        if (!city)
            qFatal("%s", qPrintable(error));
        return *city;
    }

    static QJsonObject wuzhishanJson()
    {
        QFile file(SimulatedCity::builtInPath(QStringLiteral("469001")));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("no built-in city file");
        return QJsonDocument::fromJson(file.readAll()).object();
    }

private slots:
    void identity()
    {
        const SimulatedCity city = wuzhishan();
        QCOMPARE(city.regionCode(), 469001);
        QCOMPARE(city.provinceCode(), 460000);
        QCOMPARE(city.name(), QStringLiteral("五指山市"));
        QCOMPARE(city.plateLetters(), QStringLiteral("琼D"));
        QVERIFY(city.centre().distanceTo(QGeoCoordinate(18.776, 109.517)) < 100);
        QVERIFY(city.contains(city.centre()));
    }

    void operatingAreaIsAboutTheCitysArea()
    {
        // Count 0.005° cells inside the polygon; the city is ~1,129 km².
        const SimulatedCity city = wuzhishan();
        const QGeoRectangle box = city.operatingArea().boundingGeoRectangle();
        const double step = 0.005;
        double area = 0;
        for (double lat = box.bottomLeft().latitude() + step / 2; lat < box.topLeft().latitude();
             lat += step) {
            const QGeoCoordinate a(lat, 109.5), b(lat + step, 109.5), c(lat, 109.5 + step);
            const double cell = a.distanceTo(b) * a.distanceTo(c) / 1e6;
            for (double lon = box.bottomLeft().longitude() + step / 2; lon < box.bottomRight().longitude();
                 lon += step) {
                if (city.contains(QGeoCoordinate(lat, lon)))
                    area += cell;
            }
        }
        QVERIFY2(area > 1000 && area < 1260, qPrintable(QString::number(area)));
    }

    void placesSitWhereTheirKindSays()
    {
        const SimulatedCity city = wuzhishan();
        QVERIFY(city.places(CityPlace::Kind::Township).size() >= 3);
        QVERIFY(city.places(CityPlace::Kind::Outside).size() >= 2);
        for (const CityPlace &p : city.places()) {
            QCOMPARE(city.contains(p.coordinate), p.kind != CityPlace::Kind::Outside);
            QVERIFY(p.node >= 0);
            // Townships are a trip away, points of interest are in town.
            const double fromCentre = p.coordinate.distanceTo(city.centre());
            if (p.kind == CityPlace::Kind::Poi)
                QVERIFY2(fromCentre < 2500 && city.isTownNode(p.node), qPrintable(p.name));
            else
                QVERIFY2(fromCentre > 5000 && fromCentre < 40000, qPrintable(p.name));
        }
        bool shuiman = false;
        for (const CityPlace &p : city.places(CityPlace::Kind::Township))
            shuiman |= p.name == QStringLiteral("水满乡");
        QVERIFY(shuiman);
    }

    void roadsReachEveryPlace()
    {
        const SimulatedCity city = wuzhishan();
        const RoadNetwork &roads = city.roads();
        QVERIFY(roads.isConnected());
        QVERIFY(city.townNodes().size() >= 50);
        const int centre = roads.nearestNode(city.centre());
        for (const CityPlace &p : city.places()) {
            const Route route = roads.route(centre, p.node);
            QVERIFY2(route.size() >= 2, qPrintable(p.name));
            const double straight = city.centre().distanceTo(p.coordinate);
            const double driven = RoadNetwork::lengthMetres(route);
            QVERIFY2(
                driven >= straight * 0.95 && driven < straight * 2.5 + 2000,
                qPrintable(
                    QStringLiteral("%1: %2 m by road, %3 m straight").arg(p.name).arg(driven).arg(straight)));
            for (const RoutePoint &point : route.first(route.size() - 1))
                QVERIFY(point.speedKmh >= 15 && point.speedKmh <= 60);
        }
    }

    void addressesNameTheTown()
    {
        const SimulatedCity city = wuzhishan();
        QVERIFY(city.addressOf(city.townNodes().first()).startsWith(QStringLiteral("五指山市通什镇")));
    }

    void rejectsBrokenFiles_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("region") << "regionCode" << QJsonValue(12) << "regionCode";
        QTest::newRow("province") << "provinceCode" << QJsonValue(450000) << "provinceCode";
        QTest::newRow("centre") << "centre" << QJsonValue(QJsonArray{109.5}) << "centre";
        QTest::newRow("area") << "operatingArea" << QJsonValue(QJsonArray{QJsonArray{109.5, 18.7}})
                              << "operatingArea";
        QTest::newRow("centre outside")
            << "centre" << QJsonValue(QJsonArray{110.5, 18.7}) << "outside the operatingArea";
    }

    void rejectsBrokenFiles()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, mentions);
        QJsonObject json = wuzhishanJson();
        json.insert(key, value);
        QString error;
        QVERIFY(!SimulatedCity::fromJson(QJsonDocument(json).toJson(), &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void rejectsAnOutsidePlaceInside()
    {
        QJsonObject json = wuzhishanJson();
        QJsonArray places = json.value(QStringLiteral("places")).toArray();
        QJsonObject place = places.at(0).toObject();
        place.insert(QStringLiteral("kind"), QStringLiteral("outside"));
        places.replace(0, place);
        json.insert(QStringLiteral("places"), places);
        QString error;
        QVERIFY(!SimulatedCity::fromJson(QJsonDocument(json).toJson(), &error));
        QVERIFY2(error.contains(place.value(QStringLiteral("name")).toString()), qPrintable(error));
    }

    void unknownCityIsAnError()
    {
        QString error;
        QVERIFY(!SimulatedCity::load(QStringLiteral("110101"), &error));
        QVERIFY2(error.contains(QStringLiteral("110101")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(tst_SimulatedCity)
#include "tst_simulatedcity.moc"
