#include "lookupresultmodel.h"

namespace rw {

namespace {

constexpr int ChinaOffsetSeconds = 8 * 3600;

/** Severity for sorting: clear first, then unchecked, then refused by the number of reasons. */
int severity(const LookupVerdict &verdict)
{
    switch (verdict.state) {
    case LookupVerdict::State::Clear:
        return 0;
    case LookupVerdict::State::Unchecked:
        return 1;
    case LookupVerdict::State::Refused:
        return 10 + int(verdict.reasons.size());
    }
    return 0;
}

} // namespace

LookupResultModel::LookupResultModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QDate LookupResultModel::judgingDay(const LookupAnswer &answer)
{
    const QDateTime when = answer.isCached() ? answer.receivedAt : answer.judgedAt();
    return when.isValid() ? when.toOffsetFromUtc(ChinaOffsetSeconds).date() : QDate();
}

void LookupResultModel::setAnswer(const LookupAnswer &answer)
{
    beginResetModel();
    m_answer = answer;
    m_verdicts.clear();
    const QDate day = judgingDay(answer);
    for (const LookupHit &hit : std::as_const(m_answer.hits))
        m_verdicts.append(LookupVerdict::of(hit, answer.isCached(), day, nullptr));
    endResetModel();
}

void LookupResultModel::clear()
{
    setAnswer(LookupAnswer{});
}

int LookupResultModel::rowOf(const QString &identity) const
{
    for (int row = 0; row < m_answer.hits.size(); ++row) {
        if (m_answer.hits.at(row).identity() == identity)
            return row;
    }
    return -1;
}

int LookupResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_answer.hits.size());
}

int LookupResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LookupResultModel::statusText(const LookupHit &hit, const LookupVerdict &verdict, bool cached)
{
    switch (verdict.state) {
    case LookupVerdict::State::Clear:
        return tr("Valid");
    case LookupVerdict::State::Unchecked:
        return tr("Valid, conditions not checked");
    case LookupVerdict::State::Refused:
        break;
    }
    QStringList parts;
    if (!verdict.valid)
        parts << (cached && hit.valid ? tr("Expired since cached") : tr("Not valid"));
    if (!hit.findings.isEmpty())
        parts << tr("Rules broken: %1").arg(hit.findings.size());
    if (hit.badRecord.value_or(false))
        parts << tr("bad record");
    return parts.join(QStringLiteral(" · "));
}

QVariant LookupResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LookupHit &hit = m_answer.hits.at(index.row());
    const LookupVerdict &verdict = m_verdicts.at(index.row());
    switch (role) {
    case IdentityRole:
        return hit.identity();
    case KindRole:
        return int(hit.kind);
    case ProblemCountRole:
        return int(verdict.reasons.size());
    case VerdictRole:
        return int(verdict.state);
    default:
        break;
    }
    const int column = index.column();
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (column) {
        case KindColumn:
            return sort ? QVariant(int(hit.kind)) : QVariant(PermitKinds::name(hit.kind));
        case NameColumn:
            return hit.title();
        case CompanyColumn:
            return hit.companyText();
        case CertificateColumn:
            return hit.certificate();
        case ValidUntilColumn:
            if (sort)
                return hit.lastDay();
            return hit.lastDay().isValid() ? hit.lastDay().toString(Qt::ISODate) : tr("not given");
        case StatusColumn:
            return sort ? QVariant(severity(verdict))
                        : QVariant(statusText(hit, verdict, m_answer.isCached()));
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && column == StatusColumn) {
        QStringList lines;
        for (const LookupVerdict::Reason &r : verdict.reasons)
            lines << tr("%1: %2").arg(r.article, r.text);
        return lines.isEmpty() ? verdict.headline(hit.kind) : lines.join(QLatin1Char('\n'));
    }
    if (role == Qt::AccessibleTextRole && column == StatusColumn)
        return verdict.headline(hit.kind);
    return {};
}

QVariant LookupResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Permit");
    case NameColumn:
        return tr("Plate / name");
    case CompanyColumn:
        return tr("Company");
    case CertificateColumn:
        return tr("Certificate");
    case ValidUntilColumn:
        return tr("Valid until");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace rw
