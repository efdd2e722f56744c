#include "adminclient.h"

#include "platformclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QThread>
#include <QUrl>

namespace rw {

namespace {

constexpr qint64 ChunkBytes = 1 << 20; // one progress step; also how long a cancel may wait

QString describe(AdminClient::Operation operation, const QString &subject)
{
    using Op = AdminClient::Operation;
    switch (operation) {
    case Op::CreateAccount:
        return AdminClient::tr("Creating account %1").arg(subject);
    case Op::DisableAccount:
        return AdminClient::tr("Disabling account %1").arg(subject);
    case Op::EnableAccount:
        return AdminClient::tr("Enabling account %1").arg(subject);
    case Op::ResetPassword:
        return AdminClient::tr("Resetting the password of account %1").arg(subject);
    case Op::UnlockAccount:
        return AdminClient::tr("Unlocking account %1").arg(subject);
    case Op::ExportAudit:
        return AdminClient::tr("Exporting the audit log to %1").arg(subject);
    default:
        return AdminClient::operationName(operation);
    }
}

/** Rows of CSV text: line ends outside quoted fields (RFC 4180), the header not counted. */
qint64 csvRows(const QByteArray &bytes)
{
    qint64 lines = 0;
    bool quoted = false;
    for (const char c : bytes) {
        if (c == '"')
            quoted = !quoted;
        else if (c == '\n' && !quoted)
            ++lines;
    }
    if (!bytes.isEmpty() && !bytes.endsWith('\n'))
        ++lines; // a last line without its line end
    return qMax<qint64>(0, lines - 1);
}

} // namespace

/** The one export in progress: downloading (writer null), then writing on its own thread. */
struct AdminClient::Export
{
    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        QString error;
        qint64 rows = 0;
        qint64 bytes = 0;
    };

    quint64 requestId = 0;
    QString path;
    std::shared_ptr<std::atomic_bool> cancelled = std::make_shared<std::atomic_bool>(false);
    std::shared_ptr<Result> result = std::make_shared<Result>(); // the writer's, read once it finished
    QThread *writer = nullptr;
};

AdminClient::AdminClient(PlatformClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    // A request that got no HTTP answer reaches its handler with status 0 after requestFailed; the
    // platform being unreachable fails everything this object waits for at once, with that message.
    connect(m_client, &PlatformClient::requestFailed, this, &AdminClient::onPlatformFailure);
}

AdminClient::~AdminClient()
{
    if (m_export && m_export->writer) {
        m_export->cancelled->store(true);
        m_export->writer->wait();
        delete m_export->writer;
    }
}

QString AdminClient::operationName(Operation operation)
{
    switch (operation) {
    case Operation::ListAccounts:
        return tr("Listing the accounts");
    case Operation::CreateAccount:
        return tr("Creating an account");
    case Operation::DisableAccount:
        return tr("Disabling an account");
    case Operation::EnableAccount:
        return tr("Enabling an account");
    case Operation::ResetPassword:
        return tr("Resetting a password");
    case Operation::UnlockAccount:
        return tr("Unlocking an account");
    case Operation::FetchPolicy:
        return tr("Reading the password policy");
    case Operation::SavePolicy:
        return tr("Saving the password policy");
    case Operation::SearchAudit:
        return tr("Searching the audit log");
    case Operation::ExportAudit:
        return tr("Exporting the audit log");
    case Operation::VerifyAudit:
        return tr("Verifying the audit log");
    }
    return {};
}

QStringList AdminClient::policyKeysIn(const QString &message)
{
    QStringList keys;
    for (const QString &key : PasswordPolicy::keys()) {
        if (key == QLatin1String("version"))
            continue;
        const QRegularExpression word(QStringLiteral("\\b%1\\b").arg(key));
        if (word.match(message).hasMatch())
            keys.append(key);
    }
    return keys;
}

