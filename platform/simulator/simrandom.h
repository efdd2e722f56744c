#pragma once

#include <QList>
#include <QtGlobal>

#include <cmath>
#include <cstdint>

namespace rw {

/**
 * \brief A small deterministic random source for the simulator (xoshiro256**, seeded with splitmix64).
 *
 * The standard library's distributions are implementation-defined, so the same seed could give
 * different traffic with another compiler; every draw here is computed from the raw bits, so a seed
 * gives the same companies, trips and faults everywhere.
 */
class SimRandom
{
public:
    explicit SimRandom(quint64 seed = 0) { reseed(seed); }

    void reseed(quint64 seed)
    {
        quint64 x = seed;
        for (quint64 &word : m_state)
            word = splitMix(x);
    }

    /** A new independent stream derived from this one and \a salt (e.g. a company index). */
    SimRandom fork(quint64 salt) { return SimRandom(next() ^ (salt * 0x9E3779B97F4A7C15ULL)); }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    /** Uniform in [0, 1). */
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }

    /** Uniform in [low, high). */
    double uniform(double low, double high) { return low + (high - low) * uniform(); }

    /** Uniform integer in [low, high], both inclusive. */
    qint64 range(qint64 low, qint64 high)
    {
        if (high <= low)
            return low;
        const quint64 span = quint64(high - low) + 1;
        return low + qint64(next() % span);
    }

    /** True with probability \a p. */
    bool chance(double p) { return p > 0 && uniform() < p; }

    /** Exponentially distributed with the given mean. */
    double exponential(double mean) { return -mean * std::log(1.0 - uniform()); }

    template<typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(range(0, list.size() - 1));
    }

    /** Index into \a weights chosen with probability proportional to its weight. */
    int weighted(const QList<double> &weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double r = uniform() * total;
        for (int i = 0; i < weights.size(); ++i) {
            r -= weights.at(i);
            if (r < 0)
                return i;
        }
        return weights.size() - 1;
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    static quint64 splitMix(quint64 &x)
    {
        quint64 z = (x += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    quint64 m_state[4] = {};
};

} // namespace rw
