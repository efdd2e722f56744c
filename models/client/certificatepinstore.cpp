#include "certificatepinstore.h"

#include <QSettings>

namespace rw {

namespace {

const QString kGroup = QStringLiteral("certificatePins");

// "[::1]:8443" holds characters QSettings treats specially ('/' would nest groups; INI files
// escape others differently): keys are percent-encoded.
QString keyOf(const QString &hostPort)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(hostPort));
}

} // namespace

CertificatePinStore::CertificatePinStore(QSettings *settings)
    : m_settings(settings)
{}

std::optional<CertificatePin> CertificatePinStore::pin(const QString &hostPort) const
{
    m_settings->beginGroup(kGroup);
    const QString value = m_settings->value(keyOf(hostPort)).toString();
    m_settings->endGroup();
    const QByteArray sha256 = CertificatePin::parse(value);
    if (sha256.isEmpty())
        return std::nullopt;
    return CertificatePin{hostPort, sha256};
}

void CertificatePinStore::setPin(const CertificatePin &pin)
{
    m_settings->beginGroup(kGroup);
    m_settings->setValue(keyOf(pin.hostPort), CertificatePin::format(pin.sha256));
    m_settings->endGroup();
    m_settings->sync();
}

void CertificatePinStore::removePin(const QString &hostPort)
{
    m_settings->beginGroup(kGroup);
    m_settings->remove(keyOf(hostPort));
    m_settings->endGroup();
    m_settings->sync();
}

QList<CertificatePin> CertificatePinStore::pins() const
{
    QList<CertificatePin> result;
    m_settings->beginGroup(kGroup);
    const QStringList keys = m_settings->childKeys();
    for (const QString &key : keys) {
        const QByteArray sha256 = CertificatePin::parse(m_settings->value(key).toString());
        if (!sha256.isEmpty())
            result.append({QUrl::fromPercentEncoding(key.toLatin1()), sha256});
    }
    m_settings->endGroup();
    return result;
}

} // namespace rw
