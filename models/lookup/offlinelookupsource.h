#pragma once

#include "cachedlookup.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace rw {

/**
 * \brief Where LookupClient turns when the platform cannot be reached: the officer's encrypted cache
 * (models/offline/LookupCache implements it).
 *
 * Both calls return at once and never block the caller's thread on I/O: the work happens elsewhere and
 * \a handler runs later on \a context's thread (never if \a context is gone).
 */
class OfflineLookupSource
{
public:
    using Handler = std::function<void(std::optional<rw::CachedLookup>)>;

    virtual ~OfflineLookupSource() = default;

    /** Answers \a query from the cache; nothing when the cache cannot answer it (or is not open). */
    virtual void lookup(const QString &query, QObject *context, Handler handler) = 0;
    /** Keeps a platform answer (a 200 of the permit search, masked) for later offline use. */
    virtual void remember(const QString &query, const QJsonObject &answer, const QDateTime &receivedAt) = 0;
};

} // namespace rw
