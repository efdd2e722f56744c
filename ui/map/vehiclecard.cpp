#include "vehiclecard.h"

#include "vehiclestyle.h"

#include "domain/agetext.h"
#include "fleet/fleetstate.h"
#include "geo/datum.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace rw {

VehicleCard::VehicleCard(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_statusDot(new QLabel(this))
    , m_close(new QToolButton(this))
    , m_replay(new QPushButton(tr("Replay track…"), this))
{
    setObjectName(QStringLiteral("vehicleCard"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Vehicle details"));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusDot->setFixedSize(14, 14);
    m_close->setText(QStringLiteral("×"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close"));
    m_close->setAccessibleName(tr("Close vehicle details"));
    connect(m_close, &QToolButton::clicked, this, [this] {
        clear();
        emit closeRequested();
    });

    auto *header = new QHBoxLayout;
    header->addWidget(m_statusDot);
    header->addWidget(m_title, 1);
    header->addWidget(m_close);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const QList<QPair<Field, QString>> rows{
        {Field::Company, tr("Company")},  {Field::Status, tr("Status")},
        {Field::Speed, tr("Speed")},      {Field::Heading, tr("Heading")},
        {Field::LastFix, tr("Last fix")}, {Field::Position, tr("Position")},
        {Field::Alarm, tr("Alarm")},      {Field::Order, tr("Order")},
        {Field::Driver, tr("Driver")},    {Field::Permit, tr("Permit status")},
    };
    for (const auto &[field, name] : rows) {
        auto *value = new QLabel(this);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_values.insert(field, value);
        form->addRow(name, value);
    }

    m_replay->setToolTip(tr("Draw this vehicle's positions over a period and play them back"));
    m_replay->hide();
    connect(m_replay, &QPushButton::clicked, this, &VehicleCard::replayRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_replay);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(form);
    layout->addLayout(buttons);
    setMinimumWidth(300);
    clear();
}

void VehicleCard::setReplayAvailable(bool available)
{
    m_replay->setVisible(available);
}

void VehicleCard::clear()
{
    m_index = -1;
    m_key = {};
    m_title->clear();
    for (QLabel *value : std::as_const(m_values))
        value->clear();
    m_values[Field::Permit]->setStyleSheet(QString());
    hide();
}

void VehicleCard::resetPermit()
{
    m_values[Field::Permit]->setText(tr("Unknown: the city's permit data is not connected yet"));
    m_values[Field::Permit]->setStyleSheet(QString());
}

void VehicleCard::setPermitStatus(const VehiclePermitStatus &status)
{
    if (m_key.isEmpty() || status.vehicle != m_key)
        return;
    using State = VehiclePermitStatus::State;
    QString style;
    switch (status.state) {
    case State::Checking:
        style = QStringLiteral("color:#868e96;font-style:italic;");
        break;
    case State::Valid:
        style = QStringLiteral("color:#2b8a3e;");
        break;
    case State::Expired:
    case State::OtherCompany:
    case State::Missing:
        style = QStringLiteral("color:#c92a2a;font-weight:bold;");
        break;
    case State::Unavailable:
        style = QStringLiteral("color:#868e96;");
        break;
    }
    QLabel *label = m_values[Field::Permit];
    label->setText(status.text());
    label->setStyleSheet(style);
}

bool VehicleCard::event(QEvent *event)
{
    const bool result = QFrame::event(event);
    // Values change length while shown (an answer from the permit registry, a position drawn
    // approximately): once the layout has taken them in, keep the whole card visible at its width.
    if (event->type() == QEvent::LayoutRequest && isVisible() && hasHeightForWidth()) {
        const int wanted = heightForWidth(width());
        if (wanted > 0 && wanted != height())
            resize(width(), wanted);
    }
    return result;
}

QString VehicleCard::text(Field field) const
{
    if (field == Field::Plate)
        return m_title->text();
    const QLabel *value = m_values.value(field);
    return value ? value->text() : QString();
}

QString VehicleCard::formatHeading(int degrees)
{
    static const char *const points[] = {QT_TR_NOOP("N"),  QT_TR_NOOP("NE"), QT_TR_NOOP("E"),
                                         QT_TR_NOOP("SE"), QT_TR_NOOP("S"),  QT_TR_NOOP("SW"),
                                         QT_TR_NOOP("W"),  QT_TR_NOOP("NW")};
    const int d = ((degrees % 360) + 360) % 360;
    return tr("%1° %2").arg(d).arg(tr(points[((d * 8 + 180) / 360) % 8]));
}

void VehicleCard::showVehicle(const FleetState &fleet, int index, qint64 now)
{
    if (index < 0 || index >= fleet.size()) {
        clear();
        return;
    }
    m_index = index;
    const VehicleFix f = fleet.fix(index);
    if (f.key != m_key) {
        // Another vehicle: what was known of the previous one's permit does not apply.
        m_key = f.key;
        resetPermit();
    }
    const BizStatus status = fleet.status(index);
    const bool stale = fleet.isStale(index, now);
    const quint8 flags = fleet.mark(index).flags;

    m_title->setText(f.key.vehicleNo);
    const QColor colour = stale ? VehicleStyle::staleColour() : VehicleStyle::statusColour(status);
    m_statusDot->setStyleSheet(QStringLiteral("background:%1;border:2px solid %2;border-radius:7px;")
                                   .arg(colour.name(), VehicleStyle::statusColour(status).name()));
    m_values[Field::Company]->setText(f.key.companyId);
    m_values[Field::Status]->setText(bizStatusName(status));
    m_values[Field::Speed]->setText(f.speed >= 0 ? tr("%1 km/h").arg(double(f.speed), 0, 'f', 0)
                                                 : tr("not sent"));
    m_values[Field::Heading]->setText(f.direction >= 0 ? formatHeading(f.direction) : tr("not sent"));
    const qint64 elapsed = now - f.positionTime;
    // A fix stamped ahead of the clock says so itself ("5 s in the future"), without "ago".
    const QString age = elapsed < 0 ? AgeText::format(elapsed) : tr("%1 ago").arg(AgeText::format(elapsed));
    // Art. 15(三) of the 2022 办法: positions are to arrive within 60 s.
    m_values[Field::LastFix]->setText(
        stale ? tr("%1 — stale (no fix for over %2 s)").arg(age).arg(fleet.staleAfter()) : age);
    m_values[Field::LastFix]->setStyleSheet(stale ? QStringLiteral("color:#c92a2a;font-weight:bold;")
                                                  : QString());
    QString position = tr("%1° E, %2° N (%3)")
                           .arg(f.longitudeDegrees(), 0, 'f', 6)
                           .arg(f.latitudeDegrees(), 0, 'f', 6)
                           .arg(datumName(f.datum));
    if (flags & FleetState::ApproximatePosition)
        position += QLatin1Char('\n') + tr("Drawn approximately: sent in %1, the map is %2.")
                                            .arg(datumName(f.datum), datumName(fleet.mapDatum()));
    m_values[Field::Position]->setText(position);
    QString alarm = tr("None");
    if (flags & FleetState::Emergency)
        alarm = tr("Emergency (JT/T 808 bit 0), WarnStatus 0x%1").arg(f.warnStatus, 8, 16, QLatin1Char('0'));
    else if (flags & FleetState::Alarm)
        alarm = tr("WarnStatus 0x%1 (JT/T 808 alarm bits)").arg(f.warnStatus, 8, 16, QLatin1Char('0'));
    m_values[Field::Alarm]->setText(alarm);
    m_values[Field::Alarm]->setStyleSheet((flags & FleetState::Alarm) ? QStringLiteral("color:#c92a2a;")
                                                                      : QString());
    m_values[Field::Order]->setText(f.hasOrder() ? f.orderId : tr("None"));
    m_values[Field::Driver]->setText(f.licenseId.isEmpty() ? tr("Not in position records") : f.licenseId);
    show();
}

} // namespace rw
