#include "guitest.h"

#include "session/lockscreen.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QToolBar>
#include <QVBoxLayout>

using namespace rw;

namespace {

const QColor SecretColour(255, 0, 255); // the page's colour: must never show while locked

} // namespace

class tst_LockScreen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { guitest::quietOffscreenWarnings(); }
    void init();
    void cleanup();
    void hiddenUntilLocked();
    void coversTheWholeWindowOpaquely();
    void followsTheWindowsSize();
    void showsWhoAndSinceWhen();
    void lockingAgainKeepsTheFirstTime();
    void coveredWidgetsAreDisabledAndRestored();
    void windowShortcutsDoNotFireWhileLocked();
    void childrenAddedWhileLockedStayCovered();
    void unlockRequestedCarriesThePassword();
    void showErrorClearsThePassword();
    void signOutEmitsSignOutRequested();
    void screenshots();

private:
    QLineEdit *password() const { return m_lock->findChild<QLineEdit *>(QStringLiteral("unlockPassword")); }
    QPushButton *button(const char *name) const
    {
        return m_lock->findChild<QPushButton *>(QLatin1String(name));
    }
    bool insideLock(QWidget *w) const { return w && (w == m_lock || m_lock->isAncestorOf(w)); }

    std::unique_ptr<QMainWindow> m_window;
    LockScreen *m_lock = nullptr;
    QWidget *m_page = nullptr;
    QLineEdit *m_filter = nullptr;
    QPushButton *m_disabledButton = nullptr;
    QToolBar *m_disabledToolBar = nullptr;
    QAction *m_export = nullptr;
    int m_exports = 0;
    const QDateTime m_since = QDateTime(QDate(2025, 3, 14), QTime(9, 41));
};

void tst_LockScreen::init()
{
    m_exports = 0;
    m_window = std::make_unique<QMainWindow>();
    m_page = new QWidget;
    m_page->setAutoFillBackground(true);
    QPalette pal = m_page->palette();
    pal.setColor(QPalette::Window, SecretColour);
    m_page->setPalette(pal);
    auto *layout = new QVBoxLayout(m_page);
    m_filter = new QLineEdit;
    m_disabledButton = new QPushButton(QStringLiteral("Export (no right)"));
    m_disabledButton->setEnabled(false);
    layout->addWidget(new QLabel(QStringLiteral("ID 460001199001011234, phone 13800001234")));
    layout->addWidget(m_filter);
    layout->addWidget(m_disabledButton);
    layout->addStretch(1);
    m_window->setCentralWidget(m_page);
    m_window->menuBar()->addMenu(QStringLiteral("&File"))->addAction(QStringLiteral("&Open"));
    m_window->statusBar()->showMessage(QStringLiteral("Connected"));
    m_disabledToolBar = m_window->addToolBar(QStringLiteral("Tools"));
    m_disabledToolBar->addAction(QStringLiteral("Tool"));
    m_disabledToolBar->setEnabled(false);
    // A window-wide shortcut, as the console's actions have.
    m_export = new QAction(QStringLiteral("Export"), m_window.get());
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_window->addAction(m_export);
    connect(m_export, &QAction::triggered, this, [this] { ++m_exports; });

    m_lock = new LockScreen(m_window.get());
    m_window->resize(800, 500);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_filter->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), m_filter);
}

void tst_LockScreen::cleanup()
{
    m_window.reset();
}

void tst_LockScreen::hiddenUntilLocked()
{
    QVERIFY(!m_lock->isVisible());
    QVERIFY(!m_lock->isLocked());
    const QImage image = m_window->grab().toImage();
    QVERIFY(guitest::countPixels(image, SecretColour) > 0); // the test's premise: the page shows
}

void tst_LockScreen::coversTheWholeWindowOpaquely()
{
    m_lock->lock(QStringLiteral("zhang.wei"), m_since);
    QVERIFY(m_lock->isLocked());
    QVERIFY(m_lock->isVisible());
    QCOMPARE(m_lock->geometry(), m_window->rect());
    QVERIFY(m_lock->geometry().contains(m_page->geometry()));
    QVERIFY(m_lock->geometry().contains(m_window->menuBar()->geometry()));
    QVERIFY(m_lock->geometry().contains(m_window->statusBar()->geometry()));
    // On top: whatever point of the window one clicks belongs to the lock screen.
    for (const QPoint &p :
         {m_page->geometry().center(), m_page->geometry().topLeft() + QPoint(2, 2),
          m_window->menuBar()->geometry().center(), m_window->statusBar()->geometry().center()})
        QVERIFY2(insideLock(m_window->childAt(p)), qPrintable(QStringLiteral("%1,%2").arg(p.x()).arg(p.y())));
    // Opaque: not one pixel of the page's colour is left.
    QCOMPARE(guitest::countPixels(m_window->grab().toImage(), SecretColour), 0);

    m_lock->unlock();
    QVERIFY(!m_lock->isVisible());
    QVERIFY(guitest::countPixels(m_window->grab().toImage(), SecretColour) > 0);
}

