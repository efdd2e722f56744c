#include "regionscope.h"

namespace rw {

namespace {

bool allDigits(QStringView text)
{
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace

bool RegionScope::isValidCode(QStringView code)
{
    return code.size() == 6 && allDigits(code) && code.front() != u'0';
}

RegionScope::Level RegionScope::levelOf(QStringView code)
{
    if (!isValidCode(code))
        return Level::None;
    if (code.sliced(2) == u"0000")
        return Level::Province;
    if (code.sliced(4) == u"00")
        return Level::Prefecture;
    return Level::County;
}

QString RegionScope::provinceOf(QStringView code)
{
    return isValidCode(code) ? code.first(2).toString() + QStringLiteral("0000") : QString();
}

QString RegionScope::prefectureOf(QStringView code)
{
    return isValidCode(code) ? code.first(4).toString() + QStringLiteral("00") : QString();
}

bool RegionScope::isMunicipality(QStringView code)
{
    if (!isValidCode(code))
        return false;
    const QStringView province = code.first(2);
    return province == u"11" || province == u"12" || province == u"31" || province == u"50";
}

bool RegionScope::isProvinceGovernedCounty(QStringView code)
{
    return levelOf(code) == Level::County && code.sliced(2, 2) == u"90";
}

RegionScope RegionScope::fromCode(QStringView code, QString *error)
{
    if (!isValidCode(code)) {
        if (error)
            *error = tr("region code \"%1\" is not a GB/T 2260 code: six digits, the first not 0 expected")
                         .arg(code.toString());
        return {};
    }
    if (error)
        error->clear();
    return RegionScope(levelOf(code), code.toString());
}

bool RegionScope::covers(QStringView regionCode) const
{
    // GB/T 10114 statistical codes (9 or 12 digits) start with the six-digit county code.
    if (regionCode.size() == 9 || regionCode.size() == 12) {
        if (!allDigits(regionCode))
            return false;
        regionCode = regionCode.first(6);
    }
    if (!isValidCode(regionCode))
        return false;
    switch (m_level) {
    case Level::None:
        return false;
    case Level::Province:
        return regionCode.first(2) == QStringView(m_code).first(2);
    case Level::Prefecture:
        return regionCode.first(4) == QStringView(m_code).first(4);
    case Level::County:
        return regionCode == m_code;
    }
    return false;
}

bool RegionScope::covers(const RegionScope &other) const
{
    return !other.isNone() && covers(other.code()) && int(m_level) <= int(other.m_level);
}

} // namespace rw
