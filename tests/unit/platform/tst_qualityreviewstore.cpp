// QualityReviewStore: review and publication of the quality results (seed 000 Art. 18) in a real SQLite
// file on a ManualClock: a draft until reviewed, publication only after a review and only once, a
// published period reviewed again only with a new comment, and a change whose audit record cannot be
// written is undone.

#include "domain/manualclock.h"
#include "quality/qualityreviewstore.h"
#include "storage/database.h"
#include "storage/schemamigrator.h"
#include "storage/statement.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace rw;

namespace {

const QDateTime Start(QDate(2026, 12, 2), QTime(1, 0), QTimeZone::utc());
const QString Hainan = u"460000"_s;
const QString November = u"2026-11"_s;
using Status = QualityReview::Status;

} // namespace

class tst_QualityReviewStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void draftUntilReviewed();
    void reviewPublishReReview();
    void publishNeedsAReviewAndHappensOnce();
    void badInputNamesTheField();
    void aChangeWhoseAuditFailsIsUndone();
    void jsonIsTheContractsReviewObject();

private:
    qint64 rows();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QualityReviewStore> m_store;
};

void tst_QualityReviewStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<ManualClock>(Start);
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(u"platform.db"_s)));
    SchemaMigrator migrator = SchemaMigrator::platform();
    QVERIFY2(migrator.migrate(*m_db), qPrintable(migrator.error().toString()));
    m_store = std::make_unique<QualityReviewStore>(*m_db, *m_clock);
}

void tst_QualityReviewStore::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_clock.reset();
    m_dir.reset();
}

qint64 tst_QualityReviewStore::rows()
{
    Statement count = m_db->prepare(u"SELECT COUNT(*) FROM quality_review"_s);
    return count.step() ? count.columnInt64(0) : -1;
}

void tst_QualityReviewStore::draftUntilReviewed()
{
    const auto draft = m_store->find(Hainan, November);
    QVERIFY(draft);
    QCOMPARE(draft->status, Status::Draft);
    QCOMPARE(draft->regionCode, Hainan);
    QCOMPARE(draft->period, November);
    QCOMPARE(draft->reviewedMs, 0);
    QCOMPARE(draft->publishedMs, 0);
    QVERIFY(draft->reviewedBy.isEmpty());
    QCOMPARE(rows(), 0);
}

void tst_QualityReviewStore::reviewPublishReReview()
{
    const qint64 t0 = m_clock->nowMs();
    auto reviewed =
        m_store->change(Hainan, November, u"2026.1"_s, Status::Reviewed, u"  checked  "_s, u"wang.sup"_s);
    QVERIFY2(reviewed, qPrintable(m_store->message()));
    QCOMPARE(reviewed->status, Status::Reviewed);
    QCOMPARE(reviewed->comment, u"checked"_s);
    QCOMPARE(reviewed->reviewedBy, u"wang.sup"_s);
    QCOMPARE(reviewed->reviewedMs, t0);
    QCOMPARE(reviewed->modelVersion, u"2026.1"_s);

    m_clock->advanceSecs(60);
    const auto published =
        m_store->change(Hainan, November, u"2026.1"_s, Status::Published, {}, u"wang.sup"_s);
    QVERIFY2(published, qPrintable(m_store->message()));
    QCOMPARE(published->status, Status::Published);
    QCOMPARE(published->comment, u"checked"_s); // a publication without a comment keeps the review's
    QCOMPARE(published->publishedBy, u"wang.sup"_s);
    QCOMPARE(published->publishedMs, t0 + 60000);
    QCOMPARE(published->reviewedMs, t0);
    const auto stored = m_store->find(Hainan, November);
    QCOMPARE(stored->status, Status::Published);
    QCOMPARE(stored->publishedMs, t0 + 60000);

    // Taking a publication back needs a new comment.
    QVERIFY(!m_store->change(Hainan, November, u"2026.1"_s, Status::Reviewed, {}, u"li.sup"_s));
    QCOMPARE(m_store->failure(), QualityReviewStore::Failure::CommentRequired);
    QVERIFY2(m_store->message().startsWith(u"comment:"_s), qPrintable(m_store->message()));
    QVERIFY(!m_store->change(Hainan, November, u"2026.1"_s, Status::Reviewed, u"checked"_s, u"li.sup"_s));
    QCOMPARE(m_store->failure(), QualityReviewStore::Failure::CommentRequired);
    QCOMPARE(m_store->find(Hainan, November)->status, Status::Published);

    m_clock->advanceSecs(60);
    const auto again = m_store->change(Hainan, November, u"2026.1"_s, Status::Reviewed,
                                       u"C3's November positions were re-sent"_s, u"li.sup"_s);
    QVERIFY2(again, qPrintable(m_store->message()));
    QCOMPARE(again->status, Status::Reviewed);
    QCOMPARE(again->reviewedBy, u"li.sup"_s);
    QCOMPARE(again->reviewedMs, t0 + 120000);
    QVERIFY(again->publishedBy.isEmpty());
    QCOMPARE(again->publishedMs, 0);
    const auto stored2 = m_store->find(Hainan, November);
    QCOMPARE(stored2->status, Status::Reviewed);
    QCOMPARE(stored2->comment, u"C3's November positions were re-sent"_s);
    QCOMPARE(stored2->publishedMs, 0);
    QCOMPARE(rows(), 1);

    // Published again after the new review; other periods and regions are apart.
    QVERIFY(m_store->change(Hainan, November, u"2026.1"_s, Status::Published, u"final"_s, u"li.sup"_s));
    QCOMPARE(m_store->find(Hainan, November)->comment, u"final"_s);
    QCOMPARE(m_store->find(Hainan, u"2026"_s)->status, Status::Draft);
    QCOMPARE(m_store->find(u"469001"_s, November)->status, Status::Draft);
}

