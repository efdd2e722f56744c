#pragma once

#include "preparedupload.h"
#include "uploadoutcome.h"

#include "protocol/interfacecatalogue.h"

#include <QObject>

#include <functional>
#include <memory>

namespace rw {

class Database;
class IngestPipeline;
class IntakeStats;
class NoticeStore;
class QualityRecorder;
class RecordStore;
struct Notice;

/**
 * \brief The platform's single writer: owns the database connection of the ingest thread.
 *
 * Create it, move it to its thread, then call open() there (openBlocking() does that). Work is
 * queued to it with submit(); the completion callback runs on the worker thread, so callers
 * post the result back to their own thread.
 */
class IngestWorker : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString databasePath;
        bool synchronousFull = true; //!< fsync each commit: acknowledged data survives power loss too
        qsizetype maxInflatedBytes = 256 * 1024 * 1024;
        /** Record the quality numbers of each upload (DESIGN §6) with the built-in model. */
        bool quality = true;
    };

    IngestWorker(std::shared_ptr<const InterfaceCatalogue> catalogue, Options options, IntakeStats *stats,
                 QObject *parent = nullptr);
    ~IngestWorker() override;

    /** Opens and migrates the database on the calling thread; false with \a error on failure. */
    bool open(QString *error);

    /** Opens on the worker's own thread and waits for the result (start-up only). */
    bool openBlocking(QString *error);

    /** Queues \a prepared for commit; \a done is called on the worker thread after commit (or refusal). */
    void submit(PreparedUpload prepared, std::function<void(UploadOutcome)> done);

    /** Queues the storing of a notice; \a done gets the new notice id, or 0 and an error. */
    void submitNotice(Notice notice, std::function<void(qint64 id, QString error)> done);

    /** Closes the database on the worker thread and waits (shutdown only). */
    void closeBlocking();

private:
    std::shared_ptr<const InterfaceCatalogue> m_catalogue;
    Options m_options;
    IntakeStats *m_stats;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<RecordStore> m_store;
    std::unique_ptr<QualityRecorder> m_quality;
    std::unique_ptr<IngestPipeline> m_pipeline;
    std::unique_ptr<NoticeStore> m_notices;
};

} // namespace rw
