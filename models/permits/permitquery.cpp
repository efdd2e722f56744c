#include "permitquery.h"

#include "permits/permitidentifiers.h"

namespace rw {

namespace {

// Words of company names ("…出行科技有限公司").
bool looksLikeCompany(QStringView text)
{
    for (QStringView word : {u"公司", u"集团", u"有限", u"出行", u"科技", u"网络", u"汽车", u"租赁"}) {
        if (text.contains(word))
            return true;
    }
    return false;
}

} // namespace

PermitQuery::Class PermitQuery::classify(QStringView query)
{
    const QString text = query.trimmed().toString();
    if (text.isEmpty())
        return Class::Empty;
    const QString plate = PermitIdentifiers::normalisePlate(text);
    if (PermitIdentifiers::isValidPlate(plate))
        return Class::Plate;
    if (PermitIdentifiers::isPlatePrefix(plate))
        return Class::PlatePrefix;
    const QString upper = text.toUpper();
    if (upper.size() == 18 && PermitIdentifiers::isValidIdNumber(upper))
        return Class::IdNumber;
    if (upper.size() == 17 && PermitIdentifiers::isValidVin(upper))
        return Class::Vin;
    bool han = true;
    for (QChar c : text) {
        if (!PermitIdentifiers::isHan(c) && c != u'·' && c != u'•')
            han = false;
    }
    if (han && !text.contains(u'·') && (looksLikeCompany(text) || text.size() > 6))
        return Class::Company;
    if (han)
        return Class::Name;
    if (looksLikeCompany(text))
        return Class::Company;
    return Class::Certificate;
}

PermitQuery PermitQuery::parse(QStringView query)
{
    PermitQuery q;
    q.queryClass = classify(query);
    const QString text = query.trimmed().toString();
    switch (q.queryClass) {
    case Class::Empty:
        break;
    case Class::Plate:
    case Class::PlatePrefix:
        q.normalised = PermitIdentifiers::normalisePlate(text);
        break;
    case Class::IdNumber:
    case Class::Vin:
        q.normalised = text.toUpper();
        break;
    case Class::Name:
    case Class::Company:
    case Class::Certificate:
        q.normalised = text;
        break;
    }
    return q;
}

QString PermitQuery::classKey(Class queryClass)
{
    switch (queryClass) {
    case Class::Empty:
        return QStringLiteral("empty");
    case Class::Plate:
        return QStringLiteral("plate");
    case Class::PlatePrefix:
        return QStringLiteral("platePrefix");
    case Class::IdNumber:
        return QStringLiteral("idNumber");
    case Class::Vin:
        return QStringLiteral("vin");
    case Class::Name:
        return QStringLiteral("name");
    case Class::Company:
        return QStringLiteral("company");
    case Class::Certificate:
        break;
    }
    return QStringLiteral("certificate");
}

QString PermitQuery::normaliseName(QStringView name)
{
    const QString nfkc = name.toString().normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(nfkc.size());
    for (QChar c : nfkc) {
        if (c.isSpace())
            continue;
        out.append(c == u'•' ? QChar(u'·') : c);
    }
    return out;
}

QString PermitQuery::normaliseNumber(QStringView number)
{
    QString out;
    out.reserve(number.size());
    for (QChar c : number) {
        if (!c.isSpace())
            out.append(c.toUpper());
    }
    return out;
}

} // namespace rw
