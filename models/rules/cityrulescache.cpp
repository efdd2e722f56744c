#include "cityrulescache.h"

#include <QDebug>

namespace rw {

const CityRules *CityRulesCache::rulesFor(const QString &regionCode)
{
    auto it = m_rules.constFind(regionCode);
    if (it == m_rules.constEnd()) {
        std::shared_ptr<const CityRules> rules;
        if (CityRules::hasBuiltIn(regionCode)) {
            QString error;
            if (auto loaded = CityRules::load(regionCode, &error))
                rules = std::make_shared<const CityRules>(std::move(*loaded));
            else
                qWarning() << "rules of region" << regionCode << "cannot be read:" << error;
        }
        it = m_rules.insert(regionCode, rules);
    }
    return it->get();
}

} // namespace rw
