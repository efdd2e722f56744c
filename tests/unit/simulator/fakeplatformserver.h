#pragma once

// A deliberately tiny HTTP/1.1 server on 127.0.0.1 that stands in for the platform's upload
// endpoints in the uploader tests only: it records each POST and answers with the status the test
// chooses. The real platform integration is tested elsewhere.

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <functional>

struct FakeRequest
{
    QByteArray method;
    QUrl url;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

struct FakeResponse
{
    int status = 200;
    QByteArray body = QByteArrayLiteral("{}");
};

class FakePlatformServer : public QTcpServer
{
public:
    using Policy = std::function<FakeResponse(const FakeRequest &request, int index)>;

    explicit FakePlatformServer(QObject *parent = nullptr)
        : QTcpServer(parent)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    bool listenLocal(quint16 port = 0) { return listen(QHostAddress::LocalHost, port); }
    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }

    void setPolicy(Policy policy) { m_policy = std::move(policy); }
    const QList<FakeRequest> &requests() const { return m_requests; }
    /** Requests answered with 2xx. */
    QList<FakeRequest> accepted() const
    {
        QList<FakeRequest> result;
        for (int i = 0; i < m_requests.size(); ++i) {
            if (m_statuses.at(i) >= 200 && m_statuses.at(i) < 300)
                result.append(m_requests.at(i));
        }
        return result;
    }
    /** Records in the accepted envelopes. */
    int acceptedRecords() const
    {
        int n = 0;
        for (const FakeRequest &r : accepted()) {
            const QJsonObject o = r.json();
            n += int(o.value(o.value(QStringLiteral("IPCType")).toString()).toArray().size());
        }
        return n;
    }

private:
    void readFrom(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
            FakeRequest request;
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.url = QUrl(QString::fromLatin1(first.value(1)));
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                           lines.at(i).mid(colon + 1).trimmed());
            }
            const qsizetype length = request.headers.value("content-length").toLongLong();
            if (buffer.size() < headerEnd + 4 + length)
                return;
            request.body = buffer.mid(headerEnd + 4, length);
            buffer.remove(0, headerEnd + 4 + length);
            const FakeResponse response =
                m_policy ? m_policy(request, int(m_requests.size())) : FakeResponse();
            m_requests.append(request);
            m_statuses.append(response.status);
            QByteArray reply = "HTTP/1.1 " + QByteArray::number(response.status) + " Status\r\n" +
                               "Content-Type: application/json\r\nContent-Length: " +
                               QByteArray::number(response.body.size()) +
                               "\r\nConnection: keep-alive\r\n\r\n" + response.body;
            socket->write(reply);
        }
    }

    Policy m_policy;
    QList<FakeRequest> m_requests;
    QList<int> m_statuses;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
