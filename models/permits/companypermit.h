#pragma once

#include <QDate>
#include <QString>

namespace rw {

/**
 * \brief A platform company's operating permit (网络预约出租汽车经营许可证) as the city issued it
 * (seed 002 Art. 9–11; the fields of baseInfoCompanyPermit, A.4.5).
 */
struct CompanyPermit
{
    QString certificate;   //!< 经营许可证号, the permit's key
    QString companyId;     //!< the platform company's CompanyId (platform-interface.md §2.4)
    QString name;          //!< OwnerName: the company's registered name
    QString identifier;    //!< 统一社会信用代码, when the feed carries it
    QString regionCode;    //!< Address: GB/T 2260 code of the licensing city
    QString operationArea; //!< 经营区域
    QString organization;  //!< issuing authority
    QDate certifyDate;     //!< first issue
    QDate validFrom;
    QDate validTo;
    QString state; //!< JT/T 415 §5.5.2 permit state, as sent

    // Set by the store.
    qint64 id = 0;       //!< row id; 0 when not stored
    qint64 importId = 0; //!< the import that brought it
    bool superseded = false;

    bool isValidOn(const QDate &day) const { return validFrom <= day && day <= validTo; }
};

} // namespace rw
