#pragma once

#include "http/httpresponder.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <memory>

namespace rw {

class ApiAuth;
class CompanyDirectory;
class CompanyRegistry;
class Database;
class HttpServer;
class NoticeStore;
class OutageMonitor;
class OutageNoticeMatcher;
struct HttpRequest;
struct Notice;
struct Outage;

/**
 * \brief /api/v1/outages, /api/v1/notices and /api/v1/companies/<id>/suspension: detected outages with
 * their notices and flags, the 7×24 status board and Art. 13 suspensions (docs/outage-contracts.md;
 * seed 000 Art. 11–13, 21).
 *
 * Outages, notices and the board need reviewOutageNotices and show the companies licensed within the
 * account's region; the security administrator (suspendCompanyAccess) sees the board of every company and
 * suspends or restores access, audited with the reason in the same transaction. Runs on the thread of
 * \a db, which must be the thread of \a monitor and \a companies.
 */
class OutagesApi
{
    Q_DECLARE_TR_FUNCTIONS(rw::OutagesApi)

public:
    OutagesApi(ApiAuth &auth, Database &db, CompanyRegistry &companies, OutageMonitor &monitor);
    ~OutagesApi();

    void registerRoutes(HttpServer &server);

    /** The notice object of the contract. */
    QJsonObject noticeJson(const Notice &notice) const;

private:
    void listOutages(const HttpRequest &request, HttpResponder responder);
    void outageDetail(const HttpRequest &request, HttpResponder responder);
    void board(const HttpRequest &request, HttpResponder responder);
    void listNotices(const HttpRequest &request, HttpResponder responder);
    void suspension(const HttpRequest &request, HttpResponder responder);

    QJsonObject outageJson(const Outage &outage, const QList<Notice> &notices, qint64 nowMs) const;
    QJsonObject suspensionJson(const QString &companyId);
    QString companyName(const QString &companyId) const;

    ApiAuth &m_auth;
    Database &m_db;
    CompanyRegistry &m_companies;
    OutageMonitor &m_monitor;
    std::unique_ptr<CompanyDirectory> m_directory;
    std::unique_ptr<NoticeStore> m_notices;
    std::unique_ptr<OutageNoticeMatcher> m_matcher;
};

} // namespace rw
