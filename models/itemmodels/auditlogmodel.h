#pragma once

#include "security/auditentry.h"
#include "security/auditquery.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace rw {

class AdminClient;
struct AuditLogPage;

/**
 * \brief The audit log as the audit administrator searches it: one row per entry, newest first, paged
 * from the platform through AdminClient (GET /api/v1/audit).
 *
 * setQuery() drops the rows and asks for the first page; a view scrolled to the end asks for the next
 * one through canFetchMore()/fetchMore(), which passes the previous page's nextBefore. One page is on its
 * way at a time; an answer to an older query (the filter changed meanwhile) is dropped. After a failure
 * nothing more is fetched until the next setQuery() or refresh(), so that a view does not retry in a loop.
 */
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SeqColumn,
        TimeColumn,
        ActorColumn,
        RoleColumn,
        PeerColumn,
        ActionColumn,
        TargetColumn,
        OutcomeColumn,
        DetailColumn,
        ColumnCount
    };
    enum ItemRole {
        SeqRole = Qt::UserRole + 1, //!< the entry's seq, in every column
        OutcomeRole,                //!< AuditEntry::Outcome as int, in every column
    };

    /** \a client must outlive the model. */
    explicit AuditLogModel(AdminClient *client, QObject *parent = nullptr);

    static constexpr int DefaultPageSize = 200;

    /** Entries per page (1…AuditQuery::MaxLimit, default DefaultPageSize). */
    void setPageSize(int entries);
    int pageSize() const { return m_pageSize; }

    /** Shows what matches \a query (its paging and order are ignored), from the newest entry on. */
    void setQuery(const AuditQuery &query);
    AuditQuery query() const { return m_query; }
    /** The same query again, from the newest entry. */
    void refresh() { setQuery(m_query); }
    /** Drops every row and forgets the query (e.g. at sign-out); fetches nothing. */
    void clear();

    bool isLoading() const { return m_pendingRequest != 0; }
    /** Whether the platform has older entries than the last row. */
    bool hasMore() const { return m_nextBefore > 0; }
    /** Why the last page could not be loaded; empty after a success. */
    QString errorString() const { return m_error; }

    const AuditEntry &entryAt(int row) const { return m_rows.at(row); }
    /** "key=value, key=value" of \a entry's details, keys sorted, nested values as compact JSON. */
    static QString detailSummary(const AuditEntry &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    /** A page arrived with \a rows entries. */
    void pageLoaded(int rows);
    void loadFailed(const QString &message);

private:
    void request(qint64 before);
    void onPage(quint64 requestId, const AuditLogPage &page);
    void setLoading(quint64 requestId);

    QPointer<AdminClient> m_client;
    AuditQuery m_query;
    bool m_active = false; //!< a query is set
    int m_pageSize = DefaultPageSize;
    QList<AuditEntry> m_rows;
    qint64 m_nextBefore = 0;
    quint64 m_pendingRequest = 0;
    QString m_error;
};

} // namespace rw
