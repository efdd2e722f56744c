// (Text is typed with insert(): QTest::keyClicks cannot type Chinese.)
// BadRecordsPage driven offscreen against the real reference platform on loopback over TLS: the city
// officer adds a vehicle and a driver to the bad-record list (seed 002 Art. 34) and removes one with a
// reason; the active/all filter; a refusal shown in the form that asked, other errors in the page; a
// provincial supervisor who only reads; and screenshots of the page and its dialogs.

#include "../unit/client/admintestsupport.h"
#include "guitest.h"

#include "badrecords/addbadrecorddialog.h"
#include "badrecords/badrecordspage.h"
#include "badrecords/badrecordstore.h"
#include "badrecords/removebadrecorddialog.h"
#include "client/apireply.h"
#include "client/badrecordclient.h"
#include "client/platformclient.h"
#include "itemmodels/badrecordlistmodel.h"
#include "session/inlinemessage.h"
#include "session/jobprogress.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace rw;
using namespace rw::admintest;

namespace {

const QString Plate = u"琼DD12345"_s;
const QString Licence = u"469001199001011234"_s;

} // namespace

class tst_BadRecordsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void theCityOfficerAddsAndRemoves();
    void aRefusalStaysInTheForm();
    void theProvinceOnlyReads();
    void errorsAreShownInThePage();
    void aListLoadCanBeCancelled();
    void theAddFormNamesWhatIsWrong();
    void screenshots();

private:
    bool openPage(const QString &user, Role role);
    /** Lists \a plate directly in the platform's store, as another officer's earlier work. */
    BadRecord listDirectly(const QString &plate, const QString &reason, const QDate &until = {});
    void select(qint64 id);
    QStringList shownColumn(int column) const;
    template<typename T>
    T *in(QWidget *parent, const char *name) const
    {
        return parent->findChild<T *>(QLatin1String(name));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<PlatformServer> m_platform;
    std::unique_ptr<PlatformClient> m_client;
    std::unique_ptr<BadRecordClient> m_badRecords;
    std::unique_ptr<BadRecordListModel> m_model;
    std::unique_ptr<BadRecordsPage> m_page;
};

void tst_BadRecordsPage::initTestCase()
{
    guitest::quietOffscreenWarnings();
    qRegisterMetaType<BadRecord>();
}

void tst_BadRecordsPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<ManualClock>(startTime()); // 2026-03-02 09:00 China time
    m_platform = startPlatform(m_dir->path(), m_clock.get());
    QVERIFY(m_platform);
    m_client = std::make_unique<PlatformClient>();
    connectTo(*m_client, m_platform->baseUrl(), m_platform->certificate());
    m_badRecords = std::make_unique<BadRecordClient>(m_client.get());
    m_model = std::make_unique<BadRecordListModel>();
}

void tst_BadRecordsPage::cleanup()
{
    m_page.reset();
    m_model.reset();
    m_badRecords.reset();
    m_client.reset();
    m_platform.reset();
    m_clock.reset();
    m_dir.reset();
}

bool tst_BadRecordsPage::openPage(const QString &user, Role role)
{
    const QString refusal = signIn(*m_client, user, *m_clock);
    if (!refusal.isEmpty()) {
        qWarning("%s", qPrintable(refusal));
        return false;
    }
    m_page = std::make_unique<BadRecordsPage>(m_badRecords.get(), m_model.get(), role);
    m_page->resize(1100, 560);
    m_page->show();
    if (!QTest::qWaitForWindowExposed(m_page.get()))
        return false;
    return QTest::qWaitFor([this] { return !m_page->isBusy(); }, 10000);
}

BadRecord tst_BadRecordsPage::listDirectly(const QString &plate, const QString &reason, const QDate &until)
{
    BadRecord draft;
    draft.subject = BadRecord::Subject::Vehicle;
    draft.plate = plate;
    draft.regionCode = u"469001"_s;
    draft.reason = reason;
    draft.addedBy = u"zhang.san"_s;
    draft.until = until;
    const auto added = m_platform->badRecords().add(draft);
    if (!added)
        qFatal("cannot list %s: %s", qPrintable(plate), qPrintable(m_platform->badRecords().message()));
    return *added;
}

