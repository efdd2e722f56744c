#include "personaldatamask.h"

namespace rw {

namespace {

QString masked(QStringView text, qsizetype keepFront, qsizetype keepBack)
{
    if (text.isEmpty())
        return {};
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i)
        out.append(i < keepFront || i >= text.size() - keepBack ? text.at(i) : QChar(u'*'));
    return out;
}

} // namespace

QString PersonalDataMask::name(QStringView name)
{
    // Compound surnames are kept too short rather than too long: one character stays.
    if (name.size() <= 1)
        return name.isEmpty() ? QString() : QStringLiteral("*");
    return masked(name, name.at(0).isHighSurrogate() ? 2 : 1, 0);
}

QString PersonalDataMask::idNumber(QStringView id)
{
    if (id.size() != 18)
        return tail(id, 2);
    return masked(id, 6, 1);
}

QString PersonalDataMask::phone(QStringView phone)
{
    if (phone.size() < 8)
        return tail(phone, 2);
    return masked(phone, 3, 4);
}

QString PersonalDataMask::licence(QStringView licence)
{
    return licence.size() == 18 ? idNumber(licence) : tail(licence, 4);
}

QString PersonalDataMask::tail(QStringView text, int keep)
{
    return masked(text, 0, qMin<qsizetype>(keep, text.size() / 2));
}

} // namespace rw
