#include "mylocation.h"

#include "geo/coordinatetransform.h"

#include <QLoggingCategory>

#include <cmath>

Q_LOGGING_CATEGORY(lcMyLocation, "rw.location")

namespace rw {

MyLocation::MyLocation(QObject *parent)
    : QObject(parent)
{
    m_fixTimeout.setSingleShot(true);
    m_fixTimeout.setInterval(kDefaultFixTimeoutMs);
    connect(&m_fixTimeout, &QTimer::timeout, this, &MyLocation::onFixTimeout);
    m_retry.setInterval(kDefaultRetryIntervalMs);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        if (m_source && m_started)
            m_source->startUpdates();
    });
    m_message = tr("No position source on this computer.");
}

MyLocation::~MyLocation()
{
    delete m_source;
}

void MyLocation::setSource(QGeoPositionInfoSource *source, const QString &description)
{
    if (m_source == source)
        return;
    if (m_source) {
        m_source->disconnect(this);
        m_source->stopUpdates();
        delete m_source;
    }
    m_source = source;
    m_description = description;
    m_unavailableReason.clear();
    m_last = {};
    m_fixTimeout.stop();
    m_retry.stop();
    if (!m_source) {
        setState(State::Unavailable, tr("No position source on this computer."));
        return;
    }
    m_source->setParent(this);
    connect(m_source, &QGeoPositionInfoSource::positionUpdated, this, &MyLocation::onPositionUpdated);
    connect(m_source, &QGeoPositionInfoSource::errorOccurred, this, &MyLocation::onError);
    if (m_started) {
        setState(State::WaitingForFix, waitingMessage());
        m_source->startUpdates();
    } else {
        setState(State::Unavailable, tr("Position updates are off (%1).").arg(sourceLabel()));
    }
}

void MyLocation::setUnavailable(const QString &reason)
{
    setSource(nullptr);
    m_unavailableReason = reason;
    setState(State::Unavailable, reason);
}

void MyLocation::start()
{
    m_started = true;
    if (!m_source)
        return;
    if (m_state != State::Fix)
        setState(State::WaitingForFix, waitingMessage());
    m_source->startUpdates();
}

void MyLocation::stop()
{
    m_started = false;
    m_fixTimeout.stop();
    m_retry.stop();
    if (!m_source)
        return;
    m_source->stopUpdates();
    setState(State::Unavailable, tr("Position updates are off (%1).").arg(sourceLabel()));
}

double MyLocation::horizontalAccuracy() const
{
    const QGeoPositionInfo info = position();
    if (!info.coordinate().isValid() || !info.hasAttribute(QGeoPositionInfo::HorizontalAccuracy))
        return std::nan("");
    return info.attribute(QGeoPositionInfo::HorizontalAccuracy);
}

DisplayPosition MyLocation::displayPosition(Datum mapDatum) const
{
    const QGeoCoordinate c = coordinate();
    if (!c.isValid())
        return {};
    return CoordinateTransform::toDisplay(c.longitude(), c.latitude(), m_datum, mapDatum);
}

QString MyLocation::stateName(State state)
{
    switch (state) {
    case State::Unavailable:
        return tr("Unavailable");
    case State::WaitingForFix:
        return tr("Waiting for a fix");
    case State::Fix:
        return tr("Fix");
    }
    return {};
}

void MyLocation::onPositionUpdated(const QGeoPositionInfo &info)
{
    if (!m_started || !info.coordinate().isValid())
        return;
    m_last = info;
    m_retry.stop();
    m_fixTimeout.start();
    setState(State::Fix, tr("Position from %1.").arg(sourceLabel()));
    Q_EMIT positionChanged(info);
}

void MyLocation::onError(QGeoPositionInfoSource::Error error)
{
    if (!m_started)
        return;
    const int retrySeconds = std::max(1, (m_retry.interval() + 999) / 1000);
    qCInfo(lcMyLocation) << "position source" << m_description << "reported" << error;
    switch (error) {
    case QGeoPositionInfoSource::NoError:
        return;
    case QGeoPositionInfoSource::UpdateTimeoutError:
        // The source runs but cannot deliver: a receiver indoors. Not an outage of the source.
        m_fixTimeout.stop();
        setState(
            State::WaitingForFix,
            tr("No fix from %1 at the moment (is the receiver out of view of the sky?).").arg(sourceLabel()));
        return;
    case QGeoPositionInfoSource::AccessError:
        setState(
            State::Unavailable,
            tr("Could not use %1: access was denied. Allow this program to use the position, or check the "
               "device's permissions. Trying again every %n s.",
               "", retrySeconds)
                .arg(sourceLabel()));
        break;
    case QGeoPositionInfoSource::ClosedError:
        setState(State::Unavailable,
                 tr("Lost %1: it was closed (receiver unplugged, service stopped or log ended). Trying again "
                    "every %n s.",
                    "", retrySeconds)
                     .arg(sourceLabel()));
        break;
    case QGeoPositionInfoSource::UnknownSourceError:
        setState(State::Unavailable,
                 tr("Lost %1: it failed with an unknown error. Trying again every %n s.", "", retrySeconds)
                     .arg(sourceLabel()));
        break;
    }
    m_fixTimeout.stop();
    m_retry.start();
}

void MyLocation::onFixTimeout()
{
    if (m_state != State::Fix)
        return;
    const int seconds = std::max(1, m_fixTimeout.interval() / 1000);
    setState(State::WaitingForFix,
             tr("The fix was lost: no position from %1 for %n s.", "", seconds).arg(sourceLabel()));
}

void MyLocation::setState(State state, const QString &message)
{
    const bool stateChanged_ = m_state != state;
    const bool messageChanged_ = m_message != message;
    m_state = state;
    m_message = message;
    if (stateChanged_)
        Q_EMIT stateChanged(state);
    if (messageChanged_)
        Q_EMIT messageChanged(message);
}

QString MyLocation::waitingMessage() const
{
    return tr("Waiting for a position fix from %1…").arg(sourceLabel());
}

QString MyLocation::sourceLabel() const
{
    if (!m_description.isEmpty())
        return m_description;
    if (m_source && !m_source->sourceName().isEmpty())
        return tr("the position source “%1”").arg(m_source->sourceName());
    return tr("the position source");
}

} // namespace rw