void tst_BadRecordsPage::select(qint64 id)
{
    QTableView *view = m_page->view();
    const int row = m_model->rowOf(id);
    QVERIFY(row >= 0);
    const auto *proxy = static_cast<QSortFilterProxyModel *>(view->model());
    const QModelIndex index = proxy->mapFromSource(m_model->index(row, BadRecordListModel::KeyColumn));
    QVERIFY(index.isValid());
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
}

QStringList tst_BadRecordsPage::shownColumn(int column) const
{
    QStringList values;
    const QAbstractItemModel *shown = m_page->view()->model();
    for (int row = 0; row < shown->rowCount(); ++row)
        values.append(shown->index(row, column).data().toString());
    return values;
}

void tst_BadRecordsPage::theCityOfficerAddsAndRemoves()
{
    QVERIFY(openPage(u"demo.city"_s, Role::CityOfficer));
    QVERIFY(m_page->canManage());
    QCOMPARE(m_model->rowCount(), 0);
    auto *add = in<QPushButton>(m_page.get(), "add");
    auto *remove = in<QPushButton>(m_page.get(), "remove");
    QVERIFY(add->isVisible() && add->isEnabled());
    QVERIFY(remove->isVisible() && !remove->isEnabled()); // nothing selected
    QCOMPARE(m_page->today(), QDate(2026, 3, 2));         // the platform's day

    // A vehicle, until the end of the year.
    QTest::mouseClick(add, Qt::LeftButton);
    AddBadRecordDialog *form = m_page->addDialog();
    QVERIFY(form);
    QVERIFY(QTest::qWaitForWindowExposed(form));
    auto *ok = in<QPushButton>(form, "add");
    in<QLineEdit>(form, "key")->insert(u"琼dd 12345"_s);
    QVERIFY(!ok->isEnabled()); // the reason is required
    in<QPlainTextEdit>(form, "reason")->insertPlainText(u"三次无证营运 (2026-02-20 决定)"_s);
    QVERIFY(ok->isEnabled());
    in<QCheckBox>(form, "hasUntil")->setChecked(true);
    in<QDateEdit>(form, "until")->setDate(QDate(2026, 12, 31));
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->addDialog(), 10000); // closed once stored
    QCOMPARE(m_model->rowCount(), 1);
    const BadRecord car = m_model->recordAt(0);
    QCOMPARE(car.plate, Plate);
    QCOMPARE(car.until, QDate(2026, 12, 31));
    QCOMPARE(car.addedBy, u"demo.city"_s);
    QVERIFY2(m_page->statusText().contains(Plate) && m_page->statusText().contains(u"2026-12-31"_s),
             qPrintable(m_page->statusText()));
    QCOMPARE(shownColumn(BadRecordListModel::StateColumn), QStringList{u"Active"_s});
    QCOMPARE(m_page->view()->selectionModel()->selectedRows().size(), 1); // the new entry is selected

    // A driver, no end.
    QTest::mouseClick(add, Qt::LeftButton);
    form = m_page->addDialog();
    QVERIFY(QTest::qWaitForWindowExposed(form));
    auto *subject = in<QComboBox>(form, "subject");
    subject->setCurrentIndex(subject->findData(int(BadRecord::Subject::Driver)));
    in<QLineEdit>(form, "key")->insert(Licence);
    in<QPlainTextEdit>(form, "reason")->insertPlainText(u"Refused a wheelchair user"_s);
    QTest::mouseClick(in<QPushButton>(form, "add"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->addDialog(), 10000);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(shownColumn(BadRecordListModel::SubjectColumn), (QStringList{u"Driver"_s, u"Vehicle"_s}));
    QVERIFY(!shownColumn(BadRecordListModel::KeyColumn).first().contains(Licence)); // masked
    QCOMPARE(in<QLabel>(m_page.get(), "summary")->text(), u"Active entries: 2 · all, with history: 2"_s);

    // Remove the vehicle: a reason is required; the entry stays in the history.
    select(car.id);
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    RemoveBadRecordDialog *ask = m_page->removeDialog();
    QVERIFY(ask);
    QVERIFY(QTest::qWaitForWindowExposed(ask));
    QCOMPARE(ask->recordId(), car.id);
    QVERIFY(in<QLabel>(ask, "question")->text().contains(Plate));
    auto *confirm = in<QPushButton>(ask, "remove");
    QVERIFY(!confirm->isEnabled());
    in<QLineEdit>(ask, "reason")->insert(u"Appeal upheld on 2026-03-01"_s);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->removeDialog(), 10000);
    QVERIFY2(m_page->statusText().contains(QString::number(car.id)), qPrintable(m_page->statusText()));
    QVERIFY(m_page->showsActiveOnly());
    QCOMPARE(shownColumn(BadRecordListModel::SubjectColumn), QStringList{u"Driver"_s});
    in<QComboBox>(m_page.get(), "show")->setCurrentIndex(1); // all, with history
    QVERIFY(!m_page->showsActiveOnly());
    QCOMPARE(m_page->view()->model()->rowCount(), 2);
    QVERIFY(
        shownColumn(BadRecordListModel::StateColumn).contains(u"Removed by demo.city on 2026-03-02 09:00"_s));
    QCOMPARE(in<QLabel>(m_page.get(), "summary")->text(), u"Active entries: 1 · all, with history: 2"_s);
    select(car.id);
    QVERIFY(!remove->isEnabled()); // removed already

    // What the platform keeps.
    const auto stored = m_platform->badRecords().find(car.id);
    QVERIFY(stored);
    QCOMPARE(stored->removedBy, u"demo.city"_s);
    QCOMPARE(stored->removeReason, u"Appeal upheld on 2026-03-01"_s);
}

