#pragma once

// A reference platform on 127.0.0.1 over its real TLS, with a ManualClock and a real SQLite file in
// a QTemporaryDir, and the calls the /api/v1 integration tests make against it: accounts, sign-in
// (TOTP for administrators), requests with a session token, and the audit trail.

#include "accounts/accountservice.h"
#include "domain/manualclock.h"
#include "platformserver.h"
#include "security/accountstore.h"
#include "security/auditstore.h"
#include "security/totp.h"

#include "httptestclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>

namespace rw::testing {

class PlatformApiFixture
{
public:
    static inline const QString Password = QStringLiteral("Wuzhishan-Ride-2026");

    explicit PlatformApiFixture(const QDateTime &start)
        : m_clock(start)
    {}

    /** Starts the platform on \a port (0: any free port). */
    bool start(QString *error, quint16 port = 0)
    {
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary directory");
            return false;
        }
        PlatformOptions options;
        options.databasePath = databasePath();
        options.port = port;
        options.synchronousFull = false;
        options.clock = &m_clock;
        options.uploadsUseClock = m_uploadsUseClock;
        options.passwordHashing = PasswordHasher::Parameters::pbkdf2(1000); // cheap hashes for tests
        m_server = std::make_unique<PlatformServer>(options);
        if (!m_server->start(error))
            return false;
        if (!m_server->isTls() || m_server->baseUrl().host() != QStringLiteral("127.0.0.1")) {
            *error = QStringLiteral("the platform must serve TLS on 127.0.0.1");
            return false;
        }
        m_client = std::make_unique<HttpTestClient>();
        m_client->trust({m_server->certificate()}); // exactly the platform's own certificate
        return true;
    }

    /** Stops the platform and starts a new one on the same database and key file. */
    bool restart(QString *error)
    {
        m_client.reset();
        m_server.reset();
        return start(error);
    }

    void stop()
    {
        m_client.reset();
        m_server.reset();
    }

    QString databasePath() const { return m_dir.filePath(QStringLiteral("platform.db")); }
    PlatformServer &server() { return *m_server; }
    ManualClock &clock() { return m_clock; }
    /** Uploads are stamped with clock() too (PlatformOptions::uploadsUseClock); set before start(). */
    void setUploadsUseClock(bool on) { m_uploadsUseClock = on; }
    HttpTestClient &client() { return *m_client; }

    QUrl url(const QString &path) const
    {
        QUrl url = m_server->baseUrl();
        const qsizetype query = path.indexOf(QLatin1Char('?'));
        url.setPath(path.left(query));
        if (query >= 0)
            url.setQuery(path.mid(query + 1));
        return url;
    }

    /** Starts a request; the caller waits with HttpTestClient::wait(). */
    QNetworkReply *send(const QByteArray &method, const QString &path, const QByteArray &token,
                        const QByteArray &body = {})
    {
        QNetworkRequest request(url(path));
        request.setTransferTimeout(60000);
        request.setRawHeader("Content-Type", "application/json");
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        m_client->prepare(request);
        return body.isEmpty() && method != "POST" && method != "PUT"
                   ? m_client->network().sendCustomRequest(request, method)
                   : m_client->network().sendCustomRequest(request, method, body);
    }

    HttpResult request(const QByteArray &method, const QString &path, const QByteArray &token,
                       const QByteArray &body = {})
    {
        return HttpTestClient::wait(send(method, path, token, body), 60000);
    }

    HttpResult signIn(const QString &user, const QString &password, const QString &totp = {})
    {
        QJsonObject body{{QStringLiteral("user"), user}, {QStringLiteral("password"), password}};
        if (!totp.isEmpty())
            body.insert(QStringLiteral("totp"), totp);
        return request("POST", QStringLiteral("/api/v1/session"), {}, json(body));
    }

    /** An account whose password was set now, no change pending; administrators get a TOTP key. */
    Account addAccount(const QString &name, Role role, const QString &region = {})
    {
        AccountStore &store = m_server->accounts().store();
        const auto account =
            store.create(name, {}, role, region.isEmpty() ? defaultRegion(role) : region, Password);
        if (!account || !store.setPassword(account->id, Password, false))
            qFatal("cannot create account %s: %s", qPrintable(name), qPrintable(store.error()));
        if (role.isAdministrator())
            m_totp.insert(name, m_server->accounts().enrolTotp(account->id));
        return *store.findById(account->id);
    }

    /** The current TOTP code of administrator \a name (added by addAccount()). */
    QString totpOf(const QString &name) const
    {
        return m_totp.contains(name) ? Totp(m_totp.value(name)).codeAt(m_clock.now()) : QString();
    }

    QByteArray tokenOf(const QString &name, Role role, const QString &region = {})
    {
        addAccount(name, role, region);
        return signInToken(name);
    }

    QByteArray signInToken(const QString &name, const QString &password = Password)
    {
        const HttpResult result = signIn(name, password, totpOf(name));
        if (result.status != 200)
            qFatal("cannot sign in as %s: %s", qPrintable(name), result.describe().constData());
        return result.json().value(QStringLiteral("token")).toString().toLatin1();
    }

    QList<AuditEntry> auditEntries(const QString &action)
    {
        QList<AuditEntry> found;
        for (const AuditEntry &entry : m_server->audit().entries(1, -1))
            if (entry.action == action)
                found.append(entry);
        return found;
    }

    static QString defaultRegion(Role role)
    {
        switch (role.scopeKind()) {
        case Role::ScopeKind::City:
            return QStringLiteral("469001");
        case Role::ScopeKind::Province:
            return QStringLiteral("460000");
        case Role::ScopeKind::None:
            break;
        }
        return {};
    }

    static QByteArray json(const QJsonObject &object)
    {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    bool m_uploadsUseClock = false;
    QHash<QString, QByteArray> m_totp;
    std::unique_ptr<PlatformServer> m_server;
    std::unique_ptr<HttpTestClient> m_client;
};

} // namespace rw::testing
