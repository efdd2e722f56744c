#pragma once

#include "protocol/interfacecatalogue.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QTimer;

namespace rw {

class IntakePage;
class IntakeSummaryModel;
class PlatformClient;

/**
 * \brief The console's main window: composition only. Pages get their models injected here.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(PlatformClient *client, std::shared_ptr<const InterfaceCatalogue> catalogue,
               QWidget *parent = nullptr);

    /** Describes where the data comes from, e.g. the embedded reference platform. */
    void setPlatformDescription(const QString &description);

    /** Starts polling the platform (call once its address is known). */
    void startRefreshing();

    IntakeSummaryModel *intakeModel() const { return m_intakeModel; }

private:
    void updateConnection();

    PlatformClient *m_client;
    IntakeSummaryModel *m_intakeModel;
    IntakePage *m_intakePage;
    QLabel *m_connectionLabel;
    QLabel *m_dataAgeLabel;
    QTimer *m_refreshTimer;
    QString m_platformDescription;
};

} // namespace rw
