#include "itemmodels/intakesummarymodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace rw;

class tst_IntakeSummaryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void rowsAreInsertedChangedAndRemoved();
    void unchangedCountersEmitNoRowChanges();
    void displaysTitlesSharesAndAges();

private:
    static IntakeCounter counter(const QString &company, const QString &ipcType, qint64 accepted,
                                 qint64 rejected, qint64 lastMs);
    std::unique_ptr<IntakeSummaryModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QDateTime m_now = QDateTime::fromMSecsSinceEpoch(1763700000000, Qt::UTC);
};

IntakeCounter tst_IntakeSummaryModel::counter(const QString &company, const QString &ipcType, qint64 accepted,
                                              qint64 rejected, qint64 lastMs)
{
    IntakeCounter c;
    c.companyId = company;
    c.ipcType = ipcType;
    c.accepted = accepted;
    c.rejected = rejected;
    c.received = accepted + rejected;
    c.lastReceivedMs = lastMs;
    return c;
}

void tst_IntakeSummaryModel::init()
{
    m_model = std::make_unique<IntakeSummaryModel>(InterfaceCatalogue::builtIn());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_IntakeSummaryModel::rowsAreInsertedChangedAndRemoved()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    const qint64 t = m_now.toMSecsSinceEpoch();
    m_model->setCounters({counter(QStringLiteral("A"), QStringLiteral("positionVehicle"), 10, 0, t),
                          counter(QStringLiteral("B"), QStringLiteral("orderCreate"), 5, 5, t)},
                         m_now);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(m_model->totalReceived(), 20);
    QCOMPARE(m_model->totalRejected(), 5);

    changed.clear();
    m_model->setCounters({counter(QStringLiteral("B"), QStringLiteral("orderCreate"), 6, 5, t)}, m_now);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(m_model->index(0, IntakeSummaryModel::AcceptedColumn).data().toString(), QStringLiteral("6"));
    QVERIFY(!changed.isEmpty());
}

void tst_IntakeSummaryModel::unchangedCountersEmitNoRowChanges()
{
    const qint64 t = m_now.toMSecsSinceEpoch();
    const QList<IntakeCounter> counters{
        counter(QStringLiteral("A"), QStringLiteral("positionVehicle"), 10, 0, t)};
    m_model->setCounters(counters, m_now);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->setCounters(counters, m_now);
    QCOMPARE(inserted.size(), 0);
    // Only the age column is refreshed.
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().column(), int(IntakeSummaryModel::LastReceivedColumn));
}

void tst_IntakeSummaryModel::displaysTitlesSharesAndAges()
{
    IntakeCounter c = counter(QStringLiteral("4690ABCDEFGH"), QStringLiteral("positionVehicle"), 3, 1,
                              m_now.toMSecsSinceEpoch() - 42000);
    c.companyName = QStringLiteral("五指山畅行");
    m_model->setCounters({c}, m_now);
    QCOMPARE(m_model->index(0, IntakeSummaryModel::CompanyColumn).data().toString(),
             QStringLiteral("五指山畅行"));
    QCOMPARE(m_model->index(0, IntakeSummaryModel::CompanyColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("4690ABCDEFGH"));
    QCOMPARE(m_model->index(0, IntakeSummaryModel::InterfaceColumn).data().toString(),
             QStringLiteral("车辆定位信息"));
    QVERIFY(m_model->index(0, IntakeSummaryModel::RejectedShareColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("25")));
    QVERIFY(m_model->index(0, IntakeSummaryModel::LastReceivedColumn)
                .data()
                .toString()
                .contains(QStringLiteral("42")));
    QCOMPARE(
        m_model->index(0, IntakeSummaryModel::ReceivedColumn).data(IntakeSummaryModel::SortRole).toLongLong(),
        4);
    QVERIFY(!m_model->headerData(IntakeSummaryModel::CompanyColumn, Qt::Horizontal).toString().isEmpty());
}

QTEST_GUILESS_MAIN(tst_IntakeSummaryModel)
#include "tst_intakesummarymodel.moc"
