#include "guitest.h"

#include "session/idlewatcher.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPointingDevice>
#include <QSignalSpy>
#include <QSpontaneKeyEvent>
#include <QTest>
#include <QTimer>
#include <QVBoxLayout>

#include <functional>

using namespace rw;

namespace {

constexpr int Timeout = 400; // ms: short, yet long against the 40 ms between simulated inputs
constexpr int FeedInterval = 40;

enum class Input { Key, MouseClick, MouseMove, Wheel, Touch, InputMethod };

/**
 * Delivers \a event as one from the window system, the way QTest does: marked spontaneous and
 * handed to notify() directly (sendEvent() would clear the mark).
 */
void sendSpontaneous(QWidget *receiver, QEvent *event)
{
    QSpontaneKeyEvent::setSpontaneous(event);
    qApp->notify(receiver, event);
}

/**
 * Feeds input every FeedInterval ms for a while and records when it did, so that assertions hold
 * even when a loaded machine delays a feed: the watcher may only fire after a gap ≥ Timeout.
 */
class Feeder : public QObject
{
public:
    Feeder(std::function<void()> send, int count)
        : m_send(std::move(send))
        , m_left(count)
    {
        m_timer.setInterval(FeedInterval);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { feed(); });
    }
    void start()
    {
        m_clock.start();
        feed();
        m_timer.start();
    }
    bool isActive() const { return m_timer.isActive(); }
    qint64 sinceLastInput() const { return m_clock.elapsed() - m_last; }
    qint64 largestGap() const { return m_largestGap; }

private:
    void feed()
    {
        const qint64 now = m_clock.elapsed();
        if (m_fed)
            m_largestGap = qMax(m_largestGap, now - m_last);
        m_send();
        m_last = m_clock.elapsed();
        m_fed = true;
        if (--m_left <= 0)
            m_timer.stop();
    }

    std::function<void()> m_send;
    int m_left;
    bool m_fed = false;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_largestGap = 0;
};

} // namespace

Q_DECLARE_METATYPE(Input)

class tst_IdleWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_window.reset(); }
    void defaultIsFifteenMinutes();
    void firesOnceAfterTheTimeoutWithoutInput();
    void inputRestartsTheCountdown_data();
    void inputRestartsTheCountdown();
    void programGeneratedEventsAreNotActivity();
    void rearmsAfterTheNextInput();
    void stopSilencesAndStartCountsFromNow();
    void shorterTimeoutWhileRunningTakesEffect();
    void restartCountsFromNow();

private:
    void send(Input input);

    std::unique_ptr<QWidget> m_window;
    QLineEdit *m_edit = nullptr;
    QLabel *m_label = nullptr;
    QPointingDevice *m_touch = nullptr;
};

void tst_IdleWatcher::initTestCase()
{
    guitest::quietOffscreenWarnings();
    m_window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_window.get());
    m_edit = new QLineEdit;
    m_label = new QLabel(QStringLiteral("0"));
    layout->addWidget(m_edit);
    layout->addWidget(m_label);
    m_window->resize(300, 120);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_touch = QTest::createTouchDevice();
}

