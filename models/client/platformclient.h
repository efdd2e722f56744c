#pragma once

#include "domain/intakecounter.h"

#include <QDateTime>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

namespace rw {

/**
 * \brief The console's side of the console ⇄ platform REST API (/api/v1/…).
 *
 * Asynchronous: every call returns at once and answers with a signal. Never used from a
 * widget directly; pages get its results through item models.
 */
class PlatformClient : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Disconnected, //!< no base URL yet, or the last request failed at the network level
        Connected,    //!< the last request was answered
    };
    Q_ENUM(State)

    explicit PlatformClient(QObject *parent = nullptr);

    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }
    State state() const { return m_state; }

    /** GET /api/v1/intake/summary → intakeSummaryReceived or requestFailed. */
    void fetchIntakeSummary();

Q_SIGNALS:
    void intakeSummaryReceived(const QList<rw::IntakeCounter> &counters, const QDateTime &serverTime);
    void requestFailed(const QString &message);
    void stateChanged(rw::PlatformClient::State state);

private:
    void setState(State state);

    QNetworkAccessManager m_network;
    QUrl m_baseUrl;
    State m_state = State::Disconnected;
};

} // namespace rw
