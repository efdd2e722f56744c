// kill -9 during ingest: the real ridewatch-platform process, uploads in flight, SIGKILL, restart on
// the same database. The platform answers 2xx only after COMMIT (IngestPipeline), so every record
// it acknowledged must be there after any crash, exactly once; an upload cut off by the crash is
// either wholly stored or not at all (one transaction), never half.

#include "databaseprobe.h"
#include "httptestclient.h"
#include "uploadfixtures.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace rw;
using rw::testing::HttpResult;
using rw::testing::HttpTestClient;

namespace {

const QString kCompany = QStringLiteral("4690CRASH001");
constexpr int kRecordsPerBatch = 100;
constexpr int kInFlight = 4;

QString plate(qint64 sequence)
{
    // Unique per record across the whole test: a duplicate would show as a plate stored twice.
    return QStringLiteral("琼K%1").arg(sequence, 7, 10, QLatin1Char('0'));
}

/** One POST of kRecordsPerBatch positions with the plates firstSequence … + kRecordsPerBatch - 1. */
struct Batch
{
    enum class State { InFlight, Acknowledged, Failed };
    qint64 firstSequence = 0;
    State state = State::InFlight;
    int run = 0; //!< which server process it was sent to
};

} // namespace

/**
 * Keeps kInFlight uploads going to one server process; each answer is followed by the next POST
 * until stop() is called.
 */
class ContinuousUploader : public QObject
{
    Q_OBJECT

public:
    ContinuousUploader(QUrl url, QByteArray token, int run, qint64 *nextSequence, QList<Batch> *batches)
        : m_url(std::move(url))
        , m_token(std::move(token))
        , m_run(run)
        , m_nextSequence(nextSequence)
        , m_batches(batches)
    {}

    void start()
    {
        while (m_inFlight < kInFlight)
            sendOne();
    }
    void stop() { m_sending = false; }
    int inFlight() const { return m_inFlight; }
    int acknowledged() const { return m_acknowledged; }

Q_SIGNALS:
    /** An upload was answered 2xx; \a count so far in this run. */
    void acknowledgedBatch(int count);
    /** The whole body of an upload has been written to the socket; its answer is still to come. */
    void bodySent();

private:
    void sendOne()
    {
        const qint64 first = *m_nextSequence;
        *m_nextSequence += kRecordsPerBatch;
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QJsonArray records;
        for (int i = 0; i < kRecordsPerBatch; ++i)
            records.append(
                fixtures::positionVehicle(plate(first + i), now, 109500000 + i * 10, 18770000, kCompany));
        const int index = int(m_batches->size());
        m_batches->append(Batch{first, Batch::State::InFlight, m_run});
        ++m_inFlight;
        QNetworkReply *reply = m_client.post(
            m_url, fixtures::envelope(QStringLiteral("positionVehicle"), records, kCompany), m_token);
        connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
            if (total > 0 && sent == total)
                Q_EMIT bodySent();
        });
        connect(reply, &QNetworkReply::finished, this, [this, reply, index] {
            const HttpResult result = testing::resultOf(reply);
            --m_inFlight;
            Batch &batch = (*m_batches)[index];
            const bool ok = result.status == 200 &&
                            result.json().value(QStringLiteral("accepted")).toInt() == kRecordsPerBatch;
            batch.state = ok ? Batch::State::Acknowledged : Batch::State::Failed;
            if (ok) {
                ++m_acknowledged;
                Q_EMIT acknowledgedBatch(m_acknowledged);
            } else if (result.status != 0) {
                qWarning("unexpected answer: %s", result.describe().constData());
            }
            if (m_sending)
                sendOne();
        });
    }

    HttpTestClient m_client; // one connection pool per server process: nothing of it outlives the process
    QUrl m_url;
    QByteArray m_token;
    int m_run = 0;
    qint64 *m_nextSequence;
    QList<Batch> *m_batches;
    int m_inFlight = 0;
    int m_acknowledged = 0;
    bool m_sending = true;
};

class tst_CrashRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void acknowledgedUploadsSurviveKill9();

