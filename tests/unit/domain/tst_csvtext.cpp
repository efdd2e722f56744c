// CsvText: the CSV quoting the console's reports share (RFC 4180, BOM, formula guard).
#include "domain/csvtext.h"

#include <QTest>

using namespace rw;
using namespace Qt::StringLiterals;

class tst_CsvText : public QObject
{
    Q_OBJECT

private slots:
    void fields_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << u"五指山约车"_s << u"五指山约车"_s;
        QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
        QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
        QTest::newRow("line break") << u"a\nb"_s << u"\"a\nb\""_s;
        QTest::newRow("formula") << u"=1+1"_s << u"'=1+1"_s;
        QTest::newRow("plus") << u"+cmd"_s << u"'+cmd"_s;
        QTest::newRow("minus") << u"-1"_s << u"'-1"_s;
        QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
        QTest::newRow("formula with comma") << u"=A1,B1"_s << u"\"'=A1,B1\""_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void fields()
    {
        QFETCH(QString, text);
        QFETCH(QString, field);
        QCOMPARE(CsvText::field(text), field);
    }

    void aDocumentHasABomAndCrlf()
    {
        const QByteArray csv = CsvText::document({{u"a"_s, u"b,c"_s}, {u"1"_s, u"2"_s}});
        QCOMPARE(csv, QByteArray("\xEF\xBB\xBF"
                                 "a,\"b,c\"\r\n1,2\r\n"));
    }
};

QTEST_GUILESS_MAIN(tst_CsvText)
#include "tst_csvtext.moc"
