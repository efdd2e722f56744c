#include "qualitydimension.h"

namespace rw {

QString QualityDimensions::key(QualityDimension dimension)
{
    switch (dimension) {
    case QualityDimension::Completeness:
        return QStringLiteral("completeness");
    case QualityDimension::Conformance:
        return QStringLiteral("conformance");
    case QualityDimension::Timeliness:
        return QStringLiteral("timeliness");
    case QualityDimension::Authenticity:
        return QStringLiteral("authenticity");
    }
    return {};
}

std::optional<QualityDimension> QualityDimensions::fromKey(QStringView key)
{
    for (QualityDimension d : kQualityDimensions) {
        if (key == QualityDimensions::key(d))
            return d;
    }
    return std::nullopt;
}

QString QualityDimensions::title(QualityDimension dimension)
{
    switch (dimension) {
    case QualityDimension::Completeness:
        return tr("Completeness");
    case QualityDimension::Conformance:
        return tr("Conformance");
    case QualityDimension::Timeliness:
        return tr("Timeliness");
    case QualityDimension::Authenticity:
        return tr("Authenticity");
    }
    return {};
}

} // namespace rw
