#pragma once

#include "client/sessioninfo.h"
#include "badrecords/conductrecord.h"
#include "lookupanswer.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

namespace rw {

class Clock;
class OfflineLookupSource;
class PlatformClient;
struct ApiReply;
struct CachedLookup;

/**
 * \brief The enforcement officer's permit lookup (issue 5) on PlatformClient::send(): search, reveal and
 * the record of a vehicle or driver, with the offline cache behind it (docs/lookup-contracts.md).
 *
 * - search(q): GET /api/v1/permits/search?q=…&limit=… → answered(LookupAnswer) or searchFailed().
 * - reveal(q, reason): the same with reveal=1&reason=… (personal data in clear, audited by the platform);
 *   only for a role with Permission::RevealPersonalData and with a reason, else revealFailed() at once
 *   without asking. Never answered from the cache: revealing is audited, so it needs the platform.
 * - conductOfVehicle(plate) / conductOfDriver(certificate): GET /api/v1/conduct → conductAnswered() or
 *   conductFailed().
 *
 * Searches and reveals form one line of questions: a newer one supersedes the older, whose answer (or
 * failure) is dropped; conduct requests form another. isBusy() is true while the newest search or reveal
 * is unanswered.
 *
 * When the platform does not answer (status 0) or fails (5xx), a search goes to the OfflineLookupSource
 * (if one is set) and its answer comes back marked Cached with the time it was cached. Every masked 200
 * answer of a search, superseded or not, is handed to OfflineLookupSource::remember(); revealed answers are
 * never kept (personal data in clear does not go into the cache).
 *
 * Failures are one translated sentence naming what failed, why, and the platform's words.
 */
class LookupClient : public QObject
{
    Q_OBJECT

public:
    /** Hits asked for: a page of results an officer reads; the platform allows up to 200. */
    static constexpr int DefaultLimit = 50;

    /** \a client must outlive this object; \a offline (may be null) too; \a clock null: the system clock. */
    explicit LookupClient(PlatformClient *client, OfflineLookupSource *offline = nullptr,
                          const Clock *clock = nullptr, QObject *parent = nullptr);
    ~LookupClient() override;

    void setOfflineSource(OfflineLookupSource *source) { m_offline = source; }
    OfflineLookupSource *offlineSource() const { return m_offline; }
    void setLimit(int limit) { m_limit = limit; }
    int limit() const { return m_limit; }
    const Clock &clock() const { return *m_clock; }
    PlatformClient *platform() const { return m_client; }

    /** The signed-in account (officer, role, region); nothing when signed out. */
    std::optional<SessionInfo> session() const;
    /** Whether the session's role may reveal personal data (the platform checks again). */
    bool canReveal() const;
    /** Why revealing is not possible (translated), or empty when it is. */
    QString revealRefusal() const;

    /** A search or reveal is on its way. */
    bool isBusy() const { return m_busy; }
    /** Requests sent to the platform so far (for tests). */
    int requestsSent() const { return m_sent; }

public Q_SLOTS:
    /** Asks the platform; the number of the question, 0 when refused at once (empty query). */
    quint64 search(const QString &query);
    /** Asks again with personal data in clear; 0 when refused at once (no right, no reason, signed out). */
    quint64 reveal(const QString &query, const QString &reason);
    /** The record of the vehicle \a plate; 0 when refused at once (empty). */
    quint64 conductOfVehicle(const QString &plate);
    /** The record of the driver whose driver certificate is \a certificate; 0 when refused at once. */
    quint64 conductOfDriver(const QString &certificate);
    /** Drops every answer on its way (sign-out, the page closed). */
    void cancel();

Q_SIGNALS:
    /** The answer to the newest search or reveal (answer.revealed tells which). */
    void answered(const rw::LookupAnswer &answer);
    void searchFailed(const QString &query, const QString &message);
    void revealFailed(const QString &query, const QString &message);
    /** \a subject: the plate or the certificate asked about (as given to conductOf…()). */
    void conductAnswered(const QString &subject, const rw::ConductRecord &record);
    void conductFailed(const QString &subject, const QString &message);
    void busyChanged(bool busy);

private:
    quint64 ask(const QString &query, const QString &reason, bool reveal);
    quint64 askConduct(BadRecord::Subject subject, const QString &key);
    void onSearchReply(quint64 number, const QString &query, bool reveal, const ApiReply &reply);
    void onCached(quint64 number, const QString &query, const QString &why,
                  const std::optional<CachedLookup> &cached);
    void onConductReply(quint64 number, BadRecord::Subject subject, const QString &key,
                        const ApiReply &reply);
    void finish(quint64 number);
    void setBusy(bool busy);
    /** "no answer from the platform (…)", "HTTP 503, unavailable: …". */
    static QString replyProblem(const ApiReply &reply);

    PlatformClient *m_client;
    OfflineLookupSource *m_offline;
    const Clock *m_clock;
    QPointer<QObject> m_context; //!< the requests' context; deleting it drops their answers
    quint64 m_next = 0;
    quint64 m_current = 0;        //!< the newest search or reveal
    quint64 m_currentConduct = 0; //!< the newest conduct request
    int m_limit = DefaultLimit;
    int m_sent = 0;
    bool m_busy = false;
};

} // namespace rw
