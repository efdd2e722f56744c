#pragma once

#include <QLocale>

class QCoreApplication;

namespace rw {

/**
 * Installs Qt's and RideWatch's translators for the language chosen by RIDEWATCH_LANG, or
 * \a fallback when it is not set, and returns that locale. Shared by both executables.
 */
QLocale installTranslators(QCoreApplication &app, const QLocale &fallback);

} // namespace rw
