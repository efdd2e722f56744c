#include "qualityviolationsview.h"

#include "qualityrecordview.h"

#include "itemmodels/qualityviolationmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace rw {

QualityViolationsView::QualityViolationsView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_model(new QualityViolationModel(this))
    , m_record(new QualityRecordView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_title->setWordWrap(true);
    m_title->setObjectName(QStringLiteral("violationsTitle"));
    layout->addWidget(m_title);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_tree->setObjectName(QStringLiteral("violationsTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_record);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_record->setMinimumWidth(340);
    layout->addWidget(splitter, 1);
    connect(m_tree, &QTreeView::doubleClicked, this, &QualityViolationsView::activate);
    connect(m_tree, &QTreeView::activated, this, &QualityViolationsView::activate);
    clear();
}

void QualityViolationsView::clear()
{
    m_model->clear();
    m_record->clear();
    m_title->setText(tr("Double-click a company's rate in the ranking to see the rules its records broke."));
}

void QualityViolationsView::showLoading(const QString &what)
{
    m_model->clear();
    m_record->clear();
    m_title->setText(what);
}

void QualityViolationsView::setList(const QualityViolationList &list, const QString &companyName,
                                    std::optional<QualityDimension> dimension)
{
    m_model->setList(list);
    m_record->clear();
    const QString who = companyName.isEmpty() ? list.companyId : companyName;
    const QString what =
        dimension ? tr("%1 in %2, %3").arg(who, list.period.key(), QualityDimensions::title(*dimension))
                  : tr("%1 in %2, all dimensions").arg(who, list.period.key());
    m_title->setText(list.rules.isEmpty()
                         ? tr("%1: no rule was broken.").arg(what)
                         : tr("%1: %n rule(s) broken, %2 violations in all.", "", int(list.rules.size()))
                               .arg(what)
                               .arg(list.totalViolations()));
    m_tree->expandAll();
    // Fit the columns to their contents, but no wider than a long rule description should make them: the
    // whole text is in the tooltip.
    for (int c = 0; c < QualityViolationModel::ColumnCount - 1; ++c) {
        m_tree->resizeColumnToContents(c);
        m_tree->setColumnWidth(c, std::min(m_tree->columnWidth(c), c == 0 ? 380 : 180));
    }
}

void QualityViolationsView::activate(const QModelIndex &index)
{
    const auto sample = m_model->sampleAt(index);
    if (!sample)
        return;
    if (sample->path.isEmpty()) {
        m_record->showPlaceholder(tr("The platform gave no path to this sample's raw record."));
        return;
    }
    m_record->showPlaceholder(tr("Loading %1…").arg(sample->recordKey));
    Q_EMIT sampleActivated(sample->path);
}

void QualityViolationsView::showRecord(const QualityRawRecord &record)
{
    m_record->setRecord(record);
}

void QualityViolationsView::showRecordProblem(const QString &message)
{
    m_record->showPlaceholder(message);
}

} // namespace rw
