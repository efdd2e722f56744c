// OutageClient against the REAL reference platform on 127.0.0.1 over TLS (its OutagesApi,
// docs/outage-contracts.md): outages made by feeding positions to the platform's OutageMonitor on a
// ManualClock and ticking it, notices stored with its NoticeStore.

#include "admintestsupport.h"
#include "client/outageclient.h"
#include "outagefixtures.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace rw;
using namespace rw::outagefixtures;
using namespace Qt::StringLiterals;

class tst_OutageClient : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<PlatformServer> m_server;
    qint64 m_closed = 0; //!< C1's first outage, closed, with an incident notice
    qint64 m_open = 0;   //!< C1's second outage, open, undeclared
    qint64 m_c2 = 0;     //!< C2's (Shenzhen) open outage

    /** A PlatformClient signed in as \a user. */
    std::unique_ptr<PlatformClient> signedIn(const QString &user)
    {
        auto client = std::make_unique<PlatformClient>();
        admintest::connectTo(*client, m_server->baseUrl(), m_server->certificate());
        const QString error = admintest::signIn(*client, user, *m_clock);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return error.isEmpty() ? std::move(client) : nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_clock = std::make_unique<ManualClock>(start());
        m_server = admintest::startPlatform(m_dir.path(), m_clock.get());
        QVERIFY(m_server);
        QString error;
        QVERIFY2(addCompanies(*m_server, &error), qPrintable(error));
        feed(*m_server, *m_clock, kC1, 30);
        m_closed = silence(*m_server, *m_clock, kC1);
        QVERIFY(m_closed > 0);
        const qint64 closedStart = m_server->outages().detector().outages().first().startMs;
        QVERIFY(addNotice(*m_server, kC1, NoticeKind::Incident, m_clock->nowMs() - 60'000, closedStart / 1000,
                          m_clock->nowMs() / 1000 + 60, u"机房断电"_s) > 0);
        feed(*m_server, *m_clock, kC1, 30); // closes the first, then 30 minutes of data
        m_open = silence(*m_server, *m_clock, kC1);
        QVERIFY(m_open > m_closed);
        feed(*m_server, *m_clock, kC2, 30);
        m_c2 = silence(*m_server, *m_clock, kC2);
        QVERIFY(m_c2 > m_open);
    }

    void cleanupTestCase() { m_server.reset(); }

    void outagesOfTheRegion()
    {
        const auto platform = signedIn(u"demo.city"_s);
        QVERIFY(platform);
        OutageClient client(platform.get());
        QSignalSpy received(&client, &OutageClient::outagesReceived);
        QSignalSpy busy(&client, &OutageClient::busyChanged);
        client.outages({});
        QVERIFY(client.isBusy());
        QVERIFY(received.wait(10000));
        const auto list = received.at(0).at(0).value<QList<OutageRecord>>();
        // Shenzhen's outage is outside Wuzhishan's scope; newest start first.
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).id, m_open);
        QVERIFY(list.at(0).isOpen());
        QCOMPARE(list.at(0).companyName, kC1Name);
        QVERIFY(list.at(0).flags.testFlag(OutageAssessment::Undeclared));
        QCOMPARE(list.at(1).id, m_closed);
        QVERIFY(!list.at(1).isOpen());
        QVERIFY(!list.at(1).flags.testFlag(OutageAssessment::Undeclared));
        QVERIFY(list.at(1).incident);
        QCOMPARE(list.at(1).incident->reason, u"机房断电"_s);
        QCOMPARE(busy.size(), 2);

        OutageClient::Filter open;
        open.openOnly = true;
        client.outages(open);
        QVERIFY(received.wait(10000));
        QCOMPARE(received.at(1).at(0).value<QList<OutageRecord>>().size(), 1);

        // A month without outages: from/to select overlapping windows.
        OutageClient::Filter october;
        october.fromMs = QDateTime(QDate(2026, 10, 1), QTime(0, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
        october.toMs = QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
        client.outages(october);
        QVERIFY(received.wait(10000));
        QCOMPARE(received.at(2).at(0).value<QList<OutageRecord>>().size(), 0);
    }

    void theNewestRequestWins()
    {
        const auto platform = signedIn(u"demo.city"_s);
        QVERIFY(platform);
        OutageClient client(platform.get());
        QSignalSpy received(&client, &OutageClient::outagesReceived);
        OutageClient::Filter open;
        open.openOnly = true;
        client.outages(open);
        client.outages({});
        QVERIFY(received.wait(10000));
        QTRY_VERIFY(!client.isBusy());
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.at(0).at(0).value<QList<OutageRecord>>().size(), 2); // the second request's
        QCOMPARE(client.requestsSent(), 2);
    }

    void detailNoticesAndBoard()
    {
        const auto platform = signedIn(u"demo.province"_s);
        QVERIFY(platform);
        OutageClient client(platform.get());
        QSignalSpy detail(&client, &OutageClient::outageReceived);
        QSignalSpy notices(&client, &OutageClient::noticesReceived);
        QSignalSpy board(&client, &OutageClient::boardReceived);
        client.outage(m_closed);
        client.notices(kC1);
        client.board();
        QTRY_VERIFY_WITH_TIMEOUT(!detail.isEmpty() && !notices.isEmpty() && !board.isEmpty(), 10000);
        const auto o = detail.at(0).at(0).value<OutageRecord>();
        QCOMPARE(o.id, m_closed);
        QCOMPARE(o.notices.size(), 1);
        QCOMPARE(o.notices.first().kind, NoticeKind::Incident);
        QCOMPARE(notices.at(0).at(0).value<QList<NoticeRecord>>().size(), 1);
        const auto b = board.at(0).at(0).value<StatusBoard>();
        QCOMPARE(b.companies.size(), 1); // Hainan's province: Wuzhishan's company
        QCOMPARE(b.companies.first().companyId, kC1);
        QCOMPARE(b.openOutages(), QList<qint64>{m_open});
    }

    void refusalsNameStatusCodeAndMessage()
    {
        const auto platform = signedIn(u"demo.city"_s);
        QVERIFY(platform);
        OutageClient client(platform.get());
        QSignalSpy failed(&client, &OutageClient::failed);
        OutageClient::Filter shenzhen;
        shenzhen.company = kC2;
        client.outages(shenzhen);
        QVERIFY(failed.wait(10000));
        QString message = failed.at(0).at(1).toString();
        QCOMPARE(failed.at(0).at(0).value<OutageClient::Operation>(), OutageClient::Operation::Outages);
        QVERIFY2(message.contains(u"HTTP 403, out_of_scope"_s), qPrintable(message));
        QVERIFY2(message.contains(kC2), qPrintable(message));
        client.outage(m_c2); // another region's outage answers like a missing one
        QVERIFY(failed.wait(10000));
        message = failed.at(1).at(1).toString();
        QVERIFY2(message.contains(u"HTTP 404, not_found"_s), qPrintable(message));
        // The city officer reads its company's access but does not change it.
        QSignalSpy state(&client, &OutageClient::suspensionReceived);
        client.suspension(kC1);
        QVERIFY(state.wait(10000));
        QVERIFY(!state.at(0).at(0).value<CompanySuspensionState>().suspended);
        client.setSuspended(kC1, true, u"test"_s);
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.at(2).at(1).toString().contains(u"HTTP 403"_s),
                 qPrintable(failed.at(2).at(1).toString()));
    }

    void suspendAndRestore()
    {
        const auto platform = signedIn(u"demo.secadmin"_s);
        QVERIFY(platform);
        OutageClient client(platform.get());
        QSignalSpy changed(&client, &OutageClient::suspensionChanged);
        QSignalSpy failed(&client, &OutageClient::failed);
        // No reason: refused here, nothing sent (Art. 13: the platform would refuse too).
        client.setSuspended(kC1, true, u"   "_s);
        QVERIFY(failed.wait(5000));
        QVERIFY2(failed.at(0).at(1).toString().contains(u"reason"_s),
                 qPrintable(failed.at(0).at(1).toString()));
        QCOMPARE(client.requestsSent(), 0);

        client.setSuspended(kC1, true, u" forged records "_s);
        QVERIFY(changed.wait(10000));
        auto s = changed.at(0).at(0).value<CompanySuspensionState>();
        QVERIFY(s.suspended);
        QCOMPARE(s.reason, u"forged records"_s);
        QCOMPARE(s.by, u"demo.secadmin"_s);
        QCOMPARE(s.history.size(), 1);

        // Nothing would change: the platform's 409 and its message come through verbatim.
        client.setSuspended(kC1, true, u"again"_s);
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.at(1).at(1).toString().contains(u"HTTP 409, conflict"_s),
                 qPrintable(failed.at(1).at(1).toString()));

        QSignalSpy board(&client, &OutageClient::boardReceived);
        client.board();
        QVERIFY(board.wait(10000));
        const auto b = board.at(0).at(0).value<StatusBoard>();
        QCOMPARE(b.companies.size(), 2); // the security administrator sees every company
        QVERIFY(b.company(kC1)->suspended);
        QCOMPARE(b.company(kC1)->suspendReason, u"forged records"_s);

        client.setSuspended(kC1, false, u"verified"_s);
        QVERIFY(changed.wait(10000));
        s = changed.at(1).at(0).value<CompanySuspensionState>();
        QVERIFY(!s.suspended);
        QCOMPARE(s.history.first().restoreReason, u"verified"_s);
    }

    void anUnreachablePlatform()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        PlatformClient platform;
        platform.setBaseUrl(QUrl(u"https://127.0.0.1:%1"_s.arg(port)));
        OutageClient client(&platform);
        QSignalSpy failed(&client, &OutageClient::failed);
        client.board();
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000);
        QVERIFY2(failed.at(0).at(1).toString().startsWith(u"Loading the status board failed"_s),
                 qPrintable(failed.at(0).at(1).toString()));
        QVERIFY(!client.isBusy());
    }
};

QTEST_MAIN(tst_OutageClient)
#include "tst_outageclient.moc"
