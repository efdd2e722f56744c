#include "idlewatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace rw {

namespace {

// Input from the window system is spontaneous; events the program sends itself are not activity.
bool isUserInput(const QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
    case QEvent::TabletRelease:
        return event->spontaneous();
    case QEvent::InputMethod:
        // Pinyin and other input methods consume the key presses and deliver the text through
        // sendEvent(), so these are never spontaneous; only an input method sends them.
        return true;
    default:
        return false;
    }
}

} // namespace

IdleWatcher::IdleWatcher(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // short test timeouts should not drift by 5 %
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::check);
}

IdleWatcher::~IdleWatcher()
{
    stop();
}

void IdleWatcher::setTimeout(int milliseconds)
{
    m_timeoutMs = qMax(1, milliseconds);
    if (m_active)
        check();
}

qint64 IdleWatcher::idleMilliseconds() const
{
    return m_active ? m_sinceInput.elapsed() : -1;
}

void IdleWatcher::start()
{
    if (!m_active) {
        if (QCoreApplication *app = QCoreApplication::instance())
            app->installEventFilter(this);
        m_active = true;
    }
    restart();
}

void IdleWatcher::stop()
{
    if (!m_active)
        return;
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(this);
    m_active = false;
    m_timer.stop();
}

void IdleWatcher::restart()
{
    if (!m_active)
        return;
    m_fired = false;
    m_sinceInput.start();
    m_timer.start(m_timeoutMs);
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    // One user action reaches several receivers (window, widget, parents); each only stamps the time.
    if (isUserInput(event)) {
        m_sinceInput.start();
        if (m_fired) {
            m_fired = false;
            m_timer.start(m_timeoutMs);
        }
    }
    return QObject::eventFilter(watched, event);
}

void IdleWatcher::check()
{
    if (!m_active || m_fired)
        return;
    const qint64 idle = m_sinceInput.elapsed();
    if (idle >= m_timeoutMs) {
        m_fired = true;
        m_timer.stop();
        emit idleTimeout();
    } else {
        m_timer.start(int(m_timeoutMs - idle));
    }
}

} // namespace rw
