// StatusApi on a real platform over TLS: the intake summary's serverTime is the clock the uploads are
// stamped with, so the console's data age (serverTime − lastReceivedAt) is right when that is not the
// system clock (a simulation, a test).

#include "platformapifixture.h"

#include <QTest>

using namespace rw;
using namespace rw::testing;
using namespace Qt::StringLiterals;

class tst_StatusApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serverTimeFollowsTheUploadsClock_data()
    {
        QTest::addColumn<bool>("uploadsUseClock");
        QTest::newRow("platform clock") << true;
        QTest::newRow("system clock") << false;
    }

    void serverTimeFollowsTheUploadsClock()
    {
        QFETCH(bool, uploadsUseClock);
        // Twenty days behind the wall clock.
        PlatformApiFixture f(QDateTime::currentDateTimeUtc().addDays(-20));
        f.setUploadsUseClock(uploadsUseClock);
        QString error;
        QVERIFY2(f.start(&error), qPrintable(error));
        const QByteArray token = f.tokenOf(u"city.officer"_s, Role::CityOfficer, u"469001"_s);
        const HttpResult summary = f.request("GET", u"/api/v1/intake/summary"_s, token);
        QVERIFY2(summary.status == 200, summary.describe());
        const qint64 serverTime = summary.json().value(u"serverTime"_s).toInteger();
        const qint64 expected = uploadsUseClock ? f.clock().nowMs() : QDateTime::currentMSecsSinceEpoch();
        QVERIFY2(qAbs(serverTime - expected) < 60000,
                 qPrintable(u"%1 vs %2"_s.arg(serverTime).arg(expected)));
    }
};

QTEST_GUILESS_MAIN(tst_StatusApi)
#include "tst_statusapi.moc"
