#include "geo/gcj02transform.h"
#include "simulator/faultinjector.h"
#include "simulator/simulatorinterfaces.h"
#include "simulator/trafficmodel.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace rw;

namespace {

// 2024-06-01 08:00 in China: the morning peak.
const QDateTime kStart(QDate(2024, 6, 1), QTime(0, 0), QTimeZone::utc());

qint64 unixFromF14(qint64 v)
{
    const QDate date(int(v / 10000000000LL), int(v / 100000000LL % 100), int(v / 1000000LL % 100));
    const QTime time(int(v / 10000 % 100), int(v / 100 % 100), int(v % 100));
    return QDateTime(date, time, QTimeZone(8 * 3600)).toSecsSinceEpoch();
}

QGeoCoordinate coordinate(const QJsonObject &o, const QString &lon = QStringLiteral("Longitude"),
                          const QString &lat = QStringLiteral("Latitude"))
{
    return QGeoCoordinate(o.value(lat).toDouble() / 1e6, o.value(lon).toDouble() / 1e6);
}

double angleBetween(double a, double b)
{
    const double d = std::fmod(std::abs(a - b), 360.0);
    return d > 180 ? 360 - d : d;
}

SimulatorConfig smallConfig(int vehicles = 20, quint64 seed = 7)
{
    SimulatorConfig config;
    config.companies = 3;
    config.vehiclesPerCompany = vehicles;
    config.seed = seed;
    return config;
}

SimulatedCity wuzhishan()
{
    QString error;
    const auto city = SimulatedCity::load(QStringLiteral("469001"), &error);
    if (!city)
        qFatal("%s", qPrintable(error));
    return *city;
}

QByteArray fingerprint(const QList<SimRecord> &records)
{
    QByteArray bytes;
    for (const SimRecord &r : records) {
        bytes += r.ipcType.toUtf8() + ' ' + QByteArray::number(r.releaseTime) + ' ' +
                 QJsonDocument(r.fields).toJson(QJsonDocument::Compact) + '\n';
    }
    return bytes;
}

} // namespace

class tst_TrafficModel : public QObject
{
    Q_OBJECT

private:
    SimulatedCity m_city = wuzhishan();

private slots:
    void sameSeedSameTraffic()
    {
        TrafficModel a(smallConfig(), m_city, kStart);
        TrafficModel b(smallConfig(), m_city, kStart);
        const QByteArray first = fingerprint(a.advanceBy(1800));
        QByteArray inTwoSteps = fingerprint(b.advanceBy(600));
        inTwoSteps += fingerprint(b.advanceBy(1200));
        QCOMPARE(inTwoSteps, first);
        TrafficModel c(smallConfig(20, 8), m_city, kStart);
        QVERIFY(fingerprint(c.advanceBy(1800)) != first);
    }

    void registrationAtStart()
    {
        TrafficModel model(smallConfig(), m_city, kStart);
        const QList<SimRecord> records = model.advanceTo(kStart);
        QHash<QString, int> count;
        for (const SimRecord &r : records) {
            ++count[r.ipcType];
            QCOMPARE(r.businessTime, kStart.toSecsSinceEpoch());
            if (r.ipcType.startsWith(QStringLiteral("baseInfo"))) {
                QVERIFY(r.initialBaseInfo);
                QCOMPARE(r.fields.value(QStringLiteral("UpdateTime")).toInteger(), 20240601080000LL); // CST
                QCOMPARE(r.fields.value(QStringLiteral("Flag")).toInt(), 1);
            }
            QCOMPARE(r.fields.value(QStringLiteral("CompanyId")).toString(),
                     model.companies().at(r.company).companyId);
        }
        QCOMPARE(count.value(QStringLiteral("baseInfoCompany")), 3);
        QCOMPARE(count.value(QStringLiteral("baseInfoCompanyPermit")), 3);
        QCOMPARE(count.value(QStringLiteral("baseInfoVehicle")), 60);
        QCOMPARE(count.value(QStringLiteral("baseInfoVehicleInsurance")), 120);
        QCOMPARE(count.value(QStringLiteral("baseInfoDriver")), 72);
        QCOMPARE(count.value(QStringLiteral("baseInfoPassenger")), 3 * 20 * 4);
        QVERIFY(count.value(QStringLiteral("operateLogin")) > 30); // most vehicles start on shift
        for (const QString &type : count.keys())
            QVERIFY2(SimulatorInterfaces::find(type), qPrintable(type));
        for (const SimRecord &r : records) {
            if (r.ipcType == QStringLiteral("baseInfoCompanyStat"))
                QCOMPARE(r.fields.value(QStringLiteral("VehicleNum")).toInt(), 20);
        }
    }

