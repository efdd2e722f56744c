#include "applanguage.h"

#include "settings/consolesettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace rw {

QLocale installTranslators(QCoreApplication &app, const QLocale &fallback, const QString &setting)
{
    const QLocale locale =
        ConsoleSettings::chooseLocale(qEnvironmentVariable("RIDEWATCH_LANG"), setting, fallback);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("ridewatch"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    return locale;
}

} // namespace rw
