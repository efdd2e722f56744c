#include "tracksapi.h"

#include "apiauth.h"
#include "http/httprequest.h"
#include "http/httpresponder.h"
#include "http/httpresponse.h"
#include "http/httpserver.h"
#include "intake/companyregistry.h"
#include "permits/companydirectory.h"
#include "protocol/interfacecatalogue.h"
#include "protocol/spectime.h"
#include "storage/database.h"
#include "storage/interfacetables.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>

namespace rw {

Q_LOGGING_CATEGORY(lcTracksApi, "rw.api.tracks")

namespace {

const QString TrackAction = QStringLiteral("track.view");

/** Appends \a text as a JSON string (RFC 8259 escapes; UTF-8 passes through). */
void appendString(QByteArray &out, const QString &text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", unsigned(static_cast<unsigned char>(c)));
                out += escaped;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

/** Appends column \a column of the current row: a whole number, a number, a string or null. */
void appendValue(QByteArray &out, const Statement &row, int column)
{
    switch (row.columnType(column)) {
    case Statement::ColumnType::Null:
    case Statement::ColumnType::Blob:
        out += "null";
        break;
    case Statement::ColumnType::Integer:
        out += QByteArray::number(row.columnInt64(column));
        break;
    case Statement::ColumnType::Float:
        out += QByteArray::number(row.columnDouble(column), 'g', 15);
        break;
    case Statement::ColumnType::Text:
        appendString(out, row.columnText(column));
        break;
    }
}

QString describeTime(qint64 unixSeconds)
{
    return QDateTime::fromSecsSinceEpoch(unixSeconds, Qt::OffsetFromUTC, int(SpecTime::kChinaOffsetSeconds))
        .toString(Qt::ISODate);
}

struct Event
{
    bool pickup = true;
    QString orderId;
    qint64 time = 0;
    QByteArray coordinates; //!< ,"longitude":…,"latitude":…,"encrypt":…
};

/** The statements of readTrack(), on the tables of the built-in catalogue; nothing if it lacks one. */
std::optional<QStringList> trackStatements()
{
    const auto catalogue = InterfaceCatalogue::builtIn();
    const InterfaceSpec *positions = catalogue->byIpcType(u"positionVehicle");
    const InterfaceSpec *departs = catalogue->byIpcType(u"operateDepart");
    const InterfaceSpec *arrives = catalogue->byIpcType(u"operateArrive");
    if (!positions || !departs || !arrives)
        return std::nullopt;
    const auto table = [](const InterfaceSpec *spec) {
        return Database::quoteIdentifier(InterfaceTables::tableName(*spec));
    };
    // "+rw_company" keeps the planner off the (rw_company, rw_business_time) indexes, which would read
    // every record of the company in the period: the plate (or order) index finds the few rows, and
    // the company is checked on them. For positions, the (VehicleNo, rw_business_time) index also
    // gives the rows in time order: no sort.
    return QStringList{
        QStringLiteral("SELECT rw_business_time, Longitude, Latitude, Encrypt, BizStatus, Speed, Direction, "
                       "OrderId FROM %1 WHERE VehicleNo = ?2 AND rw_business_time BETWEEN ?3 AND ?4 AND "
                       "+rw_company = ?1 ORDER BY rw_business_time, rw_id")
            .arg(table(positions)),
        QStringLiteral("SELECT OrderId, rw_business_time, DepLongitude, DepLatitude, Encrypt FROM %1 WHERE "
                       "VehicleNo = ?1 AND +rw_company = ?2 AND rw_business_time BETWEEN ?3 AND ?4 ORDER BY "
                       "rw_business_time, rw_id")
            .arg(table(departs)),
        QStringLiteral("SELECT OrderId, rw_business_time, DestLongitude, DestLatitude, Encrypt FROM %1 WHERE "
                       "OrderId = ?1 AND +rw_company = ?2 AND rw_business_time BETWEEN ?3 AND ?4 ORDER BY "
                       "rw_id LIMIT 1")
            .arg(table(arrives)),
    };
}

} // namespace

struct TracksApi::Job
{
    HttpResponder responder;
    AccountService::Session actor;
    QString peer;
    Query query;
    Result result;
};

TracksApi::TracksApi(ApiAuth &auth, const CompanyRegistry &companies, Database &db,
                     const QString &databasePath)
    : m_auth(auth)
    , m_companies(companies)
    , m_directory(std::make_unique<CompanyDirectory>(db))
    , m_databasePath(databasePath)
{
    m_readers.setMaxThreadCount(2); // two consoles replaying at once; more would compete for the disk
}

TracksApi::~TracksApi() = default;

bool TracksApi::parseQuery(const QUrlQuery &url, Query *query, QString *error, int *status, QString *code)
{
    static const QStringList known = {QStringLiteral("company"), QStringLiteral("plate"),
                                      QStringLiteral("from"), QStringLiteral("to")};
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,10}$"));
    const auto refuse = [&](const QString &message, const QString &refusal = QStringLiteral("bad_request")) {
        *error = message;
        if (status)
            *status = 400;
        if (code)
            *code = refusal;
        return false;
    };
    *query = Query();
    QSet<QString> seen;
    const auto items = url.queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : items) {
        if (!known.contains(name))
            return refuse(
                tr("parameter \"%1\" is not known (%2)").arg(name, known.join(QStringLiteral(", "))));
        if (seen.contains(name))
            return refuse(tr("parameter %1 is given more than once").arg(name));
        seen.insert(name);
        if (name == QStringLiteral("company")) {
            query->companyId = value.trimmed();
        } else if (name == QStringLiteral("plate")) {
            query->vehicleNo = value.trimmed();
        } else {
            // PositionTime is Unix seconds on the wire (platform-interface.md §4): so is the period.
            if (!digits.match(value).hasMatch() || value.toLongLong() > SpecTime::kMaxUnixSeconds)
                return refuse(tr("parameter %1: \"%2\" is not a time in Unix seconds (a whole number from 0 "
                                 "to %3, e.g. 1763700000)")
                                  .arg(name, value)
                                  .arg(SpecTime::kMaxUnixSeconds));
            (name == QStringLiteral("from") ? query->from : query->to) = value.toLongLong();
        }
    }
    for (const QString &name : known) {
        if (!seen.contains(name))
            return refuse(
                tr("parameter %1 is missing (needed: %2)").arg(name, known.join(QStringLiteral(", "))));
    }
    // CompanyId and VehicleNo are C V32 (A.7.2).
    if (query->companyId.isEmpty() || query->companyId.size() > 32)
        return refuse(
            tr("parameter company: \"%1\" is not a CompanyId (1 to 32 characters)").arg(query->companyId));
    if (query->vehicleNo.isEmpty() || query->vehicleNo.size() > 32)
        return refuse(
            tr("parameter plate: \"%1\" is not a VehicleNo (1 to 32 characters)").arg(query->vehicleNo));
    if (query->to < query->from)
        return refuse(tr("parameter to: %1 (%2) is before from %3 (%4)")
                          .arg(query->to)
                          .arg(describeTime(query->to))
                          .arg(query->from)
                          .arg(describeTime(query->from)));
    if (query->to - query->from > MaxPeriodSeconds)
        return refuse(
            tr("the period from %1 to %2 spans %3 h, more than the limit of %4 h (parameters from and "
               "to): ask for a shorter period")
                .arg(describeTime(query->from), describeTime(query->to))
                .arg(double(query->to - query->from) / 3600, 0, 'f', 1)
                .arg(MaxPeriodSeconds / 3600),
            QStringLiteral("period_too_long"));
    return true;
}

