#include "lookuppage.h"

#include "inspectionprinter.h"
#include "lookupdetailcard.h"

#include "domain/clock.h"
#include "itemmodels/lookupresultmodel.h"
#include "location/mylocation.h"
#include "lookup/lookupclient.h"
#include "session/inlinemessage.h"
#include "session/jobprogress.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace rw {

namespace {

constexpr int ChinaOffsetSeconds = 8 * 3600;

QString minute(const QDateTime &time)
{
    return time.isValid()
               ? time.toOffsetFromUtc(ChinaOffsetSeconds).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
               : LookupPage::tr("an unknown time");
}

/** The status column in the verdict's colour: green may serve, red may not, amber not checked. */
class StatusDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() != LookupResultModel::StatusColumn)
            return;
        QColor colour;
        switch (LookupVerdict::State(index.data(LookupResultModel::VerdictRole).toInt())) {
        case LookupVerdict::State::Clear:
            colour = QColor(0x2b, 0x8a, 0x3e);
            break;
        case LookupVerdict::State::Refused:
            colour = QColor(0xc9, 0x2a, 0x2a);
            option->font.setBold(true);
            break;
        case LookupVerdict::State::Unchecked:
            colour = QColor(0xa6, 0x5e, 0x00);
            break;
        }
        option->palette.setColor(QPalette::Text, colour);
        option->palette.setColor(QPalette::HighlightedText, colour.lighter(170));
    }
};

} // namespace

