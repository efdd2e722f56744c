#include "applanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace rw {

QLocale installTranslators(QCoreApplication &app, const QLocale &fallback)
{
    const QString override = qEnvironmentVariable("RIDEWATCH_LANG");
    const QLocale locale = override.isEmpty() ? fallback : QLocale(override);
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
