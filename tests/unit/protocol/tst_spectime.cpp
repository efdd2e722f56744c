#include "protocol/interfacecatalogue.h"
#include "protocol/record.h"
#include "protocol/spectime.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace rw;

namespace {

// Reference conversion through QDateTime, used to check the hand-written calendar arithmetic.
qint64 cstSeconds(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone(8 * 3600)).toSecsSinceEpoch();
}

} // namespace

class tst_SpecTime : public QObject
{
    Q_OBJECT

private slots:
    void calendar();
    void dateTime_data();
    void dateTime();
    void date_data();
    void date();
    void yearMonth();
    void hourMinute_data();
    void hourMinute();
    void positionTimeUnixOrDateTime_data();
    void positionTimeUnixOrDateTime();
    void chinaTimeVersusUtcAtAMonthBoundary();
    void formatRoundTrip();
    void formatBeforeEpoch();
    void parseVariants_data();
    void parseVariants();
    void businessTime();
};

void tst_SpecTime::calendar()
{
    QVERIFY(SpecTime::isLeapYear(2024));
    QVERIFY(SpecTime::isLeapYear(2000));
    QVERIFY(!SpecTime::isLeapYear(1900));
    QVERIFY(!SpecTime::isLeapYear(2023));
    QCOMPARE(SpecTime::daysInMonth(2024, 2), 29);
    QCOMPARE(SpecTime::daysInMonth(2023, 2), 28);
    QCOMPARE(SpecTime::daysInMonth(2023, 4), 30);
    QCOMPARE(SpecTime::daysInMonth(2023, 13), 0);
    QVERIFY(SpecTime::isValidDate(2024, 2, 29));
    QVERIFY(!SpecTime::isValidDate(2023, 2, 29));
    QVERIFY(!SpecTime::isValidDate(2024, 2, 30));
    QVERIFY(!SpecTime::isValidDate(2024, 0, 1));
    QVERIFY(!SpecTime::isValidDate(2024, 1, 0));
    QVERIFY(!SpecTime::isValidDate(0, 1, 1));
    QVERIFY(SpecTime::isValidTime(23, 59, 59));
    QVERIFY(SpecTime::isValidTime(0, 0, 0));
    QVERIFY(!SpecTime::isValidTime(24, 0, 0));
    QVERIFY(!SpecTime::isValidTime(12, 60, 0));
    QVERIFY(!SpecTime::isValidTime(12, 0, 60));
}

void tst_SpecTime::dateTime_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<qint64>("expected"); // -1 = invalid

    QTest::newRow("CTTIC sample") << qint64(20161101151703) << cstSeconds(2016, 11, 1, 15, 17, 3);
    QTest::newRow("leap day") << qint64(20240229000000) << cstSeconds(2024, 2, 29);
    QTest::newRow("2000 leap day") << qint64(20000229235959) << cstSeconds(2000, 2, 29, 23, 59, 59);
    QTest::newRow("1900 not leap") << qint64(19000229000000) << qint64(-1);
    QTest::newRow("2023-02-29") << qint64(20230229000000) << qint64(-1);
    QTest::newRow("2024-02-30") << qint64(20240230120000) << qint64(-1);
    QTest::newRow("2024-04-31") << qint64(20240431120000) << qint64(-1);
    QTest::newRow("month 13") << qint64(20241301120000) << qint64(-1);
    QTest::newRow("month 0") << qint64(20240001120000) << qint64(-1);
    QTest::newRow("day 0") << qint64(20240100120000) << qint64(-1);
    QTest::newRow("hour 23") << qint64(20240101235959) << cstSeconds(2024, 1, 1, 23, 59, 59);
    QTest::newRow("hour 24") << qint64(20240101240000) << qint64(-1);
    QTest::newRow("minute 60") << qint64(20240101126000) << qint64(-1);
    QTest::newRow("second 60") << qint64(20240101120060) << qint64(-1);
    QTest::newRow("13 digits") << qint64(2024010112000) << qint64(-1);
    QTest::newRow("15 digits") << qint64(202401011200000) << qint64(-1);
    QTest::newRow("epoch in CST") << qint64(19700101080000) << qint64(0);
    QTest::newRow("negative") << qint64(-20240101120000) << qint64(-1);
}

void tst_SpecTime::dateTime()
{
    QFETCH(qint64, value);
    QFETCH(qint64, expected);
    const auto parsed = SpecTime::fromDateTime(value);
    if (expected == -1) {
        QVERIFY(!parsed);
    } else {
        QVERIFY(parsed);
        QCOMPARE(*parsed, expected);
    }
}

