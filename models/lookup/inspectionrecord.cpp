#include "inspectionrecord.h"

#include <QLocale>
#include <QStringList>

namespace rw {

namespace {

constexpr int ChinaOffsetSeconds = 8 * 3600;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

/** Escaped, line breaks kept. */
QString paragraphText(const QString &text)
{
    return esc(text).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString date(const QDate &day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : InspectionRecord::tr("not given");
}

QString orNotGiven(const QString &text)
{
    return text.isEmpty() ? InspectionRecord::tr("not given") : text;
}

/** One row of a two-column table: a label and an already escaped value. */
QString row(const QString &label, const QString &escapedValue)
{
    return QStringLiteral("<tr><th align=\"left\" width=\"30%\">%1</th><td>%2</td></tr>")
        .arg(esc(label), escapedValue);
}

QString citation(const QString &rulesName, const QString &article)
{
    return rulesName.isEmpty() ? article : InspectionRecord::tr("%1 %2").arg(rulesName, article);
}

QString verdictColour(LookupVerdict::State state)
{
    switch (state) {
    case LookupVerdict::State::Clear:
        return QStringLiteral("#2b8a3e");
    case LookupVerdict::State::Refused:
        return QStringLiteral("#c92a2a");
    case LookupVerdict::State::Unchecked:
        return QStringLiteral("#e67700");
    }
    return QStringLiteral("#000000");
}

QString subjectHeading(const LookupHit &hit)
{
    switch (hit.kind) {
    case PermitKind::Vehicle:
        return InspectionRecord::tr("Vehicle %1").arg(hit.title());
    case PermitKind::Driver:
        return InspectionRecord::tr("Driver %1").arg(hit.title());
    case PermitKind::Company:
        return InspectionRecord::tr("Company %1").arg(hit.title());
    }
    return hit.title();
}

QString permitRows(const InspectionRecord::Subject &s)
{
    const LookupHit &h = s.hit;
    QString rows;
    rows += row(InspectionRecord::tr("Permit"), esc(PermitKinds::name(h.kind)));
    rows += row(InspectionRecord::tr("Certificate number"), esc(orNotGiven(h.certificate())));
    rows += row(InspectionRecord::tr("Validity"),
                esc(InspectionRecord::tr("%1 to %2").arg(date(h.validFrom()), date(h.lastDay()))));
    if (h.kind == PermitKind::Vehicle && h.vehicle.validTo.isValid() && h.lastDay() != h.vehicle.validTo)
        rows += row(InspectionRecord::tr("Certificate reads"),
                    esc(InspectionRecord::tr("valid until %1; seed 002 Art. 41 ends it 8 years after the "
                                             "first registration")
                            .arg(date(h.vehicle.validTo))));
    switch (h.kind) {
    case PermitKind::Vehicle: {
        const VehiclePermit &v = h.vehicle;
        rows += row(InspectionRecord::tr("Plate"), esc(v.plate));
        rows += row(InspectionRecord::tr("Company"), esc(orNotGiven(v.companyId)));
        rows += row(InspectionRecord::tr("Owner"), esc(orNotGiven(v.ownerName)));
        rows += row(InspectionRecord::tr("Vehicle"),
                    esc(QStringList{v.brand, v.model}.join(QLatin1Char(' ')).simplified()));
        rows += row(InspectionRecord::tr("VIN"), esc(orNotGiven(v.vin)));
        rows += row(InspectionRecord::tr("First registration"), esc(date(v.firstRegistration)));
        if (v.seats > 0)
            rows += row(InspectionRecord::tr("Seats"), QString::number(v.seats));
        if (v.wheelbaseMm > 0)
            rows +=
                row(InspectionRecord::tr("Wheelbase"), esc(InspectionRecord::tr("%1 mm").arg(v.wheelbaseMm)));
        break;
    }
    case PermitKind::Driver: {
        const DriverPermit &d = h.driver;
        rows += row(InspectionRecord::tr("Name"), esc(orNotGiven(d.name)));
        rows += row(InspectionRecord::tr("ID number"), esc(orNotGiven(d.idNumber)));
        rows += row(InspectionRecord::tr("Driving licence"), esc(orNotGiven(d.licenceNumber)));
        rows += row(InspectionRecord::tr("Phone"), esc(orNotGiven(d.phone)));
        rows += row(InspectionRecord::tr("Licence class"), esc(orNotGiven(d.driverType)));
        rows += row(InspectionRecord::tr("Licence first issued"), esc(date(d.licenceFirstIssue)));
        rows += row(InspectionRecord::tr("Company"),
                    esc(d.companyName.isEmpty()
                            ? orNotGiven(d.companyId)
                            : InspectionRecord::tr("%1 (%2)").arg(d.companyName, d.companyId)));
        break;
    }
    case PermitKind::Company: {
        const CompanyPermit &c = h.company;
        rows += row(InspectionRecord::tr("Company"), esc(orNotGiven(c.name)));
        rows += row(InspectionRecord::tr("Company ID"), esc(orNotGiven(c.companyId)));
        rows += row(InspectionRecord::tr("Operating area"), esc(orNotGiven(c.operationArea)));
        break;
    }
    }
    rows += row(
        InspectionRecord::tr("Judged"),
        esc(s.cached
                ? InspectionRecord::tr("as of %1, from the offline cache (the platform answered on "
                                       "%2; it could not be reached at the roadside)")
                      .arg(InspectionRecord::moment(s.judgedAt), InspectionRecord::moment(s.cachedAt))
                : InspectionRecord::tr("by the platform at %1").arg(InspectionRecord::moment(s.judgedAt))));
    rows +=
        row(InspectionRecord::tr("Personal data"),
            esc(s.revealed ? InspectionRecord::tr("revealed for this record, reason: %1").arg(s.revealReason)
                           : InspectionRecord::tr("masked")));
    if (!s.observed.isEmpty())
        rows += row(InspectionRecord::tr("Live map"), esc(s.observed));
    return rows;
}

QString conductHtml(const InspectionRecord::Subject &s, const QString &rulesName)
{
    QString html;
    html += QStringLiteral("<h3>%1</h3>")
                .arg(esc(InspectionRecord::tr("Bad-record list (%1)")
                             .arg(citation(rulesName, LookupVerdict::badRecordArticle()))));
    if (!s.conduct) {
        const QString listed = !s.hit.badRecord.has_value() ? InspectionRecord::tr("not reported")
                               : *s.hit.badRecord           ? InspectionRecord::tr("listed")
                                                            : InspectionRecord::tr("not listed");
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(s.conductNote.isEmpty()
                                 ? listed
                                 : InspectionRecord::tr("%1. Details: %2").arg(listed, s.conductNote)));
        return html;
    }
    const ConductRecord &c = *s.conduct;
    if (c.badRecords.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(InspectionRecord::tr("Not on the list.")));
    } else {
        html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>");
        for (const QString &h : {InspectionRecord::tr("Reason"), InspectionRecord::tr("Listed"),
                                 InspectionRecord::tr("Until"), InspectionRecord::tr("State")})
            html += QStringLiteral("<th align=\"left\">%1</th>").arg(esc(h));
        html += QStringLiteral("</tr>");
        for (const BadRecord &b : c.badRecords) {
            const QString state =
                b.active ? InspectionRecord::tr("active")
                         : InspectionRecord::tr("removed %1 by %2: %3")
                               .arg(InspectionRecord::moment(b.removedAt), b.removedBy, b.removeReason);
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                        .arg(esc(b.reason),
                             esc(InspectionRecord::tr("%1 by %2")
                                     .arg(InspectionRecord::moment(b.addedAt), b.addedBy)),
                             esc(b.until.isValid() ? date(b.until) : InspectionRecord::tr("until removed")),
                             esc(state));
        }
        html += QStringLiteral("</table>");
    }
    const auto list = [&html](const QString &title, int total, const QStringList &lines) {
        html += QStringLiteral("<h3>%1</h3>").arg(esc(title));
        if (lines.isEmpty()) {
            html += QStringLiteral("<p>%1</p>").arg(esc(InspectionRecord::tr("None.")));
            return;
        }
        html += QStringLiteral("<ul>");
        for (const QString &line : lines)
            html += QStringLiteral("<li>%1</li>").arg(esc(line));
        html += QStringLiteral("</ul>");
        if (total > lines.size())
            html +=
                QStringLiteral("<p><i>%1</i></p>")
                    .arg(esc(InspectionRecord::tr("%1 older ones not printed.").arg(total - lines.size())));
    };
    QStringList complaints;
    for (const ConductRecord::Complaint &k : c.complaints.mid(0, InspectionRecord::MaxConductRows))
        complaints << InspectionRecord::tr("%1, company %2, order %3: %4 — %5")
                          .arg(InspectionRecord::moment(k.time), k.companyId, k.orderId, k.detail, k.result);
    list(InspectionRecord::tr("Passenger complaints (%1)").arg(c.complaints.size()), int(c.complaints.size()),
         complaints);
    QStringList penalties;
    for (const ConductRecord::Penalty &p : c.penalties.mid(0, InspectionRecord::MaxConductRows))
        penalties << InspectionRecord::tr("%1, company %2: %3 — %4")
                         .arg(InspectionRecord::moment(p.time), p.companyId, p.reason, p.result);
    list(InspectionRecord::tr("Penalties (%1)").arg(c.penalties.size()), int(c.penalties.size()), penalties);
    return html;
}

} // namespace

