#pragma once

#include <QFrame>

#include <limits>

class QLabel;
class QPushButton;

namespace rw {

/**
 * \brief Slim bar for the top of the main window that warns before the password expires.
 *
 * DESIGN §8: maximum age 90 days with a warning 14 days ahead. Hidden while more days are left
 * than the warning window; a warning within it; an error once the password has expired (≤ 0 days,
 * which a session can reach when it started just before the deadline).
 */
class ExpiryBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Level { Hidden, Warning, Expired };
    Q_ENUM(Level)

    static constexpr int DefaultWarningDays = 14;

    explicit ExpiryBanner(QWidget *parent = nullptr);

    int daysLeft() const { return m_daysLeft; }
    int warningDays() const { return m_warningDays; }
    Level level() const { return m_level; }
    QString text() const;

public slots:
    /** Days until the password expires; 0 or less means it has expired. */
    void setDaysLeft(int days);
    /** How many days ahead the warning appears (default 14). */
    void setWarningDays(int days);

signals:
    /** "Change now" was clicked. */
    void changeRequested();

private:
    void refresh();

    int m_daysLeft = std::numeric_limits<int>::max();
    int m_warningDays = DefaultWarningDays;
    Level m_level = Level::Hidden;
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_change;
};

} // namespace rw
