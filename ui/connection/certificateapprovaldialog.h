#pragma once

#include <QByteArray>
#include <QDialog>
#include <QSslCertificate>

class QLabel;
class QPushButton;

namespace rw {

/**
 * \brief Trust on first use of a platform's TLS certificate (DESIGN §4).
 *
 * The console has never connected to this platform: the officer compares the SHA-256 fingerprint
 * shown here with the one the platform's operator published (on paper, by telephone) and trusts it
 * or not. Accepting pins the certificate for that host and port; from then on any other
 * certificate is refused. "Do not trust" is the default button: a hasty Enter must not trust.
 *
 * The fingerprint is shown in groups of two hex digits, in a fixed-width font, selectable so that
 * it can be copied; subject, issuer and validity are shown to help spot an obviously wrong
 * certificate, but only the fingerprint proves anything.
 */
class CertificateApprovalDialog : public QDialog
{
    Q_OBJECT

public:
    CertificateApprovalDialog(const QSslCertificate &certificate, const QByteArray &sha256,
                              const QString &hostPort, QWidget *parent = nullptr);

    QByteArray fingerprint() const { return m_sha256; }
    /** The fingerprint as shown ("AB:CD:…"). */
    QString fingerprintText() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QByteArray m_sha256;
    QLabel *m_fingerprint;
    QPushButton *m_trust;
    QPushButton *m_reject;
};

} // namespace rw
