#include "simulatorinterfaces.h"

using namespace Qt::StringLiterals;

namespace rw {

const QList<SimInterfaceInfo> &SimulatorInterfaces::all()
{
    using F = InterfaceFamily;
    static const QList<SimInterfaceInfo> interfaces = {
        {"baseInfoCompany"_L1, "/baseinfo/company"_L1, F::BaseInfo, "UpdateTime"_L1},
        {"baseInfoCompanyStat"_L1, "/baseinfo/companystat"_L1, F::BaseInfo, "UpdateTime"_L1},
        {"baseInfoCompanyPay"_L1, "/baseinfo/companypay"_L1, F::BaseInfo, "UpdateTime"_L1},
        {"baseInfoCompanyService"_L1, "/baseinfo/companyservice"_L1, F::BaseInfo, "UpdateTime"_L1},
        {"baseInfoCompanyPermit"_L1, "/baseinfo/companypermit"_L1, F::BaseInfo, "UpdateTime"_L1},
        {"baseInfoCompanyFare"_L1, "/baseinfo/companyfare"_L1, F::BaseInfo, "UpdateTime"_L1},
        {"baseInfoVehicle"_L1, "/baseinfo/vehicle"_L1, F::BaseInfo, "UpdateTime"_L1},
        {"baseInfoVehicleInsurance"_L1, "/baseinfo/vehicleinsurance"_L1, F::BaseInfo, "UpdateTime"_L1},
        {"baseInfoVehicleTotalMile"_L1, "/baseinfo/vehicletotalmile"_L1, F::BaseInfo, "UpdateTime"_L1},
        {"baseInfoDriver"_L1, "/baseinfo/driver"_L1, F::BaseInfo, "UpdateTime"_L1},
        {"baseInfoDriverEducate"_L1, "/baseinfo/drivereducate"_L1, F::BaseInfo, "UpdateTime"_L1},
        {"baseInfoDriverApp"_L1, "/baseinfo/driverapp"_L1, F::BaseInfo, "UpdateTime"_L1},
        {"baseInfoDriverStat"_L1, "/baseinfo/driverstat"_L1, F::BaseInfo, "UpdateTime"_L1},
        {"baseInfoPassenger"_L1, "/baseinfo/passenger"_L1, F::BaseInfo, "UpdateTime"_L1},
        {"operateLogin"_L1, "/operate/login"_L1, F::Operate, "LoginTime"_L1},
        {"orderCreate"_L1, "/order/create"_L1, F::Order, "OrderTime"_L1},
        {"orderMatch"_L1, "/order/match"_L1, F::Order, "DistributeTime"_L1},
        {"orderCancel"_L1, "/order/cancel"_L1, F::Order, "CancelTime"_L1},
        {"operateDepart"_L1, "/operate/depart"_L1, F::Operate, "DepTime"_L1},
        {"operateArrive"_L1, "/operate/arrive"_L1, F::Operate, "DestTime"_L1},
        {"operatePay"_L1, "/operate/pay"_L1, F::Operate, "DestTime"_L1},
        {"positionVehicle"_L1, "/position/vehicle"_L1, F::Position, "PositionTime"_L1},
        {"positionDriver"_L1, "/position/driver"_L1, F::Position, "PositionTime"_L1},
        {"operateLogout"_L1, "/operate/logout"_L1, F::Operate, "LogoutTime"_L1},
        {"ratedPassenger"_L1, "/rated/passenger"_L1, F::Rated, "EvaluateTime"_L1},
        {"ratedPassengerComplaint"_L1, "/rated/passengercomplaint"_L1, F::Rated, "ComplaintTime"_L1},
        {"ratedDriverPunish"_L1, "/rated/driverpunish"_L1, F::Rated, "PunishTime"_L1},
        {"ratedDriver"_L1, "/rated/driver"_L1, F::Rated, "TestDate"_L1},
    };
    return interfaces;
}

const SimInterfaceInfo *SimulatorInterfaces::find(QStringView ipcType)
{
    for (const SimInterfaceInfo &info : all()) {
        if (ipcType == info.ipcType)
            return &info;
    }
    return nullptr;
}

int SimulatorInterfaces::rank(QStringView ipcType)
{
    const auto &list = all();
    for (int i = 0; i < list.size(); ++i) {
        if (ipcType == list.at(i).ipcType)
            return i;
    }
    return 1000;
}

qint64 SimulatorInterfaces::timelinessLimitSeconds(InterfaceFamily family)
{
    switch (family) {
    case InterfaceFamily::BaseInfo:
        return 24 * 3600; // Art. 15(三): static data within 24 h of the change
    case InterfaceFamily::Position:
        return 60; // Art. 15(三): positions within 60 s
    case InterfaceFamily::Order:
    case InterfaceFamily::Operate:
    case InterfaceFamily::Rated:
    case InterfaceFamily::Share:
        return 300; // Art. 15(三): orders, operations and service quality within 300 s
    }
    return 300;
}

} // namespace rw
