// /api/v1/outages, /notices, /outages/board and /companies/<id>/suspension against a real TLS platform on
// loopback (docs/outage-contracts.md; seed 000 Art. 11–13, 21).
#include "intake/companyregistry.h"
#include "intake/noticestore.h"
#include "intake/uploadoutcome.h"
#include "outages/outagemonitor.h"
#include "permitfixtures.h"
#include "platformapifixture.h"
#include "protocol/interfacecatalogue.h"
#include "storage/database.h"
#include "uploadfixtures.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace rw;
using namespace rw::testing;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kStart(QDate(2026, 11, 2), QTime(1, 0), QTimeZone::utc());
constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
const QString kC1 = u"4690WZSYC001"_s; // licensed in 469001 Wuzhishan
const QString kC2 = u"4403SZCAR002"_s; // licensed in 440300 Shenzhen

} // namespace

class tst_OutagesApi : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_f = std::make_unique<PlatformApiFixture>(kStart);
        QString error;
        QVERIFY2(m_f->start(&error), qPrintable(error));
        m_c1Token = m_f->server().companies().addCompany(kC1, u"五指山约车"_s, &error);
        QVERIFY2(!m_c1Token.isEmpty(), qPrintable(error));
        QVERIFY(!m_f->server().companies().addCompany(kC2, u"深圳出行"_s, &error).isEmpty());
        insertCompanyPermit(m_f->server().database(), kC1, u"469001"_s, u"五指山约车"_s);
        insertCompanyPermit(m_f->server().database(), kC2, u"440300"_s, u"深圳出行"_s);
    }

    void cleanup() { m_f.reset(); }

    void outagesAreScopedAndAssessed()
    {
        const qint64 c1Outage = openOutage(kC1);
        openOutage(kC2);
        const QByteArray officer = m_f->tokenOf(u"li.wei"_s, Role::CityOfficer); // 469001
        HttpResult r = m_f->request("GET", u"/api/v1/outages"_s, officer);
        QCOMPARE(r.status, 200);
        QJsonArray outages = r.json().value(u"outages"_s).toArray();
        QCOMPARE(outages.size(), 1);
        const QJsonObject o = outages.first().toObject();
        QCOMPARE(o.value(u"id"_s).toInteger(), c1Outage);
        QCOMPARE(o.value(u"companyId"_s).toString(), kC1);
        QCOMPARE(o.value(u"companyName"_s).toString(), u"五指山约车"_s);
        QCOMPARE(o.value(u"stream"_s).toString(), u"position"_s);
        QVERIFY(o.value(u"endedAt"_s).isNull());
        QCOMPARE(o.value(u"ratePerMinute"_s).toDouble(), 20.0);
        QCOMPARE(o.value(u"assessment"_s).toObject().value(u"flags"_s).toArray(),
                 QJsonArray{u"undeclared"_s});

        // Another city's company: refused, and the refusal is audited.
        r = m_f->request("GET", u"/api/v1/outages?company=%1"_s.arg(kC2), officer);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), u"out_of_scope"_s);
        QVERIFY(r.errorMessage().contains(kC2));
        QCOMPARE(m_f->request("GET", u"/api/v1/outages/%1"_s.arg(c1Outage + 1), officer).status, 404);

        // The province sees its city's company; enforcement officers review no outages.
        const QByteArray province = m_f->tokenOf(u"zhao.min"_s, Role::ProvincialSupervisor);
        QCOMPARE(
            m_f->request("GET", u"/api/v1/outages"_s, province).json().value(u"outages"_s).toArray().size(),
            1);
        const QByteArray enforcement = m_f->tokenOf(u"chen.gang"_s, Role::EnforcementOfficer);
        QCOMPARE(m_f->request("GET", u"/api/v1/outages"_s, enforcement).status, 403);

        // Bad parameters are named.
        r = m_f->request("GET", u"/api/v1/outages?limit=0"_s, officer);
        QCOMPARE(r.status, 400);
        QVERIFY(r.errorMessage().contains(u"limit"_s));
        r = m_f->request("GET", u"/api/v1/outages?since=1"_s, officer);
        QCOMPARE(r.status, 400);
        QVERIFY(r.errorMessage().contains(u"since"_s));
        r = m_f->request("GET", u"/api/v1/outages?from=20&to=10"_s, officer);
        QCOMPARE(r.status, 400);
    }

    void plannedStopSeventyTwoHoursAhead()
    {
        // Two planned stops for the same window: one received 72:00:00 before it, one 71:59:59.
        const qint64 stopAt =
            kStart.toMSecsSinceEpoch() + 30 * kMinute + 2000; // the outage's last record is at +29 min
        addNotice(kC1, NoticeKind::PlannedStop, stopAt - 72 * kHour + 1000, stopAt / 1000,
                  stopAt / 1000 + 7200);
        const qint64 id = openOutage(kC1);
        const QByteArray officer = m_f->tokenOf(u"li.wei"_s, Role::CityOfficer);
        HttpResult r = m_f->request("GET", u"/api/v1/outages/%1"_s.arg(id), officer);
        QCOMPARE(r.status, 200);
        QJsonObject a = r.json().value(u"assessment"_s).toObject();
        QCOMPARE(a.value(u"flags"_s).toArray(), QJsonArray{u"lateNotice"_s});
        QCOMPARE(a.value(u"planned"_s).toObject().value(u"announcedInTime"_s).toBool(), false);
        QCOMPARE(a.value(u"noticeLeadMs"_s).toInteger(), 72 * kHour - 1000);
        QCOMPARE(r.json().value(u"notices"_s).toArray().size(), 1);

        addNotice(kC1, NoticeKind::PlannedStop, stopAt - 72 * kHour, stopAt / 1000, stopAt / 1000 + 7200);
        r = m_f->request("GET", u"/api/v1/outages/%1"_s.arg(id), officer);
        a = r.json().value(u"assessment"_s).toObject();
        QCOMPARE(a.value(u"flags"_s).toArray(), QJsonArray());
        QCOMPARE(a.value(u"planned"_s).toObject().value(u"announcedInTime"_s).toBool(), true);
        QCOMPARE(a.value(u"noticeLeadMs"_s).toInteger(), 72 * kHour);
        QCOMPARE(r.json().value(u"notices"_s).toArray().size(), 2);

        r = m_f->request("GET", u"/api/v1/notices?company=%1"_s.arg(kC1), officer);
        QCOMPARE(r.status, 200);
        const QJsonArray notices = r.json().value(u"notices"_s).toArray();
        QCOMPARE(notices.size(), 2);
        QCOMPARE(notices.first().toObject().value(u"kind"_s).toString(), u"planned_stop"_s);
        // Newest received first: the late one came a second after the timely one.
        QCOMPARE(notices.first().toObject().value(u"announcedInTime"_s).toBool(), false);
        QCOMPARE(notices.last().toObject().value(u"announcedInTime"_s).toBool(), true);
    }

    void boardShowsStreamsAndSuspension()
    {
        const qint64 id = openOutage(kC1);
        const QByteArray officer = m_f->tokenOf(u"li.wei"_s, Role::CityOfficer);
        HttpResult r = m_f->request("GET", u"/api/v1/outages/board"_s, officer);
        QCOMPARE(r.status, 200);
        QJsonArray companies = r.json().value(u"companies"_s).toArray();
        QCOMPARE(companies.size(), 1);
        const QJsonObject c1 = companies.first().toObject();
        QCOMPARE(c1.value(u"companyId"_s).toString(), kC1);
        QCOMPARE(c1.value(u"suspended"_s).toBool(), false);
        const QJsonObject positions = c1.value(u"streams"_s).toArray().first().toObject();
        QCOMPARE(positions.value(u"stream"_s).toString(), u"position"_s);
        QCOMPARE(positions.value(u"openOutage"_s).toInteger(), id);
        QVERIFY(positions.value(u"active"_s).toBool());

        // The security administrator sees every company; the auditor none.
        const QByteArray secadmin = m_f->tokenOf(u"sec.admin"_s, Role::SecurityAdministrator);
        companies =
            m_f->request("GET", u"/api/v1/outages/board"_s, secadmin).json().value(u"companies"_s).toArray();
        QCOMPARE(companies.size(), 2);
        const QByteArray auditor = m_f->tokenOf(u"audit.admin"_s, Role::AuditAdministrator);
        QCOMPARE(m_f->request("GET", u"/api/v1/outages/board"_s, auditor).status, 403);
    }

    void suspensionRefusesUploadsUntilRestored()
    {
        const QByteArray secadmin = m_f->tokenOf(u"sec.admin"_s, Role::SecurityAdministrator);
        const QByteArray officer = m_f->tokenOf(u"li.wei"_s, Role::CityOfficer);
        const QString path = u"/api/v1/companies/%1/suspension"_s.arg(kC1);
        const auto put = [&](const QByteArray &token, const QJsonObject &body) {
            return m_f->request("PUT", path, token, PlatformApiFixture::json(body));
        };

        HttpResult r = put(secadmin, {{u"suspended"_s, true}, {u"reason"_s, u"  "_s}});
        QCOMPARE(r.status, 400);
        QVERIFY(r.errorMessage().contains(u"reason"_s));
        QCOMPARE(put(officer, {{u"suspended"_s, true}, {u"reason"_s, u"x"_s}}).status, 403);
        QCOMPARE(m_f->request("PUT", u"/api/v1/companies/NOSUCHCO/suspension"_s, secadmin,
                              PlatformApiFixture::json({{u"suspended"_s, true}, {u"reason"_s, u"x"_s}}))
                     .status,
                 404);
        QCOMPARE(m_f->request("PUT", path, secadmin, "not json").status, 400);

        r = put(secadmin,
                {{u"suspended"_s, true}, {u"reason"_s, u"scanning the intake with forged records"_s}});
        QVERIFY2(r.status == 200, r.describe().constData());
        QCOMPARE(r.json().value(u"suspended"_s).toBool(), true);
        QCOMPARE(r.json().value(u"by"_s).toString(), u"sec.admin"_s);
        QCOMPARE(r.json().value(u"since"_s).toInteger(), kStart.toMSecsSinceEpoch());
        QCOMPARE(put(secadmin, {{u"suspended"_s, true}, {u"reason"_s, u"again"_s}}).status, 409);
        const QList<AuditEntry> audited = m_f->auditEntries(u"company.suspend"_s);
        QCOMPARE(audited.size(), 1);
        QCOMPARE(audited.first().target, kC1);
        QCOMPARE(audited.first().detail().value(u"reason"_s).toString(),
                 u"scanning the intake with forged records"_s);

        // The company's uploads are refused, naming Art. 13 and the reason.
        r = upload();
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), u"access_suspended"_s);
        QVERIFY2(r.errorMessage().contains(u"forged records"_s), qPrintable(r.errorMessage()));

        // A restart keeps the suspension.
        QString error;
        QVERIFY2(m_f->restart(&error), qPrintable(error));
        QCOMPARE(upload().status, 403);
        m_f->clock().advance(std::chrono::seconds(31)); // a fresh one-time code: the last one was used
        const QByteArray secadmin2 = m_f->signInToken(u"sec.admin"_s);
        r = m_f->request("GET", path, m_f->signInToken(u"li.wei"_s));
        QCOMPARE(r.status, 200); // the city officer may read its company's state
        QCOMPARE(r.json().value(u"suspended"_s).toBool(), true);

        r = m_f->request(
            "PUT", path, secadmin2,
            PlatformApiFixture::json({{u"suspended"_s, false}, {u"reason"_s, u"fixed and verified"_s}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"suspended"_s).toBool(), false);
        QCOMPARE(r.json().value(u"history"_s).toArray().size(), 1);
        QCOMPARE(
            r.json().value(u"history"_s).toArray().first().toObject().value(u"restoreReason"_s).toString(),
            u"fixed and verified"_s);
        QCOMPARE(upload().status, 200);
        QCOMPARE(m_f->auditEntries(u"company.restore"_s).size(), 1);
    }

    void openOutageSurvivesARestart()
    {
        const qint64 id = openOutage(kC1);
        QString error;
        QVERIFY2(m_f->restart(&error), qPrintable(error));
        m_f->clock().advance(std::chrono::minutes(30));
        m_f->server().outages().tick();
        const QByteArray officer = m_f->tokenOf(u"li.wei"_s, Role::CityOfficer);
        QJsonArray outages =
            m_f->request("GET", u"/api/v1/outages"_s, officer).json().value(u"outages"_s).toArray();
        QCOMPARE(outages.size(), 1);
        QCOMPARE(outages.first().toObject().value(u"id"_s).toInteger(), id);
        QVERIFY(outages.first().toObject().value(u"endedAt"_s).isNull());

        // Data flows again: the same outage closes.
        m_f->server().outages().observe(outcome(kC1, 1));
        outages = m_f->request("GET", u"/api/v1/outages"_s, officer).json().value(u"outages"_s).toArray();
        QCOMPARE(outages.size(), 1);
        QCOMPARE(outages.first().toObject().value(u"endedAt"_s).toInteger(), m_f->clock().nowMs());
    }