void tst_SpecTime::date_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("plain") << qint64(20240315) << cstSeconds(2024, 3, 15);
    QTest::newRow("leap day") << qint64(20240229) << cstSeconds(2024, 2, 29);
    QTest::newRow("2024-02-30") << qint64(20240230) << qint64(-1);
    QTest::newRow("2023-02-29") << qint64(20230229) << qint64(-1);
    QTest::newRow("Dec 31") << qint64(20231231) << cstSeconds(2023, 12, 31);
    QTest::newRow("month 13") << qint64(20231301) << qint64(-1);
    QTest::newRow("7 digits") << qint64(2024031) << qint64(-1);
    QTest::newRow("9 digits") << qint64(202403150) << qint64(-1);
    QTest::newRow("zero") << qint64(0) << qint64(-1);
}

void tst_SpecTime::date()
{
    QFETCH(qint64, value);
    QFETCH(qint64, expected);
    const auto parsed = SpecTime::fromDate(value);
    if (expected == -1) {
        QVERIFY(!parsed);
    } else {
        QVERIFY(parsed);
        QCOMPARE(*parsed, expected);
    }
}

void tst_SpecTime::yearMonth()
{
    QCOMPARE(SpecTime::fromYearMonth(202402), std::optional<qint64>(cstSeconds(2024, 2, 1)));
    QCOMPARE(SpecTime::fromYearMonth(202412), std::optional<qint64>(cstSeconds(2024, 12, 1)));
    QVERIFY(!SpecTime::fromYearMonth(202413));
    QVERIFY(!SpecTime::fromYearMonth(202400));
    QVERIFY(!SpecTime::fromYearMonth(20241));
    QVERIFY(!SpecTime::fromYearMonth(2024011));
}

void tst_SpecTime::hourMinute_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected"); // -1 = invalid

    QTest::newRow("07:30") << QStringLiteral("0730") << 450;
    QTest::newRow("midnight") << QStringLiteral("0000") << 0;
    QTest::newRow("23:59") << QStringLiteral("2359") << 1439;
    QTest::newRow("24:00") << QStringLiteral("2400") << -1;
    QTest::newRow("minute 60") << QStringLiteral("1260") << -1;
    QTest::newRow("three digits") << QStringLiteral("730") << -1;
    QTest::newRow("with colon") << QStringLiteral("07:30") << -1;
    QTest::newRow("letters") << QStringLiteral("07a0") << -1;
    QTest::newRow("empty") << QString() << -1;
}

void tst_SpecTime::hourMinute()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    const auto minutes = SpecTime::minutesFromHourMinute(QStringView(text));
    const auto parsed = SpecTime::parse(FieldFormat::HourMinute, text);
    if (expected < 0) {
        QVERIFY(!minutes);
        QVERIFY(!parsed);
    } else {
        QCOMPARE(minutes, std::optional<int>(expected));
        QCOMPARE(parsed, std::optional<qint64>(expected));
        QCOMPARE(SpecTime::toHourMinute(expected), text);
    }
    QVERIFY(!SpecTime::minutesFromHourMinute(qint64(2400)));
    QCOMPARE(SpecTime::minutesFromHourMinute(qint64(730)), std::optional<int>(450));
}

void tst_SpecTime::positionTimeUnixOrDateTime_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<qint64>("expected");

    // CTTIC test sends Unix seconds; one uploader sends YYYYMMDDhhmmss (CST).
    QTest::newRow("Unix seconds") << qint64(1478566122) << qint64(1478566122);
    QTest::newRow("same moment as datetime") << qint64(20161108084842) << qint64(1478566122);
    QTest::newRow("Unix zero") << qint64(0) << qint64(0);
    QTest::newRow("largest ten digits") << qint64(9999999999) << qint64(9999999999);
    QTest::newRow("Unix milliseconds") << qint64(1478566122000) << qint64(-1);
    QTest::newRow("eleven digits") << qint64(14785661220) << qint64(-1);
    QTest::newRow("invalid datetime") << qint64(20161131084842) << qint64(-1);
    QTest::newRow("negative") << qint64(-1) << qint64(-1);
}

void tst_SpecTime::positionTimeUnixOrDateTime()
{
    QFETCH(qint64, value);
    QFETCH(qint64, expected);
    const auto parsed = SpecTime::fromPositionTime(value);
    if (expected == -1) {
        QVERIFY(!parsed);
        QVERIFY(!SpecTime::isValid(FieldFormat::UnixOrDateTime, value));
    } else {
        QCOMPARE(parsed, std::optional<qint64>(expected));
        QVERIFY(SpecTime::isValid(FieldFormat::UnixOrDateTime, value));
    }
}

