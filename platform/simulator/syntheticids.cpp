#include "syntheticids.h"

using namespace Qt::StringLiterals;

namespace rw {

namespace {

constexpr QStringView kCreditAlphabet = u"0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr QStringView kDigits = u"0123456789";
constexpr QStringView kUpperAlnum = u"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
constexpr QStringView kVinAlphabet = u"0123456789ABCDEFGHJKLMNPRSTUVWXYZ";

// GB 11714: the 9th character of an organisation code.
QChar organisationCheck(QStringView first8)
{
    static const int weights[8] = {3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 8; ++i) {
        const QChar c = first8.at(i);
        const int v = c.isDigit() ? c.digitValue() : c.unicode() - u'A' + 10;
        sum += v * weights[i];
    }
    const int check = 11 - sum % 11;
    return check == 10 ? u'X' : check == 11 ? u'0' : QChar(u'0' + check);
}

int vinValue(QChar c)
{
    if (c.isDigit())
        return c.digitValue();
    static const QString letters = u"ABCDEFGHJKLMNPRSTUVWXYZ"_s;
    static const int values[] = {1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9};
    const qsizetype i = letters.indexOf(c);
    return i < 0 ? -1 : values[i];
}

} // namespace

QString SyntheticIds::randomText(QStringView alphabet, int count, SimRandom &rng)
{
    QString s;
    s.reserve(count);
    for (int i = 0; i < count; ++i)
        s.append(alphabet.at(rng.range(0, alphabet.size() - 1)));
    return s;
}

QChar SyntheticIds::socialCreditCheck(QStringView first17)
{
    if (first17.size() < 17)
        return {};
    int sum = 0;
    int weight = 1;
    for (int i = 0; i < 17; ++i) {
        const qsizetype v = kCreditAlphabet.indexOf(first17.at(i));
        if (v < 0)
            return {};
        sum += int(v) * weight;
        weight = weight * 3 % 31;
    }
    const int check = (31 - sum % 31) % 31;
    return kCreditAlphabet.at(check);
}

QString SyntheticIds::socialCreditCode(int regionCode, SimRandom &rng)
{
    // 9 = registered by the market regulator, 1 = enterprise.
    const QString org8 = randomText(kDigits, 8, rng);
    const QString first17 = u"91"_s + QString::number(regionCode) + org8 + organisationCheck(org8);
    return first17 + socialCreditCheck(first17);
}

QChar SyntheticIds::idNumberCheck(QStringView first17)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    if (first17.size() < 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        if (!first17.at(i).isDigit())
            return {};
        sum += first17.at(i).digitValue() * weights[i];
    }
    return u"10X98765432"_s.at(sum % 11);
}

QString SyntheticIds::idNumber(int regionCode, const QDate &birthday, int sequence, bool male)
{
    // The 17th digit is odd for men and even for women.
    int seq = qBound(0, sequence, 999);
    if ((seq % 2 == 1) != male)
        seq = seq == 999 ? 998 : seq + 1;
    const QString first17 = QString::number(regionCode) + birthday.toString(u"yyyyMMdd"_s) +
                            u"%1"_s.arg(seq, 3, 10, QLatin1Char('0'));
    return first17 + idNumberCheck(first17);
}

QChar SyntheticIds::vinCheck(QStringView vin)
{
    static const int weights[17] = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};
    if (vin.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        if (i == 8)
            continue;
        const int v = vinValue(vin.at(i));
        if (v < 0)
            return {};
        sum += v * weights[i];
    }
    const int check = sum % 11;
    return check == 10 ? u'X' : QChar(u'0' + check);
}

QString SyntheticIds::vin(QStringView wmi, int modelYear, SimRandom &rng)
{
    // Model-year codes (ISO 3779): 2010 = A … skipping I, O, Q, U, Z and 0.
    static const QString years = u"ABCDEFGHJKLMNPRSTVWXY"_s;
    const QChar year = years.at(qBound(0, modelYear - 2010, int(years.size()) - 1));
    QString v = wmi.left(3).toString() + randomText(kVinAlphabet, 5, rng) + u'0' + year +
                randomText(kVinAlphabet, 1, rng) + randomText(kDigits, 6, rng);
    v[8] = vinCheck(v);
    return v;
}

QString SyntheticIds::imei(SimRandom &rng)
{
    QString digits = u"86"_s + randomText(kDigits, 12, rng);
    int sum = 0;
    for (int i = 0; i < 14; ++i) {
        int d = digits.at(i).digitValue();
        if (i % 2 == 1) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return digits + QChar(u'0' + (10 - sum % 10) % 10);
}

QString SyntheticIds::companyId(QStringView cityPrefix, SimRandom &rng)
{
    return cityPrefix.toString() + randomText(kUpperAlnum, 8, rng);
}

QString SyntheticIds::phone(int series, int company, int number)
{
    return u"199%1%2%3"_s.arg(series % 10).arg(company % 10).arg(number % 1000000, 6, 10, QLatin1Char('0'));
}

} // namespace rw
