#include "itemmodels/qualityviolationmodel.h"
#include "qualitytestsupport.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace rw;
using namespace rw::qualitytest;

class TestQualityViolationModel : public QObject
{
    Q_OBJECT

private slots:
    void rulesWithTheirSamples()
    {
        QualityViolationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setList(*QualityViolationList::fromJson(violationsJson()));
        QCOMPARE(model.rowCount(), 2);
        // Most violated first: timeliness (1234) before completeness (247).
        const QModelIndex rule = model.index(0, QualityViolationModel::NameColumn);
        QCOMPARE(rule.data(QualityViolationModel::RuleIdRole).toString(),
                 QStringLiteral("timeliness.withinLimit"));
        QCOMPARE(rule.data().toString(),
                 QStringLiteral("Received within the interface's limit (timeliness.withinLimit)"));
        QCOMPARE(model.index(0, QualityViolationModel::ArticleColumn).data().toString(),
                 QStringLiteral("第十五条(三)"));
        QCOMPARE(model.index(0, QualityViolationModel::DimensionColumn).data().toString(),
                 QStringLiteral("Timeliness"));
        QCOMPARE(model.index(0, QualityViolationModel::CountColumn).data().toString(),
                 QStringLiteral("1234"));
        QCOMPARE(model.index(0, QualityViolationModel::InterfacesColumn).data().toString(),
                 QStringLiteral("positionVehicle 1200, orderCreate 34"));
        QCOMPARE(rule.data(QualityViolationModel::IsSampleRole).toBool(), false);
        QVERIFY(!model.sampleAt(rule));

        QCOMPARE(model.rowCount(rule), 2);
        QCOMPARE(model.rowCount(model.index(1, 0)), 0); // completeness: no samples
        const QModelIndex sample = model.index(0, QualityViolationModel::NameColumn, rule);
        QCOMPARE(sample.parent(), rule);
        QCOMPARE(sample.data().toString(), QStringLiteral("VehicleNo=琼A12345;PositionTime=20261103101500"));
        QCOMPARE(sample.data(QualityViolationModel::IsSampleRole).toBool(), true);
        QCOMPARE(sample.data(QualityViolationModel::SamplePathRole).toString(),
                 QStringLiteral("/api/v1/quality/records/positionVehicle/42"));
        QCOMPARE(model.index(0, QualityViolationModel::CountColumn, rule).data().toString(),
                 QStringLiteral("2026-11-03 18:00:00"));
        QCOMPARE(model.index(1, QualityViolationModel::ArticleColumn, rule).data().toString(),
                 QStringLiteral("quarantined"));
        QCOMPARE(model.sampleAt(model.index(1, 0, rule))->rowId, 7);
        QCOMPARE(model.indexOfRule(QStringLiteral("completeness.requiredFields")).row(), 1);
        QVERIFY(!model.indexOfRule(QStringLiteral("nope")).isValid());
        // Samples have no children.
        QCOMPARE(model.rowCount(sample), 0);
    }

    void clearEmpties()
    {
        QualityViolationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setList(*QualityViolationList::fromJson(violationsJson()));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestQualityViolationModel)
#include "tst_qualityviolationmodel.moc"
