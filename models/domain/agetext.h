#pragma once

#include <QCoreApplication>
#include <QString>

namespace rw {

/** \brief The age of a fix or a record as people read it: "12 s", "3 min 5 s", "2 h 4 min", "1 d 3 h". */
class AgeText
{
    Q_DECLARE_TR_FUNCTIONS(rw::AgeText)

public:
    /** \a seconds old; a negative age is "… in the future" (a clock ahead of ours). */
    static QString format(qint64 seconds);
};

} // namespace rw
