// LookupPage offscreen, driven as an officer drives it: type, Enter, read the verdict. Against the contract
// fixture (findings, badRecord, asOf, conduct as docs/lookup-contracts.md has them) and against the real
// platform for what it serves today; the cached banner when the platform fails; reveal disabled for a role
// without the right; the inspection record written as a PDF off the GUI thread; screenshots in English and
// Chinese with nothing clipped.

#include "lookup/lookuppage.h"

#include "lookup/inspectionprinter.h"
#include "lookup/lookupdetailcard.h"

#include "itemmodels/lookupresultmodel.h"
#include "lookup/lookupclient.h"
#include "permits/permitstore.h"
#include "session/inlinemessage.h"
#include "session/jobprogress.h"

#include "../unit/client/admintestsupport.h"
#include "../unit/lookup/lookupcontractfixture.h"
#include "../unit/lookup/lookuptestsupport.h"
#include "../unit/permits/permittestsupport.h"
#include "guitest.h"
#include "lookupguitest.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace rw;

namespace {

QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data().toString();
    return values;
}

/** The fixture platform, a signed-in client on it, a clock at the fixture's asOf and a fleet. */
struct FixtureSetup
{
    explicit FixtureSetup(Role role = Role::EnforcementOfficer)
        : clock(guitest::lookupNow())
    {
        started = fixture.start();
        fixture.searchAnswer = lookuptest::fixture(QStringLiteral("search_extended.json"));
        fixture.conduct.insert(QStringLiteral("plate:琼DD12345"),
                               lookuptest::fixture(QStringLiteral("conduct_vehicle.json")));
        fixture.clearDriver.insert(QStringLiteral("4690010000000201"),
                                   QJsonObject{{QStringLiteral("name"), QStringLiteral("张伟")},
                                               {QStringLiteral("phone"), QStringLiteral("19901234567")}});
        signedIn = started && fixture.signIn(platform, role);
        fleet.apply(QList<VehicleFix>{guitest::fixtureFix(12)});
    }

    lookuptest::LookupContractFixture fixture;
    PlatformClient platform;
    ManualClock clock;
    FleetState fleet;
    lookuptest::FakeOfflineSource cache;
    bool started = false;
    bool signedIn = false;
};

} // namespace

class tst_LookupPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void enterSearchesAndTheVerdictShows();
    void aSearchCanBeCancelled();
    void cachedBannerWhenThePlatformFails();
    void revealDisabledForARoleWithoutTheRight();
    void revealForTheDriverShown();
    void recordWrittenAsPdf();
    void aRecordBeingWrittenCanBeCancelled();
    void failuresAndNothingFound();
    void againstTheRealPlatform();
    void chineseScreenshot();
};

void tst_LookupPage::initTestCase()
{
    guitest::quietOffscreenWarnings();
    qRegisterMetaType<LookupAnswer>();
    qRegisterMetaType<ConductRecord>();
}

void tst_LookupPage::aSearchCanBeCancelled()
{
    FixtureSetup s;
    QVERIFY(s.signedIn);
    LookupClient client(&s.platform, &s.cache, &s.clock);
    LookupPage page(&client, &s.fleet);
    page.resize(1280, 820);
    page.show();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    QSignalSpy answered(&client, &LookupClient::answered);
    page.searchBox()->setFocus();
    page.search(QStringLiteral("琼DD12345"));
    QVERIFY(page.busyIndicator()->isVisible());
    auto *cancel = page.findChild<QPushButton *>(QStringLiteral("cancelLookup"));
    QVERIFY(cancel && cancel->isVisible());
    QTest::keyClick(page.searchBox(), Qt::Key_Escape); // as the Cancel button
    QVERIFY(!client.isBusy());
    QVERIFY(!page.busyIndicator()->isVisible());
    QVERIFY2(page.summaryLabel()->text().contains(QStringLiteral("cancelled")),
             qPrintable(page.summaryLabel()->text()));
    // A request after it is answered; the cancelled search's answer is not shown.
    QSignalSpy conduct(&client, &LookupClient::conductAnswered);
    QSignalSpy conductFailed(&client, &LookupClient::conductFailed);
    client.conductOfVehicle(QStringLiteral("琼DD12345"));
    QTRY_VERIFY_WITH_TIMEOUT(conduct.size() + conductFailed.size() == 1, 10000);
    QCOMPARE(answered.size(), 0);
    QCOMPARE(page.model()->rowCount(), 0);
    // The page still searches.
    page.search(QStringLiteral("琼DD12345"));
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 3, 10000);
    QTRY_VERIFY(!page.busyIndicator()->isVisible());
}

