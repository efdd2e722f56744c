// MainWindow's remembered layout and keyboard shortcuts (issue 8), in the real window over a real INI file:
// the geometry, the role's current page and a page's splitter come back in the next window; Ctrl+2 shows the
// second page; F5 refreshes a page that has a refresh() slot; the Settings action has Ctrl+, on Linux.

#include "guitest.h"

#include "client/platformclient.h"
#include "mainwindow.h"
#include "settings/consolesettings.h"

#include <QAction>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace rw;

class tst_MainWindowLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void restoresGeometryPageAndSplitter();
    void thePageIsRememberedPerRole();
    void ctrlNumberShowsThatPage();
    void f5RefreshesPagesThatCan();
    void settingsAndShortcutsList();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ConsoleSettings> m_console;

    static SessionInfo session(Role role, const QString &region = u"469001"_s)
    {
        SessionInfo info;
        info.userName = u"someone"_s;
        info.role = role;
        info.regionCode = region;
        info.daysLeft = 80;
        return info;
    }
    static int tabOf(const MainWindow &window, const QString &title)
    {
        for (int i = 0; i < window.pages()->count(); ++i) {
            if (window.pages()->tabText(i) == title)
                return i;
        }
        return -1;
    }
};

void tst_MainWindowLayout::initTestCase()
{
    guitest::quietOffscreenWarnings();
    QStandardPaths::setTestModeEnabled(true); // the window's offline cache: not in the user's own folders
}

void tst_MainWindowLayout::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"console.ini"_s), QSettings::IniFormat);
    m_console = std::make_unique<ConsoleSettings>(m_settings.get());
}

void tst_MainWindowLayout::cleanup()
{
    m_console.reset();
    m_settings.reset();
    m_dir.reset();
}

void tst_MainWindowLayout::restoresGeometryPageAndSplitter()
{
    PlatformClient client; // no platform: the pages show, asking nothing that matters here
    int lookupTab = -1;
    QList<int> sizes;
    QSize size;
    {
        MainWindow window(&client, InterfaceCatalogue::builtIn());
        window.setSettings(m_console.get());
        window.showSession(session(Role::CityOfficer), 14);
        window.resize(1303, 871);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        lookupTab = tabOf(window, u"Permit lookup"_s);
        QVERIFY(lookupTab > 0);
        window.pages()->setCurrentIndex(lookupTab);
        auto *splitter = window.pages()->currentWidget()->findChild<QSplitter *>();
        QVERIFY(splitter);
        QTRY_VERIFY(splitter->width() > 400);
        const int total = splitter->sizes().value(0) + splitter->sizes().value(1);
        splitter->setSizes({total / 4, total - total / 4});
        sizes = splitter->sizes();
        size = window.size();
        QVERIFY(size != QSize(1100, 700)); // not the default
        window.close();                    // saves
    }
    QVERIFY(!m_console->windowGeometry().isEmpty());
    QCOMPARE(m_console->currentPage(Role(Role::CityOfficer).key()), lookupTab);

    MainWindow window(&client, InterfaceCatalogue::builtIn());
    window.setSettings(m_console.get());
    window.showSession(session(Role::CityOfficer), 14);
    QCOMPARE(window.pages()->currentIndex(), lookupTab);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), size);
    auto *splitter = window.pages()->currentWidget()->findChild<QSplitter *>();
    QVERIFY(splitter);
    QTRY_COMPARE(splitter->sizes(), sizes);
}

void tst_MainWindowLayout::thePageIsRememberedPerRole()
{
    PlatformClient client;
    MainWindow window(&client, InterfaceCatalogue::builtIn());
    window.setSettings(m_console.get());
    window.showSession(session(Role::CityOfficer), 14);
    QVERIFY(window.pages()->count() >= 3);
    window.pages()->setCurrentIndex(2);
    window.clearData(); // sign-out saves the page of the role
    QCOMPARE(m_console->currentPage(Role(Role::CityOfficer).key()), 2);
    // The enforcement officer's pages are others: not theirs.
    window.showSession(session(Role::EnforcementOfficer), 14);
    QCOMPARE(window.pages()->currentIndex(), 0);
    window.clearData();
    window.showSession(session(Role::CityOfficer), 14);
    QCOMPARE(window.pages()->currentIndex(), 2);
    // A stored page the role no longer has is ignored.
    m_console->setCurrentPage(Role(Role::AuditAdministrator).key(), 7);
    window.clearData();
    window.showSession(session(Role::AuditAdministrator, QString()), 14);
    QCOMPARE(window.pages()->currentIndex(), 0);
}

void tst_MainWindowLayout::ctrlNumberShowsThatPage()
{
    PlatformClient client;
    MainWindow window(&client, InterfaceCatalogue::builtIn());
    window.setSettings(m_console.get());
    window.showSession(session(Role::CityOfficer), 14);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QCOMPARE(window.pages()->currentIndex(), 0);
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window.pages()->currentIndex(), 1);
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window.pages()->currentIndex(), 2);
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window.pages()->currentIndex(), 0);
    QVERIFY(window.pages()->count() < 9);
    QTest::keyClick(&window, Qt::Key_9, Qt::ControlModifier); // no ninth page: nothing changes
    QCOMPARE(window.pages()->currentIndex(), 0);
    QVERIFY(!window.selectPage(window.pages()->count()));
}

void tst_MainWindowLayout::f5RefreshesPagesThatCan()
{
    PlatformClient client;
    MainWindow window(&client, InterfaceCatalogue::builtIn());
    window.showSession(session(Role::CityOfficer), 14);
    QCOMPARE(window.refreshAction()->shortcut(), QKeySequence(Qt::Key_F5));
    // The live map streams: nothing to refresh.
    window.pages()->setCurrentIndex(tabOf(window, u"Live map"_s));
    QVERIFY(!window.refreshCurrentPage());
    // The bad-record list has a refresh() slot.
    const int badRecords = tabOf(window, u"Bad-record list"_s);
    QVERIFY(badRecords >= 0);
    window.pages()->setCurrentIndex(badRecords);
    QVERIFY(window.refreshCurrentPage());
}

void tst_MainWindowLayout::settingsAndShortcutsList()
{
    PlatformClient client;
    MainWindow window(&client, InterfaceCatalogue::builtIn());
    QVERIFY(!window.settingsAction()->isEnabled()); // no settings to edit
    window.setSettings(m_console.get());
    QVERIFY(window.settingsAction()->isEnabled());
    const QList<QKeySequence> keys = window.settingsAction()->shortcuts();
    QVERIFY(!keys.isEmpty());
    if (QKeySequence::keyBindings(QKeySequence::Preferences).isEmpty())
        QCOMPARE(keys.first(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    const auto list = window.shortcutList();
    QStringList rows;
    for (const auto &entry : list)
        rows.append(entry.first + u" = "_s + entry.second);
    const QString all = rows.join(u'\n');
    QVERIFY2(all.contains(u"Settings = "_s + keys.first().toString(QKeySequence::NativeText)),
             qPrintable(all));
    QVERIFY2(all.contains(u"Refresh this page = F5"_s), qPrintable(all));
    QVERIFY2(all.contains(u"Lock screen = "_s), qPrintable(all));
    QVERIFY2(all.contains(u"Show page 1 … 9 = Ctrl+1 … Ctrl+9"_s), qPrintable(all));
}

QTEST_MAIN(tst_MainWindowLayout)
#include "tst_mainwindowlayout.moc"
