#include "faultinjector.h"

#include "chinatime.h"
#include "simulatorinterfaces.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace rw {

namespace {

const QStringList kBaseInfoCommon = {u"Flag"_s, u"UpdateTime"_s};

const QHash<QString, QStringList> &requiredTable()
{
    static const QHash<QString, QStringList> table = {
        {u"baseInfoCompany"_s,
         {u"CompanyName"_s, u"Identifier"_s, u"Address"_s, u"BusinessScope"_s, u"ContactAddress"_s,
          u"EconomicType"_s, u"RegCapital"_s, u"LegalName"_s, u"LegalID"_s, u"LegalPhone"_s, u"State"_s}},
        {u"baseInfoCompanyStat"_s, {u"VehicleNum"_s, u"DriverNum"_s}},
        {u"baseInfoCompanyPay"_s,
         {u"PayName"_s, u"PayId"_s, u"PayType"_s, u"PayScope"_s, u"PrepareBank"_s, u"CountDate"_s,
          u"State"_s}},
        {u"baseInfoCompanyService"_s,
         {u"Address"_s, u"ServiceName"_s, u"ServiceNo"_s, u"DetailAddress"_s, u"ResponsibleName"_s,
          u"ResponsiblePhone"_s, u"ManagerName"_s, u"ManagerPhone"_s, u"MailAddress"_s, u"CreateDate"_s,
          u"State"_s}},
        {u"baseInfoCompanyPermit"_s,
         {u"Address"_s, u"Certificate"_s, u"OperationArea"_s, u"OwnerName"_s, u"Organization"_s,
          u"StartDate"_s, u"StopDate"_s, u"CertifyDate"_s, u"State"_s}},
        {u"baseInfoCompanyFare"_s,
         {u"Address"_s, u"FareType"_s, u"FareValidOn"_s, u"StartFare"_s, u"StartMile"_s,
          u"UnitPricePerMile"_s, u"UnitPricePerMinute"_s, u"MorningPeakTimeOn"_s, u"MorningPeakTimeOff"_s,
          u"EveningPeakTimeOn"_s, u"EveningPeakTimeOff"_s, u"PeakUnitPrice"_s, u"PeakPriceStartMile"_s,
          u"State"_s}},
        {u"baseInfoVehicle"_s, {u"Address"_s,
                                u"VehicleNo"_s,
                                u"PlateColor"_s,
                                u"Seats"_s,
                                u"Brand"_s,
                                u"Model"_s,
                                u"VehicleType"_s,
                                u"OwnerName"_s,
                                u"VehicleColor"_s,
                                u"EngineId"_s,
                                u"VIN"_s,
                                u"CertifyDateA"_s,
                                u"FuelType"_s,
                                u"EngineDisplace"_s,
                                u"TransAgency"_s,
                                u"TransArea"_s,
                                u"TransDateStart"_s,
                                u"TransDateStop"_s,
                                u"CertifyDateB"_s,
                                u"FixState"_s,
                                u"CheckState"_s,
                                u"FeePrintId"_s,
                                u"GPSBrand"_s,
                                u"GPSModel"_s,
                                u"GPSInstallDate"_s,
                                u"RegisterDate"_s,
                                u"CommercialType"_s,
                                u"FareType"_s,
                                u"State"_s}},
        {u"baseInfoVehicleInsurance"_s,
         {u"VehicleNo"_s, u"InsurCom"_s, u"InsurNum"_s, u"InsurType"_s, u"InsurCount"_s, u"InsurEff"_s,
          u"InsurExp"_s}},
        {u"baseInfoVehicleTotalMile"_s, {u"Address"_s, u"VehicleNo"_s, u"TotalMile"_s}},
        {u"baseInfoDriver"_s,
         {u"Address"_s,
          u"DriverPhone"_s,
          u"DriverGender"_s,
          u"DriverBirthday"_s,
          u"DriverNation"_s,
          u"DriverContactAddress"_s,
          u"LicenseId"_s,
          u"GetDriverLicenseDate"_s,
          u"DriverLicenseOn"_s,
          u"DriverLicenseOff"_s,
          u"TaxiDriver"_s,
          u"CertificateNo"_s,
          u"NetworkCarIssueOrganization"_s,
          u"NetworkCarIssueDate"_s,
          u"GetNetworkCarProofDate"_s,
          u"NetworkCarProofOn"_s,
          u"NetworkCarProofOff"_s,
          u"RegisterDate"_s,
          u"CommercialType"_s,
          u"ContractCompany"_s,
          u"ContractOn"_s,
          u"ContractOff"_s,
          u"State"_s}},
        {u"baseInfoDriverEducate"_s,
         {u"Address"_s, u"LicenseId"_s, u"CourseName"_s, u"CourseDate"_s, u"StartTime"_s, u"StopTime"_s,
          u"Duration"_s}},
        {u"baseInfoDriverApp"_s,
         {u"Address"_s, u"LicenseId"_s, u"DriverPhone"_s, u"NetType"_s, u"AppVersion"_s, u"MapType"_s,
          u"State"_s}},
        {u"baseInfoDriverStat"_s,
         {u"Address"_s, u"LicenseId"_s, u"Cycle"_s, u"OrderCount"_s, u"TrafficViolationCount"_s,
          u"ComplainedCount"_s}},
        {u"baseInfoPassenger"_s, {u"PassengerPhone"_s, u"State"_s}},
        {u"orderCreate"_s,
         {u"Address"_s, u"OrderId"_s, u"DepartTime"_s, u"OrderTime"_s, u"Departure"_s, u"DepLongitude"_s,
          u"DepLatitude"_s, u"Destination"_s, u"DestLongitude"_s, u"DestLatitude"_s, u"Encrypt"_s,
          u"FareType"_s}},
        {u"orderMatch"_s,
         {u"Address"_s, u"OrderId"_s, u"Encrypt"_s, u"LicenseId"_s, u"DriverPhone"_s, u"VehicleNo"_s,
          u"DistributeTime"_s}},
        {u"orderCancel"_s, {u"Address"_s, u"OrderId"_s, u"CancelTime"_s, u"Operator"_s, u"CancelTypeCode"_s}},
        {u"operateLogin"_s, {u"LicenseId"_s, u"VehicleNo"_s, u"LoginTime"_s, u"Encrypt"_s}},
        {u"operateLogout"_s, {u"LicenseId"_s, u"VehicleNo"_s, u"LogoutTime"_s, u"Encrypt"_s}},
        {u"operateDepart"_s,
         {u"OrderId"_s, u"LicenseId"_s, u"FareType"_s, u"VehicleNo"_s, u"DepLongitude"_s, u"DepLatitude"_s,
          u"Encrypt"_s, u"DepTime"_s}},
        {u"operateArrive"_s,
         {u"OrderId"_s, u"DestLongitude"_s, u"DestLatitude"_s, u"Encrypt"_s, u"DestTime"_s, u"DriveMile"_s,
          u"DriveTime"_s}},
        {u"operatePay"_s,
         {u"OrderId"_s, u"OnArea"_s, u"LicenseId"_s, u"FareType"_s, u"VehicleNo"_s, u"BookDepTime"_s,
          u"DepLongitude"_s, u"DepLatitude"_s, u"DepTime"_s, u"DestLongitude"_s, u"DestLatitude"_s,
          u"DestTime"_s, u"DriveMile"_s, u"DriveTime"_s, u"FactPrice"_s, u"FarUpPrice"_s, u"OtherUpPrice"_s,
          u"PayState"_s, u"InvoiceStatus"_s}},
        {u"positionDriver"_s,
         {u"LicenseId"_s, u"DriverRegionCode"_s, u"VehicleNo"_s, u"PositionTime"_s, u"Longitude"_s,
          u"Latitude"_s, u"OrderId"_s}},
        {u"positionVehicle"_s,
         {u"VehicleNo"_s, u"VehicleRegionCode"_s, u"PositionTime"_s, u"Longitude"_s, u"Latitude"_s,
          u"OrderId"_s}},
        {u"ratedPassenger"_s, {u"OrderId"_s, u"EvaluateTime"_s, u"ServiceScore"_s}},
        {u"ratedPassengerComplaint"_s, {u"OrderId"_s, u"ComplaintTime"_s, u"Detail"_s}},
        {u"ratedDriverPunish"_s, {u"LicenseId"_s, u"PunishTime"_s, u"PunishResult"_s}},
        {u"ratedDriver"_s, {u"LicenseId"_s, u"Level"_s, u"TestDate"_s, u"TestDepartment"_s}},
    };
    return table;
}

const QHash<QString, int> &lengthTable()
{
    static const QHash<QString, int> table = {
        {u"VehicleNo"_s, 32},     {u"LicenseId"_s, 32},       {u"OrderId"_s, 64},
        {u"FareType"_s, 16},      {u"DriverPhone"_s, 32},     {u"Departure"_s, 128},
        {u"Destination"_s, 128},  {u"PassengerPhone"_s, 32},  {u"DriverName"_s, 64},
        {u"PassengerName"_s, 64}, {u"CertificateNo"_s, 128},  {u"CancelReason"_s, 128},
        {u"PunishResult"_s, 128}, {u"TestDepartment"_s, 128}, {u"VIN"_s, 17},
        {u"AppVersion"_s, 32},    {u"Brand"_s, 64},           {u"CompanyName"_s, 256},
        {u"InsurNum"_s, 64},      {u"PlateColor"_s, 32},      {u"DepArea"_s, 128},
        {u"DestArea"_s, 128},     {u"Identifier"_s, 32},      {u"LegalPhone"_s, 32},
    };
    return table;
}

// Coded fields and a value outside each one's code list, of the field's own JSON type.
const QHash<QString, QJsonValue> &badCodes()
{
    static const QHash<QString, QJsonValue> table = {
        {u"Encrypt"_s, 9},
        {u"BizStatus"_s, 7},
        {u"Flag"_s, 5},
        {u"CommercialType"_s, 9},
        {u"PayState"_s, u"7"_s},
        {u"InvoiceStatus"_s, u"7"_s},
        {u"NetType"_s, 8},
        {u"MapType"_s, 8},
        {u"Operator"_s, u"9"_s},
        {u"CancelTypeCode"_s, u"9"_s},
        {u"DriverGender"_s, u"7"_s},
        {u"FixState"_s, u"7"_s},
    };
    return table;
}

const QStringList kDateTimeFields = {
    u"OrderTime"_s,     u"DepartTime"_s, u"DistributeTime"_s, u"CancelTime"_s,
    u"LoginTime"_s,     u"LogoutTime"_s, u"DepTime"_s,        u"DestTime"_s,
    u"BookDepTime"_s,   u"PayTime"_s,    u"OrderMatchTime"_s, u"EvaluateTime"_s,
    u"ComplaintTime"_s, u"PunishTime"_s, u"UpdateTime"_s,     u"FareValidOn"_s,
};

const QStringList kDateFields = {
    u"TestDate"_s,
    u"CourseDate"_s,
    u"RegisterDate"_s,
    u"TransDateStart"_s,
    u"TransDateStop"_s,
    u"CertifyDateA"_s,
    u"CertifyDateB"_s,
    u"InsurEff"_s,
    u"InsurExp"_s,
    u"DriverBirthday"_s,
    u"NetworkCarProofOn"_s,
    u"NetworkCarProofOff"_s,
    u"CreateDate"_s,
    u"StartDate"_s,
    u"StopDate"_s,
    u"CertifyDate"_s,
    u"GetDriverLicenseDate"_s,
    u"DriverLicenseOn"_s,
    u"DriverLicenseOff"_s,
    u"ContractOn"_s,
    u"ContractOff"_s,
    u"GPSInstallDate"_s,
    u"NextFixDate"_s,
};

} // namespace

