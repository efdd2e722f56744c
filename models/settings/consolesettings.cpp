#include "consolesettings.h"

#include "client/certificatepin.h"
#include "client/certificatepinstore.h"

#include <QFile>
#include <QSettings>
#include <QSslCertificate>
#include <QUrl>

namespace rw {

namespace {

const QString kPlatformUrl = QStringLiteral("platform/url");
const QString kLanguage = QStringLiteral("ui/language");
// TileSource::fromSettings()'s keys (models/map/tilesource.h): the one place the map's source is kept.
const QString kMapSource = QStringLiteral("map/source");
const QString kWindowGeometry = QStringLiteral("window/geometry");
const QString kWindowState = QStringLiteral("window/state");
const QString kCurrentPage = QStringLiteral("window/currentPage/");
const QString kSplitter = QStringLiteral("window/splitters/");

// The key TileSource::fromSettings() reads a kind's edited value from; empty for Kind::None.
QString tileValueKey(TileSource::Kind kind)
{
    switch (kind) {
    case TileSource::Kind::Tianditu:
        return QStringLiteral("map/tiandituKey");
    case TileSource::Kind::OpenStreetMap:
        return QStringLiteral("map/osmUrl");
    case TileSource::Kind::Xyz:
        return QStringLiteral("map/xyzUrl");
    case TileSource::Kind::MBTiles:
        return QStringLiteral("map/mbtilesPath");
    case TileSource::Kind::None:
        break;
    }
    return {};
}

// Settings keys nest on '/': a name from elsewhere (a role key, a class name) must not.
QString keySafe(QString name)
{
    return name.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
}

} // namespace

ConsoleSettings::ConsoleSettings(QSettings *settings)
    : m_settings(settings)
{}

QString ConsoleSettings::platformUrl() const
{
    return m_settings->value(kPlatformUrl).toString().trimmed();
}

QString ConsoleSettings::platformUrlProblem(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty())
        return tr("Platform address: \"%1\" is not a URL such as https://platform.example.cn:8443 (leave it "
                  "empty for the embedded reference platform).")
            .arg(trimmed);
    if (url.scheme() != QLatin1String("https"))
        return tr("Platform address: \"%1\" must start with https:// (the console pins the platform's "
                  "certificate).")
            .arg(trimmed);
    if (url.host().isEmpty())
        return tr("Platform address: \"%1\" has no host name.").arg(trimmed);
    if (url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty())
        return tr("Platform address: \"%1\" must not carry a user, a query or a fragment.").arg(trimmed);
    return {};
}

bool ConsoleSettings::setPlatformUrl(const QString &url, QString *error)
{
    const QString problem = platformUrlProblem(url);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    if (url.trimmed().isEmpty())
        m_settings->remove(kPlatformUrl);
    else
        m_settings->setValue(kPlatformUrl, url.trimmed());
    return true;
}

std::optional<QString> ConsoleSettings::choosePlatform(const std::optional<QString> &commandLine,
                                                       const QString &setting, QString *problem)
{
    if (commandLine)
        return commandLine;
    if (setting.trimmed().isEmpty())
        return std::nullopt;
    const QString why = platformUrlProblem(setting);
    if (!why.isEmpty()) {
        if (problem)
            *problem = why;
        return std::nullopt;
    }
    return setting.trimmed();
}

QString ConsoleSettings::language() const
{
    const QString code = m_settings->value(kLanguage).toString();
    return languages().contains(code) ? code : QString();
}