private:
    /** Starts ridewatch-platform on the test database and returns its base URL (empty on failure). */
    QUrl startPlatform(QProcess &process);
    /**
     * Checks the database against what was acknowledged; returns how many uploads of \a run that got no
     * answer were stored all the same (committed, then killed before the answer left).
     */
    int verifyDatabase(const QString &when, int run);

    QTemporaryDir m_dir;
    QString m_binary;
    QString m_databasePath;
    QByteArray m_token;
    QList<Batch> m_batches;
    qint64 m_nextSequence = 1;
    QByteArray m_fingerprint; // of platform.crt, as the platform prints it at start
};

void tst_CrashRecovery::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString binaryDir = qEnvironmentVariable("RIDEWATCH_BINARY_DIR");
    QVERIFY2(!binaryDir.isEmpty(), "RIDEWATCH_BINARY_DIR is not set: run the test through ctest");
    m_binary = binaryDir + QStringLiteral("/app/ridewatch-platform");
    QVERIFY2(QFileInfo(m_binary).isExecutable(), qPrintable(m_binary));
    m_databasePath = m_dir.filePath(QStringLiteral("platform.sqlite"));

    // Register the company the way an operator would: the token is printed once.
    QProcess add;
    add.start(m_binary, {QStringLiteral("--database"), m_databasePath, QStringLiteral("--add-company"),
                         kCompany, QStringLiteral("--company-name"), QStringLiteral("崩溃测试出行")});
    QVERIFY(add.waitForFinished(15000));
    QVERIFY2(add.exitStatus() == QProcess::NormalExit && add.exitCode() == 0,
             add.readAllStandardError().constData());
    m_token = add.readAllStandardOutput().trimmed();
    QCOMPARE(m_token.size(), 64);
    QVERIFY(
        QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(QString::fromLatin1(m_token)).hasMatch());

    // A second registration of the same company is refused, naming it.
    QProcess again;
    again.start(m_binary,
                {QStringLiteral("--database"), m_databasePath, QStringLiteral("--add-company"), kCompany});
    QVERIFY(again.waitForFinished(15000));
    QCOMPARE(again.exitCode(), 1);
    QVERIFY(QString::fromUtf8(again.readAllStandardError()).contains(kCompany));

    // Registration made the platform's key pair next to the database; every later start serves the
    // same certificate, which this process trusts as its one root (verification stays on).
    QFile certificateFile(m_dir.filePath(QStringLiteral("platform.crt")));
    QVERIFY2(certificateFile.open(QIODevice::ReadOnly), qPrintable(certificateFile.errorString()));
    const QSslCertificate certificate(certificateFile.readAll(), QSsl::Pem);
    QVERIFY(!certificate.isNull());
    m_fingerprint = certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper();
    QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
    trusting.setCaCertificates({certificate});
    QSslConfiguration::setDefaultConfiguration(trusting);
}

QUrl tst_CrashRecovery::startPlatform(QProcess &process)
{
    process.setProgram(m_binary);
    process.setArguments({QStringLiteral("--database"), m_databasePath, QStringLiteral("--port"),
                          QStringLiteral("0"), QStringLiteral("--sync"), QStringLiteral("full")});
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start();
    if (!process.waitForStarted(10000)) {
        qWarning("cannot start %s: %s", qPrintable(m_binary), qPrintable(process.errorString()));
        return {};
    }
    static const QRegularExpression listening(QStringLiteral("listening on (https://127\\.0\\.0\\.1:\\d+)"));
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    QSignalSpy output(&process, &QProcess::readyReadStandardOutput);
    while (timer.elapsed() < 10000 && process.state() == QProcess::Running) {
        out += process.readAllStandardOutput();
        const QRegularExpressionMatch match = listening.match(QString::fromUtf8(out));
        // The fingerprint line follows the listening line: an operator compares it with the console's.
        if (match.hasMatch() && out.contains("\ncertificate sha256 ")) {
            if (!out.contains("\ncertificate sha256 " + m_fingerprint + "\n")) {
                qWarning("ridewatch-platform printed another fingerprint than platform.crt's %s: %s",
                         m_fingerprint.constData(), out.constData());
                return {};
            }
            return QUrl(match.captured(1));
        }
        output.wait(1000);
    }
    qWarning("ridewatch-platform did not report its port; stdout: %s stderr: %s", out.constData(),
             process.readAllStandardError().constData());
    return {};
}

