#include "faultplan.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace rw {

namespace {

struct KindName
{
    FaultKind kind;
    QLatin1StringView name;
};

constexpr KindName kKindNames[] = {
    {FaultKind::Late, "late"_L1},
    {FaultKind::Missing, "missing"_L1},
    {FaultKind::Malformed, "malformed"_L1},
    {FaultKind::Epoch, "epoch"_L1},
    {FaultKind::Outage, "outage"_L1},
    {FaultKind::Backfill, "backfill"_L1},
    {FaultKind::UnlicensedVehicle, "unlicensedVehicle"_L1},
    {FaultKind::UnlicensedDriver, "unlicensedDriver"_L1},
    {FaultKind::ExpiredVehicle, "expiredVehicle"_L1},
    {FaultKind::ExpiredDriver, "expiredDriver"_L1},
    {FaultKind::JuniorDriver, "juniorDriver"_L1},
    {FaultKind::Outside, "outside"_L1},
    {FaultKind::NonCompliantOrder, "nonCompliantOrder"_L1},
};

// "600", "600s", "10m", "1h" → seconds; -1 when malformed.
qint64 parseSeconds(const QString &text)
{
    static const QRegularExpression pattern(u"^(\\d+)([smh]?)$"_s);
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return -1;
    const qint64 n = match.captured(1).toLongLong();
    const QString unit = match.captured(2);
    return unit == u"h"_s ? n * 3600 : unit == u"m"_s ? n * 60 : n;
}

} // namespace

QString faultKindName(FaultKind kind)
{
    for (const KindName &k : kKindNames) {
        if (k.kind == kind)
            return k.name;
    }
    return {};
}

std::optional<FaultKind> faultKindFromName(QStringView name)
{
    for (const KindName &k : kKindNames) {
        if (name == k.name)
            return k.kind;
    }
    return std::nullopt;
}

std::optional<FaultPlan> FaultPlan::parse(const QString &text, QString *error)
{
    FaultPlan plan;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed == u"none"_s)
        return plan;
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QHash<QString, double *> rates = {
        {u"late"_s, &plan.late},     {u"missing"_s, &plan.missing},       {u"malformed"_s, &plan.malformed},
        {u"epoch"_s, &plan.epoch},   {u"unlicensed"_s, &plan.unlicensed}, {u"expired"_s, &plan.expired},
        {u"junior"_s, &plan.junior}, {u"outside"_s, &plan.outside},
    };
    for (const QString &part : trimmed.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq <= 0)
            return fail(tr("fault plan: \"%1\" is not key=value").arg(part.trimmed()));
        const QString key = part.left(eq).trimmed();
        const QString value = part.mid(eq + 1).trimmed();
        if (key == u"outage"_s) {
            static const QRegularExpression pattern(u"^([^:@\\s]+):([0-9]+[smh]?)@([0-9]+[smh]?)$"_s);
            for (const QString &window : value.split(u';', Qt::SkipEmptyParts)) {
                const auto match = pattern.match(window.trimmed());
                if (!match.hasMatch())
                    return fail(
                        tr("fault plan: outage \"%1\" must be company:duration@offset, e.g. C1:600@3600")
                            .arg(window.trimmed()));
                const qint64 duration = parseSeconds(match.captured(2));
                const qint64 offset = parseSeconds(match.captured(3));
                if (duration <= 0)
                    return fail(
                        tr("fault plan: outage \"%1\": the duration must be positive").arg(window.trimmed()));
                plan.outages.append({match.captured(1), offset, duration});
            }
            continue;
        }
        double *rate = rates.value(key);
        if (!rate)
            return fail(tr("fault plan: unknown fault \"%1\" (known: late, missing, malformed, epoch, "
                           "unlicensed, expired, junior, outside, outage)")
                            .arg(key));
        bool ok = false;
        const double r = value.toDouble(&ok);
        if (!ok || r < 0 || r > 1)
            return fail(tr("fault plan: %1=%2: the rate must be a number from 0 to 1").arg(key, value));
        *rate = r;
    }
    if (plan.missing + plan.malformed + plan.epoch > 1)
        return fail(tr("fault plan: missing + malformed + epoch = %1, at most 1 allowed")
                        .arg(plan.missing + plan.malformed + plan.epoch));
    if (plan.unlicensed + plan.expired > 1)
        return fail(tr("fault plan: unlicensed + expired = %1, at most 1 allowed")
                        .arg(plan.unlicensed + plan.expired));
    return plan;
}

QString FaultPlan::toString() const
{
    QStringList parts;
    auto add = [&parts](const char *key, double rate) {
        if (rate > 0)
            parts.append(u"%1=%2"_s.arg(QLatin1StringView(key)).arg(rate, 0, 'g', 12));
    };
    add("late", late);
    add("missing", missing);
    add("malformed", malformed);
    add("epoch", epoch);
    add("unlicensed", unlicensed);
    add("expired", expired);
    add("junior", junior);
    add("outside", outside);
    for (const OutageWindow &w : outages)
        parts.append(u"outage=%1:%2@%3"_s.arg(w.company).arg(w.durationSeconds).arg(w.offsetSeconds));
    return parts.isEmpty() ? u"none"_s : parts.join(u',');
}

bool FaultPlan::isEmpty() const
{
    return late == 0 && missing == 0 && malformed == 0 && epoch == 0 && unlicensed == 0 && expired == 0 &&
           junior == 0 && outside == 0 && outages.isEmpty();
}

} // namespace rw