    void fieldTypesFollowTheSpec()
    {
        // C fields travel as JSON strings, N fields as numbers.
        TrafficModel model(smallConfig(), m_city, kStart);
        const QStringList text = {QStringLiteral("CompanyId"),  QStringLiteral("VehicleNo"),
                                  QStringLiteral("OrderId"),    QStringLiteral("LicenseId"),
                                  QStringLiteral("FareType"),   QStringLiteral("PayState"),
                                  QStringLiteral("Operator"),   QStringLiteral("CancelTypeCode"),
                                  QStringLiteral("PlateColor"), QStringLiteral("DriverGender")};
        const QStringList numbers = {
            QStringLiteral("PositionTime"), QStringLiteral("Longitude"), QStringLiteral("Latitude"),
            QStringLiteral("Encrypt"),      QStringLiteral("BizStatus"), QStringLiteral("Address"),
            QStringLiteral("Seats"),        QStringLiteral("DriveMile"), QStringLiteral("FactPrice"),
            QStringLiteral("UpdateTime"),   QStringLiteral("Flag"),      QStringLiteral("State")};
        int checked = 0;
        for (const SimRecord &r : model.advanceBy(1800)) {
            for (auto it = r.fields.constBegin(); it != r.fields.constEnd(); ++it) {
                if (text.contains(it.key()))
                    QVERIFY2(it->isString(), qPrintable(r.ipcType + QLatin1Char('.') + it.key()));
                if (numbers.contains(it.key()) && !(r.ipcType == QStringLiteral("baseInfoCompanyPermit") &&
                                                    it.key() == QStringLiteral("State")))
                    QVERIFY2(it->isDouble(), qPrintable(r.ipcType + QLatin1Char('.') + it.key()));
                ++checked;
            }
            for (const QString &field : FaultInjector::requiredFields(r.ipcType))
                QVERIFY2(r.fields.contains(field), qPrintable(r.ipcType + QLatin1Char('.') + field));
        }
        QVERIFY(checked > 10000);
    }

