#include "positionsourcefactory.h"

#include <QFile>
#include <QFileInfo>
#include <QGeoPositionInfoSource>
#include <QNmeaPositionInfoSource>
#include <QSettings>
#include <QUrl>
#include <QVariantMap>

#include <memory>

namespace rw {

PositionSourceFactory::Choice PositionSourceFactory::choose(const QString &setting)
{
    const QString value = setting.trimmed();
    if (value.isEmpty())
        return {Kind::SystemDefault, {}};
    if (value.startsWith(QLatin1String("serial:")))
        return {Kind::NmeaSerial, value.mid(7)};
    if (value.startsWith(QLatin1String("socket://")))
        return {Kind::NmeaSocket, value.mid(9)};
    if (value.startsWith(QLatin1String("file:")))
        return {Kind::NmeaLog, QUrl(value).toLocalFile()};
    // A character device (a receiver on /dev/ttyUSB0, /dev/ttyACM0, …) is read in real time, not replayed.
    if (value.startsWith(QLatin1String("/dev/")))
        return {Kind::NmeaSerial, value};
    return {Kind::NmeaLog, value};
}

PositionSourceFactory::Choice PositionSourceFactory::fromSettings(const QSettings &settings)
{
    return choose(settings.value(kSettingsKey).toString());
}

QString PositionSourceFactory::describe(const Choice &choice)
{
    switch (choice.kind) {
    case Kind::SystemDefault:
        return tr("the system's location service");
    case Kind::NmeaLog:
        return tr("the NMEA log %1").arg(QFileInfo(choice.target).fileName());
    case Kind::NmeaSerial:
        return tr("the GPS receiver on %1").arg(choice.target);
    case Kind::NmeaSocket:
        return tr("the NMEA stream from %1").arg(choice.target);
    }
    return {};
}

QGeoPositionInfoSource *PositionSourceFactory::create(const Choice &choice, QObject *parent, QString *error)
{
    const auto fail = [error](const QString &message) -> QGeoPositionInfoSource * {
        if (error)
            *error = message;
        return nullptr;
    };
    switch (choice.kind) {
    case Kind::SystemDefault: {
        QGeoPositionInfoSource *source = QGeoPositionInfoSource::createDefaultSource(parent);
        if (!source)
            return fail(tr("No position source on this computer (no Qt Positioning plugin offers one; "
                           "a GPS receiver or an NMEA log can be named in the setting %1).")
                            .arg(kSettingsKey));
        return source;
    }
    case Kind::NmeaLog: {
        auto file = std::make_unique<QFile>(choice.target);
        if (choice.target.isEmpty() || !file->open(QIODevice::ReadOnly))
            return fail(tr("%1: the NMEA log \"%2\" cannot be read: %3")
                            .arg(kSettingsKey, choice.target,
                                 choice.target.isEmpty() ? tr("no file name") : file->errorString()));
        auto *source = new QNmeaPositionInfoSource(QNmeaPositionInfoSource::SimulationMode, parent);
        source->setUserEquivalentRangeError(kUserEquivalentRangeError);
        file->setParent(source);
        source->setDevice(file.release());
        return source;
    }
    case Kind::NmeaSerial:
    case Kind::NmeaSocket: {
        const QString parameter = choice.kind == Kind::NmeaSerial
                                      ? QStringLiteral("serial:") + choice.target
                                      : QStringLiteral("socket://") + choice.target;
        // Qt's "nmea" plugin (libqt6positioning6-plugins) owns the serial port or socket.
        QGeoPositionInfoSource *source = QGeoPositionInfoSource::createSource(
            QStringLiteral("nmea"), QVariantMap{{QStringLiteral("nmea.source"), parameter}}, parent);
        if (!source)
            return fail(tr("%1: \"%2\" cannot be opened as an NMEA source (is the Qt Positioning NMEA plugin "
                           "installed, and the device or host reachable?)")
                            .arg(kSettingsKey, parameter));
        if (auto *nmea = qobject_cast<QNmeaPositionInfoSource *>(source))
            nmea->setUserEquivalentRangeError(kUserEquivalentRangeError);
        return source;
    }
    }
    return fail(tr("%1: unknown kind of position source").arg(kSettingsKey));
}

} // namespace rw