void tst_SpecTime::chinaTimeVersusUtcAtAMonthBoundary()
{
    // 2024-03-01 05:00 in Beijing is still 2024-02-29 21:00 UTC: the spec's local time decides the month.
    const qint64 unix = QDateTime(QDate(2024, 2, 29), QTime(21, 0), Qt::UTC).toSecsSinceEpoch();
    QCOMPARE(SpecTime::fromDateTime(20240301050000), std::optional<qint64>(unix));
    QCOMPARE(SpecTime::toDateTime(unix), qint64(20240301050000));
    QCOMPARE(SpecTime::toDate(unix), qint64(20240301));
    QCOMPARE(SpecTime::toYearMonth(unix), qint64(202403));
    // One second before CST midnight it is still February.
    QCOMPARE(SpecTime::toDateTime(*SpecTime::fromDate(20240301) - 1), qint64(20240229235959));
    QCOMPARE(SpecTime::toYearMonth(*SpecTime::fromYearMonth(202403) - 1), qint64(202402));
    // New year in Beijing while UTC still has the old year.
    QCOMPARE(*SpecTime::fromDateTime(20250101000000),
             QDateTime(QDate(2024, 12, 31), QTime(16, 0), Qt::UTC).toSecsSinceEpoch());
}

void tst_SpecTime::formatRoundTrip()
{
    // Every day of a leap year and some times, through parse and format.
    qint64 start = *SpecTime::fromDate(20240101);
    for (int day = 0; day < 366; ++day) {
        const qint64 t = start + day * 86400 + (day * 3607) % 86400;
        const qint64 number = SpecTime::toDateTime(t);
        QCOMPARE(SpecTime::fromDateTime(number), std::optional<qint64>(t));
        QCOMPARE(QDateTime::fromSecsSinceEpoch(t, QTimeZone(8 * 3600)).toString(u"yyyyMMddHHmmss"),
                 QString::number(number));
    }
    QCOMPARE(SpecTime::toDate(*SpecTime::fromDate(20241231)), qint64(20241231));
}

void tst_SpecTime::formatBeforeEpoch()
{
    QCOMPARE(SpecTime::toDateTime(-1), qint64(19700101075959));
    QCOMPARE(SpecTime::fromDateTime(19691231235959),
             std::optional<qint64>(cstSeconds(1969, 12, 31, 23, 59, 59)));
}

void tst_SpecTime::parseVariants_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<bool>("valid");

    const int date = int(FieldFormat::Date);
    const int dateTime = int(FieldFormat::DateTime);
    QTest::newRow("qint64") << date << QVariant(qint64(20240229)) << true;
    QTest::newRow("int") << date << QVariant(int(20240229)) << true;
    QTest::newRow("whole double") << dateTime << QVariant(20240229120000.0) << true;
    QTest::newRow("fraction") << date << QVariant(20240229.5) << false;
    QTest::newRow("digit text") << date << QVariant(QStringLiteral("20240229")) << true;
    QTest::newRow("leading zero text") << date << QVariant(QStringLiteral("020240229")) << false;
    QTest::newRow("dashed text") << date << QVariant(QStringLiteral("2024-02-29")) << false;
    QTest::newRow("bool") << date << QVariant(true) << false;
    QTest::newRow("absent") << date << QVariant() << false;
    QTest::newRow("plain format is always valid")
        << int(FieldFormat::Plain) << QVariant(QStringLiteral("x")) << true;
}

void tst_SpecTime::parseVariants()
{
    QFETCH(int, format);
    QFETCH(QVariant, value);
    QFETCH(bool, valid);
    QCOMPARE(SpecTime::isValid(FieldFormat(format), value), valid);
}

void tst_SpecTime::businessTime()
{
    const auto catalogue = InterfaceCatalogue::builtIn();
    Record order = makeRecord(*catalogue->byIpcType(u"orderCreate"));
    QVERIFY(!SpecTime::businessTime(order));
    order.setValue(u"DepartTime", qint64(20240301090000));
    order.setValue(u"OrderTime", qint64(20240301085500));
    QCOMPARE(SpecTime::businessTime(order), SpecTime::fromDateTime(20240301085500));
    order.setValue(u"OrderTime", qint64(20240230085500));
    QVERIFY(!SpecTime::businessTime(order));

    Record position = makeRecord(*catalogue->byIpcType(u"positionVehicle"));
    position.setValue(u"PositionTime", qint64(1478566122));
    QCOMPARE(SpecTime::businessTime(position), std::optional<qint64>(1478566122));
    position.setValue(u"PositionTime", qint64(20161108084842));
    QCOMPARE(SpecTime::businessTime(position), std::optional<qint64>(1478566122));

    Record rating = makeRecord(*catalogue->byIpcType(u"ratedDriver"));
    rating.setValue(u"TestDate", qint64(20240315));
    QCOMPARE(SpecTime::businessTime(rating), SpecTime::fromDate(20240315));

    Record vehicle = makeRecord(*catalogue->byIpcType(u"baseInfoVehicle"));
    vehicle.setValue(u"UpdateTime", qint64(20161101151703));
    QCOMPARE(SpecTime::businessTime(vehicle), std::optional<qint64>(cstSeconds(2016, 11, 1, 15, 17, 3)));

    QVERIFY(!SpecTime::businessTime(Record()));
}

QTEST_GUILESS_MAIN(tst_SpecTime)
#include "tst_spectime.moc"
