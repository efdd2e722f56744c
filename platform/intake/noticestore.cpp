#include "noticestore.h"

#include "noticeparser.h"

#include "storage/database.h"
#include "storage/statement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rw {

NoticeStore::NoticeStore(Database &db)
    : m_db(db)
{}

qint64 NoticeStore::add(const Notice &notice, QString *error)
{
    Statement insert = m_db.prepare(
        QStringLiteral(
            "INSERT INTO notice (company_id, kind, received_ms, starts_at, ends_at, streams, reason, "
            "contact, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        tr("store a notice of company %1").arg(notice.companyId));
    insert.bind(1, notice.companyId);
    insert.bind(2, noticeKindName(notice.kind));
    insert.bind(3, notice.receivedMs);
    if (notice.startsAt)
        insert.bind(4, notice.startsAt);
    else
        insert.bindNull(4);
    if (notice.endsAt)
        insert.bind(5, notice.endsAt);
    else
        insert.bindNull(5);
    insert.bind(
        6, QString::fromUtf8(
               QJsonDocument(QJsonArray::fromStringList(notice.streams)).toJson(QJsonDocument::Compact)));
    insert.bind(7, notice.reason);
    insert.bind(8, notice.contact);
    insert.bind(9, QString::fromUtf8(notice.body));
    insert.step();
    if (insert.hasError()) {
        *error = insert.error().toString();
        return 0;
    }
    return m_db.lastInsertRowId();
}

QList<Notice> NoticeStore::notices(const QString &companyId)
{
    Statement select = m_db.prepare(
        QStringLiteral(
            "SELECT id, company_id, kind, received_ms, starts_at, ends_at, streams, reason, contact, body "
            "FROM notice WHERE company_id = ? ORDER BY id"),
        tr("read the notices of company %1").arg(companyId));
    select.bind(1, companyId);
    QList<Notice> result;
    while (select.step()) {
        Notice n;
        n.id = select.columnInt64(0);
        n.companyId = select.columnText(1);
        parseNoticeKind(select.columnText(2), &n.kind);
        n.receivedMs = select.columnInt64(3);
        n.startsAt = select.columnInt64(4);
        n.endsAt = select.columnInt64(5);
        for (const QJsonValue &s : QJsonDocument::fromJson(select.columnText(6).toUtf8()).array())
            n.streams.append(s.toString());
        n.reason = select.columnText(7);
        n.contact = select.columnText(8);
        n.body = select.columnText(9).toUtf8();
        n.reference = NoticeParser::referenceOf(QJsonDocument::fromJson(n.body).object());
        result.append(n);
    }
    return result;
}

} // namespace rw
