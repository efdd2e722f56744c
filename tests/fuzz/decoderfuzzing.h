#pragma once

// Shared by tst_decoderfuzz and the libFuzzer target: valid uploads of every interface of the
// catalogue (the seeds that the fuzz runs mutate) and what every decode result must satisfy.

#include "protocol/interfacecatalogue.h"
#include "protocol/uploadenvelope.h"

#include <QList>
#include <QVariant>

namespace rw::fuzz {

// A value of the right type for \a field; \a seed varies it.
inline QVariant sampleValue(const FieldSpec &field, int seed)
{
    if (field.type == FieldType::Character)
        return seed % 3 == 0 ? QStringLiteral("琼D%1").arg(seed) : QStringLiteral("v%1").arg(seed);
    if (field.format == FieldFormat::Decimal)
        return 0.5 + seed;
    if (field.format == FieldFormat::DateTime)
        return QVariant::fromValue<qint64>(20240101120000LL + seed);
    if (field.format == FieldFormat::Longitude)
        return QVariant::fromValue<qint64>(109516667LL - seed);
    return QVariant::fromValue<qint64>(seed);
}

// Envelopes of every interface: all fields, only the even fields, several records.
inline QList<UploadEnvelope> sampleEnvelopes(const InterfaceCatalogue &catalogue)
{
    QList<UploadEnvelope> envelopes;
    int seed = 1;
    for (const InterfaceSpec *spec : catalogue.interfaces()) {
        for (int shape = 0; shape < 3; ++shape) {
            UploadEnvelope envelope;
            envelope.companyId = QStringLiteral("4690WZSYC001");
            envelope.source = QStringLiteral("0");
            envelope.spec = spec;
            envelope.batch = shape == 2;
            for (int r = 0; r < (shape == 2 ? 3 : 1); ++r) {
                Record record = makeRecord(*spec);
                for (const FieldSpec &field : spec->fields) {
                    if (shape != 1 || field.index % 2 == 0)
                        record.values[field.index] = sampleValue(field, seed++);
                }
                envelope.records.append(record);
            }
            envelopes.append(envelope);
        }
    }
    return envelopes;
}

// What every decode must satisfy, valid input or not.
inline bool checkResult(const DecodeResult &result, QString *why)
{
    if (!result.ok()) {
        if (!result.envelopes.isEmpty()) {
            *why = QStringLiteral("an error together with envelopes");
            return false;
        }
        return true;
    }
    if (result.envelopes.isEmpty()) {
        *why = QStringLiteral("neither envelopes nor an error");
        return false;
    }
    for (const UploadEnvelope &envelope : result.envelopes) {
        if (!envelope.spec) {
            *why = QStringLiteral("an envelope without interface");
            return false;
        }
        for (const Record &record : envelope.records) {
            if (record.spec != envelope.spec || record.values.size() != envelope.spec->fields.size()) {
                *why = QStringLiteral("a record not shaped like its interface");
                return false;
            }
        }
    }
    return true;
}

} // namespace rw::fuzz
