#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace rw {

/** The spec's two data types (platform-interface.md §4): C = 字符型, N = 数字型. */
enum class FieldType {
    Character, //!< "C": sent as a JSON string / protobuf string
    Number,    //!< "N": sent as a JSON number / protobuf int64 or double
};

/** How the value of a field is to be read beyond its basic type. */
enum class FieldFormat {
    Plain,          //!< no further structure
    Date,           //!< YYYYMMDD (N F8)
    DateTime,       //!< YYYYMMDDhhmmss (N F14)
    UnixOrDateTime, //!< PositionTime: Unix seconds, or YYYYMMDDhhmmss from some uploaders
    HourMinute,     //!< HHmm (fare peaks)
    YearMonth,      //!< YYYYMM (driver statistics cycle)
    RegionCode,     //!< GB/T 2260 six-digit region code
    Longitude,      //!< 1e-6 degree, -180e6..180e6
    Latitude,       //!< 1e-6 degree, -90e6..90e6
    Decimal,        //!< a number that may carry a fraction (money in 元, distance in km)
};

/** One permitted value of a coded field, with the spec's meaning. */
struct CodeValue
{
    QString code;
    QString meaning;
};

/**
 * \brief One field of an upload interface, as in Appendix A of the spec.
 *
 * Loaded from the catalogue (resources/protocol/interfaces.json); never hand-written per interface.
 */
struct FieldSpec
{
    QString name;          //!< exact wire name, e.g. "VehicleNo"
    QString title;         //!< the spec's Chinese name, e.g. "车辆号牌"
    FieldType type = FieldType::Character;
    int length = 0;        //!< maximum (Vn) or exact (Fn) length in characters/digits; 0 = unbounded
    bool fixedLength = false; //!< true for Fn, false for Vn
    bool required = false; //!< 必选
    bool personal = false; //!< personal information (names, ID numbers, phones): masked in the console
    FieldFormat format = FieldFormat::Plain;
    QList<CodeValue> codes; //!< permitted values; empty = any
    std::optional<double> minimum;
    std::optional<double> maximum;
    QString unit;          //!< e.g. "元", "km", "s"
    int index = -1;        //!< position in InterfaceSpec::fields and Record::values
    int protoNumber = 0;   //!< protobuf field number (stable, from the catalogue)

    bool isCoded() const { return !codes.isEmpty(); }
    bool allowsCode(const QString &value) const;
};

} // namespace rw
