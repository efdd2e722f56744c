// LookupResultModel: the hits of a permit search as a table — what each column shows, the status as the
// verdict has it (cached answers judged again), and sorting through QSortFilterProxyModel on the values
// (dates, severity), not on the display strings; every change checked by QAbstractItemModelTester.

#include "itemmodels/lookupresultmodel.h"

#include "../lookup/lookuptestsupport.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace rw;

namespace {

LookupAnswer extended()
{
    QString error;
    return LookupAnswer::fromJson(lookuptest::fixture(QStringLiteral("search_extended.json")), &error)
        .value();
}

LookupHit vehicle(const QString &plate, const QDate &validTo, int findings)
{
    LookupHit hit;
    hit.kind = PermitKind::Vehicle;
    hit.valid = true;
    hit.vehicle.plate = plate;
    hit.vehicle.certificate = QStringLiteral("C-") + plate;
    hit.vehicle.companyId = QStringLiteral("C1");
    hit.vehicle.validFrom = QDate(2020, 1, 1);
    hit.vehicle.validTo = validTo;
    hit.vehicle.id = plate.right(2).toInt() + 1;
    hit.findingsReported = true;
    hit.badRecord = false;
    for (int i = 0; i < findings; ++i)
        hit.findings.append(RuleFinding{QStringLiteral("第十三条"),
                                        QStringLiteral("vehicle.rule%1").arg(i),
                                        QStringLiteral("rule %1").arg(i),
                                        i,
                                        i + 1,
                                        {}});
    return hit;
}

QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data().toString();
    return values;
}

} // namespace

class tst_LookupResultModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheHits();
    void sortsByDateNotByText();
    void sortsByStatusSeverity();
    void cachedAnswersJudgedAgain();
};

void tst_LookupResultModel::showsTheHits()
{
    LookupResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(LookupResultModel::ColumnCount));
    model.setAnswer(extended());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.headerData(LookupResultModel::ValidUntilColumn, Qt::Horizontal).toString(),
             QStringLiteral("Valid until"));
    QCOMPARE(column(model, LookupResultModel::NameColumn),
             (QStringList{QStringLiteral("琼DD12345"), QStringLiteral("张*"),
                          QStringLiteral("五指山快行出行有限公司")}));
    QCOMPARE(column(model, LookupResultModel::KindColumn).first(), PermitKinds::name(PermitKind::Vehicle));
    QCOMPARE(column(model, LookupResultModel::ValidUntilColumn),
             (QStringList{QStringLiteral("2030-04-30"), QStringLiteral("2026-01-01"),
                          QStringLiteral("2027-01-04")}));
    QCOMPARE(column(model, LookupResultModel::StatusColumn),
             (QStringList{QStringLiteral("Rules broken: 2 · bad record"), QStringLiteral("Not valid"),
                          QStringLiteral("Valid")}));
    QCOMPARE(column(model, LookupResultModel::CompanyColumn).at(1), QStringLiteral("五指山快行出行有限公司"));
    const QModelIndex status = model.index(0, LookupResultModel::StatusColumn);
    QCOMPARE(status.data(LookupResultModel::ProblemCountRole).toInt(), 3);
    QCOMPARE(status.data(LookupResultModel::VerdictRole).toInt(), int(LookupVerdict::State::Refused));
    QVERIFY(status.data(Qt::ToolTipRole).toString().contains(QStringLiteral("第十三条(三)")));
    QCOMPARE(model.index(1, 0).data(LookupResultModel::IdentityRole).toString(), QStringLiteral("driver:7"));
    QCOMPARE(model.rowOf(QStringLiteral("company:3")), 2);
    QCOMPARE(model.rowOf(QStringLiteral("company:4")), -1);
    QCOMPARE(model.hitAt(2).kind, PermitKind::Company);

    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void tst_LookupResultModel::sortsByDateNotByText()
{
    LookupAnswer answer;
    answer.receivedAt = QDateTime(QDate(2026, 3, 2), QTime(1, 0), Qt::UTC);
    answer.hits = {vehicle(QStringLiteral("琼DD10011"), QDate(2031, 1, 5), 0),
                   vehicle(QStringLiteral("琼DD10012"), QDate(), 0), // "not given": sorts first as a date
                   vehicle(QStringLiteral("琼DD10013"), QDate(2027, 12, 1), 0),
                   vehicle(QStringLiteral("琼DD10014"), QDate(2030, 2, 1), 0)};
    answer.hits[1].valid = false;
    LookupResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(LookupResultModel::SortRole);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAnswer(answer);
    proxy.sort(LookupResultModel::ValidUntilColumn, Qt::AscendingOrder);
    QCOMPARE(column(proxy, LookupResultModel::NameColumn),
             (QStringList{QStringLiteral("琼DD10012"), QStringLiteral("琼DD10013"),
                          QStringLiteral("琼DD10014"), QStringLiteral("琼DD10011")}));
    QCOMPARE(column(proxy, LookupResultModel::ValidUntilColumn).first(), QStringLiteral("not given"));
    proxy.sort(LookupResultModel::ValidUntilColumn, Qt::DescendingOrder);
    QCOMPARE(column(proxy, LookupResultModel::NameColumn).first(), QStringLiteral("琼DD10011"));

    // A new answer re-sorts by the same column.
    answer.hits.append(vehicle(QStringLiteral("琼DD10015"), QDate(2040, 1, 1), 0));
    model.setAnswer(answer);
    QCOMPARE(column(proxy, LookupResultModel::NameColumn).first(), QStringLiteral("琼DD10015"));
}

