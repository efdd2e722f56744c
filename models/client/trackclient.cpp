#include "trackclient.h"

#include "apireply.h"
#include "platformclient.h"
#include "tracks/trackparser.h"

#include <QTimer>

#include <optional>

namespace rw {

TrackClient::TrackClient(PlatformClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_parser.setMaxThreadCount(1);
    connect(m_client, &PlatformClient::requestFailed, this, &TrackClient::onPlatformFailure);
}

TrackClient::~TrackClient()
{
    m_current = 0;
    m_parser.waitForDone();
}

QString TrackClient::checkPeriod(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid())
        return tr("from: no valid time is given");
    if (!to.isValid())
        return tr("to: no valid time is given");
    if (to < from)
        return tr("to: %1 is before from (%2)")
            .arg(QLocale().toString(to, QLocale::ShortFormat),
                 QLocale().toString(from, QLocale::ShortFormat));
    const qint64 seconds = from.secsTo(to);
    if (seconds > MaxPeriodSeconds)
        return tr("from–to: the period spans %1 h, more than the limit of %2 h; choose a shorter period")
            .arg(QLocale().toString(double(seconds) / 3600, 'f', 1))
            .arg(MaxPeriodSeconds / 3600);
    return {};
}

QUrlQuery TrackClient::parameters(const QString &companyId, const QString &plate, const QDateTime &from,
                                  const QDateTime &to)
{
    QUrlQuery query;
    // Percent-encode what QUrlQuery would leave alone ("+" would read as a space), then hand it over
    // encoded; plates are Chinese text ("琼D10001").
    const auto encoded = [](const QString &text) {
        return QString::fromLatin1(QUrl::toPercentEncoding(text));
    };
    query.addQueryItem(QStringLiteral("company"), encoded(companyId));
    query.addQueryItem(QStringLiteral("plate"), encoded(plate));
    query.addQueryItem(QStringLiteral("from"), QString::number(from.toSecsSinceEpoch()));
    query.addQueryItem(QStringLiteral("to"), QString::number(to.toSecsSinceEpoch()));
    return query;
}

quint64 TrackClient::fetchTrack(const QString &companyId, const QString &plate, const QDateTime &from,
                                const QDateTime &to)
{
    cancel();
    const quint64 id = m_nextId++;
    m_current = id;
    m_plate = plate;
    Q_EMIT busyChanged(true);
    QString problem = checkPeriod(from, to);
    if (problem.isEmpty() && (companyId.trimmed().isEmpty() || plate.trimmed().isEmpty()))
        problem = companyId.trimmed().isEmpty() ? tr("company: no company is given")
                                                : tr("plate: no plate number is given");
    if (!problem.isEmpty()) {
        // After the caller has the id, as an answer would come.
        QTimer::singleShot(0, this, [this, id, problem] {
            if (id == m_current)
                fail(id, tr("The track of %1 cannot be loaded: %2").arg(m_plate, problem));
        });
        return id;
    }
    m_context = new QObject(this);
    m_client->send("GET", QStringLiteral("/api/v1/tracks"),
                   parameters(companyId.trimmed(), plate.trimmed(), from, to), {}, m_context,
                   [this, id, plate](const ApiReply &reply) { onReply(id, plate, reply); });
    return id;
}

void TrackClient::cancel()
{
    if (!m_current)
        return;
    const quint64 id = std::exchange(m_current, 0);
    delete m_context; // PlatformClient drops its answer
    Q_EMIT cancelled(id);
    Q_EMIT busyChanged(false);
}

void TrackClient::onReply(quint64 id, const QString &plate, const ApiReply &reply)
{
    if (id != m_current)
        return;
    if (!reply.ok()) {
        const QString status = !reply.reachedPlatform() ? tr("no answer")
                               : reply.errorCode.isEmpty()
                                   ? tr("HTTP %1").arg(reply.status)
                                   : tr("HTTP %1, %2").arg(reply.status).arg(reply.errorCode);
        fail(id, tr("Loading the track of %1 failed (%2): %3").arg(plate, status, reply.message));
        return;
    }
    const QJsonObject json = reply.json;
    m_parser.start([this, id, json, plate] {
        QString error;
        std::optional<Track> track = TrackParser::parse(json, &error);
        QMetaObject::invokeMethod(
            this,
            [this, id, plate, track = std::move(track), error] {
                if (id != m_current)
                    return; // cancelled meanwhile
                if (!track) {
                    fail(id, tr("The track of %1 cannot be read: %2").arg(plate, error));
                    return;
                }
                m_current = 0;
                delete m_context;
                Q_EMIT trackReceived(id, *track);
                Q_EMIT busyChanged(false);
            },
            Qt::QueuedConnection);
    });
}

void TrackClient::fail(quint64 id, const QString &message)
{
    if (id != m_current)
        return;
    m_current = 0;
    delete m_context;
    Q_EMIT trackFailed(id, message);
    Q_EMIT busyChanged(false);
}

void TrackClient::onPlatformFailure(const QString &message)
{
    // Requests PlatformClient never answers (no address, certificate refused) and unreachable platforms
    // (whose answer follows with status 0) both end here; the first failure wins.
    if (!m_current || m_client->state() != PlatformClient::State::Disconnected)
        return;
    // Queued: without an address PlatformClient says so inside send(), before fetchTrack() has returned
    // the id that the failure must carry.
    const quint64 id = m_current;
    QTimer::singleShot(0, this, [this, id, message] {
        fail(id, tr("Loading the track of %1 failed: %2").arg(m_plate, message));
    });
}

} // namespace rw