private:
    void addNotice(const QString &company, NoticeKind kind, qint64 receivedMs, qint64 startsAt, qint64 endsAt)
    {
        Notice n;
        n.companyId = company;
        n.kind = kind;
        n.receivedMs = receivedMs;
        n.startsAt = startsAt;
        n.endsAt = endsAt;
        n.streams = {u"position"_s};
        n.reason = u"server migration"_s;
        n.body = "{}";
        QString error;
        QVERIFY2(NoticeStore(m_f->server().database()).add(n, &error) > 0, qPrintable(error));
    }

    UploadOutcome outcome(const QString &company, int records)
    {
        UploadOutcome u;
        u.spec = m_catalogue->byIpcType(u"positionVehicle"_s);
        u.companyId = company;
        u.accepted = records;
        u.receivedMs = m_f->clock().nowMs();
        u.businessTimes = QList<qint64>(records, u.receivedMs / 1000 - 1);
        return u;
    }

    /** 30 minutes of positions from \a company (20 a minute), then 6 minutes of silence: returns its id. */
    qint64 openOutage(const QString &company)
    {
        m_f->clock().set(kStart);
        for (int m = 0; m < 30; ++m) {
            if (m > 0)
                m_f->clock().advance(std::chrono::minutes(1));
            m_f->server().outages().observe(outcome(company, 20));
        }
        m_f->clock().advance(std::chrono::minutes(6));
        m_f->server().outages().tick();
        for (const Outage &o : m_f->server().outages().detector().outages()) {
            if (o.companyId == company && o.isOpen())
                return o.id;
        }
        return 0;
    }

    HttpResult upload()
    {
        return m_f->client().postAndWait(m_f->url(u"/position/vehicle"_s),
                                         fixtures::positionBatch(2, 1, kStart.toSecsSinceEpoch()), m_c1Token);
    }

    std::shared_ptr<const InterfaceCatalogue> m_catalogue = InterfaceCatalogue::builtIn();
    std::unique_ptr<PlatformApiFixture> m_f;
    QByteArray m_c1Token;
};

QTEST_GUILESS_MAIN(tst_OutagesApi)
#include "tst_outagesapi.moc"
