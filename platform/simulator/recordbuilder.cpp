#include "recordbuilder.h"

#include "chinatime.h"
#include "geo/gcj02transform.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace rw {

namespace {

QJsonObject header(const SimulatedCompany &c, const QDateTime &time, RecordBuilder::Flag flag)
{
    return {{u"CompanyId"_s, c.companyId},
            {u"Flag"_s, int(flag)},
            {u"UpdateTime"_s, ChinaTime::dateTime14(time)}};
}

qint64 d8(const QDate &d)
{
    return ChinaTime::date8(d);
}

} // namespace

QPair<qint64, qint64> RecordBuilder::encodeCoordinate(int encrypt, const QGeoCoordinate &wgs84)
{
    const QGeoCoordinate c = encrypt == 1 ? Gcj02Transform::fromWgs84(wgs84) : wgs84;
    return {qint64(std::llround(c.longitude() * 1e6)), qint64(std::llround(c.latitude() * 1e6))};
}

int RecordBuilder::registeredVehicles(const SimulatedCompany &c)
{
    int n = 0;
    for (const SimulatedVehicle &v : c.vehicles)
        n += v.sendsBaseInfo ? 1 : 0;
    return n;
}

int RecordBuilder::registeredDrivers(const SimulatedCompany &c)
{
    int n = 0;
    for (const SimulatedDriver &d : c.drivers)
        n += d.sendsBaseInfo ? 1 : 0;
    return n;
}

QJsonObject RecordBuilder::company(const SimulatedCompany &c, const QDateTime &time, Flag flag)
{
    QJsonObject o = header(c, time, flag);
    o.insert(u"CompanyName"_s, c.name);
    o.insert(u"Identifier"_s, c.identifier);
    o.insert(u"Address"_s, c.address);
    o.insert(u"BusinessScope"_s, c.businessScope);
    o.insert(u"ContactAddress"_s, c.contactAddress);
    o.insert(u"EconomicType"_s, c.economicType);
    o.insert(u"RegCapital"_s, c.regCapital);
    o.insert(u"LegalName"_s, c.legalName);
    o.insert(u"LegalID"_s, c.legalId);
    o.insert(u"LegalPhone"_s, c.legalPhone);
    o.insert(u"State"_s, 0);
    return o;
}

QJsonObject RecordBuilder::companyStat(const SimulatedCompany &c, const QDateTime &time, Flag flag)
{
    QJsonObject o = header(c, time, flag);
    o.insert(u"VehicleNum"_s, registeredVehicles(c));
    o.insert(u"DriverNum"_s, registeredDrivers(c));
    return o;
}

QJsonObject RecordBuilder::companyPay(const SimulatedCompany &c, const QDateTime &time, Flag flag)
{
    QJsonObject o = header(c, time, flag);
    o.insert(u"PayName"_s, c.payName);
    o.insert(u"PayId"_s, c.payId);
    o.insert(u"PayType"_s, c.payType);
    o.insert(u"PayScope"_s, c.payScope);
    o.insert(u"PrepareBank"_s, c.prepareBank);
    o.insert(u"CountDate"_s, c.countDate);
    o.insert(u"State"_s, 0);
    return o;
}

QJsonObject RecordBuilder::companyService(const SimulatedCompany &c, const QDateTime &time, Flag flag)
{
    QJsonObject o = header(c, time, flag);
    o.insert(u"Address"_s, c.address);
    o.insert(u"ServiceName"_s, c.serviceName);
    o.insert(u"ServiceNo"_s, c.serviceNo);
    o.insert(u"DetailAddress"_s, c.serviceAddress);
    o.insert(u"ResponsibleName"_s, c.responsibleName);
    o.insert(u"ResponsiblePhone"_s, c.responsiblePhone);
    o.insert(u"ManagerName"_s, c.managerName);
    o.insert(u"ManagerPhone"_s, c.managerPhone);
    o.insert(u"ContactPhone"_s, c.serviceContactPhone);
    o.insert(u"MailAddress"_s, c.serviceAddress);
    o.insert(u"CreateDate"_s, d8(c.serviceCreated));
    o.insert(u"State"_s, 0);
    return o;
}

