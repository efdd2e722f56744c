#include "lookupdetailcard.h"

#include "revealdialog.h"

#include "client/vehiclepermitstatus.h"
#include "domain/agetext.h"
#include "fleet/fleetstate.h"
#include "itemmodels/lookupresultmodel.h"
#include "lookup/findingtext.h"
#include "rules/cityrules.h"

#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

#include <limits>

namespace rw {

namespace {

constexpr int ChinaOffsetSeconds = 8 * 3600;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString day(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : LookupDetailCard::tr("not given");
}

QString minute(const QDateTime &time)
{
    return time.isValid()
               ? time.toOffsetFromUtc(ChinaOffsetSeconds).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
               : LookupDetailCard::tr("an unknown time");
}

QString orNotGiven(const QString &text)
{
    return text.isEmpty() ? LookupDetailCard::tr("not given") : text;
}

QString verdictStyle(LookupVerdict::State state)
{
    switch (state) {
    case LookupVerdict::State::Clear:
        return QStringLiteral("background:#d3f9d8;color:#1b5e20;border:1px solid #2b8a3e;");
    case LookupVerdict::State::Refused:
        return QStringLiteral("background:#ffe3e3;color:#a61e1e;border:1px solid #c92a2a;");
    case LookupVerdict::State::Unchecked:
        return QStringLiteral("background:#fff3bf;color:#7a4500;border:1px solid #e67700;");
    }
    return {};
}

} // namespace

LookupDetailCard::LookupDetailCard(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_kind(new QLabel(this))
    , m_verdictLabel(new QLabel(this))
    , m_reasons(new QLabel(this))
    , m_reveal(new QPushButton(tr("Reveal…"), this))
    , m_revealNote(new QLabel(this))
    , m_liveBox(new QGroupBox(tr("On the live map"), this))
    , m_showOnMap(new QPushButton(tr("Show on map"), this))
    , m_conductBox(new QGroupBox(tr("Bad-record list, complaints and penalties"), this))
    , m_conduct(new QLabel(this))
    , m_notes(new QPlainTextEdit(this))
    , m_recordSummary(new QLabel(this))
    , m_print(new QPushButton(tr("Print / Save PDF…"), this))
    , m_newRecord(new QPushButton(tr("New record"), this))
    , m_placeholder(new QLabel(this))
    , m_body(new QWidget(this))
    , m_now([] { return QDateTime::currentSecsSinceEpoch(); })
{
    setObjectName(QStringLiteral("lookupDetailCard"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Permit details"));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    m_kind->setStyleSheet(QStringLiteral("color:#495057;"));
    m_kind->setWordWrap(true);

    // The answer to "may it serve?": the first thing the eye meets, in words and colour.
    QFont verdictFont = m_verdictLabel->font();
    verdictFont.setPointSizeF(verdictFont.pointSizeF() * 1.2);
    verdictFont.setBold(true);
    m_verdictLabel->setFont(verdictFont);
    m_verdictLabel->setWordWrap(true);
    m_verdictLabel->setMargin(6);
    m_verdictLabel->setAccessibleName(tr("Verdict"));
    m_reasons->setTextFormat(Qt::RichText);
    m_reasons->setWordWrap(true);
    m_reasons->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reasons->setAccessibleName(tr("Reasons, article by article"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    addRow(form, Field::Certificate, tr("Certificate"));
    addRow(form, Field::Validity, tr("Validity"));
    addRow(form, Field::Company, tr("Company"));
    addRow(form, Field::Holder, tr("Holder"));
    addRow(form, Field::Details, tr("Details"));
    addRow(form, Field::Judged, tr("Judged"));

    m_reveal->setAccessibleName(tr("Reveal personal data"));
    connect(m_reveal, &QPushButton::clicked, this, &LookupDetailCard::askReason);
    m_revealNote->setWordWrap(true);
    m_revealNote->setStyleSheet(QStringLiteral("color:#495057;"));
    m_labels.insert(Field::Reveal, m_revealNote);
    auto *revealRow = new QHBoxLayout;
    revealRow->addWidget(m_revealNote, 1);
    revealRow->addWidget(m_reveal, 0, Qt::AlignTop);

    auto *liveForm = new QFormLayout;
    liveForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addRow(liveForm, Field::LiveStatus, tr("Status"));
    addRow(liveForm, Field::LiveSpeed, tr("Speed"));
    addRow(liveForm, Field::LiveFix, tr("Last fix"));
    m_showOnMap->setEnabled(false);
    connect(m_showOnMap, &QPushButton::clicked, this, [this] {
        if (m_hit && m_fleet) {
            const int index = findLive();
            if (index >= 0) {
                const VehicleKey key = m_fleet->key(index);
                Q_EMIT showOnMapRequested(key.companyId, key.vehicleNo);
            }
        }
    });
    auto *liveLayout = new QVBoxLayout(m_liveBox);
    liveLayout->addLayout(liveForm);
    liveLayout->addWidget(m_showOnMap, 0, Qt::AlignRight);

    m_conduct->setTextFormat(Qt::RichText);
    m_conduct->setWordWrap(true);
    m_conduct->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_labels.insert(Field::Conduct, m_conduct);
    auto *conductLayout = new QVBoxLayout(m_conductBox);
    conductLayout->addWidget(m_conduct);

    m_notes->setPlaceholderText(
        tr("Notes for the inspection record (what was checked, what the driver said)"));
    m_notes->setAccessibleName(tr("Notes for the inspection record"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(fontMetrics().lineSpacing() * 4 + 12);
    m_recordSummary->setWordWrap(true);
    m_recordSummary->setStyleSheet(QStringLiteral("color:#495057;"));
    m_labels.insert(Field::RecordSummary, m_recordSummary);
    auto *printMenu = new QMenu(this);
    printMenu->addAction(tr("Save as PDF…"), this, &LookupDetailCard::savePdfRequested);
    printMenu->addAction(tr("Print…"), this, &LookupDetailCard::printRequested);
    m_print->setMenu(printMenu);
    m_print->setToolTip(
        tr("The inspection record: officer, time, place, verdicts with their articles, notes"));
    m_newRecord->setToolTip(
        tr("Start a new inspection record: forget the vehicles and drivers looked up so far"));
    connect(m_newRecord, &QPushButton::clicked, this, &LookupDetailCard::newRecordRequested);
    auto *recordButtons = new QHBoxLayout;
    recordButtons->addWidget(m_recordSummary, 1);
    recordButtons->addWidget(m_newRecord, 0, Qt::AlignTop);
    recordButtons->addWidget(m_print, 0, Qt::AlignTop);

    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->addWidget(m_kind);
    body->addWidget(m_verdictLabel);
    body->addWidget(m_reasons);
    body->addLayout(form);
    body->addLayout(revealRow);
    body->addWidget(m_liveBox);
    body->addWidget(m_conductBox);
    body->addWidget(m_notes);
    body->addLayout(recordButtons);

    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setStyleSheet(QStringLiteral("color:#868e96;"));
    m_placeholder->setText(
        tr("Look up a plate, a driver or a company, then pick a permit to see whether it may "
           "serve passengers and why not."));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_body);
    layout->addWidget(m_placeholder, 1);
    layout->addStretch(0);
    setMinimumWidth(340);
    clear();
}

QLabel *LookupDetailCard::addRow(QFormLayout *form, Field field, const QString &name)
{
    auto *value = new QLabel(this);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *label = new QLabel(name, this);
    form->addRow(label, value);
    m_labels.insert(field, value);
    m_rowNames.insert(field, label);
    return value;
}

void LookupDetailCard::setRow(Field field, const QString &text)
{
    QLabel *value = m_labels.value(field);
    value->setText(text);
    const bool shown = !text.isEmpty();
    value->setVisible(shown);
    if (QWidget *name = m_rowNames.value(field))
        name->setVisible(shown);
}

void LookupDetailCard::setFleet(const FleetState *fleet)
{
    m_fleet = fleet;
    m_liveIndex = -1;
    refreshLive();
}

void LookupDetailCard::setClock(std::function<qint64()> clock)
{
    m_now = std::move(clock);
}

void LookupDetailCard::setCityRules(const CityRules *rules)
{
    m_rules = rules;
    if (m_hit) {
        m_verdict = LookupVerdict::of(*m_hit, m_cached, m_judgingDay, m_rules);
        render();
    }
}

void LookupDetailCard::clear()
{
    m_hit.reset();
    m_verdict = {};
    m_revealed = false;
    m_revealReason.clear();
    m_conductRecord.reset();
    m_conductNote.clear();
    m_liveIndex = -1;
    m_observed.clear();
    m_title->clear();
    m_body->hide();
    m_placeholder->show();
}

void LookupDetailCard::showHit(const LookupAnswer &answer, int index)
{
    if (index < 0 || index >= answer.hits.size()) {
        clear();
        return;
    }
    m_hit = answer.hits.at(index);
    m_cached = answer.isCached();
    m_judgedAt = answer.judgedAt();
    m_cachedAt = answer.cachedAt;
    m_judgingDay = LookupResultModel::judgingDay(answer);
    m_verdict = LookupVerdict::of(*m_hit, m_cached, m_judgingDay, m_rules);
    m_revealed = answer.revealed;
    m_revealReason.clear();
    m_conductRecord.reset();
    m_conductNote.clear();
    m_liveIndex = -1;
    m_placeholder->hide();
    m_body->show();
    render();
    refreshLive();
}

bool LookupDetailCard::showRevealed(const LookupAnswer &answer, const QString &reason)
{
    if (!m_hit || !answer.revealed)
        return false;
    for (const LookupHit &hit : answer.hits) {
        if (hit.identity() != m_hit->identity())
            continue;
        m_hit = hit;
        m_judgedAt = answer.judgedAt();
        m_cached = false;
        m_judgingDay = LookupResultModel::judgingDay(answer);
        m_verdict = LookupVerdict::of(*m_hit, m_cached, m_judgingDay, m_rules);
        m_revealed = true;
        m_revealReason = reason;
        render();
        return true;
    }
    return false;
}

QString LookupDetailCard::conductSubject() const
{
    if (!m_hit)
        return {};
    switch (m_hit->kind) {
    case PermitKind::Vehicle:
        return m_hit->vehicle.plate;
    case PermitKind::Driver:
        return m_hit->driver.certificate;
    case PermitKind::Company:
        return {};
    }
    return {};
}

void LookupDetailCard::setConductLoading()
{
    m_conductRecord.reset();
    m_conductNote.clear();
    m_conduct->setText(QStringLiteral("<i>%1</i>").arg(esc(tr("Asking the platform for the record…"))));
}

void LookupDetailCard::setConductUnavailable(const QString &message)
{
    m_conductRecord.reset();
    m_conductNote = message;
    QString html;
    if (m_hit && m_hit->badRecord.has_value())
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(*m_hit->badRecord ? tr("The search says: on the city's bad-record list.")
                                               : tr("The search says: not on the city's bad-record list.")));
    html += QStringLiteral("<p style=\"color:#868e96\">%1</p>").arg(esc(message));
    m_conduct->setText(html);
}

void LookupDetailCard::setConduct(const ConductRecord &record)
{
    m_conductRecord = record;
    m_conductNote.clear();
    QString html;
    const QList<BadRecord> active = record.activeBadRecords();
    const QString article = FindingText::citation(LookupVerdict::badRecordArticle(), m_rules);
    if (active.isEmpty()) {
        html +=
            QStringLiteral("<p>%1</p>").arg(esc(tr("Not on the city's bad-record list (%1).").arg(article)));
    } else {
        html += QStringLiteral("<p style=\"color:#c92a2a\"><b>%1</b></p><ul>")
                    .arg(esc(tr("On the city's bad-record list (%1):").arg(article)));
        for (const BadRecord &b : active)
            html += QStringLiteral("<li>%1</li>")
                        .arg(esc(tr("%1 — listed %2 by %3, until %4")
                                     .arg(b.reason, minute(b.addedAt), b.addedBy,
                                          b.until.isValid() ? day(b.until) : tr("removed"))));
        html += QStringLiteral("</ul>");
    }
    const qsizetype removed = record.badRecords.size() - active.size();
    if (removed > 0)
        html += QStringLiteral("<p style=\"color:#868e96\">%1</p>")
                    .arg(esc(tr("Earlier entries, since removed: %1").arg(removed)));
    if (record.complaints.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("No passenger complaints.")));
    } else {
        const ConductRecord::Complaint &latest = record.complaints.first();
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("Passenger complaints: %1. Latest %2: %3 (%4)")
                                 .arg(record.complaints.size())
                                 .arg(minute(latest.time), latest.detail, latest.result)));
    }
    if (record.penalties.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("No penalties.")));
    } else {
        const ConductRecord::Penalty &latest = record.penalties.first();
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("Penalties: %1. Latest %2: %3 (%4)")
                                 .arg(record.penalties.size())
                                 .arg(minute(latest.time), latest.reason, latest.result)));
    }
    m_conduct->setText(html);
}

