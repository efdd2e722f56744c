#include "permitidentifiers.h"

#include <QDate>

namespace rw {

namespace {

constexpr QStringView kProvinces = u"京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
constexpr QStringView kPlateSuffixes = u"挂学警港澳";

bool isPlateLetter(QChar c)
{
    return c >= u'A' && c <= u'Z' && c != u'I' && c != u'O';
}

bool isPlateCharacter(QChar c)
{
    return isPlateLetter(c) || (c >= u'0' && c <= u'9');
}

int vinValue(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    // GB 16735-2019 Table 3 (= ISO 3779 transliteration); I, O and Q are not allowed.
    static constexpr QStringView letters = u"ABCDEFGHJKLMNPRSTUVWXYZ";
    static constexpr int values[] = {1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9};
    const qsizetype i = letters.indexOf(c);
    return i < 0 ? -1 : values[i];
}

} // namespace

bool PermitIdentifiers::isProvinceAbbreviation(QChar c)
{
    return kProvinces.contains(c);
}

QString PermitIdentifiers::normalisePlate(QStringView text)
{
    QString plate;
    plate.reserve(text.size());
    for (QChar c : text) {
        if (c.isSpace() || c == u'·' || c == u'-' || c == u'•' || c == u'.')
            continue;
        // Full-width letters and digits from Chinese input methods: ＡＢ１２ → AB12.
        if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E)
            c = QChar(c.unicode() - 0xFEE0);
        plate.append(c.toUpper());
    }
    return plate;
}

bool PermitIdentifiers::isValidPlate(QStringView plate)
{
    if (plate.size() < 7 || plate.size() > 8 || !isProvinceAbbreviation(plate.at(0)) ||
        !isPlateLetter(plate.at(1)))
        return false;
    QStringView rest = plate.mid(2);
    if (rest.size() == 6) {
        // New energy (GA 36-2018 amendment): D/F first (small cars) or last (large vehicles).
        const bool small = rest.at(0) == u'D' || rest.at(0) == u'F';
        const bool large = rest.at(5) == u'D' || rest.at(5) == u'F';
        if (!small && !large)
            return false;
        for (QChar c : rest) {
            if (!isPlateCharacter(c))
                return false;
        }
        return true;
    }
    // 5 characters, the last optionally a special-use suffix.
    for (qsizetype i = 0; i < rest.size(); ++i) {
        const QChar c = rest.at(i);
        if (!isPlateCharacter(c) && !(i == 4 && kPlateSuffixes.contains(c)))
            return false;
    }
    return true;
}

bool PermitIdentifiers::isPlatePrefix(QStringView plate)
{
    if (plate.size() < 2 || plate.size() > 8 || !isProvinceAbbreviation(plate.at(0)) ||
        !isPlateLetter(plate.at(1)))
        return false;
    for (qsizetype i = 2; i < plate.size(); ++i) {
        if (!isPlateCharacter(plate.at(i)) &&
            !(i == plate.size() - 1 && kPlateSuffixes.contains(plate.at(i))))
            return false;
    }
    return true;
}

QChar PermitIdentifiers::idNumberCheck(QStringView first17)
{
    static constexpr int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr QStringView checks = u"10X98765432";
    if (first17.size() < 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const QChar c = first17.at(i);
        if (c < u'0' || c > u'9')
            return {};
        sum += (c.unicode() - u'0') * weights[i];
    }
    return checks.at(sum % 11);
}

bool PermitIdentifiers::isValidIdNumber(QStringView id)
{
    if (id.size() != 18 || idNumberCheck(id.first(17)) != id.at(17))
        return false;
    const QDate birth(id.mid(6, 4).toInt(), id.mid(10, 2).toInt(), id.mid(12, 2).toInt());
    return birth.isValid() && birth.year() >= 1900;
}

QDate PermitIdentifiers::birthDateOf(QStringView id)
{
    if (id.size() != 18)
        return {};
    for (qsizetype i = 6; i < 14; ++i) {
        if (id.at(i) < u'0' || id.at(i) > u'9')
            return {};
    }
    const QDate birth(id.mid(6, 4).toInt(), id.mid(10, 2).toInt(), id.mid(12, 2).toInt());
    return birth.isValid() && birth.year() >= 1900 ? birth : QDate();
}

QString PermitIdentifiers::genderCodeOf(QStringView id)
{
    if (id.size() != 18 || id.at(16) < u'0' || id.at(16) > u'9')
        return {};
    return (id.at(16).unicode() - u'0') % 2 == 1 ? QStringLiteral("1") : QStringLiteral("2");
}

QChar PermitIdentifiers::vinCheck(QStringView vin)
{
    static constexpr int weights[17] = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};
    if (vin.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const int v = vinValue(vin.at(i));
        if (v < 0)
            return {};
        sum += v * weights[i];
    }
    const int check = sum % 11;
    return check == 10 ? QChar(u'X') : QChar(u'0' + check);
}

bool PermitIdentifiers::isValidVin(QStringView vin)
{
    const QChar check = vinCheck(vin);
    return !check.isNull() && vin.at(8) == check;
}

bool PermitIdentifiers::isRegionCode(QStringView code)
{
    if (code.size() != 6 || code.at(0) == u'0')
        return false;
    for (QChar c : code) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

bool PermitIdentifiers::isHan(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) || (u >= 0xF900 && u <= 0xFAFF) ||
           c.isSurrogate(); // extension B and later: rare characters in names
}

} // namespace rw
