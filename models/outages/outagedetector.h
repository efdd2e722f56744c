#pragma once

#include "outage.h"
#include "outagestream.h"

#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <deque>

namespace rw {

/**
 * \brief Finds interruptions of each company's streams from the receipts alone (DESIGN §7, seed 000
 * Art. 11–12, Art. 21: 7×24 monitoring).
 *
 * A stream is active when it received at least minActiveRecords records in the activityWindow before its
 * last record; an active stream silent for longer than its threshold opens an outage (tick()), the next
 * record closes it (observe()). A sparse stream (base information is sent on change only) is therefore
 * never declared interrupted just for being quiet. Records whose business time falls inside an outage's
 * window count as its back-fill, for backfillHorizon after it closed.
 *
 * Pure logic on the times it is given (no clock, no timer, no storage): the platform calls tick() from a
 * timer and keeps the outages in its store; after a restart restore() and prime() put the state back, so
 * an open outage is neither lost nor opened twice. Not thread-safe.
 */
class OutageDetector
{
public:
    struct Options
    {
        /** Silence that opens an outage, per stream (ms); 0: the stream is not watched. */
        std::array<qint64, kOutageStreamCount> silenceMs{};
        qint64 activityWindowMs = 60 * 60 * 1000;
        int minActiveRecords = 10;
        qint64 backfillHorizonMs = 7LL * 24 * 60 * 60 * 1000;
    };

    /**
     * The defaults: positions 5 min (they come every few seconds from every moving car), orders and
     * operations 30 min, service quality and car-pooling 2 h, base information 24 h (the Art. 15(三) limit
     * for changes to it).
     */
    static Options defaultOptions();

    explicit OutageDetector(Options options = defaultOptions());

    const Options &options() const { return m_options; }

    /**
     * Counts a batch of \a stream's records from \a companyId received at \a receivedMs, with their business
     * times (ms; 0 = unknown). Closes the stream's open outage and counts back-fill. Returns the outages
     * that changed (closed or back-filled), as they are now.
     */
    QList<Outage> observe(const QString &companyId, OutageStream stream, qint64 receivedMs,
                          const QList<qint64> &businessTimesMs);

    /** Opens an outage for every active stream silent past its threshold at \a nowMs; returns them. */
    QList<Outage> tick(qint64 nowMs);

    /**
     * After a restart: the outages kept in the store (open ones and those closed within the back-fill
     * horizon). An outage with the same window as one already known replaces it instead of adding one.
     */
    void restore(const QList<Outage> &outages);
    /**
     * After a restart: the stream's last receipt and the records it received in the activity window before
     * it, read from the stored records, so silence is measured from the real last record.
     */
    void prime(const QString &companyId, OutageStream stream, qint64 lastReceivedMs, qint64 recordsInWindow);

    /** Records the store's id of the outage with this window. */
    void setId(const Outage &outage, qint64 id);

    /** One stream as the status board shows it (Art. 21). */
    struct StreamStatus
    {
        QString companyId;
        OutageStream stream = OutageStream::Position;
        qint64 lastReceivedMs = 0;
        double recordsPerMinute = 0; //!< over the recentMs before now (minute resolution)
        bool active = false;
        qint64 openOutageId = 0; //!< 0: none open (or not stored yet)
        bool outageOpen = false;
    };
    /** Every stream seen, by company then stream; rates over the \a recentMs before \a nowMs. */
    QList<StreamStatus> status(qint64 nowMs, qint64 recentMs = 5 * 60 * 1000) const;

    /** Open outages and those still collecting back-fill, oldest start first. */
    QList<Outage> outages() const;
    /** Whether \a stream of \a companyId is active at its last receipt. */
    bool isActive(const QString &companyId, OutageStream stream) const;
    qint64 lastReceivedMs(const QString &companyId, OutageStream stream) const;

private:
    struct StreamState
    {
        QString companyId;
        OutageStream stream = OutageStream::Position;
        qint64 lastReceivedMs = 0;
        std::deque<std::pair<qint64, qint64>> minutes; //!< (minute index, records) within the window
        qint64 inWindow = 0;                           //!< sum over minutes
        qint64 primedRecords = 0; //!< records counted by prime() (no minutes known), until the window passes
        qint64 primedUntilMs = 0;
        QList<Outage> outages; //!< open (at most one, last) and recent closed ones
    };

    StreamState &state(const QString &companyId, OutageStream stream);
    const StreamState *find(const QString &companyId, OutageStream stream) const;
    void trimWindow(StreamState &s, qint64 nowMs) const;
    qint64 recordsInWindow(const StreamState &s, qint64 nowMs) const;
    void dropExpired(StreamState &s, qint64 nowMs) const;
    /** Records per minute before the silence, over the minutes of the window the stream was sending in. */
    double rateBefore(const StreamState &s) const;

    Options m_options;
    QHash<QString, StreamState> m_streams; // key: company + '\n' + stream
};

} // namespace rw
