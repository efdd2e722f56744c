#include "auditlogmodel.h"

#include "client/adminclient.h"
#include "client/auditlogpage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace rw {

namespace {

QString jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
        return QStringLiteral("null");
    default:
        return value.toVariant().toString();
    }
}

} // namespace

AuditLogModel::AuditLogModel(AdminClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
    connect(client, &AdminClient::auditPageReceived, this, &AuditLogModel::onPage);
    connect(client, &AdminClient::auditSearchFailed, this, [this](quint64 requestId, const QString &message) {
        if (requestId == 0 || requestId != m_pendingRequest)
            return; // for an earlier query, or for someone else
        m_error = message;
        m_nextBefore = 0; // no retry loop from a view scrolled to the end
        setLoading(0);
        Q_EMIT loadFailed(message);
    });
}

void AuditLogModel::setPageSize(int entries)
{
    m_pageSize = qBound(1, entries, AuditQuery::MaxLimit);
}

void AuditLogModel::setQuery(const AuditQuery &query)
{
    beginResetModel();
    m_rows.clear();
    m_query = query;
    m_query.beforeSeq = 0;
    m_query.order = AuditQuery::Order::NewestFirst;
    m_nextBefore = 0;
    m_active = true;
    m_error.clear();
    endResetModel();
    request(0);
}

void AuditLogModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_query = AuditQuery();
    m_active = false;
    m_nextBefore = 0;
    m_error.clear();
    endResetModel();
    setLoading(0);
}

void AuditLogModel::request(qint64 before)
{
    if (!m_client)
        return;
    AuditQuery page = m_query;
    page.beforeSeq = before;
    page.limit = m_pageSize;
    setLoading(m_client->searchAudit(page));
}

void AuditLogModel::setLoading(quint64 requestId)
{
    const bool was = isLoading();
    m_pendingRequest = requestId;
    if (was != isLoading())
        Q_EMIT loadingChanged(isLoading());
}

void AuditLogModel::onPage(quint64 requestId, const AuditLogPage &page)
{
    if (requestId != m_pendingRequest || requestId == 0)
        return; // for an earlier query, or for someone else
    m_error.clear();
    m_nextBefore = page.nextBefore;
    if (!page.entries.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(page.entries.size()) - 1);
        m_rows.append(page.entries);
        endInsertRows();
    }
    setLoading(0);
    Q_EMIT pageLoaded(int(page.entries.size()));
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_active && !isLoading() && hasMore();
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        request(m_nextBefore);
}

QString AuditLogModel::detailSummary(const AuditEntry &entry)
{
    const QJsonObject detail = entry.detail();
    QStringList parts;
    for (auto it = detail.begin(); it != detail.end(); ++it) // QJsonObject keeps its keys sorted
        parts << it.key() + QLatin1Char('=') + jsonText(it.value());
    return parts.join(QStringLiteral(", "));
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &e = m_rows.at(index.row());
    if (role == SeqRole)
        return e.seq;
    if (role == OutcomeRole)
        return int(e.outcome);
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case SeqColumn:
            return e.seq;
        case TimeColumn:
            return e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case ActorColumn:
            return e.actor;
        case RoleColumn:
            if (const auto r = Role::fromKey(e.role))
                return r->displayName();
            return e.role;
        case PeerColumn:
            return e.peer;
        case ActionColumn:
            return e.action;
        case TargetColumn:
            return e.target;
        case OutcomeColumn:
            return AuditEntry::outcomeName(e.outcome);
        case DetailColumn:
            return detailSummary(e);
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case TimeColumn:
            return tr("%1 UTC").arg(e.at.toUTC().toString(Qt::ISODateWithMs));
        case RoleColumn:
            return e.role;
        case DetailColumn:
            return QString::fromUtf8(QJsonDocument(e.detail()).toJson(QJsonDocument::Indented)).trimmed();
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == SeqColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case SeqColumn:
        return tr("#");
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("User");
    case RoleColumn:
        return tr("Role");
    case PeerColumn:
        return tr("From");
    case ActionColumn:
        return tr("Action");
    case TargetColumn:
        return tr("Target");
    case OutcomeColumn:
        return tr("Outcome");
    case DetailColumn:
        return tr("Details");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace rw
