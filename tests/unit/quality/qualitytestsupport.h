#pragma once

// Hand-written replies of /api/v1/quality (docs/quality-contracts.md) for the console's tests: a province's
// month with three companies (one measured on three dimensions only, one not measured at all), a year's
// trend, a company's violations with a stored and a quarantined sample, and the raw record of a sample.

// moc does not need (and misreads) the raw-string fixtures below.
#ifndef Q_MOC_RUN

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rw::qualitytest {

inline QJsonObject parse(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad fixture JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

/** GET /api/v1/quality/scores?period=2026-11 for the province 460000. */
inline QJsonObject scoresJson()
{
    return parse(R"json({
  "period": "2026-11", "kind": "month", "region": "460000", "modelVersion": "2026.1",
  "review": {"status": "draft", "comment": "", "reviewedBy": "", "reviewedAt": 0, "publishedBy": "", "publishedAt": 0},
  "companies": [
    {"companyId": "C1", "name": "椰风出行", "rank": 1, "records": 123456,
     "rates": {"completeness": 0.998, "conformance": 0.97, "timeliness": 0.9, "authenticity": null},
     "checked": {"completeness": 123456, "conformance": 123456, "timeliness": 123000, "authenticity": 0},
     "passed":  {"completeness": 123209, "conformance": 119752, "timeliness": 110700, "authenticity": 0},
     "score": 95.6,
     "orderCompliance": {"checked": 5000, "compliant": 4900, "rate": 0.98}},
    {"companyId": "C2", "name": "琼州快车", "rank": 2, "records": 1000,
     "rates": {"completeness": 0.95, "conformance": 0.9, "timeliness": 0.8, "authenticity": 0.85},
     "checked": {"completeness": 1000, "conformance": 1000, "timeliness": 1000, "authenticity": 1000},
     "passed":  {"completeness": 950, "conformance": 900, "timeliness": 800, "authenticity": 850},
     "score": 87.5,
     "orderCompliance": {"checked": 0, "compliant": 0, "rate": null}},
    {"companyId": "C3", "name": "五指山约车", "rank": 3, "records": 0,
     "rates": {"completeness": null, "conformance": null, "timeliness": null, "authenticity": null},
     "checked": {"completeness": 0, "conformance": 0, "timeliness": 0, "authenticity": 0},
     "passed":  {"completeness": 0, "conformance": 0, "timeliness": 0, "authenticity": 0},
     "score": null,
     "orderCompliance": {"checked": 0, "compliant": 0, "rate": null}}
  ]
})json");
}

/** One month's entry of the trend: \a score null when \a records is 0. */
inline QJsonObject trendMonth(int year, int month, qint64 records, double score, double timeliness)
{
    const bool none = records == 0;
    const QJsonValue rate = none ? QJsonValue() : QJsonValue(timeliness);
    return QJsonObject{
        {QStringLiteral("period"), QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0'))},
        {QStringLiteral("records"), records},
        {QStringLiteral("rates"),
         QJsonObject{{QStringLiteral("completeness"), none ? QJsonValue() : QJsonValue(0.99)},
                     {QStringLiteral("conformance"), none ? QJsonValue() : QJsonValue(0.97)},
                     {QStringLiteral("timeliness"), rate},
                     {QStringLiteral("authenticity"), QJsonValue()}}},
        {QStringLiteral("score"), none ? QJsonValue() : QJsonValue(score)},
        {QStringLiteral("orderCompliance"), QJsonObject{{QStringLiteral("checked"), 10},
                                                        {QStringLiteral("compliant"), 9},
                                                        {QStringLiteral("rate"), 0.9}}}};
}

/** GET /api/v1/quality/trend?year=2026: C1 and C2 over twelve months, C2 without records in January. */
inline QJsonObject trendJson(int year = 2026)
{
    QJsonArray companies;
    const QList<std::pair<QString, QString>> names{{QStringLiteral("C1"), QStringLiteral("椰风出行")},
                                                   {QStringLiteral("C2"), QStringLiteral("琼州快车")}};
    for (int c = 0; c < names.size(); ++c) {
        QJsonArray months;
        for (int m = 1; m <= 12; ++m) {
            const qint64 records = (c == 1 && m == 1) ? 0 : 1000 + m;
            months.append(trendMonth(year, m, records, 80.0 + c * 5 + m, 0.8 + m / 100.0));
        }
        companies.append(QJsonObject{{QStringLiteral("companyId"), names.at(c).first},
                                     {QStringLiteral("name"), names.at(c).second},
                                     {QStringLiteral("months"), months}});
    }
    return QJsonObject{{QStringLiteral("year"), year},
                       {QStringLiteral("region"), QStringLiteral("460000")},
                       {QStringLiteral("modelVersion"), QStringLiteral("2026.1")},
                       {QStringLiteral("companies"), companies}};
}

/** GET /api/v1/quality/violations?company=C1&period=2026-11. */
inline QJsonObject violationsJson()
{
    return parse(R"json({
  "companyId": "C1", "period": "2026-11", "modelVersion": "2026.1",
  "rules": [
    {"ruleId": "completeness.requiredFields", "dimension": "completeness", "article": "第十五条(一)",
     "description": "Every required field present", "violations": 247,
     "byInterface": {"orderCreate": 247}, "samples": []},
    {"ruleId": "timeliness.withinLimit", "dimension": "timeliness", "article": "第十五条(三)",
     "description": "Received within the interface's limit", "violations": 1234,
     "byInterface": {"positionVehicle": 1200, "orderCreate": 34},
     "samples": [
       {"ipcType": "positionVehicle", "source": "record", "rowId": 42,
        "recordKey": "VehicleNo=琼A12345;PositionTime=20261103101500",
        "receivedAt": 1793700000000, "path": "/api/v1/quality/records/positionVehicle/42"},
       {"ipcType": "orderCreate", "source": "quarantine", "rowId": 7,
        "recordKey": "OrderId=O-7", "receivedAt": 1793700100000, "path": "/api/v1/quality/quarantine/7"}]}
  ]
})json");
}

/** GET /api/v1/quality/records/positionVehicle/42 (DriverName masked). */
inline QJsonObject recordJson()
{
    return parse(R"json({
  "ipcType": "positionVehicle", "source": "record", "rowId": 42, "companyId": "C1",
  "receivedAt": 1793700000000, "businessTime": 1793699900,
  "fields": {"VehicleNo": "琼A12345", "PositionTime": 20261103101500, "Longitude": 109512345, "DriverName": "张*"},
  "failedRules": ["timeliness.withinLimit"],
  "masked": ["DriverName"]
})json");
}

