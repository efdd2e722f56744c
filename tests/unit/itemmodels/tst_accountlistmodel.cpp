#include "itemmodels/accountlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace rw;

class tst_AccountListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void rowsAreInsertedChangedAndRemovedByUserName();
    void unchangedAccountsEmitNothing();
    void displaysRolesStatesAndLocalTimes();
    void statesCombineAndRankDisabledFirst();
    void rolesAndHeaders();

private:
    static AccountInfo account(const QString &user, Role role, const QString &region = {});

    std::unique_ptr<AccountListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_AccountListModel::initTestCase()
{
    // Local time is China Standard Time whatever the machine says.
    qputenv("TZ", "Asia/Shanghai");
}

AccountInfo tst_AccountListModel::account(const QString &user, Role role, const QString &region)
{
    AccountInfo a;
    a.userName = user;
    a.role = role;
    a.regionCode = region;
    a.passwordChangedAt = QDateTime::fromString(QStringLiteral("2026-02-01T02:30:00Z"), Qt::ISODate);
    a.createdAt = QDateTime::fromString(QStringLiteral("2026-01-05T00:00:00Z"), Qt::ISODate);
    return a;
}

void tst_AccountListModel::init()
{
    m_model = std::make_unique<AccountListModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_AccountListModel::rowsAreInsertedChangedAndRemovedByUserName()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

    m_model->setAccounts(
        {account(QStringLiteral("demo.city"), Role::CityOfficer, QStringLiteral("469001")),
         account(QStringLiteral("demo.sysadmin"), Role::SystemAdministrator),
         account(QStringLiteral("li.na"), Role::EnforcementOfficer, QStringLiteral("469001"))});
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(inserted.size(), 3);
    QCOMPARE(m_model->rowOf(QStringLiteral("li.na")), 2);
    QCOMPARE(m_model->rowOf(QStringLiteral("nobody")), -1);

    // demo.city disabled, demo.sysadmin gone, wang.hai new: one change, one removal, one insertion.
    AccountInfo city = account(QStringLiteral("demo.city"), Role::CityOfficer, QStringLiteral("469001"));
    city.disabled = true;
    m_model->setAccounts(
        {city, account(QStringLiteral("li.na"), Role::EnforcementOfficer, QStringLiteral("469001")),
         account(QStringLiteral("wang.hai"), Role::ProvincialSupervisor, QStringLiteral("460000"))});
    QCOMPARE(removed.size(), 1);
    QCOMPARE(inserted.size(), 4);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), m_model->rowOf(QStringLiteral("demo.city")));
    QCOMPARE(reset.size(), 0); // a view keeps its selection
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->accountAt(m_model->rowOf(QStringLiteral("demo.city"))).disabled, true);
    QCOMPARE(m_model->rowOf(QStringLiteral("demo.sysadmin")), -1);

    m_model->setAccounts({});
    QCOMPARE(m_model->rowCount(), 0);
}

void tst_AccountListModel::unchangedAccountsEmitNothing()
{
    const QList<AccountInfo> accounts{
        account(QStringLiteral("a"), Role::CityOfficer, QStringLiteral("469001")),
        account(QStringLiteral("b"), Role::AuditAdministrator)};
    m_model->setAccounts(accounts);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    m_model->setAccounts(accounts);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removed.size(), 0);
}