void tst_LookupPage::enterSearchesAndTheVerdictShows()
{
    FixtureSetup s;
    QVERIFY(s.signedIn);
    LookupClient client(&s.platform, &s.cache, &s.clock);
    LookupPage page(&client, &s.fleet);
    page.resize(1280, 820);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(!page.searchBox()->placeholderText().isEmpty());

    page.searchBox()->setFocus();
    page.searchBox()->insert(QStringLiteral("琼")); // as an input method commits it
    QTest::keyClicks(page.searchBox(), QStringLiteral("DD12345"));
    QTest::keyClick(page.searchBox(), Qt::Key_Return);
    QVERIFY(client.isBusy());
    QVERIFY(page.busyIndicator()->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 3, 10000);
    QTRY_VERIFY(!page.busyIndicator()->isVisible());
    QVERIFY(page.cachedBanner()->isHidden());
    QCOMPARE(page.summaryLabel()->text(), QStringLiteral("Permits found for “琼DD12345” (plate): 3"));

    // The best match is shown at once.
    LookupDetailCard *card = page.card();
    QVERIFY(card->hasHit());
    QCOMPARE(card->text(LookupDetailCard::Field::Title), QStringLiteral("琼DD12345"));
    QCOMPARE(card->text(LookupDetailCard::Field::Verdict), QStringLiteral("May not carry passengers"));
    QVERIFY(card->text(LookupDetailCard::Field::Reasons).contains(QStringLiteral("第十三条(三)")));
    QCOMPARE(card->text(LookupDetailCard::Field::LiveSpeed), QStringLiteral("35 km/h"));
    QCOMPARE(card->text(LookupDetailCard::Field::LiveFix), QStringLiteral("12 s ago"));
    QTRY_VERIFY_WITH_TIMEOUT(card->text(LookupDetailCard::Field::Conduct).contains(QStringLiteral("拒载")),
                             10000);
    QVERIFY(card->revealButton()->isHidden()); // the owner is a company: nothing personal to reveal
    QCOMPARE(column(*page.proxy(), LookupResultModel::StatusColumn),
             (QStringList{QStringLiteral("Rules broken: 2 · bad record"), QStringLiteral("Not valid"),
                          QStringLiteral("Valid")}));

    // "Show on map" hands the vehicle to whoever wires the page to the live map.
    QSignalSpy map(&page, &LookupPage::showOnMap);
    card->showOnMapButton()->click();
    QCOMPARE(map.size(), 1);
    QCOMPARE(map.first().at(1).toString(), QStringLiteral("琼DD12345"));

    // Sorting by the date column does not lose the permit shown.
    page.view()->sortByColumn(LookupResultModel::ValidUntilColumn, Qt::AscendingOrder);
    QCOMPARE(column(*page.proxy(), LookupResultModel::ValidUntilColumn),
             (QStringList{QStringLiteral("2026-01-01"), QStringLiteral("2027-01-04"),
                          QStringLiteral("2030-04-30")}));
    QCOMPARE(card->text(LookupDetailCard::Field::Title), QStringLiteral("琼DD12345"));
    QTRY_VERIFY(!card->text(LookupDetailCard::Field::Conduct).contains(QStringLiteral("Asking")));
    // Every answer in (the record of the vehicle or driver comes after the search's) and laid out.
    QTRY_VERIFY_WITH_TIMEOUT(
        !page.card()->text(LookupDetailCard::Field::Conduct).contains(QStringLiteral("Asking")), 10000);
    QTRY_VERIFY(guitest::clippedLabels(&page).isEmpty());
    RW_CHECK_SCREENSHOT(&page, QStringLiteral("lookuppage"));

    // A newer search supersedes the older one: only its answer shows.
    const int before = s.fixture.searchesSeen();
    page.search(QStringLiteral("琼DD1"));
    page.search(QStringLiteral("琼DD12345"));
    QTRY_COMPARE_WITH_TIMEOUT(s.fixture.searchesSeen(), before + 2, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!client.isBusy(), 10000);
    QCOMPARE(page.model()->answer().query, QStringLiteral("琼DD12345"));
}

