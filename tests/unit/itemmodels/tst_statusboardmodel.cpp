// StatusBoardModel: company × stream rows of the 7×24 board, ages against the board's time, open outages
// marked for highlighting.
#include "domain/agetext.h"
#include "itemmodels/statusboardmodel.h"
#include "outagetestsupport.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace rw;
using namespace rw::outagetest;
using namespace Qt::StringLiterals;

class tst_StatusBoardModel : public QObject
{
    Q_OBJECT

private slots:
    void rowsPerCompanyAndStream()
    {
        StatusBoardModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBoard(*StatusBoard::fromJson(board()));
        QCOMPARE(model.rowCount(), 3); // C1 × 2 streams, C2 without streams
        const auto text = [&model](int row, int column) {
            return model.index(row, column).data().toString();
        };
        QCOMPARE(text(0, StatusBoardModel::CompanyColumn), u"五指山约车"_s);
        // The board is of kT0 + 1 h; the last position came at kT0 + 50 min.
        QCOMPARE(text(0, StatusBoardModel::LastRecordColumn), AgeText::format(600) + u" ago"_s);
        QCOMPARE(text(0, StatusBoardModel::OutageColumn), u"open (#12)"_s);
        QCOMPARE(text(1, StatusBoardModel::RateColumn), u"3.5"_s);
        QCOMPARE(text(1, StatusBoardModel::ActiveColumn), u"active"_s);
        QCOMPARE(text(1, StatusBoardModel::OutageColumn), QString());
        QCOMPARE(text(2, StatusBoardModel::StreamColumn), u"—"_s);
        QCOMPARE(text(2, StatusBoardModel::LastRecordColumn), u"never"_s);
        QCOMPARE(text(2, StatusBoardModel::SuspendedColumn), u"suspended"_s);
        QVERIFY(model.index(0, 3).data(StatusBoardModel::HighlightRole).toBool());
        QVERIFY(!model.index(1, 3).data(StatusBoardModel::HighlightRole).toBool());
        QCOMPARE(model.index(0, 0).data(StatusBoardModel::OutageIdRole).toLongLong(), 12);
        QVERIFY(model.index(2, 0).data(StatusBoardModel::SuspendedRole).toBool());
        QVERIFY(model.index(2, StatusBoardModel::SuspendedColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"forged records"_s));
        QCOMPARE(model.rowOf(u"C2"_s), 2);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void sortsOnRealValues()
    {
        StatusBoardModel model;
        model.setBoard(*StatusBoard::fromJson(board()));
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(StatusBoardModel::SortRole);
        proxy.sort(StatusBoardModel::LastRecordColumn, Qt::AscendingOrder);
        // 5 s old, 10 min old, never.
        QCOMPARE(proxy.index(0, StatusBoardModel::RateColumn).data().toString(), u"3.5"_s);
        QCOMPARE(proxy.index(2, StatusBoardModel::LastRecordColumn).data().toString(), u"never"_s);
        proxy.sort(StatusBoardModel::OutageColumn, Qt::DescendingOrder);
        QVERIFY(proxy.index(0, 0).data(StatusBoardModel::HighlightRole).toBool());
    }
};

QTEST_GUILESS_MAIN(tst_StatusBoardModel)
#include "tst_statusboardmodel.moc"