void LookupDetailCard::setRevealAvailable(bool available, const QString &whyNot)
{
    m_revealAvailable = available;
    m_revealWhyNot = whyNot;
    if (m_hit)
        render();
}

void LookupDetailCard::setRevealError(const QString &message)
{
    m_revealNote->setText(message);
    m_revealNote->setStyleSheet(QStringLiteral("color:#c92a2a;"));
}

void LookupDetailCard::askReason()
{
    if (!m_hit)
        return;
    auto *dialog =
        new RevealDialog(tr("%1 (certificate %2)").arg(m_hit->title(), m_hit->certificate()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { Q_EMIT revealRequested(dialog->reason()); });
    dialog->open(); // window-modal, without a nested event loop
}

void LookupDetailCard::render()
{
    const LookupHit &h = *m_hit;
    m_title->setText(h.title());
    m_kind->setText(tr("%1 · found by %2")
                        .arg(PermitKinds::name(h.kind), orNotGiven(LookupHit::matchedOnName(h.matchedOn))));
    m_verdictLabel->setText(m_verdict.headline(h.kind));
    m_verdictLabel->setStyleSheet(verdictStyle(m_verdict.state));

    QString reasons;
    if (!m_verdict.reasons.isEmpty()) {
        reasons = QStringLiteral("<ol style=\"margin-left:0\">");
        for (const LookupVerdict::Reason &r : m_verdict.reasons)
            reasons += QStringLiteral("<li><b>%1</b> — %2</li>")
                           .arg(esc(FindingText::citation(r.article, m_rules)), esc(r.text));
        reasons += QStringLiteral("</ol>");
    } else if (m_verdict.state == LookupVerdict::State::Unchecked) {
        reasons =
            esc(tr("The platform did not report the city's conditions (rule findings, bad-record list) for "
                   "this permit: only its validity was checked."));
    }
    m_reasons->setText(reasons);
    m_reasons->setVisible(!reasons.isEmpty());

    setRow(Field::Certificate, h.certificate());
    QString validity = tr("%1 to %2").arg(day(h.validFrom()), day(h.lastDay()));
    if (h.kind == PermitKind::Vehicle && h.vehicle.validTo.isValid() && h.lastDay() != h.vehicle.validTo)
        validity +=
            QLatin1Char('\n') + tr("The certificate reads %1; Art. 41 ends it 8 years after the first "
                                   "registration (%2).")
                                    .arg(day(h.vehicle.validTo), day(h.vehicle.firstRegistration));
    setRow(Field::Validity, validity);
    setRow(Field::Company, h.kind == PermitKind::Driver && !h.driver.companyName.isEmpty()
                               ? tr("%1 (%2)").arg(h.driver.companyName, h.driver.companyId)
                               : orNotGiven(h.companyId()));

    QStringList holder;
    QStringList details;
    switch (h.kind) {
    case PermitKind::Vehicle: {
        const VehiclePermit &v = h.vehicle;
        holder << tr("Owner: %1").arg(orNotGiven(v.ownerName));
        const QString make = QStringList{v.brand, v.model}.join(QLatin1Char(' ')).simplified();
        if (!make.isEmpty())
            details << make;
        if (v.seats > 0)
            details << tr("%1 seats").arg(v.seats);
        if (v.wheelbaseMm > 0)
            details << tr("wheelbase %1 mm").arg(v.wheelbaseMm);
        if (v.firstRegistration.isValid())
            details << tr("first registered %1").arg(day(v.firstRegistration));
        if (!v.vin.isEmpty())
            details << tr("VIN %1").arg(v.vin);
        break;
    }
    case PermitKind::Driver: {
        const DriverPermit &d = h.driver;
        holder << tr("Name: %1").arg(orNotGiven(d.name)) << tr("ID number: %1").arg(orNotGiven(d.idNumber))
               << tr("Driving licence: %1").arg(orNotGiven(d.licenceNumber))
               << tr("Phone: %1").arg(orNotGiven(d.phone));
        if (!d.driverType.isEmpty())
            details << tr("licence class %1").arg(d.driverType);
        if (d.licenceFirstIssue.isValid())
            details << tr("driving since %1").arg(day(d.licenceFirstIssue));
        break;
    }
    case PermitKind::Company: {
        const CompanyPermit &c = h.company;
        if (!c.operationArea.isEmpty())
            details << tr("operating area %1").arg(c.operationArea);
        if (!c.identifier.isEmpty())
            details << tr("credit code %1").arg(c.identifier);
        break;
    }
    }
    setRow(Field::Holder, holder.join(QLatin1Char('\n')));
    setRow(Field::Details, details.join(tr(", ")));
    setRow(Field::Judged, m_cached ? tr("From the offline cache: as the platform judged it at %1 (cached %2)")
                                         .arg(minute(m_judgedAt), minute(m_cachedAt))
                                   : tr("By the platform at %1").arg(minute(m_judgedAt)));
    m_labels[Field::Judged]->setStyleSheet(m_cached ? QStringLiteral("color:#a65e00;") : QString());

    // Personal data: a driver's, and a vehicle's owner when a person (the platform masks it then); a
    // company's permit has none to reveal.
    const bool personal =
        h.kind == PermitKind::Driver ||
        (h.kind == PermitKind::Vehicle && (m_revealed || h.vehicle.ownerName.contains(QLatin1Char('*'))));
    m_reveal->setVisible(personal && !m_revealed);
    m_revealNote->setVisible(personal);
    m_revealNote->setStyleSheet(QStringLiteral("color:#495057;"));
    if (m_revealed) {
        m_revealNote->setText(
            m_revealReason.isEmpty()
                ? tr("Personal data shown in clear.")
                : tr("Personal data shown in clear; reason recorded: %1").arg(m_revealReason));
    } else {
        const bool available = m_revealAvailable && !m_cached;
        const QString why =
            m_cached ? tr("Revealing needs the platform: it is audited, and the platform cannot be "
                          "reached.")
                     : m_revealWhyNot;
        m_reveal->setEnabled(available);
        m_reveal->setToolTip(available
                                 ? tr("Show the personal data in clear; the reason is recorded in the audit "
                                      "trail")
                                 : why);
        m_revealNote->setText(available ? tr("Personal data is masked.")
                                        : tr("Personal data is masked. %1").arg(why));
    }

    m_liveBox->setVisible(h.kind == PermitKind::Vehicle);
    m_conductBox->setVisible(h.kind != PermitKind::Company);
}

int LookupDetailCard::findLive() const
{
    if (!m_hit || !m_fleet || m_hit->kind != PermitKind::Vehicle)
        return -1;
    const QString plate = VehiclePermitStatus::normalisedPlate(m_hit->vehicle.plate);
    const auto matches = [&](int i) {
        return i >= 0 && i < m_fleet->size() &&
               VehiclePermitStatus::normalisedPlate(m_fleet->key(i).vehicleNo) == plate;
    };
    if (matches(m_liveIndex))
        return m_liveIndex; // indices change when vehicles are forgotten: checked each time
    int found = m_fleet->indexOf(VehicleKey{m_hit->vehicle.companyId, m_hit->vehicle.plate});
    if (found < 0) {
        // Sent with spaces or "·", or by another platform: the newest fix of the plate. A scan, once a
        // second at most while the card shows a vehicle that is not found.
        qint64 newest = std::numeric_limits<qint64>::min();
        for (int i = 0; i < m_fleet->size(); ++i) {
            if (!matches(i))
                continue;
            const qint64 time = m_fleet->fix(i).positionTime;
            if (time > newest) {
                newest = time;
                found = i;
            }
        }
    }
    m_liveIndex = found;
    return found;
}

void LookupDetailCard::refreshLive()
{
    if (!m_hit || m_hit->kind != PermitKind::Vehicle)
        return;
    const int index = findLive();
    if (index < 0) {
        const QString why = m_fleet ? tr("Not on the live map: no position of this plate has arrived")
                                    : tr("Live data is not connected");
        setRow(Field::LiveStatus, why);
        setRow(Field::LiveSpeed, {});
        setRow(Field::LiveFix, {});
        m_showOnMap->setEnabled(false);
        m_observed = why;
        return;
    }
    const VehicleFix fix = m_fleet->fix(index);
    const qint64 now = m_now();
    const bool stale = m_fleet->isStale(index, now);
    QString status = bizStatusName(m_fleet->status(index));
    if (fix.key.companyId != m_hit->vehicle.companyId)
        status = tr("%1, for company %2 (the permit is %3's)")
                     .arg(status, fix.key.companyId, m_hit->vehicle.companyId);
    setRow(Field::LiveStatus, status);
    setRow(Field::LiveSpeed,
           fix.speed >= 0 ? tr("%1 km/h").arg(double(fix.speed), 0, 'f', 0) : tr("not sent"));
    const qint64 elapsed = now - fix.positionTime;
    const QString age = elapsed < 0 ? AgeText::format(elapsed) : tr("%1 ago").arg(AgeText::format(elapsed));
    // Seed 000 Art. 15(三): positions within 60 s.
    setRow(Field::LiveFix,
           stale ? tr("%1 — stale (no fix for over %2 s)").arg(age).arg(m_fleet->staleAfter()) : age);
    m_labels[Field::LiveFix]->setStyleSheet(stale ? QStringLiteral("color:#c92a2a;font-weight:bold;")
                                                  : QString());
    m_showOnMap->setEnabled(true);
    m_observed = tr("%1, %2, last fix %3").arg(status, text(Field::LiveSpeed), age);
}

InspectionRecord::Subject LookupDetailCard::recordSubject() const
{
    InspectionRecord::Subject s;
    if (!m_hit)
        return s;
    s.hit = *m_hit;
    s.verdict = m_verdict;
    s.cached = m_cached;
    s.judgedAt = m_judgedAt;
    s.cachedAt = m_cachedAt;
    s.revealed = m_revealed;
    s.revealReason = m_revealReason;
    s.conduct = m_conductRecord;
    s.conductNote = m_conductNote;
    s.observed = m_hit->kind == PermitKind::Vehicle ? m_observed : QString();
    return s;
}

QString LookupDetailCard::notes() const
{
    return m_notes->toPlainText();
}

void LookupDetailCard::setNotes(const QString &notes)
{
    m_notes->setPlainText(notes);
}

void LookupDetailCard::setRecordSummary(const QString &summary)
{
    m_recordSummary->setText(summary);
}

void LookupDetailCard::setPrintBusy(bool busy)
{
    m_print->setEnabled(!busy);
    m_print->setText(busy ? tr("Writing the record…") : tr("Print / Save PDF…"));
}

QString LookupDetailCard::text(Field field) const
{
    switch (field) {
    case Field::Title:
        return m_title->text();
    case Field::Kind:
        return m_kind->text();
    case Field::Verdict:
        return m_verdictLabel->text();
    case Field::Reasons: {
        QTextDocument plain;
        plain.setHtml(m_reasons->text());
        return plain.toPlainText();
    }
    case Field::Conduct: {
        QTextDocument plain;
        plain.setHtml(m_conduct->text());
        return plain.toPlainText();
    }
    default:
        break;
    }
    const QLabel *label = m_labels.value(field);
    return label && label->isVisibleTo(this) ? label->text() : QString();
}

} // namespace rw
