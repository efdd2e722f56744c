#pragma once

// JSON fixtures of the lookup contracts (docs/lookup-contracts.md) in tests/unit/lookup/data.

#include "lookup/cachedlookup.h"
#include "lookup/offlinelookupsource.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTest>
#include <QTimer>

namespace rw::lookuptest {

/** The object in data/\a name, or an empty object (with a warning) when it cannot be read. */
inline QJsonObject fixture(const QString &name)
{
    const QString dir =
        qEnvironmentVariable("RIDEWATCH_SOURCE_DIR") + QStringLiteral("/tests/unit/lookup/data/");
    QFile file(dir + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot read %s", qPrintable(file.fileName()));
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

/**
 * A stand-in for the officer's offline cache (the real one, models/offline/LookupCache, is another branch's):
 * answers from a table, later on the context's thread as the interface promises, and records remember().
 */
class FakeOfflineSource : public OfflineLookupSource
{
public:
    struct Remembered
    {
        QString query;
        QJsonObject answer;
        QDateTime receivedAt;
    };

    QHash<QString, CachedLookup> answers; //!< by query as asked
    QList<Remembered> remembered;
    QStringList asked;

    void lookup(const QString &query, QObject *context, Handler handler) override
    {
        asked.append(query);
        std::optional<CachedLookup> found;
        if (answers.contains(query))
            found = answers.value(query);
        QTimer::singleShot(0, context, [handler, found] { handler(found); });
    }
    void remember(const QString &query, const QJsonObject &answer, const QDateTime &receivedAt) override
    {
        remembered.append({query, answer, receivedAt});
    }
};

} // namespace rw::lookuptest
