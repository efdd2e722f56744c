#pragma once

#include "apireply.h"
#include "domain/intakecounter.h"
#include "security/passwordpolicy.h"
#include "sessioninfo.h"

#include <QDateTime>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QNetworkReply;

namespace rw {

class CertificatePinStore;

/**
 * \brief The console's side of the console ⇄ platform REST API (/api/v1/…).
 *
 * Asynchronous: every call returns at once and answers with a signal. Never used from a
 * widget directly; pages get its results through item models.
 *
 * TLS (DESIGN §4): the platform's certificate is pinned by its SHA-256. Without a pin, the first
 * connection stops after the handshake — before any request is sent — and
 * certificateNeedsApproval() asks the user; approveCertificate() pins it and sends the held
 * requests again, rejectCertificate() drops them. With a pin, exactly that certificate is accepted
 * (its self-signed errors are ignored one by one, bound to it) and any other is refused with
 * certificateMismatch().
 *
 * Sessions (DESIGN §8): login() keeps the session token and sends it as a bearer token with every
 * later request. Whatever request finds the session gone (expired after 12 hours, signed out
 * elsewhere, the platform restarted) emits sessionEnded(); one that finds it idle-locked emits
 * sessionLocked(). The token is never stored on disk.
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

    /** Reads and stores pins there (optional; must outlive the client). */
    void setPinStore(CertificatePinStore *store);
    /** Loads the pin for \a url's host:port from the store, if there is one. */
    void setBaseUrl(const QUrl &url);
    /** Trusts exactly the certificate whose SHA-256 (raw, 32 bytes) is \a sha256; empty = none. */
    void setPinnedFingerprint(const QByteArray &sha256);
    QByteArray pinnedFingerprint() const { return m_pin; }

    /** Pins \a sha256 (stored too) and sends the requests held for approval. */
    void approveCertificate(const QByteArray &sha256);
    /** Drops the requests held for approval; each fails with requestFailed. */
    void rejectCertificate();
    QUrl baseUrl() const { return m_baseUrl; }
    State state() const { return m_state; }

    using Handler = std::function<void(const ApiReply &)>;
    /**
     * Sends \a verb \a path?\a query with \a body as JSON (none if empty and \a verb is GET or DELETE)
     * and the session's bearer token, and hands the answer to \a handler — unless \a context was
     * destroyed meanwhile. The building block of the API classes (AdminClient, …).
     */
    void send(const QByteArray &verb, const QString &path, const QUrlQuery &query, const QJsonObject &body,
              QObject *context, Handler handler);

    /** GET /api/v1/intake/summary → intakeSummaryReceived or requestFailed. */
    void fetchIntakeSummary();

    // --- the session ---
    bool isSignedIn() const { return !m_token.isEmpty(); }
    /** The session's bearer token, for the live broker (BrokerClient); empty when signed out. */
    QByteArray sessionToken() const { return m_token; }
    /** The account of the current session (valid while signed in). */
    SessionInfo session() const { return m_session; }
    /** POST /api/v1/session → signedIn or loginFailed. */
    void login(const QString &userName, const QString &password, const QString &totp = {});
    /** POST /api/v1/session/password → passwordChanged or passwordChangeFailed. */
    void changePassword(const QString &currentPassword, const QString &newPassword);
    /** POST /api/v1/session/unlock → sessionUnlocked or unlockFailed. */
    void unlockSession(const QString &password);
    /** GET /api/v1/session → sessionRefreshed (e.g. the days left after midnight). */
    void refreshSession();
    /** DELETE /api/v1/session; forgets the token at once and emits signedOut. */
    void logout();
    /** GET /api/v1/policy → policyReceived (allowed while a password change is pending). */
    void fetchPolicy();

Q_SIGNALS:
    void signedIn(const rw::SessionInfo &session);
    /** \a code: wrong_credentials, totp_required, totp_invalid, account_disabled, account_locked, … */
    void loginFailed(const QString &code, const QString &message, const QDateTime &lockedUntil);
    void passwordChanged(const QString &message);
    /** \a failures: one translated line per rule the platform refused (password_rejected). */
    void passwordChangeFailed(const QString &code, const QString &message, const QStringList &failures);
    void sessionUnlocked();
    void unlockFailed(const QString &code, const QString &message);
    void sessionRefreshed(const rw::SessionInfo &session);
    void signedOut();
    /** The session is gone (expired, signed out elsewhere, platform restarted): sign in again. */
    void sessionEnded(const QString &code, const QString &message);
    /** The platform idle-locked the session: unlock it with the password. */
    void sessionLocked(const QString &message);
    void policyReceived(const rw::PasswordPolicy &policy);
    void intakeSummaryReceived(const QList<rw::IntakeCounter> &counters, const QDateTime &serverTime);
    void requestFailed(const QString &message);
    void stateChanged(rw::PlatformClient::State state);
    /** First contact: \a certificate (SHA-256 \a sha256) is not pinned yet; ask the user. */
    void certificateNeedsApproval(const QSslCertificate &certificate, const QByteArray &sha256);
    /** The platform presented \a presented instead of the pinned \a pinned; refused. */
    void certificateMismatch(const QByteArray &pinned, const QByteArray &presented);

private:
    using Answer = std::function<void(QNetworkReply *)>;

    struct Request
    {
        QByteArray verb;
        QString path;
        QUrlQuery query;
        QByteArray body;
    };

    void setState(State state);
    /** \a context: when it is destroyed the reply is aborted (nothing more is downloaded, no failure). */
    void dispatch(const Request &request, const Answer &answer, const QPointer<QObject> &context = {});
    /** Pin logic on the certificate the platform presented; false = the reply was aborted. */
    bool checkPeer(QNetworkReply *reply, const QSslCertificate &peer, const QList<QSslError> &errors,
                   const Request &request, const Answer &answer);
    static ApiReply readReply(QNetworkReply *reply);
    /** Session bookkeeping for every authenticated answer; true if it ended or locked the session. */
    bool noteSessionState(const ApiReply &reply);
    void handleIntakeSummary(const ApiReply &reply);

    QNetworkAccessManager m_network;
    QUrl m_baseUrl;
    State m_state = State::Disconnected;
    CertificatePinStore *m_pinStore = nullptr;
    QByteArray m_pin;
    QSslCertificate m_pendingCertificate;
    QList<std::function<void()>> m_awaitingApproval; // requests held until the user decides
    QByteArray m_token;                              // the session's bearer token; in memory only
    SessionInfo m_session;
};

} // namespace rw
