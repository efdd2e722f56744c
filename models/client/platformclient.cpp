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

void PlatformClient::send(const QByteArray &verb, const QString &path, const QUrlQuery &query,
                          const QJsonObject &body, QObject *context, Handler handler)
{
    Request request{verb, path, query, {}};
    if (!body.isEmpty() || (verb != "GET" && verb != "DELETE"))
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const QPointer<QObject> guard(context);
    if (!m_baseUrl.isValid()) {
        // No answer can come: the handler still hears it (status 0, as from an unreachable platform), later,
        // as answers come, so that whoever waits for it does not wait for ever.
        ApiReply reply;
        reply.message = tr("No platform address is configured.");
        QMetaObject::invokeMethod(
            this,
            [guard, context, handler, reply] {
                if (!context || guard)
                    handler(reply);
            },
            Qt::QueuedConnection);
        Q_EMIT requestFailed(reply.message);
        return;
    }
    dispatch(
        request,
        [this, guard, context, handler](QNetworkReply *networkReply) {
            const ApiReply reply = readReply(networkReply);
            noteSessionState(reply);
            if (context && !guard)
                return; // whoever asked is gone
            handler(reply);
        },
        guard);
}

ApiReply PlatformClient::readReply(QNetworkReply *networkReply)
{
    ApiReply reply;
    reply.status = networkReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply.contentType = networkReply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    reply.body = networkReply->readAll();
    const QJsonDocument document = QJsonDocument::fromJson(reply.body);
    if (document.isObject())
        reply.json = document.object();
    if (reply.status == 0) {
        reply.message = networkReply->errorString();
        return reply;
    }
    if (!reply.ok()) {
        const QJsonObject error = reply.json.value(QStringLiteral("error")).toObject();
        reply.errorCode = error.value(QStringLiteral("code")).toString();
        reply.message = error.value(QStringLiteral("message")).toString();
        if (reply.message.isEmpty())
            reply.message = tr("HTTP %1 without an explanation").arg(reply.status);
    }
    return reply;
}

bool PlatformClient::noteSessionState(const ApiReply &reply)
{
    if (reply.status != 401 || m_token.isEmpty())
        return false;
    if (reply.errorCode == QStringLiteral("session_locked")) {
        Q_EMIT sessionLocked(reply.message);
        return true;
    }
    // unauthenticated, session_expired: the token is worth nothing any more.
    m_token.clear();
    Q_EMIT sessionEnded(reply.errorCode, reply.message);
    return true;
}

void PlatformClient::dispatch(const Request &call, const Answer &answer, const QPointer<QObject> &context)
{
    if (!m_baseUrl.isValid()) {
        Q_EMIT requestFailed(tr("No platform address is configured."));
        return;
    }
    if (!m_pendingCertificate.isNull()) {
        // A certificate is waiting for the user: this request waits with it.
        m_awaitingApproval.append([this, call, answer, context] { dispatch(call, answer, context); });
        return;
    }
    QUrl url = m_baseUrl;
    url.setPath(call.path);
    url.setQuery(call.query);
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    if (!call.body.isNull())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (url.scheme() == QStringLiteral("https")) {
        request.setSslConfiguration(CertificatePin::pinningConfiguration());
    }
    QNetworkReply *reply = m_network.sendCustomRequest(request, call.verb, call.body);
    auto handled = std::make_shared<bool>(false); // the pin logic aborted and reported it
    if (context) {
        // Whoever asked is gone (a page's Cancel, sign-out): stop the transfer rather than download an
        // answer nobody reads. Not a failure of the platform: the state stays, nothing is reported.
        connect(context.data(), &QObject::destroyed, reply, [reply, handled] {
            *handled = true;
            reply->abort();
        });
    }
    connect(reply, &QNetworkReply::sslErrors, this, [=, this](const QList<QSslError> &errors) {
        QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        for (const QSslError &e : errors) {
            if (peer.isNull() && !e.certificate().isNull())
                peer = e.certificate();
        }
        // Set first: abort() emits finished() at once, inside checkPeer().
        *handled = true;
        *handled = !checkPeer(reply, peer, errors, call, answer);
    });
    connect(reply, &QNetworkReply::encrypted, this, [=, this] {
        // Reached when the chain verified or its errors were ignored: the pin still decides.
        if (*handled)
            return;
        *handled = true;
        *handled = !checkPeer(reply, reply->sslConfiguration().peerCertificate(), {}, call, answer);
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
            answer(reply); // status 0: the caller learns that no answer came
            return;
        }
        setState(State::Connected);
        answer(reply);
    });
}

bool PlatformClient::checkPeer(QNetworkReply *reply, const QSslCertificate &peer,
                               const QList<QSslError> &errors, const Request &request, const Answer &answer)
{
    const QByteArray presented = CertificatePin::fingerprintOf(peer);
    if (m_pin.isEmpty()) {
        // Trust on first use: nothing is sent before the user has seen the certificate.
        reply->abort();
        const bool firstHeld = m_pendingCertificate.isNull();
        if (firstHeld)
            m_pendingCertificate = peer;
        m_awaitingApproval.append([this, request, answer] { dispatch(request, answer); });
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
        reply->ignoreSslErrors(CertificatePin::expectedErrors(errors, peer));
    }
    return true;
}