LookupPage::LookupPage(LookupClient *client, const FleetState *fleet, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_fleet(fleet)
    , m_now([client] { return client->clock().now().toSecsSinceEpoch(); })
    , m_box(new QLineEdit(this))
    , m_searchButton(new QPushButton(tr("Search"), this))
    , m_hint(new QLabel(this))
    , m_busy(new JobProgress(tr("Cancel"), this))
    , m_printProgress(new JobProgress(tr("Cancel"), this))
    , m_banner(new QLabel(this))
    , m_error(new InlineMessage(this))
    , m_summary(new QLabel(this))
    , m_model(new LookupResultModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_card(new LookupDetailCard(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_printer(new InspectionPrinter(this))
    , m_live(new QTimer(this))
{
    setObjectName(QStringLiteral("lookupPage"));

    m_box->setObjectName(QStringLiteral("lookupSearchBox"));
    m_box->setPlaceholderText(tr("琼D12345 · 张伟 · certificate, licence or ID number · company"));
    m_box->setAccessibleName(tr("Look up a plate, driver, certificate or company"));
    m_box->setClearButtonEnabled(true);
    m_box->setMaxLength(64);
    QFont boxFont = m_box->font();
    boxFont.setPointSizeF(boxFont.pointSizeF() * 1.25);
    m_box->setFont(boxFont);
    connect(m_box, &QLineEdit::returnPressed, this, [this] { search(m_box->text()); });
    connect(m_searchButton, &QPushButton::clicked, this, [this] { search(m_box->text()); });
    m_searchButton->setDefault(true);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color:#495057;"));
    m_hint->setText(
        tr("A plate with its province prefix (琼D…, or its start), a driver's name, a driving-licence, "
           "certificate or ID number, a VIN, or a company's name or ID. Enter searches."));

    m_banner->setObjectName(QStringLiteral("cachedBanner"));
    m_banner->setWordWrap(true);
    m_banner->setMargin(6);
    m_banner->setStyleSheet(QStringLiteral("background:#fff3bf;color:#7a4500;border:1px solid #e67700;"));
    m_banner->hide();
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(LookupResultModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new StatusDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->setAccessibleName(tr("Permits found"));
    QHeaderView *header = m_view->horizontalHeader();
    // What the officer reads first comes first: who, may it serve, until when; then the rest.
    header->moveSection(header->visualIndex(LookupResultModel::NameColumn), 0);
    header->moveSection(header->visualIndex(LookupResultModel::StatusColumn), 1);
    header->moveSection(header->visualIndex(LookupResultModel::ValidUntilColumn), 2);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    // Unsorted until the officer clicks a header: the platform's order puts the best match first.
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { showCurrent(); });

    m_cardArea = new QScrollArea(this);
    m_cardArea->setWidget(m_card);
    m_cardArea->setWidgetResizable(true);
    m_cardArea->setFrameShape(QFrame::NoFrame);
    m_cardArea->setMinimumWidth(m_card->minimumWidth() + 24);
    m_card->installEventFilter(this);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_cardArea);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    // The first layout follows these proportions, not the widgets' size hints: the card's long help text
    // would otherwise take more than half and leave the table scrolling sideways.
    m_splitter->setSizes({600, 400});
    m_splitter->setChildrenCollapsible(false);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_box, 1);
    searchRow->addWidget(m_searchButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_hint);
    layout->addWidget(m_busy);
    layout->addWidget(m_printProgress);
    layout->addWidget(m_banner);
    layout->addWidget(m_error);
    layout->addWidget(m_summary);
    layout->addWidget(m_splitter, 1);

    connect(m_client, &LookupClient::answered, this, &LookupPage::onAnswered);
    connect(m_client, &LookupClient::searchFailed, this, &LookupPage::onSearchFailed);
    connect(m_client, &LookupClient::revealFailed, this, &LookupPage::onRevealFailed);
    connect(m_client, &LookupClient::conductAnswered, this, &LookupPage::onConduct);
    connect(m_client, &LookupClient::conductFailed, this, &LookupPage::onConductFailed);
    connect(m_client, &LookupClient::busyChanged, this, [this](bool busy) {
        if (busy)
            m_busy->start(tr("Asking the city's permit registry…"));
        else
            m_busy->finish();
        updateReveal();
    });

    m_busy->setObjectName(QStringLiteral("lookupProgress"));
    m_busy->cancelButton()->setObjectName(QStringLiteral("cancelLookup"));
    connect(m_busy, &JobProgress::cancelRequested, this, &LookupPage::cancelSearch);

    m_card->setFleet(m_fleet);
    m_card->setClock([this] { return m_now(); });
    connect(m_card, &LookupDetailCard::revealRequested, this, [this](const QString &reason) {
        if (!m_card->hasHit())
            return;
        m_pendingRevealReason = reason;
        // Only this permit, by its certificate: the least personal data that answers the question.
        m_client->reveal(m_card->hit().certificate(), reason);
    });
    connect(m_card, &LookupDetailCard::showOnMapRequested, this, &LookupPage::showOnMap);
    connect(m_card, &LookupDetailCard::savePdfRequested, this, &LookupPage::askSavePath);
    connect(m_card, &LookupDetailCard::printRequested, this, &LookupPage::askPrinter);
    connect(m_card, &LookupDetailCard::newRecordRequested, this, &LookupPage::newRecord);

    connect(m_printer, &InspectionPrinter::busyChanged, m_card, &LookupDetailCard::setPrintBusy);
    m_printProgress->setObjectName(QStringLiteral("printProgress"));
    m_printProgress->cancelButton()->setObjectName(QStringLiteral("cancelPrint"));
    connect(m_printProgress, &JobProgress::cancelRequested, m_printer, &InspectionPrinter::cancel);
    connect(m_printer, &InspectionPrinter::busyChanged, this, [this](bool busy) {
        if (busy)
            m_printProgress->start(tr("Writing the inspection record…"));
        else
            m_printProgress->finish();
    });
    connect(m_printer, &InspectionPrinter::cancelled, this, [this](const QString &target) {
        updateRecordSummary();
        m_card->setRecordSummary(
            m_card->text(LookupDetailCard::Field::RecordSummary) + QLatin1Char('\n') +
            tr("Cancelled: nothing was written to %1").arg(QDir::toNativeSeparators(target)));
        Q_EMIT recordCancelled(target);
    });
    connect(m_printer, &InspectionPrinter::saved, this, [this](const QString &target) {
        updateRecordSummary();
        m_card->setRecordSummary(m_card->text(LookupDetailCard::Field::RecordSummary) + QLatin1Char('\n') +
                                 tr("Written to %1").arg(QDir::toNativeSeparators(target)));
        Q_EMIT recordSaved(target);
    });
    connect(m_printer, &InspectionPrinter::failed, this, [this](const QString &message) {
        m_error->showMessage(message);
        Q_EMIT recordFailed(message);
    });

    m_live->setInterval(1000);
    connect(m_live, &QTimer::timeout, m_card, &LookupDetailCard::refreshLive);
    setFocusProxy(m_box);
}

LookupPage::~LookupPage() = default;

void LookupPage::setClock(std::function<qint64()> clock)
{
    m_now = std::move(clock);
    m_card->refreshLive();
}

void LookupPage::setMyLocation(MyLocation *location)
{
    m_location = location;
}

void LookupPage::setCityRules(std::optional<CityRules> rules)
{
    m_rules = std::move(rules);
    m_card->setCityRules(m_rules ? &*m_rules : nullptr);
}

bool LookupPage::eventFilter(QObject *watched, QEvent *event)
{
    // The card's texts change while it is shown (the conduct arrives, a reveal, the live state): its
    // wrapped labels then need another height for the same width, which QScrollArea only takes in when it
    // lays itself out again.
    if (watched == m_card && event->type() == QEvent::LayoutRequest) {
        if (QLayout *layout = m_card->layout())
            layout->activate(); // the card's new heights first…
        QEvent request(QEvent::LayoutRequest);
        QCoreApplication::sendEvent(m_cardArea, &request); // …then the area sizes it for them
    }
    return QWidget::eventFilter(watched, event);
}

void LookupPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_live->start();
    m_card->refreshLive();
    updateReveal(); // the session may have changed while hidden
}

void LookupPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_live->stop();
}

