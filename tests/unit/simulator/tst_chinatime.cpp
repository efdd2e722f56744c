#include "simulator/chinatime.h"

#include <QTest>
#include <QTimeZone>

#include <ctime>

using namespace rw;

class tst_ChinaTime : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The machine's zone must not matter: pretend to be in New York.
        qputenv("TZ", "America/New_York");
        tzset();
    }

    void formatsInChinaStandardTime()
    {
        const QDateTime t(QDate(2024, 6, 30), QTime(17, 5, 9), QTimeZone::utc());
        QCOMPARE(ChinaTime::dateTime14(t), 20240701010509LL);
        QCOMPARE(ChinaTime::date(t), QDate(2024, 7, 1));
        QCOMPARE(ChinaTime::yearMonth(t), 202407LL);
        QCOMPARE(ChinaTime::date8(QDate(2024, 2, 29)), 20240229LL);
        QCOMPARE(ChinaTime::hourMinute(7, 30), QStringLiteral("0730"));
        // The same instant given in local (New York) time gives the same answer.
        QCOMPARE(ChinaTime::dateTime14(t.toLocalTime()), 20240701010509LL);
    }

    void midnightInChina()
    {
        const QDateTime utc = ChinaTime::at(QDate(2024, 6, 1));
        QCOMPARE(utc, QDateTime(QDate(2024, 5, 31), QTime(16, 0), QTimeZone::utc()));
        QCOMPARE(ChinaTime::dateTime14(utc), 20240601000000LL);
        QCOMPARE(ChinaTime::dateTime14(QDateTime::fromSecsSinceEpoch(0, Qt::UTC)), 19700101080000LL);
    }
};

QTEST_GUILESS_MAIN(tst_ChinaTime)
#include "tst_chinatime.moc"