void tst_LockScreen::followsTheWindowsSize()
{
    m_lock->lock(QStringLiteral("zhang.wei"), m_since);
    m_window->resize(1000, 640);
    QTRY_COMPARE(m_lock->geometry(), m_window->rect());
    QCOMPARE(m_window->rect().size(), QSize(1000, 640));
    QCOMPARE(guitest::countPixels(m_window->grab().toImage(), SecretColour), 0);
    m_window->resize(500, 360);
    QTRY_COMPARE(m_lock->geometry(), m_window->rect());
    QCOMPARE(guitest::countPixels(m_window->grab().toImage(), SecretColour), 0);
}

void tst_LockScreen::showsWhoAndSinceWhen()
{
    m_lock->lock(QStringLiteral("zhang.wei"), m_since);
    QCOMPARE(m_lock->userName(), QStringLiteral("zhang.wei"));
    QCOMPARE(m_lock->lockedSince(), m_since);
    const QString when = QLocale().toString(m_since, QLocale::ShortFormat);
    bool who = false, since = false;
    for (QLabel *l : m_lock->findChildren<QLabel *>()) {
        if (!l->isVisible())
            continue;
        who = who || l->text().contains(QStringLiteral("zhang.wei"));
        since = since || l->text().contains(when);
    }
    QVERIFY(who);
    QVERIFY2(since, qPrintable(when));
    QTRY_COMPARE(QApplication::focusWidget(), password());
}

void tst_LockScreen::lockingAgainKeepsTheFirstTime()
{
    m_lock->lock(QStringLiteral("zhang.wei"), m_since);
    m_lock->lock(QStringLiteral("zhang.wei"), m_since.addSecs(900));
    QCOMPARE(m_lock->lockedSince(), m_since);
}

void tst_LockScreen::coveredWidgetsAreDisabledAndRestored()
{
    QVERIFY(m_page->isEnabled());
    QVERIFY(m_window->menuBar()->isEnabled());
    m_lock->lock(QStringLiteral("zhang.wei"), m_since);
    // Nothing below can take the focus or input.
    QVERIFY(!m_page->isEnabled());
    QVERIFY(!m_filter->isEnabled());
    QVERIFY(!m_window->menuBar()->isEnabled());
    QVERIFY(!m_window->statusBar()->isEnabled());
    QVERIFY(m_lock->isEnabled());
    QTRY_COMPARE(QApplication::focusWidget(), password());
    QTest::keyClick(password(), Qt::Key_Tab);
    QVERIFY(insideLock(QApplication::focusWidget()));

    m_lock->unlock();
    // Everything as it was: enabled what was enabled, disabled what was disabled, nothing hidden.
    QVERIFY(m_page->isEnabled());
    QVERIFY(m_filter->isEnabled());
    QVERIFY(m_window->menuBar()->isEnabled());
    QVERIFY(m_window->statusBar()->isEnabled());
    QVERIFY(!m_disabledButton->isEnabled());
    QVERIFY(!m_disabledToolBar->isEnabled());
    for (QWidget *w :
         {m_page, static_cast<QWidget *>(m_filter), static_cast<QWidget *>(m_window->menuBar()),
          static_cast<QWidget *>(m_window->statusBar()), static_cast<QWidget *>(m_disabledToolBar)})
        QVERIFY(w->isVisible());
    QVERIFY(!m_lock->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), m_filter); // back where the user was
    QTest::keyClicks(m_filter, QStringLiteral("B12"));
    QCOMPARE(m_filter->text(), QStringLiteral("B12"));
}

void tst_LockScreen::windowShortcutsDoNotFireWhileLocked()
{
    QTest::keyClick(m_filter, Qt::Key_E, Qt::ControlModifier);
    QCOMPARE(m_exports, 1); // the premise: the shortcut works

    QSignalSpy unlock(m_lock, &LockScreen::unlockRequested);
    m_lock->lock(QStringLiteral("zhang.wei"), m_since);
    QTRY_COMPARE(QApplication::focusWidget(), password());
    QTest::keyClick(password(), Qt::Key_E, Qt::ControlModifier);
    QCOMPARE(m_exports, 1);
    // The lock screen's own mnemonics still work.
    QTest::keyClicks(password(), QStringLiteral("pw"));
    QTest::keyClick(password(), Qt::Key_U, Qt::AltModifier);
    QTRY_COMPARE(unlock.size(), 1); // a mnemonic "animates" the click, which lands a moment later

    m_lock->unlock();
    QTRY_COMPARE(QApplication::focusWidget(), m_filter);
    QTest::keyClick(m_filter, Qt::Key_E, Qt::ControlModifier);
    QCOMPARE(m_exports, 2);
}