void tst_QualityReviewStore::publishNeedsAReviewAndHappensOnce()
{
    QVERIFY(!m_store->change(Hainan, November, u"2026.1"_s, Status::Published, u"go"_s, u"wang.sup"_s));
    QCOMPARE(m_store->failure(), QualityReviewStore::Failure::NotReviewed);
    QVERIFY2(m_store->message().contains(November), qPrintable(m_store->message()));
    QCOMPARE(rows(), 0);

    QVERIFY(m_store->change(Hainan, November, u"2026.1"_s, Status::Reviewed, {}, u"wang.sup"_s));
    // A reviewed period may be reviewed again, without a comment.
    QVERIFY(m_store->change(Hainan, November, u"2026.1"_s, Status::Reviewed, {}, u"wang.sup"_s));
    QVERIFY(m_store->change(Hainan, November, u"2026.1"_s, Status::Published, {}, u"wang.sup"_s));
    QVERIFY(!m_store->change(Hainan, November, u"2026.1"_s, Status::Published, {}, u"wang.sup"_s));
    QCOMPARE(m_store->failure(), QualityReviewStore::Failure::AlreadyPublished);
}

void tst_QualityReviewStore::badInputNamesTheField()
{
    QVERIFY(!m_store->change(u"46000"_s, November, u"2026.1"_s, Status::Reviewed, {}, u"wang.sup"_s));
    QCOMPARE(m_store->failure(), QualityReviewStore::Failure::Invalid);
    QVERIFY2(m_store->message().startsWith(u"region: \"46000\""_s), qPrintable(m_store->message()));
    QVERIFY(!m_store->change(Hainan, u"2026-13"_s, u"2026.1"_s, Status::Reviewed, {}, u"wang.sup"_s));
    QVERIFY2(m_store->message().startsWith(u"period: \"2026-13\""_s), qPrintable(m_store->message()));
    QVERIFY(!m_store->change(Hainan, November, u"2026.1"_s, Status::Draft, {}, u"wang.sup"_s));
    QVERIFY2(m_store->message().startsWith(u"status:"_s), qPrintable(m_store->message()));
    QVERIFY(!m_store->change(Hainan, November, u"2026.1"_s, Status::Reviewed,
                             QString(QualityReviewStore::MaxCommentLength + 1, u'x'), u"wang.sup"_s));
    QVERIFY2(m_store->message().startsWith(u"comment:"_s), qPrintable(m_store->message()));
    QCOMPARE(rows(), 0);
}

void tst_QualityReviewStore::aChangeWhoseAuditFailsIsUndone()
{
    int calls = 0;
    const auto failing = [&](const QualityReview &before, const QualityReview &after) {
        ++calls;
        [&] {
            QCOMPARE(before.status, Status::Draft);
            QCOMPARE(after.status, Status::Reviewed);
            QCOMPARE(after.comment, u"ok"_s);
        }();
        return false;
    };
    QVERIFY(
        !m_store->change(Hainan, November, u"2026.1"_s, Status::Reviewed, u"ok"_s, u"wang.sup"_s, failing));
    QCOMPARE(calls, 1);
    QCOMPARE(m_store->failure(), QualityReviewStore::Failure::Audit);
    QCOMPARE(rows(), 0);

    QVERIFY(m_store->change(Hainan, November, u"2026.1"_s, Status::Reviewed, u"ok"_s, u"wang.sup"_s,
                            [](const QualityReview &, const QualityReview &) { return true; }));
    QVERIFY(!m_store->change(Hainan, November, u"2026.1"_s, Status::Published, {}, u"wang.sup"_s,
                             [](const QualityReview &, const QualityReview &) { return false; }));
    QCOMPARE(m_store->find(Hainan, November)->status, Status::Reviewed);
}

void tst_QualityReviewStore::jsonIsTheContractsReviewObject()
{
    QCOMPARE(m_store->find(Hainan, November)->toJson(), (QJsonObject{{u"status"_s, u"draft"_s},
                                                                     {u"comment"_s, u""_s},
                                                                     {u"reviewedBy"_s, u""_s},
                                                                     {u"reviewedAt"_s, 0},
                                                                     {u"publishedBy"_s, u""_s},
                                                                     {u"publishedAt"_s, 0}}));
    QCOMPARE(QualityReview::statusFromKey(u"published"), std::optional<Status>(Status::Published));
    QCOMPARE(QualityReview::statusFromKey(u"final"), std::nullopt);
}

QTEST_GUILESS_MAIN(tst_QualityReviewStore)
#include "tst_qualityreviewstore.moc"
