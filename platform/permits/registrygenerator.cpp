#include "registrygenerator.h"

#include "permitstore.h"
#include "simulator/simrandom.h"
#include "simulator/simulatedcompany.h"
#include "simulator/syntheticids.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace rw {

namespace {

// The 31 provinces: plate abbreviation and GB/T 2260 province code.
struct Province
{
    QChar abbreviation;
    int code;
};
const Province kProvinces[] = {
    {u'京', 11}, {u'津', 12}, {u'冀', 13}, {u'晋', 14}, {u'蒙', 15}, {u'辽', 21}, {u'吉', 22}, {u'黑', 23},
    {u'沪', 31}, {u'苏', 32}, {u'浙', 33}, {u'皖', 34}, {u'闽', 35}, {u'赣', 36}, {u'鲁', 37}, {u'豫', 41},
    {u'鄂', 42}, {u'湘', 43}, {u'粤', 44}, {u'桂', 45}, {u'琼', 46}, {u'渝', 50}, {u'川', 51}, {u'贵', 52},
    {u'云', 53}, {u'藏', 54}, {u'陕', 61}, {u'甘', 62}, {u'青', 63}, {u'宁', 64}, {u'新', 65},
};
constexpr int kProvinceCount = int(std::size(kProvinces));
constexpr QStringView kCityLetters = u"ABCDEFGHJK"; // issuing-authority letters, without I
constexpr int kCities = 10;
const QStringList kWmis = {u"LGX"_s, u"LSV"_s, u"LFV"_s, u"LVS"_s, u"LNB"_s, u"LC0"_s};
const QStringList kBrands = {u"比亚迪"_s, u"广汽埃安"_s, u"吉利几何"_s, u"北汽新能源"_s, u"上汽荣威"_s};

/** The region of city \a city of \a province: a prefecture code xxyy00. */
QString regionOf(int province, int city)
{
    return u"%1%2"_s.arg(kProvinces[province].code * 100 + city + 1).arg(u"00"_s);
}

QString companyIdOf(int company)
{
    return u"1000RW%1"_s.arg(company, 6, 10, QLatin1Char('0'));
}

} // namespace

RegistryGenerator::RegistryGenerator(Database &db, const Clock &clock, Options options)
    : m_db(db)
    , m_clock(clock)
    , m_options(options)
{}

