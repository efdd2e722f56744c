#include "lookupclient.h"

#include "cachedlookup.h"
#include "offlinelookupsource.h"

#include "client/apireply.h"
#include "client/platformclient.h"
#include "domain/systemclock.h"

#include <QUrl>
#include <QUrlQuery>

namespace rw {

namespace {

const SystemClock &systemClock()
{
    static const SystemClock clock;
    return clock;
}

/** Percent-encoded by hand: plates and names are Chinese text, and QUrlQuery would leave a "+" alone. */
QString encoded(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

bool platformUnreachable(const ApiReply &reply)
{
    return !reply.reachedPlatform() || reply.status >= 500;
}

} // namespace

LookupClient::LookupClient(PlatformClient *client, OfflineLookupSource *offline, const Clock *clock,
                           QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_offline(offline)
    , m_clock(clock ? clock : &systemClock())
    , m_context(new QObject(this))
{}

LookupClient::~LookupClient() = default;

std::optional<SessionInfo> LookupClient::session() const
{
    if (!m_client->isSignedIn())
        return std::nullopt;
    return m_client->session();
}

QString LookupClient::revealRefusal() const
{
    const std::optional<SessionInfo> account = session();
    if (!account)
        return tr("Revealing personal data needs a signed-in session");
    if (!account->role.can(Permission::RevealPersonalData))
        return tr("Your role (%1) may not reveal personal data: names, ID, licence and phone numbers stay "
                  "masked")
            .arg(account->role.displayName());
    return {};
}

bool LookupClient::canReveal() const
{
    return revealRefusal().isEmpty();
}

quint64 LookupClient::search(const QString &query)
{
    return ask(query, {}, false);
}

quint64 LookupClient::reveal(const QString &query, const QString &reason)
{
    return ask(query, reason, true);
}

quint64 LookupClient::ask(const QString &rawQuery, const QString &rawReason, bool reveal)
{
    const QString query = rawQuery.trimmed();
    const QString reason = rawReason.trimmed();
    QString refusal;
    if (query.isEmpty())
        refusal = tr("Nothing to look up: type a plate with its province (琼D…), a name, a driving-licence, "
                     "certificate or ID number, or a company");
    else if (reveal && !canReveal())
        refusal = revealRefusal();
    else if (reveal && reason.isEmpty())
        refusal = tr("Revealing personal data needs a reason; it is recorded in the platform's audit trail");
    if (!refusal.isEmpty()) {
        // Refused before asking: the question on its way (if any) is still the newest one.
        if (reveal)
            Q_EMIT revealFailed(query, refusal);
        else
            Q_EMIT searchFailed(query, refusal);
        return 0;
    }

    const quint64 number = ++m_next;
    m_current = number;
    setBusy(true);
    QUrlQuery parameters;
    parameters.addQueryItem(QStringLiteral("q"), encoded(query));
    parameters.addQueryItem(QStringLiteral("limit"), QString::number(m_limit));
    if (reveal) {
        parameters.addQueryItem(QStringLiteral("reveal"), QStringLiteral("1"));
        parameters.addQueryItem(QStringLiteral("reason"), encoded(reason));
    }
    ++m_sent;
    m_client->send("GET", QStringLiteral("/api/v1/permits/search"), parameters, {}, m_context,
                   [this, number, query, reveal](const ApiReply &reply) {
                       onSearchReply(number, query, reveal, reply);
                   });
    return number;
}

QString LookupClient::replyProblem(const ApiReply &reply)
{
    if (!reply.reachedPlatform())
        return reply.message.isEmpty() ? tr("no answer from the platform")
                                       : tr("no answer from the platform: %1").arg(reply.message);
    const QString status = reply.errorCode.isEmpty()
                               ? tr("HTTP %1").arg(reply.status)
                               : tr("HTTP %1, %2").arg(reply.status).arg(reply.errorCode);
    return reply.message.isEmpty() ? status : tr("%1 (%2)").arg(reply.message, status);
}

void LookupClient::onSearchReply(quint64 number, const QString &query, bool reveal, const ApiReply &reply)
{
    const QDateTime now = m_clock->now();
    QString error;
    std::optional<LookupAnswer> answer;
    if (reply.ok()) {
        answer = LookupAnswer::fromJson(reply.json, &error);
        // Worth keeping even when superseded; never personal data in clear, never what cannot be read.
        if (answer && !reveal && !answer->revealed && m_offline)
            m_offline->remember(query, reply.json, now);
    }
    if (number != m_current)
        return; // a newer question was asked meanwhile

    if (reply.ok()) {
        if (!answer) {
            const QString message =
                tr("The platform's answer to the permit search for “%1” cannot be read: %2")
                    .arg(query, error);
            finish(number);
            if (reveal)
                Q_EMIT revealFailed(query, message);
            else
                Q_EMIT searchFailed(query, message);
            return;
        }
        answer->query = query;
        answer->source = LookupAnswer::Source::Online;
        answer->receivedAt = now;
        finish(number);
        Q_EMIT answered(*answer);
        return;
    }

    const QString problem = replyProblem(reply);
    if (reveal) {
        finish(number);
        Q_EMIT revealFailed(
            query,
            platformUnreachable(reply)
                ? tr("Revealing personal data needs the platform, which cannot be reached (%1): every "
                     "reveal is recorded in its audit trail")
                      .arg(problem)
                : tr("The platform refused to reveal the personal data for “%1”: %2").arg(query, problem));
        return;
    }
    if (!platformUnreachable(reply)) {
        finish(number);
        Q_EMIT searchFailed(query,
                            tr("The platform refused the permit search for “%1”: %2").arg(query, problem));
        return;
    }
    if (!m_offline) {
        finish(number);
        Q_EMIT searchFailed(query,
                            tr("The platform cannot be reached (%1), and no offline cache is set up to "
                               "answer “%2”")
                                .arg(problem, query));
        return;
    }
    m_offline->lookup(query, m_context, [this, number, query, problem](std::optional<CachedLookup> cached) {
        onCached(number, query, problem, cached);
    });
}

void LookupClient::onCached(quint64 number, const QString &query, const QString &why,
                            const std::optional<CachedLookup> &cached)
{
    if (number != m_current)
        return;
    finish(number);
    if (!cached) {
        Q_EMIT searchFailed(query, tr("The platform cannot be reached (%1), and the offline cache holds no "
                                      "answer for “%2”")
                                       .arg(why, query));
        return;
    }
    QString error;
    std::optional<LookupAnswer> answer = LookupAnswer::fromJson(cached->answer, &error);
    if (!answer) {
        Q_EMIT searchFailed(query,
                            tr("The platform cannot be reached (%1), and the offline cache's answer for "
                               "“%2” cannot be read: %3")
                                .arg(why, query, error));
        return;
    }
    answer->query = query;
    answer->source = LookupAnswer::Source::Cached;
    answer->cachedAt = cached->cachedAt;
    answer->receivedAt = m_clock->now();
    answer->revealed = false; // the cache shows personal data masked, whatever it stores
    Q_EMIT answered(*answer);
}

quint64 LookupClient::conductOfVehicle(const QString &plate)
{
    return askConduct(BadRecord::Subject::Vehicle, plate.trimmed());
}

quint64 LookupClient::conductOfDriver(const QString &certificate)
{
    return askConduct(BadRecord::Subject::Driver, certificate.trimmed());
}

quint64 LookupClient::askConduct(BadRecord::Subject subject, const QString &key)
{
    if (key.isEmpty()) {
        Q_EMIT conductFailed(key, subject == BadRecord::Subject::Vehicle
                                      ? tr("No plate to ask the record of")
                                      : tr("No driver certificate to ask the record of"));
        return 0;
    }
    const quint64 number = ++m_next;
    m_currentConduct = number;
    QUrlQuery parameters;
    parameters.addQueryItem(subject == BadRecord::Subject::Vehicle ? QStringLiteral("plate")
                                                                       : QStringLiteral("driver"),
                            encoded(key));
    ++m_sent;
    m_client->send(
        "GET", QStringLiteral("/api/v1/conduct"), parameters, {}, m_context,
        [this, number, subject, key](const ApiReply &reply) { onConductReply(number, subject, key, reply); });
    return number;
}

void LookupClient::onConductReply(quint64 number, BadRecord::Subject subject, const QString &key,
                                  const ApiReply &reply)
{
    if (number != m_currentConduct)
        return;
    const QString what = subject == BadRecord::Subject::Vehicle ? tr("the vehicle %1").arg(key)
                                                                    : tr("the driver %1").arg(key);
    if (!reply.ok()) {
        Q_EMIT conductFailed(
            key,
            platformUnreachable(reply)
                ? tr("The bad-record list, complaints and penalties of %1 need the platform, which cannot "
                     "be reached (%2)")
                      .arg(what, replyProblem(reply))
                : tr("The platform refused the record of %1: %2").arg(what, replyProblem(reply)));
        return;
    }
    QString error;
    std::optional<ConductRecord> record = ConductRecord::fromJson(reply.json, &error);
    if (!record) {
        Q_EMIT conductFailed(key, tr("The platform's record of %1 cannot be read: %2").arg(what, error));
        return;
    }
    // The answer names its subject; if it does not, it is the one asked about.
    if (subject == BadRecord::Subject::Vehicle && record->plate.isEmpty())
        record->plate = key;
    if (subject == BadRecord::Subject::Driver && record->certificate.isEmpty())
        record->certificate = key;
    Q_EMIT conductAnswered(key, *record);
}

void LookupClient::cancel()
{
    delete m_context; // PlatformClient and the offline source drop the answers on their way
    m_context = new QObject(this);
    m_current = 0;
    m_currentConduct = 0;
    setBusy(false);
}

void LookupClient::finish(quint64 number)
{
    if (number == m_current)
        setBusy(false);
}

void LookupClient::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

} // namespace rw
