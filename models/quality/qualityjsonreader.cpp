#include "qualityjsonreader.h"

#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace rw {

namespace {

constexpr int QuoteLimit = 60;

} // namespace

QualityJsonReader::QualityJsonReader(const QJsonObject &object, const QString &path)
    : m_object(object)
    , m_path(path)
{}

QString QualityJsonReader::pathOf(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

QString QualityJsonReader::itemPath(const QString &key, qsizetype index) const
{
    return u"%1[%2]"_s.arg(pathOf(key)).arg(index);
}

void QualityJsonReader::fail(const QString &key, const QString &why)
{
    if (m_error.isEmpty())
        m_error = tr("%1: %2").arg(pathOf(key), why);
}

void QualityJsonReader::adopt(const QualityJsonReader &other)
{
    if (m_error.isEmpty())
        m_error = other.m_error;
}

QString QualityJsonReader::quote(const QJsonValue &value)
{
    QString text;
    if (value.isString())
        text = QLatin1Char('"') + value.toString() + QLatin1Char('"');
    else if (value.isObject())
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    else if (value.isArray())
        text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    else if (value.isBool())
        text = value.toBool() ? u"true"_s : u"false"_s;
    else if (value.isDouble())
        text = QString::number(value.toDouble(), 'g', 15);
    else
        text = u"null"_s;
    return text.size() > QuoteLimit ? text.left(QuoteLimit - 1) + QChar(0x2026) : text;
}

QString QualityJsonReader::string(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString()) {
        fail(key, tr("%1 is not a string").arg(quote(value)));
        return {};
    }
    return value.toString();
}

QString QualityJsonReader::requiredString(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull()) {
        fail(key, tr("missing"));
        return {};
    }
    const QString text = string(key);
    if (ok() && text.isEmpty())
        fail(key, tr("empty"));
    return text;
}

qint64 QualityJsonReader::integer(const QString &key, qint64 minimum, bool required)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            fail(key, tr("missing"));
        return 0;
    }
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || std::isnan(number) || number != std::floor(number) || std::abs(number) > 9e15) {
        fail(key, tr("%1 is not a whole number").arg(quote(value)));
        return 0;
    }
    if (number < double(minimum)) {
        fail(key, tr("%1 is below the least allowed, %2").arg(quote(value)).arg(minimum));
        return 0;
    }
    return qint64(number);
}

std::optional<double> QualityJsonReader::nullableNumber(const QString &key, double low, double high,
                                                        bool required)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined()) {
        if (required)
            fail(key, tr("missing (null if not measured)"));
        return std::nullopt;
    }
    if (value.isNull())
        return std::nullopt;
    if (!value.isDouble()) {
        fail(key, tr("%1 is not a number").arg(quote(value)));
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (!std::isfinite(number) || number < low || number > high) {
        fail(key, tr("%1 lies outside %2 to %3").arg(quote(value)).arg(low).arg(high));
        return std::nullopt;
    }
    return number;
}

QJsonObject QualityJsonReader::object(const QString &key, bool required)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            fail(key, tr("missing"));
        return {};
    }
    if (!value.isObject()) {
        fail(key, tr("%1 is not an object").arg(quote(value)));
        return {};
    }
    return value.toObject();
}

QJsonArray QualityJsonReader::array(const QString &key, bool required)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            fail(key, tr("missing"));
        return {};
    }
    if (!value.isArray()) {
        fail(key, tr("%1 is not a list").arg(quote(value)));
        return {};
    }
    return value.toArray();
}

QStringList QualityJsonReader::strings(const QString &key)
{
    QStringList list;
    const QJsonArray items = array(key);
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isString()) {
            if (m_error.isEmpty())
                m_error = tr("%1: %2 is not a string").arg(itemPath(key, i), quote(items.at(i)));
            return {};
        }
        list.append(items.at(i).toString());
    }
    return list;
}

QualityRates QualityJsonReader::rates(const QString &key)
{
    QualityRates rates{};
    const QJsonObject object = this->object(key, true);
    if (!ok())
        return rates;
    QualityJsonReader inner(object, pathOf(key));
    for (QualityDimension d : kQualityDimensions)
        rates[int(d)] = inner.nullableNumber(QualityDimensions::key(d), 0.0, 1.0, true);
    adopt(inner);
    return rates;
}

QualityCounts QualityJsonReader::counts(const QString &key)
{
    QualityCounts counts{};
    const QJsonObject object = this->object(key);
    QualityJsonReader inner(object, pathOf(key));
    for (QualityDimension d : kQualityDimensions)
        counts[int(d)] = inner.integer(QualityDimensions::key(d));
    adopt(inner);
    return counts;
}

std::optional<QualityPeriod> QualityJsonReader::parsePeriod(const QString &text)
{
    bool ok = false;
    if (text.size() == 4) {
        const int year = text.toInt(&ok);
        if (ok && year >= 1970 && year <= 9999)
            return QualityPeriod::ofYear(year);
    } else if (text.size() == 7 && text.at(4) == QLatin1Char('-')) {
        bool monthOk = false;
        const int year = text.left(4).toInt(&ok);
        const int month = text.mid(5).toInt(&monthOk);
        if (ok && monthOk && year >= 1970 && year <= 9999 && month >= 1 && month <= 12)
            return QualityPeriod::ofMonth(year, month);
    }
    return std::nullopt;
}

QualityPeriod QualityJsonReader::period(const QString &key)
{
    const QString text = requiredString(key);
    if (!ok())
        return {};
    const auto period = parsePeriod(text);
    if (!period) {
        fail(key, tr("\"%1\" is neither a month (2026-11) nor a year (2026)").arg(text));
        return {};
    }
    return *period;
}

} // namespace rw
