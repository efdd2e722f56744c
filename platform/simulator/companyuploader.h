#pragma once

#include "recordencoder.h"
#include "simulatorstats.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>

#include <deque>
#include <memory>

class QNetworkAccessManager;

namespace rw {

/**
 * \brief Uploads one company's records to the platform over HTTP, the way a company's uploader would.
 *
 * Each enqueue() becomes one or more POSTs of at most maxBatchRecords records to
 * baseUrl + the interface's path + "?company=<CompanyId>", with "Authorization: Bearer <token>".
 * POSTs go one at a time, in order, so that the platform sees a trip's records in lifecycle order.
 *
 * A POST that fails at the transport level (refused, reset, timed out) or with 5xx, 408 or 429 is
 * kept and retried after a back-off that doubles up to retryMaxMs: nothing is lost while the
 * platform restarts. Any other 4xx reply is the platform refusing the data: it is logged with the
 * platform's message, counted as rejected, and not retried. A 2xx reply may list rejected records
 * ({"accepted":n,"rejected":m} or {"rejected":[…]}); otherwise the whole batch counts as acknowledged.
 */
class CompanyUploader : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QUrl baseUrl;
        QString token;
        int maxBatchRecords = 500;
        int retryInitialMs = 1000;
        int retryMaxMs = 60000;
        int requestTimeoutMs = 30000;
        qint64 maxQueuedRecords = 2000000;
        QList<QSslCertificate> caCertificates;
    };

    CompanyUploader(const QString &companyId, const Options &options, QNetworkAccessManager *network,
                    std::shared_ptr<const RecordEncoder> encoder, QObject *parent = nullptr);
    ~CompanyUploader() override;

    QString companyId() const { return m_companyId; }
    void setToken(const QString &token) { m_options.token = token; }

    /** Queues \a records of \a ipcType; sending starts at once unless a retry is pending. */
    void enqueue(const QString &ipcType, const QList<QJsonObject> &records);

    qint64 queuedRecords() const { return m_queuedRecords; }
    bool isIdle() const { return m_queue.empty() && !m_reply; }

    /** sent / acknowledged / rejected per interface (generated is the model's business). */
    const QMap<QString, InterfaceCounters> &counters() const { return m_counters; }
    qint64 retries() const { return m_retries; }
    qint64 dropped() const { return m_dropped; }
    int currentBackoffMs() const { return m_backoffMs; }

    /** The URL a batch of \a ipcType goes to. */
    QUrl urlFor(const QString &ipcType) const;

signals:
    void batchAcknowledged(const QString &ipcType, int accepted, int rejected);
    void batchRejected(const QString &ipcType, int records, int httpStatus, const QString &message);
    void retryScheduled(int delayMs, const QString &reason);
    void idle();

private:
    struct Batch
    {
        QString ipcType;
        QByteArray body;
        int records = 0;
    };

    void sendNext();
    void finished();
    void scheduleRetry(const QString &reason);

    QString m_companyId;
    Options m_options;
    QNetworkAccessManager *m_network = nullptr;
    std::shared_ptr<const RecordEncoder> m_encoder;
    std::deque<Batch> m_queue;
    qint64 m_queuedRecords = 0;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    int m_backoffMs = 0;
    QMap<QString, InterfaceCounters> m_counters;
    qint64 m_retries = 0;
    qint64 m_dropped = 0;
};

} // namespace rw
