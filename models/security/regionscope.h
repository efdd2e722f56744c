#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace rw {

/**
 * \brief The region an account may see: a province, a city or county-level unit, or nothing
 * (administrators), on GB/T 2260 administrative division codes.
 *
 * A GB/T 2260 code has six digits: two for the province (46 Hainan), two for the prefecture
 * (4601 Haikou), two for the county (460105 Xiuying district). Codes ending in 0000 are provinces
 * (including the municipalities 11, 12, 31, 50), codes ending in 00 prefectures; the pseudo-
 * prefecture 90 holds county-level units governed directly by the province (469001 Wuzhishan,
 * 429004 Xiantao).
 *
 * covers(): a province covers every code starting with its two digits; a prefecture (460100)
 * every code starting with its four (460105, …); a county-level unit (469001) itself only.
 * Longer statistical codes (GB/T 10114: 9 or 12 digits, towns and villages) are judged by their
 * first six digits, so 469001100000 lies within 469001.
 */
class RegionScope
{
    Q_DECLARE_TR_FUNCTIONS(rw::RegionScope)

public:
    enum class Level {
        None,       //!< no region: covers nothing
        Province,   //!< xx0000
        Prefecture, //!< xxyy00
        County,     //!< xxyyzz: district, county, county-level city
    };

    /** No region (administrators). */
    RegionScope() = default;

    /** The scope of \a code; Level::None with \a error set if \a code is not a six-digit region code. */
    static RegionScope fromCode(QStringView code, QString *error = nullptr);

    Level level() const { return m_level; }
    QString code() const { return m_code; }
    bool isNone() const { return m_level == Level::None; }

    /** Whether \a regionCode (6, 9 or 12 digits) lies within this scope. */
    bool covers(QStringView regionCode) const;
    /** Whether every code within \a other lies within this scope. */
    bool covers(const RegionScope &other) const;

    // GB/T 2260 helpers on six-digit codes.
    /** Six ASCII digits, the first not 0. */
    static bool isValidCode(QStringView code);
    static Level levelOf(QStringView code);
    /** The province of \a code: its first two digits + "0000" (469001 → 460000); empty if invalid. */
    static QString provinceOf(QStringView code);
    /** The prefecture of \a code: its first four digits + "00" (460105 → 460100); empty if invalid. */
    static QString prefectureOf(QStringView code);
    /** 11, 12, 31, 50: Beijing, Tianjin, Shanghai, Chongqing, whose cities are province-level. */
    static bool isMunicipality(QStringView code);
    /** A county-level unit governed directly by its province (middle digits 90, e.g. 469001). */
    static bool isProvinceGovernedCounty(QStringView code);

    friend bool operator==(const RegionScope &a, const RegionScope &b)
    {
        return a.m_level == b.m_level && a.m_code == b.m_code;
    }

private:
    RegionScope(Level level, QString code)
        : m_level(level)
        , m_code(std::move(code))
    {}

    Level m_level = Level::None;
    QString m_code;
};

} // namespace rw
