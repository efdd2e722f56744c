// Help → Keyboard shortcuts: one row per entry, what it does and its keys, read-only.

#include "guitest.h"

#include "settings/shortcutsdialog.h"

#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rw;

class tst_ShortcutsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { guitest::quietOffscreenWarnings(); }
    void listsTheEntries();
};

void tst_ShortcutsDialog::listsTheEntries()
{
    const QList<ShortcutsDialog::Entry> entries{
        {u"Refresh this page"_s, ShortcutsDialog::keysText(QKeySequence(Qt::Key_F5))},
        {u"Settings"_s, ShortcutsDialog::keysText(QKeySequence(Qt::CTRL | Qt::Key_Comma))},
        {u"Lock screen"_s, ShortcutsDialog::keysText(QKeySequence(Qt::CTRL | Qt::Key_L))},
    };
    QCOMPARE(entries.at(1).second, u"Ctrl+,"_s);
    ShortcutsDialog dialog(entries);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTableWidget *table = dialog.table();
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(0, 0)->text(), u"Refresh this page"_s);
    QCOMPARE(table->item(0, 1)->text(), u"F5"_s);
    QCOMPARE(table->item(2, 1)->text(), u"Ctrl+L"_s);
    QCOMPARE(table->editTriggers(), QAbstractItemView::NoEditTriggers);
    RW_CHECK_SCREENSHOT(&dialog, u"shortcuts-dialog"_s);
}

QTEST_MAIN(tst_ShortcutsDialog)
#include "tst_shortcutsdialog.moc"
