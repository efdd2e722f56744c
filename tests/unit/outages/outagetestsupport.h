#pragma once

// Hand-written replies of docs/outage-contracts.md for the console's JSON types, item models and report.

#include <QJsonArray>
#include <QJsonObject>

namespace rw::outagetest {

// 2026-11-02 09:00 CST.
inline constexpr qint64 kT0 = 1793581200000;
inline constexpr qint64 kMinute = 60'000;
inline constexpr qint64 kHour = 60 * kMinute;

inline QJsonObject notice(qint64 id, const QString &kind, qint64 receivedAt, qint64 startsAt, qint64 endsAt)
{
    QJsonObject n{{QStringLiteral("id"), id},
                  {QStringLiteral("companyId"), QStringLiteral("C1")},
                  {QStringLiteral("kind"), kind},
                  {QStringLiteral("receivedAt"), receivedAt},
                  {QStringLiteral("startsAt"), startsAt > 0 ? QJsonValue(startsAt) : QJsonValue()},
                  {QStringLiteral("endsAt"), endsAt > 0 ? QJsonValue(endsAt) : QJsonValue()},
                  {QStringLiteral("streams"), QJsonArray{QStringLiteral("position")}},
                  {QStringLiteral("reason"), QStringLiteral("服务器迁移")},
                  {QStringLiteral("contact"), QStringLiteral("王工 13800000000")},
                  {QStringLiteral("reference"), QString()}};
    if (kind == QLatin1String("planned_stop"))
        n.insert(QStringLiteral("announcedInTime"), startsAt - receivedAt >= 72 * kHour);
    return n;
}

/** An outage of C1's positions from kT0 + \a offsetMin, \a lengthMin long (0: open), with \a flags. */
inline QJsonObject outage(qint64 id, qint64 offsetMin, qint64 lengthMin, const QJsonArray &flags,
                          const QJsonValue &backfillRate = 0.9, const QString &company = QStringLiteral("C1"),
                          const QString &name = QStringLiteral("五指山约车"))
{
    const qint64 start = kT0 + offsetMin * kMinute;
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("companyId"), company},
        {QStringLiteral("companyName"), name},
        {QStringLiteral("stream"), QStringLiteral("position")},
        {QStringLiteral("startedAt"), start},
        {QStringLiteral("detectedAt"), start + 5 * kMinute + 1},
        {QStringLiteral("endedAt"), lengthMin > 0 ? QJsonValue(start + lengthMin * kMinute) : QJsonValue()},
        {QStringLiteral("durationMs"), (lengthMin > 0 ? lengthMin : 7) * kMinute},
        {QStringLiteral("ratePerMinute"), 20.0},
        {QStringLiteral("expectedRecords"), 20 * (lengthMin > 0 ? lengthMin : 7)},
        {QStringLiteral("backfilledRecords"), 18 * (lengthMin > 0 ? lengthMin : 7)},
        {QStringLiteral("backfillRate"), backfillRate},
        {QStringLiteral("assessment"), QJsonObject{{QStringLiteral("flags"), flags},
                                                   {QStringLiteral("noticeLeadMs"), 0},
                                                   {QStringLiteral("incidentDelayMs"), 0},
                                                   {QStringLiteral("planned"), QJsonValue()},
                                                   {QStringLiteral("incident"), QJsonValue()},
                                                   {QStringLiteral("restoration"), QJsonValue()},
                                                   {QStringLiteral("report"), QJsonValue()}}}};
}

inline QJsonObject board()
{
    const auto stream = [](const QString &key, qint64 last, double rate, bool active, qint64 outage) {
        return QJsonObject{{QStringLiteral("stream"), key},
                           {QStringLiteral("lastReceivedAt"), last > 0 ? QJsonValue(last) : QJsonValue()},
                           {QStringLiteral("recordsPerMinute"), rate},
                           {QStringLiteral("active"), active},
                           {QStringLiteral("openOutage"), outage > 0 ? QJsonValue(outage) : QJsonValue()}};
    };
    return QJsonObject{
        {QStringLiteral("at"), kT0 + kHour},
        {QStringLiteral("companies"),
         QJsonArray{
             QJsonObject{{QStringLiteral("companyId"), QStringLiteral("C1")},
                         {QStringLiteral("name"), QStringLiteral("五指山约车")},
                         {QStringLiteral("suspended"), false},
                         {QStringLiteral("suspendReason"), QString()},
                         {QStringLiteral("streams"),
                          QJsonArray{stream(QStringLiteral("position"), kT0 + 50 * kMinute, 0, true, 12),
                                     stream(QStringLiteral("order"), kT0 + kHour - 5000, 3.5, true, 0)}}},
             QJsonObject{{QStringLiteral("companyId"), QStringLiteral("C2")},
                         {QStringLiteral("name"), QStringLiteral("深圳出行")},
                         {QStringLiteral("suspended"), true},
                         {QStringLiteral("suspendReason"), QStringLiteral("forged records")},
                         {QStringLiteral("streams"), QJsonArray{}}}}}};
}

} // namespace rw::outagetest
