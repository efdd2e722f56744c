#include "auditpage.h"

#include "client/adminclient.h"
#include "itemmodels/auditlogmodel.h"
#include "session/inlinemessage.h"
#include "session/jobprogress.h"

#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace rw {

namespace {

const QString Red = QStringLiteral("#a4262c");
const QString Green = QStringLiteral("#107c10");

/** Colours the outcome: denied red, failure amber. */
class OutcomeColours : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole && index.column() == AuditLogModel::OutcomeColumn) {
            switch (AuditEntry::Outcome(index.data(AuditLogModel::OutcomeRole).toInt())) {
            case AuditEntry::Outcome::Denied:
                return QColor(Red);
            case AuditEntry::Outcome::Failure:
                return QColor(QStringLiteral("#8a5300"));
            case AuditEntry::Outcome::Success:
                break;
            }
        }
        return QIdentityProxyModel::data(index, role);
    }
};

QDateTimeEdit *timeEdit(const QString &objectName, const QDateTime &value, QWidget *parent)
{
    auto *edit = new QDateTimeEdit(value, parent);
    edit->setObjectName(objectName);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    edit->setCalendarPopup(true);
    edit->setEnabled(false);
    return edit;
}

} // namespace

AuditPage::AuditPage(AdminClient *client, AuditLogModel *model, Role viewer, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_model(model)
    , m_view(new QTableView(this))
    , m_fromEnabled(new QCheckBox(tr("&From"), this))
    , m_from(timeEdit(QStringLiteral("from"), QDateTime(QDate::currentDate().addDays(-7), QTime(0, 0)), this))
    , m_toEnabled(new QCheckBox(tr("&To"), this))
    , m_to(timeEdit(QStringLiteral("to"), QDateTime(QDate::currentDate(), QTime(23, 59)), this))
    , m_actor(new QLineEdit(this))
    , m_action(new QLineEdit(this))
    , m_outcome(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_search(new QPushButton(tr("&Search"), this))
    , m_reset(new QPushButton(tr("C&lear filter"), this))
    , m_export(new QPushButton(tr("&Export…"), this))
    , m_verify(new QPushButton(tr("&Verify chain"), this))
    , m_summary(new QLabel(this))
    , m_verifyResult(new QLabel(this))
    , m_exportRow(new JobProgress(tr("Cancel export"), this))
    , m_verifyRow(new JobProgress(tr("Cancel"), this))
    , m_status(new QLabel(this))
    , m_error(new InlineMessage(this))
{
    auto *colours = new OutcomeColours(this);
    colours->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("auditLog"));
    m_view->setModel(colours);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_fromEnabled->setObjectName(QStringLiteral("fromEnabled"));
    m_toEnabled->setObjectName(QStringLiteral("toEnabled"));
    connect(m_fromEnabled, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toEnabled, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    m_actor->setObjectName(QStringLiteral("actor"));
    m_actor->setPlaceholderText(tr("User name, exactly"));
    m_action->setObjectName(QStringLiteral("action"));
    m_action->setPlaceholderText(tr("e.g. login, or account.* for all account actions"));
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_outcome->addItem(tr("Any outcome"), -1);
    for (AuditEntry::Outcome outcome :
         {AuditEntry::Outcome::Success, AuditEntry::Outcome::Failure, AuditEntry::Outcome::Denied})
        m_outcome->addItem(AuditEntry::outcomeName(outcome), int(outcome));
    m_text->setObjectName(QStringLiteral("text"));
    m_text->setPlaceholderText(tr("Text in the target or the address"));
    for (QLineEdit *field : {m_actor, m_action, m_text}) {
        field->setClearButtonEnabled(true);
        connect(field, &QLineEdit::returnPressed, this, &AuditPage::search);
    }
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setDefault(true);
    m_reset->setObjectName(QStringLiteral("clearFilter"));
    m_export->setObjectName(QStringLiteral("export"));
    m_verify->setObjectName(QStringLiteral("verify"));
    m_export->setVisible(viewer.can(Permission::ExportAuditLog));
    m_verify->setVisible(viewer.can(Permission::VerifyAuditLog));
    connect(m_search, &QPushButton::clicked, this, &AuditPage::search);
    connect(m_reset, &QPushButton::clicked, this, &AuditPage::resetFilter);
    connect(m_export, &QPushButton::clicked, this, &AuditPage::exportLog);
    connect(m_verify, &QPushButton::clicked, this, &AuditPage::verify);

    auto *filters = new QGridLayout;
    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    filters->addWidget(m_fromEnabled, 0, 0);
    filters->addWidget(m_from, 0, 1);
    filters->addWidget(m_toEnabled, 0, 2);
    filters->addWidget(m_to, 0, 3);
    filters->addWidget(label(tr("O&utcome:"), m_outcome), 0, 4);
    filters->addWidget(m_outcome, 0, 5);
    filters->addWidget(label(tr("U&ser:"), m_actor), 1, 0);
    filters->addWidget(m_actor, 1, 1);
    filters->addWidget(label(tr("&Action:"), m_action), 1, 2);
    filters->addWidget(m_action, 1, 3);
    filters->addWidget(label(tr("Te&xt:"), m_text), 1, 4);
    filters->addWidget(m_text, 1, 5);
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(3, 2);
    filters->setColumnStretch(5, 2);
    auto *filterButtons = new QVBoxLayout;
    filterButtons->addWidget(m_search);
    filterButtons->addWidget(m_reset);
    auto *filterRow = new QHBoxLayout;
    filterRow->addLayout(filters, 1);
    filterRow->addLayout(filterButtons);

    m_summary->setObjectName(QStringLiteral("summary"));
    m_verifyResult->setObjectName(QStringLiteral("verifyResult"));
    m_verifyResult->setWordWrap(true);
    m_verifyResult->setTextFormat(Qt::PlainText);
    m_verifyResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verifyResult->hide();
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_summary, 1);
    actions->addWidget(m_export);
    actions->addWidget(m_verify);

    m_exportRow->setObjectName(QStringLiteral("exportProgress"));
    m_exportRow->cancelButton()->setObjectName(QStringLiteral("cancelExport"));
    connect(m_exportRow, &JobProgress::cancelRequested, this, &AuditPage::cancelExport);
    m_verifyRow->setObjectName(QStringLiteral("verifyProgress"));
    m_verifyRow->cancelButton()->setObjectName(QStringLiteral("cancelVerify"));
    connect(m_verifyRow, &JobProgress::cancelRequested, this, &AuditPage::cancelVerify);

    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setStyleSheet(QStringLiteral("color: %1;").arg(Green));
    m_status->hide();
    m_error->setObjectName(QStringLiteral("error"));

    auto *title = new QLabel(tr("<h2>Audit log</h2>"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(filterRow);
    layout->addLayout(actions);
    layout->addWidget(m_verifyResult);
    layout->addWidget(m_verifyRow);
    layout->addWidget(m_exportRow);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);

    connect(m_model, &AuditLogModel::loadingChanged, this, &AuditPage::updateSummary);
    connect(m_model, &AuditLogModel::pageLoaded, this, [this] {
        if (!m_sized && m_model->rowCount() > 0) {
            // Once, from the first page: the user's widths stay after that.
            m_sized = true;
            m_view->resizeColumnsToContents();
            const int widest = m_view->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 40;
            for (int column = 0; column < AuditLogModel::DetailColumn; ++column)
                m_view->setColumnWidth(column, qMin(m_view->columnWidth(column), widest));
        }
        updateSummary();
    });
    connect(m_model, &AuditLogModel::loadFailed, this, [this](const QString &message) {
        m_error->showMessage(message);
        updateSummary();
    });
    connect(m_client, &AdminClient::auditExportProgress, this, [this](qint64 written, qint64 total) {
        if (total < 0) {
            m_exportRow->setProgress(0, 0);
            m_exportRow->setText(tr("The platform is preparing the export…"));
            return;
        }
        m_exportRow->setProgress(total > 0 ? written : 1, total > 0 ? total : 1);
        const QLocale locale;
        m_exportRow->setText(tr("Writing the file: %1 of %2")
                                 .arg(locale.formattedDataSize(written), locale.formattedDataSize(total)));
    });
    connect(m_client, &AdminClient::auditExported, this,
            [this](const QString &path, qint64 rows, qint64 bytes) {
                setExporting(false);
                showStatus(tr("Exported %n entries (%1) to %2.", nullptr, int(rows))
                               .arg(QLocale().formattedDataSize(bytes), QDir::toNativeSeparators(path)));
            });
    connect(m_client, &AdminClient::auditExportCancelled, this, [this](const QString &path) {
        setExporting(false);
        showStatus(tr("Export cancelled; %1 was not written.").arg(QDir::toNativeSeparators(path)));
    });
    connect(m_client, &AdminClient::auditVerified, this, &AuditPage::showVerification);
    connect(m_client, &AdminClient::failed, this,
            [this](AdminClient::Operation operation, const QString &message) {
                if (operation == AdminClient::Operation::ExportAudit) {
                    setExporting(false);
                } else if (operation == AdminClient::Operation::VerifyAudit) {
                    m_verify->setEnabled(true);
                    m_verifyRow->finish();
                    m_verifyResult->hide();
                } else {
                    return; // searches: the model reports them (loadFailed)
                }
                m_status->hide();
                m_error->showMessage(message);
            });
    updateSummary();
}

AuditPage::~AuditPage()
{
    // An export started here does not outlive the page (e.g. at sign-out).
    if (m_client && m_exportRow->isVisibleTo(this))
        m_client->cancelExport();
}

void AuditPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_searched)
        search();
}