QUrlQuery AdminClient::auditParameters(const AuditQuery &query, bool paging)
{
    QUrlQuery parameters;
    const auto add = [&parameters](const QString &key, const QString &value) {
        // Encode '+' and the like here: QUrlQuery leaves them, and a server may read '+' as a space.
        if (!value.isEmpty())
            parameters.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    if (query.from.isValid())
        add(QStringLiteral("from"), query.from.toUTC().toString(Qt::ISODateWithMs));
    if (query.to.isValid())
        add(QStringLiteral("to"), query.to.toUTC().toString(Qt::ISODateWithMs));
    add(QStringLiteral("actor"), query.actor.trimmed());
    add(QStringLiteral("action"), query.action.trimmed());
    if (query.outcome)
        add(QStringLiteral("outcome"), AuditEntry::outcomeKey(*query.outcome));
    add(QStringLiteral("text"), query.text.trimmed());
    if (paging) {
        if (query.beforeSeq > 0)
            add(QStringLiteral("before"), QString::number(query.beforeSeq));
        add(QStringLiteral("limit"), QString::number(qBound(1, query.limit, AuditQuery::MaxLimit)));
    }
    return parameters;
}

QString AdminClient::accountPath(const QString &userName, const QString &operation)
{
    // PlatformClient sets the path decoded: QUrl encodes what must be, except "/", which the
    // account dialog refuses in user names.
    QString path = QStringLiteral("/api/v1/accounts/") + userName;
    if (!operation.isEmpty())
        path += QLatin1Char('/') + operation;
    return path;
}

quint64 AdminClient::call(Operation operation, const QString &subject, const QByteArray &verb,
                          const QString &path, const QUrlQuery &query, const QJsonObject &body,
                          std::function<void(const ApiReply &)> onSuccess)
{
    const quint64 id = m_nextId++;
    m_pending.insert(id, Pending{operation, subject});
    m_client->send(verb, path, query, body, this, [this, id, onSuccess](const ApiReply &reply) {
        const auto pending = m_pending.find(id);
        if (pending == m_pending.end())
            return; // failed or cancelled already
        const Pending what = *pending;
        m_pending.erase(pending);
        if (!reply.ok()) {
            failReply(what.operation, what.subject, reply, id);
            return;
        }
        onSuccess(reply);
    });
    return id;
}

void AdminClient::fail(Operation operation, const QString &subject, const QString &message, quint64 requestId)
{
    emitFailure(operation, requestId, tr("%1 failed: %2").arg(describe(operation, subject), message));
}

void AdminClient::emitFailure(Operation operation, quint64 requestId, const QString &message)
{
    if (operation == Operation::SearchAudit)
        Q_EMIT auditSearchFailed(requestId, message);
    Q_EMIT failed(operation, message);
}

void AdminClient::failReply(Operation operation, const QString &subject, const ApiReply &reply,
                            quint64 requestId)
{
    if (operation == Operation::ExportAudit)
        m_export.reset();
    if (operation == Operation::SavePolicy && reply.errorCode == QLatin1String("policy_invalid"))
        Q_EMIT policyRejected(policyKeysIn(reply.message), reply.message);
    const QString status = reply.errorCode.isEmpty()
                               ? tr("HTTP %1").arg(reply.status)
                               : tr("HTTP %1, %2").arg(reply.status).arg(reply.errorCode);
    emitFailure(operation, requestId,
                tr("%1 failed (%2): %3").arg(describe(operation, subject), status, reply.message));
}

void AdminClient::onPlatformFailure(const QString &message)
{
    // Only failures without an HTTP answer leave the client disconnected; an HTTP error of another
    // request (the intake summary's) does not concern the requests waiting here.
    if (m_client->state() != PlatformClient::State::Disconnected || m_pending.isEmpty())
        return;
    const auto pending = std::exchange(m_pending, {});
    for (auto it = pending.begin(); it != pending.end(); ++it) {
        if (it->operation == Operation::ExportAudit)
            m_export.reset();
        fail(it->operation, it->subject, message, it.key());
    }
}

// --- accounts ---

void AdminClient::listAccounts()
{
    call(Operation::ListAccounts, {}, "GET", QStringLiteral("/api/v1/accounts"), {}, {},
         [this](const ApiReply &reply) {
             const QJsonValue rows = reply.json.value(QStringLiteral("accounts"));
             if (!rows.isArray()) {
                 fail(Operation::ListAccounts, {}, tr("the platform's answer has no \"accounts\" list"));
                 return;
             }
             QList<AccountInfo> accounts;
             for (const QJsonValue &row : rows.toArray()) {
                 QString error;
                 const auto account = AccountInfo::fromJson(row.toObject(), &error);
                 if (!account) {
                     fail(Operation::ListAccounts, {}, error);
                     return;
                 }
                 accounts.append(*account);
             }
             Q_EMIT accountsReceived(accounts);
         });
}

void AdminClient::createAccount(const QString &userName, const QString &displayName, Role role,
                                const QString &regionCode)
{
    const QJsonObject body{{QStringLiteral("user"), userName},
                           {QStringLiteral("displayName"), displayName},
                           {QStringLiteral("role"), role.key()},
                           {QStringLiteral("region"), regionCode}};
    call(Operation::CreateAccount, userName, "POST", QStringLiteral("/api/v1/accounts"), {}, body,
         [this, userName](const ApiReply &reply) {
             QString error;
             const auto account =
                 AccountInfo::fromJson(reply.json.value(QStringLiteral("account")).toObject(), &error);
             const QString password = reply.json.value(QStringLiteral("password")).toString();
             if (!account || password.isEmpty()) {
                 fail(Operation::CreateAccount, userName,
                      account ? tr("the platform's answer has no one-time password") : error);
                 return;
             }
             Q_EMIT accountCreated(*account, password,
                                   reply.json.value(QStringLiteral("totpUri")).toString());
         });
}

void AdminClient::setAccountDisabled(const QString &userName, bool disabled)
{
    const Operation operation = disabled ? Operation::DisableAccount : Operation::EnableAccount;
    call(operation, userName, "POST",
         accountPath(userName, disabled ? QStringLiteral("disable") : QStringLiteral("enable")), {}, {},
         [this, userName, disabled](const ApiReply &) { Q_EMIT accountDisabledChanged(userName, disabled); });
}

void AdminClient::resetPassword(const QString &userName)
{
    call(Operation::ResetPassword, userName, "POST", accountPath(userName, QStringLiteral("password-reset")),
         {}, {}, [this, userName](const ApiReply &reply) {
             const QString password = reply.json.value(QStringLiteral("password")).toString();
             if (password.isEmpty()) {
                 fail(Operation::ResetPassword, userName,
                      tr("the platform's answer has no one-time password"));
                 return;
             }
             Q_EMIT passwordReset(userName, password);
         });
}

void AdminClient::unlockAccount(const QString &userName)
{
    call(Operation::UnlockAccount, userName, "POST", accountPath(userName, QStringLiteral("unlock")), {}, {},
         [this, userName](const ApiReply &) { Q_EMIT accountUnlocked(userName); });
}

// --- policy ---

void AdminClient::fetchPolicy()
{
    call(Operation::FetchPolicy, {}, "GET", QStringLiteral("/api/v1/policy"), {}, {},
         [this](const ApiReply &reply) {
             QString error;
             const auto snapshot = PolicySnapshot::fromJson(reply.json, &error);
             if (!snapshot) {
                 fail(Operation::FetchPolicy, {}, error);
                 return;
             }
             Q_EMIT policyReceived(*snapshot);
         });
}

void AdminClient::savePolicy(const PasswordPolicy &policy)
{
    call(Operation::SavePolicy, {}, "PUT", QStringLiteral("/api/v1/policy"), {},
         {{QStringLiteral("policy"), policy.toJson()}}, [this, policy](const ApiReply &reply) {
             // The platform answers with the policy it now applies; it may have normalised it.
             const QJsonValue stored = reply.json.value(QStringLiteral("policy"));
             const auto applied =
                 stored.isObject() ? PasswordPolicy::fromJson(stored.toObject()) : std::optional(policy);
             Q_EMIT policySaved(applied.value_or(policy));
         });
}

// --- audit ---

quint64 AdminClient::searchAudit(const AuditQuery &query)
{
    const quint64 id = m_nextId; // the id call() hands out next
    call(Operation::SearchAudit, {}, "GET", QStringLiteral("/api/v1/audit"), auditParameters(query, true), {},
         [this, id](const ApiReply &reply) {
             QString error;
             const auto page = AuditLogPage::fromJson(reply.json, &error);
             if (!page) {
                 fail(Operation::SearchAudit, {}, error, id);
                 return;
             }
             Q_EMIT auditPageReceived(id, *page);
         });
    return id;
}

bool AdminClient::exportAudit(const AuditQuery &query, const QString &filePath)
{
    if (m_export)
        return false;
    m_export = std::make_unique<Export>();
    m_export->path = filePath;
    Q_EMIT auditExportProgress(0, -1);
    m_export->requestId = m_nextId; // the id call() hands out next; set first, as call() may fail at once
    call(Operation::ExportAudit, filePath, "GET", QStringLiteral("/api/v1/audit/export"),
         auditParameters(query, false), {}, [this, filePath](const ApiReply &reply) {
             if (!m_export)
                 return;
             if (!reply.contentType.startsWith("text/csv")) {
                 m_export.reset();
                 fail(Operation::ExportAudit, filePath,
                      tr("the platform answered with \"%1\" instead of CSV (text/csv)")
                          .arg(QString::fromLatin1(reply.contentType)));
                 return;
             }
             startWriting(reply.body);
         });
    return true;
}

void AdminClient::startWriting(const QByteArray &bytes)
{
    Export &job = *m_export;
    const QString path = job.path;
    const auto cancelled = job.cancelled;
    const auto result = job.result;
    job.writer = QThread::create([this, bytes, path, cancelled, result] {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            result->error = file.errorString();
            return;
        }
        const qint64 total = bytes.size();
        for (qint64 offset = 0; offset < total; offset += ChunkBytes) {
            if (cancelled->load()) {
                file.cancelWriting();
                result->cancelled = true;
                return;
            }
            const qint64 length = qMin(ChunkBytes, total - offset);
            if (file.write(bytes.constData() + offset, length) != length) {
                result->error = file.errorString();
                file.cancelWriting();
                return;
            }
            const qint64 written = offset + length;
            QMetaObject::invokeMethod(
                this, [this, written, total] { Q_EMIT auditExportProgress(written, total); },
                Qt::QueuedConnection);
        }
        if (cancelled->load()) {
            file.cancelWriting();
            result->cancelled = true;
            return;
        }
        if (!file.commit()) {
            result->error = file.errorString();
            return;
        }
        result->ok = true;
        result->bytes = total;
        result->rows = csvRows(bytes);
    });
    connect(job.writer, &QThread::finished, this, &AdminClient::finishExport);
    job.writer->start();
}

