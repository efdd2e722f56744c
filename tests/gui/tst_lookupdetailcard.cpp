// LookupDetailCard offscreen: the verdict and its reasons article by article, the permit and its dates, the
// personal data masked with "Reveal…" (disabled with a reason for a role without the right and offline; a
// reason asked for), the vehicle's live state from FleetState, the bad-record list, complaints and penalties,
// and screenshots in English and Chinese with nothing clipped.

#include "lookup/lookupdetailcard.h"
#include "lookup/revealdialog.h"

#include "lookup/lookupanswer.h"

#include "../unit/lookup/lookuptestsupport.h"
#include "guitest.h"
#include "lookupguitest.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace rw;

namespace {

LookupAnswer extended()
{
    QString error;
    LookupAnswer answer =
        LookupAnswer::fromJson(lookuptest::fixture(QStringLiteral("search_extended.json")), &error).value();
    answer.query = QStringLiteral("琼DD12345");
    answer.receivedAt = guitest::lookupNow();
    return answer;
}

/** Sizes \a card to \a width and the height its wrapped texts need there (as the page's scroll area does). */
void fit(LookupDetailCard &card, int width = 460)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    card.resize(width, qMax(card.heightForWidth(width), card.minimumSizeHint().height()));
}

ConductRecord conduct()
{
    QString error;
    return ConductRecord::fromJson(lookuptest::fixture(QStringLiteral("conduct_vehicle.json")), &error)
        .value();
}

} // namespace

class tst_LookupDetailCard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void vehicleVerdictArticleByArticle();
    void liveStateFromTheFleet();
    void conductOfTheVehicle();
    void revealDisabledWithoutTheRightAndOffline();
    void revealAsksForAReason();
    void driverAndCompany();
    void printMenu();
    void chineseScreenshot();
};

void tst_LookupDetailCard::initTestCase()
{
    guitest::quietOffscreenWarnings();
    qRegisterMetaType<LookupAnswer>();
}

void tst_LookupDetailCard::vehicleVerdictArticleByArticle()
{
    LookupDetailCard card;
    QVERIFY(!card.hasHit());
    card.showHit(extended(), 0);
    QVERIFY(card.hasHit());
    QCOMPARE(card.text(LookupDetailCard::Field::Title), QStringLiteral("琼DD12345"));
    QCOMPARE(card.text(LookupDetailCard::Field::Verdict), QStringLiteral("May not carry passengers"));
    const QString reasons = card.text(LookupDetailCard::Field::Reasons);
    QVERIFY2(reasons.contains(QStringLiteral("第十三条(三) — 轴距 2550 mm，应不小于 2600 mm")),
             qPrintable(reasons));
    QVERIFY(reasons.contains(QStringLiteral("第十三条(四)")));
    QVERIFY(reasons.contains(QStringLiteral("第三十四条 — the vehicle is on the city's bad-record list")));
    QCOMPARE(card.text(LookupDetailCard::Field::Certificate), QStringLiteral("469001000101"));
    QCOMPARE(card.text(LookupDetailCard::Field::Validity),
             QStringLiteral("2022-06-01 to 2030-04-30\nThe certificate "
                            "reads 2030-05-01; Art. 41 ends it 8 years "
                            "after the first registration (2022-05-01)."));
    QCOMPARE(card.text(LookupDetailCard::Field::Company), QStringLiteral("4690YPZCX001"));
    QCOMPARE(card.text(LookupDetailCard::Field::Holder), QStringLiteral("Owner: 五指山快行出行有限公司"));
    QVERIFY(card.text(LookupDetailCard::Field::Details).contains(QStringLiteral("wheelbase 2550 mm")));
    QCOMPARE(card.text(LookupDetailCard::Field::Judged),
             QStringLiteral("By the platform at 2026-11-21 13:40"));
    QVERIFY(!card.liveBox()->isHidden());
    QVERIFY(card.revealButton()->isHidden()); // owned by a company: nothing personal
    LookupAnswer personal = extended();
    personal.hits[0].vehicle.ownerName = QStringLiteral("王*"); // a person, masked by the platform
    card.showHit(personal, 0);
    QVERIFY(!card.revealButton()->isHidden());
    card.clear();
    QVERIFY(!card.hasHit());
}

