#pragma once

#include "outages/companysuspensionstate.h"
#include "outages/noticerecord.h"
#include "outages/outagerecord.h"
#include "outages/statusboard.h"

#include <QMap>
#include <QObject>
#include <QUrlQuery>

#include <functional>

namespace rw {

class PlatformClient;
struct ApiReply;

/**
 * \brief The console's calls of the transmission outages (issue 7; docs/outage-contracts.md; seed 000
 * Art. 11–13, 21) on PlatformClient::send(), which adds the session's token and pins the certificate.
 *
 * - outages(filter): GET /api/v1/outages → outagesReceived()
 * - outage(id): GET /api/v1/outages/<id> (with the notice trail) → outageReceived()
 * - notices(company, from, to): GET /api/v1/notices → noticesReceived()
 * - board(): GET /api/v1/outages/board → boardReceived()
 * - suspension(company): GET /api/v1/companies/<id>/suspension → suspensionReceived()
 * - setSuspended(company, suspended, reason): PUT …/suspension → suspensionChanged()
 *
 * Asynchronous. Of each kind only the newest request is answered; an older answer arriving later is
 * dropped. Failures come as failed() with one translated sentence naming the operation, its subject, the
 * HTTP status, the platform's code and its message verbatim; a reply that does not follow the contract
 * fails naming the JSON path. The platform checks every permission; the console only hides what a role
 * cannot do.
 */
class OutageClient : public QObject
{
    Q_OBJECT

public:
    enum class Operation { Outages, Outage, Notices, Board, Suspension, Suspend };
    Q_ENUM(Operation)

    struct Filter
    {
        QString company; //!< empty: every company in scope
        qint64 fromMs = 0;
        qint64 toMs = 0; //!< outages overlapping [from, to); 0: open-ended
        bool openOnly = false;
        int limit = 500;
    };

    /** \a client must outlive this object. */
    explicit OutageClient(PlatformClient *client, QObject *parent = nullptr);

    PlatformClient *platform() const { return m_client; }

    void outages(const Filter &filter);
    void outage(qint64 id);
    void notices(const QString &companyId, qint64 fromMs = 0, qint64 toMs = 0);
    void board();
    void suspension(const QString &companyId);
    /** \a reason is required (Art. 13: the platform refuses a change without one, and so does this). */
    void setSuspended(const QString &companyId, bool suspended, const QString &reason);
    /** Drops every answer on its way (sign-out, the page closed). */
    void cancel();

    bool isBusy() const { return !m_pending.isEmpty(); }
    /** Requests sent so far (for tests). */
    int requestsSent() const { return m_sent; }

    static QString operationName(Operation operation);

Q_SIGNALS:
    void outagesReceived(const QList<rw::OutageRecord> &outages);
    void outageReceived(const rw::OutageRecord &outage);
    void noticesReceived(const QList<rw::NoticeRecord> &notices);
    void boardReceived(const rw::StatusBoard &board);
    void suspensionReceived(const rw::CompanySuspensionState &state);
    void suspensionChanged(const rw::CompanySuspensionState &state);
    void failed(rw::OutageClient::Operation operation, const QString &message);
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
    void failLater(Operation operation, const QString &subject, const QString &message);
    void fail(Operation operation, const QString &subject, const QString &message);
    void failReply(Operation operation, const QString &subject, const ApiReply &reply);
    void onPlatformFailure(const QString &message);
    QString describe(Operation operation, const QString &subject) const;

    PlatformClient *m_client;
    QObject *m_context; //!< the requests' context; replaced by cancel()
    quint64 m_nextId = 1;
    QMap<Operation, quint64> m_generation;
    QMap<quint64, Pending> m_pending;
    int m_sent = 0;
};

} // namespace rw
