#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QByteArrayView>
#include <QList>

namespace rw {

/**
 * \brief The header fields of an HTTP message, in the order received.
 *
 * Names keep the spelling they were sent with; every lookup ignores case (RFC 9110 §5.1).
 * A name may occur more than once; value() returns the first occurrence, values() all of them.
 */
class HttpHeaders
{
public:
    struct Field
    {
        QByteArray name;
        QByteArray value;
    };

    /** Appends a field, keeping any earlier field of the same name. */
    void add(const QByteArray &name, const QByteArray &value);
    /** Replaces every field named \a name with one field. */
    void set(const QByteArray &name, const QByteArray &value);
    /** Removes every field named \a name; returns how many were removed. */
    qsizetype remove(QByteArrayView name);

    bool contains(QByteArrayView name) const;
    /** How many fields are named \a name. */
    qsizetype count(QByteArrayView name) const;
    /** The first value of \a name, or \a defaultValue when absent. */
    QByteArray value(QByteArrayView name, const QByteArray &defaultValue = {}) const;
    /** Every value of \a name, in order. */
    QByteArrayList values(QByteArrayView name) const;
    /** Every value of \a name joined with ", " (the list form, RFC 9110 §5.3). */
    QByteArray combinedValue(QByteArrayView name) const;
    /**
     * Whether the comma-separated list in the fields named \a name holds \a token, ignoring case
     * and optional whitespace (e.g. containsToken("Connection", "close")).
     */
    bool containsToken(QByteArrayView name, QByteArrayView token) const;

    const QList<Field> &fields() const { return m_fields; }
    qsizetype size() const { return m_fields.size(); }
    bool isEmpty() const { return m_fields.isEmpty(); }
    void clear() { m_fields.clear(); }
    void reserve(qsizetype size) { m_fields.reserve(size); }

    /** Case-insensitive comparison of ASCII field names. */
    static bool namesEqual(QByteArrayView a, QByteArrayView b);

private:
    QList<Field> m_fields;
};

} // namespace rw
