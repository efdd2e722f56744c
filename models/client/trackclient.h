#pragma once

#include "tracks/track.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QUrlQuery>

namespace rw {

class PlatformClient;
struct ApiReply;

/**
 * \brief Fetches a vehicle's track for the replay: GET /api/v1/tracks (see platform/api/tracksapi.h) on
 * PlatformClient::send(), which adds the session's token and pins the certificate.
 *
 * One fetch at a time: a new one cancels the one in progress. cancel() drops it — whatever the platform
 * answers later is ignored (the HTTP request itself runs to its end; the platform audits the lookup all
 * the same). The answer is read (TrackParser) on a worker thread, since a day of fixes is up to 100,000
 * points, and handed over on the client's thread as trackReceived(); everything else ends in
 * trackFailed() with a translated message naming the vehicle, the HTTP status, the platform's code and
 * its message. Each fetch has an id, which the signals repeat.
 */
class TrackClient : public QObject
{
    Q_OBJECT

public:
    /** \a client must outlive this object. */
    explicit TrackClient(PlatformClient *client, QObject *parent = nullptr);
    /** Waits for a reading in progress (its result is dropped). */
    ~TrackClient() override;

    PlatformClient *platform() const { return m_client; }

    /**
     * GET /api/v1/tracks for \a plate of \a companyId from \a from to \a to → trackReceived or
     * trackFailed (with this id). A period the platform would refuse (see checkPeriod()) fails at once,
     * without a request. Cancels the fetch in progress.
     */
    quint64 fetchTrack(const QString &companyId, const QString &plate, const QDateTime &from,
                       const QDateTime &to);
    /** Drops the fetch in progress, if any: its answer is ignored; cancelled() follows. */
    void cancel();
    bool isBusy() const { return m_current != 0; }
    /** The id of the fetch in progress; 0 when none. */
    quint64 currentRequest() const { return m_current; }

    /** The longest period the platform returns. */
    static constexpr qint64 MaxPeriodSeconds = Track::MaxPeriodSeconds;
    /** Empty when [\a from, \a to] is a valid period; else a translated reason naming from or to. */
    static QString checkPeriod(const QDateTime &from, const QDateTime &to);
    /** company, plate, from and to (Unix seconds), percent-encoded. */
    static QUrlQuery parameters(const QString &companyId, const QString &plate, const QDateTime &from,
                                const QDateTime &to);

Q_SIGNALS:
    void busyChanged(bool busy);
    void trackReceived(quint64 requestId, const rw::Track &track);
    void trackFailed(quint64 requestId, const QString &message);
    void cancelled(quint64 requestId);

private:
    void onReply(quint64 id, const QString &plate, const ApiReply &reply);
    void finish(quint64 id);
    void fail(quint64 id, const QString &message);
    void onPlatformFailure(const QString &message);

    PlatformClient *m_client;
    quint64 m_nextId = 1;
    quint64 m_current = 0;
    QString m_plate;             //!< of the fetch in progress, for messages
    QPointer<QObject> m_context; //!< the fetch in progress's; deleting it drops its answer
    QThreadPool m_parser;        //!< destroyed first: waits for a reading in progress
};

} // namespace rw
