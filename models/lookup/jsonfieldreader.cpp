#include "jsonfieldreader.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace rw {

namespace {

constexpr int QuoteLimit = 60;
constexpr int ChinaOffsetSeconds = 8 * 3600; // DESIGN §5: China Standard Time unless stated

QDate isoDate(const QString &text)
{
    // Exactly YYYY-MM-DD: QDate::fromString() alone would also take the date part of a date-time.
    return text.size() == 10 ? QDate::fromString(text, Qt::ISODate) : QDate();
}

} // namespace

JsonFieldReader::JsonFieldReader(const QJsonObject &object, const QString &path)
    : m_object(object)
    , m_path(path)
{}

QString JsonFieldReader::pathOf(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

bool JsonFieldReader::has(const QString &key) const
{
    const QJsonValue value = m_object.value(key);
    return !value.isUndefined() && !value.isNull();
}

void JsonFieldReader::fail(const QString &key, const QString &why)
{
    if (m_error.isEmpty())
        m_error = tr("%1: %2").arg(pathOf(key), why);
}

QString JsonFieldReader::quote(const QJsonValue &value)
{
    QString text;
    if (value.isString()) {
        text = QLatin1Char('"') + value.toString() + QLatin1Char('"');
    } else if (value.isObject()) {
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    } else if (value.isArray()) {
        text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    } else if (value.isBool()) {
        text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    } else if (value.isDouble()) {
        text = QString::number(value.toDouble(), 'g', 15);
    } else {
        text = QStringLiteral("null");
    }
    return text.size() > QuoteLimit ? text.left(QuoteLimit - 1) + QChar(0x2026) : text;
}

QDateTime JsonFieldReader::parseMoment(const QString &text)
{
    if (text.size() == 14 && text.front().isDigit()) {
        // The spec's YYYYMMDDhhmmss, China Standard Time (platform-interface.md).
        const QDate date = QDate::fromString(text.left(8), QStringLiteral("yyyyMMdd"));
        const QTime time = QTime::fromString(text.mid(8), QStringLiteral("HHmmss"));
        if (!date.isValid() || !time.isValid())
            return {};
        return QDateTime(date, time, Qt::OffsetFromUTC, ChinaOffsetSeconds);
    }
    if (text.size() < 19)
        return {}; // a date alone is not a moment
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

QString JsonFieldReader::string(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (value.isString())
        return value.toString();
    fail(key, tr("%1 is not a string").arg(quote(value)));
    return {};
}

QString JsonFieldReader::requiredString(const QString &key)
{
    if (!has(key)) {
        fail(key, tr("missing"));
        return {};
    }
    const QString text = string(key);
    if (ok() && text.isEmpty())
        fail(key, tr("empty"));
    return text;
}

qint64 JsonFieldReader::integer(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return 0;
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || std::isnan(number) || number != std::floor(number) || std::abs(number) > 9e15) {
        fail(key, tr("%1 is not a whole number").arg(quote(value)));
        return 0;
    }
    return qint64(number);
}

bool JsonFieldReader::boolean(const QString &key, bool fallback)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (value.isBool())
        return value.toBool();
    fail(key, tr("%1 is not true or false").arg(quote(value)));
    return fallback;
}

bool JsonFieldReader::requiredBoolean(const QString &key)
{
    if (!has(key)) {
        fail(key, tr("missing"));
        return false;
    }
    return boolean(key);
}

QDate JsonFieldReader::date(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    const QDate date = value.isString() ? isoDate(value.toString()) : QDate();
    if (!date.isValid())
        fail(key, tr("%1 is not an ISO date (YYYY-MM-DD)").arg(quote(value)));
    return date;
}

QDateTime JsonFieldReader::moment(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    const QDateTime moment = value.isString() ? parseMoment(value.toString()) : QDateTime();
    if (!moment.isValid())
        fail(key, tr("%1 is not an ISO date and time with its offset (2026-11-21T13:40:00+08:00)")
                      .arg(quote(value)));
    return moment;
}

QVariant JsonFieldReader::scalar(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (value.isDouble())
        return value.toDouble();
    if (value.isBool())
        return value.toBool();
    if (value.isString()) {
        // An ISO date is a date; other text is a value as the rule names it (a fuel type, a licence class).
        const QDate date = isoDate(value.toString());
        return date.isValid() ? QVariant(date) : QVariant(value.toString());
    }
    if (value.isArray()) {
        // A oneOf rule's allowed values.
        QStringList list;
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString()) {
                fail(key, tr("%1 holds %2, which is not a string").arg(quote(value), quote(item)));
                return {};
            }
            list.append(item.toString());
        }
        return list;
    }
    fail(key, tr("%1 is not a number, a date, true/false, a text or a list of texts").arg(quote(value)));
    return {};
}

} // namespace rw
