#include "passwordblocklist.h"

#include <QFile>

#include <mutex>

// The resources live in an object library inside the static ridewatch_models archive; naming the
// initializer pulls them in. (Must be outside any namespace.)
static void initBlocklistResources()
{
    Q_INIT_RESOURCE(ridewatch_data);
}

namespace rw {

namespace {

// The longest run of digits or symbols stripped from either end: bounds the work per candidate.
constexpr int MaxStrip = 16;
// Longest unit whose repetition makes a whole password (aaaa…, abab…, Ab1!Ab1!…).
constexpr int MaxRepeatedUnit = 4;

QChar leetChar(QChar c, bool oneAsL)
{
    switch (c.unicode()) {
    case u'0':
        return u'o';
    case u'1':
    case u'|':
        return oneAsL ? u'l' : u'i';
    case u'!':
        return u'i';
    case u'3':
        return u'e';
    case u'4':
    case u'@':
        return u'a';
    case u'5':
    case u'$':
        return u's';
    case u'7':
    case u'+':
        return u't';
    case u'8':
        return u'b';
    case u'9':
        return u'g';
    default:
        return c;
    }
}

QChar unshiftChar(QChar c)
{
    static const QString shifted = QStringLiteral("!@#$%^&*()_+");
    static const QString plain = QStringLiteral("1234567890-=");
    const qsizetype at = shifted.indexOf(c);
    return at >= 0 ? plain.at(at) : c;
}

// The shortest unit that \a text repeats (at least twice), if it is at most MaxRepeatedUnit long.
QString repeatedUnit(const QString &text)
{
    const qsizetype n = text.size();
    for (qsizetype unit = 1; unit <= MaxRepeatedUnit && unit * 2 <= n; ++unit) {
        if (n % unit != 0)
            continue;
        bool repeats = true;
        for (qsizetype i = unit; i < n && repeats; ++i)
            repeats = text.at(i) == text.at(i - unit);
        if (repeats)
            return text.left(unit);
    }
    return {};
}

} // namespace

PasswordBlocklist::PasswordBlocklist(const QStringList &entries)
{
    for (const QString &entry : entries)
        add(entry);
}

void PasswordBlocklist::add(const QString &entry)
{
    const QString folded = fold(entry.trimmed());
    if (folded.isEmpty())
        return;
    ++m_entryCount;
    for (const QString &form : {folded, unLeet(folded, false), unLeet(folded, true)}) {
        if (!m_forms.contains(form))
            m_forms.insert(form, folded);
    }
}

std::shared_ptr<const PasswordBlocklist> PasswordBlocklist::builtIn()
{
    static std::once_flag once;
    static std::shared_ptr<const PasswordBlocklist> list;
    std::call_once(once, [] {
        initBlocklistResources();
        QFile file(QStringLiteral(":/security/password_blocklist.txt"));
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("password blocklist resource missing: %s", qPrintable(file.errorString()));
            list = std::make_shared<const PasswordBlocklist>();
            return;
        }
        list = std::make_shared<const PasswordBlocklist>(fromText(QString::fromUtf8(file.readAll())));
    });
    return list;
}

PasswordBlocklist PasswordBlocklist::fromText(const QString &text)
{
    QStringList entries;
    for (QStringView line : QStringView(text).split(u'\n')) {
        line = line.trimmed();
        if (!line.isEmpty() && !line.startsWith(u'#'))
            entries.append(line.toString());
    }
    return PasswordBlocklist(entries);
}

PasswordBlocklist PasswordBlocklist::withWords(const QStringList &words) const
{
    PasswordBlocklist copy = *this;
    for (const QString &word : words) {
        if (fold(word.trimmed()).size() >= MinimumEntryLength)
            copy.add(word);
    }
    return copy;
}

QString PasswordBlocklist::fold(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).toCaseFolded();
}

QString PasswordBlocklist::unLeet(const QString &folded, bool oneAsL)
{
    QString result = folded;
    for (QChar &c : result)
        c = leetChar(c, oneAsL);
    return result;
}

QString PasswordBlocklist::unShift(const QString &folded)
{
    QString result = folded;
    for (QChar &c : result)
        c = unshiftChar(c);
    return result;
}

std::optional<QString> PasswordBlocklist::lookup(const QString &form) const
{
    for (const QString &variant : {form, unLeet(form, false), unLeet(form, true), unShift(form)}) {
        if (const auto it = m_forms.constFind(variant); it != m_forms.constEnd())
            return *it;
    }
    return std::nullopt;
}

std::optional<QString> PasswordBlocklist::match(const QString &password) const
{
    const QString folded = fold(password);
    if (folded.isEmpty())
        return std::nullopt;
    if (const QString unit = repeatedUnit(folded); !unit.isEmpty())
        return tr("repeated \"%1\"").arg(unit);
    if (std::optional<QString> listed = lookup(folded))
        return listed;

    // Strip runs of digits and symbols from the ends: "Woaini@2024" is "woaini" with decoration.
    qsizetype lead = 0;
    while (lead < folded.size() && !folded.at(lead).isLetter())
        ++lead;
    if (lead == folded.size())
        return std::nullopt; // no letters: only the whole string counts (123456… is listed as such)
    qsizetype trail = 0;
    while (trail < folded.size() && !folded.at(folded.size() - 1 - trail).isLetter())
        ++trail;
    lead = qMin<qsizetype>(lead, MaxStrip);
    trail = qMin<qsizetype>(trail, MaxStrip);
    for (qsizetype i = 0; i <= lead; ++i) {
        for (qsizetype j = 0; j <= trail; ++j) {
            if (i == 0 && j == 0)
                continue;
            const qsizetype length = folded.size() - i - j;
            if (length < MinimumEntryLength)
                continue;
            if (std::optional<QString> listed = lookup(folded.mid(i, length)))
                return listed;
        }
    }
    return std::nullopt;
}

} // namespace rw