void tst_LookupDetailCard::liveStateFromTheFleet()
{
    FleetState fleet;
    LookupDetailCard card;
    qint64 now = guitest::lookupNow().toSecsSinceEpoch();
    card.setClock([&now] { return now; });
    card.showHit(extended(), 0);
    QCOMPARE(card.text(LookupDetailCard::Field::LiveStatus), QStringLiteral("Live data is not connected"));
    card.setFleet(&fleet);
    QCOMPARE(card.text(LookupDetailCard::Field::LiveStatus),
             QStringLiteral("Not on the live map: no position of this plate has arrived"));
    QVERIFY(!card.showOnMapButton()->isEnabled());

    // Another vehicle, then this one, as the broker delivers them.
    VehicleFix other = guitest::fixtureFix();
    other.key.vehicleNo = QStringLiteral("琼DD54321");
    fleet.apply(QList<VehicleFix>{other, guitest::fixtureFix(12)});
    card.refreshLive();
    QCOMPARE(card.text(LookupDetailCard::Field::LiveStatus), bizStatusName(BizStatus::Carrying));
    QCOMPARE(card.text(LookupDetailCard::Field::LiveSpeed), QStringLiteral("35 km/h"));
    QCOMPARE(card.text(LookupDetailCard::Field::LiveFix), QStringLiteral("12 s ago"));
    QVERIFY(card.showOnMapButton()->isEnabled());
    QSignalSpy map(&card, &LookupDetailCard::showOnMapRequested);
    card.showOnMapButton()->click();
    QCOMPARE(map.size(), 1);
    QCOMPARE(map.first().at(0).toString(), QStringLiteral("4690YPZCX001"));
    QCOMPARE(map.first().at(1).toString(), QStringLiteral("琼DD12345"));
    QVERIFY(card.recordSubject().observed.contains(QStringLiteral("12 s ago")));

    // Time passes: stale after 60 s (seed 000 Art. 15(三)).
    now += 60;
    card.refreshLive();
    QVERIFY2(card.text(LookupDetailCard::Field::LiveFix).startsWith(QStringLiteral("1 min 12 s ago — stale")),
             qPrintable(card.text(LookupDetailCard::Field::LiveFix)));

    // A plate sent with a space by another platform is still this vehicle.
    FleetState spaced;
    VehicleFix odd = guitest::fixtureFix(3, QStringLiteral("琼D D12345"));
    odd.key.companyId = QStringLiteral("OTHER01");
    spaced.apply(QList<VehicleFix>{odd});
    card.setFleet(&spaced);
    QVERIFY2(card.text(LookupDetailCard::Field::LiveStatus).contains(QStringLiteral("OTHER01")),
             qPrintable(card.text(LookupDetailCard::Field::LiveStatus)));
    card.setFleet(&fleet);

    card.show();
    QVERIFY(QTest::qWaitForWindowExposed(&card));
    card.setConduct(conduct());
    fit(card);
    RW_CHECK_SCREENSHOT(&card, QStringLiteral("lookupdetailcard-vehicle"));
}

void tst_LookupDetailCard::conductOfTheVehicle()
{
    LookupDetailCard card;
    card.showHit(extended(), 0);
    QCOMPARE(card.conductSubject(), QStringLiteral("琼DD12345"));
    card.setConductLoading();
    QVERIFY(card.text(LookupDetailCard::Field::Conduct).contains(QStringLiteral("Asking the platform")));
    card.setConduct(conduct());
    const QString text = card.text(LookupDetailCard::Field::Conduct);
    QVERIFY2(text.contains(QStringLiteral("On the city's bad-record list (第三十四条)")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral(
        "拒载、绕道：多次投诉 <属实> — listed 2026-10-02 09:15 by demo.city, until 2027-05-31")));
    QVERIFY(!text.contains(QStringLiteral("未按规定年检"))); // removed: counted, not listed
    QVERIFY(text.contains(QStringLiteral("Earlier entries, since removed: 1")));
    QVERIFY(text.contains(
        QStringLiteral("Passenger complaints: 2. Latest 2026-11-02 21:10: 绕路 (属实，已扣分)")));
    QVERIFY(text.contains(QStringLiteral("Penalties: 1.")));
    QVERIFY(card.recordSubject().conduct.has_value());

    card.setConductUnavailable(QStringLiteral("The platform cannot be reached"));
    QVERIFY(card.text(LookupDetailCard::Field::Conduct)
                .contains(QStringLiteral("The search says: on the city's bad-record list")));
    QCOMPARE(card.recordSubject().conductNote, QStringLiteral("The platform cannot be reached"));
}

