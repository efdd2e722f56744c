#include "qualityrecordview.h"

#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rw {

namespace {

constexpr int ChinaOffsetSeconds = 8 * 3600;

QString cst(const QDateTime &time)
{
    return time.isValid() ? QualityRecordView::tr("%1 (UTC+8)")
                                .arg(time.toOffsetFromUtc(ChinaOffsetSeconds)
                                         .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                          : QualityRecordView::tr("unknown");
}

} // namespace

QualityRecordView::QualityRecordView(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_failed(new QLabel(this))
    , m_fields(new QTableWidget(0, 2, this))
    , m_raw(new QPlainTextEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_failed->setWordWrap(true);
    m_failed->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fields->setObjectName(QStringLiteral("recordFields"));
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("Value")});
    m_fields->horizontalHeader()->setStretchLastSection(true);
    m_fields->verticalHeader()->hide();
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_raw->setReadOnly(true);
    m_raw->setObjectName(QStringLiteral("recordRaw"));
    layout->addWidget(m_header);
    layout->addWidget(m_failed);
    layout->addWidget(m_fields, 1);
    layout->addWidget(m_raw, 1);
    clear();
}

void QualityRecordView::clear()
{
    showPlaceholder(tr("Double-click a sample record to see it here."));
}

void QualityRecordView::showPlaceholder(const QString &text)
{
    m_header->setText(text);
    m_failed->clear();
    m_failed->hide();
    m_fields->setRowCount(0);
    m_fields->hide();
    m_raw->clear();
    m_raw->hide();
}

void QualityRecordView::setRecord(const QualityRawRecord &r)
{
    const QString where =
        r.isQuarantined() ? tr("quarantined record %1").arg(r.rowId) : tr("record %1").arg(r.rowId);
    QString header =
        tr("%1 %2 of company %3, received %4").arg(r.ipcType, where, r.companyId, cst(r.receivedAt));
    if (r.businessTime.isValid())
        header += QLatin1Char('\n') + tr("Business time %1").arg(cst(r.businessTime));
    if (!r.masked.isEmpty())
        header += QLatin1Char('\n') + tr("%n field(s) masked: personal data your role may not see in clear.",
                                         "", int(r.masked.size()));
    m_header->setText(header);
    QStringList failed = r.failedRules;
    m_failed->setText(failed.isEmpty() ? tr("Failed rules: none reported")
                                       : tr("Failed rules: %1").arg(failed.join(tr(", "))));
    m_failed->show();
    const QStringList names = r.fields.keys();
    m_fields->setRowCount(int(names.size()));
    for (int row = 0; row < names.size(); ++row) {
        const QString &name = names.at(row);
        auto *nameItem = new QTableWidgetItem(name);
        auto *valueItem = new QTableWidgetItem(r.fieldText(name));
        if (r.isMasked(name)) {
            // Marked, not just starred: the value's own asterisks could look like data.
            nameItem->setText(tr("%1 (masked)").arg(name));
            QFont italic = valueItem->font();
            italic.setItalic(true);
            valueItem->setFont(italic);
            valueItem->setToolTip(tr("Masked by the platform: personal data"));
        }
        m_fields->setItem(row, 0, nameItem);
        m_fields->setItem(row, 1, valueItem);
    }
    m_fields->resizeColumnToContents(0);
    m_fields->setVisible(!names.isEmpty());
    if (r.isQuarantined()) {
        QString text;
        if (!r.reasons.isEmpty())
            text += tr("Validation errors:") + QLatin1Char('\n') + r.reasons.join(QLatin1Char('\n')) +
                    QStringLiteral("\n\n");
        text += tr("As received:") + QLatin1Char('\n') + r.raw;
        m_raw->setPlainText(text);
        m_raw->show();
    } else {
        m_raw->clear();
        m_raw->hide();
    }
}

} // namespace rw
