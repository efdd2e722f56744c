#include "reconciliation.h"

#include "domain/systemclock.h"
#include "permits/personaldatamask.h"
#include "permitstore.h"
#include "storage/database.h"
#include "storage/statement.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace rw {

namespace {

/** What a company says about one vehicle or driver, and when it was last seen. */
struct Subject
{
    QString companyId;
    QString key;
    QString certificate;
    QString regionCode;
    QString name;
    bool inBaseInfo = false;
    qint64 lastSeenMs = 0;
};

QString columnText(const Statement &s, int column)
{
    return s.isNull(column) ? QString() : s.columnText(column);
}

/** The permit to judge by: this company's with the latest end, else anyone's with the latest end. */
template<typename Permit, typename End>
const Permit *best(const QList<Permit> &permits, const QString &companyId, End end)
{
    const Permit *chosen = nullptr;
    for (const Permit &p : permits) {
        const bool mine = p.companyId == companyId;
        const bool chosenMine = chosen && chosen->companyId == companyId;
        if (!chosen || (mine && !chosenMine) || (mine == chosenMine && end(p) > end(*chosen)))
            chosen = &p;
    }
    return chosen;
}

} // namespace

Reconciliation::Reconciliation(Database &db)
    : m_db(db)
{}

QString Reconciliation::problemKey(PermitMismatch::Problem problem)
{
    switch (problem) {
    case PermitMismatch::Problem::NoPermit:
        return u"noPermit"_s;
    case PermitMismatch::Problem::Expired:
        return u"expired"_s;
    case PermitMismatch::Problem::OtherCompany:
        return u"otherCompany"_s;
    case PermitMismatch::Problem::CertificateMismatch:
        return u"certificateMismatch"_s;
    case PermitMismatch::Problem::CertificateOfAnother:
        return u"certificateOfAnother"_s;
    }
    return {};
}

