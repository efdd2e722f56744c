// BadRecordClient against the real reference platform on loopback (TLS, pinned certificate): the city's
// bad-record list added to, listed and removed from; failures that name the operation,
// the subject, the HTTP status and the platform's words; answers overtaken by a newer request dropped; and
// a platform without an address turned into failed().

#include "client/badrecordclient.h"
#include "client/platformclient.h"
#include "permits/personaldatamask.h"
#include "security/auditstore.h"

#include "admintestsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rw;

namespace {

const QString Plate = u"琼DD12345"_s;
const QString Licence = u"469001199001011234"_s;

} // namespace

class tst_BadRecordClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addListAndRemove();
    void maskedUnlessRevealed();
    void failuresNameWhatFailed();
    void aListOvertakenByANewerOneIsDropped();
    void aCancelledListIsDroppedButNotAnAddition();
    void noAddressFails();

private:
    std::unique_ptr<PlatformClient> signedIn(const QString &user);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<PlatformServer> m_server;
    std::unique_ptr<PlatformClient> m_platform;
};

void tst_BadRecordClient::init()
{
    qRegisterMetaType<BadRecord>();
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<ManualClock>(admintest::startTime()); // 2026-03-02 09:00 China time
    m_server = admintest::startPlatform(m_dir->path(), m_clock.get());
    QVERIFY(m_server);
    m_platform = signedIn(u"demo.city"_s);
    QVERIFY(m_platform);
}

void tst_BadRecordClient::cleanup()
{
    m_platform.reset();
    m_server.reset();
    m_clock.reset();
    m_dir.reset();
}

std::unique_ptr<PlatformClient> tst_BadRecordClient::signedIn(const QString &user)
{
    auto platform = std::make_unique<PlatformClient>();
    admintest::connectTo(*platform, m_server->baseUrl(), m_server->certificate());
    const QString refused = admintest::signIn(*platform, user, *m_clock);
    if (!refused.isEmpty()) {
        qWarning("cannot sign in as %s: %s", qPrintable(user), qPrintable(refused));
        return nullptr;
    }
    return platform;
}

void tst_BadRecordClient::addListAndRemove()
{
    BadRecordClient client(m_platform.get());
    QSignalSpy added(&client, &BadRecordClient::added);
    QSignalSpy listed(&client, &BadRecordClient::listed);
    QSignalSpy removed(&client, &BadRecordClient::removed);
    QSignalSpy failed(&client, &BadRecordClient::failed);
    QSignalSpy busy(&client, &BadRecordClient::busyChanged);

    client.add(BadRecord::Subject::Vehicle, u" 琼dd12345 "_s, u"三次无证营运"_s, QDate(2026, 12, 31));
    QVERIFY(client.isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(added.size(), 1, 10000);
    QVERIFY(!client.isBusy());
    QCOMPARE(busy.size(), 2);
    const BadRecord entry = added.first().first().value<BadRecord>();
    QCOMPARE(entry.plate, Plate);
    QCOMPARE(entry.reason, u"三次无证营运"_s);
    QCOMPARE(entry.until, QDate(2026, 12, 31));
    QCOMPARE(entry.addedBy, u"demo.city"_s);
    QCOMPARE(entry.addedAt, m_clock->now());
    QVERIFY(entry.active);

    client.list();
    QTRY_COMPARE_WITH_TIMEOUT(listed.size(), 1, 10000);
    QList<BadRecord> records = listed.first().at(0).value<QList<BadRecord>>();
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first(), entry);
    QCOMPARE(listed.first().at(1).toDateTime(), m_clock->now());
    QCOMPARE(listed.first().at(2).toBool(), false);

    client.remove(entry.id, u"Appeal upheld"_s);
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 10000);
    const BadRecord gone = removed.first().first().value<BadRecord>();
    QCOMPARE(gone.id, entry.id);
    QCOMPARE(gone.removedBy, u"demo.city"_s);
    QCOMPARE(gone.removeReason, u"Appeal upheld"_s);
    QVERIFY(!gone.active);

    client.list(true);
    QTRY_COMPARE_WITH_TIMEOUT(listed.size(), 2, 10000);
    QCOMPARE(listed.last().at(0).value<QList<BadRecord>>().size(), 0);
    QCOMPARE(listed.last().at(2).toBool(), true);
    QCOMPARE(failed.size(), 0);
}