void tst_LookupDetailCard::revealDisabledWithoutTheRightAndOffline()
{
    LookupDetailCard card;
    card.showHit(extended(), 1); // the driver
    card.setRevealAvailable(false,
                            QStringLiteral("Your role (Provincial supervisor) may not reveal personal data"));
    QVERIFY(!card.revealButton()->isHidden());
    QVERIFY(!card.revealButton()->isEnabled());
    QCOMPARE(card.revealButton()->toolTip(),
             QStringLiteral("Your role (Provincial supervisor) may not reveal personal data"));
    QVERIFY(card.text(LookupDetailCard::Field::Reveal).contains(QStringLiteral("Provincial supervisor")));
    QCOMPARE(card.text(LookupDetailCard::Field::Holder),
             QStringLiteral(
                 "Name: 张*\nID number: 469001***********4\nDriving licence: 469001***********4\nPhone: "
                 "199****4567"));

    card.setRevealAvailable(true);
    QVERIFY(card.revealButton()->isEnabled());

    // From the offline cache: revealing needs the platform, whatever the role.
    LookupAnswer cached = extended();
    cached.source = LookupAnswer::Source::Cached;
    cached.cachedAt = QDateTime(QDate(2026, 11, 20), QTime(2, 0), Qt::UTC);
    card.showHit(cached, 1);
    QVERIFY(!card.revealButton()->isEnabled());
    QVERIFY2(card.revealButton()->toolTip().contains(
                 QStringLiteral("Revealing needs the platform: it is audited")),
             qPrintable(card.revealButton()->toolTip()));
    QVERIFY(card.text(LookupDetailCard::Field::Judged).startsWith(QStringLiteral("From the offline cache")));
    QVERIFY(card.text(LookupDetailCard::Field::Judged).contains(QStringLiteral("cached 2026-11-20 10:00")));
    card.show();
    QVERIFY(QTest::qWaitForWindowExposed(&card));
    fit(card);
    RW_CHECK_SCREENSHOT(&card, QStringLiteral("lookupdetailcard-driver-cached"));
}

void tst_LookupDetailCard::revealAsksForAReason()
{
    LookupDetailCard card;
    card.show();
    QVERIFY(QTest::qWaitForWindowExposed(&card));
    card.showHit(extended(), 1);
    card.setRevealAvailable(true);
    QSignalSpy reveal(&card, &LookupDetailCard::revealRequested);
    card.revealButton()->click();
    RevealDialog *dialog = card.findChild<RevealDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // no reason, no reveal
    QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("   "));
    QVERIFY(!ok->isEnabled());
    dialog->reasonEdit()->clear();
    dialog->reasonEdit()->insert(QStringLiteral("路检核对身份")); // as an input method commits it
    QVERIFY(ok->isEnabled());
    RW_CHECK_SCREENSHOT(dialog, QStringLiteral("lookup-revealdialog"));
    ok->click();
    QCOMPARE(reveal.size(), 1);
    QCOMPARE(reveal.first().at(0).toString(), QStringLiteral("路检核对身份"));

    // The answer in clear replaces the masked permit, with the reason.
    LookupAnswer clear = extended();
    clear.revealed = true;
    clear.hits[1].driver.name = QStringLiteral("张伟");
    clear.hits[1].driver.phone = QStringLiteral("19901234567");
    QVERIFY(card.showRevealed(clear, QStringLiteral("路检核对身份")));
    QVERIFY(card.isRevealed());
    QVERIFY(card.text(LookupDetailCard::Field::Holder).startsWith(QStringLiteral("Name: 张伟")));
    QVERIFY(
        card.text(LookupDetailCard::Field::Reveal).contains(QStringLiteral("reason recorded: 路检核对身份")));
    QVERIFY(card.revealButton()->isHidden());
    QCOMPARE(card.recordSubject().revealReason, QStringLiteral("路检核对身份"));
    // An answer without this permit changes nothing.
    LookupAnswer other = clear;
    other.hits.removeAt(1);
    QVERIFY(!card.showRevealed(other, QStringLiteral("x")));

    // Another permit shown: masked again.
    card.showHit(extended(), 1);
    QVERIFY(!card.isRevealed());
    QVERIFY(card.text(LookupDetailCard::Field::Holder).startsWith(QStringLiteral("Name: 张*")));
}

