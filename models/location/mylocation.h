#pragma once

#include "geo/datum.h"
#include "geo/displayposition.h"

#include <QGeoPositionInfo>
#include <QGeoPositionInfoSource>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace rw {

/**
 * \brief The officer's own position (issue 4 item 7), from whatever Qt Positioning source the computer
 * has: the system's (createDefaultSource()), a GPS receiver or an NMEA log (PositionSourceFactory).
 *
 * Wraps a QGeoPositionInfoSource given from outside (setSource(); taken over and deleted with this
 * object) and reduces it to three states for the console:
 * - Unavailable: no source, or the source failed (access denied, closed, unknown error); message() says
 *   why. After an error the source is started again every retryInterval() ms, so a receiver plugged back
 *   in, or a permission granted later, brings the position back without a restart.
 * - WaitingForFix: started, but no position yet — or the last one is older than fixTimeout() ms, or the
 *   source said it cannot deliver in time (UpdateTimeoutError). lastPosition() keeps the last fix.
 * - Fix: position() is current: coordinate, horizontal accuracy in metres (if the source knows it), time.
 *
 * Datums (DESIGN §5): Qt Positioning delivers WGS-84 (sourceDatum(), settable for a receiver that is
 * known to report CGCS2000, which the console treats the same); displayPosition() converts the fix to a
 * base map's datum with CoordinateTransform for drawing. Distances to vehicles are measured by
 * NearbyVehicles, which converts this position into each vehicle's datum.
 */
class MyLocation : public QObject
{
    Q_OBJECT

public:
    enum class State { Unavailable, WaitingForFix, Fix };
    Q_ENUM(State)

    /** Default for fixTimeout(): a receiver that is silent this long has lost its fix (ms). */
    static constexpr int kDefaultFixTimeoutMs = 30000;
    /** Default for retryInterval() (ms). */
    static constexpr int kDefaultRetryIntervalMs = 10000;

    explicit MyLocation(QObject *parent = nullptr);
    ~MyLocation() override;

    /**
     * Uses \a source (taken over; the previous one is deleted), described to the officer as \a description
     * (e.g. "NMEA log /var/log/gps.nmea"). Null: Unavailable, "No position source on this computer".
     * Updates start with start(); a source set while started starts at once.
     */
    void setSource(QGeoPositionInfoSource *source, const QString &description = {});
    /** No source, because of \a reason (e.g. the setting names a file that cannot be read). */
    void setUnavailable(const QString &reason);
    QGeoPositionInfoSource *source() const { return m_source; }
    QString sourceDescription() const { return m_description; }

    /** Starts position updates (no-op without a source; the state then stays Unavailable). */
    void start();
    void stop();
    bool isStarted() const { return m_started; }

    State state() const { return m_state; }
    /** A translated sentence for the officer: why unavailable, what it waits for, or the fix. */
    QString message() const { return m_message; }
    bool hasFix() const { return m_state == State::Fix; }

    /** The current fix (valid only in state Fix). */
    QGeoPositionInfo position() const { return m_state == State::Fix ? m_last : QGeoPositionInfo(); }
    /** The last fix received, however old (invalid if none yet). */
    QGeoPositionInfo lastPosition() const { return m_last; }
    /** The current fix's coordinate, in sourceDatum() (invalid without a fix). */
    QGeoCoordinate coordinate() const { return position().coordinate(); }
    /** The current fix's horizontal accuracy in metres; NaN when there is no fix or the source gives none. */
    double horizontalAccuracy() const;

    /** The datum the source reports in: WGS-84 (what Qt Positioning delivers) unless set otherwise. */
    Datum sourceDatum() const { return m_datum; }
    void setSourceDatum(Datum datum) { m_datum = datum; }
    /** Whether the source reports WGS-84 (or CGCS2000, which the console treats as the same). */
    bool reportsWgs84() const { return isWgs84Like(m_datum); }
    /** The current fix where a base map in \a mapDatum draws it (CoordinateTransform::toDisplay()). */
    DisplayPosition displayPosition(Datum mapDatum) const;

    int fixTimeout() const { return m_fixTimeout.interval(); }
    void setFixTimeout(int milliseconds) { m_fixTimeout.setInterval(milliseconds); }
    int retryInterval() const { return m_retry.interval(); }
    void setRetryInterval(int milliseconds) { m_retry.setInterval(milliseconds); }

    /** The translated name of \a state ("Unavailable", "Waiting for a fix", "Fix"). */
    static QString stateName(State state);

Q_SIGNALS:
    void stateChanged(rw::MyLocation::State state);
    /** A new fix (also emitted when it only got more accurate or newer at the same place). */
    void positionChanged(const QGeoPositionInfo &position);
    /** message() changed (with the state, or with a new error of the same state). */
    void messageChanged(const QString &message);

private:
    void onPositionUpdated(const QGeoPositionInfo &info);
    void onError(QGeoPositionInfoSource::Error error);
    void onFixTimeout();
    void setState(State state, const QString &message);
    QString waitingMessage() const;
    QString sourceLabel() const;

    QPointer<QGeoPositionInfoSource> m_source;
    QString m_description;
    QString m_unavailableReason;
    bool m_started = false;
    State m_state = State::Unavailable;
    QString m_message;
    QGeoPositionInfo m_last;
    Datum m_datum = Datum::Wgs84;
    QTimer m_fixTimeout;
    QTimer m_retry;
};

} // namespace rw
