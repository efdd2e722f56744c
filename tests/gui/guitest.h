#pragma once

// Helpers shared by the GUI tests: screenshots into the build tree, a small password checker
// standing in for the policy of models/security, and a look for CJK fonts.

#include "session/passwordchecker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFontDatabase>
#include <QImage>
#include <QLabel>
#include <QRegularExpression>
#include <QTest>
#include <QWidget>

namespace rw::guitest {

/** Saves \a widget as <build>/screenshots/<name>.png and returns the path (empty on failure). */
inline QString saveScreenshot(QWidget *widget, const QString &name)
{
    QString dir = qEnvironmentVariable("RIDEWATCH_BINARY_DIR");
    if (dir.isEmpty())
        dir = QDir::currentPath();
    dir += QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".png");
    // Let pending layout requests run first, as the event loop would before the next paint.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
    return widget->grab().save(path) ? path : QString();
}

/**
 * The visible labels of \a root that are shorter or narrower than their text needs, i.e. clipped.
 * Call after saveScreenshot() (which lets pending layouts run).
 */
inline QStringList clippedLabels(QWidget *root)
{
    QStringList clipped;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty())
            continue;
        const bool tooShort = label->wordWrap() ? label->height() < label->heightForWidth(label->width())
                                                : label->height() < label->minimumSizeHint().height();
        const bool tooNarrow = !label->wordWrap() && label->width() < label->minimumSizeHint().width();
        if (tooShort || tooNarrow)
            clipped
                << QStringLiteral("\"%1\" %2x%3").arg(label->text()).arg(label->width()).arg(label->height());
    }
    return clipped;
}

/**
 * Drops the offscreen platform's "does not support propagateSizeHints()" warning, which every
 * dialog with a minimum size triggers and which says nothing about the code under test.
 */
inline void quietOffscreenWarnings()
{
    static QtMessageHandler previous = nullptr;
    previous =
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
            if (type == QtWarningMsg && message.contains(QLatin1String("propagateSizeHints")))
                return;
            previous(type, context, message);
        });
}

/** Whether a font for Simplified Chinese is installed (fonts-noto-cjk); otherwise CJK shows as boxes. */
inline bool haveChineseFont()
{
    return !QFontDatabase::families(QFontDatabase::SimplifiedChinese).isEmpty();
}

/** Counts the pixels of \a image whose colour is exactly \a colour. */
inline int countPixels(const QImage &image, QColor colour)
{
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    const QRgb wanted = colour.rgba();
    int n = 0;
    for (int y = 0; y < argb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        for (int x = 0; x < argb.width(); ++x)
            n += line[x] == wanted ? 1 : 0;
    }
    return n;
}

/**
 * Test-local stand-in for the policy checker of models/security: length ≥ 12, three of four
 * character classes, not containing the user name, not on a tiny blocklist.
 */
inline PasswordChecker testChecker(const QString &userName, bool chinese = false)
{
    return [userName, chinese](const QString &candidate) {
        int classes = 0;
        classes += candidate.contains(QRegularExpression(QStringLiteral("[a-z]"))) ? 1 : 0;
        classes += candidate.contains(QRegularExpression(QStringLiteral("[A-Z]"))) ? 1 : 0;
        classes += candidate.contains(QRegularExpression(QStringLiteral("[0-9]"))) ? 1 : 0;
        classes += candidate.contains(QRegularExpression(QStringLiteral("[^a-zA-Z0-9]"))) ? 1 : 0;
        static const QStringList blocklist{QStringLiteral("Password1234"), QStringLiteral("Wangyueche123")};
        const bool blocked = blocklist.contains(candidate, Qt::CaseInsensitive);
        const bool hasUser = !userName.isEmpty() && candidate.contains(userName, Qt::CaseInsensitive);
        if (chinese) {
            return QList<PasswordRuleStatus>{
                {QStringLiteral("min-length"), candidate.size() >= 12, QStringLiteral("至少 12 个字符。")},
                {QStringLiteral("classes"), classes >= 3,
                 QStringLiteral("包含小写字母、大写字母、数字和符号中的至少三类。")},
                {QStringLiteral("blocklist"), !candidate.isEmpty() && !blocked,
                 QStringLiteral("不是常见密码。")},
                {QStringLiteral("user-name"), !candidate.isEmpty() && !hasUser,
                 QStringLiteral("不包含用户名（%1）。").arg(userName)},
            };
        }
        return QList<PasswordRuleStatus>{
            {QStringLiteral("min-length"), candidate.size() >= 12, QStringLiteral("At least 12 characters.")},
            {QStringLiteral("classes"), classes >= 3,
             QStringLiteral("At least three of: lower-case letters, upper-case letters, digits, symbols.")},
            {QStringLiteral("blocklist"), !candidate.isEmpty() && !blocked,
             QStringLiteral("Not a commonly used password.")},
            {QStringLiteral("user-name"), !candidate.isEmpty() && !hasUser,
             QStringLiteral("Does not contain your user name (%1).").arg(userName)},
        };
    };
}

} // namespace rw::guitest

/** Saves a screenshot of \a widget as \a name and fails the test if a label in it is clipped. */
#define RW_CHECK_SCREENSHOT(widget, name)                                                                    \
    do {                                                                                                     \
        QVERIFY(!rw::guitest::saveScreenshot((widget), (name)).isEmpty());                                   \
        const QStringList clipped_ = rw::guitest::clippedLabels(widget);                                     \
        QVERIFY2(clipped_.isEmpty(), qPrintable(clipped_.join(QStringLiteral("; "))));                       \
    } while (false)
