// BadRecordStore: the cities' bad-record lists (seed 002 Art. 34) in a real SQLite file, judged on a
// ManualClock: entries active until the end of their until day in China Standard Time, removal that keeps
// the row with who, when and why, the region scope, one active entry per subject and region, and a change
// that is undone when its audit record cannot be written.

#include "badrecords/badrecordstore.h"
#include "domain/manualclock.h"
#include "storage/database.h"
#include "storage/schemamigrator.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace rw;

namespace {

// 2026-05-31 23:59:59 in Wuzhishan is 15:59:59 UTC: the UTC date and the China date differ from 16:00 UTC.
const QDateTime LastSecond(QDate(2026, 5, 31), QTime(15, 59, 59), QTimeZone::utc());
const QString Plate = u"琼DD12345"_s;
const QString Licence = u"469001199001011234"_s;

BadRecord vehicle(const QString &plate, const QString &region = u"469001"_s, const QDate &until = {})
{
    BadRecord r;
    r.subject = BadRecord::Subject::Vehicle;
    r.plate = plate;
    r.regionCode = region;
    r.reason = u"无证营运被查处三次"_s;
    r.addedBy = u"li.wei"_s;
    r.until = until;
    return r;
}

BadRecord driver(const QString &licence, const QString &region = u"469001"_s)
{
    BadRecord r;
    r.subject = BadRecord::Subject::Driver;
    r.licence = licence;
    r.regionCode = region;
    r.reason = u"Refused passengers with guide dogs"_s;
    r.addedBy = u"li.wei"_s;
    return r;
}

} // namespace

class tst_BadRecordStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addNormalisesAndLists();
    void expiresAfterItsUntilDayInChinaTime();
    void removalKeepsTheRowWithWhoWhenAndWhy();
    void regionScopeAndOneActiveEntryPerRegion();
    void badInputNamesTheField();
    void aChangeWhoseAuditFailsIsUndone();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<BadRecordStore> m_store;
};

void tst_BadRecordStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<ManualClock>(LastSecond.addSecs(-3600));
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(u"platform.db"_s)));
    SchemaMigrator migrator = SchemaMigrator::platform();
    QVERIFY2(migrator.migrate(*m_db), qPrintable(migrator.error().toString()));
    m_store = std::make_unique<BadRecordStore>(*m_db, *m_clock);
}

void tst_BadRecordStore::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_clock.reset();
    m_dir.reset();
}

void tst_BadRecordStore::addNormalisesAndLists()
{
    QSignalSpy changed(m_store.get(), &BadRecordStore::changed);
    const auto car = m_store->add(vehicle(u" 琼dd·12345 "_s));
    QVERIFY2(car, qPrintable(m_store->message()));
    QCOMPARE(car->plate, Plate);
    QVERIFY(car->licence.isEmpty());
    QCOMPARE(car->addedAt, m_clock->now());
    QCOMPARE(car->addedBy, u"li.wei"_s);
    QVERIFY(car->active);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toLongLong(), car->id);

    BadRecord d = driver(u" %1 "_s.arg(Licence));
    d.name = u"张伟"_s;
    d.certificate = u"W469001001"_s;
    const auto person = m_store->add(d);
    QVERIFY2(person, qPrintable(m_store->message()));
    QCOMPARE(person->licence, Licence);
    QVERIFY(person->plate.isEmpty());
    QCOMPARE(changed.size(), 2);

    const QList<BadRecord> all = m_store->list(RegionScope::fromCode(u"469001"), false);
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0), *person); // newest first, read back exactly as written
    QCOMPARE(all.at(1), *car);
    QCOMPARE(m_store->find(car->id), car);
    QVERIFY(!m_store->find(car->id + 100));
    QVERIFY(
        m_store->isListed(BadRecord::Subject::Vehicle, u"琼DD-12345"_s, RegionScope::fromCode(u"469001")));
    QVERIFY(m_store->isListed(BadRecord::Subject::Driver, Licence, RegionScope::fromCode(u"469001")));
    QVERIFY(!m_store->isListed(BadRecord::Subject::Driver, Plate, RegionScope::fromCode(u"469001")));
    QVERIFY(
        !m_store->isListed(BadRecord::Subject::Vehicle, u"琼DD12346"_s, RegionScope::fromCode(u"469001")));
    QCOMPARE(m_store->current().size(), 2);
}