void tst_BadRecordClient::maskedUnlessRevealed()
{
    BadRecordClient client(m_platform.get());
    QSignalSpy added(&client, &BadRecordClient::added);
    QSignalSpy listed(&client, &BadRecordClient::listed);
    client.add(BadRecord::Subject::Driver, Licence, u"Overcharged"_s);
    QTRY_COMPARE_WITH_TIMEOUT(added.size(), 1, 10000);
    QCOMPARE(added.first().first().value<BadRecord>().licence, PersonalDataMask::licence(Licence));

    client.list();
    QTRY_COMPARE_WITH_TIMEOUT(listed.size(), 1, 10000);
    QCOMPARE(listed.last().first().value<QList<BadRecord>>().first().licence,
             PersonalDataMask::licence(Licence));
    client.list(false, u"路检 & check + more"_s);
    QTRY_COMPARE_WITH_TIMEOUT(listed.size(), 2, 10000);
    QCOMPARE(listed.last().first().value<QList<BadRecord>>().first().licence, Licence);
    // The reason reached the audit trail as typed ("&" and "+" included).
    QString reason;
    for (const AuditEntry &e : m_server->audit().entries(1, -1))
        if (e.action == u"badrecords.list"_s && e.detail().value(u"revealed"_s).toBool())
            reason = e.detail().value(u"reason"_s).toString();
    QCOMPARE(reason, u"路检 & check + more"_s);
}

void tst_BadRecordClient::failuresNameWhatFailed()
{
    BadRecordClient client(m_platform.get());
    QSignalSpy failed(&client, &BadRecordClient::failed);
    const auto lastMessage = [&] { return failed.last().at(1).toString(); };

    client.add(BadRecord::Subject::Vehicle, Plate, u"  "_s);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    QCOMPARE(failed.last().first().value<BadRecordClient::Operation>(), BadRecordClient::Operation::Add);
    QVERIFY2(lastMessage().contains(Plate) && lastMessage().contains(u"HTTP 400"_s) &&
                 lastMessage().contains(u"reason"_s),
             qPrintable(lastMessage()));

    client.add(BadRecord::Subject::Driver, Licence, u"  "_s);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, 10000);
    QVERIFY2(!lastMessage().contains(Licence), qPrintable(lastMessage())); // personal data stays out

    client.remove(999, u"x"_s);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 3, 10000);
    QCOMPARE(failed.last().first().value<BadRecordClient::Operation>(), BadRecordClient::Operation::Remove);
    QVERIFY2(lastMessage().contains(u"999"_s) && lastMessage().contains(u"HTTP 404, not_found"_s),
             qPrintable(lastMessage()));

    // A provincial supervisor reads the list but may not change it.
    const auto province = signedIn(u"demo.province"_s);
    QVERIFY(province);
    BadRecordClient supervisor(province.get());
    QSignalSpy refused(&supervisor, &BadRecordClient::failed);
    supervisor.add(BadRecord::Subject::Vehicle, Plate, u"x"_s);
    QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 10000);
    QVERIFY2(refused.first().at(1).toString().contains(u"HTTP 403, forbidden"_s),
             qPrintable(refused.first().at(1).toString()));
}

void tst_BadRecordClient::aListOvertakenByANewerOneIsDropped()
{
    BadRecordClient client(m_platform.get());
    QSignalSpy listed(&client, &BadRecordClient::listed);
    client.list(false);
    client.list(true);
    QCOMPARE(client.pendingCount(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(client.pendingCount(), 0, 10000);
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().at(2).toBool(), true); // the newer one's
}

void tst_BadRecordClient::aCancelledListIsDroppedButNotAnAddition()
{
    BadRecordClient client(m_platform.get());
    QSignalSpy listed(&client, &BadRecordClient::listed);
    QSignalSpy added(&client, &BadRecordClient::added);
    QSignalSpy busy(&client, &BadRecordClient::busyChanged);
    QVERIFY(!client.cancelList()); // nothing to cancel
    client.list(false);
    client.add(BadRecord::Subject::Vehicle, Plate, u"三次无证营运"_s);
    QVERIFY(client.isListing());
    QVERIFY(client.cancelList());
    QVERIFY(!client.isListing());
    QCOMPARE(client.pendingCount(), 1); // the addition goes on
    QVERIFY(client.isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(added.size(), 1, 10000);
    QVERIFY(!client.isBusy());
    QCOMPARE(busy.size(), 2); // busy once, idle once
    // A round trip after the cancelled list's: its answer never came out.
    client.list(true);
    QTRY_COMPARE_WITH_TIMEOUT(listed.size(), 1, 10000);
    QCOMPARE(listed.first().at(2).toBool(), true);
    // Cancelling the only request ends the busy state at once.
    busy.clear();
    client.list(false);
    QVERIFY(client.cancelList());
    QCOMPARE(busy.size(), 2);
    QCOMPARE(busy.last().first().toBool(), false);
}

void tst_BadRecordClient::noAddressFails()
{
    PlatformClient nowhere;
    BadRecordClient client(&nowhere);
    QSignalSpy failed(&client, &BadRecordClient::failed);
    QSignalSpy busy(&client, &BadRecordClient::busyChanged);
    client.list();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
    QCOMPARE(failed.first().first().value<BadRecordClient::Operation>(), BadRecordClient::Operation::List);
    QVERIFY2(failed.first().at(1).toString().startsWith(u"Loading the bad-record list failed"_s),
             qPrintable(failed.first().at(1).toString()));
    QVERIFY(!client.isBusy());
    QCOMPARE(busy.size(), 2);
}

QTEST_MAIN(tst_BadRecordClient)
#include "tst_badrecordclient.moc"
