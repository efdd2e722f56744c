#pragma once

// Test helper: a fresh self-signed certificate for 127.0.0.1, made in-process with OpenSSL.

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace rw::test {

struct SelfSignedCertificate
{
    QSslCertificate certificate;
    QSslKey key;
    QString error; //!< what failed, if the certificate is null
};

inline SelfSignedCertificate
makeSelfSignedCertificate(const char *commonName = "127.0.0.1",
                          const char *subjectAltName = "IP:127.0.0.1,DNS:localhost")
{
    SelfSignedCertificate result;
    const auto fail = [&](const char *what) {
        result.error = QString::fromLatin1(what);
        return result;
    };

    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(EVP_EC_gen("P-256"), &EVP_PKEY_free);
    if (!key)
        return fail("EVP_EC_gen");
    std::unique_ptr<X509, decltype(&X509_free)> cert(X509_new(), &X509_free);
    if (!cert)
        return fail("X509_new");

    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f; // positive
    std::unique_ptr<BIGNUM, decltype(&BN_free)> bn(BN_bin2bn(serial, sizeof serial, nullptr), &BN_free);
    if (!bn || !BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert.get())))
        return fail("serial number");

    X509_set_version(cert.get(), 2); // v3
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 24 * 3600);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("RideWatch test"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>(commonName),
                               -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);

    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert.get(), cert.get(), nullptr, nullptr, 0);
    X509_EXTENSION *san = X509V3_EXT_conf_nid(nullptr, &ctx, NID_subject_alt_name, subjectAltName);
    if (!san)
        return fail("subjectAltName");
    X509_add_ext(cert.get(), san, -1);
    X509_EXTENSION_free(san);

    if (X509_sign(cert.get(), key.get(), EVP_sha256()) <= 0)
        return fail("X509_sign");

    const auto toPem = [](auto write) {
        std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), &BIO_free);
        write(bio.get());
        char *data = nullptr;
        const long size = BIO_get_mem_data(bio.get(), &data);
        return QByteArray(data, size);
    };
    const QByteArray certPem = toPem([&](BIO *bio) { PEM_write_bio_X509(bio, cert.get()); });
    const QByteArray keyPem = toPem([&](BIO *bio) {
        PEM_write_bio_PrivateKey_traditional(bio, key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    });

    result.certificate = QSslCertificate(certPem, QSsl::Pem);
    result.key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (result.certificate.isNull())
        return fail("QSslCertificate rejected the PEM");
    if (result.key.isNull())
        return fail("QSslKey rejected the PEM");
    return result;
}

} // namespace rw::test
