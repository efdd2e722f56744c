#include "permits/personaldatamask.h"

#include <QTest>

using namespace Qt::StringLiterals;
using rw::PersonalDataMask;

class tst_PersonalDataMask : public QObject
{
    Q_OBJECT

private slots:
    void names()
    {
        QCOMPARE(PersonalDataMask::name(u"张伟"), u"张*"_s);
        QCOMPARE(PersonalDataMask::name(u"欧阳娜娜"), u"欧***"_s);
        QCOMPARE(PersonalDataMask::name(u"王"), u"*"_s);
        QCOMPARE(PersonalDataMask::name(u""), QString());
        // A character outside the BMP stays whole.
        QCOMPARE(PersonalDataMask::name(u"𠀋明"), u"𠀋*"_s);
    }

    void idNumbers()
    {
        QCOMPARE(PersonalDataMask::idNumber(u"11010519491231002X"), u"110105***********X"_s);
        QCOMPARE(PersonalDataMask::licence(u"11010519491231002X"), u"110105***********X"_s);
        QCOMPARE(PersonalDataMask::licence(u"A12345678"), u"*****5678"_s);
    }

    void phones()
    {
        QCOMPARE(PersonalDataMask::phone(u"19901234567"), u"199****4567"_s);
        QCOMPARE(PersonalDataMask::phone(u"12345"), u"***45"_s);
    }

    void neverLongerOrShorter()
    {
        for (const QString &text : {u"469001199001011234"_s, u"19901234567"_s, u"李小龙"_s, u"Q1"_s}) {
            QCOMPARE(PersonalDataMask::idNumber(text).size(), text.size());
            QCOMPARE(PersonalDataMask::phone(text).size(), text.size());
            QVERIFY(PersonalDataMask::tail(text, 4) != text);
        }
    }
};

QTEST_GUILESS_MAIN(tst_PersonalDataMask)
#include "tst_personaldatamask.moc"
