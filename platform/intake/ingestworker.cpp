#include "ingestworker.h"

#include "ingestpipeline.h"
#include "noticestore.h"

#include "quality/qualityrecorder.h"

#include "storage/database.h"
#include "storage/interfacetables.h"
#include "storage/recordstore.h"
#include "storage/schemamigrator.h"

#include <QThread>

namespace rw {

IngestWorker::IngestWorker(std::shared_ptr<const InterfaceCatalogue> catalogue, Options options,
                           IntakeStats *stats, QObject *parent)
    : QObject(parent)
    , m_catalogue(std::move(catalogue))
    , m_options(std::move(options))
    , m_stats(stats)
{}

IngestWorker::~IngestWorker() = default;

bool IngestWorker::open(QString *error)
{
    DatabaseOptions dbOptions;
    dbOptions.synchronous =
        m_options.synchronousFull ? DatabaseOptions::Synchronous::Full : DatabaseOptions::Synchronous::Normal;
    auto database = std::make_unique<Database>();
    if (!database->open(m_options.databasePath, dbOptions)) {
        *error = database->lastError().toString();
        return false;
    }
    SchemaMigrator migrator = SchemaMigrator::platform();
    if (!migrator.migrate(*database)) {
        *error = migrator.error().toString();
        return false;
    }
    InterfaceTables tables(*database, m_catalogue);
    if (!tables.ensure()) {
        *error = tables.error().toString();
        return false;
    }
    m_database = std::move(database);
    m_store = std::make_unique<RecordStore>(*m_database, m_catalogue);
    m_pipeline = std::make_unique<IngestPipeline>(m_catalogue, m_store.get(), m_stats);
    m_pipeline->setMaxInflatedBytes(m_options.maxInflatedBytes);
    if (m_options.quality) {
        m_quality = std::make_unique<QualityRecorder>(*m_database, QualityModel::builtIn());
        m_pipeline->setQualityRecorder(m_quality.get());
    }
    m_notices = std::make_unique<NoticeStore>(*m_database);
    return true;
}

bool IngestWorker::openBlocking(QString *error)
{
    if (thread() == QThread::currentThread())
        return open(error);
    bool ok = false;
    QString localError;
    QMetaObject::invokeMethod(
        this, [&] { ok = open(&localError); }, Qt::BlockingQueuedConnection);
    if (!ok && error)
        *error = localError;
    return ok;
}

void IngestWorker::submit(PreparedUpload prepared, std::function<void(UploadOutcome)> done)
{
    QMetaObject::invokeMethod(
        this,
        [this, prepared = std::move(prepared), done = std::move(done)]() mutable {
            if (!m_pipeline) {
                UploadOutcome outcome;
                outcome.httpStatus = 503;
                outcome.replyBody =
                    R"({"error":{"code":"storage_unavailable","message":"the platform's database is closed"}})";
                done(std::move(outcome));
                return;
            }
            done(m_pipeline->commit(std::move(prepared)));
        },
        Qt::QueuedConnection);
}

void IngestWorker::submitNotice(Notice notice, std::function<void(qint64, QString)> done)
{
    QMetaObject::invokeMethod(
        this,
        [this, notice = std::move(notice), done = std::move(done)] {
            if (!m_notices) {
                done(0, tr("the platform's database is closed"));
                return;
            }
            QString error;
            const qint64 id = m_notices->add(notice, &error);
            done(id, error);
        },
        Qt::QueuedConnection);
}

void IngestWorker::closeBlocking()
{
    auto close = [this] {
        m_notices.reset();
        m_pipeline.reset();
        m_quality.reset();
        m_store.reset();
        m_database.reset();
    };
    if (thread() == QThread::currentThread())
        close();
    else
        QMetaObject::invokeMethod(this, close, Qt::BlockingQueuedConnection);
}

} // namespace rw
