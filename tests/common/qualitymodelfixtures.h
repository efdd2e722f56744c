#pragma once

// The built-in quality model with some of its rules left out, for tests that count by hand what the other
// rules give.

#include "quality/qualitymodel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace rw::testing {

/** resources/quality/default.json without the rules \a ruleIds (same version). Aborts if it is invalid. */
inline QualityModel modelWithout(const QStringList &ruleIds)
{
    QFile file(QStringLiteral(":/quality/default.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no built-in quality model");
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonObject rules = root.value(QStringLiteral("rules")).toObject();
    for (auto it = rules.begin(); it != rules.end(); ++it) {
        QJsonArray kept;
        for (const QJsonValue &rule : it.value().toArray()) {
            if (!ruleIds.contains(rule.toObject().value(QStringLiteral("id")).toString()))
                kept.append(rule);
        }
        it.value() = kept;
    }
    root.insert(QStringLiteral("rules"), rules);
    QString error;
    const std::optional<QualityModel> model = QualityModel::fromJson(QJsonDocument(root).toJson(), &error);
    if (!model)
        qFatal("quality model without %s: %s", qPrintable(ruleIds.join(u", ")), qPrintable(error));
    return *model;
}

} // namespace rw::testing
