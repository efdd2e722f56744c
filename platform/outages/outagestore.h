#pragma once

#include "outages/outage.h"
#include "outages/outagestream.h"
#include "storage/databaseerror.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace rw {

class Database;

/**
 * \brief The platform's outages table (migration 0009; DESIGN §7): what OutageDetector found, kept across
 * restarts. Use on the thread of its Database.
 */
class OutageStore
{
    Q_DECLARE_TR_FUNCTIONS(rw::OutageStore)

public:
    /** Which outages list() returns. */
    struct Filter
    {
        QString companyId; //!< empty: every company
        qint64 fromMs = 0; //!< outages that overlap [fromMs, toMs); 0: no bound
        qint64 toMs = 0;
        bool openOnly = false;
        int limit = 1000;
    };

    /** A stream's recent receipts, read from the upload log to prime the detector after a restart. */
    struct StreamActivity
    {
        QString companyId;
        OutageStream stream = OutageStream::Position;
        qint64 lastReceivedMs = 0;
        qint64 recordsInWindow = 0; //!< records received in the window before lastReceivedMs
    };

    explicit OutageStore(Database &db);

    /**
     * Inserts \a outage or, when one with the same company, stream and start exists, updates its end, rate
     * and back-fill. Returns its id, or 0 with lastError().
     */
    qint64 save(const Outage &outage);

    /** Open outages and those that closed at or after \a closedSinceMs (the detector's back-fill horizon). */
    QList<Outage> recent(qint64 closedSinceMs);
    /** Newest start first. */
    QList<Outage> list(const Filter &filter);
    std::optional<Outage> byId(qint64 id);

    /** Per company and stream: the last receipt and the records in the \a windowMs before it (upload_batch).
     */
    QList<StreamActivity> activity(qint64 windowMs);

    DatabaseError lastError() const { return m_error; }

private:
    QList<Outage> read(class Statement &statement);

    Database &m_db;
    DatabaseError m_error;
};

} // namespace rw
