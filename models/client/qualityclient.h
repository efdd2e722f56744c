#pragma once

#include "quality/qualitydimension.h"
#include "quality/qualityperiod.h"
#include "quality/qualityrawrecord.h"
#include "quality/qualityreviewstate.h"
#include "quality/qualityscoresheet.h"
#include "quality/qualitytrend.h"
#include "quality/qualityviolationlist.h"

#include <QMap>
#include <QObject>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace rw {

class PlatformClient;
struct ApiReply;

/**
 * \brief The console's calls of the data-quality scores (issue 6; docs/quality-contracts.md) on
 * PlatformClient::send(), which adds the session's token and pins the certificate.
 *
 * - scores(period[, region]): GET /api/v1/quality/scores → scoresReceived()
 * - trend(year[, region]): GET /api/v1/quality/trend → trendReceived()
 * - violations(company, period[, dimension]): GET /api/v1/quality/violations → violationsReceived()
 * - record(path): a sample's raw record (GET /api/v1/quality/records/… or /quarantine/…) → recordReceived()
 * - review(region, period, status, comment): PUT /api/v1/quality/reviews/<region>/<period> → reviewed()
 *
 * Asynchronous: each call returns at once. Of each kind only the newest request is answered (the page
 * shows the latest period, company, sample); an older answer arriving later is dropped. Failures come as
 * failed() with one translated sentence naming the operation, its subject, the HTTP status, the platform's
 * code and message ("Loading the scores of 2026-11 failed (HTTP 403, out_of_scope): …"); a reply that
 * does not follow the contract fails naming the JSON path. The platform checks every permission
 * (viewQualityReports, publishQualityReports) and audits the reads; the console only hides what a role
 * cannot do.
 */
class QualityClient : public QObject
{
    Q_OBJECT

public:
    enum class Operation { Scores, Trend, Violations, Record, Review };
    Q_ENUM(Operation)

    /** \a client must outlive this object. */
    explicit QualityClient(PlatformClient *client, QObject *parent = nullptr);

    PlatformClient *platform() const { return m_client; }

    void scores(const QualityPeriod &period, const QString &region = {});
    void trend(int year, const QString &region = {});
    void violations(const QString &companyId, const QualityPeriod &period,
                    std::optional<QualityDimension> dimension = std::nullopt);
    /** \a path: a sample's QualityViolationList::Sample::path (only /api/v1/quality/… is followed). */
    void record(const QString &path);
    /** \a status: Reviewed or Published (Draft is refused at once). */
    void review(const QString &region, const QualityPeriod &period, QualityReviewState::Status status,
                const QString &comment);
    /** Drops every answer on its way (sign-out, the page closed). */
    void cancel();
    /**
     * Drops the reads on their way (scores, trend, violations, records: a page's Cancel) and stops their
     * transfers; a review being saved goes on (the platform may have stored it already).
     */
    void cancelReads();

    bool isBusy() const { return !m_pending.isEmpty(); }
    int pendingCount() const { return int(m_pending.size()); }
    /** Requests sent so far (for tests). */
    int requestsSent() const { return m_sent; }

    /** Translated, e.g. "Loading the scores". */
    static QString operationName(Operation operation);

Q_SIGNALS:
    void scoresReceived(const rw::QualityScoreSheet &sheet);
    void trendReceived(const rw::QualityTrend &trend);
    void violationsReceived(const rw::QualityViolationList &list,
                            std::optional<rw::QualityDimension> dimension);
    void recordReceived(const rw::QualityRawRecord &record);
    void reviewed(const QString &region, const rw::QualityPeriod &period,
                  const rw::QualityReviewState &review);
    void failed(rw::QualityClient::Operation operation, const QString &message);
    void busyChanged(bool busy);

private:
    struct Pending
    {
        Operation operation;
        QString subject;
        quint64 generation = 0;
    };

    void call(Operation operation, const QString &subject, const QByteArray &verb, const QString &path,
              const QUrlQuery &query, const QJsonObject &body,
              std::function<void(const ApiReply &)> onSuccess);
    void fail(Operation operation, const QString &subject, const QString &message);
    void failReply(Operation operation, const QString &subject, const ApiReply &reply);
    void onPlatformFailure(const QString &message);
    QString describe(Operation operation, const QString &subject) const;

    PlatformClient *m_client;
    QObject *m_context;      //!< the reads' context; replaced by cancel() and cancelReads()
    QObject *m_writeContext; //!< the reviews' context; replaced by cancel() only
    quint64 m_nextId = 1;
    QMap<Operation, quint64> m_generation; //!< the newest request of each kind
    QMap<quint64, Pending> m_pending;
    int m_sent = 0;
};

} // namespace rw
