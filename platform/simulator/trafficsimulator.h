#pragma once

#include "recordencoder.h"
#include "simrecord.h"
#include "simulatorconfig.h"
#include "simulatorstats.h"
#include "trafficmodel.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace rw {

class CompanyUploader;

/**
 * \brief Simulated platform companies in a city, uploading to the industry platform in (accelerated) real
 * time.
 *
 * Owns a TrafficModel and one CompanyUploader per company. Every tick it reads the clock, advances
 * the model to the simulated "now" and hands the released records, batched per interface, to the
 * uploaders. The clock is injectable, so a test can move it by an hour and call tick() to get an
 * hour of traffic in a moment.
 *
 * Live (speed 1, no start time set): the simulated now is the clock's now, so business times are
 * real times and the platform's timeliness checks see what a real company would produce; after a
 * pause the model catches up and the gap goes out late, like a company re-sending after a failure.
 * Otherwise (replay): the simulation starts at startTime (or the clock's time when made) and runs
 * timeAcceleration simulated seconds per clock second while running; it does not run while stopped.
 *
 * Companies, their ids and the city's permits exist from construction on, so the host can register
 * accounts and tokens on the platform before start().
 */
class TrafficSimulator : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;
    static Clock systemClock();

    explicit TrafficSimulator(const SimulatorConfig &config, QObject *parent = nullptr);
    TrafficSimulator(const SimulatorConfig &config, Clock clock, QObject *parent = nullptr);
    ~TrafficSimulator() override;

    /** False when the city could not be loaded or the configuration is unusable; see errorString(). */
    bool isValid() const { return m_model != nullptr; }
    QString errorString() const { return m_error; }

    const SimulatorConfig &config() const { return m_config; }
    TrafficModel *model() const { return m_model.get(); }
    QList<SimulatedCompany> companies() const;
    QList<CityPermit> cityPermits() const;

    /** Replaces the JSON encoder (e.g. with a protobuf one); takes effect for uploaders made by start(). */
    void setEncoder(std::shared_ptr<const RecordEncoder> encoder);
    void setCompanyToken(const QString &companyId, const QString &token);

    QDateTime simulatedNow() const;
    bool isLive() const;
    SimulatorStats stats() const;
    bool isRunning() const { return m_running; }
    /** Records released but not yet delivered by the uploaders. */
    qint64 pendingUploads() const;

    /** Advances the model to \a until and returns the records without uploading them. Not while running. */
    QList<SimRecord> generateBatch(const QDateTime &until);

public slots:
    void start();
    void stop();
    /** Advances to the clock's time and hands the released records to the uploaders. */
    void tick();

signals:
    void statsChanged(const rw::SimulatorStats &stats);
    void runningChanged(bool running);
    void errorOccurred(const QString &message);
    /** Every uploader has delivered (or given up on) everything it was handed. */
    void uploadsIdle();

private:
    void ensureUploaders();

    SimulatorConfig m_config;
    Clock m_clock;
    std::unique_ptr<TrafficModel> m_model;
    QString m_error;
    std::shared_ptr<const RecordEncoder> m_encoder;
    QNetworkAccessManager *m_network = nullptr;
    QList<CompanyUploader *> m_uploaders;
    QTimer m_timer;
    bool m_running = false;
    QDateTime m_clockAnchor;
    QDateTime m_simAnchor;
};

} // namespace rw
