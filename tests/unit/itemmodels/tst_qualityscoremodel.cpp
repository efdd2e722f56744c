#include "itemmodels/qualityscoremodel.h"
#include "qualitytestsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace rw;
using namespace rw::qualitytest;

class TestQualityScoreModel : public QObject
{
    Q_OBJECT

    static QualityScoreSheet sheet() { return *QualityScoreSheet::fromJson(scoresJson()); }

private slots:
    void showsTheRanking()
    {
        QualityScoreModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setSheet(sheet());
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(QualityScoreModel::ColumnCount));
        const auto cell = [&model](int row, int column, int role = Qt::DisplayRole) {
            return model.data(model.index(row, column), role);
        };
        QCOMPARE(cell(0, QualityScoreModel::RankColumn).toInt(), 1);
        QCOMPARE(cell(0, QualityScoreModel::CompanyColumn).toString(), QStringLiteral("椰风出行 (C1)"));
        QCOMPARE(cell(0, QualityScoreModel::CompletenessColumn).toString(), QStringLiteral("99.80 %"));
        QCOMPARE(cell(0, QualityScoreModel::ScoreColumn).toString(), QStringLiteral("95.6"));
        QCOMPARE(cell(0, QualityScoreModel::OrderComplianceColumn).toString(), QStringLiteral("98.00 %"));
        QCOMPARE(cell(2, QualityScoreModel::TimelinessColumn, QualityScoreModel::CompanyIdRole).toString(),
                 QStringLiteral("C3"));
        QCOMPARE(cell(1, QualityScoreModel::TimelinessColumn, QualityScoreModel::DimensionRole).toInt(),
                 int(QualityDimension::Timeliness));
        QCOMPARE(cell(1, QualityScoreModel::ScoreColumn, QualityScoreModel::DimensionRole).toInt(), -1);
        QCOMPARE(cell(0, QualityScoreModel::ConformanceColumn, Qt::ToolTipRole).toString(),
                 QStringLiteral("Conformance: 119752 of 123456 records passed"));
        QCOMPARE(model.headerData(QualityScoreModel::OrderComplianceColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Order compliance"));
        QCOMPARE(model.rowOf(QStringLiteral("C2")), 1);
        QCOMPARE(model.rowOf(QStringLiteral("C9")), -1);
    }

    void unmeasuredShowsADashWithATooltip()
    {
        QualityScoreModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSheet(sheet());
        const QModelIndex authenticity = model.index(0, QualityScoreModel::AuthenticityColumn);
        QCOMPARE(authenticity.data().toString(), QStringLiteral("—"));
        QVERIFY(authenticity.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Not measured")));
        QCOMPARE(authenticity.data(QualityScoreModel::MeasuredRole).toBool(), false);
        QCOMPARE(authenticity.data(QualityScoreModel::SortRole).toDouble(), -1.0);
        const QModelIndex score = model.index(2, QualityScoreModel::ScoreColumn);
        QCOMPARE(score.data().toString(), QStringLiteral("—"));
        QVERIFY(score.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Not measured")));
        QCOMPARE(
            model.index(0, QualityScoreModel::CompanyColumn).data(QualityScoreModel::MeasuredRole).toBool(),
            true);
    }

    void sortsOnRealValuesWithUnmeasuredLast()
    {
        QualityScoreModel model;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(QualityScoreModel::SortRole);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QualityScoreSheet s = sheet();
        // A company with 9.5 % completeness would sort above 95 % as text ("9.50 %" > "95.00 %").
        s.companies[1].figures.rates[int(QualityDimension::Completeness)] = 0.095;
        model.setSheet(s);
        proxy.sort(QualityScoreModel::CompletenessColumn, Qt::DescendingOrder);
        const auto idAt = [&proxy](int row) {
            return proxy.index(row, 0).data(QualityScoreModel::CompanyIdRole).toString();
        };
        QCOMPARE(idAt(0), QStringLiteral("C1"));
        QCOMPARE(idAt(1), QStringLiteral("C2"));
        QCOMPARE(idAt(2), QStringLiteral("C3")); // not measured: last
        proxy.sort(QualityScoreModel::ScoreColumn, Qt::AscendingOrder);
        QCOMPARE(idAt(0), QStringLiteral("C3"));
        QCOMPARE(idAt(1), QStringLiteral("C2"));
        proxy.sort(QualityScoreModel::RecordsColumn, Qt::DescendingOrder);
        QCOMPARE(idAt(0), QStringLiteral("C1"));
    }

    void clearEmpties()
    {
        QualityScoreModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSheet(sheet());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.isEmpty());
    }

    void dimensionColumns()
    {
        for (QualityDimension d : kQualityDimensions)
            QCOMPARE(QualityScoreModel::dimensionOf(QualityScoreModel::columnOf(d)), std::optional(d));
        QCOMPARE(QualityScoreModel::dimensionOf(QualityScoreModel::ScoreColumn), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestQualityScoreModel)
#include "tst_qualityscoremodel.moc"
