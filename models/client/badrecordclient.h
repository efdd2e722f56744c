#pragma once

#include "badrecords/badrecord.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QObject>

namespace rw {

class PlatformClient;
struct ApiReply;

/**
 * \brief The console's calls of the city's bad-record list (seed 002 Art. 33–34;
 * platform/api/badrecordsapi.h, docs/lookup-contracts.md; a subject's conduct record is LookupClient's) on
 * PlatformClient::send(), which adds the session's token and pins the certificate.
 *
 * Asynchronous: each call returns at once and answers with a typed signal, or with failed() naming the
 * operation, the subject, the HTTP status, the platform's code and its message ("Adding 琼DD12345 to the
 * bad-record list failed (HTTP 409, conflict): …"). A list request answered after a newer one was sent is
 * dropped (the page shows the latest only). The platform checks every
 * permission (adding and removing: the city officer) and audits every call; the console only hides what
 * a role cannot do. A non-empty \a revealReason asks for personal data in clear (reveal=1&reason=…).
 */
class BadRecordClient : public QObject
{
    Q_OBJECT

public:
    enum class Operation { List, Add, Remove };
    Q_ENUM(Operation)

    /** \a client must outlive this object. */
    explicit BadRecordClient(PlatformClient *client, QObject *parent = nullptr);

    PlatformClient *platform() const { return m_client; }

    /** GET /api/v1/badrecords[?active=1] → listed. */
    void list(bool activeOnly = false, const QString &revealReason = {});
    /** POST /api/v1/badrecords → added. \a key: the plate of a vehicle, the licence number of a driver. */
    void add(BadRecord::Subject subject, const QString &key, const QString &reason, const QDate &until = {});
    /** POST /api/v1/badrecords/<id>/remove → removed. */
    void remove(qint64 id, const QString &reason);

    /**
     * Drops the list request on its way, if any: its answer, should it come, is ignored (the newest-wins
     * bookkeeping). Adding and removing are not cancelled: the platform may have done them already.
     * True if a list request was dropped.
     */
    bool cancelList();
    bool isListing() const;

    /** Requests sent and not yet answered. */
    int pendingCount() const { return int(m_pending.size()); }
    bool isBusy() const { return !m_pending.isEmpty(); }

    /** Translated, e.g. "Loading the bad-record list". */
    static QString operationName(Operation operation);

Q_SIGNALS:
    void listed(const QList<rw::BadRecord> &records, const QDateTime &asOf, bool activeOnly);
    void added(const rw::BadRecord &record);
    void removed(const rw::BadRecord &record);
    /** \a message is translated and complete. */
    void failed(rw::BadRecordClient::Operation operation, const QString &message);
    void busyChanged(bool busy);

private:
    struct Pending
    {
        Operation operation;
        QString subject;        //!< what the request is about, for messages
        quint64 generation = 0; //!< List: answered only if still the latest
    };

    void call(Operation operation, const QString &subject, const QByteArray &verb, const QString &path,
              const QUrlQuery &query, const QJsonObject &body,
              std::function<void(const ApiReply &)> onSuccess);
    void fail(Operation operation, const QString &subject, const QString &message);
    void failReply(Operation operation, const QString &subject, const ApiReply &reply);
    void onPlatformFailure(const QString &message);
    QString describe(Operation operation, const QString &subject) const;

    PlatformClient *m_client;
    quint64 m_nextId = 1;
    quint64 m_listGeneration = 0;
    QMap<quint64, Pending> m_pending;
};

} // namespace rw