    void positionsMovePlausibly()
    {
        TrafficModel model(smallConfig(), m_city, kStart);
        const QList<SimRecord> records = model.advanceBy(3600);
        QHash<QString, QList<QJsonObject>> tracks;
        for (const SimRecord &r : records) {
            if (r.ipcType == QStringLiteral("positionVehicle"))
                tracks[r.fields.value(QStringLiteral("VehicleNo")).toString()].append(r.fields);
        }
        QVERIFY(tracks.size() > 40);
        int gaps = 0, regularGaps = 0, moving = 0, headed = 0, fixes = 0;
        double fastest = 0;
        for (const QList<QJsonObject> &track : std::as_const(tracks)) {
            for (qsizetype i = 0; i < track.size(); ++i) {
                const QJsonObject &b = track.at(i);
                ++fixes;
                const QGeoCoordinate here = coordinate(b);
                QVERIFY(here.distanceTo(m_city.centre()) < 40000);
                const int speed = b.value(QStringLiteral("Speed")).toInt();
                QVERIFY(speed == 0 || (speed >= 15 && speed <= 60));
                const int direction = b.value(QStringLiteral("Direction")).toInt();
                QVERIFY(direction >= 0 && direction <= 359);
                const int status = b.value(QStringLiteral("BizStatus")).toInt();
                QVERIFY(status >= 1 && status <= 4);
                QCOMPARE(b.value(QStringLiteral("OrderId")).toString() == QStringLiteral("0"), status >= 3);
                if (i == 0)
                    continue;
                const QJsonObject &a = track.at(i - 1);
                const qint64 dt = b.value(QStringLiteral("PositionTime")).toInteger() -
                                  a.value(QStringLiteral("PositionTime")).toInteger();
                QVERIFY(dt >= 1);
                if (a.value(QStringLiteral("BizStatus")).toInt() != 4) {
                    ++gaps;
                    regularGaps += dt == 5 ? 1 : 0;
                }
                const double metres = coordinate(a).distanceTo(here);
                const double kmh = metres / double(dt) * 3.6;
                fastest = std::max(fastest, kmh);
                QVERIFY2(kmh <= 62, qPrintable(QStringLiteral("%1 km/h").arg(kmh)));
                if (metres > 40 && speed > 0) {
                    ++moving;
                    headed += angleBetween(coordinate(a).azimuthTo(here), direction) < 45 ? 1 : 0;
                }
            }
        }
        QVERIFY2(regularGaps > 0.95 * gaps,
                 qPrintable(QStringLiteral("%1 of %2").arg(regularGaps).arg(gaps)));
        QVERIFY(moving > fixes / 4);
        QVERIFY2(headed > 0.85 * moving, qPrintable(QStringLiteral("%1 of %2").arg(headed).arg(moving)));
        QVERIFY2(fastest > 35, qPrintable(QString::number(fastest)));
    }

    void coordinatesInTheCompanysDatum()
    {
        TrafficModel model(smallConfig(), m_city, kStart);
        const QList<SimRecord> records = model.advanceBy(600);
        const qint64 now = model.now().toSecsSinceEpoch();
        int compared = 0;
        for (const VehicleView &v : model.vehicles()) {
            for (const SimRecord &r : records) {
                if (r.ipcType != QStringLiteral("positionVehicle") ||
                    r.fields.value(QStringLiteral("VehicleNo")).toString() != v.plate ||
                    r.fields.value(QStringLiteral("PositionTime")).toInteger() != now)
                    continue;
                const int encrypt = model.companies().at(v.company).encrypt;
                QCOMPARE(r.fields.value(QStringLiteral("Encrypt")).toInt(), encrypt);
                const QGeoCoordinate expected =
                    encrypt == 1 ? Gcj02Transform::fromWgs84(v.position) : v.position;
                QCOMPARE(r.fields.value(QStringLiteral("Longitude")).toInteger(),
                         qint64(std::llround(expected.longitude() * 1e6)));
                QCOMPARE(r.fields.value(QStringLiteral("Latitude")).toInteger(),
                         qint64(std::llround(expected.latitude() * 1e6)));
                QCOMPARE(r.fields.value(QStringLiteral("BizStatus")).toInt(), v.bizStatus);
                ++compared;
            }
        }
        QVERIFY(compared >= 3);
        QCOMPARE(model.companies().at(0).encrypt, 1);
        QCOMPARE(model.companies().at(1).encrypt, 2);
    }