QString InspectionRecord::moment(const QDateTime &time)
{
    if (!time.isValid())
        return tr("unknown time");
    return tr("%1 (UTC+8)")
        .arg(time.toOffsetFromUtc(ChinaOffsetSeconds).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

QString InspectionRecord::title() const
{
    QStringList names;
    for (const Subject &s : subjects)
        names << s.hit.title();
    return names.isEmpty() ? tr("Roadside inspection record")
                           : tr("Roadside inspection record — %1").arg(names.join(tr(", ")));
}

QString InspectionRecord::suggestedFileName() const
{
    QString subject = subjects.isEmpty() ? QString() : subjects.first().hit.title();
    // Only what every file system takes: letters (Chinese too), digits, "-" and "_".
    QString safe;
    for (const QChar c : subject) {
        if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_'))
            safe.append(c);
    }
    const QString when =
        time.isValid() ? time.toOffsetFromUtc(ChinaOffsetSeconds).toString(QStringLiteral("yyyyMMdd-HHmm"))
                       : QStringLiteral("undated");
    return safe.isEmpty() ? QStringLiteral("inspection-%1.pdf").arg(when)
                          : QStringLiteral("inspection-%1-%2.pdf").arg(safe, when);
}

QString InspectionRecord::toHtml() const
{
    QString html;
    html += QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title></head><body>")
                .arg(esc(title()));
    html += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Roadside inspection record")));

    QString header;
    header +=
        row(tr("Officer"), esc(role.isEmpty() ? orNotGiven(officer) : tr("%1 (%2)").arg(officer, role)));
    if (!regionCode.isEmpty())
        header += row(tr("Region"), esc(regionCode));
    header += row(tr("Time"), esc(moment(time)));
    QStringList place;
    if (!placeText.isEmpty())
        place << placeText;
    if (placeCoordinate.isValid()) {
        QString where = tr("%1° N, %2° E (WGS-84)")
                            .arg(placeCoordinate.latitude(), 0, 'f', 6)
                            .arg(placeCoordinate.longitude(), 0, 'f', 6);
        if (placeAccuracyMetres >= 0)
            where = tr("%1, within %2 m").arg(where).arg(qRound(placeAccuracyMetres));
        place << where;
    }
    header += row(tr("Place"), esc(place.isEmpty() ? tr("not recorded") : place.join(QStringLiteral("; "))));
    html +=
        QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">%1</table>").arg(header);

    if (subjects.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("Nothing was looked up.")));
    for (const Subject &s : subjects) {
        html += QStringLiteral("<h2>%1</h2>").arg(esc(subjectHeading(s.hit)));
        html += QStringLiteral("<p style=\"color:%1; font-size:large\"><b>%2</b></p>")
                    .arg(verdictColour(s.verdict.state), esc(s.verdict.headline(s.hit.kind)));
        if (!s.verdict.reasons.isEmpty()) {
            html += QStringLiteral("<ol>");
            for (const LookupVerdict::Reason &r : s.verdict.reasons)
                html += QStringLiteral("<li><b>%1</b>: %2</li>")
                            .arg(esc(citation(rulesName, r.article)), esc(r.text));
            html += QStringLiteral("</ol>");
        } else if (s.verdict.state == LookupVerdict::State::Unchecked) {
            html += QStringLiteral("<p>%1</p>")
                        .arg(esc(
                            tr("The platform did not report the city's conditions (rule findings, bad-record "
                               "list) for this permit.")));
        }
        html += QStringLiteral(
                    "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">%1</table>")
                    .arg(permitRows(s));
        if (s.hit.kind != PermitKind::Company)
            html += conductHtml(s, rulesName);
    }

    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Notes")));
    html +=
        QStringLiteral("<p>%1</p>").arg(notes.trimmed().isEmpty() ? esc(tr("None.")) : paragraphText(notes));
    if (!regulation.isEmpty())
        html += QStringLiteral("<p><small>%1</small></p>").arg(esc(tr("Rules applied: %1").arg(regulation)));
    html +=
        QStringLiteral("<p><br>%1</p>")
            .arg(esc(
                tr("Officer's signature: ____________________    Driver's signature: ____________________")));
    html +=
        QStringLiteral("<p><small>%1</small></p>")
            .arg(esc(
                tr("Made with RideWatch at %1. Personal data is masked unless revealed with a reason; every "
                   "lookup and reveal is recorded in the platform's audit trail.")
                    .arg(moment(time))));
    html += QStringLiteral("</body></html>");
    return html;
}

} // namespace rw
