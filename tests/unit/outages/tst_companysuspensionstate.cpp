// CompanySuspensionState reads GET/PUT /api/v1/companies/<id>/suspension (docs/outage-contracts.md).
#include "outages/companysuspensionstate.h"
#include "outagetestsupport.h"

#include <QTest>

using namespace rw;
using namespace rw::outagetest;
using namespace Qt::StringLiterals;

class tst_CompanySuspensionState : public QObject
{
    Q_OBJECT

    static QJsonObject reply()
    {
        return QJsonObject{{u"companyId"_s, u"C1"_s},
                           {u"name"_s, u"五指山约车"_s},
                           {u"suspended"_s, true},
                           {u"reason"_s, u"forged records"_s},
                           {u"since"_s, kT0},
                           {u"by"_s, u"demo.secadmin"_s},
                           {u"history"_s, QJsonArray{QJsonObject{{u"suspendedAt"_s, kT0 - kHour},
                                                                 {u"suspendedBy"_s, u"demo.secadmin"_s},
                                                                 {u"reason"_s, u"scan"_s},
                                                                 {u"restoredAt"_s, kT0 - kMinute},
                                                                 {u"restoredBy"_s, u"demo.secadmin"_s},
                                                                 {u"restoreReason"_s, u"fixed"_s}},
                                                     QJsonObject{{u"suspendedAt"_s, kT0},
                                                                 {u"suspendedBy"_s, u"demo.secadmin"_s},
                                                                 {u"reason"_s, u"forged records"_s},
                                                                 {u"restoredAt"_s, QJsonValue()},
                                                                 {u"restoredBy"_s, u""_s},
                                                                 {u"restoreReason"_s, u""_s}}}}};
    }

private slots:
    void readsStateAndHistory()
    {
        QString error;
        const auto s = CompanySuspensionState::fromJson(reply(), &error);
        QVERIFY2(s, qPrintable(error));
        QVERIFY(s->suspended);
        QCOMPARE(s->sinceMs, kT0);
        QCOMPARE(s->by, u"demo.secadmin"_s);
        QCOMPARE(s->history.size(), 2);
        QCOMPARE(s->history.at(0).restoreReason, u"fixed"_s);
        QCOMPARE(s->history.at(1).restoredAtMs, 0);
    }

    void malformedNamesThePath()
    {
        QJsonObject r = reply();
        QJsonArray history = r.value(u"history"_s).toArray();
        QJsonObject h = history.at(1).toObject();
        h.remove(u"suspendedAt"_s);
        history[1] = h;
        r.insert(u"history"_s, history);
        QString error;
        QVERIFY(!CompanySuspensionState::fromJson(r, &error));
        QVERIFY2(error.startsWith(u"history[1].suspendedAt: missing"_s), qPrintable(error));
        r = reply();
        r.insert(u"suspended"_s, 1);
        QVERIFY(!CompanySuspensionState::fromJson(r, &error));
        QVERIFY2(error.startsWith(u"suspended:"_s), qPrintable(error));
        r = reply();
        r.remove(u"companyId"_s);
        QVERIFY(!CompanySuspensionState::fromJson(r, &error));
        QVERIFY2(error.startsWith(u"companyId: missing"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(tst_CompanySuspensionState)
#include "tst_companysuspensionstate.moc"
