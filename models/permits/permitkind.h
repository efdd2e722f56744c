#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace rw {

/** The three permits a city's 运政 system issues (seed 000 Art. 5; seed 002 Art. 9, 14, 39). */
enum class PermitKind {
    Company, //!< 网络预约出租汽车经营许可证
    Vehicle, //!< 网络预约出租汽车运输证
    Driver,  //!< 网络预约出租汽车驾驶员证 (从业资格证)
};

/** Spellings of PermitKind for JSON, SQL and URLs ("company", "vehicle", "driver"), and its names. */
class PermitKinds
{
    Q_DECLARE_TR_FUNCTIONS(rw::PermitKinds)

public:
    static QString key(PermitKind kind);
    static std::optional<PermitKind> fromKey(QStringView key);
    /** Translated name, e.g. "vehicle transport certificate". */
    static QString name(PermitKind kind);
};

} // namespace rw
