#pragma once

#include "lookup/inspectionrecord.h"
#include "lookup/lookupanswer.h"
#include "rules/cityrules.h"

#include <QMap>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTimer;

namespace rw {

class JobProgress;
struct ConductRecord;
class FleetState;
class InlineMessage;
class InspectionPrinter;
class LookupClient;
class LookupDetailCard;
class LookupResultModel;
class MyLocation;

/**
 * \brief The enforcement officer's lookup (issue 5): one search box for a plate with its province
 * (琼D…), a driver's name, a driving-licence, certificate or ID number, or a company; the permits found as
 * a sortable table; the chosen one spelled out in a LookupDetailCard — may it serve passengers, and why
 * not, article by article.
 *
 * Enter searches (LookupClient::search()); a newer search supersedes the one on its way. The first permit
 * found is shown at once. When the platform cannot be reached the offline cache answers, and a banner says
 * "Cached as of … — the platform cannot be reached"; revealing personal data then waits for the platform.
 *
 * The page keeps an inspection record: the last vehicle, driver and company shown (a plate, then the
 * driver's name: both end up in one record), with their conduct, the live state, the officer's notes, the
 * officer's position (setMyLocation()) and the session's officer and role. "Print / Save PDF…" writes it
 * (InspectionPrinter, off the GUI thread); "New record" starts over.
 *
 * Wiring (MainWindow): `new LookupPage(lookupClient, fleetState, parent)`; setMyLocation(location);
 * setCityRules(CityRules::load(regionCode)); connect showOnMap(companyId, plate) to
 * FleetPage::openVehicle(VehicleKey{companyId, plate}) and bring the live map to the front.
 */
class LookupPage : public QWidget
{
    Q_OBJECT

public:
    /** \a client and \a fleet (may be null) must outlive the page. */
    LookupPage(LookupClient *client, const FleetState *fleet, QWidget *parent = nullptr);
    ~LookupPage() override;

    /** Unix seconds for the live data's ages (default: the client's clock). */
    void setClock(std::function<qint64()> clock);
    /** The officer's position, for the record's place (not owned; may be null). */
    void setMyLocation(MyLocation *location);
    /** The city's rules: findings worded in the console's language, citations with the city's name. */
    void setCityRules(std::optional<CityRules> rules);

    QLineEdit *searchBox() const { return m_box; }
    QPushButton *searchButton() const { return m_searchButton; }
    QTableView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    LookupResultModel *model() const { return m_model; }
    LookupDetailCard *card() const { return m_card; }
    /** "Cached as of … — the platform cannot be reached" (hidden for an online answer). */
    QLabel *cachedBanner() const { return m_banner; }
    /** "3 permits for 琼DD12345 (plate)", or what was not found. */
    QLabel *summaryLabel() const { return m_summary; }
    InlineMessage *errorMessage() const { return m_error; }
    /** Shown while the registry is asked, with Cancel (Esc). */
    JobProgress *busyIndicator() const { return m_busy; }
    InspectionPrinter *printer() const { return m_printer; }
    /** Shown while the inspection record is written or printed, with Cancel (Esc). */
    JobProgress *printProgress() const { return m_printProgress; }

    /** The record as "Print / Save PDF…" would write it now. */
    InspectionRecord record() const;
    /** Writes the record to \a path as a PDF, off the GUI thread: recordSaved() or recordFailed(). */
    bool saveRecordPdf(const QString &path);

public Q_SLOTS:
    /** Puts \a text in the search box and searches. */
    void search(const QString &text);
    /** Starts a new inspection record (forgets what was kept, and the notes). */
    void newRecord();
    /** Drops the search or reveal on its way: its answer, should it come, is ignored. */
    void cancelSearch();

Q_SIGNALS:
    /** The officer wants to see the vehicle on the live map. */
    void showOnMap(const QString &companyId, const QString &plate);
    void recordSaved(const QString &target);
    void recordFailed(const QString &message);
    void recordCancelled(const QString &target);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void onAnswered(const LookupAnswer &answer);
    void onSearchFailed(const QString &query, const QString &message);
    void onRevealFailed(const QString &query, const QString &message);
    void onConduct(const QString &subject, const ConductRecord &record);
    void onConductFailed(const QString &subject, const QString &message);
    void showCurrent();
    void keepCurrent();
    void updateReveal();
    void updateRecordSummary();
    void askSavePath();
    void askPrinter();

    LookupClient *m_client;
    const FleetState *m_fleet;
    std::optional<CityRules> m_rules;
    MyLocation *m_location = nullptr;
    std::function<qint64()> m_now;

    QLineEdit *m_box;
    QPushButton *m_searchButton;
    QLabel *m_hint;
    JobProgress *m_busy;
    JobProgress *m_printProgress;
    QLabel *m_banner;
    InlineMessage *m_error;
    QLabel *m_summary;
    LookupResultModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    LookupDetailCard *m_card;
    QSplitter *m_splitter;
    QScrollArea *m_cardArea;
    InspectionPrinter *m_printer;
    QTimer *m_live;

    QString m_pendingRevealReason;
    quint64 m_answerSerial = 0; //!< grows with every answer shown in the table
    quint64 m_shownSerial = 0;  //!< the answer of the permit in the card
    QString m_shownIdentity;    //!< the permit in the card
    /** The record's subjects by kind (PermitKind as int): the last one of each shown. */
    QMap<int, InspectionRecord::Subject> m_kept;
};

} // namespace rw