Reconciliation::Result Reconciliation::run(const Options &options)
{
    Result result;
    const auto inScope = [&](const QString &region) {
        return !options.scope || options.scope->covers(region);
    };
    const auto fail = [&](const DatabaseError &error) {
        result.error = error;
        return result;
    };

    // Newest base-info record per company and key (SQLite takes the bare columns from the max() row).
    const auto readBaseInfo = [&](const QString &table, const QString &keyColumn,
                                  const QString &certificateColumn, const QString &nameColumn,
                                  QHash<QString, Subject> &subjects) -> bool {
        if (!m_db.tableExists(table))
            return true;
        Statement select = m_db.prepare(
            u"SELECT max(rw_id), rw_company, %2, %3, Address, Flag, %4 FROM %1 %5 GROUP BY rw_company, %2"_s
                .arg(table, keyColumn, certificateColumn, nameColumn,
                     options.companyId.isEmpty() ? QString() : u"WHERE rw_company = ?"_s),
            tr("read the companies' base-info"));
        if (!options.companyId.isEmpty())
            select.bind(1, options.companyId);
        while (select.step()) {
            if (!select.isNull(5) && select.columnInt(5) == 3)
                continue; // deleted by the company
            Subject s;
            s.companyId = columnText(select, 1);
            s.key = columnText(select, 2);
            s.certificate = columnText(select, 3).trimmed();
            s.regionCode = columnText(select, 4);
            s.name = columnText(select, 6);
            s.inBaseInfo = true;
            if (!s.key.isEmpty())
                subjects.insert(s.companyId + u'\x1f' + s.key, s);
        }
        if (select.hasError()) {
            result.error = select.error();
            return false;
        }
        return true;
    };

    // Vehicles and drivers that sent positions since onlineSinceMs, per company (the (rw_company,
    // rw_received_ms) index of the position tables).
    const auto readOnline = [&](const QString &table, const QString &keyColumn, const QString &regionColumn,
                                QHash<QString, Subject> &subjects) -> bool {
        if (options.onlineSinceMs <= 0 || !m_db.tableExists(table))
            return true;
        QStringList companies;
        if (!options.companyId.isEmpty()) {
            companies.append(options.companyId);
        } else {
            Statement list = m_db.prepare(u"SELECT company_id FROM company_credential UNION "
                                          "SELECT DISTINCT rw_company FROM ipc_baseinfovehicle"_s,
                                          tr("list the companies"));
            while (list.step())
                companies.append(list.columnText(0));
        }
        Statement select = m_db.prepare(
            u"SELECT %2, max(rw_received_ms), %3 FROM %1 WHERE rw_company = ? AND rw_received_ms >= ? GROUP BY %2"_s
                .arg(table, keyColumn, regionColumn),
            tr("find the vehicles and drivers on the road"));
        for (const QString &company : companies) {
            select.reset();
            select.bind(1, company);
            select.bind(2, options.onlineSinceMs);
            while (select.step()) {
                const QString key = columnText(select, 0);
                if (key.isEmpty())
                    continue;
                Subject &s = subjects[company + u'\x1f' + key];
                if (s.key.isEmpty()) {
                    s.companyId = company;
                    s.key = key;
                    s.regionCode = columnText(select, 2);
                }
                s.lastSeenMs = select.columnInt64(1);
            }
            if (select.hasError()) {
                result.error = select.error();
                return false;
            }
        }
        return true;
    };

    static const SystemClock unusedClock; // the store only reads here; its clock stamps writes
    PermitStore store(m_db, unusedClock);
    const auto add = [&](PermitMismatch m, const Subject &s) {
        m.companyId = s.companyId;
        m.key = s.key;
        m.name = s.name;
        m.regionCode = s.regionCode;
        m.certificate = s.certificate;
        m.inBaseInfo = s.inBaseInfo;
        m.lastSeenMs = s.lastSeenMs;
        if (result.mismatches.size() >= options.limit) {
            result.truncated = true;
            return;
        }
        result.mismatches.append(m);
    };
    const auto wanted = [&](const Subject &s) {
        if (options.onlineOnly && s.lastSeenMs == 0)
            return false;
        return s.regionCode.isEmpty() ? !options.scope : inScope(s.regionCode);
    };
    const QString dateFormat = u"yyyy-MM-dd"_s;

    // --- Vehicles --------------------------------------------------------------------------------
    QHash<QString, Subject> vehicles;
    if (!readBaseInfo(u"ipc_baseinfovehicle"_s, u"VehicleNo"_s, u"Certificate"_s, u"NULL"_s, vehicles) ||
        !readOnline(u"ipc_positionvehicle"_s, u"VehicleNo"_s, u"VehicleRegionCode"_s, vehicles))
        return fail(result.error);
    QList<Subject> ordered = vehicles.values();
    std::sort(ordered.begin(), ordered.end(), [](const Subject &a, const Subject &b) {
        return std::tie(a.companyId, a.key) < std::tie(b.companyId, b.key);
    });
    for (const Subject &s : ordered) {
        if (!wanted(s))
            continue;
        ++result.vehiclesChecked;
        PermitMismatch m;
        m.subject = PermitMismatch::Subject::Vehicle;
        const QList<VehiclePermit> permits = store.vehiclesByPlate(s.key);
        const std::optional<VehiclePermit> named =
            s.certificate.isEmpty() ? std::nullopt : store.currentVehicle(s.certificate);
        if (store.error().isError())
            return fail(store.error());
        const QString where =
            s.inBaseInfo ? QString() : tr(" (on the road since no base-info was sent for it)");
        if (permits.isEmpty()) {
            if (named && named->plate != s.key) {
                m.problem = PermitMismatch::Problem::CertificateOfAnother;
                m.permitCertificate = named->certificate;
                m.permitCompanyId = named->companyId;
                m.permitHolder = named->plate;
                m.permitExpiry = named->effectiveExpiry();
                m.reason = tr("vehicle %1 of company %2 has no transport certificate; the certificate %3 its "
                              "base-info "
                              "names was issued for vehicle %4 of company %5")
                               .arg(s.key, s.companyId, s.certificate, named->plate, named->companyId);
            } else {
                m.problem = PermitMismatch::Problem::NoPermit;
                m.reason =
                    tr("vehicle %1 of company %2 has no transport certificate from the city%3 (seed 002 "
                       "Art. 14)")
                        .arg(s.key, s.companyId, where);
            }
            add(m, s);
            continue;
        }
        const VehiclePermit &p =
            *best(permits, s.companyId, [](const VehiclePermit &v) { return v.effectiveExpiry(); });
        m.permitCertificate = p.certificate;
        m.permitCompanyId = p.companyId;
        m.permitHolder = p.plate;
        m.permitExpiry = p.effectiveExpiry();
        if (p.companyId != s.companyId) {
            m.problem = PermitMismatch::Problem::OtherCompany;
            m.reason = tr("vehicle %1 runs for company %2, but its transport certificate %3 was issued to "
                          "company %4%5")
                           .arg(s.key, s.companyId, p.certificate, p.companyId, where);
        } else if (!p.isValidOn(options.today)) {
            m.problem = PermitMismatch::Problem::Expired;
            const bool eightYears = p.firstRegistration.isValid() && p.effectiveExpiry() < p.validTo;
            m.reason =
                eightYears
                    ? tr("the transport certificate %1 of vehicle %2 (company %3) ended on %4, 8 years after "
                         "the first registration %5 (seed 002 Art. 40–41)")
                          .arg(p.certificate, s.key, s.companyId, p.effectiveExpiry().toString(dateFormat),
                               p.firstRegistration.toString(dateFormat))
                    : tr("the transport certificate %1 of vehicle %2 (company %3) expired on %4")
                          .arg(p.certificate, s.key, s.companyId, p.effectiveExpiry().toString(dateFormat));
        } else if (!s.certificate.isEmpty() && s.certificate != p.certificate) {
            m.problem = named && named->plate != s.key ? PermitMismatch::Problem::CertificateOfAnother
                                                       : PermitMismatch::Problem::CertificateMismatch;
            m.reason = m.problem == PermitMismatch::Problem::CertificateOfAnother
                           ? tr("base-info of vehicle %1 (company %2) names certificate %3, which was issued "
                                "for vehicle "
                                "%4; the city's certificate for %1 is %5")
                                 .arg(s.key, s.companyId, s.certificate, named->plate, p.certificate)
                           : tr("base-info of vehicle %1 (company %2) names certificate %3; the city's "
                                "certificate is %4")
                                 .arg(s.key, s.companyId, s.certificate, p.certificate);
        } else {
            continue;
        }
        add(m, s);
    }

    // --- Drivers ---------------------------------------------------------------------------------
    QHash<QString, Subject> drivers;
    if (!readBaseInfo(u"ipc_baseinfodriver"_s, u"LicenseId"_s, u"CertificateNo"_s, u"DriverName"_s,
                      drivers) ||
        !readOnline(u"ipc_positiondriver"_s, u"LicenseId"_s, u"DriverRegionCode"_s, drivers))
        return fail(result.error);
    ordered = drivers.values();
    std::sort(ordered.begin(), ordered.end(), [](const Subject &a, const Subject &b) {
        return std::tie(a.companyId, a.key) < std::tie(b.companyId, b.key);
    });
    for (const Subject &s : ordered) {
        if (!wanted(s))
            continue;
        ++result.driversChecked;
        PermitMismatch m;
        m.subject = PermitMismatch::Subject::Driver;
        const QList<DriverPermit> permits = store.driversByLicence(s.key);
        const std::optional<DriverPermit> named =
            s.certificate.isEmpty() ? std::nullopt : store.currentDriver(s.certificate);
        if (store.error().isError())
            return fail(store.error());
        // Reasons name the licence masked: they are shown to callers who may not reveal personal data.
        const QString licence = PersonalDataMask::licence(s.key);
        const QString where =
            s.inBaseInfo ? QString() : tr(" (on the road since no base-info was sent for them)");
        const auto holderOf = [&](const DriverPermit &p) {
            return p.licenceNumber == s.key || p.idNumber == s.key;
        };
        if (permits.isEmpty()) {
            if (named && !holderOf(*named)) {
                m.problem = PermitMismatch::Problem::CertificateOfAnother;
                m.permitCertificate = named->certificate;
                m.permitCompanyId = named->companyId;
                m.permitHolder = named->licenceNumber;
                m.permitExpiry = named->validTo;
                m.reason = tr("driver %1 of company %2 has no driver certificate; the certificate %3 their "
                              "base-info "
                              "names belongs to another person (licence %4)")
                               .arg(licence, s.companyId, s.certificate,
                                    PersonalDataMask::licence(named->licenceNumber));
            } else {
                m.problem = PermitMismatch::Problem::NoPermit;
                m.reason =
                    tr("driver %1 of company %2 has no driver certificate from the city%3 (seed 002 Art. "
                       "15(四))")
                        .arg(licence, s.companyId, where);
            }
            add(m, s);
            continue;
        }
        const DriverPermit &p = *best(permits, s.companyId, [](const DriverPermit &d) { return d.validTo; });
        m.permitCertificate = p.certificate;
        m.permitCompanyId = p.companyId;
        m.permitHolder = p.licenceNumber;
        m.permitExpiry = p.validTo;
        if (p.companyId != s.companyId) {
            m.problem = PermitMismatch::Problem::OtherCompany;
            m.reason = tr("driver %1 drives for company %2, but their driver certificate %3 was issued for "
                          "company %4%5")
                           .arg(licence, s.companyId, p.certificate, p.companyId, where);
        } else if (!p.isValidOn(options.today)) {
            m.problem = PermitMismatch::Problem::Expired;
            m.reason = tr("the driver certificate %1 of driver %2 (company %3) expired on %4")
                           .arg(p.certificate, licence, s.companyId, p.validTo.toString(dateFormat));
        } else if (!s.certificate.isEmpty() && s.certificate != p.certificate) {
            m.problem = named && !holderOf(*named) ? PermitMismatch::Problem::CertificateOfAnother
                                                   : PermitMismatch::Problem::CertificateMismatch;
            m.reason =
                m.problem == PermitMismatch::Problem::CertificateOfAnother
                    ? tr("base-info of driver %1 (company %2) names certificate %3, which belongs to another "
                         "person; the city's certificate for this driver is %4")
                          .arg(licence, s.companyId, s.certificate, p.certificate)
                    : tr("base-info of driver %1 (company %2) names certificate %3; the city's certificate "
                         "is %4")
                          .arg(licence, s.companyId, s.certificate, p.certificate);
        } else {
            continue;
        }
        add(m, s);
    }
    return result;
}

} // namespace rw
