#include "lookupcache.h"

#include "domain/clock.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace rw {

LookupCache::LookupCache(const QString &directory, const Clock &clock, QObject *parent)
    : LookupCache(directory, clock, Options{}, parent)
{}

LookupCache::LookupCache(const QString &directory, const Clock &clock, const Options &options,
                         QObject *parent)
    : QObject(parent)
    , m_directory(directory)
    , m_clock(clock)
    , m_options(options)
    , m_store(std::make_unique<LookupCacheStore>(options.iterations))
{
    m_thread.setObjectName(QStringLiteral("lookup-cache"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

LookupCache::~LookupCache()
{
    // Tasks queued behind the one in progress are dropped with the worker; answers already on their
    // way to this object are dropped by QObject's destructor.
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
    m_store.reset(); // the thread is gone: this thread may close the connection
}

QString LookupCache::fileNameFor(const QString &userName)
{
    return QStringLiteral("lookup-%1.sqlite").arg(QString::fromLatin1(QUrl::toPercentEncoding(userName)));
}

QString LookupCache::pathFor(const QString &userName) const
{
    return QDir(m_directory).filePath(fileNameFor(userName));
}

void LookupCache::post(std::function<void(LookupCacheStore &)> task)
{
    LookupCacheStore *store = m_store.get();
    QMetaObject::invokeMethod(
        m_worker, [store, task = std::move(task)] { task(*store); }, Qt::QueuedConnection);
}

void LookupCache::back(std::function<void()> call)
{
    QMetaObject::invokeMethod(this, std::move(call), Qt::QueuedConnection);
}

void LookupCache::deliver(const QPointer<QObject> &context, std::function<void()> call)
{
    if (!context)
        return;
    if (context->thread() == QThread::currentThread())
        call();
    else
        QMetaObject::invokeMethod(context.data(), std::move(call), Qt::QueuedConnection);
}

void LookupCache::open(const QString &userName, const QString &password)
{
    m_userName = userName;
    m_open = false;
    const int generation = ++m_openGeneration;
    const QString path = pathFor(userName);
    const QString directory = m_directory;
    const QDateTime forgetBefore = m_clock.now().addDays(-m_options.answerRetentionDays);
    post([this, path, password, directory, generation, forgetBefore](LookupCacheStore &store) {
        LookupCacheStore::Outcome outcome;
        if (!QDir().mkpath(directory))
            outcome = {Status::StorageFailure, tr("the folder %1 for the lookup cache cannot be created")
                                                   .arg(QDir::toNativeSeparators(directory))};
        else
            outcome = store.open(path, password);
        if (outcome.ok()) {
            const LookupCacheStore::Outcome pruned = store.prune(forgetBefore);
            if (!pruned.ok())
                back([this, pruned] { Q_EMIT problem(pruned.message); });
        }
        back([this, outcome, generation] {
            if (generation == m_openGeneration)
                m_open = outcome.ok();
            Q_EMIT opened(outcome.status, outcome.message);
        });
    });
}

void LookupCache::close()
{
    m_open = false;
    ++m_openGeneration;
    post([](LookupCacheStore &store) { store.close(); });
}

void LookupCache::rekey(const QString &oldPassword, const QString &newPassword)
{
    post([this, oldPassword, newPassword](LookupCacheStore &store) {
        const LookupCacheStore::Outcome outcome = store.rekey(oldPassword, newPassword);
        back([this, outcome] { Q_EMIT rekeyed(outcome.status, outcome.message); });
    });
}

void LookupCache::remove(const QString &userName)
{
    const QString path = pathFor(userName);
    if (userName == m_userName) {
        m_open = false;
        ++m_openGeneration;
    }
    post([this, path, userName](LookupCacheStore &store) {
        if (store.isOpen() && QFileInfo(store.path()) == QFileInfo(path))
            store.close();
        const LookupCacheStore::Outcome outcome = LookupCacheStore::removeFiles(path);
        back([this, userName, outcome] { Q_EMIT removed(userName, outcome.status, outcome.message); });
    });
}

void LookupCache::lookup(const QString &query, QObject *context, Handler handler)
{
    const QDate today = m_clock.now().toOffsetFromUtc(8 * 3600).date(); // permits are judged in CST
    const int limit = m_options.limit;
    QPointer<QObject> guard(context);
    post([this, query, today, limit, guard, handler = std::move(handler)](LookupCacheStore &store) {
        QStringList problems;
        std::optional<CachedLookup> found = store.lookup(query, today, limit, &problems);
        back([this, guard, handler, found, problems] {
            for (const QString &p : problems)
                Q_EMIT problem(p);
            deliver(guard, [handler, found] { handler(found); });
        });
    });
}

void LookupCache::remember(const QString &query, const QJsonObject &answer, const QDateTime &receivedAt)
{
    post([this, query, answer, receivedAt](LookupCacheStore &store) {
        const LookupCacheStore::Outcome outcome = store.remember(query, answer, receivedAt);
        if (!outcome.ok() && outcome.status != Status::NotOpen) // not open: nothing to keep it in
            back([this, outcome] { Q_EMIT problem(outcome.message); });
    });
}

void LookupCache::registryState(QObject *context, StateHandler handler)
{
    QPointer<QObject> guard(context);
    post([this, guard, handler = std::move(handler)](LookupCacheStore &store) {
        const LookupCacheStore::RegistryState state = store.registryState();
        back([guard, handler, state] { deliver(guard, [handler, state] { handler(state); }); });
    });
}

void LookupCache::storeRegistryPage(qint64 after, const QJsonObject &page, QObject *context,
                                    PageHandler handler)
{
    QPointer<QObject> guard(context);
    post([this, after, page, guard, handler = std::move(handler)](LookupCacheStore &store) {
        const LookupCacheStore::PageOutcome outcome = store.storeRegistryPage(after, page);
        back([guard, handler, outcome] { deliver(guard, [handler, outcome] { handler(outcome); }); });
    });
}

} // namespace rw
