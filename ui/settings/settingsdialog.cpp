#include "settingsdialog.h"

#include "client/certificatepin.h"
#include "session/fitheight.h"
#include "session/inlinemessage.h"
#include "settings/consolesettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QSettings>
#include <QVBoxLayout>

namespace rw {

SettingsDialog::SettingsDialog(ConsoleSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_platformUrl(new QLineEdit(this))
    , m_platformError(new InlineMessage(this))
    , m_fingerprint(new QLabel(this))
    , m_forgetPin(new QPushButton(tr("&Forget pin"), this))
    , m_importPin(new QPushButton(tr("&Import certificate…"), this))
    , m_pinError(new InlineMessage(this))
    , m_tileKind(new QComboBox(this))
    , m_tileValueLabel(new QLabel(this))
    , m_tileValue(new QLineEdit(this))
    , m_browseTiles(new QPushButton(tr("&Browse…"), this))
    , m_tileError(new InlineMessage(this))
    , m_language(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetNoConstraint); // see fitHeightToContents()

    // The platform and its certificate (DESIGN §4: pinned, trust on first use).
    auto *platformBox = new QGroupBox(tr("Industry platform"), this);
    auto *platformForm = new QFormLayout(platformBox);
    m_platformUrl->setObjectName(QStringLiteral("platformUrl"));
    m_platformUrl->setPlaceholderText(tr("Empty: the embedded reference platform with simulated traffic"));
    m_platformUrl->setText(m_settings->platformUrl());
    m_platformUrl->setMinimumWidth(m_platformUrl->fontMetrics().horizontalAdvance(QLatin1Char('m')) * 36);
    platformForm->addRow(tr("Platform &address:"), m_platformUrl);
    m_platformError->setObjectName(QStringLiteral("platformError"));
    platformForm->addRow(m_platformError);
    m_fingerprint->setObjectName(QStringLiteral("pinnedFingerprint"));
    m_fingerprint->setWordWrap(true);
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    platformForm->addRow(tr("Pinned certificate:"), m_fingerprint);
    auto *pinButtons = new QHBoxLayout;
    m_forgetPin->setObjectName(QStringLiteral("forgetPin"));
    m_forgetPin->setToolTip(tr("The next connection shows the platform's certificate for you to approve."));
    m_importPin->setObjectName(QStringLiteral("importPin"));
    m_importPin->setToolTip(
        tr("Pin the certificate the platform's operator gave you, before the first connection."));
    pinButtons->addWidget(m_forgetPin);
    pinButtons->addWidget(m_importPin);
    pinButtons->addStretch(1);
    platformForm->addRow(QString(), pinButtons);
    m_pinError->setObjectName(QStringLiteral("pinError"));
    platformForm->addRow(m_pinError);
    layout->addWidget(platformBox);

    // The map's tiles: TileSource's own settings.
    auto *mapBox = new QGroupBox(tr("Map tiles"), this);
    auto *mapForm = new QFormLayout(mapBox);
    m_tileKind->setObjectName(QStringLiteral("tileSource"));
    m_tileKind->addItem(tr("None (the offline base map)"), int(TileSource::Kind::None));
    m_tileKind->addItem(tr("Tianditu (天地图)"), int(TileSource::Kind::Tianditu));
    m_tileKind->addItem(tr("OpenStreetMap"), int(TileSource::Kind::OpenStreetMap));
    m_tileKind->addItem(tr("Tile server (XYZ URL template)"), int(TileSource::Kind::Xyz));
    m_tileKind->addItem(tr("MBTiles file"), int(TileSource::Kind::MBTiles));
    for (int i = 0; i < m_tileKind->count(); ++i) {
        const auto kind = TileSource::Kind(m_tileKind->itemData(i).toInt());
        m_tileValues.insert(int(kind), m_settings->tileValue(kind));
    }
    m_tileKind->setCurrentIndex(m_tileKind->findData(int(m_settings->tileSource().kind())));
    mapForm->addRow(tr("Tile &source:"), m_tileKind);
    m_tileValue->setObjectName(QStringLiteral("tileValue"));
    auto *valueRow = new QHBoxLayout;
    valueRow->addWidget(m_tileValue, 1);
    valueRow->addWidget(m_browseTiles);
    m_tileValueLabel->setBuddy(m_tileValue);
    mapForm->addRow(m_tileValueLabel, valueRow);
    m_tileError->setObjectName(QStringLiteral("tileError"));
    mapForm->addRow(m_tileError);
    layout->addWidget(mapBox);

    // The language: each named in its own language, so that anyone finds theirs.
    auto *languageBox = new QGroupBox(tr("Language"), this);
    auto *languageForm = new QFormLayout(languageBox);
    m_language->setObjectName(QStringLiteral("language"));
    const QString systemLanguage = QLocale::system().nativeLanguageName();
    for (const QString &code : ConsoleSettings::languages()) {
        QString name = ConsoleSettings::nativeLanguageName(code);
        if (code.isEmpty())
            name = systemLanguage.isEmpty() ? tr("Follow the system")
                                            : tr("Follow the system (%1)").arg(systemLanguage);
        m_language->addItem(name, code);
    }
    m_language->setCurrentIndex(m_language->findData(m_settings->language()));
    languageForm->addRow(tr("&Language:"), m_language);
    layout->addWidget(languageBox);

    auto *note = new QLabel(tr("The language and the platform address take effect the next time RideWatch "
                               "starts; the map tiles change at once."),
                            this);
    note->setObjectName(QStringLiteral("restartNote"));
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_platformUrl, &QLineEdit::textChanged, this, [this] {
        m_pinError->clear();
        validate();
    });
    connect(m_forgetPin, &QPushButton::clicked, this, &SettingsDialog::forgetPin);
    connect(m_importPin, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("The platform's certificate"), QString(),
                                         tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
        if (!path.isEmpty())
            importCertificate(path);
    });
    connect(m_tileKind, &QComboBox::currentIndexChanged, this, &SettingsDialog::showTileKind);
    connect(m_tileValue, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_tileValues.insert(m_tileKind->currentData().toInt(), text);
        validate();
    });
    connect(m_browseTiles, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("MBTiles file"), m_tileValue->text(),
                                                          tr("MBTiles (*.mbtiles);;All files (*)"));
        if (path.isEmpty())
            return;
        m_tileValue->setText(path);
        m_tileValues.insert(m_tileKind->currentData().toInt(), path);
        validate();
    });
    showTileKind();
}

