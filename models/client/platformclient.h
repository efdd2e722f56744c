#pragma once

#include "domain/intakecounter.h"

#include <QDateTime>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>
#include <QUrl>

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

    /** GET /api/v1/intake/summary → intakeSummaryReceived or requestFailed. */
    void fetchIntakeSummary();

Q_SIGNALS:
    void intakeSummaryReceived(const QList<rw::IntakeCounter> &counters, const QDateTime &serverTime);
    void requestFailed(const QString &message);
    void stateChanged(rw::PlatformClient::State state);
    /** First contact: \a certificate (SHA-256 \a sha256) is not pinned yet; ask the user. */
    void certificateNeedsApproval(const QSslCertificate &certificate, const QByteArray &sha256);
    /** The platform presented \a presented instead of the pinned \a pinned; refused. */
    void certificateMismatch(const QByteArray &pinned, const QByteArray &presented);

private:
    using Answer = std::function<void(QNetworkReply *)>;

    void setState(State state);
    void get(const QString &path, const Answer &answer);
    /** Pin logic on the certificate the platform presented; false = the reply was aborted. */
    bool checkPeer(QNetworkReply *reply, const QSslCertificate &peer, const QList<QSslError> &errors,
                   const QString &path, const Answer &answer);
    void handleIntakeSummary(QNetworkReply *reply);

    QNetworkAccessManager m_network;
    QUrl m_baseUrl;
    State m_state = State::Disconnected;
    CertificatePinStore *m_pinStore = nullptr;
    QByteArray m_pin;
    QSslCertificate m_pendingCertificate;
    QList<std::function<void()>> m_awaitingApproval; // requests held until the user decides
};

} // namespace rw
