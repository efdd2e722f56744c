// PositionJumpCheck: Art. 15(四) speed bound between consecutive positions, by hand-computed distances.

#include "protocol/interfacecatalogue.h"
#include "quality/positionjumpcheck.h"
#include "quality/qualityperiod.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace rw;
using namespace Qt::StringLiterals;

namespace {

const QString kCompany = QStringLiteral("4690WZSYC001");
const QString kRule = QStringLiteral("authenticity.positionJump");

qint64 utc(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc()).toSecsSinceEpoch();
}

} // namespace

class TestPositionJumpCheck : public QObject
{
    Q_OBJECT

private:
    Record position(const QString &plate, qint64 latitude, qint64 longitude = 109516800) const
    {
        Record r = makeRecord(*m_spec);
        r.setValue(u"CompanyId", kCompany);
        r.setValue(u"VehicleNo", plate);
        r.setValue(u"Longitude", longitude);
        r.setValue(u"Latitude", latitude);
        return r;
    }
    static QualityOutcome outcome(qint64 businessTime, qint64 receivedAt, const QString &company = kCompany)
    {
        QualityOutcome o;
        o.companyId = company;
        o.ipcType = QStringLiteral("positionVehicle");
        o.businessTime = businessTime;
        o.receivedAt = receivedAt;
        return o;
    }
    /** Applies one position in its own begin/commit, like one upload. */
    QualityOutcome judge(PositionJumpCheck &check, const Record &record, qint64 time, qint64 received = 0)
    {
        QualityOutcome o = outcome(time, received ? received : time + 1);
        check.begin();
        check.apply(record, o);
        check.commit();
        return o;
    }

    const InterfaceSpec *m_spec = InterfaceCatalogue::builtIn()->byIpcType(u"positionVehicle");
    const qint64 m_t0 = utc(2026, 3, 2, 2, 0, 0);

private Q_SLOTS:
    void modelCarriesTheBound()
    {
        QCOMPARE(QualityModel::builtIn().maxSpeedKmh(), 200.0);
        QVERIFY(QualityModel::builtIn().hasRule(kRule));
        QCOMPARE(QualityModel::builtIn().rule(kRule)->article, QStringLiteral("第十五条(四)"));
    }

    void speedAtTheBoundPassesAndAboveFails()
    {
        // 200 km/h for 60 s is 3.3333 km; one 1e-6 degree of latitude is 0.111195 m (R = 6371.0088 km):
        // 29,977 units are 3.33330 km (199.998 km/h), 29,978 units 3.33341 km (200.005 km/h).
        const double below = PositionJumpCheck::distanceKm(109.5168, 18.0, 109.5168, 18.029977);
        const double above = PositionJumpCheck::distanceKm(109.5168, 18.0, 109.5168, 18.029978);
        QVERIFY(below * 60 < 200.0 && above * 60 > 200.0);

        PositionJumpCheck check(QualityModel::builtIn());
        QualityOutcome first = judge(check, position(u"琼D10001"_s, 18000000), m_t0);
        QVERIFY(!first.isChecked(QualityDimension::Authenticity)); // nothing to compare with yet
        QualityOutcome slow = judge(check, position(u"琼D10001"_s, 18029977), m_t0 + 60);
        QVERIFY(slow.isPassed(QualityDimension::Authenticity));
        QVERIFY(slow.failedRules.isEmpty());

        QualityOutcome base = judge(check, position(u"琼D10002"_s, 18000000), m_t0);
        QualityOutcome fast = judge(check, position(u"琼D10002"_s, 18029978), m_t0 + 60);
        QVERIFY(fast.isChecked(QualityDimension::Authenticity));
        QVERIFY(!fast.isPassed(QualityDimension::Authenticity));
        QCOMPARE(fast.failedRules, QStringList{kRule});
        Q_UNUSED(base);
    }

    void positionsArriveOutOfOrder()
    {
        // The later fix arrives first: the time difference counts in absolute value.
        PositionJumpCheck check(QualityModel::builtIn());
        judge(check, position(u"琼D1"_s, 18029977), m_t0 + 60);
        QVERIFY(judge(check, position(u"琼D1"_s, 18000000), m_t0, m_t0 + 62).failedRules.isEmpty());
    }

    void twoFixesWithTheSameTimeApartAreAJump()
    {
        // Δt 0 counts as one second: 100 m in 1 s is 360 km/h; the same point again is no jump.
        PositionJumpCheck check(QualityModel::builtIn());
        judge(check, position(u"琼D1"_s, 18000000), m_t0);
        QVERIFY(judge(check, position(u"琼D1"_s, 18000000), m_t0).failedRules.isEmpty());
        QCOMPARE(judge(check, position(u"琼D1"_s, 18000900), m_t0).failedRules, QStringList{kRule});
    }

    void vehiclesAndCompaniesAreApart()
    {
        PositionJumpCheck check(QualityModel::builtIn());
        judge(check, position(u"琼D1"_s, 18000000), m_t0);
        // Another plate far away: its first fix.
        QVERIFY(judge(check, position(u"琼D2"_s, 19000000), m_t0 + 1).failedRules.isEmpty());
        // The same plate with another company: its first fix there.
        QualityOutcome other = outcome(m_t0 + 2, m_t0 + 3, QStringLiteral("OTHER"));
        check.begin();
        check.apply(position(u"琼D1"_s, 20000000), other);
        check.commit();
        QVERIFY(!other.isChecked(QualityDimension::Authenticity));
        QCOMPARE(check.trackedVehicles(kCompany), 2);
        QCOMPARE(check.trackedVehicles(QStringLiteral("OTHER")), 1);
    }