    void orderLifecycle()
    {
        SimulatorConfig config = smallConfig(30);
        TrafficModel model(config, m_city, kStart);
        const QList<SimRecord> records = model.advanceBy(2 * 3600);
        QHash<QString, QHash<QString, QJsonObject>> orders; // OrderId → IPCType → record
        QHash<QString, QList<QJsonObject>> tracks;
        for (const SimRecord &r : records) {
            if (r.ipcType == QStringLiteral("positionVehicle"))
                tracks[r.fields.value(QStringLiteral("VehicleNo")).toString()].append(r.fields);
            else if (r.fields.contains(QStringLiteral("OrderId")) &&
                     !r.ipcType.startsWith(QStringLiteral("rated")) &&
                     !r.ipcType.startsWith(QStringLiteral("position")))
                orders[r.fields.value(QStringLiteral("OrderId")).toString()].insert(r.ipcType, r.fields);
        }
        int completed = 0, cancelled = 0, checkedFixes = 0;
        for (auto it = orders.cbegin(); it != orders.cend(); ++it) {
            const auto &o = it.value();
            QVERIFY2(o.contains(QStringLiteral("orderCreate")), qPrintable(it.key()));
            const qint64 created =
                unixFromF14(o[QStringLiteral("orderCreate")][QStringLiteral("OrderTime")].toInteger());
            if (o.contains(QStringLiteral("orderCancel"))) {
                ++cancelled;
                QVERIFY(!o.contains(QStringLiteral("operateDepart")));
                QVERIFY(
                    unixFromF14(o[QStringLiteral("orderCancel")][QStringLiteral("CancelTime")].toInteger()) >=
                    created);
                continue;
            }
            if (!o.contains(QStringLiteral("operatePay")))
                continue; // still under way at the end of the run
            ++completed;
            const QJsonObject match = o[QStringLiteral("orderMatch")];
            const QJsonObject depart = o[QStringLiteral("operateDepart")];
            const QJsonObject arrive = o[QStringLiteral("operateArrive")];
            const QJsonObject pay = o[QStringLiteral("operatePay")];
            QVERIFY(!match.isEmpty() && !depart.isEmpty() && !arrive.isEmpty());
            const qint64 matched = unixFromF14(match[QStringLiteral("DistributeTime")].toInteger());
            const qint64 departed = unixFromF14(depart[QStringLiteral("DepTime")].toInteger());
            const qint64 arrived = unixFromF14(arrive[QStringLiteral("DestTime")].toInteger());
            const qint64 paid = unixFromF14(pay[QStringLiteral("PayTime")].toInteger());
            QVERIFY(created <= matched && matched <= departed && departed < arrived && arrived <= paid);
            QCOMPARE(arrive[QStringLiteral("DriveTime")].toInteger(), arrived - departed);
            QCOMPARE(pay[QStringLiteral("DriveMile")].toDouble(),
                     arrive[QStringLiteral("DriveMile")].toDouble());
            QCOMPARE(depart[QStringLiteral("VehicleNo")], match[QStringLiteral("VehicleNo")]);
            QCOMPARE(pay[QStringLiteral("LicenseId")], match[QStringLiteral("LicenseId")]);
            const double fact = pay[QStringLiteral("FactPrice")].toDouble();
            QVERIFY(fact > 0 && fact <= pay[QStringLiteral("Price")].toDouble());
            // The trip is at least as long as the straight line from pickup to drop-off.
            const double straight =
                coordinate(depart, QStringLiteral("DepLongitude"), QStringLiteral("DepLatitude"))
                    .distanceTo(
                        coordinate(arrive, QStringLiteral("DestLongitude"), QStringLiteral("DestLatitude")));
            QVERIFY(arrive[QStringLiteral("DriveMile")].toDouble() * 1000 >= straight * 0.98 - 10);

            // BizStatus along the way: 2 from match to pickup, 1 with the passenger.
            const QString plate = match[QStringLiteral("VehicleNo")].toString();
            for (const QJsonObject &fix : tracks.value(plate)) {
                const qint64 t = fix[QStringLiteral("PositionTime")].toInteger();
                const int status = fix[QStringLiteral("BizStatus")].toInt();
                if (t > matched && t < departed) {
                    QCOMPARE(status, 2);
                    QCOMPARE(fix[QStringLiteral("OrderId")].toString(), it.key());
                    ++checkedFixes;
                } else if (t > departed && t < arrived) {
                    QCOMPARE(status, 1);
                    QCOMPARE(fix[QStringLiteral("OrderId")].toString(), it.key());
                    ++checkedFixes;
                }
            }
        }
        QVERIFY2(completed > 40, qPrintable(QString::number(completed)));
        QVERIFY(cancelled > 0);
        QVERIFY(checkedFixes > completed * 10);
    }

