#include "record.h"

#include "interfacespec.h"

namespace rw {

QVariant Record::value(QStringView field) const
{
    if (!spec)
        return {};
    const int i = spec->fieldIndex(field);
    return has(i) ? values.at(i) : QVariant();
}

void Record::setValue(QStringView field, const QVariant &value)
{
    if (!spec)
        return;
    const int i = spec->fieldIndex(field);
    if (i < 0)
        return;
    if (values.size() < spec->fields.size())
        values.resize(spec->fields.size());
    values[i] = value;
}

Record makeRecord(const InterfaceSpec &spec)
{
    Record record;
    record.spec = &spec;
    record.values.resize(spec.fields.size());
    return record;
}

} // namespace rw