QStringList TracksApi::statements()
{
    return trackStatements().value_or(QStringList());
}

TracksApi::Result TracksApi::readTrack(Database &db, const Query &query, int pointCap)
{
    Result result;
    const std::optional<QStringList> sql = trackStatements();
    if (!sql) {
        result.error = tr("the interface catalogue lacks positionVehicle, operateDepart or operateArrive");
        return result;
    }

    QByteArray &out = result.json;
    out.reserve(256 + qsizetype(64) * std::min(pointCap, 20000));
    out += "{\"companyId\":";
    appendString(out, query.companyId);
    out += ",\"vehicleNo\":";
    appendString(out, query.vehicleNo);
    out += ",\"from\":" + QByteArray::number(query.from) + ",\"to\":" + QByteArray::number(query.to);
    out += ",\"pointFields\":[\"time\",\"longitude\",\"latitude\",\"encrypt\",\"bizStatus\",\"speed\","
           "\"direction\",\"orderId\"],\"points\":[";

    Statement points = db.prepare(sql->at(0), tr("read the positions of a track"));
    points.bind(1, query.companyId);
    points.bind(2, query.vehicleNo);
    points.bind(3, query.from);
    points.bind(4, query.to);
    QSet<QString> orders;
    qint64 lastTime = -1;
    while (points.step()) {
        const qint64 time = points.columnInt64(0);
        if (time == lastTime) {
            ++result.duplicates;
            continue;
        }
        if (result.points == pointCap) {
            result.truncated = true;
            break;
        }
        lastTime = time;
        out += result.points ? ",[" : "[";
        out += QByteArray::number(time);
        for (int column = 1; column <= 7; ++column) {
            out += ',';
            appendValue(out, points, column);
        }
        out += ']';
        ++result.points;
        const QString order = points.columnText(7);
        if (!order.isEmpty() && order != QLatin1String("0"))
            orders.insert(order);
    }
    if (points.hasError()) {
        result.error = points.error().toString();
        return result;
    }
    out += "],\"pointCap\":" + QByteArray::number(pointCap);
    out += ",\"truncated\":" + QByteArray(result.truncated ? "true" : "false");
    out += ",\"duplicates\":" + QByteArray::number(result.duplicates);

    const auto coordinates = [](const Statement &row, int first) {
        QByteArray text = ",\"longitude\":";
        appendValue(text, row, first);
        text += ",\"latitude\":";
        appendValue(text, row, first + 1);
        text += ",\"encrypt\":";
        appendValue(text, row, first + 2);
        return text;
    };

    QList<Event> events;
    QSet<QString> picked;
    Statement pickups = db.prepare(sql->at(1), tr("read the pickups of a track"));
    pickups.bind(1, query.vehicleNo);
    pickups.bind(2, query.companyId);
    pickups.bind(3, query.from - TripLookbackSeconds);
    pickups.bind(4, query.to);
    while (pickups.step()) {
        const QString order = pickups.columnText(0);
        orders.insert(order);
        const qint64 time = pickups.columnInt64(1);
        if (time < query.from || picked.contains(order))
            continue; // before the period: only its drop-off may belong here; or a re-sent record
        picked.insert(order);
        events.append({true, order, time, coordinates(pickups, 2)});
    }
    if (pickups.hasError()) {
        result.error = pickups.error().toString();
        return result;
    }

    Statement dropoffs = db.prepare(sql->at(2), tr("read the drop-offs of a track"));
    QStringList sortedOrders(orders.begin(), orders.end());
    sortedOrders.sort();
    for (const QString &order : std::as_const(sortedOrders)) {
        dropoffs.reset();
        dropoffs.bind(1, order);
        dropoffs.bind(2, query.companyId);
        dropoffs.bind(3, query.from);
        dropoffs.bind(4, query.to);
        if (dropoffs.step())
            events.append({false, dropoffs.columnText(0), dropoffs.columnInt64(1), coordinates(dropoffs, 2)});
        if (dropoffs.hasError()) {
            result.error = dropoffs.error().toString();
            return result;
        }
    }
    // A drop-off at the same second as the next pickup comes first: the trip before ends, then one begins.
    std::stable_sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
        return a.time != b.time ? a.time < b.time : (!a.pickup && b.pickup);
    });
    out += ",\"events\":[";
    for (qsizetype i = 0; i < events.size(); ++i) {
        const Event &event = events.at(i);
        out += i ? ",{\"kind\":" : "{\"kind\":";
        out += event.pickup ? "\"pickup\"" : "\"dropoff\"";
        out += ",\"orderId\":";
        appendString(out, event.orderId);
        out += ",\"time\":" + QByteArray::number(event.time);
        out += event.coordinates;
        out += '}';
        ++(event.pickup ? result.pickups : result.dropoffs);
    }
    out += "]}";
    return result;
}

