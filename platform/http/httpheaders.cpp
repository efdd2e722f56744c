#include "httpheaders.h"

#include <QtCore/qbytearrayalgorithms.h>

#include <algorithm>

namespace rw {

namespace {

QByteArrayView trimmedOws(QByteArrayView v)
{
    while (!v.isEmpty() && (v.front() == ' ' || v.front() == '\t'))
        v = v.sliced(1);
    while (!v.isEmpty() && (v.back() == ' ' || v.back() == '\t'))
        v.chop(1);
    return v;
}

} // namespace

bool HttpHeaders::namesEqual(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && qstrnicmp(a.data(), a.size(), b.data(), b.size()) == 0;
}

void HttpHeaders::add(const QByteArray &name, const QByteArray &value)
{
    m_fields.append(Field{name, value});
}

void HttpHeaders::set(const QByteArray &name, const QByteArray &value)
{
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        if (namesEqual(it->name, name)) {
            it->value = value;
            ++it;
            // Drop any later duplicates so that exactly one field remains.
            m_fields.erase(
                std::remove_if(it, m_fields.end(), [&](const Field &f) { return namesEqual(f.name, name); }),
                m_fields.end());
            return;
        }
    }
    add(name, value);
}

qsizetype HttpHeaders::remove(QByteArrayView name)
{
    return m_fields.removeIf([&](const Field &f) { return namesEqual(f.name, name); });
}

bool HttpHeaders::contains(QByteArrayView name) const
{
    for (const Field &f : m_fields) {
        if (namesEqual(f.name, name))
            return true;
    }
    return false;
}

qsizetype HttpHeaders::count(QByteArrayView name) const
{
    qsizetype n = 0;
    for (const Field &f : m_fields) {
        if (namesEqual(f.name, name))
            ++n;
    }
    return n;
}

QByteArray HttpHeaders::value(QByteArrayView name, const QByteArray &defaultValue) const
{
    for (const Field &f : m_fields) {
        if (namesEqual(f.name, name))
            return f.value;
    }
    return defaultValue;
}

QByteArrayList HttpHeaders::values(QByteArrayView name) const
{
    QByteArrayList result;
    for (const Field &f : m_fields) {
        if (namesEqual(f.name, name))
            result.append(f.value);
    }
    return result;
}

QByteArray HttpHeaders::combinedValue(QByteArrayView name) const
{
    return values(name).join(", ");
}

bool HttpHeaders::containsToken(QByteArrayView name, QByteArrayView token) const
{
    for (const Field &f : m_fields) {
        if (!namesEqual(f.name, name))
            continue;
        QByteArrayView rest(f.value);
        while (!rest.isEmpty()) {
            const qsizetype comma = rest.indexOf(',');
            const QByteArrayView item = trimmedOws(comma < 0 ? rest : rest.first(comma));
            if (namesEqual(item, token))
                return true;
            if (comma < 0)
                break;
            rest = rest.sliced(comma + 1);
        }
    }
    return false;
}

} // namespace rw
