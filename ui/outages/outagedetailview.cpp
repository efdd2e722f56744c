#include "outagedetailview.h"

#include "outages/outagereport.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

namespace rw {

OutageDetailView::OutageDetailView(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_window(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_backfill(new QProgressBar(this))
    , m_backfillText(new QLabel(this))
    , m_flags(new QLabel(this))
    , m_trail(new QTableWidget(0, 6, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading->setObjectName(QStringLiteral("outageHeading"));
    m_heading->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    layout->addWidget(m_heading);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_window->setWordWrap(true);
    m_notice->setWordWrap(true);
    m_flags->setWordWrap(true);
    m_flags->setObjectName(QStringLiteral("outageFlags"));
    m_backfill->setObjectName(QStringLiteral("backfillBar"));
    m_backfill->setRange(0, 1000);
    m_backfill->setTextVisible(true);
    m_backfillText->setWordWrap(true);
    form->addRow(tr("Window:"), m_window);
    auto *backfill = new QVBoxLayout;
    backfill->addWidget(m_backfill);
    backfill->addWidget(m_backfillText);
    form->addRow(tr("Back-fill:"), backfill);
    form->addRow(tr("Notice:"), m_notice);
    form->addRow(tr("Flags:"), m_flags);
    layout->addLayout(form);
    m_trail->setObjectName(QStringLiteral("noticeTrail"));
    m_trail->setHorizontalHeaderLabels({tr("Received (CST)"), tr("Kind"), tr("Announced window (CST)"),
                                        tr("Streams"), tr("Reason"), tr("Contact")});
    m_trail->horizontalHeader()->setStretchLastSection(true);
    m_trail->verticalHeader()->hide();
    m_trail->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_trail->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(new QLabel(tr("Notice trail (7 days before to 14 days after):"), this));
    layout->addWidget(m_trail, 1);
    clear();
}

void OutageDetailView::clear()
{
    showMessage(tr("Select an outage to see its details."));
}

void OutageDetailView::showMessage(const QString &text)
{
    m_outage = {};
    m_heading->setText(text);
    m_window->clear();
    m_notice->clear();
    m_flags->clear();
    m_backfill->setValue(0);
    m_backfill->setFormat(tr("—"));
    m_backfillText->clear();
    m_trail->setRowCount(0);
}

namespace {

QString streamTitles(const QStringList &keys)
{
    if (keys.isEmpty())
        return OutageDetailView::tr("all");
    QStringList titles;
    for (const QString &key : keys) {
        const auto stream = OutageStreams::fromKey(key);
        titles << (stream ? OutageStreams::title(*stream) : key);
    }
    return titles.join(OutageDetailView::tr(", "));
}

} // namespace

void OutageDetailView::setOutage(const OutageRecord &o)
{
    m_outage = o;
    m_heading->setText(
        tr("Outage #%1: %2, %3").arg(o.id).arg(o.displayCompany(), OutageStreams::title(o.stream)));
    const QString end = o.isOpen() ? tr("ongoing") : OutageReport::cstTime(o.endedAtMs);
    m_window->setText(tr("%1 to %2 (%3); detected %4")
                          .arg(OutageReport::cstTime(o.startedAtMs), end,
                               OutageRecord::durationText(o.durationMs),
                               OutageReport::cstTime(o.detectedAtMs)));
    if (o.backfillRate) {
        m_backfill->setValue(int(std::lround(*o.backfillRate * 1000)));
        m_backfill->setFormat(OutageReport::percent(o.backfillRate));
    } else {
        m_backfill->setValue(0);
        m_backfill->setFormat(tr("nothing expected"));
    }
    m_backfillText->setText(tr("%1 of %2 expected records re-sent (%3 per minute before the gap)")
                                .arg(o.backfilledRecords)
                                .arg(o.expectedRecords)
                                .arg(o.ratePerMinute, 0, 'f', 1));
    m_notice->setText(o.noticeStatus());
    m_flags->setText(o.flags ? o.flagsText() : tr("None: nothing to follow up"));
    m_flags->setStyleSheet(o.flags ? QStringLiteral("color: #b71c1c; font-weight: bold") : QString());

    const auto matched = [&o](const NoticeRecord &n) {
        for (const auto *m : {&o.planned, &o.incident, &o.restoration, &o.report}) {
            if (*m && (*m)->id == n.id)
                return true;
        }
        return false;
    };
    m_trail->setRowCount(int(o.notices.size()));
    for (int i = 0; i < o.notices.size(); ++i) {
        const NoticeRecord &n = o.notices.at(i);
        QString kind = NoticeRecord::kindTitle(n.kind);
        if (n.announcedInTime)
            kind = *n.announcedInTime ? tr("%1, in time").arg(kind) : tr("%1, late").arg(kind);
        if (matched(n))
            kind = tr("%1 — matched").arg(kind);
        const QString window = n.startsAtMs > 0
                                   ? tr("%1 to %2")
                                         .arg(OutageReport::cstTime(n.startsAtMs),
                                              n.endsAtMs > 0 ? OutageReport::cstTime(n.endsAtMs) : tr("open"))
                                   : tr("not given");
        const QStringList cells{OutageReport::cstTime(n.receivedAtMs),
                                kind,
                                window,
                                streamTitles(n.streams),
                                n.reason,
                                n.contact};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            if (matched(n)) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            m_trail->setItem(i, c, item);
        }
    }
    m_trail->resizeColumnsToContents();
}

} // namespace rw
