// QualityRecomputeCommand (ridewatch-platform --recompute-quality yyyy-mm) on a real platform database.

#include "intake/ingestpipeline.h"
#include "quality/qualityrecomputecommand.h"
#include "quality/qualityrecorder.h"

#include "protocol/interfacecatalogue.h"
#include "quality/qualityevaluator.h"
#include "storage/database.h"
#include "storage/interfacetables.h"
#include "storage/recordstore.h"
#include "storage/schemamigrator.h"

#include "uploadfixtures.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace rw;
using namespace Qt::StringLiterals;

class TestQualityRecomputeCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportsSameThenDifferences()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"platform.sqlite"_s);
        const std::shared_ptr<const InterfaceCatalogue> catalogue = InterfaceCatalogue::builtIn();
        {
            Database db;
            QVERIFY(db.open(path));
            SchemaMigrator migrator = SchemaMigrator::platform();
            QVERIFY(migrator.migrate(db));
            InterfaceTables tables(db, catalogue);
            QVERIFY(tables.ensure());
            RecordStore store(db, catalogue);
            QualityRecorder recorder(db, QualityModel::builtIn());
            IngestPipeline pipeline(catalogue, &store);
            pipeline.setQualityEvaluator(std::make_shared<const QualityEvaluator>(QualityModel::builtIn()));
            pipeline.setQualityRecorder(&recorder);
            const qint64 t = QDateTime(QDate(2026, 3, 2), QTime(1, 0), QTimeZone::utc()).toSecsSinceEpoch();
            UploadRequest r;
            r.companyId = fixtures::kCompany;
            r.spec = catalogue->byIpcType(u"positionVehicle");
            r.contentType = "application/json";
            r.body = fixtures::positionBatch(20, 5, t - 100); // 100 s old: late
            r.receivedMs = t * 1000;
            QCOMPARE(pipeline.process(r).httpStatus, 200);
        }

        QString output;
        QString errors;
        QTextStream out(&output);
        QTextStream err(&errors);
        QCOMPARE(QualityRecomputeCommand::run(path, u"2026-03"_s, out, err), 0);
        QVERIFY2(output.contains(fixtures::kCompany + u": 20 records, the same"_s), qPrintable(output));

        {
            Database db;
            QVERIFY(db.open(path));
            QVERIFY(db.exec(u"UPDATE quality_day SET records = records - 1, timeliness_passed = 3"_s));
        }
        output.clear();
        QCOMPARE(QualityRecomputeCommand::run(path, u"2026-03"_s, out, err), 1);
        QVERIFY2(output.contains(u"records: stored 19, recomputed 20"_s), qPrintable(output));
        QVERIFY2(output.contains(u"timeliness passed: stored 3, recomputed 0"_s), qPrintable(output));

        QCOMPARE(QualityRecomputeCommand::run(path, u"2026-13"_s, out, err), 2);
        QVERIFY2(errors.contains(u"\"2026-13\""_s), qPrintable(errors));
    }
};

QTEST_GUILESS_MAIN(TestQualityRecomputeCommand)
#include "tst_qualityrecomputecommand.moc"
