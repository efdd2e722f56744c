#pragma once

#include "map/tilesource.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

class QSettings;

namespace rw {

/**
 * \brief The console's own settings, typed and validated, over an injected QSettings (it must outlive this).
 *
 * What the Settings dialog edits and the composition root reads:
 * - the platform address ("platform/url"): empty for the embedded reference platform, otherwise an https URL
 *   with a host (the console pins the platform's certificate, DESIGN §4);
 * - the language ("ui/language"): "" follows the system, "zh_CN" or "en" chooses; chooseLocale() orders the
 *   RIDEWATCH_LANG variable before it and the system locale after it;
 * - the map's tile source: the very keys TileSource::fromSettings() reads ("map/source", "map/tiandituKey",
 *   "map/osmUrl", "map/xyzUrl", "map/mbtilesPath"); the other "map/" keys (datum, sub-domains, …) are kept;
 * - the pinned platform certificates, through CertificatePinStore ("certificatePins/");
 * - the main window's layout ("window/"): geometry, state, the current page per role, splitter states.
 *
 * Setters validate and return false with an error naming the setting, the rule and the value; nothing is
 * written then.
 */
class ConsoleSettings
{
    Q_DECLARE_TR_FUNCTIONS(rw::ConsoleSettings)

public:
    explicit ConsoleSettings(QSettings *settings);

    QSettings *settings() const { return m_settings; }

    // --- The platform ---
    /** The platform's address as stored; empty: the embedded reference platform. */
    QString platformUrl() const;
    /** Why \a url cannot be the platform address (empty when it can: "" or https://host[:port][/path]). */
    static QString platformUrlProblem(const QString &url);
    bool setPlatformUrl(const QString &url, QString *error = nullptr);
    /**
     * The platform the console connects to: \a commandLine (--platform) when given, whatever it holds (the
     * caller checks it as before), else \a setting (platformUrl()) when valid; nullopt: the embedded
     * reference platform. An invalid setting is ignored with its problem in \a problem.
     */
    static std::optional<QString> choosePlatform(const std::optional<QString> &commandLine,
                                                 const QString &setting, QString *problem = nullptr);

    // --- The language ---
    /** The stored choice: "" (follow the system), "zh_CN" or "en"; anything else stored reads as "". */
    QString language() const;
    /** The choices, in the order the dialog lists them: "", "zh_CN", "en". */
    static QStringList languages();
    /** A language's name in that language ("中文（简体）", "English"); empty for "" (follow the system). */
    static QString nativeLanguageName(const QString &code);
    static QString languageProblem(const QString &code);
    bool setLanguage(const QString &code, QString *error = nullptr);
    /**
     * The locale the console runs in: \a environment (RIDEWATCH_LANG, kept for tests and screenshots) if set,
     * else \a setting (language()) if set, else \a system. A locale with no translation (neither Chinese
     * nor English) loads no RideWatch translator, so the English source text shows (see
     * installTranslators()).
     */
    static QLocale chooseLocale(const QString &environment, const QString &setting, const QLocale &system);

    // --- The map's tiles ---
    /** The stored source, as the map reads it (TileSource::fromSettings()). */
    TileSource tileSource() const;
    /** The stored value the dialog edits for \a kind: Tianditu's key, the OSM or XYZ URL, the MBTiles path.
     */
    QString tileValue(TileSource::Kind kind) const;
    /** The source \a kind with \a value (see tileValue()) and the other stored "map/" keys, for problem(). */
    TileSource tileCandidate(TileSource::Kind kind, const QString &value) const;
    /** Why \a kind with \a value gives no tiles (TileSource::problem()); empty when it does. */
    QString tileProblem(TileSource::Kind kind, const QString &value) const;
    bool setTileSource(TileSource::Kind kind, const QString &value, QString *error = nullptr);

    // --- The pinned platform certificate ---
    /** The SHA-256 pinned for \a platformUrl's host:port; empty when none (the next connection asks). */
    QByteArray pinnedFingerprint(const QString &platformUrl) const;
    /** Pins \a sha256 (32 bytes) for \a platformUrl's host:port, replacing any pin. */
    bool pinCertificate(const QString &platformUrl, const QByteArray &sha256, QString *error = nullptr);
    /** Forgets the pin of \a platformUrl's host:port: the next connection asks the officer again. */
    void forgetPin(const QString &platformUrl);
    /**
     * The SHA-256 of the certificate in \a path (PEM or DER; of a PEM chain, the first, the platform's own),
     * computed as CertificatePin::fingerprintOf() does; empty with \a error set when there is none.
     */
    static QByteArray fingerprintOfFile(const QString &path, QString *error = nullptr);

    // --- The main window's layout ---
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    /** The page index last open for \a roleKey (the pages depend on the role); -1 when none is stored. */
    int currentPage(const QString &roleKey) const;
    void setCurrentPage(const QString &roleKey, int index);
    /** A splitter's saved state, by a name stable over runs (e.g. "ScoresPage.0"). */
    QByteArray splitterState(const QString &name) const;
    void setSplitterState(const QString &name, const QByteArray &state);

private:
    QSettings *m_settings;
};

} // namespace rw
