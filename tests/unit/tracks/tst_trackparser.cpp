// TrackParser: the answer of GET /api/v1/tracks into a Track; malformed answers name the field, bad
// points and events are skipped and counted.

#include "tracks/trackparser.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace rw;

namespace {

const QJsonArray kFields{QStringLiteral("time"),      QStringLiteral("longitude"), QStringLiteral("latitude"),
                         QStringLiteral("encrypt"),   QStringLiteral("bizStatus"), QStringLiteral("speed"),
                         QStringLiteral("direction"), QStringLiteral("orderId")};

QJsonArray point(qint64 time, qint64 lon, qint64 lat, QJsonValue encrypt = 2, int status = 3,
                 double speed = 30, int direction = 90, const QString &order = QStringLiteral("0"))
{
    return QJsonArray{time, lon, lat, encrypt, status, speed, direction, order};
}

QJsonObject answer(const QJsonArray &points, const QJsonArray &events = {})
{
    return QJsonObject{{QStringLiteral("companyId"), QStringLiteral("4690WZSYC001")},
                       {QStringLiteral("vehicleNo"), QStringLiteral("琼D10001")},
                       {QStringLiteral("from"), 1763700000},
                       {QStringLiteral("to"), 1763703600},
                       {QStringLiteral("pointFields"), kFields},
                       {QStringLiteral("points"), points},
                       {QStringLiteral("pointCap"), 100000},
                       {QStringLiteral("truncated"), false},
                       {QStringLiteral("duplicates"), 0},
                       {QStringLiteral("events"), events}};
}

QJsonObject tripEvent(const QString &kind, const QString &order, qint64 time, qint64 lon = 109500000,
                      qint64 lat = 18770000)
{
    return QJsonObject{{QStringLiteral("kind"), kind},    {QStringLiteral("orderId"), order},
                       {QStringLiteral("time"), time},    {QStringLiteral("longitude"), lon},
                       {QStringLiteral("latitude"), lat}, {QStringLiteral("encrypt"), 1}};
}

} // namespace

class tst_TrackParser : public QObject
{
    Q_OBJECT

private slots:
    void readsPointsAndEvents();
    void missingOptionalValuesAreLenient();
    void malformedAnswerNamesTheField_data();
    void malformedAnswerNamesTheField();
    void badPointsAreSkippedAndCounted();
    void badEventsAreSkipped();
    void columnsAreFoundByName();
    void unorderedAndDuplicatePointsAreSortedAndDropped();
    void largeTrack();
};

void tst_TrackParser::readsPointsAndEvents()
{
    const QJsonArray points{point(1763700000, 109516800, 18776500),
                            point(1763700010, 109517000, 18776600, 1, 1, 42.5, 350, QStringLiteral("ORD-1"))};
    const QJsonArray events{tripEvent(QStringLiteral("dropoff"), QStringLiteral("ORD-1"), 1763700900),
                            tripEvent(QStringLiteral("pickup"), QStringLiteral("ORD-1"), 1763700005)};
    QJsonObject json = answer(points, events);
    json.insert(QStringLiteral("truncated"), true);
    json.insert(QStringLiteral("duplicates"), 3);
    QString error;
    const auto track = TrackParser::parse(QJsonDocument(json).toJson(), &error);
    QVERIFY2(track, qPrintable(error));
    QCOMPARE(track->vehicle.companyId, QStringLiteral("4690WZSYC001"));
    QCOMPARE(track->vehicle.vehicleNo, QStringLiteral("琼D10001"));
    QCOMPARE(track->from, 1763700000);
    QCOMPARE(track->to, 1763703600);
    QVERIFY(track->truncated);
    QCOMPARE(track->pointCap, 100000);
    QCOMPARE(track->duplicates, 3);
    QCOMPARE(track->skippedPoints, 0);
    QCOMPARE(track->points.size(), 2);
    const TrackPoint &second = track->points.at(1);
    QCOMPARE(second.time, 1763700010);
    QCOMPARE(second.longitude, 109517000);
    QCOMPARE(second.latitude, 18776600);
    QCOMPARE(second.datum, Datum::Gcj02);
    QCOMPARE(second.status, BizStatus::Carrying);
    QCOMPARE(second.speed, 42.5f);
    QCOMPARE(second.direction, qint16(350));
    QCOMPARE(second.orderId, QStringLiteral("ORD-1"));
    QVERIFY(second.hasOrder());
    QVERIFY(!track->points.at(0).hasOrder());
    QCOMPARE(track->startTime(), 1763700000);
    QCOMPARE(track->endTime(), 1763700010);
    // Events in time order.
    QCOMPARE(track->events.size(), 2);
    QCOMPARE(track->events.at(0).kind, TrackEvent::Kind::Pickup);
    QCOMPARE(track->events.at(0).time, 1763700005);
    QCOMPARE(track->events.at(1).kind, TrackEvent::Kind::Dropoff);
    QCOMPARE(track->events.at(1).orderId, QStringLiteral("ORD-1"));
    QCOMPARE(track->events.at(1).datum, Datum::Gcj02);
    QCOMPARE(track->events.at(1).longitudeDegrees(), 109.5);
}