void tst_BadRecordStore::expiresAfterItsUntilDayInChinaTime()
{
    const RegionScope city = RegionScope::fromCode(u"469001");
    const auto r = m_store->add(vehicle(Plate, u"469001"_s, QDate(2026, 5, 31)));
    QVERIFY2(r, qPrintable(m_store->message()));

    m_clock->set(LastSecond); // 2026-05-31 23:59:59+08:00: the last second of its last day
    QCOMPARE(m_store->today(), QDate(2026, 5, 31));
    QVERIFY(m_store->isListed(BadRecord::Subject::Vehicle, Plate, city));
    QCOMPARE(m_store->list(city, true).size(), 1);
    QVERIFY(m_store->find(r->id)->active);

    m_clock->advanceSecs(1); // 2026-06-01 00:00:00+08:00, still 2026-05-31 in UTC
    QCOMPARE(m_clock->now().date(), QDate(2026, 5, 31));
    QCOMPARE(m_store->today(), QDate(2026, 6, 1));
    QVERIFY(!m_store->isListed(BadRecord::Subject::Vehicle, Plate, city));
    QCOMPARE(m_store->list(city, true).size(), 0);
    const QList<BadRecord> all = m_store->list(city, false);
    QCOMPARE(all.size(), 1);
    QVERIFY(!all.first().active);
    QVERIFY(!all.first().isRemoved()); // ran out, not removed
    QCOMPARE(m_store->current().size(), 0);

    // An expired entry blocks nothing: the vehicle can be listed again, and not back-dated.
    const auto again = m_store->add(vehicle(Plate, u"469001"_s, QDate(2026, 5, 31)));
    QVERIFY(!again);
    QCOMPARE(m_store->failure(), BadRecordStore::Failure::Invalid);
    QVERIFY2(m_store->message().contains(u"until"_s) && m_store->message().contains(u"2026-05-31"_s) &&
                 m_store->message().contains(u"2026-06-01"_s),
             qPrintable(m_store->message()));
    QVERIFY(m_store->add(vehicle(Plate, u"469001"_s, QDate(2026, 6, 1))));
    QVERIFY(m_store->isListed(BadRecord::Subject::Vehicle, Plate, city));
    QCOMPARE(m_store->entriesOf(BadRecord::Subject::Vehicle, Plate, city).size(), 2);
}

void tst_BadRecordStore::removalKeepsTheRowWithWhoWhenAndWhy()
{
    const RegionScope city = RegionScope::fromCode(u"469001");
    const auto r = m_store->add(driver(Licence));
    QVERIFY(r);
    QSignalSpy changed(m_store.get(), &BadRecordStore::changed);

    QVERIFY(!m_store->remove(r->id, u"wang.fang"_s, u"  "_s));
    QCOMPARE(m_store->failure(), BadRecordStore::Failure::Invalid);
    QVERIFY(m_store->message().contains(u"reason"_s));
    QVERIFY(!m_store->remove(r->id + 7, u"wang.fang"_s, u"appeal"_s));
    QCOMPARE(m_store->failure(), BadRecordStore::Failure::NotFound);
    QVERIFY(m_store->message().contains(QString::number(r->id + 7)));
    QCOMPARE(changed.size(), 0);

    m_clock->advanceSecs(600);
    const auto removed = m_store->remove(r->id, u"wang.fang"_s, u"Appeal upheld on 2026-05-31"_s);
    QVERIFY2(removed, qPrintable(m_store->message()));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(removed->removedBy, u"wang.fang"_s);
    QCOMPARE(removed->removedAt, m_clock->now());
    QCOMPARE(removed->removeReason, u"Appeal upheld on 2026-05-31"_s);
    QVERIFY(!removed->active);

    // The row stays, with what it was and how it ended.
    const auto stored = m_store->find(r->id);
    QVERIFY(stored);
    QCOMPARE(*stored, *removed);
    QCOMPARE(stored->reason, r->reason);
    QCOMPARE(stored->addedAt, r->addedAt);
    QVERIFY(!m_store->isListed(BadRecord::Subject::Driver, Licence, city));
    QCOMPARE(m_store->list(city, true).size(), 0);
    QCOMPARE(m_store->list(city, false).size(), 1);

    QVERIFY(!m_store->remove(r->id, u"wang.fang"_s, u"again"_s));
    QCOMPARE(m_store->failure(), BadRecordStore::Failure::AlreadyRemoved);
    QVERIFY(m_store->message().contains(u"wang.fang"_s));
    QCOMPARE(changed.size(), 1);

    // Listed again later: both entries are the driver's history, newest first.
    const auto relisted = m_store->add(driver(Licence));
    QVERIFY(relisted);
    const QList<BadRecord> history = m_store->entriesOf(BadRecord::Subject::Driver, Licence, city);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).id, relisted->id);
    QVERIFY(history.at(0).active);
    QCOMPARE(history.at(1).id, r->id);
    QVERIFY(history.at(1).isRemoved());
}

