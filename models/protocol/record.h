#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <QVariant>

namespace rw {

struct InterfaceSpec;

/**
 * \brief One record of an upload, generic over all interfaces.
 *
 * \a values is indexed like InterfaceSpec::fields. A value keeps the type it was sent with
 * (QString, qint64, double, bool, or a container for nested JSON) so that the validator can
 * report a wrong type; an invalid QVariant means the field was absent.
 */
struct Record
{
    const InterfaceSpec *spec = nullptr;
    QVariantList values;
    QStringList unknownFields; //!< names sent that the catalogue does not know (kept in raw, not stored)
    QByteArray raw;            //!< the record exactly as received: JSON object text or protobuf bytes

    bool has(int index) const { return index >= 0 && index < values.size() && values.at(index).isValid(); }
    QVariant value(QStringView field) const;
    void setValue(QStringView field, const QVariant &value);
};

/** Creates an empty record of \a spec with every field absent. */
Record makeRecord(const InterfaceSpec &spec);

} // namespace rw