void tst_TrackParser::missingOptionalValuesAreLenient()
{
    const QJsonArray points{QJsonArray{1763700000, 109516800, 18776500, QJsonValue(), QJsonValue(),
                                       QJsonValue(), QJsonValue(), QJsonValue()},
                            point(1763700010, 109516800, 18776500, 7, 9, -3, 400)};
    QJsonObject json = answer(points);
    json.remove(QStringLiteral("events")); // optional
    const auto track = TrackParser::parse(json);
    QVERIFY(track);
    QCOMPARE(track->points.size(), 2);
    for (const TrackPoint &p : track->points) {
        QCOMPARE(p.datum, Datum::Unknown);
        QCOMPARE(p.status, BizStatus::Unknown);
        QCOMPARE(p.speed, -1.0f);
        QCOMPARE(p.direction, qint16(-1));
    }
    QCOMPARE(track->skippedPoints, 0);
    QVERIFY(track->events.isEmpty());
}

void tst_TrackParser::malformedAnswerNamesTheField_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    const auto without = [](const QString &key) {
        QJsonObject json = answer({});
        json.remove(key);
        return QJsonDocument(json).toJson();
    };
    const auto with = [](const QString &key, const QJsonValue &value) {
        QJsonObject json = answer({});
        json.insert(key, value);
        return QJsonDocument(json).toJson();
    };
    QTest::newRow("not JSON") << QByteArray("{\"points\": [") << QStringLiteral("JSON");
    QTest::newRow("array") << QByteArray("[1, 2]") << QStringLiteral("object");
    QTest::newRow("no companyId") << without(QStringLiteral("companyId")) << QStringLiteral("companyId");
    QTest::newRow("empty plate") << with(QStringLiteral("vehicleNo"), QString())
                                 << QStringLiteral("vehicleNo");
    QTest::newRow("from text") << with(QStringLiteral("from"), QStringLiteral("yesterday"))
                               << QStringLiteral("from");
    QTest::newRow("to fraction") << with(QStringLiteral("to"), 1.5) << QStringLiteral("to");
    QTest::newRow("no pointFields") << without(QStringLiteral("pointFields"))
                                    << QStringLiteral("pointFields");
    QTest::newRow("no latitude column")
        << with(QStringLiteral("pointFields"),
                QJsonArray{QStringLiteral("time"), QStringLiteral("longitude")})
        << QStringLiteral("latitude");
    QTest::newRow("points object") << with(QStringLiteral("points"), QJsonObject())
                                   << QStringLiteral("points");
    QTest::newRow("events text") << with(QStringLiteral("events"), QStringLiteral("none"))
                                 << QStringLiteral("events");
}

void tst_TrackParser::malformedAnswerNamesTheField()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    QString error;
    QVERIFY(!TrackParser::parse(body, &error));
    QVERIFY2(error.contains(field), qPrintable(error));
}

void tst_TrackParser::badPointsAreSkippedAndCounted()
{
    const QJsonArray points{
        point(1763700000, 109516800, 18776500),
        QStringLiteral("not a point"),
        QJsonArray{1763700005, 109516800},      // too short
        point(1763700010, 181000000, 18776500), // longitude out of range
        QJsonArray{1763700015, 109516800, QStringLiteral("north"), 2, 3, 30, 90, QStringLiteral("0")},
        QJsonArray{1763700020.5, 109516800, 18776500, 2, 3, 30, 90, QStringLiteral("0")}, // time not whole
        point(1763700030, 109516900, 18776600),
    };
    const auto track = TrackParser::parse(answer(points));
    QVERIFY(track);
    QCOMPARE(track->points.size(), 2);
    QCOMPARE(track->points.at(1).time, 1763700030);
    QCOMPARE(track->skippedPoints, 5);
    QCOMPARE(track->problems.size(), 5);
    QVERIFY2(track->problems.at(0).startsWith(QStringLiteral("point 1:")), qPrintable(track->problems.at(0)));
    QVERIFY2(track->problems.at(2).contains(QStringLiteral("longitude")) &&
                 track->problems.at(2).contains(QStringLiteral("181000000")),
             qPrintable(track->problems.at(2)));
    QVERIFY2(track->problems.at(3).contains(QStringLiteral("latitude")) &&
                 track->problems.at(3).contains(QStringLiteral("north")),
             qPrintable(track->problems.at(3)));
    QVERIFY2(track->problems.at(4).contains(QStringLiteral("time")), qPrintable(track->problems.at(4)));

    // Reasons are kept up to MaxProblems; every bad point is counted.
    QJsonArray many;
    for (int i = 0; i < 50; ++i)
        many.append(QStringLiteral("bad"));
    const auto bad = TrackParser::parse(answer(many));
    QVERIFY(bad);
    QCOMPARE(bad->skippedPoints, 50);
    QCOMPARE(bad->problems.size(), TrackParser::MaxProblems);
    QVERIFY(bad->isEmpty());
}

