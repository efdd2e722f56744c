#include "trafficsimulator.h"

#include "companyuploader.h"
#include "jsonrecordencoder.h"
#include "simulatorinterfaces.h"
#include "simulatorlog.h"

#include <QMap>
#include <QNetworkAccessManager>

#include <cmath>

using namespace Qt::StringLiterals;

namespace rw {

TrafficSimulator::Clock TrafficSimulator::systemClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}

TrafficSimulator::TrafficSimulator(const SimulatorConfig &config, QObject *parent)
    : TrafficSimulator(config, systemClock(), parent)
{}

TrafficSimulator::TrafficSimulator(const SimulatorConfig &config, Clock clock, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_clock(std::move(clock))
    , m_encoder(std::make_shared<JsonRecordEncoder>())
    , m_network(new QNetworkAccessManager(this))
{
    qRegisterMetaType<rw::SimulatorStats>();
    m_error = m_config.validate();
    if (!m_error.isEmpty())
        return;
    const auto city = SimulatedCity::load(m_config.city, &m_error);
    if (!city)
        return;
    QDateTime start = m_config.startTime.isValid() ? m_config.startTime : m_clock();
    start = QDateTime::fromSecsSinceEpoch(start.toSecsSinceEpoch(), Qt::UTC);
    m_model = std::make_unique<TrafficModel>(m_config, *city, start);
    for (const OutageWindow &w : std::as_const(m_config.faults.outages)) {
        if (m_model->companyIndex(w.company) < 0) {
            m_error = tr("fault plan: outage of company \"%1\": no such company (C1 to C%2, or a CompanyId)")
                          .arg(w.company)
                          .arg(m_config.companies);
            m_model.reset();
            return;
        }
    }
    m_simAnchor = m_model->now();
    m_timer.setInterval(std::max(10, m_config.tickIntervalMs));
    connect(&m_timer, &QTimer::timeout, this, &TrafficSimulator::tick);
}

TrafficSimulator::~TrafficSimulator() = default;

QList<SimulatedCompany> TrafficSimulator::companies() const
{
    return m_model ? m_model->companies() : QList<SimulatedCompany>();
}

QList<CityPermit> TrafficSimulator::cityPermits() const
{
    return m_model ? m_model->cityPermits() : QList<CityPermit>();
}

void TrafficSimulator::setEncoder(std::shared_ptr<const RecordEncoder> encoder)
{
    if (encoder)
        m_encoder = std::move(encoder);
}

void TrafficSimulator::setCompanyToken(const QString &companyId, const QString &token)
{
    m_config.tokens.insert(companyId, token);
    for (CompanyUploader *uploader : std::as_const(m_uploaders)) {
        if (uploader->companyId() == companyId)
            uploader->setToken(token);
    }
}

QDateTime TrafficSimulator::simulatedNow() const
{
    if (!m_model)
        return {};
    if (!m_running)
        return m_model->now();
    if (isLive()) // the companies live in the present: what the clock says (catching up after a pause)
        return std::max(m_clock(), m_model->now());
    const qint64 elapsedMs = m_clockAnchor.msecsTo(m_clock());
    return m_simAnchor.addMSecs(qint64(std::llround(double(elapsedMs) * m_config.timeAcceleration)));
}

bool TrafficSimulator::isLive() const
{
    return m_config.timeAcceleration == 1.0 && !m_config.startTime.isValid();
}

void TrafficSimulator::ensureUploaders()
{
    if (!m_uploaders.isEmpty() || m_config.baseUrl.isEmpty() || !m_model)
        return;
    for (const SimulatedCompany &company : m_model->companies()) {
        CompanyUploader::Options options;
        options.baseUrl = m_config.baseUrl;
        options.token = m_config.tokens.value(company.companyId, m_config.defaultToken);
        options.maxBatchRecords = m_config.maxBatchRecords;
        options.retryInitialMs = m_config.retryInitialMs;
        options.retryMaxMs = m_config.retryMaxMs;
        options.requestTimeoutMs = m_config.requestTimeoutMs;
        options.maxQueuedRecords = m_config.maxQueuedRecords;
        options.caCertificates = m_config.caCertificates;
        auto *uploader = new CompanyUploader(company.companyId, options, m_network, m_encoder, this);
        connect(uploader, &CompanyUploader::idle, this, [this] {
            if (pendingUploads() == 0)
                emit uploadsIdle();
        });
        m_uploaders.append(uploader);
    }
}

void TrafficSimulator::start()
{
    if (m_running)
        return;
    if (!m_model) {
        emit errorOccurred(m_error);
        return;
    }
    ensureUploaders();
    m_clockAnchor = m_clock();
    m_simAnchor = m_model->now();
    m_running = true;
    qCInfo(lcSimulator).noquote() << tr("simulating %1 companies × %2 vehicles in %3 from %4, faults: %5")
                                         .arg(m_config.companies)
                                         .arg(m_config.vehiclesPerCompany)
                                         .arg(m_model->city().name(), m_simAnchor.toString(Qt::ISODate),
                                              m_config.faults.toString());
    emit runningChanged(true);
    tick(); // the registration goes out at once
    m_timer.start();
}

void TrafficSimulator::stop()
{
    if (!m_running)
        return;
    m_timer.stop();
    m_running = false;
    emit runningChanged(false);
}

void TrafficSimulator::tick()
{
    if (!m_model || !m_running)
        return;
    const QList<SimRecord> records = m_model->advanceTo(simulatedNow());
    if (!m_uploaders.isEmpty()) {
        // Per company, one batch per interface, in lifecycle order (SimulatorInterfaces::all()).
        QList<QMap<int, QList<QJsonObject>>> batches(m_uploaders.size());
        for (const SimRecord &record : records)
            batches[record.company][SimulatorInterfaces::rank(record.ipcType)].append(record.fields);
        for (int c = 0; c < m_uploaders.size(); ++c) {
            for (auto it = batches.at(c).cbegin(); it != batches.at(c).cend(); ++it)
                m_uploaders.at(c)->enqueue(SimulatorInterfaces::all().at(it.key()).ipcType, it.value());
        }
    }
    emit statsChanged(stats());
}

QList<SimRecord> TrafficSimulator::generateBatch(const QDateTime &until)
{
    if (!m_model || m_running)
        return {};
    return m_model->advanceTo(until);
}

qint64 TrafficSimulator::pendingUploads() const
{
    qint64 n = 0;
    for (const CompanyUploader *uploader : m_uploaders)
        n += uploader->queuedRecords();
    return n;
}

SimulatorStats TrafficSimulator::stats() const
{
    SimulatorStats s;
    if (m_model)
        s = m_model->stats();
    for (const CompanyUploader *uploader : m_uploaders) {
        for (auto it = uploader->counters().cbegin(); it != uploader->counters().cend(); ++it) {
            InterfaceCounters &c = s.interfaces[it.key()];
            c.sent += it->sent;
            c.acknowledged += it->acknowledged;
            c.rejected += it->rejected;
        }
        s.queued += uploader->queuedRecords();
        s.retries += uploader->retries();
        s.dropped += uploader->dropped();
    }
    return s;
}

} // namespace rw
