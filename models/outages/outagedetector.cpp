#include "outagedetector.h"

#include <algorithm>

namespace rw {

namespace {

constexpr qint64 kMinuteMs = 60 * 1000;

QString keyOf(const QString &companyId, OutageStream stream)
{
    return companyId + QLatin1Char('\n') + OutageStreams::key(stream);
}

} // namespace

OutageDetector::Options OutageDetector::defaultOptions()
{
    Options o;
    o.silenceMs[int(OutageStream::Position)] = 5 * kMinuteMs;
    o.silenceMs[int(OutageStream::Order)] = 30 * kMinuteMs;
    o.silenceMs[int(OutageStream::Operate)] = 30 * kMinuteMs;
    o.silenceMs[int(OutageStream::Rated)] = 120 * kMinuteMs;
    o.silenceMs[int(OutageStream::Share)] = 120 * kMinuteMs;
    o.silenceMs[int(OutageStream::BaseInfo)] = 24 * 60 * kMinuteMs;
    return o;
}

OutageDetector::OutageDetector(Options options)
    : m_options(options)
{}

OutageDetector::StreamState &OutageDetector::state(const QString &companyId, OutageStream stream)
{
    StreamState &s = m_streams[keyOf(companyId, stream)];
    if (s.companyId.isEmpty()) {
        s.companyId = companyId;
        s.stream = stream;
    }
    return s;
}

const OutageDetector::StreamState *OutageDetector::find(const QString &companyId, OutageStream stream) const
{
    const auto it = m_streams.constFind(keyOf(companyId, stream));
    return it == m_streams.cend() ? nullptr : &it.value();
}

void OutageDetector::trimWindow(StreamState &s, qint64 nowMs) const
{
    const qint64 firstMinute = (nowMs - m_options.activityWindowMs) / kMinuteMs;
    while (!s.minutes.empty() && s.minutes.front().first <= firstMinute) {
        s.inWindow -= s.minutes.front().second;
        s.minutes.pop_front();
    }
}

qint64 OutageDetector::recordsInWindow(const StreamState &s, qint64 atMs) const
{
    // Minute resolution: the window is the activityWindow's minutes up to and including atMs's.
    const qint64 firstMinute = (atMs - m_options.activityWindowMs) / kMinuteMs;
    qint64 n = 0;
    for (const auto &[minute, count] : s.minutes) {
        if (minute > firstMinute && minute * kMinuteMs <= atMs)
            n += count;
    }
    if (s.primedRecords > 0 && atMs - m_options.activityWindowMs < s.primedUntilMs)
        n += s.primedRecords;
    return n;
}

double OutageDetector::rateBefore(const StreamState &s) const
{
    // Over the part of the window the stream was sending in: a stream that began 30 minutes ago with 20
    // records a minute has a rate of 20, not 10 over the hour.
    const qint64 windowMinutes = std::max<qint64>(1, m_options.activityWindowMs / kMinuteMs);
    const qint64 lastMinute = s.lastReceivedMs / kMinuteMs;
    qint64 spanMinutes = windowMinutes;
    if (s.primedRecords == 0 || s.lastReceivedMs - m_options.activityWindowMs >= s.primedUntilMs) {
        const qint64 firstMinute = (s.lastReceivedMs - m_options.activityWindowMs) / kMinuteMs;
        for (const auto &[minute, count] : s.minutes) {
            if (minute > firstMinute && count > 0) {
                spanMinutes = std::min(windowMinutes, lastMinute - minute + 1);
                break;
            }
        }
    }
    return double(recordsInWindow(s, s.lastReceivedMs)) / double(spanMinutes);
}

void OutageDetector::dropExpired(StreamState &s, qint64 nowMs) const
{
    s.outages.erase(std::remove_if(s.outages.begin(), s.outages.end(),
                                   [&](const Outage &o) {
                                       return !o.isOpen() && o.endMs + m_options.backfillHorizonMs < nowMs;
                                   }),
                    s.outages.end());
}

QList<Outage> OutageDetector::observe(const QString &companyId, OutageStream stream, qint64 receivedMs,
                                      const QList<qint64> &businessTimesMs)
{
    StreamState &s = state(companyId, stream);
    dropExpired(s, receivedMs);
    QList<Outage> changed;
    for (Outage &o : s.outages) {
        const qint64 end = o.isOpen() ? receivedMs : o.endMs;
        qint64 backfilled = 0;
        for (qint64 t : businessTimesMs) {
            if (t > 0 && t >= o.startMs && t < end)
                ++backfilled;
        }
        const bool closes = o.isOpen() && receivedMs > o.startMs;
        if (closes)
            o.endMs = receivedMs;
        o.backfilledRecords += backfilled;
        if (closes || backfilled > 0)
            changed.append(o);
    }

    trimWindow(s, receivedMs);
    const qint64 minute = receivedMs / kMinuteMs;
    if (!s.minutes.empty() && s.minutes.back().first == minute)
        s.minutes.back().second += businessTimesMs.size();
    else
        s.minutes.emplace_back(minute, businessTimesMs.size());
    s.inWindow += businessTimesMs.size();
    s.lastReceivedMs = std::max(s.lastReceivedMs, receivedMs);
    return changed;
}

bool OutageDetector::isActive(const QString &companyId, OutageStream stream) const
{
    const StreamState *s = find(companyId, stream);
    if (!s || s->lastReceivedMs == 0)
        return false;
    if (recordsInWindow(*s, s->lastReceivedMs) >= m_options.minActiveRecords)
        return true;
    // A stream that has just come back from an outage is still active: one record after a failure
    // followed by silence again is a second failure, not a quiet stream.
    for (const Outage &o : s->outages) {
        if (!o.isOpen() && o.endMs > s->lastReceivedMs - m_options.activityWindowMs)
            return true;
    }
    return false;
}

qint64 OutageDetector::lastReceivedMs(const QString &companyId, OutageStream stream) const
{
    const StreamState *s = find(companyId, stream);
    return s ? s->lastReceivedMs : 0;
}

QList<Outage> OutageDetector::tick(qint64 nowMs)
{
    QList<Outage> opened;
    for (StreamState &s : m_streams) {
        dropExpired(s, nowMs);
        const qint64 threshold = m_options.silenceMs[int(s.stream)];
        if (threshold <= 0 || s.lastReceivedMs == 0 || nowMs - s.lastReceivedMs <= threshold)
            continue;
        if (!s.outages.isEmpty() && s.outages.constLast().isOpen())
            continue;
        if (std::any_of(s.outages.cbegin(), s.outages.cend(),
                        [&](const Outage &o) { return o.startMs == s.lastReceivedMs; }))
            continue; // this silence was already reported (e.g. restored after a restart)
        if (!isActive(s.companyId, s.stream))
            continue;
        Outage o;
        o.companyId = s.companyId;
        o.stream = s.stream;
        o.startMs = s.lastReceivedMs;
        o.detectedMs = nowMs;
        o.ratePerMinute = rateBefore(s);
        s.outages.append(o);
        opened.append(o);
    }
    std::sort(opened.begin(), opened.end(), [](const Outage &a, const Outage &b) {
        return a.startMs != b.startMs ? a.startMs < b.startMs : a.companyId < b.companyId;
    });
    return opened;
}

void OutageDetector::restore(const QList<Outage> &outages)
{
    for (const Outage &o : outages) {
        StreamState &s = state(o.companyId, o.stream);
        const auto same = std::find_if(s.outages.begin(), s.outages.end(),
                                       [&](const Outage &known) { return known.sameWindow(o); });
        if (same != s.outages.end())
            *same = o;
        else
            s.outages.append(o);
        std::sort(s.outages.begin(), s.outages.end(),
                  [](const Outage &a, const Outage &b) { return a.startMs < b.startMs; });
        s.lastReceivedMs = std::max(s.lastReceivedMs, o.isOpen() ? o.startMs : o.endMs);
    }
}

void OutageDetector::prime(const QString &companyId, OutageStream stream, qint64 lastReceivedMs,
                           qint64 recordsInWindow)
{
    StreamState &s = state(companyId, stream);
    if (lastReceivedMs < s.lastReceivedMs)
        return;
    s.lastReceivedMs = lastReceivedMs;
    s.primedRecords = recordsInWindow;
    s.primedUntilMs = lastReceivedMs;
}

void OutageDetector::setId(const Outage &outage, qint64 id)
{
    const auto it = m_streams.find(keyOf(outage.companyId, outage.stream));
    if (it == m_streams.end())
        return;
    for (Outage &o : it->outages) {
        if (o.sameWindow(outage))
            o.id = id;
    }
}

QList<OutageDetector::StreamStatus> OutageDetector::status(qint64 nowMs, qint64 recentMs) const
{
    QList<StreamStatus> list;
    list.reserve(m_streams.size());
    // Whole minutes: the current minute and the ones before it that make up recentMs.
    const qint64 minutes = std::max<qint64>(1, recentMs / kMinuteMs);
    const qint64 firstMinute = nowMs / kMinuteMs - minutes + 1;
    for (const StreamState &s : m_streams) {
        StreamStatus st;
        st.companyId = s.companyId;
        st.stream = s.stream;
        st.lastReceivedMs = s.lastReceivedMs;
        qint64 recent = 0;
        for (const auto &[minute, count] : s.minutes) {
            if (minute >= firstMinute && minute * kMinuteMs <= nowMs)
                recent += count;
        }
        st.recordsPerMinute = double(recent) / double(minutes);
        st.active = isActive(s.companyId, s.stream);
        if (!s.outages.isEmpty() && s.outages.constLast().isOpen()) {
            st.outageOpen = true;
            st.openOutageId = s.outages.constLast().id;
        }
        list.append(st);
    }
    std::sort(list.begin(), list.end(), [](const StreamStatus &a, const StreamStatus &b) {
        return a.companyId != b.companyId ? a.companyId < b.companyId : int(a.stream) < int(b.stream);
    });
    return list;
}

QList<Outage> OutageDetector::outages() const
{
    QList<Outage> all;
    for (const StreamState &s : m_streams)
        all.append(s.outages);
    std::sort(all.begin(), all.end(), [](const Outage &a, const Outage &b) {
        if (a.startMs != b.startMs)
            return a.startMs < b.startMs;
        if (a.companyId != b.companyId)
            return a.companyId < b.companyId;
        return int(a.stream) < int(b.stream);
    });
    return all;
}

} // namespace rw
