#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace rw {

/**
 * \brief Notices when nobody has used the console for a while (DESIGN §8: idle lock after
 * 15 minutes; MLPS 2.0 §8.1.4.1 b) connection-timeout handling).
 *
 * While started it filters the application's events; any keyboard, mouse, wheel, touch or tablet
 * event from the window system (spontaneous; events the program sends itself do not count) and
 * any input-method event (Pinyin input arrives only that way) counts as activity. After timeout()
 * milliseconds without activity it emits idleTimeout() once; the next activity re-arms it. Activity only
 * records a time stamp, so a stream of mouse moves costs next to nothing; the timer is re-armed when it fires
 * early.
 */
class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = 15 * 60 * 1000;

    explicit IdleWatcher(QObject *parent = nullptr);
    ~IdleWatcher() override;

    /** Milliseconds without input before idleTimeout(); tests use a short one. */
    void setTimeout(int milliseconds);
    int timeout() const { return m_timeoutMs; }
    bool isActive() const { return m_active; }
    /** Milliseconds since the last input (or since start()/restart()); -1 while stopped. */
    qint64 idleMilliseconds() const;

public slots:
    /** Installs the event filter on the application and starts counting from now. */
    void start();
    void stop();
    /** Counts from now again, e.g. after the user unlocked the screen. */
    void restart();

signals:
    void idleTimeout();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void check();

    int m_timeoutMs = DefaultTimeoutMs;
    bool m_active = false;
    bool m_fired = false;
    QElapsedTimer m_sinceInput;
    QTimer m_timer;
};

} // namespace rw