bool SettingsDialog::event(QEvent *event)
{
    const bool handled = QDialog::event(event);
    // An error appearing under a field: the dialog grows to show it whole (word-wrapped).
    if (event->type() == QEvent::LayoutRequest)
        fitHeightToContents(this);
    return handled;
}

void SettingsDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    fitHeightToContents(this);
}

QPushButton *SettingsDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

bool SettingsDialog::isValid() const
{
    return ConsoleSettings::platformUrlProblem(m_platformUrl->text()).isEmpty() &&
           m_settings->tileProblem(TileSource::Kind(m_tileKind->currentData().toInt()), m_tileValue->text())
               .isEmpty();
}

void SettingsDialog::showTileKind()
{
    const auto kind = TileSource::Kind(m_tileKind->currentData().toInt());
    m_tileValue->setText(m_tileValues.value(int(kind)));
    switch (kind) {
    case TileSource::Kind::Tianditu:
        m_tileValueLabel->setText(tr("&Key (tk):"));
        m_tileValue->setPlaceholderText(tr("The key registered with Tianditu"));
        break;
    case TileSource::Kind::OpenStreetMap:
    case TileSource::Kind::Xyz:
        m_tileValueLabel->setText(tr("&URL template:"));
        m_tileValue->setPlaceholderText(QStringLiteral("https://…/{z}/{x}/{y}.png"));
        break;
    case TileSource::Kind::MBTiles:
        m_tileValueLabel->setText(tr("&MBTiles file:"));
        m_tileValue->setPlaceholderText(tr("An .mbtiles file"));
        break;
    case TileSource::Kind::None:
        m_tileValueLabel->setText(QString());
        m_tileValue->setPlaceholderText(QString());
        break;
    }
    // The key is a credential: not shown to someone looking over the officer's shoulder.
    m_tileValue->setEchoMode(kind == TileSource::Kind::Tianditu ? QLineEdit::PasswordEchoOnEdit
                                                                : QLineEdit::Normal);
    m_tileValue->setVisible(kind != TileSource::Kind::None);
    m_tileValueLabel->setVisible(kind != TileSource::Kind::None);
    m_browseTiles->setVisible(kind == TileSource::Kind::MBTiles);
    validate();
}

