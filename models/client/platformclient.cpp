#include "platformclient.h"

#include "certificatepin.h"
#include "certificatepinstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimeZone>

#include <memory>
#include <utility>

namespace rw {

PlatformClient::PlatformClient(QObject *parent)
    : QObject(parent)
{
    m_network.setTransferTimeout(10000);
}

void PlatformClient::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url;
    if (m_pinStore && url.isValid()) {
        if (const auto pin = m_pinStore->pin(CertificatePin::hostPortOf(url)))
            m_pin = pin->sha256;
    }
}

void PlatformClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void PlatformClient::setPinStore(CertificatePinStore *store)
{
    m_pinStore = store;
    setBaseUrl(m_baseUrl);
}

void PlatformClient::setPinnedFingerprint(const QByteArray &sha256)
{
    m_pin = sha256;
}

void PlatformClient::approveCertificate(const QByteArray &sha256)
{
    m_pin = sha256;
    if (m_pinStore && m_baseUrl.isValid())
        m_pinStore->setPin({CertificatePin::hostPortOf(m_baseUrl), sha256});
    m_pendingCertificate = QSslCertificate();
    const auto held = std::exchange(m_awaitingApproval, {});
    for (const auto &retry : held)
        retry();
}

void PlatformClient::rejectCertificate()
{
    const QString fingerprint = CertificatePin::format(CertificatePin::fingerprintOf(m_pendingCertificate));
    m_pendingCertificate = QSslCertificate();
    const auto held = std::exchange(m_awaitingApproval, {});
    for (qsizetype i = 0; i < held.size(); ++i)
        Q_EMIT requestFailed(tr("The platform's certificate %1 was not accepted; nothing was sent to %2.")
                                 .arg(fingerprint, m_baseUrl.toString()));
}

void PlatformClient::get(const QString &path, const Answer &answer)
{
    if (!m_baseUrl.isValid()) {
        Q_EMIT requestFailed(tr("No platform address is configured."));
        return;
    }
    if (!m_pendingCertificate.isNull()) {
        // A certificate is waiting for the user: this request waits with it.
        m_awaitingApproval.append([this, path, answer] { get(path, answer); });
        return;
    }
    QUrl url = m_baseUrl;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    if (url.scheme() == QStringLiteral("https")) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setProtocol(QSsl::TlsV1_2OrLater);
        ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
        // A resumed session skips the certificate: every connection shows it again.
        ssl.setSslOption(QSsl::SslOptionDisableSessionTickets, true);
        ssl.setSslOption(QSsl::SslOptionDisableSessionPersistence, true);
        request.setSslConfiguration(ssl);
    }
    QNetworkReply *reply = m_network.get(request);
    auto handled = std::make_shared<bool>(false); // the pin logic aborted and reported it
    connect(reply, &QNetworkReply::sslErrors, this, [=, this](const QList<QSslError> &errors) {
        QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        for (const QSslError &e : errors) {
            if (peer.isNull() && !e.certificate().isNull())
                peer = e.certificate();
        }
        // Set first: abort() emits finished() at once, inside checkPeer().
        *handled = true;
        *handled = !checkPeer(reply, peer, errors, path, answer);
    });
    connect(reply, &QNetworkReply::encrypted, this, [=, this] {
        // Reached when the chain verified or its errors were ignored: the pin still decides.
        if (*handled)
            return;
        *handled = true;
        *handled = !checkPeer(reply, reply->sslConfiguration().peerCertificate(), {}, path, answer);
    });
    connect(reply, &QNetworkReply::finished, this, [=, this] {
        reply->deleteLater();
        if (*handled)
            return;
        if (reply->error() != QNetworkReply::NoError &&
            reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 0) {
            setState(State::Disconnected);
            Q_EMIT requestFailed(tr("The platform at %1 cannot be reached: %2")
                                     .arg(m_baseUrl.toString(), reply->errorString()));
            return;
        }
        setState(State::Connected);
        answer(reply);
    });
}

bool PlatformClient::checkPeer(QNetworkReply *reply, const QSslCertificate &peer,
                               const QList<QSslError> &errors, const QString &path, const Answer &answer)
{
    const QByteArray presented = CertificatePin::fingerprintOf(peer);
    if (m_pin.isEmpty()) {
        // Trust on first use: nothing is sent before the user has seen the certificate.
        reply->abort();
        const bool firstHeld = m_pendingCertificate.isNull();
        if (firstHeld)
            m_pendingCertificate = peer;
        m_awaitingApproval.append([this, path, answer] { get(path, answer); });
        if (firstHeld)
            Q_EMIT certificateNeedsApproval(peer, presented);
        return false;
    }
    if (presented != m_pin) {
        reply->abort();
        setState(State::Disconnected);
        Q_EMIT certificateMismatch(m_pin, presented);
        Q_EMIT requestFailed(tr("The platform's certificate changed from %1 to %2; this could be an attack — "
                                "refused.")
                                 .arg(CertificatePin::format(m_pin), CertificatePin::format(presented)));
        return false;
    }
    if (!errors.isEmpty()) {
        // The pinned certificate is self-signed: ignore exactly the errors that say so about it,
        // nothing else (not an expired one, not another certificate's).
        static const QList<QSslError::SslError> kExpected = {
            QSslError::SelfSignedCertificate, QSslError::SelfSignedCertificateInChain,
            QSslError::UnableToGetLocalIssuerCertificate, QSslError::UnableToVerifyFirstCertificate,
            QSslError::CertificateUntrusted};
        QList<QSslError> expected;
        for (const QSslError &e : errors) {
            if (kExpected.contains(e.error()) && e.certificate() == peer)
                expected.append(QSslError(e.error(), peer));
        }
        reply->ignoreSslErrors(expected);
    }
    return true;
}

void PlatformClient::fetchIntakeSummary()
{
    get(QStringLiteral("/api/v1/intake/summary"),
        [this](QNetworkReply *reply) { handleIntakeSummary(reply); });
}

void PlatformClient::handleIntakeSummary(QNetworkReply *reply)
{
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
}

} // namespace rw