bool RegistryGenerator::run(const std::function<bool(const Progress &)> &progress, Outcome *outcome)
{
    Outcome out;
    PermitStore store(m_db, m_clock);
    // A generation killed outright left its indexes suspended: finish that first.
    if (store.indexesSuspended() && !store.resumeIndexes()) {
        m_error = store.error().toString();
        return false;
    }
    const qint64 existing = store.count(PermitKind::Vehicle) + store.count(PermitKind::Driver);
    if (existing != 0) {
        m_error = existing < 0
                      ? store.error().toString()
                      : tr("the registry already holds %1 permits: generate into a new file").arg(existing);
        return false;
    }
    if (!store.suspendIndexes()) {
        m_error = store.error().toString();
        return false;
    }

    QElapsedTimer timer;
    timer.start();
    SimRandom rng(m_options.seed);
    bool cancelled = false;
    const QDate base(2016, 7, 1);

    // Runs \a make for rows [0, total) in transactions of batchRows, reporting after each.
    const auto generate = [&](const QString &phase, PermitKind kind, qint64 total,
                              const std::function<bool(qint64, qint64)> &make) -> bool {
        const qint64 importId = store.beginBulkImport(kind, {u"generator"_s, u"generator"_s, {}});
        if (importId == 0)
            return false;
        for (qint64 start = 0; start < total && !cancelled; start += m_options.batchRows) {
            const qint64 end = qMin(total, start + m_options.batchRows);
            Transaction transaction(m_db);
            if (!transaction.isActive()) {
                m_error = transaction.error().toString();
                return false;
            }
            for (qint64 i = start; i < end; ++i) {
                if (!make(importId, i)) {
                    m_error = store.error().toString();
                    return false;
                }
            }
            if (!transaction.commit()) {
                m_error = transaction.error().toString();
                return false;
            }
            if (progress && !progress({phase, end, total}))
                cancelled = true;
            if (kind == PermitKind::Vehicle)
                out.vehicles = end;
            else if (kind == PermitKind::Driver)
                out.drivers = end;
            else
                out.companies = end;
        }
        return true;
    };

    bool ok =
        generate(u"companies"_s, PermitKind::Company, m_options.companies, [&](qint64 importId, qint64 c) {
            const int province = int(c % kProvinceCount);
            CompanyPermit p;
            p.companyId = companyIdOf(int(c));
            p.certificate = u"%1交运网约字%2号"_s.arg(kProvinces[province].abbreviation)
                                .arg(c + 1, 6, 10, QLatin1Char('0'));
            p.name = u"%1%2出行科技有限公司"_s.arg(kProvinces[province].abbreviation).arg(c + 1);
            p.regionCode = regionOf(province, 0);
            p.identifier = SyntheticIds::socialCreditCode(regionOf(province, 0).toInt(), rng);
            p.organization = tr("transport authority of %1").arg(p.regionCode);
            p.validFrom = base.addDays(rng.range(0, 1500));
            p.certifyDate = p.validFrom;
            p.validTo = p.validFrom.addYears(4).addDays(-1);
            return store.insertNew(importId, p);
        });

    ok = ok &&
         generate(u"vehicles"_s, PermitKind::Vehicle, m_options.vehicles, [&](qint64 importId, qint64 i) {
             // Province and city vary fastest; the serial is spread over 5 digits (7919 is prime to 100000).
             const int province = int(i % kProvinceCount);
             const int city = int(i / kProvinceCount % kCities);
             const qint64 rest = i / (kProvinceCount * kCities);
             VehiclePermit p;
             p.plate = u"%1%2%3%4"_s.arg(kProvinces[province].abbreviation)
                           .arg(kCityLetters.at(city))
                           .arg(QChar((rest / 100000) % 2 ? u'F' : u'D'))
                           .arg(rest * 7919 % 100000, 5, 10, QLatin1Char('0'));
             p.certificate = u"%1交运管%2字%3号"_s.arg(kProvinces[province].abbreviation)
                                 .arg(kCityLetters.at(city))
                                 .arg(i + 1, 8, 10, QLatin1Char('0'));
             p.plateColor = u"5"_s;
             const int company = int(rng.range(0, m_options.companies - 1));
             p.companyId = companyIdOf(company);
             p.ownerName = u"%1%2出行科技有限公司"_s.arg(kProvinces[company % kProvinceCount].abbreviation)
                               .arg(company + 1);
             p.regionCode = regionOf(province, city);
             p.firstRegistration = base.addDays(rng.range(0, 2800));
             p.vin = SyntheticIds::vin(rng.pick(kWmis), p.firstRegistration.year(), rng);
             p.validFrom = p.firstRegistration.addDays(rng.range(10, 60));
             p.validTo = p.firstRegistration.addYears(8).addDays(-1); // Art. 41
             p.seats = rng.chance(0.85) ? 5 : 7;
             p.wheelbaseMm = int(p.seats == 7 ? rng.range(2700, 3000) : rng.range(2600, 2900));
             // Seed 002 Art. 13(三)-style facts (CLTC range, purchase-tax price); a few fall short, as cars
             // admitted under older local rules do.
             p.rangeKm = int(rng.chance(0.03) ? rng.range(250, 299) : rng.range(300, 650));
             p.purchasePriceYuan = rng.chance(0.02) ? rng.range(80, 99) * 1000 : rng.range(100, 260) * 1000;
             p.brand = rng.pick(kBrands);
             p.fuelType = u"C"_s;
             return store.insertNew(importId, p);
         });

    ok = ok && generate(u"drivers"_s, PermitKind::Driver, m_options.drivers, [&](qint64 importId, qint64 j) {
             // ID numbers unique by construction: (province, birthday, sequence) from j.
             const int province = int(j % kProvinceCount);
             const qint64 k = j / kProvinceCount;
             const int city = int(k % kCities);
             const QDate birthday = QDate(1968, 1, 1).addDays(k / kCities % 12000);
             const int serial = int(k / kCities / 12000); // < 500 up to 186 million drivers
             const bool male = rng.chance(0.85);
             DriverPermit p;
             p.name = SimulatedCompany::randomName(rng, male);
             p.gender = male ? u"1"_s : u"2"_s;
             p.regionCode = regionOf(province, city);
             p.idNumber =
                 SyntheticIds::idNumber(p.regionCode.toInt(), birthday, serial * 2 + (male ? 1 : 0), male);
             p.licenceNumber = p.idNumber;
             p.certificate = u"%1W%2"_s.arg(p.regionCode).arg(j + 1, 9, 10, QLatin1Char('0'));
             p.phone = u"199%1"_s.arg(j, 8, 10, QLatin1Char('0'));
             const int company = int(rng.range(0, m_options.companies - 1));
             p.companyId = companyIdOf(company);
             p.driverType = u"C1"_s;
             p.licenceFirstIssue = birthday.addYears(int(rng.range(19, 30)));
             p.validFrom = base.addDays(rng.range(0, 2800));
             p.validTo = p.validFrom.addYears(6).addDays(-1);
             return store.insertNew(importId, p);
         });
    out.insertSeconds = timer.nsecsElapsed() / 1e9;
    out.cancelled = cancelled;

    // Indexes, even after a cancel or an error in a batch: the file must stay usable.
    timer.restart();
    const bool indexed = store.resumeIndexes([&](const QString &step) {
        if (progress)
            progress({step, 0, 0});
    });
    if (!indexed && m_error.isEmpty())
        m_error = store.error().toString();
    out.indexSeconds = timer.nsecsElapsed() / 1e9;
    if (outcome)
        *outcome = out;
    return ok && indexed;
}

} // namespace rw
