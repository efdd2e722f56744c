#pragma once

#include "quality/qualityrawrecord.h"
#include "quality/qualityviolationlist.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTreeView;

namespace rw {

class QualityRecordView;
class QualityViolationModel;

/**
 * \brief The drill-down of the Scores page: the rules one company's records broke in a period (a
 * QualityViolationModel tree: rule, dimension, article, count, by interface, with its sample records under
 * it), and beside it the raw record of the sample double-clicked (QualityRecordView).
 *
 * The view asks nothing itself: sampleActivated(path) asks the page to load the record, which comes back
 * through showRecord().
 */
class QualityViolationsView : public QWidget
{
    Q_OBJECT

public:
    explicit QualityViolationsView(QWidget *parent = nullptr);

    /** "Loading the violations of …" while a request is on its way. */
    void showLoading(const QString &what);
    void setList(const QualityViolationList &list, const QString &companyName,
                 std::optional<QualityDimension> dimension);
    void showRecord(const QualityRawRecord &record);
    void showRecordProblem(const QString &message);
    void clear();

    QLabel *titleLabel() const { return m_title; }
    QTreeView *tree() const { return m_tree; }
    QualityViolationModel *model() const { return m_model; }
    QualityRecordView *recordView() const { return m_record; }

public Q_SLOTS:
    /** Opens the sample at \a index of the tree (as a double-click does). */
    void activate(const QModelIndex &index);

Q_SIGNALS:
    void sampleActivated(const QString &path);

private:
    QLabel *m_title;
    QTreeView *m_tree;
    QualityViolationModel *m_model;
    QualityRecordView *m_record;
};

} // namespace rw
