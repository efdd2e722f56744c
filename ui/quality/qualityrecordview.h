#pragma once

#include "quality/qualityrawrecord.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace rw {

/**
 * \brief One raw record behind a violation sample (QualityRawRecord): which interface, company and row, when
 * it was received, the quality rules it failed, and its fields as the platform received them — a masked
 * field (personal data the account may not see in clear) marked as such; for a quarantined record the
 * validation errors and the bytes as text.
 */
class QualityRecordView : public QWidget
{
    Q_OBJECT

public:
    explicit QualityRecordView(QWidget *parent = nullptr);

    void setRecord(const QualityRawRecord &record);
    /** Shows \a text instead of a record ("Loading…", a failure). */
    void showPlaceholder(const QString &text);
    void clear();

    QLabel *headerLabel() const { return m_header; }
    QLabel *failedRulesLabel() const { return m_failed; }
    QTableWidget *fieldTable() const { return m_fields; }
    QPlainTextEdit *rawText() const { return m_raw; }

private:
    QLabel *m_header;
    QLabel *m_failed;
    QTableWidget *m_fields;
    QPlainTextEdit *m_raw;
};

} // namespace rw