void AdminClient::finishExport()
{
    if (!m_export)
        return;
    const std::unique_ptr<Export> job = std::move(m_export);
    job->writer->deleteLater();
    const Export::Result &result = *job->result;
    if (result.cancelled)
        Q_EMIT auditExportCancelled(job->path);
    else if (!result.ok)
        fail(Operation::ExportAudit, job->path, result.error);
    else
        Q_EMIT auditExported(job->path, result.rows, result.bytes);
}

void AdminClient::cancelExport()
{
    if (!m_export)
        return;
    if (m_export->writer) {
        m_export->cancelled->store(true); // finishExport() reports it once the writer stopped
        return;
    }
    // Still waiting for the platform: drop its answer when it comes.
    m_pending.remove(m_export->requestId);
    const QString path = m_export->path;
    m_export.reset();
    Q_EMIT auditExportCancelled(path);
}

bool AdminClient::cancelVerify()
{
    const bool dropped = m_verifyId != 0 && m_pending.remove(m_verifyId) > 0;
    m_verifyId = 0;
    return dropped;
}

void AdminClient::verifyAudit()
{
    m_verifyId = call(Operation::VerifyAudit, {}, "POST", QStringLiteral("/api/v1/audit/verify"), {}, {},
                      [this](const ApiReply &reply) {
                          QString error;
                          const auto report = AuditChainReport::fromJson(reply.json, &error);
                          if (!report) {
                              fail(Operation::VerifyAudit, {}, error);
                              return;
                          }
                          Q_EMIT auditVerified(*report);
                      });
}

} // namespace rw
