// The simulator against the protocol catalogue and validator: what the simulated companies send is
// exactly what the spec allows, except where a fault was injected, and then the validator reports
// the field and the rule the fault was meant to break.

#include "simulator/faultinjector.h"
#include "simulator/jsonrecordencoder.h"
#include "simulator/simulatorinterfaces.h"
#include "simulator/trafficmodel.h"

#include "protocol/interfacecatalogue.h"
#include "protocol/jsoncodec.h"
#include "protocol/recordvalidator.h"

#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace rw;

namespace {

const QDateTime kStart(QDate(2024, 6, 1), QTime(0, 0), QTimeZone::utc());

SimulatedCity wuzhishan()
{
    QString error;
    const auto city = SimulatedCity::load(QStringLiteral("469001"), &error);
    if (!city)
        qFatal("%s", qPrintable(error));
    return *city;
}

QString describe(const SimRecord &record, const FieldViolations &violations)
{
    QStringList parts;
    for (const FieldViolation &v : violations)
        parts.append(QStringLiteral("%1 %2: %3").arg(v.field, ruleName(v.rule), v.message));
    return QStringLiteral("%1 (fault %2 on %3): %4")
        .arg(record.ipcType, record.fault ? faultKindName(*record.fault) : QStringLiteral("none"),
             record.faultField, parts.join(QStringLiteral("; ")));
}

} // namespace

class tst_SimulatorValidation : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const InterfaceCatalogue> m_catalogue = InterfaceCatalogue::builtIn();
    SimulatedCity m_city = wuzhishan();

    // Sends \a records through the real wire format, a batch per company and interface:
    // JsonRecordEncoder → JsonCodec → Record. Returns the decoded records in the order given.
    QList<Record> decode(const QList<SimRecord> &records, const TrafficModel &model)
    {
        QHash<QPair<int, QString>, QList<int>> groups;
        for (int i = 0; i < records.size(); ++i)
            groups[{records.at(i).company, records.at(i).ipcType}].append(i);
        QList<Record> decoded(records.size());
        const JsonCodec codec(m_catalogue);
        const JsonRecordEncoder encoder;
        for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
            const QString companyId = model.companies().at(it.key().first).companyId;
            const SimInterfaceInfo *info = SimulatorInterfaces::find(it.key().second);
            QList<QJsonObject> batch;
            for (int i : it.value())
                batch.append(records.at(i).fields);
            const DecodeResult result = codec.decode(encoder.encode(companyId, it.key().second, batch),
                                                     m_catalogue->byPath(QString(info->path)));
            if (!result.ok() || result.envelopes.size() != 1 ||
                result.envelopes.first().records.size() != batch.size())
                qFatal("%s: cannot decode: %s", qPrintable(it.key().second), qPrintable(result.error));
            for (int k = 0; k < batch.size(); ++k)
                decoded[it.value().at(k)] = result.envelopes.first().records.at(k);
        }
        return decoded;
    }

