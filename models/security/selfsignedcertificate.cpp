#include "selfsignedcertificate.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QSslSocket>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <functional>
#include <memory>

namespace rw {

namespace {

template<typename T, void (*Free)(T *)>
struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using PKeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using BnPtr = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;

/** The last OpenSSL error, for messages ("error:…:PEM routines::no start line"). */
QString openSslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return QStringLiteral("no OpenSSL error recorded");
    char buffer[256];
    ERR_error_string_n(code, buffer, sizeof buffer);
    return QString::fromLatin1(buffer);
}

QByteArray toPem(const std::function<int(BIO *)> &write)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || write(bio.get()) != 1)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, size);
}

bool addExtension(X509 *cert, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
    if (!extension)
        return false;
    const bool added = X509_add_ext(cert, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return added;
}

bool writeFile(const QString &path, const QByteArray &data, QFileDevice::Permissions permissions,
               QString *error)
{
    QFile::remove(path); // a stale temporary from an interrupted start
    QFile file(path);
    // Created with its final permissions: the key is never readable by others, not even briefly.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, permissions)) {
        *error = SelfSignedCertificate::tr("cannot create %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.write(data) != data.size() || !file.flush()) {
        *error = SelfSignedCertificate::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

SelfSignedCertificate SelfSignedCertificate::generate(const QStringList &extraNames, QString *error)
{
    const auto fail = [error](const QString &what) {
        *error = tr("cannot make the platform's certificate: %1 failed (%2)").arg(what, openSslError());
        return SelfSignedCertificate();
    };

    PKeyPtr key(EVP_EC_gen("P-256"));
    if (!key)
        return fail(QStringLiteral("EVP_EC_gen(P-256)"));
    X509Ptr cert(X509_new());
    if (!cert)
        return fail(QStringLiteral("X509_new"));

    // RFC 5280 §4.1.2.2: a positive serial of at most 20 octets; 159 random bits.
    unsigned char serial[20];
    if (RAND_bytes(serial, sizeof serial) != 1)
        return fail(QStringLiteral("RAND_bytes (serial number)"));
    serial[0] &= 0x7f;
    serial[0] |= 0x01; // never a leading zero octet
    BnPtr serialNumber(BN_bin2bn(serial, sizeof serial, nullptr));
    if (!serialNumber || !BN_to_ASN1_INTEGER(serialNumber.get(), X509_get_serialNumber(cert.get())))
        return fail(QStringLiteral("serial number"));

    if (X509_set_version(cert.get(), X509_VERSION_3) != 1)
        return fail(QStringLiteral("X509_set_version"));
    // An hour of slack for clocks behind the platform's.
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_time_adj_ex(X509_getm_notAfter(cert.get()), kValidityDays, 0, nullptr);
    if (X509_set_pubkey(cert.get(), key.get()) != 1)
        return fail(QStringLiteral("X509_set_pubkey"));
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("RideWatch"),
                               -1, -1, 0);
    if (X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>("ridewatch-platform"), -1, -1,
                                   0) != 1)
        return fail(QStringLiteral("subject CN"));
    X509_set_issuer_name(cert.get(), name);

    QStringList altNames{QStringLiteral("DNS:localhost"), QStringLiteral("IP:127.0.0.1"),
                         QStringLiteral("IP:::1")};
    for (const QString &extra : extraNames) {
        const QString trimmed = extra.trimmed();
        if (trimmed.isEmpty())
            continue;
        // A comma would start a new entry in OpenSSL's configuration syntax.
        if (trimmed.contains(QLatin1Char(',')) || trimmed.contains(QLatin1Char(' '))) {
            *error = tr("cannot make the platform's certificate: the extra name \"%1\" is not a host "
                        "name or an IP address")
                         .arg(trimmed);
            return {};
        }
        const QString entry = QHostAddress(trimmed).isNull() ? QStringLiteral("DNS:") + trimmed
                                                             : QStringLiteral("IP:") + trimmed;
        if (!altNames.contains(entry))
            altNames.append(entry);
    }
    if (!addExtension(cert.get(), NID_subject_alt_name, altNames.join(QLatin1Char(',')).toUtf8()))
        return fail(QStringLiteral("subjectAltName %1").arg(altNames.join(QLatin1Char(','))));
    // No keyUsage: OpenSSL 3 would no longer see a self-signed leaf without keyCertSign as its own
    // issuer, and clients trusting it directly would fail.
    if (!addExtension(cert.get(), NID_ext_key_usage, "serverAuth"))
        return fail(QStringLiteral("extendedKeyUsage"));
    if (!addExtension(cert.get(), NID_subject_key_identifier, "hash"))
        return fail(QStringLiteral("subjectKeyIdentifier"));

    if (X509_sign(cert.get(), key.get(), EVP_sha256()) <= 0)
        return fail(QStringLiteral("X509_sign"));

    const QByteArray certificatePem = toPem([&](BIO *bio) { return PEM_write_bio_X509(bio, cert.get()); });
    // The traditional "EC PRIVATE KEY" form, which QSslKey(…, QSsl::Ec, QSsl::Pem) reads.
    const QByteArray keyPem = toPem([&](BIO *bio) {
        return PEM_write_bio_PrivateKey_traditional(bio, key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    });
    if (certificatePem.isEmpty() || keyPem.isEmpty())
        return fail(QStringLiteral("PEM encoding"));
    return fromPem(certificatePem, keyPem, error);
}

SelfSignedCertificate SelfSignedCertificate::fromPem(const QByteArray &certificatePem,
                                                     const QByteArray &keyPem, QString *error)
{
    BioPtr certBio(BIO_new_mem_buf(certificatePem.constData(), int(certificatePem.size())));
    X509Ptr cert(PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr));
    if (!cert) {
        *error = tr("the certificate is not a PEM X.509 certificate (%1)").arg(openSslError());
        return {};
    }
    BioPtr keyBio(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())));
    PKeyPtr key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
    if (!key) {
        *error = tr("the key is not a PEM private key (%1)").arg(openSslError());
        return {};
    }
    if (EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_EC) {
        *error = tr("the key is not an EC key (type %1)").arg(EVP_PKEY_get_base_id(key.get()));
        return {};
    }
    if (X509_check_private_key(cert.get(), key.get()) != 1) {
        *error = tr("the key does not belong to the certificate (%1)").arg(openSslError());
        return {};
    }
    SelfSignedCertificate result;
    result.m_certificatePem = certificatePem;
    result.m_keyPem = keyPem;
    result.m_certificate = QSslCertificate(certificatePem, QSsl::Pem);
    result.m_key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (result.m_certificate.isNull() || result.m_key.isNull()) {
        *error = tr("Qt's TLS backend cannot read the certificate or key (is the OpenSSL backend "
                    "available?)");
        return {};
    }
    return result;
}