void TracksApi::registerRoutes(HttpServer &server)
{
    server.route(
        "GET", QStringLiteral("/api/v1/tracks"), [this](const HttpRequest &request, HttpResponder responder) {
            const ApiAuth::Result auth = m_auth.authorize(request, Permission::ViewOperationalData);
            if (!auth.allowed()) {
                responder.respond(*auth.refusal);
                return;
            }
            const AccountService::Session &session = *auth.session;
            Query query;
            QString error;
            int status = 400;
            QString code;
            if (!parseQuery(request.query, &query, &error, &status, &code)) {
                responder.respond(HttpResponse::error(status, code, error));
                return;
            }
            const QString target = query.companyId + QLatin1Char('/') + query.vehicleNo;
            // DESIGN §4: the server enforces the region scope; a company is a region's when it holds a
            // company permit there.
            const std::optional<bool> within = m_directory->covers(session.scope(), query.companyId);
            if (!within) {
                responder.respond(HttpResponse::error(503, QStringLiteral("unavailable"),
                                                      m_directory->lastError().toString()));
                return;
            }
            if (!*within) {
                m_auth.accounts().audit(session.userName, session.role.key(), ApiAuth::peerOf(request),
                                        TrackAction, target, AuditEntry::Outcome::Denied,
                                        {{QStringLiteral("code"), QStringLiteral("out_of_scope")}});
                responder.respond(HttpResponse::error(
                    403, QStringLiteral("out_of_scope"),
                    tr("Company %1 holds no company permit within the scope %2 of account %3")
                        .arg(query.companyId,
                             session.regionCode.isEmpty() ? tr("(none)") : session.regionCode,
                             session.userName)));
                return;
            }
            const QList<CompanyAccount> companies = m_companies.companies();
            const bool known =
                std::any_of(companies.begin(), companies.end(), [&](const CompanyAccount &company) {
                    return company.companyId == query.companyId;
                });
            if (!known) {
                responder.respond(HttpResponse::error(
                    404, QStringLiteral("not_found"),
                    tr("parameter company: no platform company %1 is registered").arg(query.companyId)));
                return;
            }
            auto job = std::make_shared<Job>();
            job->responder = responder;
            job->actor = session;
            job->peer = ApiAuth::peerOf(request);
            job->query = query;
            m_readers.start([this, job, path = m_databasePath] {
                Database db;
                DatabaseOptions options;
                options.readOnly = true;
                options.cacheSizeKiB = 8192;
                if (!db.open(path, options) || !db.exec(QStringLiteral("BEGIN DEFERRED"))) {
                    job->result.error = db.lastError().toString();
                } else {
                    job->result = readTrack(db, job->query);
                    if (!db.exec(QStringLiteral("COMMIT")))
                        qCWarning(lcTracksApi, "%s", qPrintable(db.lastError().toString()));
                }
                QMetaObject::invokeMethod(
                    &m_context, [this, job] { finish(job); }, Qt::QueuedConnection);
            });
        });
}

