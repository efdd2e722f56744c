#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace rw {

/**
 * Installs Qt's and RideWatch's translators and returns the locale they are for. Shared by both executables.
 *
 * The language, first set wins (ConsoleSettings::chooseLocale()): the RIDEWATCH_LANG environment variable
 * (kept for tests and screenshots), \a setting (the console's language setting, "zh_CN" or "en"; the platform
 * passes none), \a fallback (the system locale).
 *
 * zh_CN is the primary translation; the source text is English. Qt's own fallback applies and is kept:
 * QTranslator::load() tries each of the locale's UI languages in order (on Linux the LANGUAGE variable may
 * list several, e.g. fr:zh_CN finds zh_CN), each also shortened (zh_TW → zh); when none has a translation no
 * RideWatch translator is installed and the English source text shows. So a system locale that is neither
 * Chinese nor English, or Chinese other than zh_CN (zh_TW, zh_HK: there is only ridewatch_zh_CN), shows
 * English; choosing 中文（简体） in the settings gives Chinese.
 */
QLocale installTranslators(QCoreApplication &app, const QLocale &fallback, const QString &setting = {});

} // namespace rw
