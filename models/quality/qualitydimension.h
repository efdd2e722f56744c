#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace rw {

/**
 * \brief The four dimensions of transmission quality, seed 000 Art. 14–16: 完整性, 规范性, 及时性, 真实性.
 */
enum class QualityDimension {
    Completeness, //!< 完整性, Art. 15(一): every required field present
    Conformance,  //!< 规范性, Art. 15(二): type, length, code, range as the spec says
    Timeliness,   //!< 及时性, Art. 15(三): received within the interface group's limit
    Authenticity, //!< 真实性, Art. 15(四): plausible contents
};

inline constexpr int kQualityDimensionCount = 4;

/** All dimensions in their order, for loops. */
inline constexpr std::array<QualityDimension, kQualityDimensionCount> kQualityDimensions = {
    QualityDimension::Completeness, QualityDimension::Conformance, QualityDimension::Timeliness,
    QualityDimension::Authenticity};

/** Helpers naming the dimensions. */
class QualityDimensions
{
    Q_DECLARE_TR_FUNCTIONS(rw::QualityDimensions)

public:
    /** Stable key used in the model file and in storage: "completeness", "conformance", … */
    static QString key(QualityDimension dimension);
    /** The dimension of \a key, or nothing. */
    static std::optional<QualityDimension> fromKey(QStringView key);
    /** Translated title for display ("Completeness"). */
    static QString title(QualityDimension dimension);
};

} // namespace rw