QJsonObject RecordBuilder::companyPermit(const SimulatedCompany &c, const QDateTime &time, Flag flag)
{
    QJsonObject o = header(c, time, flag);
    o.insert(u"Address"_s, c.address);
    o.insert(u"Certificate"_s, c.permitNumber);
    o.insert(u"OperationArea"_s, c.operationArea);
    o.insert(u"OwnerName"_s, c.name);
    o.insert(u"Organization"_s, c.permitOrganization);
    o.insert(u"StartDate"_s, d8(c.permitStart));
    o.insert(u"StopDate"_s, d8(c.permitStop));
    o.insert(u"CertifyDate"_s, d8(c.permitFirstIssue));
    o.insert(u"State"_s, c.permitState);
    return o;
}

QJsonObject RecordBuilder::companyFare(const SimulatedCompany &c, const QDateTime &time, Flag flag)
{
    const FareScheme &f = c.fare;
    QJsonObject o = header(c, time, flag);
    o.insert(u"Address"_s, c.address);
    o.insert(u"FareType"_s, f.fareType);
    o.insert(u"FareTypeNote"_s, f.note);
    o.insert(u"FareValidOn"_s, ChinaTime::dateTime14(c.fareValidOn));
    o.insert(u"StartFare"_s, f.startFare);
    o.insert(u"StartMile"_s, f.startMile);
    o.insert(u"UnitPricePerMile"_s, f.perKm);
    o.insert(u"UnitPricePerMinute"_s, f.perMinute);
    o.insert(u"UpPrice"_s, f.farUpPrice);
    o.insert(u"UpPriceStartMile"_s, f.farUpStartMile);
    o.insert(u"MorningPeakTimeOn"_s, ChinaTime::hourMinute(f.morningPeakOn / 100, f.morningPeakOn % 100));
    o.insert(u"MorningPeakTimeOff"_s, ChinaTime::hourMinute(f.morningPeakOff / 100, f.morningPeakOff % 100));
    o.insert(u"EveningPeakTimeOn"_s, ChinaTime::hourMinute(f.eveningPeakOn / 100, f.eveningPeakOn % 100));
    o.insert(u"EveningPeakTimeOff"_s, ChinaTime::hourMinute(f.eveningPeakOff / 100, f.eveningPeakOff % 100));
    o.insert(u"PeakUnitPrice"_s, f.peakUpPrice);
    o.insert(u"PeakPriceStartMile"_s, f.peakUpStartMile);
    o.insert(u"NightPricePerMile"_s, f.nightPerKm);
    o.insert(u"State"_s, 0);
    return o;
}

QJsonObject RecordBuilder::vehicle(const SimulatedCompany &c, const SimulatedVehicle &v,
                                   const QDateTime &time, Flag flag)
{
    QJsonObject o = header(c, time, flag);
    o.insert(u"Address"_s, c.address);
    o.insert(u"VehicleNo"_s, v.plate);
    o.insert(u"PlateColor"_s, v.plateColor);
    o.insert(u"Seats"_s, v.seats);
    o.insert(u"Brand"_s, v.brand);
    o.insert(u"Model"_s, v.model);
    o.insert(u"VehicleType"_s, v.vehicleType);
    o.insert(u"OwnerName"_s, c.name);
    o.insert(u"VehicleColor"_s, v.colour);
    o.insert(u"EngineId"_s, v.engineId);
    o.insert(u"VIN"_s, v.vin);
    o.insert(u"CertifyDateA"_s, d8(v.certifyDateA));
    o.insert(u"FuelType"_s, v.fuelType);
    o.insert(u"EngineDisplace"_s, v.engineDisplace);
    if (!v.certificate.isEmpty())
        o.insert(u"Certificate"_s, v.certificate);
    o.insert(u"TransAgency"_s, v.transAgency);
    o.insert(u"TransArea"_s, v.transArea);
    o.insert(u"TransDateStart"_s, d8(v.transDateStart));
    o.insert(u"TransDateStop"_s, d8(v.transDateStop));
    o.insert(u"CertifyDateB"_s, d8(v.certifyDateB));
    o.insert(u"FixState"_s, u"1"_s);
    o.insert(u"NextFixDate"_s, d8(v.nextFixDate));
    o.insert(u"CheckState"_s, v.checkState);
    o.insert(u"FeePrintId"_s, v.feePrintId);
    o.insert(u"GPSBrand"_s, v.gpsBrand);
    o.insert(u"GPSModel"_s, v.gpsModel);
    o.insert(u"GPSIMEI"_s, v.gpsImei);
    o.insert(u"GPSInstallDate"_s, d8(v.gpsInstallDate));
    o.insert(u"RegisterDate"_s, d8(v.registerDate));
    o.insert(u"CommercialType"_s, 1);
    o.insert(u"FareType"_s, c.fare.fareType);
    o.insert(u"State"_s, 0);
    return o;
}

