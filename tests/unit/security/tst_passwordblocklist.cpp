#include "security/passwordblocklist.h"

#include <QTest>

using namespace rw;

class tst_PasswordBlocklist : public QObject
{
    Q_OBJECT

private slots:
    void builtInHasThousandsOfEntries();
    void hits_data();
    void hits();
    void misses_data();
    void misses();
    void matchNamesTheListedForm();
    void fromTextSkipsCommentsAndBlanks();
    void withWordsAddsContext();
    void emptyListBlocksOnlyRepetitions();
};

void tst_PasswordBlocklist::builtInHasThousandsOfEntries()
{
    const auto list = PasswordBlocklist::builtIn();
    QVERIFY(list);
    QVERIFY2(list->size() >= 3000, qPrintable(QString::number(list->size())));
    QCOMPARE(PasswordBlocklist::builtIn().get(), list.get()); // loaded once
}

void tst_PasswordBlocklist::hits_data()
{
    QTest::addColumn<QString>("password");
    QTest::newRow("password") << QStringLiteral("password");
    QTest::newRow("upper case") << QStringLiteral("PASSWORD");
    QTest::newRow("leetspeak") << QStringLiteral("P@ssw0rd");
    QTest::newRow("leet + year + symbol") << QStringLiteral("P@ssw0rd2024!");
    QTest::newRow("admin@123") << QStringLiteral("Admin@123");
    QTest::newRow("admin@123456") << QStringLiteral("Admin@123456");
    QTest::newRow("leading symbols") << QStringLiteral("@@Admin2024");
    QTest::newRow("leet at the start") << QStringLiteral("@dmin!2023");
    QTest::newRow("one read as l") << QStringLiteral("1etmein!2024");
    QTest::newRow("digits run") << QStringLiteral("123456789012");
    QTest::newRow("digits backwards") << QStringLiteral("9876543210");
    QTest::newRow("keyboard row") << QStringLiteral("Qwertyuiop[]");
    QTest::newRow("keyboard row backwards") << QStringLiteral("poiuytrewq");
    QTest::newRow("keyboard columns") << QStringLiteral("1qaz2wsx3edc");
    QTest::newRow("columns, caps") << QStringLiteral("1QAZ2WSX3EDC4RFV");
    QTest::newRow("columns, shifted digits") << QStringLiteral("!QAZ@WSX#EDC");
    QTest::newRow("columns, mixed") << QStringLiteral("1qaz@WSX3edc");
    QTest::newRow("diagonal") << QStringLiteral("zaq1xsw2cde3");
    QTest::newRow("woaini") << QStringLiteral("woaini1314");
    QTest::newRow("woaini decorated") << QStringLiteral("Woaini@5201314!");
    QTest::newRow("5201314") << QStringLiteral("5201314");
    QTest::newRow("pinyin name") << QStringLiteral("Zhangwei123456");
    QTest::newRow("pinyin city") << QStringLiteral("Wuzhishan@2024");
    QTest::newRow("service word") << QStringLiteral("Wangyueche#2025");
    QTest::newRow("mima") << QStringLiteral("Mima123456!");
    QTest::newRow("year doubled") << QStringLiteral("19881988");
    QTest::newRow("repeated char") << QStringLiteral("aaaaaaaaaaaa");
    QTest::newRow("repeated unit") << QStringLiteral("Ab1!Ab1!Ab1!");
    QTest::newRow("repeated chinese") << QStringLiteral("网约车网约车网约车网约车");
    QTest::newRow("full width") << QStringLiteral("Ｐａｓｓｗｏｒｄ１２３");
}

void tst_PasswordBlocklist::hits()
{
    QFETCH(QString, password);
    const auto list = PasswordBlocklist::builtIn();
    QVERIFY2(list->contains(password), qPrintable(password));
}

void tst_PasswordBlocklist::misses_data()
{
    QTest::addColumn<QString>("password");
    QTest::newRow("passphrase") << QStringLiteral("correct horse battery staple");
    QTest::newRow("random") << QStringLiteral("xK9#mQ2$vL7!");
    QTest::newRow("listed word inside") << QStringLiteral("My-Password-Is-Long-7");
    QTest::newRow("city inside") << QStringLiteral("Blue7-Hainan-Kite");
    QTest::newRow("chinese sentence") << QStringLiteral("五指山的雨下了三天3!");
    QTest::newRow("two units") << QStringLiteral("abcdeabcde12");
}

void tst_PasswordBlocklist::misses()
{
    QFETCH(QString, password);
    const auto list = PasswordBlocklist::builtIn();
    const auto hit = list->match(password);
    QVERIFY2(!hit, qPrintable(password + QStringLiteral(" matched ") + hit.value_or(QString())));
}

void tst_PasswordBlocklist::matchNamesTheListedForm()
{
    const auto list = PasswordBlocklist::builtIn();
    QCOMPARE(list->match(QStringLiteral("P@ssw0rd2024!")).value_or(QString()),
             QStringLiteral("password2024"));
    QCOMPARE(list->match(QStringLiteral("P@ssw0rd%%")).value_or(QString()), QStringLiteral("password"));
    QCOMPARE(list->match(QStringLiteral("Woaini~~")).value_or(QString()), QStringLiteral("woaini"));
    QCOMPARE(list->match(QStringLiteral("!QAZ@WSX")).value_or(QString()), QStringLiteral("1qaz2wsx"));
    QCOMPARE(list->match(QStringLiteral("xyxyxyxy")).value_or(QString()), QStringLiteral("repeated \"xy\""));
}

void tst_PasswordBlocklist::fromTextSkipsCommentsAndBlanks()
{
    const PasswordBlocklist list =
        PasswordBlocklist::fromText(QStringLiteral("# comment\n\n  Tiger  \r\nlion\n#bear\n"));
    QCOMPARE(list.size(), 2);
    QVERIFY(list.contains(QStringLiteral("TIGER")));
    QVERIFY(list.contains(QStringLiteral("l1on")));
    QVERIFY(list.contains(QStringLiteral("Tiger2024!")));
    QVERIFY(!list.contains(QStringLiteral("bear")));
    QVERIFY(!list.contains(QStringLiteral("# comment")));
}

void tst_PasswordBlocklist::withWordsAddsContext()
{
    const PasswordBlocklist base = PasswordBlocklist::fromText(QStringLiteral("tiger\n"));
    const PasswordBlocklist context = base.withWords({QStringLiteral("Xiuying"), QStringLiteral("ab")});
    QVERIFY(!base.contains(QStringLiteral("Xiuying2024!")));
    QVERIFY(context.contains(QStringLiteral("Xiuying2024!")));
    QVERIFY(context.contains(QStringLiteral("tiger")));
    QCOMPARE(context.size(), 2); // "ab" is too short to be a word of its own
}

void tst_PasswordBlocklist::emptyListBlocksOnlyRepetitions()
{
    const PasswordBlocklist empty;
    QVERIFY(!empty.contains(QStringLiteral("password")));
    QVERIFY(empty.contains(QStringLiteral("zzzzzzzz")));
    QVERIFY(!empty.contains(QString()));
}

QTEST_GUILESS_MAIN(tst_PasswordBlocklist)
#include "tst_passwordblocklist.moc"