AuditQuery AuditPage::filterQuery() const
{
    AuditQuery query;
    if (m_fromEnabled->isChecked())
        query.from = m_from->dateTime(); // whole minutes: from hh:mm:00.000
    if (m_toEnabled->isChecked())
        query.to = m_to->dateTime().addSecs(60); // "to" is exclusive: the whole minute shown is included
    query.actor = m_actor->text().trimmed();
    query.action = m_action->text().trimmed();
    const int outcome = m_outcome->currentData().toInt();
    if (outcome >= 0)
        query.outcome = AuditEntry::Outcome(outcome);
    query.text = m_text->text().trimmed();
    return query;
}

void AuditPage::search()
{
    m_searched = true;
    m_error->clear();
    m_model->setQuery(filterQuery());
    updateSummary();
}

void AuditPage::resetFilter()
{
    m_fromEnabled->setChecked(false);
    m_toEnabled->setChecked(false);
    m_actor->clear();
    m_action->clear();
    m_outcome->setCurrentIndex(0);
    m_text->clear();
    search();
}

void AuditPage::updateSummary()
{
    const int rows = m_model->rowCount();
    QString text;
    if (m_model->isLoading())
        text = rows == 0 ? tr("Searching…") : tr("%n entries shown; loading older ones…", nullptr, rows);
    else if (!m_model->errorString().isEmpty())
        text = tr("%n entries shown.", nullptr, rows);
    else if (m_model->hasMore())
        text = tr("%n newest matching entries shown; scroll down for older ones.", nullptr, rows);
    else if (rows == 0)
        text = m_searched ? tr("No entry matches the filter.") : QString();
    else
        text = tr("All %n matching entries shown.", nullptr, rows);
    m_summary->setText(text);
}