QJsonObject RecordBuilder::vehicleInsurance(const SimulatedCompany &c, const SimulatedVehicle &v,
                                            const VehicleInsurance &insurance, const QDateTime &time,
                                            Flag flag)
{
    QJsonObject o = header(c, time, flag);
    o.insert(u"VehicleNo"_s, v.plate);
    o.insert(u"InsurCom"_s, insurance.company);
    o.insert(u"InsurNum"_s, insurance.number);
    o.insert(u"InsurType"_s, insurance.type);
    o.insert(u"InsurCount"_s, insurance.amount);
    o.insert(u"InsurEff"_s, d8(insurance.from));
    o.insert(u"InsurExp"_s, d8(insurance.to));
    return o;
}

QJsonObject RecordBuilder::vehicleTotalMile(const SimulatedCompany &c, const SimulatedVehicle &v,
                                            const QDateTime &time, Flag flag)
{
    QJsonObject o = header(c, time, flag);
    o.insert(u"Address"_s, c.address);
    o.insert(u"VehicleNo"_s, v.plate);
    o.insert(u"TotalMile"_s, std::round(v.odometerKm * 10.0) / 10.0);
    return o;
}

QJsonObject RecordBuilder::driver(const SimulatedCompany &c, const SimulatedDriver &d, const QDateTime &time,
                                  Flag flag)
{
    QJsonObject o = header(c, time, flag);
    o.insert(u"Address"_s, c.address);
    o.insert(u"DriverName"_s, d.name);
    o.insert(u"DriverPhone"_s, d.phone);
    o.insert(u"DriverGender"_s, d.gender);
    o.insert(u"DriverBirthday"_s, d8(d.birthday));
    o.insert(u"DriverNation"_s, d.nation);
    o.insert(u"DriverEducation"_s, d.education);
    o.insert(u"DriverContactAddress"_s, d.contactAddress);
    o.insert(u"LicenseId"_s, d.licenseId);
    o.insert(u"DriverType"_s, d.driverType);
    o.insert(u"GetDriverLicenseDate"_s, d8(d.getLicenseDate));
    o.insert(u"DriverLicenseOn"_s, d8(d.licenseOn));
    o.insert(u"DriverLicenseOff"_s, d8(d.licenseOff));
    o.insert(u"TaxiDriver"_s, 0);
    o.insert(u"CertificateNo"_s, d.certificateNo);
    o.insert(u"NetworkCarIssueOrganization"_s, d.issueOrganization);
    o.insert(u"NetworkCarIssueDate"_s, d8(d.networkCarIssueDate));
    o.insert(u"GetNetworkCarProofDate"_s, d8(d.getNetworkCarProofDate));
    o.insert(u"NetworkCarProofOn"_s, d8(d.proofOn));
    o.insert(u"NetworkCarProofOff"_s, d8(d.proofOff));
    o.insert(u"RegisterDate"_s, d8(d.registerDate));
    o.insert(u"FullTimeDriver"_s, d.fullTime ? 1 : 0);
    o.insert(u"InDriverBlacklist"_s, 0);
    o.insert(u"CommercialType"_s, 1);
    o.insert(u"ContractCompany"_s, c.name);
    o.insert(u"ContractOn"_s, d8(d.contractOn));
    o.insert(u"ContractOff"_s, d8(d.contractOff));
    o.insert(u"EmergencyContact"_s, d.emergencyContact);
    o.insert(u"EmergencyContactPhone"_s, d.emergencyPhone);
    o.insert(u"State"_s, 0);
    return o;
}