void tst_LookupDetailCard::driverAndCompany()
{
    LookupDetailCard card;
    card.showHit(extended(), 1);
    QCOMPARE(card.text(LookupDetailCard::Field::Verdict), QStringLiteral("May not carry passengers"));
    QVERIFY(card.text(LookupDetailCard::Field::Reasons).contains(QStringLiteral("第十九条")));
    QVERIFY(card.liveBox()->isHidden()); // positions do not name the driver
    QCOMPARE(card.conductSubject(), QStringLiteral("4690010000000201"));
    QVERIFY(card.text(LookupDetailCard::Field::Company).contains(QStringLiteral("五指山快行出行有限公司")));

    card.showHit(extended(), 2);
    QCOMPARE(card.text(LookupDetailCard::Field::Verdict), QStringLiteral("May operate"));
    QVERIFY(card.text(LookupDetailCard::Field::Reasons).isEmpty());
    QVERIFY(card.revealButton()->isHidden()); // a company's permit has no personal data
    QVERIFY(card.conductSubject().isEmpty());
    QVERIFY(card.text(LookupDetailCard::Field::Details).contains(QStringLiteral("operating area 五指山市")));

    // Today's platform: valid, but the city's conditions not looked at.
    LookupAnswer today;
    QString error;
    today = LookupAnswer::fromJson(lookuptest::fixture(QStringLiteral("search_today.json")), &error).value();
    today.receivedAt = guitest::lookupNow();
    card.showHit(today, 0);
    QCOMPARE(card.text(LookupDetailCard::Field::Verdict),
             QStringLiteral("Permit valid — the city's conditions were not checked"));
    QVERIFY(card.text(LookupDetailCard::Field::Reasons).contains(QStringLiteral("did not report")));
}

void tst_LookupDetailCard::printMenu()
{
    LookupDetailCard card;
    card.showHit(extended(), 0);
    QSignalSpy save(&card, &LookupDetailCard::savePdfRequested);
    QSignalSpy print(&card, &LookupDetailCard::printRequested);
    QSignalSpy fresh(&card, &LookupDetailCard::newRecordRequested);
    QMenu *menu = card.printButton()->menu();
    QVERIFY(menu);
    QCOMPARE(menu->actions().size(), 2);
    menu->actions().at(0)->trigger();
    menu->actions().at(1)->trigger();
    card.newRecordButton()->click();
    QCOMPARE(save.size(), 1);
    QCOMPARE(print.size(), 1);
    QCOMPARE(fresh.size(), 1);
    card.setPrintBusy(true);
    QVERIFY(!card.printButton()->isEnabled());
    card.setPrintBusy(false);
    QVERIFY(card.printButton()->isEnabled());
}

void tst_LookupDetailCard::chineseScreenshot()
{
    if (!guitest::haveChineseFont())
        QSKIP("no Simplified Chinese font (fonts-noto-cjk): the screenshot would show boxes");
    guitest::LookupChineseUi chinese;
    FleetState fleet;
    fleet.apply(QList<VehicleFix>{guitest::fixtureFix(12)});
    LookupDetailCard card;
    card.setClock([] { return guitest::lookupNow().toSecsSinceEpoch(); });
    card.setFleet(&fleet);
    card.showHit(extended(), 0);
    card.setRevealAvailable(true);
    card.setConduct(conduct());
    QCOMPARE(card.text(LookupDetailCard::Field::Verdict), QStringLiteral("不得载客"));
    QCOMPARE(card.text(LookupDetailCard::Field::LiveSpeed), QStringLiteral("35 公里/小时"));
    fit(card);
    card.show();
    QVERIFY(QTest::qWaitForWindowExposed(&card));
    fit(card);
    RW_CHECK_SCREENSHOT(&card, QStringLiteral("lookupdetailcard-zh"));
}

QTEST_MAIN(tst_LookupDetailCard)
#include "tst_lookupdetailcard.moc"