QString AuditPage::summaryText() const
{
    return m_summary->text();
}

QString AuditPage::verifyText() const
{
    return m_verifyResult->isVisibleTo(this) ? m_verifyResult->text() : QString();
}

QString AuditPage::statusText() const
{
    return m_status->isVisibleTo(this) ? m_status->text() : QString();
}

QString AuditPage::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

bool AuditPage::isExporting() const
{
    return m_exportRow->isVisibleTo(this);
}

void AuditPage::showStatus(const QString &text)
{
    m_error->clear();
    m_status->setText(text);
    m_status->show();
}

void AuditPage::exportLog()
{
    if (m_client->isExporting())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name =
        tr("audit-log-%1.csv").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    auto *dialog = new QFileDialog(this, tr("Export the audit log"), QDir(folder).filePath(name),
                                   tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &AuditPage::exportTo);
    dialog->open();
}

void AuditPage::exportTo(const QString &filePath)
{
    if (filePath.isEmpty())
        return;
    // Exactly what the table shows: the query applied last, not what is typed but not yet searched.
    const AuditQuery query = m_searched ? m_model->query() : filterQuery();
    if (!m_client->exportAudit(query, filePath))
        return; // one at a time; the running one shows its progress
    m_status->hide();
    m_error->clear();
    setExporting(true);
}

void AuditPage::cancelExport()
{
    m_client->cancelExport();
}

void AuditPage::setExporting(bool exporting)
{
    m_export->setEnabled(!exporting);
    if (exporting)
        m_exportRow->start(tr("The platform is preparing the export…"));
    else
        m_exportRow->finish();
}

void AuditPage::verify()
{
    m_verify->setEnabled(false);
    m_error->clear();
    m_verifyResult->setStyleSheet(QString());
    m_verifyResult->hide();
    m_verifyRow->start(tr("The platform is verifying the audit chain…"));
    m_client->verifyAudit();
}

void AuditPage::cancelVerify()
{
    if (!m_verifyRow->isRunning())
        return;
    m_client->cancelVerify();
    m_verifyRow->finish();
    m_verify->setEnabled(true);
    m_verifyResult->setStyleSheet(QString());
    m_verifyResult->setText(
        tr("Verification cancelled; the chain was not checked. Verify chain asks again."));
    m_verifyResult->show();
}

void AuditPage::showVerification(const AuditChainReport &report)
{
    m_verify->setEnabled(true);
    m_verifyRow->finish();
    const QLocale locale;
    if (report.ok) {
        m_verifyResult->setText(
            tr("Chain intact: %n entries checked, the last one is #%1.", nullptr, int(report.checked))
                .arg(report.lastSeq));
        m_verifyResult->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(Green));
    } else {
        const QString where = report.brokenSeq > 0 ? tr("Broken at entry #%1").arg(report.brokenSeq)
                                                   : tr("The audit chain is broken");
        QString message = report.message.trimmed();
        if (!message.isEmpty() && !message.endsWith(QLatin1Char('.')) && !message.endsWith(QChar(0x3002)))
            // The platform's sentence, then ours; a Chinese sentence ends with a Chinese full stop.
            message += message.back().unicode() >= 0x2E80 ? QChar(0x3002) : QLatin1Char('.');
        QString text = tr("%1 (%2): %3").arg(where, AuditChainReport::problemName(report.problem), message);
        text += QLatin1Char(' ') + tr("%n entries before it are intact.", nullptr, int(report.checked));
        m_verifyResult->setText(text);
        m_verifyResult->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(Red));
    }
    m_verifyResult->show();
}

} // namespace rw
