// BadRecordListModel: the city's bad-record list as a table, newest first, updated in place by id (a
// view keeps its selection), the state in words (active, ran out, removed by whom and why), times in
// China Standard Time; every change checked by QAbstractItemModelTester.

#include "itemmodels/badrecordlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace rw;

namespace {

// 2026-05-31 12:00 in Wuzhishan.
const QDateTime Noon(QDate(2026, 5, 31), QTime(4, 0), QTimeZone::utc());

BadRecord entry(qint64 id, const QString &plate, bool active = true)
{
    BadRecord r;
    r.id = id;
    r.subject = BadRecord::Subject::Vehicle;
    r.regionCode = u"469001"_s;
    r.plate = plate;
    r.reason = u"无证营运"_s;
    r.addedBy = u"li.wei"_s;
    r.addedAt = Noon.addSecs(id * 60);
    r.active = active;
    return r;
}

QStringList column(const BadRecordListModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.data(model.index(row, column)).toString());
    return values;
}

} // namespace

class tst_BadRecordListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newestFirstAndUpdatedInPlace();
    void statesAndTexts();
    void headersAndClear();
};

void tst_BadRecordListModel::newestFirstAndUpdatedInPlace()
{
    BadRecordListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy counts(&model, &BadRecordListModel::countsChanged);
    model.setRecords({entry(3, u"琼DD00003"_s), entry(1, u"琼DD00001"_s)});
    QCOMPARE(column(model, BadRecordListModel::KeyColumn), (QStringList{u"琼DD00003"_s, u"琼DD00001"_s}));
    QCOMPARE(counts.size(), 1);
    QCOMPARE(model.activeCount(), 2);

    // A new entry goes where its id belongs; the others stay (a selection survives).
    QPersistentModelIndex first(model.index(0, 0));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.upsert(entry(2, u"琼DD00002"_s));
    QCOMPARE(column(model, BadRecordListModel::KeyColumn),
             (QStringList{u"琼DD00003"_s, u"琼DD00002"_s, u"琼DD00001"_s}));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 1);
    QCOMPARE(first.row(), 0);
    QCOMPARE(counts.size(), 2);

    // Removed on the platform: the row changes in place.
    BadRecord removed = entry(2, u"琼DD00002"_s, false);
    removed.removedBy = u"wang.fang"_s;
    removed.removedAt = Noon.addSecs(3600);
    removed.removeReason = u"Appeal upheld"_s;
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.upsert(removed);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.activeCount(), 2);
    QCOMPARE(model.data(model.index(1, 0), BadRecordListModel::RemovedRole).toBool(), true);
    QCOMPARE(model.data(model.index(1, 0), BadRecordListModel::ActiveRole).toBool(), false);
    model.upsert(removed); // the same again: nothing
    QCOMPARE(changed.size(), 1);
    QCOMPARE(counts.size(), 3);

    // A refresh: vanished rows go, others are updated in place, none is reset.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removedRows(&model, &QAbstractItemModel::rowsRemoved);
    model.setRecords({entry(4, u"琼DD00004"_s), removed, entry(1, u"琼DD00001"_s)});
    QCOMPARE(column(model, BadRecordListModel::KeyColumn),
             (QStringList{u"琼DD00004"_s, u"琼DD00002"_s, u"琼DD00001"_s}));
    QCOMPARE(removedRows.size(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.rowOf(4), 0);
    QCOMPARE(model.rowOf(3), -1);
    QCOMPARE(model.recordAt(1), removed);
    QCOMPARE(model.data(model.index(0, 3), BadRecordListModel::IdRole).toLongLong(), 4);
}

