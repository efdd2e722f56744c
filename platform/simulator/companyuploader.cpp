#include "companyuploader.h"

#include "simulatorinterfaces.h"
#include "simulatorlog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace rw {

CompanyUploader::CompanyUploader(const QString &companyId, const Options &options,
                                 QNetworkAccessManager *network, std::shared_ptr<const RecordEncoder> encoder,
                                 QObject *parent)
    : QObject(parent)
    , m_companyId(companyId)
    , m_options(options)
    , m_network(network)
    , m_encoder(std::move(encoder))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &CompanyUploader::sendNext);
}

CompanyUploader::~CompanyUploader()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QUrl CompanyUploader::urlFor(const QString &ipcType) const
{
    QUrl url = m_options.baseUrl;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    const SimInterfaceInfo *info = SimulatorInterfaces::find(ipcType);
    url.setPath(path + (info ? QString(info->path) : u"/"_s + ipcType));
    QUrlQuery query;
    query.addQueryItem(u"company"_s, m_companyId);
    url.setQuery(query);
    return url;
}

void CompanyUploader::enqueue(const QString &ipcType, const QList<QJsonObject> &records)
{
    const int size = std::max(1, m_options.maxBatchRecords);
    for (qsizetype i = 0; i < records.size(); i += size) {
        const QList<QJsonObject> part = records.mid(i, size);
        m_queue.push_back({ipcType, m_encoder->encode(m_companyId, ipcType, part), int(part.size())});
        m_queuedRecords += part.size();
    }
    // Bounded memory: if the platform stays away too long, the oldest waiting batches go first.
    while (m_queuedRecords > m_options.maxQueuedRecords && m_queue.size() > 1) {
        const qsizetype skip = m_reply ? 1 : 0; // never the batch on the wire
        auto victim = m_queue.begin() + skip;
        m_queuedRecords -= victim->records;
        m_dropped += victim->records;
        qCWarning(lcSimulator).noquote()
            << tr("company %1: upload queue above %2 records, dropped %3 %4 records")
                   .arg(m_companyId)
                   .arg(m_options.maxQueuedRecords)
                   .arg(victim->records)
                   .arg(victim->ipcType);
        m_queue.erase(victim);
    }
    if (!m_reply && !m_retryTimer.isActive())
        sendNext();
}

void CompanyUploader::sendNext()
{
    if (m_reply || m_queue.empty())
        return;
    const Batch &batch = m_queue.front();
    QNetworkRequest request(urlFor(batch.ipcType));
    request.setHeader(QNetworkRequest::ContentTypeHeader, m_encoder->contentType());
    request.setRawHeader("Authorization", "Bearer " + m_options.token.toUtf8());
    request.setTransferTimeout(m_options.requestTimeoutMs);
    if (!m_options.caCertificates.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_options.caCertificates);
        request.setSslConfiguration(ssl);
    }
    m_reply = m_network->post(request, batch.body);
    connect(m_reply, &QNetworkReply::finished, this, &CompanyUploader::finished);
}

void CompanyUploader::scheduleRetry(const QString &reason)
{
    ++m_retries;
    m_backoffMs =
        m_backoffMs == 0 ? m_options.retryInitialMs : std::min(m_backoffMs * 2, m_options.retryMaxMs);
    qCInfo(lcSimulator).noquote()
        << tr("company %1: upload failed (%2), retrying in %3 ms").arg(m_companyId, reason).arg(m_backoffMs);
    emit retryScheduled(m_backoffMs, reason);
    m_retryTimer.start(m_backoffMs);
}

void CompanyUploader::finished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    Batch &batch = m_queue.front();

    if (status == 0 || status >= 500 || status == 408 || status == 429) {
        // Transport failure or a platform that cannot take data now: keep the batch, try again later.
        scheduleRetry(status == 0 ? reply->errorString() : tr("HTTP %1").arg(status));
        return;
    }

    InterfaceCounters &counters = m_counters[batch.ipcType];
    counters.sent += batch.records;
    if (status >= 200 && status < 300) {
        int rejected = 0;
        const QJsonDocument document = QJsonDocument::fromJson(body);
        if (document.isObject()) {
            const QJsonObject o = document.object();
            const QJsonValue r = o.value(u"rejected"_s);
            if (r.isDouble())
                rejected = r.toInt();
            else if (r.isArray())
                rejected = int(r.toArray().size());
            else if (o.value(u"results"_s).isArray()) {
                for (const QJsonValue &result : o.value(u"results"_s).toArray()) {
                    const QJsonObject item = result.toObject();
                    if (item.value(u"accepted"_s) == QJsonValue(false) ||
                        item.value(u"status"_s).toString() == u"rejected"_s)
                        ++rejected;
                }
            }
        }
        rejected = std::clamp(rejected, 0, batch.records);
        counters.acknowledged += batch.records - rejected;
        counters.rejected += rejected;
        emit batchAcknowledged(batch.ipcType, batch.records - rejected, rejected);
    } else {
        // 4xx: the platform refuses this batch; sending it again would not change its mind.
        QString message;
        const QJsonDocument document = QJsonDocument::fromJson(body);
        if (document.isObject()) {
            const QJsonObject o = document.object();
            // The platform answers {"error":{"code","message"}}; a plain {"error":"…"} is read too.
            const QJsonValue error = o.value(u"error"_s);
            message = error.isObject() ? error.toObject().value(u"message"_s).toString()
                                       : error.toString(o.value(u"message"_s).toString());
        }
        if (message.isEmpty())
            message = QString::fromUtf8(body.left(300)).trimmed();
        counters.rejected += batch.records;
        qCWarning(lcSimulator).noquote() << tr("company %1: platform rejected %2 %3 records with HTTP %4: %5")
                                                .arg(m_companyId)
                                                .arg(batch.records)
                                                .arg(batch.ipcType)
                                                .arg(status)
                                                .arg(message);
        emit batchRejected(batch.ipcType, batch.records, status, message);
    }
    m_backoffMs = 0;
    m_queuedRecords -= batch.records;
    m_queue.pop_front();
    if (m_queue.empty())
        emit idle();
    else
        sendNext();
}

} // namespace rw
