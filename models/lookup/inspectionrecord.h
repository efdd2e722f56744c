#pragma once

#include "badrecords/conductrecord.h"
#include "lookuphit.h"
#include "lookupverdict.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QGeoCoordinate>
#include <QList>
#include <QString>

#include <optional>

namespace rw {

/**
 * \brief What an enforcement officer found at the roadside, to print or keep as a PDF: who inspected, when
 * and where, and for each vehicle, driver or company looked up its permit, whether it may serve passengers
 * and why not, article by article, its entries on the bad-record list, its recent complaints and penalties,
 * and what the live map showed of it; then the officer's notes.
 *
 * A value type: the lookup page fills it from what it shows; toHtml() lays it out for QTextDocument (the
 * subset of HTML it renders), every text escaped, every user-visible word through tr(). Personal data is
 * as it was shown: masked, unless the officer revealed it (the reason is printed with it).
 */
struct InspectionRecord
{
    Q_DECLARE_TR_FUNCTIONS(rw::InspectionRecord)

public:
    struct Subject
    {
        LookupHit hit;
        LookupVerdict verdict;
        bool cached = false; //!< answered by the offline cache
        QDateTime judgedAt;  //!< when validity and findings were judged (LookupAnswer::judgedAt())
        QDateTime cachedAt;  //!< cached: when the platform gave the answer
        bool revealed = false;
        QString revealReason;
        std::optional<ConductRecord> conduct;
        QString conductNote; //!< why there is no conduct record (offline, refused, …)
        QString observed;    //!< the live map's view of a vehicle ("Carrying, 35 km/h, last fix 12 s ago")
    };

    QString officer; //!< the account's user name
    QString role;    //!< its role, translated
    QString regionCode;
    QDateTime time;                  //!< when the record was made
    QGeoCoordinate placeCoordinate;  //!< the officer's position (WGS-84); invalid when not known
    double placeAccuracyMetres = -1; //!< negative when not known
    QString placeText;               //!< the place as the officer describes it; may be empty
    QList<Subject> subjects;
    QString notes;
    QString rulesName;  //!< the city whose rules were applied ("五指山市"); prefixes the citations
    QString regulation; //!< the regulation's full title

    /** The most complaints and penalties printed per subject (the newest). */
    static constexpr int MaxConductRows = 5;

    bool isEmpty() const { return subjects.isEmpty(); }
    /** "Roadside inspection record — 琼DD12345, 张*" */
    QString title() const;
    /** "inspection-琼DD12345-20261121-1340.pdf": the first subject and the time. */
    QString suggestedFileName() const;
    /** The record as HTML for QTextDocument (print and PDF). */
    QString toHtml() const;

    /** A moment in China Standard Time: "2026-11-21 13:40:05 (UTC+8)". */
    static QString moment(const QDateTime &time);
};

} // namespace rw
