#pragma once

// Permit rows written straight with SQL (0004_permits.sql), for tests whose subject reads them: which
// companies belong to a region (CompanyDirectory) is decided by the company permits.

#include "storage/database.h"
#include "storage/statement.h"

#include <QString>
#include <QVariant>

namespace rw::testing {

inline void exec(Database &db, const QString &sql, const QVariantList &values)
{
    Statement s = db.prepare(sql, QStringLiteral("test fixture"));
    for (int i = 0; i < values.size(); ++i)
        s.bind(i + 1, values.at(i));
    if (!s.exec())
        qFatal("%s: %s", qPrintable(sql), qPrintable(s.error().toString()));
}

/** A company permit of \a company in \a region; superseded when \a superseded. */
inline void insertCompanyPermit(Database &db, const QString &company, const QString &region,
                                const QString &name, bool superseded = false)
{
    static int serial = 0;
    ++serial;
    exec(db,
         QStringLiteral(
             "INSERT INTO permit_company (certificate, company_id, name, region_code, valid_from, "
             "valid_to, imported_ms, superseded_ms) VALUES (?1, ?2, ?3, ?4, 20200101, 20301231, 1, ?5)"),
         {QStringLiteral("网络预约出租汽车经营许可证%1").arg(serial), company, name, region,
          superseded ? QVariant(qint64(2)) : QVariant()});
}

} // namespace rw::testing
