#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>
#include <QUrl>

namespace rw {

/**
 * \brief A platform's certificate as the console trusts it: the SHA-256 of its DER encoding,
 * for one host:port (DESIGN §4: the console pins the platform certificate, trust on first use).
 */
struct CertificatePin
{
    QString hostPort;  //!< "127.0.0.1:8443", "[::1]:8443", "platform.example.cn:443"
    QByteArray sha256; //!< raw 32 bytes

    bool isNull() const { return hostPort.isEmpty() || sha256.size() != 32; }
    bool operator==(const CertificatePin &) const = default;

    /** The key a pin is stored under for \a url (default port 443 for https). */
    static QString hostPortOf(const QUrl &url);
    /** SHA-256 of \a certificate's DER, raw. */
    static QByteArray fingerprintOf(const QSslCertificate &certificate);
    /** "AB:01:…" upper-case hex with colons. */
    static QString format(const QByteArray &sha256);
    /** Reads "AB:01:…" or "ab01…" back; empty unless 32 bytes. */
    static QByteArray parse(const QString &text);

    /**
     * Of \a errors, those a pinned self-signed certificate \a peer is expected to cause (self-signed,
     * untrusted, another host name), bound to \a peer: exactly what to ignore once the fingerprint
     * matched, and nothing about another certificate or an expired one.
     */
    static QList<QSslError> expectedErrors(const QList<QSslError> &errors, const QSslCertificate &peer);
    /** TLS 1.2 or later, the peer verified, no resumed sessions (they would skip the certificate). */
    static QSslConfiguration pinningConfiguration();
};

} // namespace rw
