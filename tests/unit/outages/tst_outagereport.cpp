// The month's outage report: CSV (BOM, RFC 4180, formula guard) and HTML; the CST month's range.
#include "outages/outagereport.h"
#include "outagetestsupport.h"

#include <QTest>
#include <QTimeZone>

using namespace rw;
using namespace rw::outagetest;
using namespace Qt::StringLiterals;

class tst_OutageReport : public QObject
{
    Q_OBJECT

    static OutageReport report()
    {
        const QJsonObject reply{
            {u"outages"_s, QJsonArray{outage(12, 0, 65, QJsonArray{u"lateNotice"_s, u"backfillIncomplete"_s}),
                                      outage(13, 300, 0, QJsonArray{u"undeclared"_s}, QJsonValue(), u"C2"_s,
                                             u"=HYPERLINK(\"x\"),出行"_s)}}};
        OutageReport r;
        r.year = 2026;
        r.month = 11;
        r.region = u"469001"_s;
        r.outages = *OutageRecord::listFromJson(reply);
        r.preparedBy = u"demo.city"_s;
        r.preparedAt = QDateTime::fromMSecsSinceEpoch(kT0, QTimeZone::utc());
        r.timelineImage = u"timeline.png"_s;
        return r;
    }

private slots:
    void theMonthIsChinaStandardTime()
    {
        const auto [from, to] = OutageReport::monthRange(2026, 11);
        QCOMPARE(from, QDateTime(QDate(2026, 10, 31), QTime(16, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        QCOMPARE(to, QDateTime(QDate(2026, 11, 30), QTime(16, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        QCOMPARE(OutageReport::cstTime(kT0), u"2026-11-02 09:00:00"_s);
        QCOMPARE(report().suggestedFileName(u"pdf"_s), u"outages-469001-2026-11.pdf"_s);
    }

    void csvHasABomQuotingAndNoFormulas()
    {
        const QByteArray csv = report().toCsv();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(csv.mid(3)).split(u"\r\n"_s);
        QCOMPARE(lines.size(), 4); // header, two outages, the empty rest after the last CRLF
        QVERIFY(lines.at(0).startsWith(u"Month,Outage ID,Company ID,Company,Stream"_s));
        QVERIFY2(lines.at(1).startsWith(u"2026-11,12,C1,五指山约车,"_s), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(1).contains(u",65.0,"_s), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(1).contains(u",90.0,"_s), qPrintable(lines.at(1)));
        QVERIFY2(
            lines.at(1).contains(
                u"\"Late notice (under 72 h, Art. 11); Back-fill incomplete (Art. 12)\""_s) ||
                lines.at(1).endsWith(u"Late notice (under 72 h, Art. 11); Back-fill incomplete (Art. 12)"_s),
            qPrintable(lines.at(1)));
        // The formula is defused and, holding a comma and quotes, quoted with its quotes doubled.
        QVERIFY2(lines.at(2).contains(u",\"'=HYPERLINK(\"\"x\"\"),出行\","_s), qPrintable(lines.at(2)));
        QVERIFY2(lines.at(2).contains(u",ongoing,"_s), qPrintable(lines.at(2)));
        QVERIFY(lines.at(3).isEmpty());
    }

    void htmlSummarisesAndEscapes()
    {
        const QString html = report().toHtml();
        QVERIFY(html.contains(u"Transmission outages 2026-11 — region 469001"_s));
        QVERIFY(html.contains(u"五指山约车"_s));
        QVERIFY(html.contains(u"=HYPERLINK(&quot;x&quot;),出行"_s));
        QVERIFY(!html.contains(u"HYPERLINK(\"x\")"_s));
        QVERIFY(html.contains(u"Late notice (under 72 h, Art. 11)"_s));
        QVERIFY(html.contains(u"<img src=\"timeline.png\""_s));
        QVERIFY(html.contains(u"ongoing"_s));
        QVERIFY(html.contains(u"1 h 5 min"_s));
        OutageReport empty = report();
        empty.outages.clear();
        QVERIFY(empty.toHtml().contains(u"No outage was detected in this month."_s));
    }
};

QTEST_GUILESS_MAIN(tst_OutageReport)
#include "tst_outagereport.moc"
