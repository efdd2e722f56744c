#include "alertclient.h"

#include "apireply.h"
#include "platformclient.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace rw {

AlertClient::AlertClient(PlatformClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_timer.setInterval(DefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &AlertClient::pollNow);
    if (client) {
        connect(client, &PlatformClient::signedOut, this, &AlertClient::stop);
        connect(client, &PlatformClient::sessionEnded, this, &AlertClient::stop);
    }
}

AlertClient::~AlertClient() = default;

void AlertClient::start()
{
    if (m_state == State::Stopped)
        setState(State::Polling);
    m_timer.start();
    pollNow();
}

void AlertClient::pause()
{
    m_timer.stop();
    m_inFlight.reset();
}

void AlertClient::stop()
{
    const bool wasRunning = m_state != State::Stopped || m_timer.isActive();
    m_timer.stop();
    m_inFlight.reset();
    m_cursor = 0;
    setState(State::Stopped);
    if (wasRunning)
        Q_EMIT stopped();
}

void AlertClient::pollNow()
{
    if (!m_client || m_inFlight || m_state == State::Stopped)
        return;
    m_inFlight = std::make_unique<QObject>();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("since"), QString::number(m_cursor));
    query.addQueryItem(QStringLiteral("limit"), QString::number(PageSize));
    m_client->send("GET", QStringLiteral("/api/v1/alerts"), query, {}, m_inFlight.get(),
                   [this](const ApiReply &reply) {
                       // Deleted later: this runs inside a handler the context guards.
                       m_inFlight.release()->deleteLater();
                       if (!reply.ok()) {
                           const QString message =
                               reply.reachedPlatform()
                                   ? tr("alerts: the platform answered %1 %2: %3")
                                         .arg(reply.status)
                                         .arg(reply.errorCode, reply.message)
                                   : tr("alerts: no answer from the platform: %1").arg(reply.message);
                           setState(State::Error, message);
                           Q_EMIT failed(message);
                           return;
                       }
                       const QJsonValue list = reply.json.value(QStringLiteral("alerts"));
                       if (!list.isArray() || !reply.json.value(QStringLiteral("next")).isDouble()) {
                           const QString message =
                               tr("alerts: the platform's answer has no \"alerts\" list or \"next\" cursor");
                           setState(State::Error, message);
                           Q_EMIT failed(message);
                           return;
                       }
                       QList<AlertRecord> alerts;
                       for (const QJsonValue &value : list.toArray())
                           if (auto alert = AlertRecord::fromJson(value.toObject()))
                               alerts.append(*alert); // a kind this console does not know is left out
                       m_cursor = qMax(m_cursor, reply.json.value(QStringLiteral("next")).toInteger());
                       setState(State::Polling);
                       if (!alerts.isEmpty())
                           Q_EMIT alertsReceived(alerts);
                       if (reply.json.value(QStringLiteral("more")).toBool())
                           QTimer::singleShot(0, this, &AlertClient::pollNow);
                   });
}

void AlertClient::setState(State state, const QString &error)
{
    m_error = error;
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace rw
