#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QVariant>

namespace rw {

/**
 * \brief Reads the typed fields of one JSON object of the lookup answers (docs/lookup-contracts.md) and
 * remembers the first thing that was wrong, named by its path ("hits[2].permit.validTo: \"2026-13-01\" is
 * not an ISO date (YYYY-MM-DD)").
 *
 * Absent keys and null read as "not given" (an empty string, an invalid date, 0): the platform leaves out
 * what it does not know, and older platforms leave out the new fields. A value of the wrong type is an
 * error: the answer is then not used, since a half-read permit could say "no permit" where there is one.
 */
class JsonFieldReader
{
    Q_DECLARE_TR_FUNCTIONS(rw::JsonFieldReader)

public:
    /** Reads \a object found at \a path ("hits[0].permit"). */
    JsonFieldReader(const QJsonObject &object, const QString &path);

    bool ok() const { return m_error.isEmpty(); }
    /** The first error, naming the path, the rule and the value; empty when everything read. */
    QString error() const { return m_error; }
    QString path() const { return m_path; }
    QString pathOf(const QString &key) const;

    bool has(const QString &key) const;
    QString string(const QString &key);
    /** Like string(), but absence or an empty string is an error too. */
    QString requiredString(const QString &key);
    /** A whole number; 0 when absent. */
    qint64 integer(const QString &key);
    /** true/false; \a fallback when absent. */
    bool boolean(const QString &key, bool fallback = false);
    /** true/false; an error when absent. */
    bool requiredBoolean(const QString &key);
    /** "2026-11-21"; invalid when absent. */
    QDate date(const QString &key);
    /**
     * "2026-11-21T13:40:00+08:00" (ISO 8601 with its offset); also a spec time YYYYMMDDhhmmss (China Standard
     * Time) as the companies upload it. Invalid when absent.
     */
    QDateTime moment(const QString &key);
    /**
     * A finding's value (RuleFinding JSON): a number (double), an ISO date (QDate), a boolean, a text
     * (QString) or a list of texts (QStringList, a oneOf rule's limit); an invalid QVariant when absent.
     */
    QVariant scalar(const QString &key);

    /** Sets the error (if none yet) for \a key. */
    void fail(const QString &key, const QString &why);

    /** The value as it stood in the JSON, short enough for an error message. */
    static QString quote(const QJsonValue &value);
    /** Parses a moment as moment() does; invalid if it is not one. */
    static QDateTime parseMoment(const QString &text);

private:
    QJsonObject m_object;
    QString m_path;
    QString m_error;
};

} // namespace rw
