#pragma once

// Shared by the lookup page and detail card tests: a Chinese dictionary for the lookup's main strings (the
// product's zh_CN translation does not have them until the lead runs lupdate), so that screenshots show the
// page as a Chinese-speaking officer sees it; and a fleet with the fixture's vehicle on it.

#include "fleet/fleetstate.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QTranslator>

namespace rw::guitest {

class LookupChineseTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        const QString source = QString::fromUtf8(sourceText);
        const QString inContext =
            dictionary().value(QString::fromLatin1(context) + QLatin1Char('|') + source);
        return inContext.isEmpty() ? dictionary().value(source) : inContext;
    }
    bool isEmpty() const override { return false; }

private:
    static const QHash<QString, QString> &dictionary()
    {
        static const QHash<QString, QString> words{
            // LookupPage
            {QStringLiteral("Search"), QStringLiteral("查询")},
            {QStringLiteral(
                 "A plate with its province prefix (琼D…, or its start), a driver's name, a "
                 "driving-licence, certificate or ID number, a VIN, or a company's name or ID. Enter "
                 "searches."),
             QStringLiteral(
                 "车牌号（含省份简称，如琼D…，或其开头）、驾驶员姓名、驾驶证号、证件号、身份证号、车架号，"
                 "或公司名称、编号。按回车查询。")},
            {QStringLiteral("琼D12345 · 张伟 · certificate, licence or ID number · company"),
             QStringLiteral("琼D12345 · 张伟 · 证号、驾驶证号或身份证号 · 公司")},
            {QStringLiteral("Permits found for “%1” (%2): %3"),
             QStringLiteral("“%1”（%2）的查询结果：%3 条")},
            {QStringLiteral("plate"), QStringLiteral("车牌")},
            {QStringLiteral(
                 "Cached as of %1 — the platform cannot be reached. Validity is judged again for today "
                 "from the cached dates; revealing personal data and the records of complaints and "
                 "penalties wait for the platform."),
             QStringLiteral(
                 "离线缓存，截至 %1——无法连接平台。有效期已按缓存日期重新判定；显示个人信息明文及投诉、"
                 "处罚记录需连接平台。")},
            {QStringLiteral("The inspection record holds: %1"), QStringLiteral("检查记录包括：%1")},
            {QStringLiteral("%1 (%2)"), QStringLiteral("%1（%2）")},
            {QStringLiteral("; "), QStringLiteral("；")},
            // LookupResultModel
            {QStringLiteral("Permit"), QStringLiteral("许可")},
            {QStringLiteral("Plate / name"), QStringLiteral("车牌 / 姓名")},
            {QStringLiteral("Company"), QStringLiteral("公司")},
            {QStringLiteral("Certificate"), QStringLiteral("证号")},
            {QStringLiteral("Valid until"), QStringLiteral("有效期至")},
            {QStringLiteral("Status"), QStringLiteral("状态")},
            {QStringLiteral("Valid"), QStringLiteral("有效")},
            {QStringLiteral("Not valid"), QStringLiteral("无效")},
            {QStringLiteral("Rules broken: %1"), QStringLiteral("不符合规定：%1 项")},
            {QStringLiteral("bad record"), QStringLiteral("不良记录")},
            {QStringLiteral("Valid, conditions not checked"), QStringLiteral("有效，未核验本市条件")},
            // PermitKinds
            {QStringLiteral("vehicle transport certificate"), QStringLiteral("网络预约出租汽车运输证")},
            {QStringLiteral("driver certificate"), QStringLiteral("网络预约出租汽车驾驶员证")},
            {QStringLiteral("company operating permit"), QStringLiteral("网络预约出租汽车经营许可证")},
            // LookupVerdict
            {QStringLiteral("May carry passengers"), QStringLiteral("可以载客")},
            {QStringLiteral("May not carry passengers"), QStringLiteral("不得载客")},
            {QStringLiteral("May operate"), QStringLiteral("可以经营")},
            {QStringLiteral("May not operate"), QStringLiteral("不得经营")},
            {QStringLiteral("Permit valid — the city's conditions were not checked"),
             QStringLiteral("许可有效——未核验本市条件")},
            {QStringLiteral("the vehicle is on the city's bad-record list"),
             QStringLiteral("车辆列入本市不良记录名单")},
            {QStringLiteral("the driver is on the city's bad-record list"),
             QStringLiteral("驾驶员列入本市不良记录名单")},
            {QStringLiteral("the permit is not valid: valid from %1 until %2"),
             QStringLiteral("许可无效：有效期 %1 至 %2")},
            // LookupDetailCard
            {QStringLiteral("%1 · found by %2"), QStringLiteral("%1 · 匹配项：%2")},
            {QStringLiteral("rw::LookupHit|plate"), QStringLiteral("车牌号")},
            {QStringLiteral("rw::LookupHit|driving-licence number"), QStringLiteral("驾驶证号")},
            {QStringLiteral("Validity"), QStringLiteral("有效期")},
            {QStringLiteral("Holder"), QStringLiteral("持有人")},
            {QStringLiteral("Details"), QStringLiteral("详情")},
            {QStringLiteral("Judged"), QStringLiteral("判定")},
            {QStringLiteral("%1 to %2"), QStringLiteral("%1 至 %2")},
            {QStringLiteral("By the platform at %1"), QStringLiteral("平台判定于 %1")},
            {QStringLiteral("From the offline cache: as the platform judged it at %1 (cached %2)"),
             QStringLiteral("离线缓存：平台于 %1 判定（缓存于 %2）")},
            {QStringLiteral("Owner: %1"), QStringLiteral("所有人：%1")},
            {QStringLiteral("Name: %1"), QStringLiteral("姓名：%1")},
            {QStringLiteral("ID number: %1"), QStringLiteral("身份证号：%1")},
            {QStringLiteral("Driving licence: %1"), QStringLiteral("驾驶证号：%1")},
            {QStringLiteral("Phone: %1"), QStringLiteral("电话：%1")},
            {QStringLiteral("%1 seats"), QStringLiteral("%1 座")},
            {QStringLiteral("wheelbase %1 mm"), QStringLiteral("轴距 %1 mm")},
            {QStringLiteral("first registered %1"), QStringLiteral("初次登记 %1")},
            {QStringLiteral(", "), QStringLiteral("，")},
            {QStringLiteral("Reveal…"), QStringLiteral("显示明文…")},
            {QStringLiteral("Personal data is masked."), QStringLiteral("个人信息已脱敏显示。")},
            {QStringLiteral("Personal data is masked. %1"), QStringLiteral("个人信息已脱敏显示。%1")},
            {QStringLiteral("On the live map"), QStringLiteral("实时地图")},
            {QStringLiteral("Speed"), QStringLiteral("速度")},
            {QStringLiteral("Last fix"), QStringLiteral("最后定位")},
            {QStringLiteral("Show on map"), QStringLiteral("在地图上显示")},
            {QStringLiteral("%1 km/h"), QStringLiteral("%1 公里/小时")},
            {QStringLiteral("%1 ago"), QStringLiteral("%1前")},
            {QStringLiteral("rw::BizStatus|Carrying"), QStringLiteral("载客")},
            {QStringLiteral("Bad-record list, complaints and penalties"),
             QStringLiteral("不良记录、投诉与处罚")},
            {QStringLiteral("On the city's bad-record list (%1):"),
             QStringLiteral("列入本市不良记录名单（%1）：")},
            {QStringLiteral("%1 — listed %2 by %3, until %4"), QStringLiteral("%1——%2 由 %3 列入，至 %4")},
            {QStringLiteral("Earlier entries, since removed: %1"), QStringLiteral("已移出的早先记录：%1 条")},
            {QStringLiteral("Passenger complaints: %1. Latest %2: %3 (%4)"),
             QStringLiteral("乘客投诉：%1 条。最近一次 %2：%3（%4）")},
            {QStringLiteral("Penalties: %1. Latest %2: %3 (%4)"),
             QStringLiteral("处罚：%1 次。最近一次 %2：%3（%4）")},
            {QStringLiteral("Notes for the inspection record (what was checked, what the driver said)"),
             QStringLiteral("检查记录备注（检查了什么，驾驶员如何陈述）")},
            {QStringLiteral("Print / Save PDF…"), QStringLiteral("打印 / 保存 PDF…")},
            {QStringLiteral("New record"), QStringLiteral("新建记录")},
        };
        return words;
    }
};