QStringList ConsoleSettings::languages()
{
    return {QString(), QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString ConsoleSettings::nativeLanguageName(const QString &code)
{
    // Each in its own language, so that someone who cannot read the current one still finds theirs.
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("中文（简体）");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    return {};
}

QString ConsoleSettings::languageProblem(const QString &code)
{
    if (languages().contains(code))
        return {};
    return tr("Language: \"%1\" is not one of the console's languages (zh_CN, en, or empty to follow the "
              "system).")
        .arg(code);
}

bool ConsoleSettings::setLanguage(const QString &code, QString *error)
{
    const QString problem = languageProblem(code);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    if (code.isEmpty())
        m_settings->remove(kLanguage);
    else
        m_settings->setValue(kLanguage, code);
    return true;
}

QLocale ConsoleSettings::chooseLocale(const QString &environment, const QString &setting,
                                      const QLocale &system)
{
    if (!environment.trimmed().isEmpty())
        return QLocale(environment.trimmed());
    if (!setting.trimmed().isEmpty())
        return QLocale(setting.trimmed());
    return system;
}

TileSource ConsoleSettings::tileSource() const
{
    return TileSource::fromSettings(*m_settings);
}

QString ConsoleSettings::tileValue(TileSource::Kind kind) const
{
    const QString key = tileValueKey(kind);
    if (key.isEmpty())
        return {};
    if (kind == TileSource::Kind::OpenStreetMap)
        return m_settings->value(key, QString::fromLatin1(TileSource::kOsmUrl)).toString();
    return m_settings->value(key).toString();
}

TileSource ConsoleSettings::tileCandidate(TileSource::Kind kind, const QString &value) const
{
    // The other keys of the kind as stored, so that the candidate is what fromSettings() will read back.
    const TileSource stored = tileSource();
    const QString v = value.trimmed();
    switch (kind) {
    case TileSource::Kind::Tianditu:
        return TileSource::tianditu(v);
    case TileSource::Kind::OpenStreetMap:
        return TileSource::openStreetMap(v);
    case TileSource::Kind::Xyz:
        if (stored.kind() == TileSource::Kind::Xyz)
            return TileSource::xyz(
                v, stored.datum(), m_settings->value(QStringLiteral("map/xyzAttribution")).toString(),
                m_settings->value(QStringLiteral("map/xyzSubdomains")).toString(), stored.maxZoom());
        return TileSource::xyz(v, Datum::Gcj02, {},
                               m_settings->value(QStringLiteral("map/xyzSubdomains")).toString());
    case TileSource::Kind::MBTiles:
        return TileSource::mbtiles(v, stored.kind() == TileSource::Kind::MBTiles ? stored.datum()
                                                                                 : Datum::Wgs84);
    case TileSource::Kind::None:
        break;
    }
    return TileSource();
}

QString ConsoleSettings::tileProblem(TileSource::Kind kind, const QString &value) const
{
    const QString problem = tileCandidate(kind, value).problem();
    if (problem.isEmpty())
        return {};
    return tr("Map tiles: %1").arg(problem);
}

bool ConsoleSettings::setTileSource(TileSource::Kind kind, const QString &value, QString *error)
{
    const QString problem = tileProblem(kind, value);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    // Only the kind and its edited value: the datum, sub-domains, attribution and contact stay as they are.
    m_settings->setValue(kMapSource, tileSourceKindName(kind));
    const QString key = tileValueKey(kind);
    if (!key.isEmpty())
        m_settings->setValue(key, value.trimmed());
    return true;
}

QByteArray ConsoleSettings::pinnedFingerprint(const QString &platformUrl) const
{
    const QUrl url(platformUrl.trimmed());
    if (!platformUrlProblem(platformUrl).isEmpty() || url.host().isEmpty())
        return {};
    const auto pin = CertificatePinStore(m_settings).pin(CertificatePin::hostPortOf(url));
    return pin ? pin->sha256 : QByteArray();
}

bool ConsoleSettings::pinCertificate(const QString &platformUrl, const QByteArray &sha256, QString *error)
{
    QString problem = platformUrlProblem(platformUrl);
    if (problem.isEmpty() && platformUrl.trimmed().isEmpty())
        problem = tr("Pinned certificate: the embedded reference platform's certificate is pinned at every "
                     "start; set a platform address first.");
    if (problem.isEmpty() && sha256.size() != 32)
        problem = tr("Pinned certificate: a SHA-256 fingerprint has 32 bytes, not %1.").arg(sha256.size());
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    CertificatePinStore(m_settings).setPin({CertificatePin::hostPortOf(QUrl(platformUrl.trimmed())), sha256});
    return true;
}

void ConsoleSettings::forgetPin(const QString &platformUrl)
{
    const QUrl url(platformUrl.trimmed());
    if (url.host().isEmpty())
        return;
    CertificatePinStore(m_settings).removePin(CertificatePin::hostPortOf(url));
}

QByteArray ConsoleSettings::fingerprintOfFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Certificate file \"%1\": %2").arg(path, file.errorString());
        return {};
    }
    // A certificate is a few kilobytes; more is not one.
    const QByteArray data = file.read(1024 * 1024);
    QList<QSslCertificate> certificates = QSslCertificate::fromData(data, QSsl::Pem);
    if (certificates.isEmpty())
        certificates = QSslCertificate::fromData(data, QSsl::Der);
    if (certificates.isEmpty() || certificates.first().isNull()) {
        if (error)
            *error = tr("Certificate file \"%1\" holds no PEM or DER certificate.").arg(path);
        return {};
    }
    return CertificatePin::fingerprintOf(certificates.first());
}

QByteArray ConsoleSettings::windowGeometry() const
{
    return m_settings->value(kWindowGeometry).toByteArray();
}

void ConsoleSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(kWindowGeometry, geometry);
}

QByteArray ConsoleSettings::windowState() const
{
    return m_settings->value(kWindowState).toByteArray();
}

void ConsoleSettings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(kWindowState, state);
}

int ConsoleSettings::currentPage(const QString &roleKey) const
{
    bool ok = false;
    const int index = m_settings->value(kCurrentPage + keySafe(roleKey)).toInt(&ok);
    return ok && index >= 0 ? index : -1;
}

void ConsoleSettings::setCurrentPage(const QString &roleKey, int index)
{
    m_settings->setValue(kCurrentPage + keySafe(roleKey), index);
}

QByteArray ConsoleSettings::splitterState(const QString &name) const
{
    return m_settings->value(kSplitter + keySafe(name)).toByteArray();
}

void ConsoleSettings::setSplitterState(const QString &name, const QByteArray &state)
{
    m_settings->setValue(kSplitter + keySafe(name), state);
}

} // namespace rw
