#pragma once

#include "rules/alertrecord.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace rw {

class PlatformClient;

/**
 * \brief Polls the platform's live-map alerts: GET /api/v1/alerts?since=<cursor>, every interval()
 * while signed in.
 *
 * Started by whoever shows the alerts (only roles that may see the live map may read them), and stops
 * by itself on PlatformClient::signedOut and sessionEnded (a stop forgets the cursor: the next session
 * starts from the beginning, since another account may see other regions); pause() (a locked screen)
 * keeps the cursor, so that start() goes on from where it was. One request at a time; when the platform says
 * more changes are waiting ("more": true) the next page is asked for at once. A failed poll (network, 5xx,
 * refusal) sets State::Error with a message naming the status and the platform's words, and polling goes on:
 * the next answer sets State::Polling again. Never blocks; replies arriving after stop() are dropped.
 */
class AlertClient : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Stopped, //!< not signed in
        Polling, //!< the last poll was answered
        Error,   //!< the last poll failed: see errorMessage()
    };
    Q_ENUM(State)

    static constexpr int DefaultIntervalMs = 5000;
    static constexpr int PageSize = 500;

    /** \a client must outlive this object. */
    explicit AlertClient(PlatformClient *client, QObject *parent = nullptr);
    ~AlertClient() override;

    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    int interval() const { return m_timer.interval(); }

    State state() const { return m_state; }
    /** Whether the poll timer runs (between start() and stop()). */
    bool isPolling() const { return m_timer.isActive(); }
    QString errorMessage() const { return m_error; }
    /** The revision of the last change received (the next poll's since). */
    qint64 cursor() const { return m_cursor; }

public Q_SLOTS:
    /** Polls now and every interval() from then on. */
    void start();
    /** Stops polling and drops a reply in flight, keeping the cursor and what was received. */
    void pause();
    /** Stops polling, drops a reply in flight and forgets the cursor. */
    void stop();
    /** Polls now (unless a poll is in flight). */
    void pollNow();

Q_SIGNALS:
    /** Alerts raised, refreshed or closed since the last poll, oldest change first. */
    void alertsReceived(const QList<rw::AlertRecord> &alerts);
    void stateChanged(rw::AlertClient::State state);
    /** Emitted with every failed poll. */
    void failed(const QString &message);
    /** stop() was called: whoever shows alerts should clear them. */
    void stopped();

private:
    void setState(State state, const QString &error = {});

    QPointer<PlatformClient> m_client;
    QTimer m_timer;
    std::unique_ptr<QObject> m_inFlight; //!< context of the request in flight; deleting it drops the reply
    qint64 m_cursor = 0;
    State m_state = State::Stopped;
    QString m_error;
};

} // namespace rw