    void aCstMonthStartsAfresh()
    {
        // Received 2026-01-31 15:59:59 UTC is January (CST 23:59:59); 16:00:00 UTC is February.
        PositionJumpCheck check(QualityModel::builtIn());
        const qint64 lastJanuary = utc(2026, 1, 31, 15, 59, 59);
        judge(check, position(u"琼D1"_s, 18000000), lastJanuary - 10, lastJanuary);
        QualityOutcome february =
            judge(check, position(u"琼D1"_s, 19000000), lastJanuary - 5, lastJanuary + 1);
        QVERIFY(!february.isChecked(QualityDimension::Authenticity)); // no January fix to compare with
        QualityOutcome sameMonth =
            judge(check, position(u"琼D1"_s, 18000000), lastJanuary - 4, lastJanuary + 2);
        QCOMPARE(sameMonth.failedRules, QStringList{kRule});
    }

    void rollbackRestoresTheStateBeforeBegin()
    {
        PositionJumpCheck check(QualityModel::builtIn());
        judge(check, position(u"琼D1"_s, 18000000), m_t0);
        check.begin();
        QualityOutcome far = outcome(m_t0 + 10, m_t0 + 11);
        check.apply(position(u"琼D1"_s, 19000000), far);
        QualityOutcome fresh = outcome(m_t0 + 10, m_t0 + 11);
        check.apply(position(u"琼D9"_s, 19000000), fresh);
        // A month reset inside the failed upload is undone too.
        QualityOutcome nextMonth = outcome(m_t0 + 40 * 86400, m_t0 + 40 * 86400);
        check.apply(position(u"琼D1"_s, 18000000), nextMonth);
        check.rollback();
        QCOMPARE(check.trackedVehicles(kCompany), 1);
        // The next fix is compared with the one before the failed upload (18.0°, 20 s before): no jump.
        QVERIFY(judge(check, position(u"琼D1"_s, 18000100), m_t0 + 20).failedRules.isEmpty());
    }

    void memoryIsBoundedPerCompany()
    {
        PositionJumpCheck check(QualityModel::builtIn(), 4);
        for (int v = 0; v < 5; ++v)
            judge(check, position(QStringLiteral("琼D%1").arg(v), 18000000), m_t0 + v);
        // Beyond 4, the least recently seen quarter goes: 3 stay, the newest.
        QCOMPARE(check.trackedVehicles(kCompany), 3);
        // Vehicle 0 was forgotten: its next fix far away is a first fix again; vehicle 4 is remembered.
        QVERIFY(!judge(check, position(u"琼D0"_s, 19000000), m_t0 + 10)
                     .isChecked(QualityDimension::Authenticity));
        QCOMPARE(judge(check, position(u"琼D4"_s, 19000000), m_t0 + 11).failedRules, QStringList{kRule});
    }

    void positionsOutsideChinaOrIncompleteAreNotJudged()
    {
        PositionJumpCheck check(QualityModel::builtIn());
        judge(check, position(u"琼D1"_s, 18000000), m_t0);
        QualityOutcome outside = outcome(m_t0 + 1, m_t0 + 2);
        outside.fail(QualityDimension::Authenticity, QStringLiteral("authenticity.positionInChina"));
        check.begin();
        check.apply(position(u"琼D1"_s, 60000000), outside);
        check.commit();
        QCOMPARE(outside.failedRules, QStringList{QStringLiteral("authenticity.positionInChina")});
        Record noPlate = position(u"琼D1"_s, 19000000);
        noPlate.setValue(u"VehicleNo", QVariant());
        QVERIFY(judge(check, noPlate, m_t0 + 2).failedRules.isEmpty());
        Record textLatitude = position(u"琼D1"_s, 19000000);
        textLatitude.setValue(u"Latitude", QStringLiteral("19000000"));
        QVERIFY(judge(check, textLatitude, m_t0 + 3).failedRules.isEmpty());
        // The remembered fix is still the first one.
        QVERIFY(judge(check, position(u"琼D1"_s, 18000100), m_t0 + 4).failedRules.isEmpty());
    }

    void ruleLeftOutOfTheModelIsOff()
    {
        QByteArray json =
            R"J({"version": "t", "weights": {"completeness": 1, "conformance": 1, "timeliness": 1,
            "authenticity": 1}, "timeliness": {"limitSeconds": {"position": 60}},
            "authenticity": {"chinaBounds": {"west": 73.4, "east": 135.1, "south": 3.8, "north": 53.6},
            "notBefore": 20161101000000, "futureToleranceSeconds": 300}, "rules": {}})J";
        QString error;
        const std::optional<QualityModel> model = QualityModel::fromJson(json, &error);
        QVERIFY2(model, qPrintable(error));
        PositionJumpCheck check(*model);
        QVERIFY(!check.isActive());
        judge(check, position(u"琼D1"_s, 18000000), m_t0);
        QVERIFY(judge(check, position(u"琼D1"_s, 19000000), m_t0 + 1).failedRules.isEmpty());

        // Listing the rule without the bound is refused, naming the key.
        json.replace(
            R"("rules": {})",
            R"J("rules": {"authenticity": [{"id": "authenticity.positionJump", "article": "第十五条(四)",
                     "description": "d"}]})J");
        QVERIFY(!QualityModel::fromJson(json, &error));
        QVERIFY2(error.contains(QStringLiteral("authenticity.maxSpeedKmh")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestPositionJumpCheck)
#include "tst_positionjumpcheck.moc"