int tst_CrashRecovery::verifyDatabase(const QString &when, int run)
{
    testing::DatabaseProbe db;
    if (!db.open(m_databasePath)) {
        QTest::qFail(qPrintable(when + QStringLiteral(": cannot open the database: ") + db.lastError()),
                     __FILE__, __LINE__);
        return -1;
    }
    QHash<QString, int> stored; // plate → rows
    for (const QVariantList &row :
         db.rows(QStringLiteral("SELECT VehicleNo, count(*) FROM ipc_positionvehicle WHERE rw_company = ? "
                                "GROUP BY VehicleNo"),
                 {kCompany}))
        stored.insert(row.at(0).toString(), row.at(1).toInt());
    const qint64 batchRows =
        db.value(QStringLiteral("SELECT count(*) FROM upload_batch WHERE company_id = ?"), {kCompany});
    const qint64 badBatchRows = db.value(QStringLiteral("SELECT count(*) FROM upload_batch WHERE company_id "
                                                        "= ? AND (record_count <> ? OR accepted <> ?)"),
                                         {kCompany, kRecordsPerBatch, kRecordsPerBatch});

    int storedBatches = 0;
    int storedUnanswered = 0;
    qsizetype platesOfOurs = 0;
    for (const Batch &batch : std::as_const(m_batches)) {
        int present = 0;
        for (int i = 0; i < kRecordsPerBatch; ++i) {
            const int rows = stored.value(plate(batch.firstSequence + i));
            if (rows > 1) {
                QTest::qFail(qPrintable(QStringLiteral("%1: %2 is stored %3 times")
                                            .arg(when, plate(batch.firstSequence + i))
                                            .arg(rows)),
                             __FILE__, __LINE__);
                return -1;
            }
            present += rows;
        }
        platesOfOurs += present;
        if (batch.state == Batch::State::Acknowledged && present != kRecordsPerBatch) {
            QTest::qFail(
                qPrintable(
                    QStringLiteral("%1: acknowledged upload of run %2 starting at %3 has %4 of %5 records")
                        .arg(when)
                        .arg(batch.run)
                        .arg(plate(batch.firstSequence))
                        .arg(present)
                        .arg(kRecordsPerBatch)),
                __FILE__, __LINE__);
            return -1;
        }
        // One transaction per upload: all of it or nothing, whether or not the answer got out.
        if (present != 0 && present != kRecordsPerBatch) {
            QTest::qFail(qPrintable(QStringLiteral("%1: upload starting at %2 is half stored: %3 of %4")
                                        .arg(when, plate(batch.firstSequence))
                                        .arg(present)
                                        .arg(kRecordsPerBatch)),
                         __FILE__, __LINE__);
            return -1;
        }
        if (present) {
            ++storedBatches;
            if (batch.state != Batch::State::Acknowledged && batch.run == run)
                ++storedUnanswered;
        }
    }
    if (platesOfOurs != stored.size()) {
        QTest::qFail(qPrintable(QStringLiteral("%1: %2 plates stored that no upload sent")
                                    .arg(when)
                                    .arg(stored.size() - platesOfOurs)),
                     __FILE__, __LINE__);
        return -1;
    }
    if (batchRows != storedBatches || badBatchRows != 0) {
        QTest::qFail(
            qPrintable(QStringLiteral("%1: %2 upload_batch rows (%3 inconsistent) for %4 stored uploads")
                           .arg(when)
                           .arg(batchRows)
                           .arg(badBatchRows)
                           .arg(storedBatches)),
            __FILE__, __LINE__);
        return -1;
    }
    return storedUnanswered;
}

