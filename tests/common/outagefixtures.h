#pragma once

// Outages made on a REAL PlatformServer (as tests/integration/tst_outagesapi.cpp does): companies licensed in
// a region (permitfixtures.h), positions fed to its OutageMonitor on the test's ManualClock, silence ticked
// into an outage, notices stored with the NoticeStore. For the console's outage client, pages and window.

#include "domain/manualclock.h"
#include "intake/companyregistry.h"
#include "intake/noticestore.h"
#include "intake/uploadoutcome.h"
#include "outages/outagemonitor.h"
#include "permitfixtures.h"
#include "platformserver.h"
#include "protocol/interfacecatalogue.h"

#include <QTimeZone>

namespace rw::outagefixtures {

inline const QString kC1 = QStringLiteral("4690WZSYC001"); // licensed in 469001 Wuzhishan (demo.city's)
inline const QString kC2 = QStringLiteral("4403SZCAR002"); // licensed in 440300 Shenzhen
inline const QString kC1Name = QStringLiteral("五指山约车");
inline const QString kC2Name = QStringLiteral("深圳出行");

/** 2026-11-02 09:00 CST. */
inline QDateTime start()
{
    return QDateTime(QDate(2026, 11, 2), QTime(1, 0), QTimeZone::utc());
}

/** Registers C1 (Wuzhishan) and C2 (Shenzhen) with their company permits. */
inline bool addCompanies(PlatformServer &server, QString *error)
{
    if (server.companies().addCompany(kC1, kC1Name, error).isEmpty() ||
        server.companies().addCompany(kC2, kC2Name, error).isEmpty())
        return false;
    testing::insertCompanyPermit(server.database(), kC1, QStringLiteral("469001"), kC1Name);
    testing::insertCompanyPermit(server.database(), kC2, QStringLiteral("440300"), kC2Name);
    return true;
}

/** \a records positions of \a company received now. */
inline void observe(PlatformServer &server, const ManualClock &clock, const QString &company, int records)
{
    UploadOutcome u;
    u.spec = InterfaceCatalogue::builtIn()->byIpcType(u"positionVehicle");
    u.companyId = company;
    u.accepted = records;
    u.receivedMs = clock.nowMs();
    u.businessTimes = QList<qint64>(records, u.receivedMs / 1000 - 1);
    server.outages().observe(u);
}

/** \a minutes of positions from \a company, 20 a minute, the clock moving a minute between batches. */
inline void feed(PlatformServer &server, ManualClock &clock, const QString &company, int minutes)
{
    for (int m = 0; m < minutes; ++m) {
        if (m > 0)
            clock.advance(std::chrono::minutes(1));
        observe(server, clock, company, 20);
    }
}

/** After feed(): \a silentMinutes of silence, then a tick; the id of \a company's open outage, or 0. */
inline qint64 silence(PlatformServer &server, ManualClock &clock, const QString &company,
                      int silentMinutes = 6)
{
    clock.advance(std::chrono::minutes(silentMinutes));
    server.outages().tick();
    for (const Outage &o : server.outages().detector().outages()) {
        if (o.companyId == company && o.isOpen())
            return o.id;
    }
    return 0;
}

/** Stores a notice of \a company; its id, or 0. Times: \a receivedMs in ms, the window in seconds. */
inline qint64 addNotice(PlatformServer &server, const QString &company, NoticeKind kind, qint64 receivedMs,
                        qint64 startsAt, qint64 endsAt, const QString &reason = QStringLiteral("服务器迁移"))
{
    Notice n;
    n.companyId = company;
    n.kind = kind;
    n.receivedMs = receivedMs;
    n.startsAt = startsAt;
    n.endsAt = endsAt;
    n.streams = {QStringLiteral("position")};
    n.reason = reason;
    n.contact = QStringLiteral("王工 13800000000");
    n.body = "{}";
    QString error;
    const qint64 id = NoticeStore(server.database()).add(n, &error);
    if (id <= 0)
        qWarning("notice: %s", qPrintable(error));
    return id;
}

} // namespace rw::outagefixtures