void tst_LookupPage::cachedBannerWhenThePlatformFails()
{
    FixtureSetup s;
    QVERIFY(s.signedIn);
    s.fixture.searchStatus = 503;
    // Yesterday's answer, as the platform judged it then.
    QJsonObject yesterday = lookuptest::fixture(QStringLiteral("search_extended.json"));
    yesterday.insert(QStringLiteral("asOf"), QStringLiteral("2026-11-20T10:00:00+08:00"));
    s.cache.answers.insert(QStringLiteral("琼DD12345"),
                           CachedLookup{yesterday, QDateTime(QDate(2026, 11, 20), QTime(2, 0), Qt::UTC)});
    LookupClient client(&s.platform, &s.cache, &s.clock);
    LookupPage page(&client, &s.fleet);
    page.resize(1280, 820);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.search(QStringLiteral("琼DD12345"));
    QTRY_VERIFY_WITH_TIMEOUT(page.cachedBanner()->isVisible(), 10000);
    QVERIFY2(page.cachedBanner()->text().startsWith(
                 QStringLiteral("Cached as of 2026-11-20 10:00 — the platform cannot be reached")),
             qPrintable(page.cachedBanner()->text()));
    QCOMPARE(page.model()->rowCount(), 3);
    LookupDetailCard *card = page.card();
    QVERIFY(card->isCached());
    QVERIFY(!card->revealButton()->isEnabled());
    QVERIFY(card->revealButton()->toolTip().contains(
        QStringLiteral("Revealing needs the platform: it is audited")));
    QVERIFY(card->text(LookupDetailCard::Field::Judged).startsWith(QStringLiteral("From the offline cache")));
    // Every answer in (the record of the vehicle or driver comes after the search's) and laid out.
    QTRY_VERIFY_WITH_TIMEOUT(
        !page.card()->text(LookupDetailCard::Field::Conduct).contains(QStringLiteral("Asking")), 10000);
    QTRY_VERIFY(guitest::clippedLabels(&page).isEmpty());
    RW_CHECK_SCREENSHOT(&page, QStringLiteral("lookuppage-cached"));

    // The platform is back: the banner goes.
    s.fixture.searchStatus = 0;
    page.search(QStringLiteral("琼DD12345"));
    QTRY_VERIFY_WITH_TIMEOUT(page.cachedBanner()->isHidden(), 10000);
    QVERIFY(!card->isCached());
    QVERIFY(card->revealButton()->isEnabled());
}

void tst_LookupPage::revealDisabledForARoleWithoutTheRight()
{
    FixtureSetup s(Role::ProvincialSupervisor);
    QVERIFY(s.signedIn);
    LookupClient client(&s.platform, &s.cache, &s.clock);
    LookupPage page(&client, &s.fleet);
    page.resize(1280, 820);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.search(QStringLiteral("琼DD12345"));
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 3, 10000);
    page.view()->selectRow(page.proxy()->mapFromSource(page.model()->index(1, 0)).row()); // the driver
    LookupDetailCard *card = page.card();
    QCOMPARE(card->hit().kind, PermitKind::Driver);
    QVERIFY(!card->revealButton()->isEnabled());
    QVERIFY2(card->revealButton()->toolTip().contains(Role(Role::ProvincialSupervisor).displayName()),
             qPrintable(card->revealButton()->toolTip()));
    QVERIFY(card->text(LookupDetailCard::Field::Reveal).contains(QStringLiteral("may not reveal")));
    QVERIFY(card->text(LookupDetailCard::Field::Holder).startsWith(QStringLiteral("Name: 张*")));
    // Every answer in (the record of the vehicle or driver comes after the search's) and laid out.
    QTRY_VERIFY_WITH_TIMEOUT(
        !page.card()->text(LookupDetailCard::Field::Conduct).contains(QStringLiteral("Asking")), 10000);
    QTRY_VERIFY(guitest::clippedLabels(&page).isEmpty());
    RW_CHECK_SCREENSHOT(&page, QStringLiteral("lookuppage-province"));
}