void tst_CrashRecovery::acknowledgedUploadsSurviveKill9()
{
    QElapsedTimer elapsed;
    elapsed.start();

    // When to pull the plug: after n acknowledgements, either as the n-th answer arrives (others are
    // being received, decoded or committed) or as soon as a further upload's body is on the wire.
    struct Moment
    {
        int afterAcknowledged;
        bool onBodySent;
    };
    const QList<Moment> moments = {{2, false}, {6, true}, {15, false}, {25, true}};

    int run = 0;
    for (const Moment &moment : moments) {
        ++run;
        QProcess platform;
        const QUrl base = startPlatform(platform);
        QVERIFY2(base.isValid() && !base.isEmpty(), "ridewatch-platform did not start");
        QUrl uploadUrl = base;
        uploadUrl.setPath(QStringLiteral("/position/vehicle"));
        uploadUrl.setQuery(QUrlQuery{{QStringLiteral("company"), kCompany}});

        ContinuousUploader uploader(uploadUrl, m_token, run, &m_nextSequence, &m_batches);
        bool killed = false;
        int inFlightAtKill = 0;
        auto kill = [&] {
            if (killed)
                return;
            killed = true;
            uploader.stop();
            inFlightAtKill = uploader.inFlight();
            platform.kill(); // SIGKILL: no chance to finish anything
        };
        connect(&uploader, &ContinuousUploader::acknowledgedBatch, &uploader, [&](int count) {
            if (!moment.onBodySent && count >= moment.afterAcknowledged)
                kill();
        });
        connect(&uploader, &ContinuousUploader::bodySent, &uploader, [&] {
            if (moment.onBodySent && uploader.acknowledged() >= moment.afterAcknowledged)
                kill();
        });
        uploader.start();

        QTRY_VERIFY_WITH_TIMEOUT(killed, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(platform.state(), QProcess::NotRunning, 10000);
        QCOMPARE(platform.exitStatus(), QProcess::CrashExit);
        // The uploads in flight end with a transport error (or, had the answer left before the kill, 200).
        QTRY_COMPARE_WITH_TIMEOUT(uploader.inFlight(), 0, 15000);
        QVERIFY(inFlightAtKill > 0);
        QVERIFY(uploader.acknowledged() >= moment.afterAcknowledged);

        const int unanswered = verifyDatabase(QStringLiteral("after kill %1").arg(run), run);
        if (QTest::currentTestFailed())
            return;
        qInfo("kill %d: %d uploads acknowledged, %d in flight at the kill, %d unanswered ones stored anyway",
              run, uploader.acknowledged(), inFlightAtKill, unanswered);
    }

    // The platform comes back on the same database, takes new uploads and has lost nothing.
    QProcess platform;
    const QUrl base = startPlatform(platform);
    QVERIFY2(base.isValid() && !base.isEmpty(), "ridewatch-platform did not restart");
    QUrl uploadUrl = base;
    uploadUrl.setPath(QStringLiteral("/position/vehicle"));
    const qint64 first = m_nextSequence;
    m_nextSequence += kRecordsPerBatch;
    QJsonArray records;
    for (int i = 0; i < kRecordsPerBatch; ++i)
        records.append(fixtures::positionVehicle(plate(first + i), QDateTime::currentSecsSinceEpoch(),
                                                 109500000, 18770000, kCompany));
    HttpTestClient client;
    const HttpResult result = client.postAndWait(
        uploadUrl, fixtures::envelope(QStringLiteral("positionVehicle"), records, kCompany), m_token);
    QVERIFY2(result.status == 200, result.describe());
    QCOMPARE(result.json().value(QStringLiteral("accepted")).toInt(), kRecordsPerBatch);
    m_batches.append(Batch{first, Batch::State::Acknowledged, run + 1});
    verifyDatabase(QStringLiteral("after the last restart"), run + 1);
    if (QTest::currentTestFailed())
        return;

    int acknowledged = 0;
    for (const Batch &batch : std::as_const(m_batches))
        acknowledged += batch.state == Batch::State::Acknowledged ? 1 : 0;
    qInfo("%d uploads acknowledged over %d kills, all present once; %lld ms", acknowledged,
          int(moments.size()), elapsed.elapsed());

    // SIGTERM is a clean shutdown.
    platform.terminate();
    QTRY_COMPARE_WITH_TIMEOUT(platform.state(), QProcess::NotRunning, 10000);
    QCOMPARE(platform.exitStatus(), QProcess::NormalExit);
    QCOMPARE(platform.exitCode(), 0);
    QVERIFY2(elapsed.elapsed() < 60000, "the crash test must stay under a minute");
}

QTEST_GUILESS_MAIN(tst_CrashRecovery)
#include "tst_crashrecovery.moc"
