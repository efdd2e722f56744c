#pragma once

#include <QByteArray>
#include <QDialog>
#include <QHash>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace rw {

class ConsoleSettings;
class InlineMessage;

/**
 * \brief The console's Settings dialog (issue 8): the platform's address and its pinned certificate, the
 * map's tile source and key, and the language.
 *
 * Every field is checked as it is edited (ConsoleSettings' rules); an error shows under its field, naming it,
 * and OK stays disabled until all are valid. Nothing is written before OK: the pin actions (forget, import)
 * apply then too. The language and the platform take effect at the next start (the open pages and the running
 * connection are not rebuilt under the officer); the caller can apply the tile source at once.
 */
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(ConsoleSettings *settings, QWidget *parent = nullptr);

    QLineEdit *platformUrlEdit() const { return m_platformUrl; }
    InlineMessage *platformError() const { return m_platformError; }
    QLabel *fingerprintLabel() const { return m_fingerprint; }
    QPushButton *forgetPinButton() const { return m_forgetPin; }
    QPushButton *importPinButton() const { return m_importPin; }
    InlineMessage *pinError() const { return m_pinError; }
    QComboBox *tileSourceBox() const { return m_tileKind; }
    QLineEdit *tileValueEdit() const { return m_tileValue; }
    InlineMessage *tileError() const { return m_tileError; }
    QComboBox *languageBox() const { return m_language; }
    QPushButton *okButton() const;
    /** Whether the entries are all valid (what enables OK). */
    bool isValid() const;

public Q_SLOTS:
    /**
     * Pins, at OK, the certificate in \a path (PEM or DER) for the platform address entered; false with the
     * reason under the certificate otherwise. The Import button asks for the file and calls this.
     */
    bool importCertificate(const QString &path);
    /** Forgets, at OK, the pin of the platform address entered: its next connection asks again. */
    void forgetPin();
    void accept() override;

protected:
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void validate();
    void showPin();
    void showTileKind();
    /** The host:port of the entered address; empty if it is empty or invalid. */
    QString enteredHostPort() const;
    QByteArray shownFingerprint() const;

    ConsoleSettings *m_settings;
    QLineEdit *m_platformUrl;
    InlineMessage *m_platformError;
    QLabel *m_fingerprint;
    QPushButton *m_forgetPin;
    QPushButton *m_importPin;
    InlineMessage *m_pinError;
    QComboBox *m_tileKind;
    QLabel *m_tileValueLabel;
    QLineEdit *m_tileValue;
    QPushButton *m_browseTiles;
    InlineMessage *m_tileError;
    QComboBox *m_language;
    QDialogButtonBox *m_buttons;
    QHash<int, QString> m_tileValues;     //!< the value edited for each tile kind, kept while switching
    QHash<QString, QByteArray> m_newPins; //!< host:port → SHA-256 to pin at OK; empty: forget the pin
};

} // namespace rw