void tst_LookupPage::revealForTheDriverShown()
{
    FixtureSetup s;
    QVERIFY(s.signedIn);
    LookupClient client(&s.platform, &s.cache, &s.clock);
    LookupPage page(&client, &s.fleet);
    page.resize(1280, 820);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.search(QStringLiteral("琼DD12345"));
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 3, 10000);
    page.view()->selectRow(page.proxy()->mapFromSource(page.model()->index(1, 0)).row());
    LookupDetailCard *card = page.card();
    QTRY_VERIFY(card->revealButton()->isEnabled());
    Q_EMIT card->revealRequested(
        QStringLiteral("路检核对身份")); // what the dialog sends (tst_lookupdetailcard)
    QTRY_VERIFY_WITH_TIMEOUT(card->isRevealed(), 10000);
    // Only this permit was asked for, by its certificate, with the reason.
    QCOMPARE(s.fixture.seen.last().value("q"), QStringLiteral("4690010000000201"));
    QCOMPARE(s.fixture.seen.last().value("reason"), QStringLiteral("路检核对身份"));
    QVERIFY(card->text(LookupDetailCard::Field::Holder).startsWith(QStringLiteral("Name: 张伟")));
    QCOMPARE(page.model()->rowCount(), 3); // the table stays masked
    QCOMPARE(page.model()->hitAt(1).driver.name, QStringLiteral("张*"));
    const InspectionRecord record = page.record();
    QCOMPARE(record.subjects.size(), 2); // the vehicle shown first, then the driver
    QVERIFY(record.subjects.at(1).revealed);
    QCOMPARE(record.subjects.at(1).revealReason, QStringLiteral("路检核对身份"));
}

void tst_LookupPage::aRecordBeingWrittenCanBeCancelled()
{
    FixtureSetup s;
    QVERIFY(s.signedIn);
    LookupClient client(&s.platform, &s.cache, &s.clock);
    LookupPage page(&client, &s.fleet);
    page.resize(1280, 820);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.search(QStringLiteral("琼DD12345"));
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 3, 10000);
    QTRY_VERIFY(!page.busyIndicator()->isVisible());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("record.pdf"));
    QSignalSpy saved(&page, &LookupPage::recordSaved);
    QSignalSpy cancelled(&page, &LookupPage::recordCancelled);
    QVERIFY(page.saveRecordPdf(path));
    QVERIFY(page.printProgress()->isVisible()); // busy in the page, with Cancel
    auto *cancel = page.findChild<QPushButton *>(QStringLiteral("cancelPrint"));
    QVERIFY(cancel && cancel->isVisible());
    QVERIFY(!page.card()->printButton()->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(cancelled.size(), 1, 30000);
    QCOMPARE(cancelled.first().at(0).toString(), path);
    QCOMPARE(saved.size(), 0);
    QVERIFY(!QFile::exists(path));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty()); // no temporary file either
    QVERIFY(!page.printProgress()->isVisible());
    QVERIFY(page.card()->printButton()->isEnabled());
    QVERIFY2(page.card()->text(LookupDetailCard::Field::RecordSummary).contains(QStringLiteral("Cancelled")),
             qPrintable(page.card()->text(LookupDetailCard::Field::RecordSummary)));
    // Written when not cancelled.
    QVERIFY(page.saveRecordPdf(path));
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 30000);
    QVERIFY(QFile::exists(path));
}

