#include "outagerecord.h"

#include "quality/qualityjsonreader.h"

using namespace Qt::StringLiterals;

namespace rw {

namespace {

constexpr OutageAssessment::Flag kFlags[] = {
    OutageAssessment::Undeclared, OutageAssessment::LateNotice, OutageAssessment::ExceedsNotice,
    OutageAssessment::BackfillIncomplete, OutageAssessment::ReportMissing};

std::optional<NoticeRecord> readNotice(QualityJsonReader &r, const QJsonObject &object, const QString &key,
                                       QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const QJsonObject inner = r.object(key);
    if (!r.ok())
        return std::nullopt;
    QString noticeError;
    auto notice = NoticeRecord::fromJson(inner, r.pathOf(key), &noticeError);
    if (!notice && error && error->isEmpty())
        *error = noticeError;
    return notice;
}

} // namespace

QString OutageRecord::flagKey(OutageAssessment::Flag flag)
{
    switch (flag) {
    case OutageAssessment::Undeclared:
        return u"undeclared"_s;
    case OutageAssessment::LateNotice:
        return u"lateNotice"_s;
    case OutageAssessment::ExceedsNotice:
        return u"exceedsNotice"_s;
    case OutageAssessment::BackfillIncomplete:
        return u"backfillIncomplete"_s;
    case OutageAssessment::ReportMissing:
        return u"reportMissing"_s;
    }
    return {};
}

std::optional<OutageAssessment::Flag> OutageRecord::flagFromKey(const QString &key)
{
    for (OutageAssessment::Flag f : kFlags) {
        if (flagKey(f) == key)
            return f;
    }
    return std::nullopt;
}

QString OutageRecord::flagText(OutageAssessment::Flag flag)
{
    switch (flag) {
    case OutageAssessment::Undeclared:
        return tr("Not declared");
    case OutageAssessment::LateNotice:
        return tr("Late notice (under 72 h, Art. 11)");
    case OutageAssessment::ExceedsNotice:
        return tr("Outside the announced window");
    case OutageAssessment::BackfillIncomplete:
        return tr("Back-fill incomplete (Art. 12)");
    case OutageAssessment::ReportMissing:
        return tr("Written report missing (Art. 12)");
    }
    return {};
}

QList<OutageAssessment::Flag> OutageRecord::flagList(OutageAssessment::Flags flags)
{
    QList<OutageAssessment::Flag> list;
    for (OutageAssessment::Flag f : kFlags) {
        if (flags.testFlag(f))
            list.append(f);
    }
    return list;
}

QString OutageRecord::flagsText() const
{
    QStringList texts;
    for (OutageAssessment::Flag f : flagList(flags))
        texts << flagText(f);
    return texts.isEmpty() ? tr("None") : texts.join(tr("; "));
}

QString OutageRecord::noticeStatus() const
{
    if (planned)
        return planned->announcedInTime.value_or(false) ? tr("Planned stop, announced in time")
                                                        : tr("Planned stop, announced late");
    if (incident) {
        QString text =
            tr("Incident notified after %1").arg(durationText(std::max<qint64>(0, incidentDelayMs)));
        if (report)
            text = tr("%1; written report filed").arg(text);
        else if (restoration)
            text = tr("%1; restored").arg(text);
        return text;
    }
    return tr("No notice");
}

QString OutageRecord::durationText(qint64 ms)
{
    const qint64 minutes = ms / 60000;
    if (minutes < 1)
        return tr("%1 s").arg(ms / 1000);
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    if (minutes < 24 * 60)
        return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    return tr("%1 d %2 h").arg(minutes / (24 * 60)).arg((minutes / 60) % 24);
}

std::optional<OutageRecord> OutageRecord::fromJson(const QJsonObject &object, const QString &path,
                                                   QString *error)
{
    QualityJsonReader r(object, path);
    QString nestedError;
    OutageRecord o;
    o.id = r.integer(u"id"_s, 1, true);
    o.companyId = r.requiredString(u"companyId"_s);
    o.companyName = r.string(u"companyName"_s);
    const QString stream = r.requiredString(u"stream"_s);
    if (r.ok()) {
        if (const auto s = OutageStreams::fromKey(stream))
            o.stream = *s;
        else
            r.fail(u"stream"_s,
                   tr("\"%1\" is not baseInfo, order, operate, position, rated or share").arg(stream));
    }
    o.startedAtMs = r.integer(u"startedAt"_s, 0, true);
    o.detectedAtMs = r.integer(u"detectedAt"_s, 0);
    const auto ended = r.nullableNumber(u"endedAt"_s, 0, 9e15, true);
    o.endedAtMs = ended ? qint64(*ended) : 0;
    if (r.ok() && o.endedAtMs != 0 && o.endedAtMs < o.startedAtMs)
        r.fail(u"endedAt"_s, tr("%1 is before startedAt %2").arg(o.endedAtMs).arg(o.startedAtMs));
    o.durationMs = r.integer(u"durationMs"_s, 0, true);
    o.ratePerMinute = r.nullableNumber(u"ratePerMinute"_s, 0, 1e9, false).value_or(0);
    o.expectedRecords = r.integer(u"expectedRecords"_s);
    o.backfilledRecords = r.integer(u"backfilledRecords"_s);
    o.backfillRate = r.nullableNumber(u"backfillRate"_s, 0, 1, true);
    const QJsonObject a = r.object(u"assessment"_s, true);
    if (r.ok()) {
        QualityJsonReader ar(a, r.pathOf(u"assessment"_s));
        const QStringList flags = ar.strings(u"flags"_s);
        for (const QString &key : flags) {
            if (const auto f = flagFromKey(key))
                o.flags |= *f;
            else
                ar.fail(u"flags"_s, tr("\"%1\" is not a known flag").arg(key));
        }
        o.noticeLeadMs = ar.nullableNumber(u"noticeLeadMs"_s, -9e15, 9e15, false).value_or(0);
        o.incidentDelayMs = ar.nullableNumber(u"incidentDelayMs"_s, -9e15, 9e15, false).value_or(0);
        o.planned = readNotice(ar, a, u"planned"_s, &nestedError);
        o.incident = readNotice(ar, a, u"incident"_s, &nestedError);
        o.restoration = readNotice(ar, a, u"restoration"_s, &nestedError);
        o.report = readNotice(ar, a, u"report"_s, &nestedError);
        r.adopt(ar);
    }
    if (!nestedError.isEmpty()) {
        if (error)
            *error = nestedError;
        return std::nullopt;
    }
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return o;
}

std::optional<QList<OutageRecord>> OutageRecord::listFromJson(const QJsonObject &reply, QString *error)
{
    QualityJsonReader r(reply, {});
    const QJsonArray items = r.array(u"outages"_s, true);
    QList<OutageRecord> list;
    for (qsizetype i = 0; r.ok() && i < items.size(); ++i) {
        if (!items.at(i).isObject()) {
            r.fail(u"outages"_s, tr("item %1 is not an object").arg(i));
            break;
        }
        QString itemError;
        const auto o = fromJson(items.at(i).toObject(), r.itemPath(u"outages"_s, i), &itemError);
        if (!o) {
            if (error)
                *error = itemError;
            return std::nullopt;
        }
        list.append(*o);
    }
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return list;
}

std::optional<OutageRecord> OutageRecord::detailFromJson(const QJsonObject &reply, QString *error)
{
    auto outage = fromJson(reply, {}, error);
    if (!outage)
        return std::nullopt;
    const auto notices = NoticeRecord::listFromJson(reply, error);
    if (!notices)
        return std::nullopt;
    outage->notices = *notices;
    return outage;
}

} // namespace rw
