#pragma once

#include "domain/notice.h"

#include <QCoreApplication>
#include <QList>

namespace rw {

class Database;

/** The platform's notices table (seed 000 Art. 11–12). Use on the thread of its Database. */
class NoticeStore
{
    Q_DECLARE_TR_FUNCTIONS(rw::NoticeStore)

public:
    explicit NoticeStore(Database &db);

    /** Stores \a notice and returns its id, or 0 with \a error. */
    qint64 add(const Notice &notice, QString *error);

    QList<Notice> notices(const QString &companyId);

private:
    Database &m_db;
};

} // namespace rw