/** GET /api/v1/quality/quarantine/7. */
inline QJsonObject quarantineJson()
{
    return parse(R"json({
  "ipcType": "orderCreate", "source": "quarantine", "rowId": 7, "companyId": "C1",
  "receivedAt": 1793700100000,
  "fields": {"OrderId": "O-7"},
  "raw": "{\"OrderId\":\"O-7\",\"DepLongitude\":\"abc\"}",
  "reasons": ["DepLongitude: \"abc\" is not a number"],
  "failedRules": ["conformance.fieldRules"],
  "masked": []
})json");
}

/** Sets \a value at \a path ("companies[0].rates.timeliness") of \a json; for the malformed fixtures. */
inline QJsonObject with(QJsonObject json, const QString &path, const QJsonValue &value);

namespace detail {
inline QJsonValue setAt(QJsonValue node, QStringList parts, const QJsonValue &value)
{
    if (parts.isEmpty())
        return value;
    QString head = parts.takeFirst();
    int index = -1;
    const qsizetype bracket = head.indexOf(QLatin1Char('['));
    if (bracket >= 0) {
        index = head.mid(bracket + 1, head.size() - bracket - 2).toInt();
        head = head.left(bracket);
    }
    QJsonObject object = node.toObject();
    if (index < 0) {
        if (parts.isEmpty() && value.isUndefined())
            object.remove(head);
        else
            object.insert(head, setAt(object.value(head), parts, value));
    } else {
        QJsonArray array = object.value(head).toArray();
        array[index] = setAt(array.at(index), parts, value);
        object.insert(head, array);
    }
    return object;
}
} // namespace detail

inline QJsonObject with(QJsonObject json, const QString &path, const QJsonValue &value)
{
    return detail::setAt(json, path.split(QLatin1Char('.')), value).toObject();
}

} // namespace rw::qualitytest

#endif // Q_MOC_RUN
