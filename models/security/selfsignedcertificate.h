#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>
#include <QStringList>

namespace rw {

/**
 * \brief The platform's own TLS identity: an EC P-256 key and a self-signed X.509 certificate,
 * made with OpenSSL and kept as `platform.key` (mode 0600) and `platform.crt` next to the
 * platform's database.
 *
 * There is no CA: consoles trust the certificate on first use and pin its SHA-256 fingerprint
 * (DESIGN §4), so the certificate must stay the same across restarts — loadOrCreate() reuses the
 * files once made.
 */
class SelfSignedCertificate
{
    Q_DECLARE_TR_FUNCTIONS(rw::SelfSignedCertificate)

public:
    static constexpr int kValidityDays = 825; // the CA/Browser Forum's old ceiling; renew by deleting
    static inline const QString kKeyFileName = QStringLiteral("platform.key");
    static inline const QString kCertificateFileName = QStringLiteral("platform.crt");

    SelfSignedCertificate() = default;

    /**
     * Makes a new key and certificate: CN=ridewatch-platform, subjectAltName DNS:localhost,
     * IP:127.0.0.1, IP:::1 and \a extraNames (IP addresses as IP:, others as DNS:). Null with
     * \a error on failure.
     */
    static SelfSignedCertificate generate(const QStringList &extraNames, QString *error);

    /**
     * Reads `platform.key` and `platform.crt` from \a directory, or makes and writes them when
     * neither exists (or only the certificate, which is useless without its key). A key without
     * its certificate, unreadable files, a key that does not belong to the certificate or an
     * expired certificate are errors naming the file: nothing is overwritten silently.
     */
    static SelfSignedCertificate loadOrCreate(const QString &directory, QString *error,
                                              const QStringList &extraNames = {});

    /** Parses PEM text; \a error names what failed. */
    static SelfSignedCertificate fromPem(const QByteArray &certificatePem, const QByteArray &keyPem,
                                         QString *error);

    bool isNull() const { return m_certificate.isNull() || m_key.isNull(); }
    QSslCertificate certificate() const { return m_certificate; }
    QSslKey privateKey() const { return m_key; }
    QByteArray certificatePem() const { return m_certificatePem; }
    QByteArray keyPem() const { return m_keyPem; }

    /** A server configuration with this certificate and key, TLS 1.2 or later only. */
    QSslConfiguration serverConfiguration() const;

    /** SHA-256 of the certificate (DER) as upper-case hex with colons: "AB:01:…". */
    QString fingerprint() const { return fingerprintOf(m_certificate); }
    static QString fingerprintOf(const QSslCertificate &certificate);

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
    QByteArray m_certificatePem;
    QByteArray m_keyPem;
};

} // namespace rw