void tst_BadRecordStore::regionScopeAndOneActiveEntryPerRegion()
{
    QVERIFY(m_store->add(vehicle(Plate, u"469001"_s)));         // Wuzhishan
    QVERIFY(m_store->add(vehicle(u"琼B00001"_s, u"460200"_s))); // Sanya
    QVERIFY(m_store->add(vehicle(u"京A00001"_s, u"110105"_s))); // Beijing Chaoyang

    // One active entry per subject and region: a second one is refused, naming the plate and the entry.
    const auto first = m_store->list(RegionScope::fromCode(u"469001"), true).first();
    QVERIFY(!m_store->add(vehicle(u"琼DD 12345"_s, u"469001"_s)));
    QCOMPARE(m_store->failure(), BadRecordStore::Failure::Conflict);
    QVERIFY2(m_store->message().contains(Plate) && m_store->message().contains(QString::number(first.id)),
             qPrintable(m_store->message()));
    // Another city may list the same vehicle on its own list.
    QVERIFY(m_store->add(vehicle(Plate, u"460200"_s)));

    const auto platesOf = [this](const QString &scope) {
        QStringList plates;
        for (const BadRecord &r : m_store->list(RegionScope::fromCode(scope), false))
            plates.append(r.regionCode + u':' + r.plate);
        return plates;
    };
    QCOMPARE(platesOf(u"469001"_s), QStringList{u"469001:琼DD12345"_s});
    QCOMPARE(platesOf(u"460200"_s), (QStringList{u"460200:琼DD12345"_s, u"460200:琼B00001"_s}));
    QCOMPARE(platesOf(u"460000"_s),
             (QStringList{u"460200:琼DD12345"_s, u"460200:琼B00001"_s, u"469001:琼DD12345"_s}));
    QCOMPARE(platesOf(u"110000"_s), QStringList{u"110105:京A00001"_s});
    QCOMPARE(m_store->list(RegionScope(), false).size(), 0); // administrators: no region, nothing

    QVERIFY(m_store->isListed(BadRecord::Subject::Vehicle, u"琼B00001"_s, RegionScope::fromCode(u"460000")));
    QVERIFY(!m_store->isListed(BadRecord::Subject::Vehicle, u"琼B00001"_s, RegionScope::fromCode(u"469001")));
    QCOMPARE(m_store->entriesOf(BadRecord::Subject::Vehicle, Plate, RegionScope::fromCode(u"469001")).size(),
             1);
    QCOMPARE(m_store->entriesOf(BadRecord::Subject::Vehicle, Plate, RegionScope::fromCode(u"460000")).size(),
             2);
}

void tst_BadRecordStore::badInputNamesTheField()
{
    const auto refused = [this](const BadRecord &draft, const QString &field, const QString &value) {
        if (m_store->add(draft))
            return QStringLiteral("accepted");
        if (m_store->failure() != BadRecordStore::Failure::Invalid)
            return QStringLiteral("failure %1: %2").arg(int(m_store->failure())).arg(m_store->message());
        if (!m_store->message().contains(field) || !m_store->message().contains(value))
            return QStringLiteral("message lacks %1/%2: %3").arg(field, value, m_store->message());
        return QString();
    };
    QCOMPARE(refused(vehicle(u" - "_s), u"plate"_s, u"empty"_s), QString());
    QCOMPARE(refused(vehicle(u"琼D"_s + QString(40, u'1')), u"plate"_s, u"32"_s), QString());
    QCOMPARE(refused(driver(QString()), u"licence"_s, u"empty"_s), QString());
    QCOMPARE(refused(vehicle(Plate, u"4690"_s), u"regionCode"_s, u"4690"_s), QString());
    BadRecord noReason = vehicle(Plate);
    noReason.reason = u"   "_s;
    QCOMPARE(refused(noReason, u"reason"_s, u"Art. 34"_s), QString());
    QCOMPARE(m_store->list(RegionScope::fromCode(u"469001"), false).size(), 0);
}

void tst_BadRecordStore::aChangeWhoseAuditFailsIsUndone()
{
    QSignalSpy changed(m_store.get(), &BadRecordStore::changed);
    int audited = 0;
    const auto refuseAudit = [&](const BadRecord &r) {
        ++audited;
        return r.id <= 0; // the record is stored (it has an id) but its audit cannot be written
    };
    QVERIFY(!m_store->add(vehicle(Plate), refuseAudit));
    QCOMPARE(audited, 1);
    QCOMPARE(m_store->failure(), BadRecordStore::Failure::Audit);
    QCOMPARE(m_store->list(RegionScope::fromCode(u"469001"), false).size(), 0);
    QCOMPARE(changed.size(), 0);

    BadRecord seen;
    const auto r = m_store->add(vehicle(Plate), [&](const BadRecord &record) {
        seen = record;
        return true;
    });
    QVERIFY(r);
    QCOMPARE(seen, *r); // the audit sees the entry as stored
    QCOMPARE(changed.size(), 1);
    QVERIFY(!m_store->remove(r->id, u"wang.fang"_s, u"appeal"_s, [](const BadRecord &) { return false; }));
    QCOMPARE(m_store->failure(), BadRecordStore::Failure::Audit);
    QVERIFY(!m_store->find(r->id)->isRemoved());
    QVERIFY(m_store->find(r->id)->active);
    QCOMPARE(changed.size(), 1);
}

QTEST_GUILESS_MAIN(tst_BadRecordStore)
#include "tst_badrecordstore.moc"