void SettingsDialog::validate()
{
    m_platformError->showMessage(ConsoleSettings::platformUrlProblem(m_platformUrl->text()));
    m_tileError->showMessage(
        m_settings->tileProblem(TileSource::Kind(m_tileKind->currentData().toInt()), m_tileValue->text()));
    okButton()->setEnabled(isValid());
    showPin();
}

QString SettingsDialog::enteredHostPort() const
{
    const QString url = m_platformUrl->text().trimmed();
    if (url.isEmpty() || !ConsoleSettings::platformUrlProblem(url).isEmpty())
        return {};
    return CertificatePin::hostPortOf(QUrl(url));
}

QByteArray SettingsDialog::shownFingerprint() const
{
    const QString hostPort = enteredHostPort();
    if (hostPort.isEmpty())
        return {};
    const auto pending = m_newPins.constFind(hostPort);
    return pending != m_newPins.constEnd() ? *pending : m_settings->pinnedFingerprint(m_platformUrl->text());
}

void SettingsDialog::showPin()
{
    const QString hostPort = enteredHostPort();
    const QByteArray sha256 = shownFingerprint();
    if (m_platformUrl->text().trimmed().isEmpty())
        m_fingerprint->setText(tr("The embedded platform's certificate is pinned at every start."));
    else if (hostPort.isEmpty())
        m_fingerprint->setText(tr("None (enter a valid platform address first)."));
    else if (sha256.isEmpty())
        m_fingerprint->setText(
            tr("None for %1: the next connection shows the platform's certificate for you to approve.")
                .arg(hostPort));
    else
        m_fingerprint->setText(tr("SHA-256 for %1:\n%2").arg(hostPort, CertificatePin::format(sha256)));
    m_forgetPin->setEnabled(!sha256.isEmpty());
    m_importPin->setEnabled(!hostPort.isEmpty());
}

bool SettingsDialog::importCertificate(const QString &path)
{
    const QString hostPort = enteredHostPort();
    if (hostPort.isEmpty()) {
        m_pinError->showMessage(
            tr("Pinned certificate: enter the platform's https address before importing its certificate."));
        return false;
    }
    QString error;
    const QByteArray sha256 = ConsoleSettings::fingerprintOfFile(path, &error);
    if (sha256.isEmpty()) {
        m_pinError->showMessage(tr("Pinned certificate: %1").arg(error));
        return false;
    }
    m_pinError->clear();
    m_newPins.insert(hostPort, sha256);
    showPin();
    return true;
}

void SettingsDialog::forgetPin()
{
    const QString hostPort = enteredHostPort();
    if (hostPort.isEmpty())
        return;
    m_newPins.insert(hostPort, QByteArray());
    m_pinError->clear();
    showPin();
}

void SettingsDialog::accept()
{
    validate();
    if (!isValid())
        return;
    QString error;
    const bool written = m_settings->setPlatformUrl(m_platformUrl->text(), &error) &&
                         m_settings->setTileSource(TileSource::Kind(m_tileKind->currentData().toInt()),
                                                   m_tileValue->text(), &error) &&
                         m_settings->setLanguage(m_language->currentData().toString(), &error);
    if (!written) {
        m_platformError->showMessage(error); // not expected: the same checks enabled OK
        return;
    }
    // The pins are keyed by host:port: a pin made for an address typed earlier stays valid for it.
    for (auto it = m_newPins.cbegin(); it != m_newPins.cend(); ++it) {
        const QString url = QStringLiteral("https://") + it.key();
        if (it.value().isEmpty())
            m_settings->forgetPin(url);
        else
            m_settings->pinCertificate(url, it.value());
    }
    m_settings->settings()->sync();
    QDialog::accept();
}

} // namespace rw