    void shiftsBracketPositions()
    {
        TrafficModel model(smallConfig(), m_city, kStart);
        QHash<QString, bool> online;
        int logins = 0, logouts = 0;
        for (const SimRecord &r : model.advanceBy(4 * 3600)) {
            const QString plate = r.fields.value(QStringLiteral("VehicleNo")).toString();
            if (r.ipcType == QStringLiteral("operateLogin")) {
                QVERIFY(!online.value(plate));
                online[plate] = true;
                ++logins;
            } else if (r.ipcType == QStringLiteral("operateLogout")) {
                QVERIFY(online.value(plate));
                online[plate] = false;
                ++logouts;
            } else if (r.ipcType == QStringLiteral("positionVehicle") ||
                       r.ipcType == QStringLiteral("positionDriver")) {
                QVERIFY2(online.value(plate), qPrintable(plate));
            }
        }
        QVERIFY(logins > 40);
        QVERIFY(logouts > 5);
    }

    void recordFaultsAtTheirRates()
    {
        SimulatorConfig config = smallConfig(40);
        config.faults = *FaultPlan::parse(QStringLiteral("late=0.1,missing=0.02,malformed=0.02,epoch=0.01"));
        TrafficModel model(config, m_city, kStart);
        const QList<SimRecord> records = model.advanceBy(3600);
        qint64 eligible = 0, missing = 0, malformed = 0, epoch = 0, late = 0;
        QHash<int, int> kinds;
        for (const SimRecord &r : records) {
            if (r.initialBaseInfo) {
                QVERIFY(r.isClean());
                continue;
            }
            ++eligible;
            const SimInterfaceInfo *info = SimulatorInterfaces::find(r.ipcType);
            QVERIFY(info);
            if (r.late) {
                ++late;
                QVERIFY(r.releaseTime - r.businessTime >
                        SimulatorInterfaces::timelinessLimitSeconds(info->family));
            } else if (r.ipcType == QStringLiteral("operatePay")) {
                // Settled a little after drop-off (DestTime, its business time).
                QVERIFY(r.releaseTime >= r.businessTime && r.releaseTime - r.businessTime <= 60);
            } else {
                QCOMPARE(r.releaseTime, r.businessTime);
            }
            if (!r.fault)
                continue;
            QVERIFY(!r.faultField.isEmpty());
            QVERIFY(r.faultField != QStringLiteral("CompanyId"));
            switch (*r.fault) {
            case FaultKind::Missing:
                ++missing;
                QVERIFY(!r.fields.contains(r.faultField));
                QVERIFY(FaultInjector::requiredFields(r.ipcType).contains(r.faultField));
                break;
            case FaultKind::Malformed: {
                ++malformed;
                ++kinds[int(r.malformation)];
                const QJsonValue v = r.fields.value(r.faultField);
                if (r.malformation == Malformation::TooLong)
                    QVERIFY(v.toString().size() > FaultInjector::textLength(r.faultField));
                if (r.malformation == Malformation::BadDate)
                    QVERIFY(QString::number(v.toInteger()).mid(4, 2) == QStringLiteral("13"));
                break;
            }
            case FaultKind::Epoch: {
                ++epoch;
                QCOMPARE(r.faultField, QString(info->timeField));
                const qint64 v = r.fields.value(r.faultField).toInteger();
                QVERIFY(v < 86400 || QString::number(v).startsWith(QStringLiteral("19700101")));
                break;
            }
            default:
                QFAIL("unexpected record fault");
            }
        }
        QVERIFY(eligible > 20000);
        // Each within 5σ of its binomial expectation; the model's counts include records still held.
        auto near = [eligible](qint64 n, double p) {
            return std::abs(double(n) - p * double(eligible)) < 5 * std::sqrt(double(eligible) * p * (1 - p));
        };
        QVERIFY2(near(missing, 0.02), qPrintable(QString::number(missing)));
        QVERIFY2(near(malformed, 0.02), qPrintable(QString::number(malformed)));
        QVERIFY2(near(epoch, 0.01), qPrintable(QString::number(epoch)));
        QVERIFY2(near(late + model.heldCount(), 0.1), qPrintable(QString::number(late)));
        QCOMPARE(kinds.size(), 4); // too long, wrong type, bad code, bad date all occur
        const SimulatorStats &stats = model.stats();
        QVERIFY(stats.fault(FaultKind::Missing) >= missing);
        QVERIFY(stats.fault(FaultKind::Missing) - missing <= model.heldCount());
        QVERIFY(stats.fault(FaultKind::Malformed) - malformed <= model.heldCount());
        QCOMPARE(stats.fault(FaultKind::Late), late + model.heldCount());
        QCOMPARE(stats.fault(FaultKind::Outside), 0);
    }