/** Installs the dictionary (asked first) while it lives. */
class LookupChineseUi
{
public:
    LookupChineseUi() { QCoreApplication::installTranslator(&m_words); }
    ~LookupChineseUi() { QCoreApplication::removeTranslator(&m_words); }

private:
    LookupChineseTranslator m_words;
};

/** 2026-11-21 13:40 China time: the fixture's asOf. */
inline QDateTime lookupNow()
{
    return QDateTime(QDate(2026, 11, 21), QTime(5, 40), Qt::UTC);
}

/** The fixture's vehicle 琼DD12345 of 4690YPZCX001, carrying at 35 km/h, its fix \a age s old at lookupNow().
 */
inline VehicleFix fixtureFix(qint64 age = 12, const QString &plate = QStringLiteral("琼DD12345"))
{
    VehicleFix f;
    f.key = {QStringLiteral("4690YPZCX001"), plate};
    f.longitude = 109'517'000;
    f.latitude = 18'776'000;
    f.datum = Datum::Wgs84;
    f.positionTime = lookupNow().toSecsSinceEpoch() - age;
    f.speed = 35;
    f.direction = 90;
    f.bizStatus = BizStatus::Carrying;
    f.orderId = QStringLiteral("ORD20261121000123");
    return f;
}

} // namespace rw::guitest
