#pragma once

#include "badrecords/conductrecord.h"
#include "lookup/inspectionrecord.h"
#include "lookup/lookupanswer.h"
#include "lookup/lookupverdict.h"

#include <QFrame>
#include <QHash>

#include <functional>
#include <optional>

class QFormLayout;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace rw {

class CityRules;
class FleetState;

/**
 * \brief One permit of a lookup, spelled out for the officer at the roadside: first whether the vehicle
 * (driver, company) may serve and why not, article by article (LookupVerdict); then the permit, its
 * validity, who holds it (personal data masked, with "Reveal…"), when it was judged and whether the answer
 * came from the offline cache; for a vehicle what the live map shows of it now (status, speed, age of the
 * last fix, "Show on map"); its bad-record entries, complaints and penalties (from /api/v1/conduct); notes
 * for the record and "Print / Save PDF…".
 *
 * The card shows and asks; it fetches nothing. LookupPage feeds it (showHit(), setConduct(), …) and
 * answers its signals. Live data is read from the FleetState given (not owned; must outlive the card)
 * whenever refreshLive() is called (the page does every second).
 */
class LookupDetailCard : public QFrame
{
    Q_OBJECT

public:
    enum class Field {
        Title,
        Kind,
        Verdict,
        Reasons,
        Certificate,
        Validity,
        Company,
        Holder,  //!< the personal data: owner, or name, ID, licence and phone numbers
        Details, //!< vehicle: make, seats, wheelbase; driver: licence class and first issue
        Judged,  //!< when and by whom validity was judged (the platform, or the offline cache)
        Reveal,  //!< why revealing is not possible, or that the data is revealed and why
        LiveStatus,
        LiveSpeed,
        LiveFix,
        Conduct,
        RecordSummary,
    };

    explicit LookupDetailCard(QWidget *parent = nullptr);

    /** Where live data comes from (may be null: "not connected"); not owned. */
    void setFleet(const FleetState *fleet);
    /** Unix seconds, for the age of the last fix (default: the system clock). */
    void setClock(std::function<qint64()> clock);
    /** Words findings from the city's rules (not owned; may be null). */
    void setCityRules(const CityRules *rules);

    /** Shows hit \a index of \a answer (masked as it came); forgets a reveal and the conduct shown before. */
    void showHit(const rw::LookupAnswer &answer, int index);
    /** Shows nothing. */
    void clear();
    bool hasHit() const { return m_hit.has_value(); }
    /** The permit shown (only when hasHit()). */
    const LookupHit &hit() const { return *m_hit; }
    const LookupVerdict &verdict() const { return m_verdict; }
    bool isCached() const { return m_cached; }
    bool isRevealed() const { return m_revealed; }

    /**
     * Shows the same permit in clear from \a answer (the answer to a reveal), with \a reason; false when
     * \a answer does not hold it (nothing changes).
     */
    bool showRevealed(const rw::LookupAnswer &answer, const QString &reason);

    /** The plate (vehicle) or certificate (driver) whose record to ask for; empty for a company. */
    QString conductSubject() const;
    void setConductLoading();
    void setConduct(const rw::ConductRecord &record);
    /** The record cannot be had: \a message says why. */
    void setConductUnavailable(const QString &message);

    /** Enables "Reveal…", or disables it with \a whyNot as its tooltip and note. */
    void setRevealAvailable(bool available, const QString &whyNot = {});
    /** A reveal failed: \a message under the personal data. */
    void setRevealError(const QString &message);

    /** Reads the vehicle's live state again (status, speed, age of the last fix). */
    void refreshLive();

    /** What the inspection record holds of the permit shown (only when hasHit()). */
    InspectionRecord::Subject recordSubject() const;
    /** The officer's notes for the record. */
    QString notes() const;
    void setNotes(const QString &notes);
    /** "The record holds: …" — the subjects the page will print. */
    void setRecordSummary(const QString &summary);
    /** While a record is being written: the print button waits. */
    void setPrintBusy(bool busy);

    /** The text shown for \a field (for tests and accessibility). */
    QString text(Field field) const;
    QPushButton *revealButton() const { return m_reveal; }
    QPushButton *showOnMapButton() const { return m_showOnMap; }
    QPushButton *printButton() const { return m_print; }
    QPushButton *newRecordButton() const { return m_newRecord; }
    QGroupBox *liveBox() const { return m_liveBox; }

Q_SIGNALS:
    /** The officer gave \a reason to reveal the permit shown. */
    void revealRequested(const QString &reason);
    void showOnMapRequested(const QString &companyId, const QString &plate);
    void savePdfRequested();
    void printRequested();
    void newRecordRequested();

private:
    QLabel *addRow(QFormLayout *form, Field field, const QString &name);
    void setRow(Field field, const QString &text);
    void render();
    void askReason();
    int findLive() const;

    QLabel *m_title;
    QLabel *m_kind;
    QLabel *m_verdictLabel;
    QLabel *m_reasons;
    QHash<Field, QLabel *> m_labels;
    QHash<Field, QWidget *> m_rowNames;
    QPushButton *m_reveal;
    QLabel *m_revealNote;
    QGroupBox *m_liveBox;
    QPushButton *m_showOnMap;
    QGroupBox *m_conductBox;
    QLabel *m_conduct;
    QPlainTextEdit *m_notes;
    QLabel *m_recordSummary;
    QPushButton *m_print;
    QPushButton *m_newRecord;
    QLabel *m_placeholder;
    QWidget *m_body;

    const FleetState *m_fleet = nullptr;
    const CityRules *m_rules = nullptr;
    std::function<qint64()> m_now;

    std::optional<LookupHit> m_hit;
    LookupVerdict m_verdict;
    bool m_cached = false;
    QDateTime m_judgedAt;
    QDateTime m_cachedAt;
    QDate m_judgingDay;
    bool m_revealed = false;
    QString m_revealReason;
    bool m_revealAvailable = false;
    QString m_revealWhyNot;
    std::optional<ConductRecord> m_conductRecord;
    QString m_conductNote;
    mutable int m_liveIndex = -1;
    QString m_observed;
};

} // namespace rw