    void entityAndTripFaults()
    {
        SimulatorConfig config = smallConfig(60);
        config.faults =
            *FaultPlan::parse(QStringLiteral("unlicensed=0.1,expired=0.1,outside=0.05,junior=0.1"));
        TrafficModel model(config, m_city, kStart);
        const QList<SimRecord> records = model.advanceBy(3600);
        const SimulatorStats &stats = model.stats();
        int unlicensed = 0, expired = 0, ghosts = 0;
        QSet<QString> registered;
        for (const SimRecord &r : records) {
            if (r.ipcType == QStringLiteral("baseInfoVehicle"))
                registered.insert(r.fields.value(QStringLiteral("VehicleNo")).toString());
        }
        for (const SimulatedCompany &c : model.companies()) {
            for (const SimulatedVehicle &v : c.vehicles) {
                unlicensed += v.permitted ? 0 : 1;
                expired += v.expired ? 1 : 0;
                ghosts += v.sendsBaseInfo ? 0 : 1;
                QCOMPARE(registered.contains(v.plate), v.sendsBaseInfo);
            }
        }
        QCOMPARE(stats.fault(FaultKind::UnlicensedVehicle), unlicensed);
        QCOMPARE(stats.fault(FaultKind::ExpiredVehicle), expired);
        QVERIFY2(unlicensed >= 6 && unlicensed <= 36, qPrintable(QString::number(unlicensed)));
        QVERIFY(ghosts > 0);
        QVERIFY(stats.fault(FaultKind::UnlicensedDriver) > 0);
        QVERIFY(stats.fault(FaultKind::JuniorDriver) > 0);
        QVERIFY(stats.fault(FaultKind::NonCompliantOrder) > 0);
        // Ghost vehicles still drive and report positions: the platform must notice unknown plates.
        bool ghostSeen = false;
        for (const SimRecord &r : records) {
            if (r.ipcType == QStringLiteral("positionVehicle") &&
                !registered.contains(r.fields.value(QStringLiteral("VehicleNo")).toString()))
                ghostSeen = true;
        }
        QVERIFY(ghostSeen);
        // Seed 002 Art. 22: outside trips have both ends outside the operating area.
        int orders = 0, outside = 0;
        for (const SimRecord &r : records) {
            if (r.ipcType != QStringLiteral("orderCreate"))
                continue;
            ++orders;
            const bool depOut = !m_city.contains(
                coordinate(r.fields, QStringLiteral("DepLongitude"), QStringLiteral("DepLatitude")));
            const bool destOut = !m_city.contains(
                coordinate(r.fields, QStringLiteral("DestLongitude"), QStringLiteral("DestLatitude")));
            QCOMPARE(depOut, destOut);
            outside += depOut ? 1 : 0;
        }
        QCOMPARE(stats.fault(FaultKind::Outside), outside);
        QVERIFY2(std::abs(outside - 0.05 * orders) < 5 * std::sqrt(orders * 0.05 * 0.95),
                 qPrintable(QStringLiteral("%1 of %2").arg(outside).arg(orders)));
        // The city's permit feed knows exactly the permitted vehicles.
        int vehiclePermits = 0;
        for (const CityPermit &p : model.cityPermits())
            vehiclePermits += p.kind == CityPermit::Kind::Vehicle ? 1 : 0;
        QCOMPARE(vehiclePermits, 180 - unlicensed);
    }

