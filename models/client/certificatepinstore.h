#pragma once

#include "certificatepin.h"

#include <QList>

#include <optional>

class QSettings;

namespace rw {

/**
 * \brief The console's pinned platform certificates, in the settings: host:port → SHA-256.
 *
 * The QSettings is injected (tests use an INI file in a temporary directory); it must outlive
 * the store.
 */
class CertificatePinStore
{
public:
    explicit CertificatePinStore(QSettings *settings);

    std::optional<CertificatePin> pin(const QString &hostPort) const;
    /** Replaces the pin for \a pin's host:port. */
    void setPin(const CertificatePin &pin);
    void removePin(const QString &hostPort);
    QList<CertificatePin> pins() const;

private:
    QSettings *m_settings;
};

} // namespace rw