void tst_BadRecordsPage::aRefusalStaysInTheForm()
{
    listDirectly(Plate, u"无证营运"_s);
    QVERIFY(openPage(u"demo.city"_s, Role::CityOfficer));
    QCOMPARE(m_model->rowCount(), 1);
    m_page->openAddDialog();
    AddBadRecordDialog *form = m_page->addDialog();
    QVERIFY(QTest::qWaitForWindowExposed(form));
    in<QLineEdit>(form, "key")->insert(Plate);
    in<QPlainTextEdit>(form, "reason")->insertPlainText(u"again"_s);
    QTest::mouseClick(in<QPushButton>(form, "add"), Qt::LeftButton);
    auto *error = in<InlineMessage>(form, "error");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
    QVERIFY2(error->text().contains(u"409"_s) && error->text().contains(Plate), qPrintable(error->text()));
    QVERIFY(form->isVisible());
    QCOMPARE(in<QLineEdit>(form, "key")->text(), Plate); // what was typed stays
    QVERIFY(!form->isBusy());
    QVERIFY(m_page->errorText().isEmpty()); // shown where it was asked
    QVERIFY(!m_page->isBusy());
    form->reject();
}

void tst_BadRecordsPage::theProvinceOnlyReads()
{
    const BadRecord a = listDirectly(Plate, u"无证营运"_s);
    listDirectly(u"琼DD54321"_s, u"拒载"_s, QDate(2026, 3, 2));
    m_clock->set(startTime().addDays(1)); // 2026-03-03 09:00 China time: the second entry ran out
    QVERIFY(openPage(u"demo.province"_s, Role::ProvincialSupervisor));
    QVERIFY(!m_page->canManage());
    QVERIFY(!in<QPushButton>(m_page.get(), "add")->isVisible());
    QVERIFY(!in<QPushButton>(m_page.get(), "remove")->isVisible());
    QVERIFY(in<QLabel>(m_page.get(), "intro")->text().contains(u"Only the city authority"_s));
    QCOMPARE(m_page->today(), QDate(2026, 3, 3));
    QCOMPARE(shownColumn(BadRecordListModel::KeyColumn), QStringList{Plate}); // active only
    m_page->setShowActiveOnly(false);
    QCOMPARE(shownColumn(BadRecordListModel::StateColumn),
             (QStringList{u"Ran out after 2026-03-02"_s, u"Active"_s}));
    select(a.id);
    m_page->openRemoveDialog();
    m_page->openAddDialog();
    QVERIFY(!m_page->removeDialog() && !m_page->addDialog());
}

