#include "platformclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QTimeZone>

namespace rw {

PlatformClient::PlatformClient(QObject *parent)
    : QObject(parent)
{
    m_network.setTransferTimeout(10000);
}

void PlatformClient::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url;
}

void PlatformClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void PlatformClient::fetchIntakeSummary()
{
    if (!m_baseUrl.isValid()) {
        Q_EMIT requestFailed(tr("No platform address is configured."));
        return;
    }
    QUrl url = m_baseUrl;
    url.setPath(QStringLiteral("/api/v1/intake/summary"));
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = m_network.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError &&
            reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 0) {
            setState(State::Disconnected);
            Q_EMIT requestFailed(tr("The platform at %1 cannot be reached: %2")
                                     .arg(m_baseUrl.toString(), reply->errorString()));
            return;
        }
        setState(State::Connected);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonDocument document = QJsonDocument::fromJson(reply->readAll());
        if (status != 200) {
            const QString message = document.object()
                                        .value(QStringLiteral("error"))
                                        .toObject()
                                        .value(QStringLiteral("message"))
                                        .toString();
            Q_EMIT requestFailed(
                tr("The platform refused the intake summary (HTTP %1): %2").arg(status).arg(message));
            return;
        }
        const QJsonObject root = document.object();
        if (!root.value(QStringLiteral("counters")).isArray()) {
            Q_EMIT requestFailed(tr("The platform's intake summary has no \"counters\" list."));
            return;
        }
        QList<IntakeCounter> counters;
        for (const QJsonValue &value : root.value(QStringLiteral("counters")).toArray()) {
            const QJsonObject o = value.toObject();
            IntakeCounter c;
            c.companyId = o.value(QStringLiteral("companyId")).toString();
            c.companyName = o.value(QStringLiteral("companyName")).toString();
            c.ipcType = o.value(QStringLiteral("ipcType")).toString();
            c.received = o.value(QStringLiteral("received")).toInteger();
            c.accepted = o.value(QStringLiteral("accepted")).toInteger();
            c.rejected = o.value(QStringLiteral("rejected")).toInteger();
            c.lastReceivedMs = o.value(QStringLiteral("lastReceivedAt")).toInteger();
            counters.append(c);
        }
        const QDateTime serverTime =
            QDateTime::fromMSecsSinceEpoch(root.value(QStringLiteral("serverTime")).toInteger(), Qt::UTC);
        Q_EMIT intakeSummaryReceived(counters, serverTime);
    });
}

} // namespace rw
