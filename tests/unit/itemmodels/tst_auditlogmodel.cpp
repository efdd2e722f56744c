// AuditLogModel paging from the issue-3 contract fixture (GET /api/v1/audit) over TLS on loopback.

#include "../client/admintestsupport.h"

#include "client/adminclient.h"
#include "itemmodels/auditlogmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace rw;
using namespace rw::admintest;

class tst_AuditLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void nothingIsFetchedBeforeAQuery();
    void pagesFollowNextBefore();
    void displaysEveryColumn();
    void aNewQueryDropsTheOldAnswer();
    void failureStopsFetchingUntilRefresh();
    void clearForgetsEverything();

private:
    std::unique_ptr<AdminContractFixture> m_fixture;
    std::unique_ptr<PlatformClient> m_client;
    std::unique_ptr<AdminClient> m_admin;
    std::unique_ptr<AuditLogModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_AuditLogModel::initTestCase()
{
    qputenv("TZ", "Asia/Shanghai");
}

void tst_AuditLogModel::init()
{
    m_fixture = std::make_unique<AdminContractFixture>();
    QVERIFY(m_fixture->start());
    m_fixture->fillAudit(250);
    m_client = std::make_unique<PlatformClient>();
    QVERIFY(m_fixture->signIn(*m_client, Role::AuditAdministrator));
    m_admin = std::make_unique<AdminClient>(m_client.get());
    m_model = std::make_unique<AuditLogModel>(m_admin.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_AuditLogModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_admin.reset();
    m_client.reset();
    m_fixture.reset();
}

void tst_AuditLogModel::nothingIsFetchedBeforeAQuery()
{
    const qsizetype requests = m_fixture->seen.size();
    QVERIFY(!m_model->canFetchMore({}));
    m_model->fetchMore({});
    QVERIFY(!m_model->isLoading());
    QSignalSpy verified(m_admin.get(), &AdminClient::auditVerified);
    m_admin->verifyAudit(); // a round trip: anything sent before it has arrived
    QVERIFY(verified.wait(10000));
    QCOMPARE(m_fixture->seen.size(), requests + 1);
    QCOMPARE(m_model->rowCount(), 0);
}

void tst_AuditLogModel::pagesFollowNextBefore()
{
    QSignalSpy loaded(m_model.get(), &AuditLogModel::pageLoaded);
    QSignalSpy loading(m_model.get(), &AuditLogModel::loadingChanged);
    m_model->setPageSize(100);
    m_model->setQuery(AuditQuery());
    QVERIFY(m_model->isLoading());
    QVERIFY(!m_model->canFetchMore({})); // one page at a time
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_model->rowCount(), 100);
    QCOMPARE(m_model->entryAt(0).seq, 250);
    QCOMPARE(m_model->entryAt(99).seq, 151);
    QVERIFY(m_model->hasMore());
    QVERIFY(m_model->canFetchMore({}));
    QCOMPARE(loading.size(), 2); // true, then false
    QCOMPARE(m_fixture->seen.last().query.queryItemValue(QStringLiteral("limit")), QStringLiteral("100"));
    QVERIFY(!m_fixture->seen.last().query.hasQueryItem(QStringLiteral("before")));

    m_model->fetchMore({});
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_fixture->seen.last().query.queryItemValue(QStringLiteral("before")), QStringLiteral("151"));
    QCOMPARE(m_model->rowCount(), 200);
    m_model->fetchMore({});
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_model->rowCount(), 250);
    QCOMPARE(m_model->entryAt(249).seq, 1);
    QVERIFY(!m_model->hasMore());
    QVERIFY(!m_model->canFetchMore({}));
    for (int row = 1; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->entryAt(row).seq, m_model->entryAt(row - 1).seq - 1); // no gap, no duplicate
}