void tst_BadRecordsPage::errorsAreShownInThePage()
{
    QVERIFY(openPage(u"demo.city"_s, Role::CityOfficer));
    m_platform.reset(); // the platform goes away
    QTest::mouseClick(in<QPushButton>(m_page.get(), "refresh"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->errorText().isEmpty(), 20000);
    QVERIFY2(m_page->errorText().startsWith(u"Loading the bad-record list failed"_s),
             qPrintable(m_page->errorText()));
    QTRY_VERIFY(!m_page->isBusy());
    QVERIFY(in<QPushButton>(m_page.get(), "refresh")->isEnabled()); // try again later
}

void tst_BadRecordsPage::aListLoadCanBeCancelled()
{
    QVERIFY(openPage(u"demo.city"_s, Role::CityOfficer));
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_page->view()->setFocus();
    const int before = m_model->rowCount();
    listDirectly(Plate, u"无证营运"_s); // on the platform, not yet on the page
    QSignalSpy listed(m_badRecords.get(), &BadRecordClient::listed);
    m_page->refresh();
    auto *row = m_page->findChild<JobProgress *>(u"progress"_s);
    QVERIFY(row && row->isVisible());
    auto *cancel = m_page->findChild<QPushButton *>(u"cancelLoad"_s);
    QVERIFY(cancel->isVisible());
    QTest::keyClick(m_page->view(), Qt::Key_Escape); // as Cancel
    QVERIFY(!m_page->isBusy());
    QVERIFY(!row->isVisible());
    QVERIFY(!m_badRecords->isBusy());
    QVERIFY2(m_page->statusText().contains(u"cancelled"_s), qPrintable(m_page->statusText()));
    // A request after it is answered; the cancelled list is not shown.
    bool answered = false;
    m_client->send("GET", u"/api/v1/badrecords"_s, {}, {}, this,
                   [&answered](const ApiReply &) { answered = true; });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
    QCOMPARE(listed.size(), 0);
    QCOMPARE(m_model->rowCount(), before);
    // Refresh asks again.
    QTest::mouseClick(in<QPushButton>(m_page.get(), "refresh"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), before + 1, 10000);
    QVERIFY(!row->isVisible());
}

void tst_BadRecordsPage::theAddFormNamesWhatIsWrong()
{
    AddBadRecordDialog form(QDate(2026, 3, 2));
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    auto *problem = in<InlineMessage>(&form, "problem");
    auto *ok = in<QPushButton>(&form, "add");
    QVERIFY(!problem->isVisible()); // an empty form is incomplete, not wrong
    QVERIFY(!ok->isEnabled());
    in<QLineEdit>(&form, "key")->insert(u"琼DD 123·45"_s);
    QCOMPARE(form.key(), Plate);
    in<QPlainTextEdit>(&form, "reason")->insertPlainText(u"x"_s);
    QVERIFY(ok->isEnabled());
    in<QCheckBox>(&form, "hasUntil")->setChecked(true);
    QVERIFY(in<QDateEdit>(&form, "until")->isEnabled());
    QCOMPARE(in<QDateEdit>(&form, "until")->minimumDate(), QDate(2026, 3, 2)); // not before today
    QCOMPARE(form.until(), QDate(2027, 3, 2));

    auto *subject = in<QComboBox>(&form, "subject");
    subject->setCurrentIndex(subject->findData(int(BadRecord::Subject::Driver)));
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().startsWith(u"Licence number:"_s), qPrintable(problem->text()));
    QVERIFY(!ok->isEnabled());
    in<QLineEdit>(&form, "key")->setText(Licence);
    QVERIFY(!problem->isVisible());
    QVERIFY(ok->isEnabled());

    QSignalSpy requested(&form, &AddBadRecordDialog::addRequested);
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().at(1).toString(), Licence);
    QCOMPARE(requested.first().at(2).toString(), u"x"_s);
    QCOMPARE(requested.first().at(3).toDate(), QDate(2027, 3, 2));
}