void tst_AccountListModel::displaysRolesStatesAndLocalTimes()
{
    AccountInfo locked = account(QStringLiteral("demo.city"), Role::CityOfficer, QStringLiteral("469001"));
    locked.displayName = QStringLiteral("王小明");
    locked.failedCount = 5;
    locked.lockedUntil = QDateTime::fromString(QStringLiteral("2026-03-02T06:35:00Z"), Qt::ISODate);
    m_model->setAccounts({locked, account(QStringLiteral("demo.auditor"), Role::AuditAdministrator)});
    const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return m_model->index(row, column).data(role);
    };
    QCOMPARE(cell(0, AccountListModel::UserColumn).toString(), QStringLiteral("demo.city"));
    QCOMPARE(cell(0, AccountListModel::DisplayNameColumn).toString(), QStringLiteral("王小明"));
    QCOMPARE(cell(0, AccountListModel::RoleColumn).toString(), QStringLiteral("City officer"));
    QCOMPARE(cell(0, AccountListModel::RoleColumn, Qt::ToolTipRole).toString(),
             QStringLiteral("cityOfficer"));
    QCOMPARE(cell(0, AccountListModel::RegionColumn).toString(), QStringLiteral("469001"));
    // Times in local time (UTC+8 here).
    QCOMPARE(cell(0, AccountListModel::StateColumn).toString(),
             QStringLiteral("Locked until 2026-03-02 14:35"));
    QCOMPARE(cell(0, AccountListModel::StateColumn, Qt::ToolTipRole).toString(),
             QStringLiteral("5 failed sign-in(s) in a row"));
    QCOMPARE(cell(0, AccountListModel::PasswordChangedColumn).toString(), QStringLiteral("2026-02-01 10:30"));
    QCOMPARE(cell(0, AccountListModel::PasswordChangedColumn, AccountListModel::SortRole).toLongLong(),
             locked.passwordChangedAt.toMSecsSinceEpoch());
    QCOMPARE(cell(1, AccountListModel::RoleColumn).toString(), QStringLiteral("Audit administrator"));
    QCOMPARE(cell(1, AccountListModel::RegionColumn).toString(), QString());
    QCOMPARE(cell(1, AccountListModel::StateColumn).toString(), QStringLiteral("Active"));
    QCOMPARE(cell(1, AccountListModel::StateColumn, Qt::ToolTipRole), QVariant());
}

void tst_AccountListModel::statesCombineAndRankDisabledFirst()
{
    AccountInfo a = account(QStringLiteral("a"), Role::CityOfficer, QStringLiteral("469001"));
    QCOMPARE(a.state(), AccountInfo::State::Active);
    a.mustChange = true;
    QCOMPARE(a.state(), AccountInfo::State::MustChange);
    QCOMPARE(a.stateText(), QStringLiteral("Must change the password"));
    a.lockedUntil = QDateTime::fromString(QStringLiteral("2026-03-02T06:35:00Z"), Qt::ISODate);
    QCOMPARE(a.state(), AccountInfo::State::Locked);
    a.disabled = true;
    QCOMPARE(a.state(), AccountInfo::State::Disabled);
    QCOMPARE(a.stateText(),
             QStringLiteral("Disabled; Locked until 2026-03-02 14:35; Must change the password"));

    m_model->setAccounts({a});
    QCOMPARE(m_model->index(0, AccountListModel::UserColumn).data(AccountListModel::StateRole).toInt(),
             int(AccountInfo::State::Disabled));
    QCOMPARE(m_model->index(0, AccountListModel::StateColumn).data(AccountListModel::SortRole).toInt(),
             int(AccountInfo::State::Disabled));
}

void tst_AccountListModel::rolesAndHeaders()
{
    m_model->setAccounts(
        {account(QStringLiteral("li.na"), Role::EnforcementOfficer, QStringLiteral("469001"))});
    for (int column = 0; column < AccountListModel::ColumnCount; ++column) {
        QCOMPARE(m_model->index(0, column).data(AccountListModel::UserNameRole).toString(),
                 QStringLiteral("li.na"));
        QVERIFY(!m_model->headerData(column, Qt::Horizontal).toString().isEmpty());
    }
    QCOMPARE(m_model->headerData(AccountListModel::StateColumn, Qt::Horizontal).toString(),
             QStringLiteral("State"));
    QCOMPARE(m_model->headerData(0, Qt::Vertical), QVariant());
    QCOMPARE(m_model->columnCount(), int(AccountListModel::ColumnCount));
    QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 0); // a table: no children
}

QTEST_GUILESS_MAIN(tst_AccountListModel)
#include "tst_accountlistmodel.moc"
