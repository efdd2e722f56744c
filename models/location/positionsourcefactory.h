#pragma once

#include <QCoreApplication>
#include <QString>

class QGeoPositionInfoSource;
class QObject;
class QSettings;

namespace rw {

/**
 * \brief Chooses and creates the console's position source from the setting `location/nmea`.
 *
 * | `location/nmea`                  | source                                                            |
 * |----------------------------------|-------------------------------------------------------------------|
 * | absent or empty                  | the system's: QGeoPositionInfoSource::createDefaultSource()       |
 * | `serial:/dev/ttyUSB0`, `/dev/…`  | a GPS receiver on a serial port: Qt's "nmea" plugin, real time     |
 * | `socket://host:port`             | an NMEA stream over TCP (e.g. gpsd's raw port): the "nmea" plugin |
 * | a file path or `file:` URL       | an NMEA log replayed at its own pace: QNmeaPositionInfoSource in  |
 * |                                  | SimulationMode over the file (demos, tests, a training room)      |
 *
 * The plugins come with Debian 12's libqt6positioning6-plugins (geoclue2, nmea, positionpoll). NMEA
 * sources get a user-equivalent range error of kUserEquivalentRangeError metres, so that a fix carries a
 * horizontal accuracy (Qt computes 2 × HDOP × UERE, about the 95 % radius).
 */
class PositionSourceFactory
{
    Q_DECLARE_TR_FUNCTIONS(rw::PositionSourceFactory)

public:
    static inline const QString kSettingsKey = QStringLiteral("location/nmea");
    /** Metres per unit of HDOP: a typical single-frequency receiver's UERE. */
    static constexpr double kUserEquivalentRangeError = 5.0;

    enum class Kind {
        SystemDefault, //!< createDefaultSource()
        NmeaLog,       //!< target: the file's path
        NmeaSerial,    //!< target: the serial device, e.g. /dev/ttyUSB0
        NmeaSocket,    //!< target: host:port
    };

    /** What a setting asks for. */
    struct Choice
    {
        Kind kind = Kind::SystemDefault;
        QString target;
        friend bool operator==(const Choice &, const Choice &) = default;
    };

    /** Reads \a setting (the value of `location/nmea`); see the table. */
    static Choice choose(const QString &setting);
    /** choose() on \a settings' `location/nmea`. */
    static Choice fromSettings(const QSettings &settings);

    /**
     * Creates the source, parented to \a parent (start it with startUpdates(), or hand it to MyLocation).
     * Null when there is none: \a error then says why, naming the setting and the value ("location/nmea:
     * the NMEA log /x.nmea cannot be read: No such file or directory").
     */
    static QGeoPositionInfoSource *create(const Choice &choice, QObject *parent, QString *error);

    /** How the officer is told about the source, mid-sentence: "the NMEA log gps.nmea", … */
    static QString describe(const Choice &choice);
};

} // namespace rw
