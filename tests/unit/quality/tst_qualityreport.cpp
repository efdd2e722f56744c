#include "quality/qualityreport.h"
#include "qualitytestsupport.h"

#include <QTest>
#include <QTextDocument>

using namespace rw;
using namespace rw::qualitytest;

class TestQualityReport : public QObject
{
    Q_OBJECT

    static QualityReport report()
    {
        QualityReport r;
        r.sheet = *QualityScoreSheet::fromJson(scoresJson());
        r.preparedBy = QStringLiteral("demo.province");
        r.preparedAt = QDateTime::fromMSecsSinceEpoch(1793700000000, Qt::UTC);
        r.trendImage = QStringLiteral("chart-trend.png");
        r.dimensionImage = QStringLiteral("chart-dimensions.png");
        return r;
    }

    static QStringList rows(const QByteArray &csv)
    {
        QString text = QString::fromUtf8(csv.mid(3));
        QStringList lines = text.split(QStringLiteral("\r\n"));
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        return lines;
    }

private slots:
    void csvField_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << "椰风出行"
                               << "椰风出行";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("comma") << "A, Inc."
                               << "\"A, Inc.\"";
        QTest::newRow("quote") << "the \"best\""
                               << "\"the \"\"best\"\"\"";
        QTest::newRow("line break") << "a\nb"
                                    << "\"a\nb\"";
        QTest::newRow("formula") << "=HYPERLINK(\"http://x\")"
                                 << "\"'=HYPERLINK(\"\"http://x\"\")\"";
        QTest::newRow("plus") << "+86 123"
                              << "'+86 123";
        QTest::newRow("minus") << "-1+1"
                               << "'-1+1";
        QTest::newRow("at") << "@SUM(A1)"
                            << "'@SUM(A1)";
        QTest::newRow("tab") << "\tx"
                             << "'\tx";
        QTest::newRow("inner equals is fine") << "a=b"
                                              << "a=b";
    }

    void csvField()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(QualityReport::csvField(in), out);
    }

    void csvHasBomCrlfAndOneRowPerCompany()
    {
        const QByteArray csv = report().toCsv();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QVERIFY(csv.endsWith("\r\n"));
        QVERIFY(!csv.mid(3).replace("\r\n", "").contains('\n')); // no bare line feeds
        const QStringList lines = rows(csv);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.at(0).startsWith(
            QStringLiteral("Period,Region,Rank,Company ID,Company,Records,Completeness (%)")));
        const QStringList c1 = lines.at(1).split(QLatin1Char(','));
        QCOMPARE(c1.at(0), QStringLiteral("2026-11"));
        QCOMPARE(c1.at(3), QStringLiteral("C1"));
        QCOMPARE(c1.at(4), QStringLiteral("椰风出行"));
        QCOMPARE(c1.at(6), QStringLiteral("99.80"));
        QCOMPARE(c1.at(9), QString()); // authenticity not measured: empty, not 0
        QCOMPARE(c1.at(10), QStringLiteral("95.6"));
        QCOMPARE(c1.at(11), QStringLiteral("98.00"));
        QCOMPARE(c1.at(15), QStringLiteral("Draft"));
        const QStringList c3 = lines.at(3).split(QLatin1Char(','));
        QCOMPARE(c3.at(10), QString()); // no score
    }

    void csvGuardsCompanyNames()
    {
        QualityReport r = report();
        r.sheet.companies[0].name = QStringLiteral("=cmd|' /C calc'!A0");
        r.sheet.companies[1].name = QStringLiteral("Ride, \"Fast\"");
        const QStringList lines = rows(r.toCsv());
        QVERIFY2(lines.at(1).contains(QStringLiteral(",'=cmd|' /C calc'!A0,")), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).contains(QStringLiteral(",\"Ride, \"\"Fast\"\"\",")), qPrintable(lines.at(2)));
    }

    void htmlHoldsTheRankingChartsAndReview()
    {
        QualityReport r = report();
        r.sheet.companies[2].name = QStringLiteral("<b>evil</b>");
        r.sheet.review.status = QualityReviewState::Status::Published;
        r.sheet.review.reviewedBy = QStringLiteral("demo.province");
        r.sheet.review.publishedBy = QStringLiteral("demo.province");
        r.sheet.review.publishedAt = QDateTime::fromMSecsSinceEpoch(1793703600000, Qt::UTC);
        r.sheet.review.comment = QStringLiteral("核对无误");
        const QString html = r.toHtml();
        QVERIFY(html.contains(QStringLiteral("Data-quality evaluation 2026-11 — region 460000")));
        QVERIFY(html.contains(QStringLiteral("椰风出行 (C1)")));
        QVERIFY(html.contains(QStringLiteral("99.80 %")));
        QVERIFY(html.contains(QStringLiteral("&lt;b&gt;evil&lt;/b&gt;")));
        QVERIFY(!html.contains(QStringLiteral("<b>evil</b>")));
        QVERIFY(html.contains(QStringLiteral("<img src=\"chart-trend.png\"")));
        QVERIFY(html.contains(QStringLiteral("<img src=\"chart-dimensions.png\"")));
        QVERIFY(html.contains(QStringLiteral("published by demo.province on 2026-11-03 19:00 (UTC+8)")));
        QVERIFY(html.contains(QStringLiteral("核对无误")));
        // QTextDocument reads it: the ranking is a table with a row per company and the header.
        QTextDocument document;
        document.setHtml(html);
        const QString text = document.toPlainText();
        QVERIFY(text.contains(QStringLiteral("五指山约车")) || text.contains(QStringLiteral("<b>evil</b>")));
        QVERIFY(text.contains(QStringLiteral("95.6")));
        QVERIFY(text.contains(QStringLiteral("—")));
    }

    void fileNames()
    {
        QCOMPARE(report().suggestedFileName(QStringLiteral("pdf")),
                 QStringLiteral("quality-460000-2026-11.pdf"));
        QualityReport r;
        r.sheet.period = QualityPeriod::ofYear(2026);
        QCOMPARE(r.suggestedFileName(QStringLiteral("csv")), QStringLiteral("quality-2026.csv"));
    }

    void numbers()
    {
        QCOMPARE(QualityReport::percent(0.9), QStringLiteral("90.00 %"));
        QCOMPARE(QualityReport::percent(std::nullopt), QStringLiteral("—"));
        QCOMPARE(QualityReport::scoreText(87.46), QStringLiteral("87.5"));
    }
};

QTEST_MAIN(TestQualityReport)
#include "tst_qualityreport.moc"
