#include "fleetfilter.h"

#include "vehiclestyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QToolButton>
#include <QVBoxLayout>

namespace rw {

namespace {

QIcon dotIcon(QColor colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(Qt::white, 1.2));
    p.setBrush(colour);
    p.drawEllipse(QRectF(1, 1, 10, 10));
    return QIcon(pixmap);
}

} // namespace

FleetFilter::FleetFilter(QWidget *parent)
    : QWidget(parent)
    , m_company(new QComboBox(this))
    , m_problem(new QComboBox(this))
    , m_plate(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_result(new QLabel(this))
{
    m_company->setAccessibleName(tr("Company"));
    m_company->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_company->addItem(tr("All companies"));
    connect(m_company, &QComboBox::currentIndexChanged, this, &FleetFilter::emitChanged);

    auto *row = new QHBoxLayout;
    row->addWidget(m_company);
    for (BizStatus status : {BizStatus::Carrying, BizStatus::Dispatched, BizStatus::Empty,
                             BizStatus::OutOfService, BizStatus::Unknown}) {
        auto *box = new QCheckBox(bizStatusName(status), this);
        box->setIcon(dotIcon(VehicleStyle::statusColour(status)));
        box->setChecked(true);
        box->setToolTip(tr("Show vehicles whose last fix says \"%1\"").arg(bizStatusName(status)));
        connect(box, &QCheckBox::toggled, this, &FleetFilter::emitChanged);
        m_status.insert(int(status), box);
        row->addWidget(box);
    }
    for (VehicleFilter::Problem problem :
         {VehicleFilter::Problem::Any, VehicleFilter::Problem::Stale, VehicleFilter::Problem::Alarm,
          VehicleFilter::Problem::Approximate, VehicleFilter::Problem::Fresh})
        m_problem->addItem(VehicleFilter::problemName(problem), int(problem));
    m_problem->setAccessibleName(tr("Problem"));
    connect(m_problem, &QComboBox::currentIndexChanged, this, &FleetFilter::emitChanged);
    row->addWidget(m_problem);
    row->addStretch(1);

    m_plate->setPlaceholderText(tr("Plate, e.g. 琼D12345"));
    m_plate->setAccessibleName(tr("Find a vehicle by plate"));
    m_plate->setClearButtonEnabled(true);
    m_plate->setMinimumWidth(m_plate->fontMetrics().horizontalAdvance(m_plate->placeholderText()) + 40);
    auto *find = new QToolButton(this);
    find->setText(tr("Find"));
    connect(m_plate, &QLineEdit::returnPressed, this,
            [this] { emit plateSearched(m_plate->text().trimmed()); });
    connect(find, &QToolButton::clicked, this, [this] { emit plateSearched(m_plate->text().trimmed()); });
    row->addWidget(m_plate);
    row->addWidget(find);

    auto *legend = new QLabel(
        tr("Grey marker: no fix for over 60 s · red ring: alarm · number: vehicles in a cluster"), this);
    legend->setStyleSheet(QStringLiteral("color:#555;"));
    auto *status = new QHBoxLayout;
    status->addWidget(m_count);
    status->addSpacing(16);
    status->addWidget(legend);
    status->addStretch(1);
    status->addWidget(m_result);
    m_result->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 2);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addLayout(status);
}

void FleetFilter::setCompanies(const QStringList &companies)
{
    if (companies == m_companyList)
        return;
    const QString current = m_company->currentIndex() > 0 ? m_company->currentText() : QString();
    m_updating = true;
    m_company->clear();
    m_company->addItem(tr("All companies"));
    QStringList sorted = companies;
    sorted.sort();
    m_company->addItems(sorted);
    m_company->setCurrentIndex(qMax(0, m_company->findText(current)));
    m_companyList = companies;
    m_updating = false;
    if (!current.isEmpty() && m_company->currentIndex() == 0)
        emitChanged(); // the chosen company went away
}

VehicleFilter FleetFilter::filter() const
{
    VehicleFilter f;
    if (m_company->currentIndex() > 0)
        f.companies = {m_company->currentText()};
    f.statusMask = 0;
    for (auto it = m_status.cbegin(); it != m_status.cend(); ++it) {
        if (it.value()->isChecked())
            f.statusMask |= 1u << it.key();
    }
    f.problem = VehicleFilter::Problem(m_problem->currentData().toInt());
    return f;
}

void FleetFilter::setFilter(const VehicleFilter &filter)
{
    m_updating = true;
    m_company->setCurrentIndex(
        filter.companies.isEmpty() ? 0 : qMax(0, m_company->findText(filter.companies.first())));
    for (auto it = m_status.cbegin(); it != m_status.cend(); ++it)
        it.value()->setChecked(filter.statusMask & (1u << it.key()));
    m_problem->setCurrentIndex(qMax(0, m_problem->findData(int(filter.problem))));
    m_updating = false;
    emitChanged();
}

void FleetFilter::setShownCount(int shown, int total)
{
    const QLocale locale;
    m_count->setText(tr("%1 of %2 vehicles shown").arg(locale.toString(shown), locale.toString(total)));
}

void FleetFilter::setSearchResult(const QString &text)
{
    m_result->setText(text);
    m_result->setVisible(!text.isEmpty());
}

void FleetFilter::emitChanged()
{
    if (!m_updating)
        emit filterChanged(filter());
}

} // namespace rw
