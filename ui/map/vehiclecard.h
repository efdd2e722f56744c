#pragma once

#include "client/vehiclepermitstatus.h"
#include "fleet/vehiclekey.h"

#include <QFrame>
#include <QHash>

class QLabel;
class QPushButton;
class QToolButton;

namespace rw {

class FleetState;

/**
 * \brief What the console knows about one vehicle: plate, company, status, speed, heading, age of the last
 * fix, position and its datum, alarm, order, and the permit status.
 *
 * Shown over the map when a vehicle is clicked or found by plate. Everything comes from the live
 * FleetState (the last positionVehicle record) except the permit status, which the city's permit registry
 * on the platform answers (setPermitStatus(), from PermitClient); the driver is not part of a position
 * record. The age of the last fix
 * is measured against the clock given to showVehicle(): FleetPage refreshes the card every second, so
 * "stale" appears as it happens (Art. 15(三): positions within 60 s).
 */
class VehicleCard : public QFrame
{
    Q_OBJECT

public:
    enum class Field {
        Plate,
        Company,
        Status,
        Speed,
        Heading,
        LastFix,
        Position,
        Alarm,
        Order,
        Driver,
        Permit
    };

    explicit VehicleCard(QWidget *parent = nullptr);

    /** Shows vehicle \a index of \a fleet as of \a now (Unix seconds). */
    void showVehicle(const FleetState &fleet, int index, qint64 now);
    /** Shows nothing (and hides the card). */
    void clear();
    int vehicle() const { return m_index; }
    /** The vehicle shown (empty when none). */
    VehicleKey vehicleKey() const { return m_key; }

    /**
     * Shows the permit status of the vehicle shown: green "valid until …", red expired, missing or held by
     * another company (with the article of seed 002 that applies), grey while checking, the reason when
     * the registry cannot be asked. A status for another vehicle than the one shown is ignored (an answer
     * that arrives after the officer moved on). Until one arrives the permit reads "unknown".
     */
    void setPermitStatus(const rw::VehiclePermitStatus &status);

    /** The text shown for \a field (for tests and accessibility). */
    QString text(Field field) const;
    /** "90° E": degrees and the nearest of eight compass points. */
    static QString formatHeading(int degrees);

    /** The "Replay track" button (hidden until setReplayAvailable(true)). */
    QPushButton *replayButton() const { return m_replay; }
    /** Shows the "Replay track" button: only where a track replay panel is wired. */
    void setReplayAvailable(bool available);

signals:
    void closeRequested();
    /** The officer asked to replay the shown vehicle's track. */
    void replayRequested();

protected:
    bool event(QEvent *event) override;

private:
    void resetPermit();

    QLabel *m_title;
    QLabel *m_statusDot;
    QToolButton *m_close;
    QPushButton *m_replay;
    QHash<Field, QLabel *> m_values;
    int m_index = -1;
    VehicleKey m_key;
};

} // namespace rw
