// StatusBoard reads GET /api/v1/outages/board (docs/outage-contracts.md); errors name the JSON path.
#include "outages/statusboard.h"
#include "outagetestsupport.h"

#include <QTest>

using namespace rw;
using namespace rw::outagetest;
using namespace Qt::StringLiterals;

class tst_StatusBoard : public QObject
{
    Q_OBJECT

private slots:
    void readsTheBoard()
    {
        QString error;
        const auto b = StatusBoard::fromJson(board(), &error);
        QVERIFY2(b, qPrintable(error));
        QCOMPARE(b->atMs, kT0 + kHour);
        QCOMPARE(b->companies.size(), 2);
        const StatusBoard::Company &c1 = b->companies.at(0);
        QCOMPARE(c1.displayName(), u"五指山约车"_s);
        QCOMPARE(c1.streams.size(), 2);
        QCOMPARE(c1.streams.at(0).stream, OutageStream::Position);
        QCOMPARE(c1.streams.at(0).openOutage, 12);
        QCOMPARE(c1.streams.at(1).recordsPerMinute, 3.5);
        QCOMPARE(c1.streams.at(1).openOutage, 0);
        QVERIFY(c1.hasOpenOutage());
        QVERIFY(b->companies.at(1).suspended);
        QCOMPARE(b->companies.at(1).suspendReason, u"forged records"_s);
        QVERIFY(!b->companies.at(1).hasOpenOutage());
        QCOMPARE(b->openOutages(), QList<qint64>{12});
        QCOMPARE(b->company(u"C2"_s)->name, u"深圳出行"_s);
        QVERIFY(!b->company(u"C3"_s));
    }

    void malformedBoardsNameThePath()
    {
        QJsonObject reply = board();
        QJsonArray companies = reply.value(u"companies"_s).toArray();
        QJsonObject c1 = companies.at(0).toObject();
        QJsonArray streams = c1.value(u"streams"_s).toArray();
        QJsonObject s = streams.at(1).toObject();
        s.insert(u"stream"_s, u"gps"_s);
        streams[1] = s;
        c1.insert(u"streams"_s, streams);
        companies[0] = c1;
        reply.insert(u"companies"_s, companies);
        QString error;
        QVERIFY(!StatusBoard::fromJson(reply, &error));
        QVERIFY2(error.startsWith(u"companies[0].streams[1].stream:"_s), qPrintable(error));
        QVERIFY2(error.contains(u"gps"_s), qPrintable(error));

        reply = board();
        companies = reply.value(u"companies"_s).toArray();
        QJsonObject c2 = companies.at(1).toObject();
        c2.insert(u"suspended"_s, u"no"_s);
        companies[1] = c2;
        reply.insert(u"companies"_s, companies);
        QVERIFY(!StatusBoard::fromJson(reply, &error));
        QVERIFY2(error.startsWith(u"companies[1].suspended:"_s), qPrintable(error));

        reply = board();
        reply.remove(u"at"_s);
        QVERIFY(!StatusBoard::fromJson(reply, &error));
        QVERIFY2(error.startsWith(u"at: missing"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(tst_StatusBoard)
#include "tst_statusboard.moc"
