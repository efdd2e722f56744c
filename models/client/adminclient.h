#pragma once

#include "accountinfo.h"
#include "apireply.h"
#include "auditchainreport.h"
#include "auditlogpage.h"
#include "policysnapshot.h"
#include "security/auditquery.h"
#include "security/passwordpolicy.h"
#include "security/role.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

class QThread;

namespace rw {

class PlatformClient;

/**
 * \brief The administrators' calls of the platform's REST API (DESIGN §8, MLPS 2.0 §8.1.5): accounts
 * for the system administrator (and unlocking for the security administrator), the password policy for
 * the security administrator, the audit log for the audit administrator.
 *
 * Built on PlatformClient::send(), which adds the session's bearer token and pins the certificate.
 * Asynchronous: every call returns at once; its result comes as a typed signal, or as failed()
 * naming the operation, the account or file concerned, the HTTP status, the platform's code and its
 * message. The platform checks every permission itself; the console only hides what a role cannot do.
 *
 * An export is downloaded through PlatformClient (the platform caps it at 100,000 rows) and written on
 * a worker thread, in chunks, into a QSaveFile: the chosen file appears complete or not at all (a
 * cancelled or failed export leaves an existing file as it was).
 */
class AdminClient : public QObject
{
    Q_OBJECT

public:
    enum class Operation {
        ListAccounts,
        CreateAccount,
        DisableAccount,
        EnableAccount,
        ResetPassword,
        UnlockAccount,
        FetchPolicy,
        SavePolicy,
        SearchAudit,
        ExportAudit,
        VerifyAudit,
    };
    Q_ENUM(Operation)

    /** \a client must outlive this object. */
    explicit AdminClient(PlatformClient *client, QObject *parent = nullptr);
    /** Cancels a running export and waits for its writer thread (at most one chunk). */
    ~AdminClient() override;

    PlatformClient *platform() const { return m_client; }

    // --- accounts (/api/v1/accounts) ---
    /** GET → accountsReceived (ManageAccounts). */
    void listAccounts();
    /** POST → accountCreated with the one-time password (ManageAccounts). */
    void createAccount(const QString &userName, const QString &displayName, Role role,
                       const QString &regionCode);
    /** POST …/disable or …/enable → accountDisabledChanged (ManageAccounts). */
    void setAccountDisabled(const QString &userName, bool disabled);
    /** POST …/password-reset → passwordReset with the one-time password (ManageAccounts). */
    void resetPassword(const QString &userName);
    /** POST …/unlock → accountUnlocked (UnlockAccounts: the security administrator). */
    void unlockAccount(const QString &userName);

    // --- the password policy (/api/v1/policy, ManageSecurityPolicy) ---
    /** GET → policyReceived. */
    void fetchPolicy();
    /** PUT → policySaved, or policyRejected and failed when the platform finds it invalid. */
    void savePolicy(const PasswordPolicy &policy);

    // --- the audit log (/api/v1/audit) ---
    /** GET → auditPageReceived with the returned id (ViewAuditLog). */
    quint64 searchAudit(const AuditQuery &query);
    /**
     * GET …/export with \a query's filters, written to \a filePath → auditExportProgress,
     * auditExported or auditExportCancelled (ExportAuditLog). False if an export is running already.
     */
    bool exportAudit(const AuditQuery &query, const QString &filePath);
    bool isExporting() const { return m_export != nullptr; }
    /** Stops the running export: its answer is dropped, or the file being written is discarded. */
    void cancelExport();
    /** POST …/verify → auditVerified (VerifyAuditLog). */
    void verifyAudit();
    bool isVerifying() const { return m_verifyId != 0 && m_pending.contains(m_verifyId); }
    /**
     * Drops the verification's answer, should it come (the platform may still finish checking: a request
     * it has begun is not recalled). True if one was on its way.
     */
    bool cancelVerify();

    /**
     * The /api/v1/audit parameters of \a query: from/to as ISO 8601 UTC with milliseconds (from
     * inclusive, to exclusive), the text filters trimmed, empty ones left out, values percent-encoded
     * (a '+' stays a '+'). \a paging adds before and limit (1…AuditQuery::MaxLimit); the export takes
     * neither.
     */
    static QUrlQuery auditParameters(const AuditQuery &query, bool paging);

    /** Translated, e.g. "Listing the accounts". */
    static QString operationName(Operation operation);
    /** The policy keys (PasswordPolicy::keys()) named in \a message, in the order of keys(). */
    static QStringList policyKeysIn(const QString &message);

Q_SIGNALS:
    void accountsReceived(const QList<rw::AccountInfo> &accounts);
    /** \a totpUri: the new administrator's authenticator key (otpauth://), shown once like the password. */
    void accountCreated(const rw::AccountInfo &account, const QString &oneTimePassword,
                        const QString &totpUri);
    void accountDisabledChanged(const QString &userName, bool disabled);
    void passwordReset(const QString &userName, const QString &oneTimePassword);
    void accountUnlocked(const QString &userName);

    void policyReceived(const rw::PolicySnapshot &snapshot);
    void policySaved(const rw::PasswordPolicy &policy);
    /** 400 policy_invalid: \a keys the platform's \a message names (failed() follows). */
    void policyRejected(const QStringList &keys, const QString &message);

    void auditPageReceived(quint64 requestId, const rw::AuditLogPage &page);
    /** The search \a requestId failed; failed() follows with the same message. */
    void auditSearchFailed(quint64 requestId, const QString &message);
    /** \a bytesTotal is −1 while the platform is still preparing the file. */
    void auditExportProgress(qint64 bytesWritten, qint64 bytesTotal);
    /** \a rows: data rows, the header not counted. */
    void auditExported(const QString &filePath, qint64 rows, qint64 bytes);
    void auditExportCancelled(const QString &filePath);
    void auditVerified(const rw::AuditChainReport &report);

    /** \a message is translated and complete, e.g. "Unlocking account li.na failed (HTTP 403 …): …". */
    void failed(rw::AdminClient::Operation operation, const QString &message);

private:
    struct Pending
    {
        Operation operation;
        QString subject; //!< the account or file concerned
    };
    struct Export;

    /** Sends through PlatformClient; \a onSuccess gets 2xx answers, everything else ends in failed(). */
    quint64 call(Operation operation, const QString &subject, const QByteArray &verb, const QString &path,
                 const QUrlQuery &query, const QJsonObject &body,
                 std::function<void(const ApiReply &)> onSuccess);
    void fail(Operation operation, const QString &subject, const QString &message, quint64 requestId = 0);
    void failReply(Operation operation, const QString &subject, const ApiReply &reply, quint64 requestId);
    void emitFailure(Operation operation, quint64 requestId, const QString &message);
    void onPlatformFailure(const QString &message);
    static QString accountPath(const QString &userName, const QString &operation = {});

    void startWriting(const QByteArray &bytes);
    void finishExport();

    PlatformClient *m_client;
    quint64 m_nextId = 1;
    quint64 m_verifyId = 0;           //!< the newest verification
    QMap<quint64, Pending> m_pending; //!< requests sent and not yet answered, in order
    std::unique_ptr<Export> m_export;
};

} // namespace rw