void tst_LookupPage::recordWrittenAsPdf()
{
    FixtureSetup s;
    QVERIFY(s.signedIn);
    LookupClient client(&s.platform, &s.cache, &s.clock);
    LookupPage page(&client, &s.fleet);
    page.resize(1280, 820);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.search(QStringLiteral("琼DD12345"));
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 3, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        page.card()->text(LookupDetailCard::Field::Conduct).contains(QStringLiteral("拒载")), 10000);
    page.view()->selectRow(page.proxy()->mapFromSource(page.model()->index(1, 0)).row()); // the driver too
    page.card()->setNotes(QStringLiteral("驾驶员称车辆为临时借用。<b>"));
    QVERIFY(page.card()->text(LookupDetailCard::Field::RecordSummary).contains(QStringLiteral("琼DD12345")));

    const InspectionRecord record = page.record();
    QCOMPARE(record.officer, QStringLiteral("demo.enforcement"));
    QCOMPARE(record.role, Role(Role::EnforcementOfficer).displayName());
    QCOMPARE(record.time, guitest::lookupNow());
    QCOMPARE(record.subjects.size(), 2);
    QCOMPARE(record.subjects.first().hit.kind, PermitKind::Vehicle);
    QVERIFY(record.subjects.first().conduct.has_value());
    QVERIFY(record.subjects.first().observed.contains(QStringLiteral("35 km/h")));
    const QString html = record.toHtml();
    QVERIFY(html.contains(QStringLiteral("第十三条(三)")));
    QVERIFY(html.contains(QStringLiteral("驾驶员称车辆为临时借用。&lt;b&gt;")));

    QTemporaryDir dir;
    const QString path = dir.filePath(record.suggestedFileName());
    QSignalSpy saved(&page, &LookupPage::recordSaved);
    QSignalSpy busy(page.printer(), &InspectionPrinter::busyChanged);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(page.saveRecordPdf(path));
    const qint64 returnedAfter = timer.elapsed();
    QVERIFY(page.printer()->isBusy());
    QVERIFY(!page.card()->printButton()->isEnabled()); // one record at a time
    QVERIFY(!page.saveRecordPdf(path));
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 30000);
    qInfo("PDF: saveRecordPdf() returned after %lld ms, written after %lld ms", returnedAfter,
          timer.elapsed());
    QCOMPARE(saved.first().at(0).toString(), path);
    QCOMPARE(busy.size(), 2);
    QVERIFY(page.card()->printButton()->isEnabled());
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY2(pdf.size() > 1000, qPrintable(QString::number(pdf.size())));
    QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
    const QByteArray bytes = pdf.readAll();
    QVERIFY2(bytes.contains("NotoSansCJK") || bytes.contains("NotoSerifCJK") || bytes.contains("Droid"),
             "no CJK font embedded: the Chinese of the record would not print"); // fonts-noto-cjk
    // The record as laid out for the page, for a look by eye (the same QTextDocument layout as the PDF).
    {
        QTextDocument document;
        document.setDefaultFont(QFont(QStringLiteral("Noto Sans CJK SC"), 10));
        document.setHtml(html);
        document.setTextWidth(794); // A4 at 96 dpi
        QImage image(QSize(794, int(document.size().height())), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        document.drawContents(&painter);
        painter.end();
        const QString dir = qEnvironmentVariable("RIDEWATCH_BINARY_DIR") + QStringLiteral("/screenshots");
        QVERIFY(image.save(dir + QStringLiteral("/lookup-record.png")));
    }
    QVERIFY(page.card()->text(LookupDetailCard::Field::RecordSummary).contains(QStringLiteral("Written to")));

    // A place that cannot be written: said, and no file left behind.
    QSignalSpy failed(&page, &LookupPage::recordFailed);
    const QString bad = dir.filePath(QStringLiteral("no/such/dir/record.pdf"));
    QVERIFY(page.saveRecordPdf(bad));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
    QVERIFY2(failed.first().at(0).toString().contains(bad), qPrintable(failed.first().at(0).toString()));
    QVERIFY(page.errorMessage()->isVisible());
    QVERIFY(!QFile::exists(bad));

    // A new record keeps only what is shown.
    page.newRecord();
    QCOMPARE(page.record().subjects.size(), 1);
    QVERIFY(page.card()->notes().isEmpty());
}

