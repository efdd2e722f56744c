#pragma once

// A tile server for tests on a QTcpServer at 127.0.0.1 (a minimal HTTP/1.1 with keep-alive): GET
// /tiles/{z}/{x}/{y}.png answers what body() returns for the tile (404 when it returns nothing). It counts
// requests, remembers the User-Agent, and can hold every answer until release(), to test the per-host
// limit and cancellation.

#include <QHash>
#include <QList>
#include <QPointer>
#include <QString>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

namespace rw::test {

class TileTestServer
{
public:
    using Body = std::function<QByteArray(int z, int x, int y)>;

    explicit TileTestServer(Body body)
        : m_body(std::move(body))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { read(socket); });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString urlTemplate() const
    {
        return QStringLiteral("http://127.0.0.1:%1/tiles/{z}/{x}/{y}.png").arg(m_server.serverPort());
    }

    void setHold(bool hold) { m_hold = hold; }
    /** Answers every held request whose client is still connected. */
    void release()
    {
        const auto held = std::exchange(m_held, {});
        for (const auto &[path, socket] : held) {
            if (socket && socket->state() == QAbstractSocket::ConnectedState)
                answer(path, socket);
        }
    }
    /** Held requests whose client is still waiting. */
    int stillWaiting() const
    {
        int n = 0;
        for (const auto &h : m_held)
            n += h.second && h.second->state() == QAbstractSocket::ConnectedState ? 1 : 0;
        return n;
    }

    int requests() const { return m_requests; }
    int peakOpen() const { return m_peakOpen; }
    QString userAgent() const { return m_userAgent; }
    int heldCount() const { return int(m_held.size()); }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = buffer.left(end);
            buffer.remove(0, end + 4);
            const QList<QByteArray> lines = head.split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            const QString path = QString::fromLatin1(requestLine.value(1));
            for (const QByteArray &line : lines) {
                if (line.toLower().startsWith("user-agent:"))
                    m_userAgent = QString::fromUtf8(line.mid(11).trimmed());
            }
            ++m_requests;
            ++m_open;
            m_peakOpen = qMax(m_peakOpen, m_open);
            if (m_hold)
                m_held.append({path, QPointer<QTcpSocket>(socket)});
            else
                answer(path, socket);
        }
    }

    void answer(const QString &path, QTcpSocket *socket)
    {
        --m_open;
        const QStringList parts = path.mid(7).chopped(4).split(QLatin1Char('/')); // /tiles/z/x/y.png
        QByteArray body;
        if (path.startsWith(QLatin1String("/tiles/")) && parts.size() == 3)
            body = m_body(parts.at(0).toInt(), parts.at(1).toInt(), parts.at(2).toInt());
        const QByteArray status = body.isEmpty() ? "404 Not Found" : "200 OK";
        if (body.isEmpty())
            body = "no such tile";
        socket->write("HTTP/1.1 " + status +
                      "\r\nContent-Type: " + (status.startsWith("200") ? "image/png" : "text/plain") +
                      "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }

    QTcpServer m_server;
    Body m_body;
    bool m_hold = false;
    QList<QPair<QString, QPointer<QTcpSocket>>> m_held;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_requests = 0;
    int m_open = 0;
    int m_peakOpen = 0;
    QString m_userAgent;
};

} // namespace rw::test