void tst_LookupResultModel::sortsByStatusSeverity()
{
    LookupAnswer answer;
    answer.receivedAt = QDateTime(QDate(2026, 3, 2), QTime(1, 0), Qt::UTC);
    answer.hits = {vehicle(QStringLiteral("琼DD10021"), QDate(2030, 1, 1), 10),
                   vehicle(QStringLiteral("琼DD10022"), QDate(2030, 1, 1), 0),
                   vehicle(QStringLiteral("琼DD10023"), QDate(2030, 1, 1), 2)};
    LookupResultModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(LookupResultModel::SortRole);
    model.setAnswer(answer);
    QCOMPARE(model.index(0, LookupResultModel::StatusColumn).data().toString(),
             QStringLiteral("Rules broken: 10"));
    proxy.sort(LookupResultModel::StatusColumn, Qt::AscendingOrder);
    // As text "Rules broken: 10" < "Rules broken: 2" < "Valid"; by severity valid, 2, then 10.
    QCOMPARE(
        column(proxy, LookupResultModel::NameColumn),
        (QStringList{QStringLiteral("琼DD10022"), QStringLiteral("琼DD10023"), QStringLiteral("琼DD10021")}));
    proxy.sort(-1); // unsorted: the platform's order (best match first) again
    QCOMPARE(column(proxy, LookupResultModel::NameColumn).first(), QStringLiteral("琼DD10021"));
}

void tst_LookupResultModel::cachedAnswersJudgedAgain()
{
    LookupAnswer answer;
    answer.source = LookupAnswer::Source::Cached;
    answer.cachedAt = QDateTime(QDate(2026, 11, 1), QTime(2, 0), Qt::UTC);
    answer.receivedAt = QDateTime(QDate(2026, 11, 21), QTime(2, 0), Qt::UTC); // three weeks later
    answer.hits = {vehicle(QStringLiteral("琼DD10031"), QDate(2026, 11, 10), 0),
                   vehicle(QStringLiteral("琼DD10032"), QDate(2026, 11, 21), 0)};
    LookupResultModel model;
    model.setAnswer(answer);
    QCOMPARE(LookupResultModel::judgingDay(answer), QDate(2026, 11, 21));
    QCOMPARE(column(model, LookupResultModel::StatusColumn),
             (QStringList{QStringLiteral("Expired since cached"), QStringLiteral("Valid")}));
    QCOMPARE(model.verdictAt(0).state, LookupVerdict::State::Refused);
}

QTEST_GUILESS_MAIN(tst_LookupResultModel)
#include "tst_lookupresultmodel.moc"