QStringList FaultInjector::requiredFields(QStringView ipcType)
{
    QStringList fields = requiredTable().value(ipcType.toString());
    if (ipcType.startsWith(u"baseInfo"))
        fields += kBaseInfoCommon;
    return fields;
}

int FaultInjector::textLength(QStringView field)
{
    return lengthTable().value(field.toString(), 0);
}

bool FaultInjector::removeRequired(SimRecord &record, SimRandom &rng)
{
    QStringList candidates;
    for (const QString &field : requiredFields(record.ipcType)) {
        if (record.fields.contains(field))
            candidates.append(field);
    }
    if (candidates.isEmpty())
        return false;
    const QString field = rng.pick(candidates);
    record.fields.remove(field);
    record.fault = FaultKind::Missing;
    record.faultField = field;
    return true;
}

bool FaultInjector::malform(SimRecord &record, SimRandom &rng)
{
    QList<QPair<Malformation, QString>> candidates[4];
    for (auto it = record.fields.constBegin(); it != record.fields.constEnd(); ++it) {
        const QString &field = it.key();
        if (field == u"CompanyId"_s)
            continue;
        const QJsonValue &value = it.value();
        if (value.isString() && textLength(field) > 0)
            candidates[0].append({Malformation::TooLong, field});
        bool numeric = false;
        if (value.isString())
            value.toString().toLongLong(&numeric);
        if (value.isDouble() || numeric)
            candidates[1].append({Malformation::WrongType, field});
        if (badCodes().contains(field))
            candidates[2].append({Malformation::BadCode, field});
        if (value.isDouble() && (kDateTimeFields.contains(field) || kDateFields.contains(field)))
            candidates[3].append({Malformation::BadDate, field});
    }
    QList<int> kinds;
    for (int k = 0; k < 4; ++k) {
        if (!candidates[k].isEmpty())
            kinds.append(k);
    }
    if (kinds.isEmpty())
        return false;
    const auto [kind, field] = rng.pick(candidates[rng.pick(kinds)]);
    const QJsonValue value = record.fields.value(field);
    switch (kind) {
    case Malformation::TooLong: {
        QString text = value.toString();
        const int limit = textLength(field);
        while (text.size() <= limit)
            text.append(u'X');
        record.fields.insert(field, text);
        break;
    }
    case Malformation::WrongType:
        if (value.isDouble())
            record.fields.insert(field, value.toVariant().toString());
        else
            record.fields.insert(field, value.toString().toLongLong());
        break;
    case Malformation::BadCode:
        record.fields.insert(field, badCodes().value(field));
        break;
    case Malformation::BadDate: {
        // Month 13: still the right number of digits, but no calendar date.
        const qint64 v = value.toInteger();
        const bool dateTime = kDateTimeFields.contains(field);
        const qint64 scale = dateTime ? 100000000LL : 100LL;
        record.fields.insert(field, (v / (scale * 100)) * (scale * 100) + 13 * scale + v % scale);
        break;
    }
    case Malformation::None:
        break;
    }
    record.fault = FaultKind::Malformed;
    record.malformation = kind;
    record.faultField = field;
    return true;
}

bool FaultInjector::setEpoch(SimRecord &record, SimRandom &rng)
{
    const SimInterfaceInfo *info = SimulatorInterfaces::find(record.ipcType);
    if (!info || !record.fields.contains(info->timeField))
        return false;
    const QString field = info->timeField;
    const qint64 seconds = rng.range(0, 86399 - 8 * 3600); // 1 January 1970 in China too
    if (field == u"PositionTime"_s)
        record.fields.insert(field, seconds);
    else if (kDateFields.contains(field))
        record.fields.insert(field, 19700101);
    else
        record.fields.insert(field, ChinaTime::dateTime14(QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC)));
    record.fault = FaultKind::Epoch;
    record.faultField = field;
    return true;
}

} // namespace rw
