// The trust-on-first-use dialog: the fingerprint shown is the certificate's, and nothing but an
// explicit click on "Trust and connect" trusts it.

#include "guitest.h"

#include "client/certificatepin.h"
#include "connection/certificateapprovaldialog.h"
#include "security/selfsignedcertificate.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace rw;

class tst_CertificateApprovalDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsTheFingerprintAndTheCertificate();
    void enterDoesNotTrust();
    void trustNeedsTheButton();

private:
    QSslCertificate m_certificate;
    QByteArray m_sha256;
};

void tst_CertificateApprovalDialog::initTestCase()
{
    guitest::quietOffscreenWarnings();
    QString error;
    const SelfSignedCertificate generated =
        SelfSignedCertificate::generate({QStringLiteral("platform.example")}, &error);
    QVERIFY2(!generated.certificate().isNull(), qPrintable(error));
    m_certificate = generated.certificate();
    m_sha256 = CertificatePin::fingerprintOf(m_certificate);
    QCOMPARE(m_sha256.size(), 32);
}

void tst_CertificateApprovalDialog::showsTheFingerprintAndTheCertificate()
{
    CertificateApprovalDialog dialog(m_certificate, m_sha256, QStringLiteral("platform.example:8443"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *fingerprint = dialog.findChild<QLabel *>(QStringLiteral("fingerprint"));
    QVERIFY(fingerprint);
    // All 32 bytes, grouped: what the operator reads out over the telephone.
    QCOMPARE(fingerprint->text(), CertificatePin::format(m_sha256));
    QCOMPARE(fingerprint->text().count(QLatin1Char(':')), 31);
    QString all;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        all += label->text() + QLatin1Char('\n');
    QVERIFY2(all.contains(QStringLiteral("platform.example:8443")), qPrintable(all));
    QVERIFY2(all.contains(m_certificate.subjectDisplayName()), qPrintable(all));
    guitest::saveScreenshot(&dialog, QStringLiteral("certificate-approval"));
    const QStringList clipped = guitest::clippedLabels(&dialog);
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
}

void tst_CertificateApprovalDialog::enterDoesNotTrust()
{
    CertificateApprovalDialog dialog(m_certificate, m_sha256, QStringLiteral("platform.example:8443"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *reject = dialog.findChild<QPushButton *>(QStringLiteral("reject"));
    QVERIFY(reject && reject->isDefault());
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.isVisible());
}

void tst_CertificateApprovalDialog::trustNeedsTheButton()
{
    CertificateApprovalDialog dialog(m_certificate, m_sha256, QStringLiteral("platform.example:8443"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *trust = dialog.findChild<QPushButton *>(QStringLiteral("trust"));
    QVERIFY(trust);
    QTest::mouseClick(trust, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.fingerprint(), m_sha256);
}

QTEST_MAIN(tst_CertificateApprovalDialog)
#include "tst_certificateapprovaldialog.moc"
