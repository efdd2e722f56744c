#include "simulatedcompany.h"

#include "chinatime.h"
#include "simulatedcity.h"
#include "syntheticids.h"

using namespace Qt::StringLiterals;

namespace rw {

namespace {

// Invented company names; any resemblance to real firms is unintended.
const QStringList kCompanyNames = {
    u"五指山畅行网约车有限公司"_s,   u"海南山兰出行科技有限公司"_s,     u"五指山椰风约车服务有限公司"_s,
    u"五指山黎苗出行服务有限公司"_s, u"海南热林约车科技有限公司"_s,     u"五指山云岭智行汽车服务有限公司"_s,
    u"海南南圣河出行有限公司"_s,     u"五指山翠峰网约车服务有限公司"_s,
};

const QStringList kSurnames = {u"王"_s, u"符"_s, u"陈"_s, u"黄"_s, u"吉"_s, u"林"_s, u"李"_s, u"羊"_s,
                               u"邢"_s, u"张"_s, u"刘"_s, u"卓"_s, u"黎"_s, u"周"_s, u"吴"_s, u"王"_s};
const QStringList kMaleGiven = {u"海"_s, u"明"_s, u"强"_s, u"志"_s, u"国"_s, u"山"_s, u"文"_s,
                                u"军"_s, u"平"_s, u"勇"_s, u"亚"_s, u"春"_s, u"德"_s, u"光"_s};
const QStringList kFemaleGiven = {u"丽"_s, u"芳"_s, u"兰"_s, u"秀"_s, u"玉"_s, u"梅"_s,
                                  u"亚"_s, u"春"_s, u"燕"_s, u"琴"_s, u"花"_s, u"霞"_s};

struct VehicleModel
{
    QString brand, model, type;
    int seats;
    QString fuelType; // JT/T 697.7 §4.1.4.15 (as GA 24.9): C = 电, O = 混合动力
    QString displace; // ml
    QString wmi;
};

// Plausible new-energy ride-hailing models; the model codes are made up in the style of a 行驶证.
const QList<VehicleModel> kVehicleModels = {
    {u"比亚迪"_s, u"BYD7005BEV5"_s, u"小型轿车"_s, 5, u"C"_s, u"0"_s, u"LGX"_s},
    {u"广汽埃安"_s, u"GAM7000BEVA0"_s, u"小型轿车"_s, 5, u"C"_s, u"0"_s, u"LMG"_s},
    {u"吉利"_s, u"MR7001BEV06"_s, u"小型轿车"_s, 5, u"C"_s, u"0"_s, u"L6T"_s},
    {u"长安"_s, u"SC7003AABEV"_s, u"小型轿车"_s, 5, u"C"_s, u"0"_s, u"LS5"_s},
    {u"荣威"_s, u"CSA7000BEV2"_s, u"小型轿车"_s, 5, u"C"_s, u"0"_s, u"LSJ"_s},
    {u"比亚迪"_s, u"BYD6490ST6HEV"_s, u"小型普通客车"_s, 7, u"O"_s, u"1498"_s, u"LGX"_s},
    {u"广汽传祺"_s, u"GAC6500BEV1"_s, u"小型普通客车"_s, 7, u"C"_s, u"0"_s, u"LMG"_s},
};

const QStringList kColours = {u"白色"_s, u"黑色"_s, u"银色"_s, u"蓝色"_s, u"灰色"_s};

QDate daysBefore(const QDate &d, qint64 days)
{
    return d.addDays(-days);
}

} // namespace

QString SimulatedCompany::randomName(SimRandom &rng, bool male)
{
    const QStringList &given = male ? kMaleGiven : kFemaleGiven;
    QString name = rng.pick(kSurnames) + rng.pick(given);
    if (rng.chance(0.6))
        name += rng.pick(given);
    return name;
}

SimulatedPassenger SimulatedCompany::newPassenger(const QDate &today, SimRandom &rng)
{
    SimulatedPassenger p;
    const bool male = rng.chance(0.5);
    p.phone = SyntheticIds::phone(1, index, int(passengers.size()) + 1);
    p.name = rng.pick(kSurnames) + (male ? u"先生"_s : u"女士"_s);
    p.gender = male ? u"1"_s : u"2"_s;
    p.registerDate = today;
    passengers.append(p);
    return p;
}

SimulatedCompany SimulatedCompany::generate(const SimulatedCity &city, const CompanyGeneration &params,
                                            SimRandom &rng, SimRandom &faultRng, QSet<QString> &usedKeys)
{
    SimulatedCompany c;
    const QDate today = params.today;
    const QString region = QString::number(city.regionCode());
    c.index = params.index;
    c.companyId = SyntheticIds::companyId(region.left(4), rng);
    while (usedKeys.contains(c.companyId))
        c.companyId = SyntheticIds::companyId(region.left(4), rng);
    usedKeys.insert(c.companyId);
    c.name = kCompanyNames.at(params.index % kCompanyNames.size());
    if (params.index >= kCompanyNames.size())
        c.name.insert(c.name.size() - 4, u"%1号"_s.arg(params.index / kCompanyNames.size() + 1));
    c.identifier = SyntheticIds::socialCreditCode(city.regionCode(), rng);
    c.address = city.regionCode();
    c.businessScope = u"网络预约出租汽车客运"_s;
    c.contactAddress = u"%1山兰路%2号"_s.arg(city.townAddress()).arg(rng.range(1, 200));
    c.economicType = u"173"_s; // GB/T 12402 私营有限责任公司
    c.regCapital = u"%1万元人民币"_s.arg(rng.pick(QList<int>{500, 1000, 2000, 5000}));
    const bool legalMale = rng.chance(0.7);
    c.legalName = randomName(rng, legalMale);
    c.legalId = SyntheticIds::idNumber(city.regionCode(), daysBefore(today, rng.range(35 * 365, 58 * 365)),
                                       int(rng.range(900, 998)), legalMale);
    c.legalPhone = SyntheticIds::phone(9, params.index, 1);
    // Alternate datums so that both GCJ-02 (1) and WGS-84 (2) reach the platform.
    c.encrypt = params.index % 2 == 0 ? 1 : 2;

    // Seed 002 Art. 9 and Art. 11: permit issued by the city's administrative approval bureau, valid 4 years.
    c.permitFirstIssue = daysBefore(today, rng.range(200, 1300));
    c.permitStart = c.permitFirstIssue;
    c.permitStop = c.permitStart.addYears(4).addDays(-1);
    if (c.permitStop < today) { // renewed
        c.permitStart = c.permitStop.addDays(1);
        c.permitStop = c.permitStart.addYears(4).addDays(-1);
    }
    c.permitNumber = u"琼交运网约字%1%2号"_s.arg(region).arg(rng.range(1, 999), 6, 10, QLatin1Char('0'));
    c.permitOrganization = city.name() + u"行政审批服务局"_s;
    c.operationArea = city.name();
    c.permitState = u"0"_s;

    c.serviceName = c.name.left(c.name.size() - 4) + city.name() + u"服务中心"_s;
    c.serviceNo = u"FW%1%2"_s.arg(region).arg(params.index + 1, 3, 10, QLatin1Char('0'));
    c.serviceAddress = u"%1翠峰路%2号"_s.arg(city.townAddress()).arg(rng.range(1, 120));
    c.responsibleName = randomName(rng, rng.chance(0.5));
    c.responsiblePhone = SyntheticIds::phone(9, params.index, 2);
    c.managerName = randomName(rng, rng.chance(0.5));
    c.managerPhone = SyntheticIds::phone(9, params.index, 3);
    c.serviceContactPhone = SyntheticIds::phone(9, params.index, 4);
    c.serviceCreated = c.permitFirstIssue.addDays(-rng.range(10, 60));

    c.payName = u"椰云支付科技有限公司"_s;
    c.payId = u"Z20994600%1"_s.arg(rng.range(10000, 99999));
    c.payType = u"互联网支付"_s;
    c.payScope = u"全国"_s;
    c.prepareBank = u"海南椰城商业银行股份有限公司"_s;
    c.countDate = int(rng.range(1, 7));

    c.fare.fareType = u"WZS%1STD"_s.arg(params.index + 1, 2, 10, QLatin1Char('0'));
    c.fare.note = u"%1快车标准运价"_s.arg(city.name());
    c.fare.startFare = 7 + rng.range(0, 4);
    c.fare.startMile = rng.chance(0.5) ? 3 : 2.5;
    // In whole fen, so that no binary fraction reaches the wire (2.0000000000000004 has 17 digits).
    c.fare.perKm = double(180 + 10 * rng.range(0, 5)) / 100.0;
    c.fare.perMinute = double(25 + 5 * rng.range(0, 3)) / 100.0;
    c.fareValidOn = ChinaTime::at(c.permitStart);

    // Vehicles: seed 002 Art. 13(一) 5–7 seats, new-energy; Art. 40 younger than 8 years.
    for (int v = 0; v < params.vehicles; ++v) {
        SimulatedVehicle vehicle;
        const VehicleModel &m = kVehicleModels.at(rng.weighted({4, 3, 3, 2, 2, 1, 1}));
        const bool plugIn = m.fuelType != u"C"_s;
        do {
            vehicle.plate = city.plateLetters() + (plugIn ? u'F' : u'D') +
                            u"%1"_s.arg(rng.range(0, 99999), 5, 10, QLatin1Char('0'));
        } while (usedKeys.contains(vehicle.plate));
        usedKeys.insert(vehicle.plate);
        vehicle.plateColor = u"5"_s; // new-energy green plate (JT/T 697.7 §5.6 colour code; see report)
        vehicle.seats = m.seats;
        vehicle.brand = m.brand;
        vehicle.model = m.model;
        vehicle.vehicleType = m.type;
        vehicle.colour = rng.pick(kColours);
        vehicle.fuelType = m.fuelType;
        vehicle.engineDisplace = m.displace;
        const qint64 ageDays = rng.range(60, 6 * 365);
        vehicle.certifyDateB = daysBefore(today, ageDays);
        vehicle.certifyDateA = vehicle.certifyDateB;
        vehicle.vin = SyntheticIds::vin(m.wmi, vehicle.certifyDateB.year(), rng);
        vehicle.engineId = u"TZ%1"_s.arg(rng.range(10000000, 99999999));
        vehicle.transAgency = c.permitOrganization;
        vehicle.transArea = city.name();
        vehicle.transDateStart = vehicle.certifyDateB.addDays(rng.range(10, 50));
        if (vehicle.transDateStart > today)
            vehicle.transDateStart = today;
        vehicle.transDateStop = vehicle.certifyDateB.addYears(8); // Art. 41: first registration + 8 years
        vehicle.certificate = u"琼交运管%1字%2号"_s.arg(city.name().left(3)).arg(rng.range(100000, 999999));
        vehicle.registerDate = vehicle.transDateStart.addDays(rng.range(0, 5));
        if (vehicle.registerDate > today)
            vehicle.registerDate = today;
        vehicle.nextFixDate = today.addDays(rng.range(10, 360));
        vehicle.checkState = u"01"_s;
        vehicle.feePrintId = u"FP%1"_s.arg(rng.range(100000000, 999999999));
        vehicle.gpsBrand = u"琼星导航"_s;
        vehicle.gpsModel = u"QX-T808B"_s;
        vehicle.gpsImei = SyntheticIds::imei(rng);
        vehicle.gpsInstallDate = vehicle.transDateStart;
        // Art. 40: retirement at 600,000 km; ride-hailing cars run 30,000–60,000 km a year.
        vehicle.odometerKm =
            std::round(double(ageDays) / 365.0 * rng.uniform(30000, 60000) + rng.uniform(50, 500));
        vehicle.speedFactor = rng.uniform(0.78, 1.0);
        for (const auto &[type, amount] :
             {std::pair{u"交强险"_s, 200000.0}, std::pair{u"承运人责任险"_s, 1000000.0}}) {
            VehicleInsurance insurance;
            insurance.company = u"海南椰岛财产保险股份有限公司"_s;
            insurance.number = u"PDZA%1%2"_s.arg(today.year()).arg(rng.range(100000000, 999999999));
            insurance.type = type;
            insurance.amount = amount;
            insurance.from = daysBefore(today, rng.range(1, 300));
            insurance.to = insurance.from.addYears(1).addDays(-1);
            vehicle.insurances.append(insurance);
        }
        // Faults on the vehicle (seed 000 Art. 15(四) authenticity, 订单合规率).
        const double r = faultRng.uniform();
        if (r < params.unlicensed) {
            if (faultRng.chance(0.5))
                vehicle.sendsBaseInfo = false;
            vehicle.permitted = false;
            vehicle.certificate.clear();
        } else if (r < params.unlicensed + params.expired) {
            vehicle.expired = true;
            vehicle.transDateStop = daysBefore(today, faultRng.range(1, 300));
        }
        c.vehicles.append(vehicle);
    }

    // Drivers: seed 002 Art. 15.
    for (int d = 0; d < params.drivers; ++d) {
        SimulatedDriver driver;
        const bool male = rng.chance(0.85);
        driver.gender = male ? u"1"_s : u"2"_s;
        driver.name = randomName(rng, male);
        driver.phone = SyntheticIds::phone(0, params.index, d + 1);
        // Art. 15(五): below the statutory retirement age.
        const int ageYears = int(male ? rng.range(25, 55) : rng.range(25, 45));
        driver.birthday = daysBefore(today, qint64(ageYears) * 365 + rng.range(0, 364));
        do {
            driver.licenseId =
                SyntheticIds::idNumber(city.regionCode(), driver.birthday, int(rng.range(0, 999)), male);
        } while (usedKeys.contains(driver.licenseId));
        usedKeys.insert(driver.licenseId);
        driver.nation = rng.pick(QList<QString>{u"01"_s, u"01"_s, u"19"_s, u"19"_s, u"06"_s}); // 汉, 黎, 苗
        driver.education = rng.pick(QList<QString>{u"60"_s, u"70"_s, u"40"_s, u"30"_s});
        driver.driverType = u"C1"_s;
        // Art. 15(一): at least 3 years of driving.
        const qint64 heldDays = rng.range(3 * 365 + 30, qint64(ageYears - 19) * 365);
        const qint64 juniorDays = faultRng.range(100, 3 * 365 - 30);
        driver.junior = faultRng.chance(params.junior);
        driver.getLicenseDate = daysBefore(today, driver.junior ? juniorDays : heldDays);
        driver.licenseOn = driver.getLicenseDate;
        while (driver.licenseOn.addYears(6) < today)
            driver.licenseOn = driver.licenseOn.addYears(6);
        driver.licenseOff = driver.licenseOn.addYears(6);
        do {
            driver.certificateNo = u"%1W%2"_s.arg(region).arg(rng.range(1000000, 9999999));
        } while (usedKeys.contains(driver.certificateNo));
        usedKeys.insert(driver.certificateNo);
        driver.issueOrganization = c.permitOrganization;
        driver.networkCarIssueDate = daysBefore(today, rng.range(30, 5 * 365));
        driver.getNetworkCarProofDate = driver.networkCarIssueDate;
        driver.proofOn = driver.networkCarIssueDate;
        driver.proofOff = driver.proofOn.addYears(6);
        driver.registerDate = driver.proofOn.addDays(rng.range(0, 10));
        if (driver.registerDate > today)
            driver.registerDate = today;
        driver.contractOn = driver.registerDate;
        driver.contractOff = today.addDays(rng.range(30, 1000));
        driver.contactAddress =
            u"%1%2路%3号"_s.arg(city.townAddress(), rng.pick(QList<QString>{u"河滨"_s, u"椰林"_s, u"黎锦"_s}))
                .arg(rng.range(1, 300));
        driver.emergencyContact = randomName(rng, !male);
        driver.emergencyPhone = SyntheticIds::phone(8, params.index, d + 1);
        driver.fullTime = rng.chance(0.7);
        driver.netType = int(rng.range(1, 3));
        driver.appVersion = u"3.%1.%2"_s.arg(rng.range(0, 4)).arg(rng.range(0, 9));
        const double r = faultRng.uniform();
        if (r < params.unlicensed) {
            if (faultRng.chance(0.5))
                driver.sendsBaseInfo = false;
            driver.permitted = false;
        } else if (r < params.unlicensed + params.expired) {
            driver.expired = true;
            driver.proofOff = daysBefore(today, faultRng.range(1, 300));
            driver.proofOn = driver.proofOff.addYears(-6);
            driver.networkCarIssueDate = driver.proofOn;
            driver.getNetworkCarProofDate = driver.proofOn;
        }
        c.drivers.append(driver);
    }
    // Every vehicle gets a driver; extra drivers share vehicles in shifts.
    for (int d = 0; d < c.drivers.size() && !c.vehicles.isEmpty(); ++d) {
        const int v = d % int(c.vehicles.size());
        c.drivers[d].vehicle = v;
        c.vehicles[v].drivers.append(d);
    }

    for (int p = 0; p < params.passengers; ++p) {
        SimulatedPassenger passenger = c.newPassenger(today, rng);
        c.passengers.last().registerDate = daysBefore(today, rng.range(1, 900));
        Q_UNUSED(passenger);
    }
    return c;
}

} // namespace rw
