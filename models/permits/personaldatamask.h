#pragma once

#include <QString>
#include <QStringView>

namespace rw {

/**
 * \brief How personal data is shown to a caller who did not reveal it (DESIGN §8; GB/T 35273-2020
 * §7.5 display restriction: enough to tell records apart, not enough to identify the person).
 *
 * Masked characters become "*"; the length is kept so that a masked value still looks like its kind.
 */
class PersonalDataMask
{
public:
    /** The surname stays: "张伟" → "张*", "欧阳娜娜" → "欧***"; a Latin name keeps its first letter. */
    static QString name(QStringView name);
    /** Region (first 6) and the check character stay: "469001199001011234" → "469001***********4". */
    static QString idNumber(QStringView id);
    /** First 3 and last 4 digits stay: "19901234567" → "199****4567". */
    static QString phone(QStringView phone);
    /** A licence number: like an ID number when it has 18 characters, else the last 4 stay. */
    static QString licence(QStringView licence);
    /** All but the last \a keep characters masked. */
    static QString tail(QStringView text, int keep);
};

} // namespace rw
