#pragma once

#include "protocol/uploadenvelope.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <memory>

class QWebSocket;

namespace rw {

class InterfaceCatalogue;
class ProtobufCodec;

/**
 * \brief The console's end of the platform's live broker (DESIGN §4; BrokerService on the
 * platform): a WebSocket to /broker/ with the session token and the topics, decoding each binary
 * message (an OTIpcList, gzip or not) into envelopes.
 *
 * Reconnects by itself with exponential back-off (1 s doubling to 30 s, with jitter so that many
 * consoles do not come back in step) after the platform went away; lastMessageAt() is the
 * "data as of" time to show. When the platform closes the connection because the session ended
 * (close code 4401), or refuses the handshake with HTTP 401 because it does not know the token (it
 * restarted: sessions live in its memory), it stops and emits sessionRejected(): a new token
 * (setToken(), after signing in again) reconnects at once. The console answers sessionRejected() with
 * PlatformClient::refreshSession(), whose 401 ends the session and brings up the sign-in dialog. A malformed
 * message is logged, counted and skipped — never fatal.
 *
 * The platform's certificate is pinned like PlatformClient's: exactly the certificate with the
 * pinned SHA-256 is accepted (its self-signed errors ignored one by one), any other is refused.
 */
class BrokerClient : public QObject
{
    Q_OBJECT

public:
    enum class State { Disconnected, Connecting, Connected, WaitingToReconnect };
    Q_ENUM(State)

    static constexpr int SessionEndedCloseCode = 4401;

    explicit BrokerClient(std::shared_ptr<const InterfaceCatalogue> catalogue, QObject *parent = nullptr);
    ~BrokerClient() override;

    void setPinnedFingerprint(const QByteArray &sha256) { m_pin = sha256; }
    /** First retry after \a initialMs, doubling up to \a maxMs. */
    void setBackoff(int initialMs, int maxMs);
    /** Asks for gzip-compressed batches (default true). */
    void setCompression(bool compress) { m_compress = compress; }

    /** Connects to \a platformBaseUrl's broker (https → wss) for \a topics, e.g. ProvPositionVehicle. */
    void open(const QUrl &platformBaseUrl, const QByteArray &token, const QStringList &topics);
    /** A new session token; reconnects at once if the broker was waiting for one or retrying. */
    void setToken(const QByteArray &token);
    /** Closes and stays closed. */
    void close();

    State state() const { return m_state; }
    /** Between open() and close(), whether connected, retrying or waiting for a new token. */
    bool isOpen() const { return m_wanted; }
    QDateTime lastMessageAt() const { return m_lastMessageAt; }
    qint64 malformedMessages() const { return m_malformed; }
    qint64 reconnects() const { return m_reconnects; }
    /** The URL connected to, without the token. */
    QUrl brokerUrl() const;

Q_SIGNALS:
    void envelopesReceived(const QList<rw::UploadEnvelope> &envelopes, const QDateTime &receivedAt);
    void stateChanged(rw::BrokerClient::State state);
    /**
     * The platform ended the connection because the session ended (close code 4401), or refused the
     * token at the handshake (HTTP 401): sign in again, then setToken(). No retry until then.
     */
    void sessionRejected(const QString &reason);
    /** The platform dropped \a count non-position records because this console read too slowly. */
    void recordsDropped(qint64 count);
    /** A message that could not be decoded was skipped; \a error says why. */
    void messageRejected(const QString &error);
    /** The certificate presented is not the pinned one: refused, no retry. */
    void certificateMismatch(const QByteArray &pinned, const QByteArray &presented);

private:
    void connectNow();
    void scheduleReconnect();
    void setState(State state);
    void onBinaryMessage(const QByteArray &message);
    void onTextMessage(const QString &message);
    void onDisconnected();

    std::unique_ptr<ProtobufCodec> m_codec;
    QWebSocket *m_socket = nullptr;
    QTimer m_retryTimer;
    QTimer m_pingTimer;
    QUrl m_baseUrl;
    QByteArray m_token;
    QStringList m_topics;
    QByteArray m_pin;
    bool m_compress = true;
    bool m_wanted = false;          //!< open() was called and close() not since
    bool m_waitingForToken = false; //!< the session ended: no retry until setToken()
    int m_initialBackoffMs = 1000;
    int m_maxBackoffMs = 30000;
    int m_nextBackoffMs = 1000;
    State m_state = State::Disconnected;
    int m_handshakeStatus = 0; //!< the HTTP status that refused the current socket's handshake, or 0
    QDateTime m_lastMessageAt;
    qint64 m_malformed = 0;
    qint64 m_reconnects = 0;
};

} // namespace rw
