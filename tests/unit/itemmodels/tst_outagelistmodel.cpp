// OutageListModel: the outage list's columns, readable flags with their articles, sorting on real values.
#include "itemmodels/outagelistmodel.h"
#include "outagetestsupport.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace rw;
using namespace rw::outagetest;
using namespace Qt::StringLiterals;

class tst_OutageListModel : public QObject
{
    Q_OBJECT

    static QList<OutageRecord> outages()
    {
        const QJsonObject reply{
            {u"outages"_s,
             QJsonArray{outage(12, 0, 65, QJsonArray{u"lateNotice"_s, u"reportMissing"_s}, 0.95),
                        outage(13, 300, 0, QJsonArray{u"undeclared"_s}, QJsonValue(), u"C2"_s, u"深圳出行"_s),
                        outage(14, 100, 9, QJsonArray{}, 0.2)}}};
        return *OutageRecord::listFromJson(reply);
    }

private slots:
    void columnsAndTexts()
    {
        OutageListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOutages(outages());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(OutageListModel::ColumnCount));
        const auto text = [&model](int row, int column) {
            return model.index(row, column).data().toString();
        };
        QCOMPARE(text(0, OutageListModel::CompanyColumn), u"五指山约车"_s);
        QCOMPARE(text(0, OutageListModel::StreamColumn), OutageStreams::title(OutageStream::Position));
        QCOMPARE(text(0, OutageListModel::StartColumn), u"2026-11-02 09:00:00"_s);
        QCOMPARE(text(0, OutageListModel::EndColumn), u"2026-11-02 10:05:00"_s);
        QCOMPARE(text(0, OutageListModel::DurationColumn), u"1 h 5 min"_s);
        QCOMPARE(text(0, OutageListModel::BackfillColumn), u"95.0 %"_s);
        QCOMPARE(text(0, OutageListModel::FlagsColumn),
                 u"Late notice (under 72 h, Art. 11); Written report missing (Art. 12)"_s);
        QCOMPARE(text(1, OutageListModel::EndColumn), u"ongoing"_s);
        QCOMPARE(text(1, OutageListModel::BackfillColumn), u"—"_s);
        QCOMPARE(text(1, OutageListModel::FlagsColumn), u"Not declared"_s);
        QCOMPARE(text(2, OutageListModel::FlagsColumn), QString());
        QVERIFY(model.index(1, 0).data(OutageListModel::OpenRole).toBool());
        QCOMPARE(model.index(2, 3).data(OutageListModel::OutageIdRole).toLongLong(), 14);
        QCOMPARE(model.rowOf(13), 1);
        QCOMPARE(model.rowOf(99), -1);
        QCOMPARE(model.headerData(OutageListModel::FlagsColumn, Qt::Horizontal).toString(), u"Flags"_s);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void sortsOnRealValues()
    {
        OutageListModel model;
        model.setOutages(outages());
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(OutageListModel::SortRole);
        const auto ids = [&proxy] {
            QList<qint64> list;
            for (int r = 0; r < proxy.rowCount(); ++r)
                list << proxy.index(r, 0).data(OutageListModel::OutageIdRole).toLongLong();
            return list;
        };
        // Duration: 9 min < 65 min, though "9 min" > "1 h 5 min" as text; the open one (7 min so far) first.
        proxy.sort(OutageListModel::DurationColumn, Qt::AscendingOrder);
        QCOMPARE(ids(), (QList<qint64>{13, 14, 12}));
        // Back-fill: unknown lowest, then 20 %, then 95 %.
        proxy.sort(OutageListModel::BackfillColumn, Qt::AscendingOrder);
        QCOMPARE(ids(), (QList<qint64>{13, 14, 12}));
        proxy.sort(OutageListModel::StartColumn, Qt::DescendingOrder);
        QCOMPARE(ids(), (QList<qint64>{13, 14, 12}));
        // The open one ends last.
        proxy.sort(OutageListModel::EndColumn, Qt::AscendingOrder);
        QCOMPARE(ids(), (QList<qint64>{12, 14, 13}));
        proxy.sort(OutageListModel::FlagsColumn, Qt::DescendingOrder);
        QCOMPARE(ids().first(), 12);
    }
};

QTEST_GUILESS_MAIN(tst_OutageListModel)
#include "tst_outagelistmodel.moc"
