#include "guitest.h"

#include "session/expirybanner.h"

#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextEdit>
#include <QVBoxLayout>

using namespace rw;

class tst_ExpiryBanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { guitest::quietOffscreenWarnings(); }
    void init();
    void cleanup();
    void hiddenUntilToldOtherwise();
    void levelFollowsDaysLeft_data();
    void levelFollowsDaysLeft();
    void warningWindowIsConfigurable();
    void changeNowEmitsChangeRequested();
    void hiddenBannerTakesNoSpace();
    void screenshots();

private:
    std::unique_ptr<QMainWindow> m_window;
    ExpiryBanner *m_banner = nullptr;
    QTextEdit *m_page = nullptr;
};

void tst_ExpiryBanner::init()
{
    // The banner sits at the top of the main window, above the page.
    m_window = std::make_unique<QMainWindow>();
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner = new ExpiryBanner;
    m_page = new QTextEdit;
    layout->addWidget(m_banner);
    layout->addWidget(m_page, 1);
    m_window->setCentralWidget(central);
    m_window->resize(720, 300);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_ExpiryBanner::cleanup()
{
    m_window.reset();
}

void tst_ExpiryBanner::hiddenUntilToldOtherwise()
{
    QCOMPARE(m_banner->level(), ExpiryBanner::Level::Hidden);
    QVERIFY(!m_banner->isVisible());
    QCOMPARE(m_banner->warningDays(), 14); // DESIGN §8: warn 14 days ahead
}

void tst_ExpiryBanner::levelFollowsDaysLeft_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<ExpiryBanner::Level>("level");
    QTest::addColumn<QString>("text");
    QTest::newRow("90 days") << 90 << ExpiryBanner::Level::Hidden << QString();
    QTest::newRow("15 days") << 15 << ExpiryBanner::Level::Hidden << QString();
    QTest::newRow("14 days") << 14 << ExpiryBanner::Level::Warning << "Your password expires in 14 day(s).";
    QTest::newRow("1 day") << 1 << ExpiryBanner::Level::Warning << "Your password expires in 1 day(s).";
    QTest::newRow("0 days") << 0 << ExpiryBanner::Level::Expired
                            << "Your password has expired. Change it now to keep access to the platform.";
    QTest::newRow("-3 days") << -3 << ExpiryBanner::Level::Expired
                             << "Your password has expired. Change it now to keep access to the platform.";
}

void tst_ExpiryBanner::levelFollowsDaysLeft()
{
    QFETCH(int, days);
    QFETCH(ExpiryBanner::Level, level);
    QFETCH(QString, text);
    m_banner->setDaysLeft(days);
    QCOMPARE(m_banner->daysLeft(), days);
    QCOMPARE(m_banner->level(), level);
    QCOMPARE(m_banner->isVisible(), level != ExpiryBanner::Level::Hidden);
    QCOMPARE(m_banner->text(), text);
    if (level == ExpiryBanner::Level::Hidden)
        return;
    auto *label = m_banner->findChild<QLabel *>(QStringLiteral("expiryText"));
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), text);
    QCOMPARE(m_banner->accessibleName(), text);
    // Warning and error look different (background colour), and both have an icon.
    const QImage image = m_banner->grab().toImage();
    const QColor expected = level == ExpiryBanner::Level::Warning ? QColor(QStringLiteral("#fff4ce"))
                                                                  : QColor(QStringLiteral("#fde7e9"));
    QVERIFY2(guitest::countPixels(image, expected) > image.width() * image.height() / 3,
             "the banner is not painted in its level's colour");
}

void tst_ExpiryBanner::warningWindowIsConfigurable()
{
    m_banner->setDaysLeft(20);
    QCOMPARE(m_banner->level(), ExpiryBanner::Level::Hidden);
    m_banner->setWarningDays(30);
    QCOMPARE(m_banner->level(), ExpiryBanner::Level::Warning);
    QVERIFY(m_banner->isVisible());
    QVERIFY(m_banner->text().contains(QStringLiteral("20")));
    m_banner->setWarningDays(7);
    QCOMPARE(m_banner->level(), ExpiryBanner::Level::Hidden);
    QVERIFY(!m_banner->isVisible());
}

void tst_ExpiryBanner::changeNowEmitsChangeRequested()
{
    QSignalSpy spy(m_banner, &ExpiryBanner::changeRequested);
    m_banner->setDaysLeft(3);
    auto *button = m_banner->findChild<QPushButton *>(QStringLiteral("changeNow"));
    QVERIFY(button && button->isVisible() && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(spy.size(), 1);
    m_banner->setDaysLeft(0);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(spy.size(), 2);
}

void tst_ExpiryBanner::hiddenBannerTakesNoSpace()
{
    QTRY_COMPARE(m_page->geometry().top(), 0);
    m_banner->setDaysLeft(5);
    QTRY_VERIFY(m_page->geometry().top() >= m_banner->height());
    QVERIFY(m_banner->height() < 60); // slim
    m_banner->setDaysLeft(60);
    QTRY_COMPARE(m_page->geometry().top(), 0);
}

void tst_ExpiryBanner::screenshots()
{
    m_page->setPlainText(QStringLiteral("Page content"));
    m_banner->setDaysLeft(9);
    RW_CHECK_SCREENSHOT(m_window.get(), QStringLiteral("expirybanner-warning"));
    m_banner->setDaysLeft(0);
    RW_CHECK_SCREENSHOT(m_window.get(), QStringLiteral("expirybanner-expired"));
}

QTEST_MAIN(tst_ExpiryBanner)
#include "tst_expirybanner.moc"
