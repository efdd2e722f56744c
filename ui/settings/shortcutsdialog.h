#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QPair>

class QTableWidget;

namespace rw {

/**
 * \brief Help → Keyboard shortcuts: the window's shortcuts in a two-column list (what, keys), in the
 * platform's native key names.
 */
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    /** One row: what the shortcut does (translated) and its keys, e.g. {tr("Refresh this page"), F5}. */
    using Entry = QPair<QString, QString>;

    explicit ShortcutsDialog(const QList<Entry> &entries, QWidget *parent = nullptr);

    /** \a sequence in the platform's native text ("Ctrl+," on Linux, "⌘," on macOS). */
    static QString keysText(const QKeySequence &sequence);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace rw