void tst_LookupPage::failuresAndNothingFound()
{
    FixtureSetup s;
    QVERIFY(s.signedIn);
    LookupClient client(&s.platform, nullptr, &s.clock);
    LookupPage page(&client, &s.fleet);
    page.resize(1000, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    // Nothing for a plate: unlicensed (seed 002 Art. 14), said in red.
    s.fixture.searchAnswer = QJsonObject{{QStringLiteral("queryClass"), QStringLiteral("plate")},
                                         {QStringLiteral("hits"), QJsonArray()}};
    page.search(QStringLiteral("琼DD99999"));
    QTRY_VERIFY_WITH_TIMEOUT(page.summaryLabel()->text().contains(QStringLiteral("No transport certificate")),
                             10000);
    QVERIFY(page.summaryLabel()->text().contains(QStringLiteral("第十四条")));
    QVERIFY(!page.card()->hasHit());

    // The platform fails and there is no cache: the error names both.
    s.fixture.searchStatus = 503;
    page.search(QStringLiteral("琼DD12345"));
    QTRY_VERIFY_WITH_TIMEOUT(page.errorMessage()->isVisible(), 10000);
    QVERIFY2(page.errorMessage()->text().contains(QStringLiteral("no offline cache")),
             qPrintable(page.errorMessage()->text()));
    QVERIFY(page.errorMessage()->text().contains(QStringLiteral("503")));
    QCOMPARE(page.model()->rowCount(), 0); // no stale results under a new question
    // Every answer in (the record of the vehicle or driver comes after the search's) and laid out.
    QTRY_VERIFY_WITH_TIMEOUT(
        !page.card()->text(LookupDetailCard::Field::Conduct).contains(QStringLiteral("Asking")), 10000);
    QTRY_VERIFY(guitest::clippedLabels(&page).isEmpty());
    RW_CHECK_SCREENSHOT(&page, QStringLiteral("lookuppage-error"));

    // An empty box: said at once, nothing asked.
    const int asked = s.fixture.searchesSeen();
    page.search(QStringLiteral("   "));
    QVERIFY(page.errorMessage()->text().contains(QStringLiteral("Nothing to look up")));
    QCOMPARE(s.fixture.searchesSeen(), asked);
}

void tst_LookupPage::againstTheRealPlatform()
{
    QTemporaryDir dir;
    ManualClock clock(admintest::startTime());
    std::unique_ptr<PlatformServer> server = admintest::startPlatform(dir.path(), &clock);
    QVERIFY(server);
    PermitStore store(server->database(), clock);
    QVERIFY(
        store.import(test::batchOf(QList<VehiclePermit>{test::vehicle(
                         QStringLiteral("469001000001"), QStringLiteral("琼DD10001"), QStringLiteral("C1"))}),
                     {QStringLiteral("test"), QStringLiteral("api"), QStringLiteral("469001")}));
    PlatformClient platform;
    admintest::connectTo(platform, server->baseUrl(), server->certificate());
    QCOMPARE(admintest::signIn(platform, QStringLiteral("demo.enforcement"), clock), QString());
    LookupClient client(&platform, nullptr, &clock);
    LookupPage page(&client, nullptr);
    page.resize(1100, 760);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.searchBox()->setFocus();
    page.searchBox()->insert(QStringLiteral("琼")); // as an input method commits it
    QTest::keyClicks(page.searchBox(), QStringLiteral("DD10001"));
    QTest::keyClick(page.searchBox(), Qt::Key_Enter);
    QTRY_VERIFY_WITH_TIMEOUT(page.card()->hasHit(), 10000);
    QCOMPARE(page.card()->text(LookupDetailCard::Field::Title), QStringLiteral("琼DD10001"));
    QCOMPARE(page.card()->text(LookupDetailCard::Field::Certificate), QStringLiteral("469001000001"));
    QCOMPARE(page.card()->text(LookupDetailCard::Field::LiveStatus),
             QStringLiteral("Live data is not connected"));
    // Valid on the platform's day; whatever else the platform reports of the city's conditions, validity
    // is not among the reasons.
    QVERIFY(page.card()->verdict().valid);
    for (const LookupVerdict::Reason &reason : page.card()->verdict().reasons)
        QVERIFY2(reason.article != LookupVerdict::validityArticle(PermitKind::Vehicle),
                 qPrintable(reason.text));
}

void tst_LookupPage::chineseScreenshot()
{
    if (!guitest::haveChineseFont())
        QSKIP("no Simplified Chinese font (fonts-noto-cjk): the screenshot would show boxes");
    guitest::LookupChineseUi chinese;
    FixtureSetup s;
    QVERIFY(s.signedIn);
    LookupClient client(&s.platform, &s.cache, &s.clock);
    LookupPage page(&client, &s.fleet);
    page.resize(1280, 820);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.search(QStringLiteral("琼DD12345"));
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 3, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        page.card()->text(LookupDetailCard::Field::Conduct).contains(QStringLiteral("拒载")), 10000);
    QCOMPARE(page.searchButton()->text(), QStringLiteral("查询"));
    QCOMPARE(page.card()->text(LookupDetailCard::Field::Verdict), QStringLiteral("不得载客"));
    QCOMPARE(page.summaryLabel()->text(), QStringLiteral("“琼DD12345”（车牌）的查询结果：3 条"));
    // Every answer in (the record of the vehicle or driver comes after the search's) and laid out.
    QTRY_VERIFY_WITH_TIMEOUT(
        !page.card()->text(LookupDetailCard::Field::Conduct).contains(QStringLiteral("Asking")), 10000);
    QTRY_VERIFY(guitest::clippedLabels(&page).isEmpty());
    RW_CHECK_SCREENSHOT(&page, QStringLiteral("lookuppage-zh"));

    // The record in Chinese, as a PDF.
    QTemporaryDir dir;
    QSignalSpy saved(&page, &LookupPage::recordSaved);
    QVERIFY(page.saveRecordPdf(dir.filePath(QStringLiteral("record.pdf"))));
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 30000);
}

QTEST_MAIN(tst_LookupPage)
#include "tst_lookuppage.moc"