void LookupPage::search(const QString &text)
{
    if (m_box->text() != text)
        m_box->setText(text);
    m_error->clear();
    m_client->search(text);
}

void LookupPage::cancelSearch()
{
    if (!m_client->isBusy())
        return;
    m_client->cancel(); // busyChanged(false) hides the row
    m_summary->setText(m_model->rowCount() == 0
                           ? tr("Search cancelled.")
                           : tr("Search cancelled; the permits shown are from the search before it."));
}

void LookupPage::onAnswered(const LookupAnswer &answer)
{
    m_error->clear();
    if (answer.revealed) {
        if (m_card->showRevealed(answer, m_pendingRevealReason))
            keepCurrent();
        else
            m_card->setRevealError(
                tr("The platform's answer to the reveal did not hold this permit any more; "
                   "search again"));
        return;
    }
    ++m_answerSerial;
    m_model->setAnswer(answer);
    if (answer.isCached()) {
        m_banner->setText(
            tr("Cached as of %1 — the platform cannot be reached. Validity is judged again for "
               "today from the cached dates; revealing personal data and the records of complaints "
               "and penalties wait for the platform.")
                .arg(minute(answer.cachedAt)));
        m_banner->show();
    } else {
        m_banner->hide();
    }
    const QString className = LookupAnswer::queryClassName(answer.queryClass);
    QString summary;
    QString style;
    if (answer.hits.isEmpty()) {
        const bool plate = answer.queryClass == QLatin1String("plate");
        // Seed 002 Art. 14: the city issues the transport certificate; without one no passengers.
        summary =
            plate ? tr("No transport certificate for “%1” in the city's registry: the vehicle may not carry "
                       "passengers (Art. 14, 第十四条).")
                        .arg(answer.query)
                  : tr("No permit found for “%1” (%2).").arg(answer.query, className);
        style = plate ? QStringLiteral("color:#c92a2a;font-weight:bold;") : QString();
    } else {
        summary = tr("Permits found for “%1” (%2): %3").arg(answer.query, className).arg(answer.hits.size());
        if (answer.truncated)
            summary += tr(" — more matched than are shown; narrow the search");
    }
    m_summary->setText(summary);
    m_summary->setStyleSheet(style);
    if (answer.hits.isEmpty()) {
        m_card->clear();
        return;
    }
    // The platform's best match at once: at the roadside one plate usually has one permit.
    const QModelIndex first = m_proxy->mapFromSource(m_model->index(0, 0));
    m_view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    // The model was reset, so the current row changed from none to this one: showCurrent() ran.
}

void LookupPage::onSearchFailed(const QString &, const QString &message)
{
    ++m_answerSerial;
    m_model->clear();
    m_card->clear();
    m_banner->hide();
    m_summary->clear();
    m_error->showMessage(message);
}

void LookupPage::onRevealFailed(const QString &, const QString &message)
{
    m_card->setRevealError(message);
}

void LookupPage::onConduct(const QString &subject, const ConductRecord &record)
{
    if (!m_card->hasHit() || m_card->conductSubject() != subject)
        return; // about a permit no longer shown
    m_card->setConduct(record);
    keepCurrent();
}

void LookupPage::onConductFailed(const QString &subject, const QString &message)
{
    if (!m_card->hasHit() || m_card->conductSubject() != subject)
        return;
    m_card->setConductUnavailable(message);
    keepCurrent();
}