    void recordFaultsLeaveTrafficAlone()
    {
        SimulatorConfig faulty = smallConfig();
        faulty.faults = *FaultPlan::parse(QStringLiteral("late=0.2,missing=0.05,malformed=0.05,epoch=0.05"));
        TrafficModel a(smallConfig(), m_city, kStart);
        TrafficModel b(faulty, m_city, kStart);
        a.advanceBy(1800);
        b.advanceBy(1800);
        QCOMPARE(a.stats().total().generated, b.stats().total().generated);
        const QList<VehicleView> va = a.vehicles(), vb = b.vehicles();
        for (int i = 0; i < va.size(); ++i)
            QCOMPARE(vb.at(i).position, va.at(i).position);
    }

    void outageHoldsThenBackfills()
    {
        SimulatorConfig config = smallConfig();
        config.faults = *FaultPlan::parse(QStringLiteral("outage=C1:600@1200"));
        TrafficModel model(config, m_city, kStart);
        const qint64 from = kStart.toSecsSinceEpoch() + 1200, to = from + 600;
        const QList<SimRecord> records = model.advanceBy(2400);
        int backfilled = 0, otherCompaniesInWindow = 0, firstCompanyInWindow = 0;
        qint64 lastBeforeOutage = 0, firstAfter = std::numeric_limits<qint64>::max();
        for (const SimRecord &r : records) {
            const bool inWindow = r.releaseTime >= from && r.releaseTime < to;
            if (r.company == 0) {
                firstCompanyInWindow += inWindow ? 1 : 0;
                if (r.businessTime >= from && r.businessTime < to) {
                    QVERIFY(r.backfill);
                    QVERIFY(r.releaseTime >= to);
                }
                backfilled += r.backfill ? 1 : 0;
                if (r.releaseTime < from)
                    lastBeforeOutage = std::max(lastBeforeOutage, r.releaseTime);
                if (r.releaseTime >= to)
                    firstAfter = std::min(firstAfter, r.releaseTime);
            } else {
                QVERIFY(!r.backfill);
                otherCompaniesInWindow += inWindow ? 1 : 0;
            }
        }
        QCOMPARE(firstCompanyInWindow, 0);
        QVERIFY(otherCompaniesInWindow > 1000);
        QVERIFY(backfilled > 1000); // ten minutes of a fleet's positions
        QCOMPARE(model.stats().fault(FaultKind::Backfill), backfilled);
        QCOMPARE(model.stats().fault(FaultKind::Outage), 1);
        QCOMPARE(lastBeforeOutage, from - 1);
        QCOMPARE(firstAfter, to);
    }

    void generationIsFast()
    {
        // Not a benchmark; a guard against accidental quadratic behaviour, and a number for the report.
        SimulatorConfig config;
        config.companies = 3;
        config.vehiclesPerCompany = 100;
        TrafficModel model(config, m_city, kStart);
        QElapsedTimer timer;
        timer.start();
        const qsizetype n = model.advanceBy(3600).size();
        const qint64 ms = std::max<qint64>(1, timer.elapsed());
        qInfo("one simulated hour of 300 vehicles: %lld records in %lld ms (%lld records/s)", qint64(n), ms,
              qint64(n) * 1000 / ms);
        QVERIFY(n > 100000);
    }
};

QTEST_GUILESS_MAIN(tst_TrafficModel)
#include "tst_trafficmodel.moc"
