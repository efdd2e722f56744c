#include "qualityfigures.h"

using namespace Qt::StringLiterals;

namespace rw {

QualityFigures QualityFigures::read(QualityJsonReader &reader)
{
    QualityFigures f;
    f.records = reader.integer(u"records"_s);
    f.rates = reader.rates(u"rates"_s);
    f.checked = reader.counts(u"checked"_s);
    f.passed = reader.counts(u"passed"_s);
    f.score = reader.nullableNumber(u"score"_s, 0.0, 100.0, true);
    const QJsonObject order = reader.object(u"orderCompliance"_s);
    QualityJsonReader inner(order, reader.pathOf(u"orderCompliance"_s));
    f.orderCompliance.checked = inner.integer(u"checked"_s);
    f.orderCompliance.compliant = inner.integer(u"compliant"_s);
    f.orderCompliance.rate = inner.nullableNumber(u"rate"_s, 0.0, 1.0, false);
    if (inner.ok() && f.orderCompliance.compliant > f.orderCompliance.checked)
        inner.fail(u"compliant"_s, tr("%1 compliant orders of %2 checked: more than were checked")
                                       .arg(f.orderCompliance.compliant)
                                       .arg(f.orderCompliance.checked));
    reader.adopt(inner);
    return f;
}

} // namespace rw
