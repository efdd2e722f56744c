#pragma once

#include "fieldspec.h"

#include <QList>
#include <QString>

namespace rw {

/** The spec's interface families (Appendix A §A.4–A.9). */
enum class InterfaceFamily {
    BaseInfo, //!< A.4 static data: company, vehicles, drivers, passengers
    Order,    //!< A.5 orders
    Operate,  //!< A.6 operations: login, logout, depart, arrive, pay
    Position, //!< A.7 positions
    Rated,    //!< A.8 service quality: ratings, complaints, penalties
    Share,    //!< A.9 private car-sharing (合乘)
};

/**
 * \brief One upload interface of the industry platform (e.g. baseInfoVehicle, 0x1007, /baseinfo/vehicle).
 *
 * Every interface carries CompanyId; base-info interfaces also carry Flag and UpdateTime.
 * The catalogue adds those common fields to \a fields, so every field an upload may carry is listed here.
 */
struct InterfaceSpec
{
    QString ipcType;         //!< JSON IPCType and the envelope key, e.g. "baseInfoVehicle"
    quint32 code = 0;        //!< protobuf IPCType enum value, e.g. 0x1007
    QString path;            //!< REST path, e.g. "/baseinfo/vehicle"
    bool pathConfirmed = true; //!< false where the path is our assumption (share interfaces)
    QString section;         //!< spec section, e.g. "A.4.7"
    QString title;           //!< Chinese title, e.g. "车辆基本信息"
    QString messageName;     //!< protobuf message name, e.g. "BaseInfoVehicle"
    QString topic;           //!< broker topic, e.g. "ProvVehicle"
    InterfaceFamily family = InterfaceFamily::BaseInfo;
    QString businessTimeField; //!< the field whose value is the record's business time (timeliness)
    QList<FieldSpec> fields;

    /** Index of the field called \a name in \a fields, or -1. */
    int fieldIndex(QStringView name) const;
    const FieldSpec *field(QStringView name) const;
};

QString familyName(InterfaceFamily family);

} // namespace rw