void PlatformClient::fetchIntakeSummary()
{
    send("GET", QStringLiteral("/api/v1/intake/summary"), {}, {}, nullptr,
         [this](const ApiReply &reply) { handleIntakeSummary(reply); });
}

void PlatformClient::handleIntakeSummary(const ApiReply &reply)
{
    if (reply.status == 401 || !reply.reachedPlatform())
        return; // sessionEnded, sessionLocked or requestFailed already told
    if (!reply.ok()) {
        Q_EMIT requestFailed(
            tr("The platform refused the intake summary (HTTP %1): %2").arg(reply.status).arg(reply.message));
        return;
    }
    const QJsonObject &root = reply.json;
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

void PlatformClient::login(const QString &userName, const QString &password, const QString &totp)
{
    m_token.clear();
    QJsonObject body{{QStringLiteral("user"), userName}, {QStringLiteral("password"), password}};
    if (!totp.isEmpty())
        body.insert(QStringLiteral("totp"), totp);
    send("POST", QStringLiteral("/api/v1/session"), {}, body, nullptr, [this](const ApiReply &reply) {
        if (!reply.ok()) {
            const QDateTime lockedUntil = QDateTime::fromString(reply.json.value(QStringLiteral("error"))
                                                                    .toObject()
                                                                    .value(QStringLiteral("lockedUntil"))
                                                                    .toString(),
                                                                Qt::ISODateWithMs);
            Q_EMIT loginFailed(reply.errorCode, reply.message, lockedUntil);
            return;
        }
        const QByteArray token = reply.json.value(QStringLiteral("token")).toString().toLatin1();
        const auto info = SessionInfo::fromJson(reply.json);
        if (token.isEmpty() || !info) {
            Q_EMIT loginFailed(QStringLiteral("bad_reply"),
                               tr("The platform's answer to the sign-in has no token or no account."), {});
            return;
        }
        m_token = token;
        m_session = *info;
        Q_EMIT signedIn(m_session);
    });
}

void PlatformClient::changePassword(const QString &currentPassword, const QString &newPassword)
{
    send("POST", QStringLiteral("/api/v1/session/password"), {},
         {{QStringLiteral("current"), currentPassword}, {QStringLiteral("new"), newPassword}}, nullptr,
         [this](const ApiReply &reply) {
             if (!reply.ok()) {
                 QStringList failures;
                 const QJsonArray list = reply.json.value(QStringLiteral("error"))
                                             .toObject()
                                             .value(QStringLiteral("failures"))
                                             .toArray();
                 for (const QJsonValue &failure : list)
                     failures.append(failure.toObject().value(QStringLiteral("message")).toString());
                 Q_EMIT passwordChangeFailed(reply.errorCode, reply.message, failures);
                 return;
             }
             m_session.mustChange = false;
             Q_EMIT passwordChanged(reply.json.value(QStringLiteral("message")).toString());
             refreshSession(); // the new expiry date
         });
}

void PlatformClient::unlockSession(const QString &password)
{
    send("POST", QStringLiteral("/api/v1/session/unlock"), {}, {{QStringLiteral("password"), password}},
         nullptr, [this](const ApiReply &reply) {
             if (reply.ok()) {
                 Q_EMIT sessionUnlocked();
                 return;
             }
             if (reply.status == 423) {
                 // Locked by wrong guesses: the platform ended the session.
                 m_token.clear();
                 Q_EMIT sessionEnded(reply.errorCode, reply.message);
             }
             Q_EMIT unlockFailed(reply.errorCode, reply.message);
         });
}

void PlatformClient::refreshSession()
{
    send("GET", QStringLiteral("/api/v1/session"), {}, {}, nullptr, [this](const ApiReply &reply) {
        if (!reply.ok())
            return;
        if (const auto info = SessionInfo::fromJson(reply.json)) {
            m_session = *info;
            Q_EMIT sessionRefreshed(m_session);
        }
    });
}

void PlatformClient::logout()
{
    if (!m_token.isEmpty()) {
        // Best effort: the token is forgotten here whatever the platform says.
        send("DELETE", QStringLiteral("/api/v1/session"), {}, {}, nullptr, [](const ApiReply &) {});
        m_token.clear();
    }
    m_session = SessionInfo();
    Q_EMIT signedOut();
}

void PlatformClient::fetchPolicy()
{
    send("GET", QStringLiteral("/api/v1/policy"), {}, {}, nullptr, [this](const ApiReply &reply) {
        if (!reply.ok())
            return; // the built-in defaults stay in use
        if (const auto policy =
                PasswordPolicy::fromJson(reply.json.value(QStringLiteral("policy")).toObject()))
            Q_EMIT policyReceived(*policy);
    });
}

} // namespace rw
