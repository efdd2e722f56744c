#include "outageclient.h"

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

OutageClient::OutageClient(PlatformClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_context(new QObject(this))
{
    connect(m_client, &PlatformClient::requestFailed, this, &OutageClient::onPlatformFailure);
}

QString OutageClient::operationName(Operation operation)
{
    switch (operation) {
    case Operation::Outages:
        return tr("Loading the outages");
    case Operation::Outage:
        return tr("Loading the outage");
    case Operation::Notices:
        return tr("Loading the notices");
    case Operation::Board:
        return tr("Loading the status board");
    case Operation::Suspension:
        return tr("Loading the suspension state");
    case Operation::Suspend:
        return tr("Changing the upload access");
    }
    return {};
}

QString OutageClient::describe(Operation operation, const QString &subject) const
{
    if (subject.isEmpty())
        return operationName(operation);
    switch (operation) {
    case Operation::Outages:
        return tr("Loading the outages of %1").arg(subject);
    case Operation::Outage:
        return tr("Loading outage %1").arg(subject);
    case Operation::Notices:
        return tr("Loading the notices of %1").arg(subject);
    case Operation::Board:
        return operationName(operation);
    case Operation::Suspension:
        return tr("Loading the suspension state of %1").arg(subject);
    case Operation::Suspend:
        return tr("Changing the upload access of %1").arg(subject);
    }
    return operationName(operation);
}

void OutageClient::call(Operation operation, const QString &subject, const QByteArray &verb,
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
    m_client->send(verb, path, query, body, m_context, [this, id, onSuccess](const ApiReply &reply) {
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

void OutageClient::fail(Operation operation, const QString &subject, const QString &message)
{
    Q_EMIT failed(operation, tr("%1 failed: %2").arg(describe(operation, subject), message));
}

void OutageClient::failLater(Operation operation, const QString &subject, const QString &message)
{
    ++m_generation[operation]; // an answer still on its way is older than this refusal
    QTimer::singleShot(0, this, [this, operation, subject, message] { fail(operation, subject, message); });
}

void OutageClient::failReply(Operation operation, const QString &subject, const ApiReply &reply)
{
    const QString status = !reply.reachedPlatform() ? tr("no answer")
                           : reply.errorCode.isEmpty()
                               ? tr("HTTP %1").arg(reply.status)
                               : tr("HTTP %1, %2").arg(reply.status).arg(reply.errorCode);
    Q_EMIT failed(operation,
                  tr("%1 failed (%2): %3").arg(describe(operation, subject), status, reply.message));
}

void OutageClient::onPlatformFailure(const QString &message)
{
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

void OutageClient::cancel()
{
    delete m_context; // PlatformClient drops the answers of a destroyed context
    m_context = new QObject(this);
    for (auto it = m_generation.begin(); it != m_generation.end(); ++it)
        ++it.value();
    if (!m_pending.isEmpty()) {
        m_pending.clear();
        Q_EMIT busyChanged(false);
    }
}

void OutageClient::outages(const Filter &filter)
{
    QUrlQuery query;
    if (!filter.company.isEmpty())
        query.addQueryItem(u"company"_s, percent(filter.company));
    if (filter.fromMs > 0)
        query.addQueryItem(u"from"_s, QString::number(filter.fromMs));
    if (filter.toMs > 0)
        query.addQueryItem(u"to"_s, QString::number(filter.toMs));
    if (filter.openOnly)
        query.addQueryItem(u"open"_s, u"1"_s);
    if (filter.limit > 0)
        query.addQueryItem(u"limit"_s, QString::number(filter.limit));
    const QString subject = filter.company;
    call(Operation::Outages, subject, "GET", u"/api/v1/outages"_s, query, {},
         [this, subject](const ApiReply &reply) {
             QString error;
             const auto list = OutageRecord::listFromJson(reply.json, &error);
             if (!list) {
                 fail(Operation::Outages, subject, tr("the platform's answer cannot be read: %1").arg(error));
                 return;
             }
             Q_EMIT outagesReceived(*list);
         });
}

void OutageClient::outage(qint64 id)
{
    const QString subject = QString::number(id);
    if (id <= 0) {
        failLater(Operation::Outage, subject, tr("%1 is not an outage's id").arg(id));
        return;
    }
    call(Operation::Outage, subject, "GET", u"/api/v1/outages/%1"_s.arg(id), {}, {},
         [this, subject](const ApiReply &reply) {
             QString error;
             const auto outage = OutageRecord::detailFromJson(reply.json, &error);
             if (!outage) {
                 fail(Operation::Outage, subject, tr("the platform's answer cannot be read: %1").arg(error));
                 return;
             }
             Q_EMIT outageReceived(*outage);
         });
}

void OutageClient::notices(const QString &companyId, qint64 fromMs, qint64 toMs)
{
    QUrlQuery query;
    if (!companyId.isEmpty())
        query.addQueryItem(u"company"_s, percent(companyId));
    if (fromMs > 0)
        query.addQueryItem(u"from"_s, QString::number(fromMs));
    if (toMs > 0)
        query.addQueryItem(u"to"_s, QString::number(toMs));
    call(Operation::Notices, companyId, "GET", u"/api/v1/notices"_s, query, {},
         [this, companyId](const ApiReply &reply) {
             QString error;
             const auto list = NoticeRecord::listFromJson(reply.json, &error);
             if (!list) {
                 fail(Operation::Notices, companyId,
                      tr("the platform's answer cannot be read: %1").arg(error));
                 return;
             }
             Q_EMIT noticesReceived(*list);
         });
}

void OutageClient::board()
{
    call(Operation::Board, {}, "GET", u"/api/v1/outages/board"_s, {}, {}, [this](const ApiReply &reply) {
        QString error;
        const auto board = StatusBoard::fromJson(reply.json, &error);
        if (!board) {
            fail(Operation::Board, {}, tr("the platform's answer cannot be read: %1").arg(error));
            return;
        }
        Q_EMIT boardReceived(*board);
    });
}

void OutageClient::suspension(const QString &companyId)
{
    if (companyId.isEmpty()) {
        failLater(Operation::Suspension, companyId, tr("no company given"));
        return;
    }
    call(Operation::Suspension, companyId, "GET",
         u"/api/v1/companies/%1/suspension"_s.arg(percent(companyId)), {}, {},
         [this, companyId](const ApiReply &reply) {
             QString error;
             const auto state = CompanySuspensionState::fromJson(reply.json, &error);
             if (!state) {
                 fail(Operation::Suspension, companyId,
                      tr("the platform's answer cannot be read: %1").arg(error));
                 return;
             }
             Q_EMIT suspensionReceived(*state);
         });
}

void OutageClient::setSuspended(const QString &companyId, bool suspended, const QString &reason)
{
    const QString why = reason.trimmed();
    if (companyId.isEmpty() || why.isEmpty()) {
        failLater(Operation::Suspend, companyId,
                  companyId.isEmpty() ? tr("no company given")
                                      : tr("a reason is required (seed 000 Art. 13)"));
        return;
    }
    const QJsonObject body{{u"suspended"_s, suspended}, {u"reason"_s, why}};
    call(Operation::Suspend, companyId, "PUT", u"/api/v1/companies/%1/suspension"_s.arg(percent(companyId)),
         {}, body, [this, companyId](const ApiReply &reply) {
             QString error;
             const auto state = CompanySuspensionState::fromJson(reply.json, &error);
             if (!state) {
                 fail(Operation::Suspend, companyId,
                      tr("the platform's answer cannot be read: %1").arg(error));
                 return;
             }
             Q_EMIT suspensionChanged(*state);
         });
}

} // namespace rw
