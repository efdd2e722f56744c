#include "certificatepin.h"

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

} // namespace rw