private slots:
    void tablesAgreeWithTheCatalogue()
    {
        QCOMPARE(SimulatorInterfaces::all().size(), 28); // every interface but the four share ones
        for (const SimInterfaceInfo &info : SimulatorInterfaces::all()) {
            const InterfaceSpec *spec = m_catalogue->byIpcType(QString(info.ipcType));
            QVERIFY2(spec, qPrintable(QString(info.ipcType)));
            QCOMPARE(QString(info.path), spec->path);
            QCOMPARE(info.family, spec->family);
            QCOMPARE(QString(info.timeField), spec->businessTimeField);

            QSet<QString> required;
            for (const FieldSpec &f : spec->fields) {
                if (f.required && f.name != QStringLiteral("CompanyId"))
                    required.insert(f.name);
                const int length = FaultInjector::textLength(f.name);
                if (length > 0 && f.type == FieldType::Character)
                    QVERIFY2(length == f.length, qPrintable(spec->ipcType + QLatin1Char('.') + f.name));
            }
            const QStringList ours = FaultInjector::requiredFields(QString(info.ipcType));
            QCOMPARE(QSet<QString>(ours.cbegin(), ours.cend()), required);
        }
    }

    void cleanTrafficPassesTheValidator()
    {
        SimulatorConfig config;
        config.companies = 3;
        config.vehiclesPerCompany = 20;
        config.seed = 2024;
        TrafficModel model(config, m_city, kStart);
        const QList<SimRecord> records = model.advanceBy(3 * 3600); // 08:00–11:00 in Wuzhishan
        const QList<Record> decoded = decode(records, model);
        RecordValidator validator;
        QHash<QString, int> perInterface;
        int failures = 0;
        for (int i = 0; i < records.size(); ++i) {
            const SimRecord &r = records.at(i);
            const QString companyId = model.companies().at(r.company).companyId;
            const Record &record = decoded.at(i);
            QVERIFY2(record.unknownFields.isEmpty(),
                     qPrintable(r.ipcType + QStringLiteral(": unknown ") + record.unknownFields.join(u',')));
            const FieldViolations violations = validator.validate(record, companyId);
            if (!violations.isEmpty() && ++failures <= 10)
                qWarning("%s", qPrintable(describe(r, violations)));
            ++perInterface[r.ipcType];
        }
        QCOMPARE(failures, 0);
        // Every simulated interface occurred (ratings are rarer: three hours make them likely).
        for (const SimInterfaceInfo &info : SimulatorInterfaces::all()) {
            if (info.ipcType != QLatin1StringView("ratedPassengerComplaint") &&
                info.ipcType != QLatin1StringView("ratedDriverPunish"))
                QVERIFY2(perInterface.value(info.ipcType) > 0, qPrintable(QString(info.ipcType)));
        }
    }

    void faultyRecordsBreakTheIntendedRule()
    {
        SimulatorConfig config;
        config.companies = 2;
        config.vehiclesPerCompany = 20;
        config.faults = *FaultPlan::parse(QStringLiteral("missing=0.05,malformed=0.1,epoch=0.02"));
        TrafficModel model(config, m_city, kStart);
        const QList<SimRecord> records = model.advanceBy(3600);
        const QList<Record> decoded = decode(records, model);
        RecordValidator validator;
        QHash<int, int> byMalformation;
        int missing = 0, malformed = 0, epoch = 0, clean = 0;
        for (int i = 0; i < records.size(); ++i) {
            const SimRecord &r = records.at(i);
            const QString companyId = model.companies().at(r.company).companyId;
            const FieldViolations violations = validator.validate(decoded.at(i), companyId);
            if (!r.fault) {
                QVERIFY2(violations.isEmpty(), qPrintable(describe(r, violations)));
                ++clean;
                continue;
            }
            if (*r.fault == FaultKind::Epoch) {
                // A 1970 time is a real date: the quality evaluation's authenticity check finds it, not this
                // one.
                QVERIFY2(violations.isEmpty(), qPrintable(describe(r, violations)));
                ++epoch;
                continue;
            }
            ValidationRule expected = ValidationRule::Required;
            if (*r.fault == FaultKind::Missing) {
                ++missing;
            } else {
                ++malformed;
                ++byMalformation[int(r.malformation)];
                switch (r.malformation) {
                case Malformation::TooLong:
                    expected = ValidationRule::Length;
                    break;
                case Malformation::WrongType:
                    expected = ValidationRule::Type;
                    break;
                case Malformation::BadCode:
                    expected = ValidationRule::Code;
                    break;
                case Malformation::BadDate:
                    expected = ValidationRule::Date;
                    break;
                case Malformation::None:
                    QFAIL("malformed without a malformation");
                }
            }
            // Exactly one violation: the intended field and rule.
            QVERIFY2(violations.size() == 1, qPrintable(describe(r, violations)));
            QCOMPARE(violations.first().field, r.faultField);
            QVERIFY2(violations.first().rule == expected, qPrintable(describe(r, violations)));
        }
        QVERIFY(clean > 10000);
        QVERIFY(missing > 100);
        QVERIFY(malformed > 200);
        QVERIFY(epoch > 20);
        QCOMPARE(byMalformation.size(), 4);
    }
};

QTEST_GUILESS_MAIN(tst_SimulatorValidation)
#include "tst_simulatorvalidation.moc"
