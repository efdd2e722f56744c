#pragma once

// Test helpers for models/location: a sequential device the test writes NMEA sentences into (a serial
// receiver in real time, without the serial port), an NMEA source whose errors the test can raise, and
// the checksummed sentences of a fix near 通什, Wuzhishan.

#include <QIODevice>
#include <QNmeaPositionInfoSource>
#include <QString>

#include <cmath>

namespace rw::testing {

/** A readable, sequential device: feed() appends bytes and emits readyRead, as a serial port would. */
class NmeaPipe : public QIODevice
{
public:
    NmeaPipe() { open(QIODevice::ReadOnly); }

    void feed(const QByteArray &bytes)
    {
        m_buffer += bytes;
        Q_EMIT readyRead();
    }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_buffer.size() + QIODevice::bytesAvailable(); }
    bool canReadLine() const override { return m_buffer.contains('\n') || QIODevice::canReadLine(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_buffer.size());
        memcpy(data, m_buffer.constData(), size_t(n));
        m_buffer.remove(0, n);
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_buffer;
};

/**
 * A real NMEA source, with its protected setError() public: a receiver that fails on demand. Counts
 * startUpdates() calls (MyLocation retries after an error).
 */
class FailingNmeaSource : public QNmeaPositionInfoSource
{
public:
    using QNmeaPositionInfoSource::QNmeaPositionInfoSource;
    using QNmeaPositionInfoSource::setError;

    void startUpdates() override
    {
        ++starts;
        QNmeaPositionInfoSource::startUpdates();
    }

    int starts = 0;
};

/** "$body*CS\r\n", with the XOR checksum of \a body. */
inline QByteArray nmeaSentence(const QByteArray &body)
{
    quint8 sum = 0;
    for (const char c : body)
        sum ^= quint8(c);
    return '$' + body + '*' + QByteArray::number(sum, 16).toUpper().rightJustified(2, '0') + "\r\n";
}

/** ddmm.mmmm (latitude, \a width 2) or dddmm.mmmm (longitude, \a width 3). */
inline QByteArray nmeaAngle(double degrees, int width)
{
    const int whole = int(degrees);
    return QByteArray::number(whole).rightJustified(width, '0') +
           QByteArray::number((degrees - whole) * 60, 'f', 4).rightJustified(7, '0');
}

/** A GGA and an RMC of one fix at \a hhmmss (e.g. "023050.00") on 1 March 2025, HDOP \a hdop. */
inline QByteArray nmeaFix(const QByteArray &hhmmss, double latitude, double longitude, double hdop = 1.2)
{
    const QByteArray lat = nmeaAngle(latitude, 2);
    const QByteArray lon = nmeaAngle(longitude, 3);
    return nmeaSentence("GPGGA," + hhmmss + ',' + lat + ",N," + lon + ",E,1,08," +
                        QByteArray::number(hdop, 'f', 1) + ",330.0,M,-8.0,M,,") +
           nmeaSentence("GPRMC," + hhmmss + ",A," + lat + ",N," + lon + ",E,0.5,18.4,010325,,,A");
}

} // namespace rw::testing
