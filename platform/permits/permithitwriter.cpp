#include "permithitwriter.h"

#include "badrecords/badrecordstore.h"
#include "permits/permitjson.h"

using namespace Qt::StringLiterals;

namespace rw {

PermitHitWriter::PermitHitWriter(BadRecordStore *badRecords)
    : m_badRecords(badRecords)
{}

QJsonObject PermitHitWriter::toJson(const PermitSearchHit &hit, bool reveal, const QDateTime &asOf,
                                    const RegionScope &scope)
{
    const QDate day = asOf.date(); // asOf is in China Standard Time: permits are judged on CST days
    QJsonObject permit;
    bool valid = false;
    std::optional<bool> listed;
    switch (hit.kind) {
    case PermitKind::Company:
        permit = PermitJson::toJson(hit.company, reveal);
        valid = hit.company.isValidOn(day);
        listed = false; // the list holds vehicles and drivers
        break;
    case PermitKind::Vehicle:
        permit = PermitJson::toJson(hit.vehicle, reveal);
        valid = hit.vehicle.isValidOn(day);
        if (m_badRecords)
            listed = m_badRecords->isListed(BadRecord::Subject::Vehicle, hit.vehicle.plate, scope);
        break;
    case PermitKind::Driver:
        permit = PermitJson::toJson(hit.driver, reveal);
        valid = hit.driver.isValidOn(day);
        if (m_badRecords)
            listed = m_badRecords->isListed(BadRecord::Subject::Driver, hit.driver.licenceNumber, scope);
        break;
    }
    QJsonObject json{{u"kind"_s, PermitKinds::key(hit.kind)},
                     {u"matchedOn"_s, hit.matchedOn},
                     {u"valid"_s, valid},
                     {u"permit"_s, permit},
                     {u"findings"_s, findingsOf(hit, asOf)}};
    if (listed)
        json.insert(u"badRecord"_s, *listed);
    return json;
}

QJsonArray PermitHitWriter::findingsOf(const PermitSearchHit &hit, const QDateTime &asOf,
                                       const QVariantHash &extraFacts)
{
    QList<RuleFinding> found;
    switch (hit.kind) {
    case PermitKind::Company:
        break; // the city's rules judge vehicles and drivers
    case PermitKind::Vehicle:
        if (const CityRules *rules = m_rules.rulesFor(hit.vehicle.regionCode))
            found = rules->checkVehiclePermit(hit.vehicle, asOf, extraFacts);
        break;
    case PermitKind::Driver:
        if (const CityRules *rules = m_rules.rulesFor(hit.driver.regionCode))
            found = rules->checkDriverPermit(hit.driver, asOf, extraFacts);
        break;
    }
    QJsonArray findings;
    for (const RuleFinding &f : found)
        findings.append(f.toJson());
    return findings;
}

} // namespace rw
