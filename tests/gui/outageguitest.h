#pragma once

// The real platform for the outage GUI tests: Wuzhishan's C1 with a closed outage (an incident notice and a
// planned stop beside it) and an open one, Shenzhen's C2 with an open one — made by feeding positions to the
// platform's OutageMonitor on a ManualClock (tests/common/outagefixtures.h).

#include "../unit/client/admintestsupport.h"
#include "outagefixtures.h"

#include <QLocale>
#include <QTemporaryDir>
#include <QTranslator>

namespace rw::outageguitest {

struct OutagePlatform
{
    QTemporaryDir dir;
    std::unique_ptr<ManualClock> clock;
    std::unique_ptr<PlatformServer> server;
    qint64 closed = 0;
    qint64 open = 0;
    qint64 c2 = 0;

    /** Starts the platform; \a withOutages: the outages above, else only the companies. */
    bool start(bool withOutages = true)
    {
        using namespace outagefixtures;
        clock = std::make_unique<ManualClock>(outagefixtures::start());
        server = admintest::startPlatform(dir.path(), clock.get());
        QString error;
        if (!server || !addCompanies(*server, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        if (!withOutages)
            return true;
        feed(*server, *clock, kC1, 30);
        closed = silence(*server, *clock, kC1, 40);
        const qint64 closedStart = server->outages().detector().outages().first().startMs;
        addNotice(*server, kC1, NoticeKind::Incident, clock->nowMs() - 60'000, closedStart / 1000,
                  clock->nowMs() / 1000 + 60, QStringLiteral("机房断电"));
        // A planned stop announced 4 days ahead for the evening: drawn on the timeline beside the gaps.
        const qint64 evening = outagefixtures::start().toSecsSinceEpoch() + 10 * 3600;
        addNotice(*server, kC1, NoticeKind::PlannedStop, (evening - 4 * 24 * 3600) * 1000, evening,
                  evening + 2 * 3600, QStringLiteral("数据库升级"));
        feed(*server, *clock, kC1, 30);
        open = silence(*server, *clock, kC1);
        feed(*server, *clock, kC2, 30);
        c2 = silence(*server, *clock, kC2);
        return closed > 0 && open > closed && c2 > open;
    }

    std::unique_ptr<PlatformClient> signedIn(const QString &user)
    {
        auto client = std::make_unique<PlatformClient>();
        admintest::connectTo(*client, server->baseUrl(), server->certificate());
        const QString error = admintest::signIn(*client, user, *clock);
        if (!error.isEmpty()) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        return client;
    }

    std::function<QDateTime()> now() const
    {
        const ManualClock *c = clock.get();
        return [c] { return c->now(); };
    }
};

/** RIDEWATCH_LANG=zh_CN: the console's translations, for screenshots in its primary language. */
inline void installLanguage(QObject *parent)
{
    const QString lang = qEnvironmentVariable("RIDEWATCH_LANG");
    if (lang.isEmpty())
        return;
    QLocale::setDefault(QLocale(lang));
    auto *translator = new QTranslator(parent);
    if (translator->load(QLocale(lang), QStringLiteral("ridewatch"), QStringLiteral("_"),
                         qEnvironmentVariable("RIDEWATCH_BINARY_DIR") + QStringLiteral("/translations")))
        QCoreApplication::installTranslator(translator);
}

} // namespace rw::outageguitest