void TracksApi::finish(const std::shared_ptr<Job> &job)
{
    const Query &query = job->query;
    const Result &result = job->result;
    const QString target = query.companyId + QLatin1Char('/') + query.vehicleNo;
    QJsonObject detail{
        {QStringLiteral("from"), query.from},        {QStringLiteral("to"), query.to},
        {QStringLiteral("points"), result.points},   {QStringLiteral("truncated"), result.truncated},
        {QStringLiteral("pickups"), result.pickups}, {QStringLiteral("dropoffs"), result.dropoffs}};
    AccountService &accounts = m_auth.accounts();
    if (!result.error.isEmpty()) {
        detail.insert(QStringLiteral("code"), QStringLiteral("unavailable"));
        accounts.audit(job->actor.userName, job->actor.role.key(), job->peer, TrackAction, target,
                       AuditEntry::Outcome::Failure, detail);
        job->responder.respond(HttpResponse::error(503, QStringLiteral("unavailable"),
                                                   tr("the positions cannot be read: %1").arg(result.error)));
        return;
    }
    const bool clientGone = !job->responder.isPending();
    if (clientGone)
        detail.insert(QStringLiteral("code"), QStringLiteral("client_gone"));
    const bool audited =
        accounts.audit(job->actor.userName, job->actor.role.key(), job->peer, TrackAction, target,
                       clientGone ? AuditEntry::Outcome::Failure : AuditEntry::Outcome::Success, detail);
    if (clientGone)
        return;
    if (!audited) {
        job->responder.respond(ApiAuth::auditUnavailable());
        return;
    }
    job->responder.respond(
        HttpResponse(200, result.json, QByteArrayLiteral("application/json; charset=utf-8")));
}

} // namespace rw