void tst_TrackParser::badEventsAreSkipped()
{
    const QJsonArray events{
        tripEvent(QStringLiteral("pickup"), QStringLiteral("A"), 1763700000),
        tripEvent(QStringLiteral("teleport"), QStringLiteral("B"), 1763700000),
        tripEvent(QStringLiteral("dropoff"), QStringLiteral("C"), 1763700000, 109500000, 95000000),
        QJsonObject{{QStringLiteral("kind"), QStringLiteral("dropoff")}}};
    const auto track = TrackParser::parse(answer({}, events));
    QVERIFY(track);
    QCOMPARE(track->events.size(), 1);
    QCOMPARE(track->skippedEvents, 3);
    QVERIFY2(track->problems.at(0).contains(QStringLiteral("kind")), qPrintable(track->problems.at(0)));
    QVERIFY2(track->problems.at(1).contains(QStringLiteral("latitude")), qPrintable(track->problems.at(1)));
    QVERIFY2(track->problems.at(2).contains(QStringLiteral("time")), qPrintable(track->problems.at(2)));
}

void tst_TrackParser::columnsAreFoundByName()
{
    QJsonArray points;
    points.append(QJsonArray{18776500, QStringLiteral("x"), 1763700000, 109516800, 1});
    QJsonObject json = answer(points);
    json.insert(QStringLiteral("pointFields"),
                QJsonArray{QStringLiteral("latitude"), QStringLiteral("extra"), QStringLiteral("time"),
                           QStringLiteral("longitude"), QStringLiteral("bizStatus")});
    const auto track = TrackParser::parse(json);
    QVERIFY(track);
    QCOMPARE(track->points.size(), 1);
    QCOMPARE(track->points.at(0).time, 1763700000);
    QCOMPARE(track->points.at(0).longitude, 109516800);
    QCOMPARE(track->points.at(0).latitude, 18776500);
    QCOMPARE(track->points.at(0).status, BizStatus::Carrying);
    QCOMPARE(track->points.at(0).datum, Datum::Unknown); // no encrypt column
}

void tst_TrackParser::unorderedAndDuplicatePointsAreSortedAndDropped()
{
    const QJsonArray points{point(1763700020, 3, 3), point(1763700000, 1, 1), point(1763700010, 2, 2),
                            point(1763700010, 9, 9)};
    QJsonObject json = answer(points);
    json.insert(QStringLiteral("duplicates"), 1);
    const auto track = TrackParser::parse(json);
    QVERIFY(track);
    QCOMPARE(track->points.size(), 3);
    QCOMPARE(track->points.at(0).time, 1763700000);
    QCOMPARE(track->points.at(1).time, 1763700010);
    QCOMPARE(track->points.at(1).longitude, 2); // the first given
    QCOMPARE(track->points.at(2).time, 1763700020);
    QCOMPARE(track->duplicates, 2);
}

void tst_TrackParser::largeTrack()
{
    // A full answer: 100,000 points (the platform's cap), as bytes, the way TrackClient gets them.
    QJsonArray points;
    for (int i = 0; i < 100000; ++i)
        points.append(point(1763700000 + i, 109500000 + i, 18770000 + i / 2, 2, 1 + i % 4, i % 80, i % 360,
                            i % 4 == 0 ? QStringLiteral("ORD-%1").arg(i / 1000) : QStringLiteral("0")));
    const QByteArray body = QJsonDocument(answer(points)).toJson(QJsonDocument::Compact);
    QElapsedTimer timer;
    timer.start();
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const qint64 documentMs = timer.restart();
    const auto track = TrackParser::parse(json);
    const qint64 parseMs = timer.elapsed();
    QVERIFY(track);
    QCOMPARE(track->points.size(), 100000);
    QCOMPARE(track->points.last().longitude, 109599999);
    qInfo("100,000 points, %lld KiB: QJsonDocument %lld ms, TrackParser %lld ms", qint64(body.size() / 1024),
          documentMs, parseMs);
}

QTEST_GUILESS_MAIN(tst_TrackParser)
#include "tst_trackparser.moc"