void LookupPage::showCurrent()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const int row = current.isValid() ? m_proxy->mapToSource(current).row() : -1;
    if (row < 0) {
        m_card->clear();
        m_shownIdentity.clear();
        return;
    }
    const QString identity = m_model->hitAt(row).identity();
    if (m_card->hasHit() && m_shownSerial == m_answerSerial && m_shownIdentity == identity)
        return; // the same permit of the same answer (the table was sorted): keep its reveal and record
    m_shownSerial = m_answerSerial;
    m_shownIdentity = identity;
    m_card->showHit(m_model->answer(), row);
    updateReveal();
    const QString subject = m_card->conductSubject();
    if (!subject.isEmpty()) {
        m_card->setConductLoading();
        if (m_card->hit().kind == PermitKind::Vehicle)
            m_client->conductOfVehicle(subject);
        else
            m_client->conductOfDriver(subject);
    }
    keepCurrent();
}

void LookupPage::keepCurrent()
{
    if (!m_card->hasHit())
        return;
    m_kept.insert(int(m_card->hit().kind), m_card->recordSubject());
    updateRecordSummary();
}

void LookupPage::updateReveal()
{
    const QString refusal = m_client->revealRefusal();
    if (!refusal.isEmpty())
        m_card->setRevealAvailable(false, refusal);
    else if (m_client->isBusy())
        m_card->setRevealAvailable(false, tr("Waiting for the search on its way"));
    else
        m_card->setRevealAvailable(true);
}

void LookupPage::updateRecordSummary()
{
    QStringList names;
    for (auto it = m_kept.constBegin(); it != m_kept.constEnd(); ++it)
        names << tr("%1 (%2)").arg(it->hit.title(), PermitKinds::name(it->hit.kind));
    m_card->setRecordSummary(
        names.isEmpty() ? QString() : tr("The inspection record holds: %1").arg(names.join(tr("; "))));
}

void LookupPage::newRecord()
{
    m_kept.clear();
    m_card->setNotes({});
    keepCurrent(); // the permit shown starts the new record
    updateRecordSummary();
}

InspectionRecord LookupPage::record() const
{
    InspectionRecord r;
    if (const std::optional<SessionInfo> session = m_client->session()) {
        r.officer = session->userName;
        r.role = session->role.displayName();
        r.regionCode = session->regionCode;
    }
    r.time = m_client->clock().now();
    if (m_location && m_location->hasFix()) {
        r.placeCoordinate = m_location->coordinate();
        const double accuracy = m_location->horizontalAccuracy();
        r.placeAccuracyMetres = qIsNaN(accuracy) ? -1 : accuracy;
    }
    QMap<int, InspectionRecord::Subject> subjects = m_kept;
    if (m_card->hasHit())
        subjects.insert(int(m_card->hit().kind), m_card->recordSubject()); // its live state as of now
    // Vehicle, driver, company: the order an officer reads them in.
    for (PermitKind kind : {PermitKind::Vehicle, PermitKind::Driver, PermitKind::Company}) {
        const auto it = subjects.constFind(int(kind));
        if (it != subjects.constEnd())
            r.subjects.append(*it);
    }
    r.notes = m_card->notes();
    if (m_rules) {
        r.rulesName = m_rules->name();
        r.regulation = m_rules->regulation();
    }
    return r;
}

bool LookupPage::saveRecordPdf(const QString &path)
{
    const InspectionRecord r = record();
    return m_printer->savePdf(r.toHtml(), path, r.title());
}

void LookupPage::askSavePath()
{
    const InspectionRecord r = record();
    QString directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (directory.isEmpty())
        directory = QDir::homePath();
    auto *dialog =
        new QFileDialog(this, tr("Save the inspection record"),
                        QDir(directory).filePath(r.suggestedFileName()), tr("PDF documents (*.pdf)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { saveRecordPdf(path); });
    dialog->open();
}

void LookupPage::askPrinter()
{
    // The printer outlives the dialog: handed to the printer's worker if accepted, deleted otherwise.
    auto *device = new QPrinter(QPrinter::HighResolution);
    auto *dialog = new QPrintDialog(device, this);
    dialog->setWindowTitle(tr("Print the inspection record"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto accepted = std::make_shared<bool>(false);
    connect(dialog, &QDialog::accepted, this, [accepted] { *accepted = true; });
    connect(dialog, &QObject::destroyed, this, [this, device, accepted] {
        std::unique_ptr<QPrinter> owned(device);
        if (!*accepted)
            return;
        const InspectionRecord r = record();
        if (!m_printer->print(r.toHtml(), std::move(owned), r.title()))
            m_error->showMessage(tr("The inspection record is still being written; print again in a moment"));
    });
    dialog->open();
}

} // namespace rw