void tst_BadRecordListModel::statesAndTexts()
{
    BadRecordListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    BadRecord active = entry(1, u"琼DD00001"_s);
    active.until = QDate(2026, 12, 31);
    active.certificate = u"469001000123"_s;
    BadRecord ranOut = entry(2, u"琼DD00002"_s, false);
    ranOut.until = QDate(2026, 5, 30);
    BadRecord removed = entry(3, u"琼DD00003"_s, false);
    removed.removedBy = u"wang.fang"_s;
    removed.removedAt = Noon.addSecs(3600); // 13:00 China time
    removed.removeReason = u"Appeal upheld"_s;
    BadRecord driver = entry(4, QString());
    driver.subject = BadRecord::Subject::Driver;
    driver.licence = u"469001**********34"_s;
    driver.name = u"张*"_s;
    model.setRecords({driver, removed, ranOut, active});

    QCOMPARE(column(model, BadRecordListModel::SubjectColumn),
             (QStringList{u"Driver"_s, u"Vehicle"_s, u"Vehicle"_s, u"Vehicle"_s}));
    QCOMPARE(column(model, BadRecordListModel::KeyColumn).first(), u"469001**********34"_s);
    QCOMPARE(column(model, BadRecordListModel::NameColumn).first(), u"张*"_s);
    QCOMPARE(column(model, BadRecordListModel::StateColumn),
             (QStringList{u"Active"_s, u"Removed by wang.fang on 2026-05-31 13:00"_s,
                          u"Ran out after 2026-05-30"_s, u"Active"_s}));
    QCOMPARE(column(model, BadRecordListModel::UntilColumn),
             (QStringList{u"no end"_s, u"no end"_s, u"2026-05-30"_s, u"2026-12-31"_s}));
    QCOMPARE(model.data(model.index(3, BadRecordListModel::AddedColumn)).toString(),
             u"2026-05-31 12:01 by li.wei"_s); // China time
    QCOMPARE(model.data(model.index(1, BadRecordListModel::StateColumn), Qt::ToolTipRole).toString(),
             u"Removed by wang.fang on 2026-05-31 13:00: Appeal upheld"_s);
    QCOMPARE(model.data(model.index(3, BadRecordListModel::KeyColumn), Qt::ToolTipRole).toString(),
             u"Certificate 469001000123"_s);
    // Sorting: until as a day number (no end last), state active < ran out < removed.
    QCOMPARE(
        model.data(model.index(3, BadRecordListModel::UntilColumn), BadRecordListModel::SortRole).toInt(),
        20261231);
    QVERIFY(
        model.data(model.index(0, BadRecordListModel::UntilColumn), BadRecordListModel::SortRole).toInt() >
        20261231);
    QCOMPARE(
        model.data(model.index(1, BadRecordListModel::StateColumn), BadRecordListModel::SortRole).toInt(), 2);
    QCOMPARE(
        model.data(model.index(2, BadRecordListModel::StateColumn), BadRecordListModel::SortRole).toInt(), 1);
    QCOMPARE(model.data(model.index(0, 0), BadRecordListModel::SubjectRole).toInt(),
             int(BadRecord::Subject::Driver));
    QCOMPARE(model.activeCount(), 2);
}

void tst_BadRecordListModel::headersAndClear()
{
    BadRecordListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), int(BadRecordListModel::ColumnCount));
    QStringList headers;
    for (int c = 0; c < model.columnCount(); ++c)
        headers.append(model.headerData(c, Qt::Horizontal).toString());
    QCOMPARE(headers, (QStringList{u"Subject"_s, u"Plate / licence"_s, u"Name"_s, u"Reason"_s, u"Listed"_s,
                                   u"Until"_s, u"State"_s}));
    model.setRecords({entry(1, u"琼DD00001"_s)});
    QSignalSpy counts(&model, &BadRecordListModel::countsChanged);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(counts.size(), 1);
    model.clear();
    QCOMPARE(counts.size(), 1);
    QVERIFY(!model.data(model.index(0, 0)).isValid());
}

QTEST_GUILESS_MAIN(tst_BadRecordListModel)
#include "tst_badrecordlistmodel.moc"