void tst_BadRecordsPage::screenshots()
{
    // Some history: an entry that ran out, one removed, two active.
    listDirectly(u"琼DD54321"_s, u"拒载两次 (2026-01-05)"_s, QDate(2026, 3, 2));
    const BadRecord removed = listDirectly(u"琼DD66666"_s, u"私自改装计价器"_s);
    QVERIFY(m_platform->badRecords().remove(removed.id, u"zhang.san"_s, u"复议撤销"_s));
    listDirectly(Plate, u"三次无证营运 (2026-02-20 决定)"_s, QDate(2026, 12, 31));
    BadRecord driver;
    driver.subject = BadRecord::Subject::Driver;
    driver.licence = Licence;
    driver.name = u"张伟"_s;
    driver.regionCode = u"469001"_s;
    driver.reason = u"Refused a wheelchair user"_s;
    driver.addedBy = u"demo.city"_s;
    QVERIFY(m_platform->badRecords().add(driver));
    m_clock->set(startTime().addDays(1)); // 2026-03-03 09:00 China time: the first entry ran out
    QVERIFY(openPage(u"demo.city"_s, Role::CityOfficer));
    in<QComboBox>(m_page.get(), "show")->setCurrentIndex(1);
    QCOMPARE(m_page->view()->model()->rowCount(), 4);
    select(m_model->recordAt(0).id);
    RW_CHECK_SCREENSHOT(m_page.get(), u"badrecordspage"_s);
    QVERIFY(shownColumn(BadRecordListModel::NameColumn).contains(u"张*"_s));
    QCOMPARE(shownColumn(BadRecordListModel::StateColumn),
             (QStringList{u"Active"_s, u"Active"_s, u"Removed by zhang.san on 2026-03-02 09:00"_s,
                          u"Ran out after 2026-03-02"_s}));
    // The rows that "all" brought back are measured too: no state is cut short.
    for (int column : {int(BadRecordListModel::StateColumn), int(BadRecordListModel::KeyColumn),
                       int(BadRecordListModel::AddedColumn)})
        QVERIFY2(m_page->view()->columnWidth(column) >=
                     static_cast<QAbstractItemView *>(m_page->view())->sizeHintForColumn(column),
                 qPrintable(QString::number(column)));

    AddBadRecordDialog form(m_page->today());
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    in<QLineEdit>(&form, "key")->insert(u"琼DD77777"_s);
    in<QPlainTextEdit>(&form, "reason")
        ->insertPlainText(u"Operated without a transport certificate three times"_s);
    in<QCheckBox>(&form, "hasUntil")->setChecked(true);
    RW_CHECK_SCREENSHOT(&form, u"addbadrecorddialog"_s);

    RemoveBadRecordDialog ask(m_model->recordAt(0));
    ask.show();
    QVERIFY(QTest::qWaitForWindowExposed(&ask));
    in<QLineEdit>(&ask, "reason")->insert(u"Appeal upheld on 2026-03-01"_s);
    RW_CHECK_SCREENSHOT(&ask, u"removebadrecorddialog"_s);
}

QTEST_MAIN(tst_BadRecordsPage)
#include "tst_badrecordspage.moc"
