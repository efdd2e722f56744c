#include "badrecordclient.h"

#include "apireply.h"
#include "platformclient.h"

#include <QJsonArray>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace rw {

namespace {

QUrlQuery revealQuery(QUrlQuery query, const QString &reason)
{
    if (!reason.trimmed().isEmpty()) {
        query.addQueryItem(u"reveal"_s, u"1"_s);
        query.addQueryItem(u"reason"_s, QString::fromLatin1(QUrl::toPercentEncoding(reason.trimmed())));
    }
    return query;
}

QString percent(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

BadRecordClient::BadRecordClient(PlatformClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    connect(m_client, &PlatformClient::requestFailed, this, &BadRecordClient::onPlatformFailure);
}

QString BadRecordClient::operationName(Operation operation)
{
    switch (operation) {
    case Operation::List:
        return tr("Loading the bad-record list");
    case Operation::Add:
        return tr("Adding to the bad-record list");
    case Operation::Remove:
        return tr("Removing from the bad-record list");
    }
    return {};
}

QString BadRecordClient::describe(Operation operation, const QString &subject) const
{
    if (subject.isEmpty())
        return operationName(operation);
    switch (operation) {
    case Operation::List:
        break;
    case Operation::Add:
        return tr("Adding %1 to the bad-record list").arg(subject);
    case Operation::Remove:
        return tr("Removing entry %1 from the bad-record list").arg(subject);
    }
    return operationName(operation);
}

void BadRecordClient::call(Operation operation, const QString &subject, const QByteArray &verb,
                           const QString &path, const QUrlQuery &query, const QJsonObject &body,
                           std::function<void(const ApiReply &)> onSuccess)
{
    const quint64 id = m_nextId++;
    Pending pending{operation, subject, 0};
    if (operation == Operation::List)
        pending.generation = ++m_listGeneration;
    const bool wasBusy = isBusy();
    m_pending.insert(id, pending);
    if (!wasBusy)
        Q_EMIT busyChanged(true);
    m_client->send(verb, path, query, body, this, [this, id, onSuccess](const ApiReply &reply) {
        const auto it = m_pending.find(id);
        if (it == m_pending.end())
            return; // failed already (the platform unreachable)
        const Pending what = *it;
        m_pending.erase(it);
        if (m_pending.isEmpty())
            Q_EMIT busyChanged(false);
        // A newer list request was sent meanwhile: this answer is out of date.
        if (what.operation == Operation::List && what.generation != m_listGeneration)
            return;
        if (!reply.ok()) {
            failReply(what.operation, what.subject, reply);
            return;
        }
        onSuccess(reply);
    });
}

void BadRecordClient::fail(Operation operation, const QString &subject, const QString &message)
{
    Q_EMIT failed(operation, tr("%1 failed: %2").arg(describe(operation, subject), message));
}

void BadRecordClient::failReply(Operation operation, const QString &subject, const ApiReply &reply)
{
    const QString status = !reply.reachedPlatform() ? tr("no answer")
                           : reply.errorCode.isEmpty()
                               ? tr("HTTP %1").arg(reply.status)
                               : tr("HTTP %1, %2").arg(reply.status).arg(reply.errorCode);
    Q_EMIT failed(operation,
                  tr("%1 failed (%2): %3").arg(describe(operation, subject), status, reply.message));
}

void BadRecordClient::onPlatformFailure(const QString &message)
{
    // Requests PlatformClient never answers (no address, a certificate refused) end here; an unreachable
    // platform's answer also comes with status 0 to the handler, and whichever comes first wins.
    if (m_client->state() != PlatformClient::State::Disconnected || m_pending.isEmpty())
        return;
    // Queued: without an address PlatformClient says so inside send(), before the call has returned.
    QTimer::singleShot(0, this, [this, message] {
        if (m_pending.isEmpty())
            return;
        const auto pending = std::exchange(m_pending, {});
        Q_EMIT busyChanged(false);
        for (const Pending &p : pending)
            fail(p.operation, p.subject, message);
    });
}

bool BadRecordClient::isListing() const
{
    for (const Pending &p : m_pending)
        if (p.operation == Operation::List)
            return true;
    return false;
}

bool BadRecordClient::cancelList()
{
    bool dropped = false;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->operation == Operation::List) {
            it = m_pending.erase(it); // its handler finds nothing and returns
            dropped = true;
        } else {
            ++it;
        }
    }
    if (dropped && m_pending.isEmpty())
        Q_EMIT busyChanged(false);
    return dropped;
}

void BadRecordClient::list(bool activeOnly, const QString &revealReason)
{
    QUrlQuery query;
    if (activeOnly)
        query.addQueryItem(u"active"_s, u"1"_s);
    call(Operation::List, {}, "GET", u"/api/v1/badrecords"_s, revealQuery(query, revealReason), {},
         [this, activeOnly](const ApiReply &reply) {
             const QJsonValue rows = reply.json.value(u"badRecords"_s);
             if (!rows.isArray()) {
                 fail(Operation::List, {}, tr("the platform's answer has no \"badRecords\" list"));
                 return;
             }
             QList<BadRecord> records;
             for (const QJsonValue &row : rows.toArray()) {
                 QString error;
                 const auto record = BadRecord::fromJson(row.toObject(), &error);
                 if (!record) {
                     fail(Operation::List, {}, error);
                     return;
                 }
                 records.append(*record);
             }
             const QDateTime asOf =
                 QDateTime::fromString(reply.json.value(u"asOf"_s).toString(), Qt::ISODateWithMs).toUTC();
             Q_EMIT listed(records, asOf, activeOnly);
         });
}

void BadRecordClient::add(BadRecord::Subject subject, const QString &key, const QString &reason,
                          const QDate &until)
{
    const bool vehicle = subject == BadRecord::Subject::Vehicle;
    // A licence is personal data: messages name a driver's entry without it.
    const QString named = vehicle ? key.trimmed() : tr("a driver");
    const QJsonObject body{
        {u"subject"_s, BadRecord::subjectKey(subject)},
        {vehicle ? u"plate"_s : u"licence"_s, key.trimmed()},
        {u"reason"_s, reason.trimmed()},
        {u"until"_s, until.isValid() ? QJsonValue(until.toString(Qt::ISODate)) : QJsonValue()}};
    call(Operation::Add, named, "POST", u"/api/v1/badrecords"_s, {}, body,
         [this, named](const ApiReply &reply) {
             QString error;
             const auto record = BadRecord::fromJson(reply.json, &error);
             if (!record) {
                 fail(Operation::Add, named, error);
                 return;
             }
             Q_EMIT added(*record);
         });
}

void BadRecordClient::remove(qint64 id, const QString &reason)
{
    const QString subject = QString::number(id);
    call(Operation::Remove, subject, "POST", u"/api/v1/badrecords/%1/remove"_s.arg(id), {},
         {{u"reason"_s, reason.trimmed()}}, [this, subject](const ApiReply &reply) {
             QString error;
             const auto record = BadRecord::fromJson(reply.json, &error);
             if (!record) {
                 fail(Operation::Remove, subject, error);
                 return;
             }
             Q_EMIT removed(*record);
         });
}

} // namespace rw
