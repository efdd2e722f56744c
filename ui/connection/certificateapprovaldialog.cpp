#include "certificateapprovaldialog.h"

#include "client/certificatepin.h"
#include "session/fitheight.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace rw {

namespace {

QLabel *wrappingLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

CertificateApprovalDialog::CertificateApprovalDialog(const QSslCertificate &certificate,
                                                     const QByteArray &sha256, const QString &hostPort,
                                                     QWidget *parent)
    : QDialog(parent)
    , m_sha256(sha256)
{
    setWindowTitle(tr("Trust this platform?"));
    auto *layout = new QVBoxLayout(this);

    auto *title = new QLabel(tr("First connection to %1").arg(hostPort), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    title->setFont(titleFont);
    title->setWordWrap(true);
    layout->addWidget(title);
    layout->addWidget(wrappingLabel(
        tr("RideWatch has not connected to this platform before. Compare the fingerprint below with the "
           "one the platform's operator gave you. Trust it only if every group matches: a different "
           "fingerprint can mean that someone is intercepting the connection."),
        this));

    m_fingerprint = new QLabel(fingerprintText(), this);
    m_fingerprint->setObjectName(QStringLiteral("fingerprint"));
    m_fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprint->setWordWrap(true);
    m_fingerprint->setFrameShape(QFrame::StyledPanel);
    m_fingerprint->setMargin(8);
    m_fingerprint->setAccessibleName(tr("SHA-256 fingerprint"));

    auto *details = new QFormLayout;
    details->setRowWrapPolicy(QFormLayout::WrapLongRows);
    details->addRow(tr("SHA-256 fingerprint:"), m_fingerprint);
    const QLocale locale;
    details->addRow(tr("Issued to:"), wrappingLabel(certificate.subjectDisplayName(), this));
    details->addRow(tr("Issued by:"), wrappingLabel(certificate.issuerDisplayName(), this));
    details->addRow(
        tr("Valid:"),
        wrappingLabel(
            tr("%1 to %2")
                .arg(locale.toString(certificate.effectiveDate().toLocalTime(), QLocale::ShortFormat),
                     locale.toString(certificate.expiryDate().toLocalTime(), QLocale::ShortFormat)),
            this));
    layout->addLayout(details);

    auto *buttons = new QDialogButtonBox(this);
    m_trust = buttons->addButton(tr("&Trust and connect"), QDialogButtonBox::AcceptRole);
    m_trust->setObjectName(QStringLiteral("trust"));
    m_trust->setAutoDefault(false);
    m_reject = buttons->addButton(tr("&Do not trust"), QDialogButtonBox::RejectRole);
    m_reject->setObjectName(QStringLiteral("reject"));
    m_reject->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_reject->setFocus();
    resize(520, sizeHint().height());
}

QString CertificateApprovalDialog::fingerprintText() const
{
    return CertificatePin::format(m_sha256);
}

void CertificateApprovalDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    fitHeightToContents(this);
}

} // namespace rw