void tst_LockScreen::childrenAddedWhileLockedStayCovered()
{
    m_lock->lock(QStringLiteral("zhang.wei"), m_since);
    auto *popup = new QLabel(QStringLiteral("New alarm: vehicle 琼D12345"), m_window.get());
    popup->setGeometry(10, 10, 300, 40);
    popup->show();
    QTRY_VERIFY(!popup->isEnabled());
    QTRY_VERIFY(insideLock(m_window->childAt(popup->geometry().center())));
    m_lock->unlock();
    QVERIFY(popup->isEnabled());
    QCOMPARE(m_window->childAt(popup->geometry().center()), popup);
}

void tst_LockScreen::unlockRequestedCarriesThePassword()
{
    QSignalSpy spy(m_lock, &LockScreen::unlockRequested);
    m_lock->lock(QStringLiteral("zhang.wei"), m_since);
    QVERIFY(!button("unlock")->isEnabled());
    QTest::keyClick(password(), Qt::Key_Return); // nothing to send yet
    QCOMPARE(spy.size(), 0);
    QTest::keyClicks(password(), QStringLiteral("Ride-Watch-2025"));
    QVERIFY(button("unlock")->isEnabled());
    QTest::keyClick(password(), Qt::Key_Return);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("Ride-Watch-2025"));
    QVERIFY(m_lock->isLocked()); // only the caller unlocks, after the platform agreed

    m_lock->setBusy(true);
    QVERIFY(!password()->isEnabled());
    QVERIFY(!button("unlock")->isEnabled());
    QVERIFY(button("signOut")->isEnabled());
    QTest::mouseClick(button("unlock"), Qt::LeftButton);
    QCOMPARE(spy.size(), 1);
    m_lock->setBusy(false);
    QTest::mouseClick(button("unlock"), Qt::LeftButton);
    QCOMPARE(spy.size(), 2);

    m_lock->unlock();
    QCOMPARE(password()->text(), QString()); // not kept for the next lock
}

void tst_LockScreen::showErrorClearsThePassword()
{
    m_lock->lock(QStringLiteral("zhang.wei"), m_since);
    QTest::keyClicks(password(), QStringLiteral("wrong"));
    m_lock->setBusy(true);
    m_lock->showError(QStringLiteral("The password is wrong. 4 attempts are left."));
    QCOMPARE(m_lock->errorText(), QStringLiteral("The password is wrong. 4 attempts are left."));
    QVERIFY(!m_lock->isBusy());
    QCOMPARE(password()->text(), QString());
    QTRY_COMPARE(QApplication::focusWidget(), password());
    m_lock->unlock();
    m_lock->lock(QStringLiteral("zhang.wei"), m_since);
    QCOMPARE(m_lock->errorText(), QString()); // a new lock starts clean
}

void tst_LockScreen::signOutEmitsSignOutRequested()
{
    QSignalSpy spy(m_lock, &LockScreen::signOutRequested);
    m_lock->lock(QStringLiteral("zhang.wei"), m_since);
    QTest::mouseClick(button("signOut"), Qt::LeftButton);
    QCOMPARE(spy.size(), 1);
}

void tst_LockScreen::screenshots()
{
    m_lock->lock(QStringLiteral("zhang.wei"), m_since);
    m_lock->showError(
        QStringLiteral("The password is wrong. 4 attempts are left before the account is locked "
                       "for 15 minutes."));
    RW_CHECK_SCREENSHOT(m_window.get(), QStringLiteral("lockscreen"));
    m_lock->unlock();
    RW_CHECK_SCREENSHOT(m_window.get(), QStringLiteral("lockscreen-unlocked"));

    if (!guitest::haveChineseFont())
        QSKIP("No font for Simplified Chinese is installed; Chinese text would show as boxes.");
    m_lock->lock(QStringLiteral("王小明（五指山市交通运输局）"), m_since);
    RW_CHECK_SCREENSHOT(m_window.get(), QStringLiteral("lockscreen-zh"));
}

QTEST_MAIN(tst_LockScreen)
#include "tst_lockscreen.moc"
