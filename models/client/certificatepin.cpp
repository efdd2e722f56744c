#include "certificatepin.h"

#include <QSslSocket>

#include <QCryptographicHash>

namespace rw {

QString CertificatePin::hostPortOf(const QUrl &url)
{
    const int port = url.port(url.scheme() == QStringLiteral("http") ? 80 : 443);
    const QString host = url.host().toLower();
    return (host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host) +
           QLatin1Char(':') + QString::number(port);
}

QByteArray CertificatePin::fingerprintOf(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return certificate.digest(QCryptographicHash::Sha256);
}

QString CertificatePin::format(const QByteArray &sha256)
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

QByteArray CertificatePin::parse(const QString &text)
{
    QString hex = text.trimmed();
    hex.remove(QLatin1Char(':'));
    const QByteArray bytes = QByteArray::fromHex(hex.toLatin1());
    if (bytes.size() != 32 || bytes.toHex() != hex.toLower().toLatin1())
        return {};
    return bytes;
}

QList<QSslError> CertificatePin::expectedErrors(const QList<QSslError> &errors, const QSslCertificate &peer)
{
    static const QList<QSslError::SslError> kExpected = {QSslError::SelfSignedCertificate,
                                                         QSslError::SelfSignedCertificateInChain,
                                                         QSslError::UnableToGetLocalIssuerCertificate,
                                                         QSslError::UnableToVerifyFirstCertificate,
                                                         QSslError::CertificateUntrusted,
                                                         QSslError::HostNameMismatch};
    QList<QSslError> expected;
    for (const QSslError &e : errors) {
        if (kExpected.contains(e.error()) && e.certificate() == peer)
            expected.append(QSslError(e.error(), peer));
    }
    return expected;
}

QSslConfiguration CertificatePin::pinningConfiguration()
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    ssl.setSslOption(QSsl::SslOptionDisableSessionTickets, true);
    ssl.setSslOption(QSsl::SslOptionDisableSessionPersistence, true);
    return ssl;
}

} // namespace rw