void tst_IdleWatcher::send(Input input)
{
    const QPoint at = m_edit->rect().center();
    switch (input) {
    case Input::Key:
        QTest::keyClick(m_edit, Qt::Key_A);
        break;
    case Input::MouseClick:
        QTest::mouseClick(m_edit, Qt::LeftButton, Qt::NoModifier, at);
        break;
    case Input::MouseMove: {
        QMouseEvent move(QEvent::MouseMove, at, m_edit->mapToGlobal(at), Qt::NoButton, Qt::NoButton,
                         Qt::NoModifier);
        sendSpontaneous(m_edit, &move);
        break;
    }
    case Input::Wheel: {
        QWheelEvent wheel(at, m_edit->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        sendSpontaneous(m_edit, &wheel);
        break;
    }
    case Input::Touch:
        QTest::touchEvent(m_window.get(), m_touch).press(0, m_edit->geometry().center());
        QTest::touchEvent(m_window.get(), m_touch).release(0, m_edit->geometry().center());
        break;
    case Input::InputMethod: {
        // Pinyin input arrives as input-method events, without key presses, and the platform's
        // input context delivers them with sendEvent(): not spontaneous.
        QInputMethodEvent commit;
        commit.setCommitString(QStringLiteral("琼"));
        QApplication::sendEvent(m_edit, &commit);
        break;
    }
    }
}

void tst_IdleWatcher::defaultIsFifteenMinutes()
{
    IdleWatcher watcher;
    QCOMPARE(watcher.timeout(), 15 * 60 * 1000); // DESIGN §8: idle lock after 15 minutes
    QVERIFY(!watcher.isActive());
    QCOMPARE(watcher.idleMilliseconds(), -1);
}

void tst_IdleWatcher::firesOnceAfterTheTimeoutWithoutInput()
{
    IdleWatcher watcher;
    watcher.setTimeout(Timeout);
    QSignalSpy spy(&watcher, &IdleWatcher::idleTimeout);
    QElapsedTimer clock;
    clock.start();
    watcher.start();
    QVERIFY(watcher.isActive());
    QVERIFY(spy.wait(10 * Timeout));
    QVERIFY2(clock.elapsed() >= Timeout, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(watcher.idleMilliseconds() >= Timeout);
    // Once per idle period, not every Timeout ms while nobody is there.
    QVERIFY(!spy.wait(2 * Timeout));
    QCOMPARE(spy.size(), 1);
}

void tst_IdleWatcher::inputRestartsTheCountdown_data()
{
    QTest::addColumn<Input>("input");
    QTest::newRow("key") << Input::Key;
    QTest::newRow("mouse click") << Input::MouseClick;
    QTest::newRow("mouse move") << Input::MouseMove;
    QTest::newRow("wheel") << Input::Wheel;
    QTest::newRow("touch") << Input::Touch;
    QTest::newRow("input method") << Input::InputMethod;
}

void tst_IdleWatcher::inputRestartsTheCountdown()
{
    QFETCH(Input, input);
    IdleWatcher watcher;
    watcher.setTimeout(Timeout);
    QSignalSpy spy(&watcher, &IdleWatcher::idleTimeout);
    // Input for three timeouts' worth of time.
    Feeder feeder([this, input] { send(input); }, 3 * Timeout / FeedInterval);
    watcher.start();
    feeder.start();
    QTRY_VERIFY_WITH_TIMEOUT(!feeder.isActive(), 20 * Timeout);
    if (feeder.largestGap() < Timeout)
        QCOMPARE(spy.size(), 0);
    else
        qWarning("A feed was delayed by %lld ms; the machine is loaded.", feeder.largestGap());
    spy.clear();

    // Input stops: the watcher fires, a full timeout after the last input.
    QVERIFY(spy.wait(10 * Timeout));
    QVERIFY2(feeder.sinceLastInput() >= Timeout, qPrintable(QString::number(feeder.sinceLastInput())));
}

void tst_IdleWatcher::programGeneratedEventsAreNotActivity()
{
    IdleWatcher watcher;
    watcher.setTimeout(Timeout);
    QSignalSpy spy(&watcher, &IdleWatcher::idleTimeout);
    int n = 0;
    // A live page repaints and the program may post key events of its own: none of it is a user.
    Feeder feeder(
        [this, &n] {
            m_label->setText(QString::number(++n));
            m_label->repaint();
            QKeyEvent key(QEvent::KeyPress, Qt::Key_B, Qt::NoModifier, QStringLiteral("b"));
            QApplication::sendEvent(m_edit, &key); // not spontaneous
        },
        10 * Timeout / FeedInterval);
    QElapsedTimer clock;
    clock.start();
    watcher.start();
    feeder.start();
    QVERIFY(spy.wait(10 * Timeout));
    QVERIFY(clock.elapsed() >= Timeout);
    QVERIFY(feeder.isActive()); // it fired while the program was still busy
    QVERIFY(n > 1);
}

void tst_IdleWatcher::rearmsAfterTheNextInput()
{
    IdleWatcher watcher;
    watcher.setTimeout(Timeout);
    QSignalSpy spy(&watcher, &IdleWatcher::idleTimeout);
    watcher.start();
    QVERIFY(spy.wait(10 * Timeout));
    QVERIFY(!spy.wait(2 * Timeout)); // idle, fired already: quiet
    QElapsedTimer sinceInput;
    send(Input::Key);
    sinceInput.start();
    QVERIFY(spy.wait(10 * Timeout));
    QCOMPARE(spy.size(), 2);
    QVERIFY(sinceInput.elapsed() >= Timeout);
}

void tst_IdleWatcher::stopSilencesAndStartCountsFromNow()
{
    IdleWatcher watcher;
    watcher.setTimeout(Timeout);
    QSignalSpy spy(&watcher, &IdleWatcher::idleTimeout);
    watcher.start();
    watcher.stop();
    QVERIFY(!watcher.isActive());
    QCOMPARE(watcher.idleMilliseconds(), -1);
    QVERIFY(!spy.wait(2 * Timeout));
    QCOMPARE(spy.size(), 0);

    QElapsedTimer clock;
    clock.start();
    watcher.start();
    QVERIFY(spy.wait(10 * Timeout));
    QVERIFY(clock.elapsed() >= Timeout);
}

void tst_IdleWatcher::shorterTimeoutWhileRunningTakesEffect()
{
    IdleWatcher watcher;
    QSignalSpy spy(&watcher, &IdleWatcher::idleTimeout);
    QElapsedTimer clock;
    clock.start();
    watcher.start(); // 15 minutes
    watcher.setTimeout(Timeout);
    QVERIFY(spy.wait(10 * Timeout));
    QVERIFY(clock.elapsed() >= Timeout);
    QVERIFY(clock.elapsed() < 60 * 1000);
}

void tst_IdleWatcher::restartCountsFromNow()
{
    IdleWatcher watcher;
    watcher.setTimeout(Timeout);
    QSignalSpy spy(&watcher, &IdleWatcher::idleTimeout);
    watcher.start();
    QTRY_VERIFY(watcher.idleMilliseconds() >= Timeout / 2);
    QElapsedTimer sinceRestart;
    watcher.restart();
    sinceRestart.start();
    QVERIFY(watcher.idleMilliseconds() < Timeout / 2);
    QVERIFY(spy.wait(10 * Timeout));
    QVERIFY(sinceRestart.elapsed() >= Timeout);
}

QTEST_MAIN(tst_IdleWatcher)
#include "tst_idlewatcher.moc"
