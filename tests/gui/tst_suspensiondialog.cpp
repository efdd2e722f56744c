// The security administrator's suspension (seed 000 Art. 13) from the status board, against the real
// platform on loopback: a reason is required, the board then shows the company suspended, the platform's
// refusals are shown verbatim.

#include "guitest.h"
#include "outageguitest.h"

#include "itemmodels/statusboardmodel.h"
#include "outages/statusboardpage.h"
#include "outages/suspensiondialog.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>

using namespace rw;
using namespace rw::outagefixtures;
using namespace Qt::StringLiterals;

class tst_SuspensionDialog : public QObject
{
    Q_OBJECT

    outageguitest::OutagePlatform m_platform;

    static QString accessOf(const StatusBoardPage &page, const QString &company)
    {
        const int row = page.model()->rowOf(company);
        return row < 0 ? u"(none)"_s
                       : page.model()->index(row, StatusBoardModel::SuspendedColumn).data().toString();
    }

private slots:
    void initTestCase()
    {
        guitest::quietOffscreenWarnings();
        outageguitest::installLanguage(this);
        QVERIFY(m_platform.start(false));
    }

    void cleanupTestCase() { m_platform.server.reset(); }

    void suspendThenRestoreFromTheBoard()
    {
        const auto client = m_platform.signedIn(u"demo.secadmin"_s);
        QVERIFY(client);
        OutageClient outages(client.get());
        StatusBoardPage page(&outages, true);
        page.setClock(m_platform.now());
        QSignalSpy updated(&page, &StatusBoardPage::boardUpdated);
        page.show();
        QVERIFY(updated.wait(10000));
        QCOMPARE(page.model()->board().companies.size(), 2); // every company, for the security administrator
        QVERIFY(!page.suspendButton()->isEnabled());         // nothing selected yet
        page.selectCompany(kC1);
        QVERIFY(page.suspendButton()->isEnabled());
        QCOMPARE(accessOf(page, kC1), QString());

        QPointer<SuspensionDialog> dialog = page.openSuspensionDialog();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->hasState(), 10000);
        QVERIFY(!dialog->state().suspended);
        QCOMPARE(dialog->applyButton()->text(), u"Suspend access"_s);

        // No reason: refused in the dialog, nothing changes.
        dialog->reasonEdit()->setPlainText(u"   "_s);
        dialog->applyButton()->click();
        QVERIFY2(dialog->errorText().contains(u"reason"_s), qPrintable(dialog->errorText()));
        QVERIFY(!dialog->state().suspended);

        QSignalSpy changed(dialog.data(), &SuspensionDialog::changed);
        dialog->reasonEdit()->setPlainText(u"伪造定位数据 (forged positions)"_s);
        dialog->applyButton()->click();
        QVERIFY(changed.wait(10000));
        QVERIFY(dialog->state().suspended);
        QVERIFY(dialog->errorText().isEmpty());
        QVERIFY(dialog->stateLabel()->text().contains(u"伪造定位数据"_s));
        QCOMPARE(dialog->history()->rowCount(), 1);
        QCOMPARE(dialog->applyButton()->text(), u"Restore access"_s);
        QVERIFY(dialog->reasonEdit()->toPlainText().isEmpty());
        // The board refreshes and shows the company suspended.
        QTRY_COMPARE_WITH_TIMEOUT(accessOf(page, kC1), u"suspended"_s, 10000);

        dialog->resize(640, 460);
        const QString lang = qEnvironmentVariable("RIDEWATCH_LANG");
        QVERIFY(!guitest::saveScreenshot(dialog, lang.isEmpty() ? u"suspensiondialog"_s
                                                                : u"suspensiondialog-"_s + lang)
                     .isEmpty());
        const QStringList clipped = guitest::clippedLabels(dialog);
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u", "_s)));

        dialog->reasonEdit()->setPlainText(u"verified"_s);
        dialog->applyButton()->click();
        QVERIFY(changed.wait(10000));
        QVERIFY(!dialog->state().suspended);
        QCOMPARE(dialog->history()->rowCount(), 1);
        QCOMPARE(dialog->history()->item(0, 3)->text(), u"demo.secadmin: verified"_s);
        QTRY_COMPARE_WITH_TIMEOUT(accessOf(page, kC1), QString(), 10000);
        dialog->close();
    }

    void theRefusalIsShownVerbatim()
    {
        const auto client = m_platform.signedIn(u"demo.secadmin"_s);
        QVERIFY(client);
        OutageClient outages(client.get());
        auto *dialog = new SuspensionDialog(new OutageClient(client.get()), kC2, kC2Name);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->hasState(), 10000);
        QVERIFY(!dialog->state().suspended);
        // Someone else suspends it meanwhile: this dialog's "suspend" now changes nothing, and the platform
        // says so.
        QSignalSpy elsewhere(&outages, &OutageClient::suspensionChanged);
        outages.setSuspended(kC2, true, u"other admin"_s);
        QVERIFY(elsewhere.wait(10000));
        dialog->reasonEdit()->setPlainText(u"mine"_s);
        dialog->applyButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText().isEmpty(), 10000);
        QVERIFY2(dialog->errorText().contains(u"HTTP 409, conflict"_s), qPrintable(dialog->errorText()));
        QVERIFY2(dialog->errorText().contains(kC2), qPrintable(dialog->errorText()));
        QVERIFY(dialog->applyButton()->isEnabled());
        delete dialog;
    }
};

QTEST_MAIN(tst_SuspensionDialog)
#include "tst_suspensiondialog.moc"