QJsonObject RecordBuilder::driverEducate(const SimulatedCompany &c, const SimulatedDriver &d,
                                         const QDateTime &time, Flag flag)
{
    // Seed 002 Art. 16: continuing education organised by the company; here the pre-service course.
    QJsonObject o = header(c, time, flag);
    o.insert(u"Address"_s, c.address);
    o.insert(u"LicenseId"_s, d.licenseId);
    o.insert(u"CourseName"_s, u"网约车驾驶员岗前培训"_s);
    o.insert(u"CourseDate"_s, d8(d.registerDate.addDays(-3)));
    o.insert(u"StartTime"_s, u"0900"_s);
    o.insert(u"StopTime"_s, u"1200"_s);
    o.insert(u"Duration"_s, 180);
    return o;
}

QJsonObject RecordBuilder::driverApp(const SimulatedCompany &c, const SimulatedDriver &d,
                                     const QDateTime &time, Flag flag)
{
    QJsonObject o = header(c, time, flag);
    o.insert(u"Address"_s, c.address);
    o.insert(u"LicenseId"_s, d.licenseId);
    o.insert(u"DriverPhone"_s, d.phone);
    o.insert(u"NetType"_s, d.netType);
    o.insert(u"AppVersion"_s, d.appVersion);
    o.insert(u"MapType"_s, c.encrypt == 1 ? 2 : 3); // GCJ-02 companies use 高德 maps
    o.insert(u"State"_s, 0);
    return o;
}

QJsonObject RecordBuilder::driverStat(const SimulatedCompany &c, const SimulatedDriver &d, int orders,
                                      int violations, int complaints, const QDateTime &time, Flag flag)
{
    QJsonObject o = header(c, time, flag);
    o.insert(u"Address"_s, c.address);
    o.insert(u"LicenseId"_s, d.licenseId);
    o.insert(u"Cycle"_s, ChinaTime::yearMonth(time));
    o.insert(u"OrderCount"_s, orders);
    o.insert(u"TrafficViolationCount"_s, violations);
    o.insert(u"ComplainedCount"_s, complaints);
    return o;
}

QJsonObject RecordBuilder::passenger(const SimulatedCompany &c, const SimulatedPassenger &p,
                                     const QDateTime &time, Flag flag)
{
    QJsonObject o = header(c, time, flag);
    o.insert(u"RegisterDate"_s, d8(p.registerDate));
    o.insert(u"PassengerPhone"_s, p.phone);
    o.insert(u"PassengerName"_s, p.name);
    o.insert(u"PassengerGender"_s, p.gender);
    o.insert(u"State"_s, 0);
    return o;
}

QList<QPair<QString, QJsonObject>> RecordBuilder::registration(const SimulatedCompany &c,
                                                               const QDateTime &time)
{
    QList<QPair<QString, QJsonObject>> r;
    r.append({u"baseInfoCompany"_s, company(c, time, Add)});
    r.append({u"baseInfoCompanyStat"_s, companyStat(c, time, Add)});
    r.append({u"baseInfoCompanyPay"_s, companyPay(c, time, Add)});
    r.append({u"baseInfoCompanyService"_s, companyService(c, time, Add)});
    r.append({u"baseInfoCompanyPermit"_s, companyPermit(c, time, Add)});
    r.append({u"baseInfoCompanyFare"_s, companyFare(c, time, Add)});
    for (const SimulatedVehicle &v : c.vehicles) {
        if (!v.sendsBaseInfo)
            continue;
        r.append({u"baseInfoVehicle"_s, vehicle(c, v, time, Add)});
        for (const VehicleInsurance &insurance : v.insurances)
            r.append({u"baseInfoVehicleInsurance"_s, vehicleInsurance(c, v, insurance, time, Add)});
        r.append({u"baseInfoVehicleTotalMile"_s, vehicleTotalMile(c, v, time, Add)});
    }
    for (const SimulatedDriver &d : c.drivers) {
        if (!d.sendsBaseInfo)
            continue;
        r.append({u"baseInfoDriver"_s, driver(c, d, time, Add)});
        r.append({u"baseInfoDriverEducate"_s, driverEducate(c, d, time, Add)});
        r.append({u"baseInfoDriverApp"_s, driverApp(c, d, time, Add)});
        r.append({u"baseInfoDriverStat"_s, driverStat(c, d, 0, 0, 0, time, Add)});
    }
    for (const SimulatedPassenger &p : c.passengers)
        r.append({u"baseInfoPassenger"_s, passenger(c, p, time, Add)});
    return r;
}

} // namespace rw