SelfSignedCertificate SelfSignedCertificate::loadOrCreate(const QString &directory, QString *error,
                                                          const QStringList &extraNames)
{
    const QDir dir(directory);
    if (!dir.exists() && !QDir().mkpath(directory)) {
        *error = tr("cannot create the directory %1 for the platform's certificate").arg(directory);
        return {};
    }
    const QString keyPath = dir.filePath(kKeyFileName);
    const QString certificatePath = dir.filePath(kCertificateFileName);
    const bool haveKey = QFileInfo::exists(keyPath);
    const bool haveCertificate = QFileInfo::exists(certificatePath);

    if (haveKey && !haveCertificate) {
        *error = tr("%1 exists but %2 is missing; restore it, or remove %1 to make a new key and "
                    "certificate (consoles will then see a changed certificate)")
                     .arg(keyPath, certificatePath);
        return {};
    }

    if (haveKey) {
        QFile keyFile(keyPath);
        if (!keyFile.open(QIODevice::ReadOnly)) {
            *error = tr("cannot read %1: %2").arg(keyPath, keyFile.errorString());
            return {};
        }
        QFile certificateFile(certificatePath);
        if (!certificateFile.open(QIODevice::ReadOnly)) {
            *error = tr("cannot read %1: %2").arg(certificatePath, certificateFile.errorString());
            return {};
        }
        // A key that others can read is no longer private: narrow it back to the owner.
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        if (keyFile.permissions() & others)
            keyFile.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QString parseError;
        SelfSignedCertificate loaded = fromPem(certificateFile.readAll(), keyFile.readAll(), &parseError);
        if (loaded.isNull()) {
            *error = tr("%1 and %2: %3").arg(certificatePath, keyPath, parseError);
            return {};
        }
        if (loaded.m_certificate.expiryDate() < QDateTime::currentDateTimeUtc()) {
            *error =
                tr("%1 expired on %2; remove %1 and %3 to make a new certificate (consoles will "
                   "then see a changed certificate)")
                    .arg(certificatePath, loaded.m_certificate.expiryDate().toString(Qt::ISODate), keyPath);
            return {};
        }
        return loaded;
    }

    SelfSignedCertificate made = generate(extraNames, error);
    if (made.isNull())
        return {};
    // Certificate first, key last: an interrupted start leaves at most a certificate without its
    // key, which the next start replaces.
    const QString certificateTemp = certificatePath + QStringLiteral(".new");
    const QString keyTemp = keyPath + QStringLiteral(".new");
    if (!writeFile(certificateTemp, made.m_certificatePem,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                       QFileDevice::ReadOther,
                   error) ||
        !writeFile(keyTemp, made.m_keyPem, QFileDevice::ReadOwner | QFileDevice::WriteOwner, error))
        return {};
    QFile::remove(certificatePath);
    if (!QFile::rename(certificateTemp, certificatePath)) {
        *error = tr("cannot rename %1 to %2").arg(certificateTemp, certificatePath);
        return {};
    }
    if (!QFile::rename(keyTemp, keyPath)) {
        *error = tr("cannot rename %1 to %2").arg(keyTemp, keyPath);
        return {};
    }
    return made;
}

QSslConfiguration SelfSignedCertificate::serverConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(m_certificate);
    configuration.setPrivateKey(m_key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    // Companies authenticate with tokens, consoles with sessions: no client certificate asked.
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

QString SelfSignedCertificate::fingerprintOf(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

} // namespace rw
