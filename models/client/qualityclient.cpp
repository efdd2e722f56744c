#include "qualityclient.h"

#include "apireply.h"
#include "platformclient.h"

#include <QJsonObject>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace rw {

namespace {

QString percent(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

QualityClient::QualityClient(PlatformClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_context(new QObject(this))
    , m_writeContext(new QObject(this))
{
    connect(m_client, &PlatformClient::requestFailed, this, &QualityClient::onPlatformFailure);
}

QString QualityClient::operationName(Operation operation)
{
    switch (operation) {
    case Operation::Scores:
        return tr("Loading the scores");
    case Operation::Trend:
        return tr("Loading the trend");
    case Operation::Violations:
        return tr("Loading the violations");
    case Operation::Record:
        return tr("Loading the raw record");
    case Operation::Review:
        return tr("Saving the review");
    }
    return {};
}

QString QualityClient::describe(Operation operation, const QString &subject) const
{
    if (subject.isEmpty())
        return operationName(operation);
    switch (operation) {
    case Operation::Scores:
        return tr("Loading the scores of %1").arg(subject);
    case Operation::Trend:
        return tr("Loading the trend of %1").arg(subject);
    case Operation::Violations:
        return tr("Loading the violations of %1").arg(subject);
    case Operation::Record:
        return tr("Loading the raw record %1").arg(subject);
    case Operation::Review:
        return tr("Saving the review of %1").arg(subject);
    }
    return operationName(operation);
}

void QualityClient::call(Operation operation, const QString &subject, const QByteArray &verb,
                         const QString &path, const QUrlQuery &query, const QJsonObject &body,
                         std::function<void(const ApiReply &)> onSuccess)
{
    const quint64 id = m_nextId++;
    const quint64 generation = ++m_generation[operation];
    const bool wasBusy = isBusy();
    m_pending.insert(id, Pending{operation, subject, generation});
    if (!wasBusy)
        Q_EMIT busyChanged(true);
    ++m_sent;
    QObject *context = operation == Operation::Review ? m_writeContext : m_context;
    m_client->send(verb, path, query, body, context, [this, id, onSuccess](const ApiReply &reply) {
        const auto it = m_pending.find(id);
        if (it == m_pending.end())
            return; // failed already (the platform unreachable)
        const Pending what = *it;
        m_pending.erase(it);
        if (m_pending.isEmpty())
            Q_EMIT busyChanged(false);
        // A newer request of the same kind was sent meanwhile: this answer is out of date.
        if (what.generation != m_generation.value(what.operation))
            return;
        if (!reply.ok()) {
            failReply(what.operation, what.subject, reply);
            return;
        }
        onSuccess(reply);
    });
}

void QualityClient::fail(Operation operation, const QString &subject, const QString &message)
{
    Q_EMIT failed(operation, tr("%1 failed: %2").arg(describe(operation, subject), message));
}

void QualityClient::failReply(Operation operation, const QString &subject, const ApiReply &reply)
{
    const QString status = !reply.reachedPlatform() ? tr("no answer")
                           : reply.errorCode.isEmpty()
                               ? tr("HTTP %1").arg(reply.status)
                               : tr("HTTP %1, %2").arg(reply.status).arg(reply.errorCode);
    Q_EMIT failed(operation,
                  tr("%1 failed (%2): %3").arg(describe(operation, subject), status, reply.message));
}

void QualityClient::onPlatformFailure(const QString &message)
{
    // Requests PlatformClient never answers (no address, a certificate refused) end here; an unreachable
    // platform's answer also comes with status 0 to the handler, and whichever comes first wins.
    if (m_client->state() != PlatformClient::State::Disconnected || m_pending.isEmpty())
        return;
    QTimer::singleShot(0, this, [this, message] {
        if (m_pending.isEmpty())
            return;
        const auto pending = std::exchange(m_pending, {});
        Q_EMIT busyChanged(false);
        for (const Pending &p : pending)
            fail(p.operation, p.subject, message);
    });
}

void QualityClient::cancel()
{
    delete m_context; // PlatformClient drops the answers of a destroyed context
    m_context = new QObject(this);
    delete m_writeContext;
    m_writeContext = new QObject(this);
    for (auto it = m_generation.begin(); it != m_generation.end(); ++it)
        ++it.value();
    if (!m_pending.isEmpty()) {
        m_pending.clear();
        Q_EMIT busyChanged(false);
    }
}

void QualityClient::cancelReads()
{
    delete m_context; // PlatformClient aborts the transfers of a destroyed context
    m_context = new QObject(this);
    for (auto it = m_generation.begin(); it != m_generation.end(); ++it)
        if (it.key() != Operation::Review)
            ++it.value();
    const bool wasBusy = isBusy();
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->operation == Operation::Review)
            ++it;
        else
            it = m_pending.erase(it);
    }
    if (wasBusy && !isBusy())
        Q_EMIT busyChanged(false);
}

void QualityClient::scores(const QualityPeriod &period, const QString &region)
{
    QUrlQuery query;
    query.addQueryItem(u"period"_s, period.key());
    if (!region.isEmpty())
        query.addQueryItem(u"region"_s, percent(region));
    const QString subject = region.isEmpty() ? period.key() : tr("%1 in %2").arg(period.key(), region);
    call(Operation::Scores, subject, "GET", u"/api/v1/quality/scores"_s, query, {},
         [this, subject](const ApiReply &reply) {
             QString error;
             const auto sheet = QualityScoreSheet::fromJson(reply.json, &error);
             if (!sheet) {
                 fail(Operation::Scores, subject, tr("the platform's answer cannot be read: %1").arg(error));
                 return;
             }
             Q_EMIT scoresReceived(*sheet);
         });
}

void QualityClient::trend(int year, const QString &region)
{
    QUrlQuery query;
    query.addQueryItem(u"year"_s, QString::number(year));
    if (!region.isEmpty())
        query.addQueryItem(u"region"_s, percent(region));
    const QString subject = QString::number(year);
    call(Operation::Trend, subject, "GET", u"/api/v1/quality/trend"_s, query, {},
         [this, subject](const ApiReply &reply) {
             QString error;
             const auto trend = QualityTrend::fromJson(reply.json, &error);
             if (!trend) {
                 fail(Operation::Trend, subject, tr("the platform's answer cannot be read: %1").arg(error));
                 return;
             }
             Q_EMIT trendReceived(*trend);
         });
}

void QualityClient::violations(const QString &companyId, const QualityPeriod &period,
                               std::optional<QualityDimension> dimension)
{
    QUrlQuery query;
    query.addQueryItem(u"company"_s, percent(companyId));
    query.addQueryItem(u"period"_s, period.key());
    if (dimension)
        query.addQueryItem(u"dimension"_s, QualityDimensions::key(*dimension));
    const QString subject = tr("%1 in %2").arg(companyId, period.key());
    call(Operation::Violations, subject, "GET", u"/api/v1/quality/violations"_s, query, {},
         [this, subject, dimension](const ApiReply &reply) {
             QString error;
             const auto list = QualityViolationList::fromJson(reply.json, &error);
             if (!list) {
                 fail(Operation::Violations, subject,
                      tr("the platform's answer cannot be read: %1").arg(error));
                 return;
             }
             Q_EMIT violationsReceived(*list, dimension);
         });
}

void QualityClient::record(const QString &path)
{
    // Only the platform's own quality routes: a path from a reply is never followed elsewhere.
    if (!path.startsWith(u"/api/v1/quality/records/"_s) &&
        !path.startsWith(u"/api/v1/quality/quarantine/"_s)) {
        ++m_generation[Operation::Record];
        QTimer::singleShot(0, this, [this, path] {
            fail(Operation::Record, path,
                 tr("“%1” is not a raw record's path (/api/v1/quality/records/… or "
                    "/api/v1/quality/quarantine/…)")
                     .arg(path));
        });
        return;
    }
    call(Operation::Record, path, "GET", path, {}, {}, [this, path](const ApiReply &reply) {
        QString error;
        const auto record = QualityRawRecord::fromJson(reply.json, &error);
        if (!record) {
            fail(Operation::Record, path, tr("the platform's answer cannot be read: %1").arg(error));
            return;
        }
        Q_EMIT recordReceived(*record);
    });
}

void QualityClient::review(const QString &region, const QualityPeriod &period,
                           QualityReviewState::Status status, const QString &comment)
{
    const QString subject = tr("%1 in %2").arg(period.key(), region);
    if (status == QualityReviewState::Status::Draft || region.isEmpty()) {
        QTimer::singleShot(0, this, [this, subject, region] {
            fail(Operation::Review, subject,
                 region.isEmpty() ? tr("no region given")
                                  : tr("a period can only be marked reviewed or published"));
        });
        return;
    }
    const QJsonObject body{{u"status"_s, QualityReviewState::statusKey(status)},
                           {u"comment"_s, comment.trimmed()}};
    call(Operation::Review, subject, "PUT",
         u"/api/v1/quality/reviews/%1/%2"_s.arg(percent(region), period.key()), {}, body,
         [this, subject, region, period](const ApiReply &reply) {
             QString error;
             const auto state = QualityReviewState::fromJson(reply.json, {}, &error);
             if (!state) {
                 fail(Operation::Review, subject, tr("the platform's answer cannot be read: %1").arg(error));
                 return;
             }
             Q_EMIT reviewed(region, period, *state);
         });
}

} // namespace rw
