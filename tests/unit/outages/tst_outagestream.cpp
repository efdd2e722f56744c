#include "outages/outagestream.h"

#include <QTest>

using namespace rw;

class tst_OutageStream : public QObject
{
    Q_OBJECT

private slots:
    void keysRoundTrip()
    {
        for (OutageStream s : kOutageStreams) {
            QVERIFY(!OutageStreams::title(s).isEmpty());
            QCOMPARE(OutageStreams::fromKey(OutageStreams::key(s)), std::optional<OutageStream>(s));
        }
        QCOMPARE(OutageStreams::fromKey(u"positions"), std::nullopt);
    }

    void streamOfInterface_data()
    {
        QTest::addColumn<QString>("ipcType");
        QTest::addColumn<int>("stream"); // -1: none
        QTest::newRow("position") << "positionVehicle" << int(OutageStream::Position);
        QTest::newRow("driver position") << "positionDriver" << int(OutageStream::Position);
        QTest::newRow("order") << "orderMatch" << int(OutageStream::Order);
        QTest::newRow("operate") << "operatePay" << int(OutageStream::Operate);
        QTest::newRow("base info") << "baseInfoVehicle" << int(OutageStream::BaseInfo);
        QTest::newRow("rated") << "ratedPassengerComplaint" << int(OutageStream::Rated);
        QTest::newRow("share") << "shareRoute" << int(OutageStream::Share);
        QTest::newRow("group name alone") << "position" << -1;
        QTest::newRow("lower-case continuation") << "orders" << -1;
        QTest::newRow("unknown") << "notice" << -1;
    }

    void streamOfInterface()
    {
        QFETCH(QString, ipcType);
        QFETCH(int, stream);
        const std::optional<OutageStream> found = OutageStreams::ofIpcType(ipcType);
        if (stream < 0)
            QCOMPARE(found, std::nullopt);
        else
            QCOMPARE(found, std::optional<OutageStream>(OutageStream(stream)));
    }
};

QTEST_GUILESS_MAIN(tst_OutageStream)
#include "tst_outagestream.moc"