void tst_AuditLogModel::displaysEveryColumn()
{
    QSignalSpy loaded(m_model.get(), &AuditLogModel::pageLoaded);
    AuditQuery query;
    query.actor = QStringLiteral("王小明");
    m_model->setQuery(query);
    QVERIFY(loaded.wait(10000));
    QVERIFY(m_model->rowCount() > 0);
    const AuditEntry &e = m_model->entryAt(0);
    const auto cell = [&](int column, int role = Qt::DisplayRole) {
        return m_model->index(0, column).data(role);
    };
    QCOMPARE(e.seq, 247); // the newest of 王小明's (every fourth entry, seq ≡ 3 mod 4)
    QCOMPARE(cell(AuditLogModel::SeqColumn).toLongLong(), 247);
    // 01:00Z + 247 minutes = 05:07Z = 13:07 China time.
    QCOMPARE(cell(AuditLogModel::TimeColumn).toString(), QStringLiteral("2026-03-02 13:07:00"));
    QCOMPARE(cell(AuditLogModel::TimeColumn, Qt::ToolTipRole).toString(),
             QStringLiteral("2026-03-02T05:07:00.000Z UTC"));
    QCOMPARE(cell(AuditLogModel::ActorColumn).toString(), QStringLiteral("王小明"));
    QCOMPARE(cell(AuditLogModel::RoleColumn).toString(), QStringLiteral("City officer"));
    QCOMPARE(cell(AuditLogModel::RoleColumn, Qt::ToolTipRole).toString(), QStringLiteral("cityOfficer"));
    QCOMPARE(cell(AuditLogModel::PeerColumn).toString(), QStringLiteral("127.0.0.1:40247"));
    QCOMPARE(cell(AuditLogModel::ActionColumn).toString(), QStringLiteral("policy.change"));
    QCOMPARE(cell(AuditLogModel::TargetColumn).toString(), QStringLiteral("account-247"));
    QCOMPARE(cell(AuditLogModel::OutcomeColumn).toString(),
             AuditEntry::outcomeName(AuditEntry::Outcome::Success));
    QCOMPARE(cell(AuditLogModel::OutcomeColumn, AuditLogModel::OutcomeRole).toInt(),
             int(AuditEntry::Outcome::Success));
    QCOMPARE(cell(AuditLogModel::DetailColumn).toString(), QStringLiteral("code=c247, region=469001"));
    QVERIFY(
        cell(AuditLogModel::DetailColumn, Qt::ToolTipRole).toString().contains(QStringLiteral("\"c247\"")));
    QCOMPARE(cell(AuditLogModel::ActorColumn, AuditLogModel::SeqRole).toLongLong(), 247);
    for (int column = 0; column < AuditLogModel::ColumnCount; ++column)
        QVERIFY(!m_model->headerData(column, Qt::Horizontal).toString().isEmpty());

    AuditEntry nested;
    nested.setDetail(QJsonObject{{QStringLiteral("b"), QJsonArray{1, 2}},
                                 {QStringLiteral("a"), QJsonObject{{QStringLiteral("x"), true}}},
                                 {QStringLiteral("c"), QJsonValue()}});
    QCOMPARE(AuditLogModel::detailSummary(nested), QStringLiteral("a={\"x\":true}, b=[1,2], c=null"));
}

void tst_AuditLogModel::aNewQueryDropsTheOldAnswer()
{
    QSignalSpy loaded(m_model.get(), &AuditLogModel::pageLoaded);
    AuditQuery denied;
    denied.outcome = AuditEntry::Outcome::Denied;
    m_model->setQuery(AuditQuery()); // its answer comes back first and must be dropped
    m_model->setQuery(denied);
    QVERIFY(loaded.wait(10000));
    // Let the other answer arrive too: another round trip.
    QSignalSpy verified(m_admin.get(), &AdminClient::auditVerified);
    m_admin->verifyAudit();
    QVERIFY(verified.wait(10000));
    QCOMPARE(loaded.size(), 1);
    QVERIFY(m_model->rowCount() > 0);
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->entryAt(row).outcome, AuditEntry::Outcome::Denied);
    QCOMPARE(m_model->query().filtersJson(), denied.filtersJson());
}

void tst_AuditLogModel::failureStopsFetchingUntilRefresh()
{
    QSignalSpy failed(m_model.get(), &AuditLogModel::loadFailed);
    QSignalSpy loaded(m_model.get(), &AuditLogModel::pageLoaded);
    m_model->setPageSize(10);
    m_model->setQuery(AuditQuery());
    QVERIFY(loaded.wait(10000));
    QVERIFY(m_model->canFetchMore({}));

    // Signed in again in a role without the permission: the platform answers 403.
    QVERIFY(m_fixture->signIn(*m_client, Role::SecurityAdministrator));
    m_model->fetchMore({});
    QVERIFY(failed.wait(10000));
    QVERIFY2(failed.first().at(0).toString().contains(QStringLiteral("HTTP 403")),
             qPrintable(failed.first().at(0).toString()));
    QCOMPARE(m_model->errorString(), failed.first().at(0).toString());
    QVERIFY(!m_model->isLoading());
    QVERIFY(!m_model->canFetchMore({}));
    QCOMPARE(m_model->rowCount(), 10); // what was shown stays

    QVERIFY(m_fixture->signIn(*m_client, Role::AuditAdministrator));
    m_model->refresh();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_model->errorString(), QString());
    QCOMPARE(m_model->rowCount(), 10);
    QVERIFY(m_model->canFetchMore({}));
}

void tst_AuditLogModel::clearForgetsEverything()
{
    QSignalSpy loaded(m_model.get(), &AuditLogModel::pageLoaded);
    m_model->setQuery(AuditQuery());
    QVERIFY(loaded.wait(10000));
    m_model->clear();
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->canFetchMore({}));
    QVERIFY(m_model->query().filtersJson().isEmpty());

    // A page on its way when the model was cleared is dropped.
    m_model->setQuery(AuditQuery());
    m_model->clear();
    QSignalSpy verified(m_admin.get(), &AdminClient::auditVerified);
    m_admin->verifyAudit();
    QVERIFY(verified.wait(10000));
    QCOMPARE(m_model->rowCount(), 0);
}

QTEST_GUILESS_MAIN(tst_AuditLogModel)
#include "tst_auditlogmodel.moc"
