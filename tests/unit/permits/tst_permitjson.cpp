// PermitJson: the "permit" of the lookup's hits (docs/lookup-contracts.md) written by the platform and read
// back by the console, masked unless revealed, with the Art. 13 facts.

#include "permits/permitjson.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rw;

namespace {

QJsonObject throughBytes(const QJsonObject &object)
{
    return QJsonDocument::fromJson(QJsonDocument(object).toJson(QJsonDocument::Compact)).object();
}

VehiclePermit vehicle()
{
    VehiclePermit p;
    p.certificate = u"琼交运管五指字100001号"_s;
    p.plate = u"琼DD12345"_s;
    p.plateColor = u"5"_s;
    p.companyId = u"4690AB12CD34"_s;
    p.ownerName = u"张伟"_s;
    p.vin = u"LGXCE4CB0N0000001"_s;
    p.regionCode = u"469001"_s;
    p.organization = u"五指山市行政审批服务局"_s;
    p.firstRegistration = QDate(2022, 1, 10);
    p.validFrom = QDate(2022, 2, 1);
    p.validTo = QDate(2030, 1, 31);
    p.seats = 7;
    p.wheelbaseMm = 2785;
    p.rangeKm = 1050;
    p.purchasePriceYuan = 149800;
    p.brand = u"比亚迪"_s;
    p.model = u"BYD6490ST6HEV"_s;
    p.fuelType = u"O"_s;
    p.state = u"0"_s;
    p.id = 42;
    return p;
}

DriverPermit driver()
{
    DriverPermit p;
    p.certificate = u"469001W1234567"_s;
    p.name = u"王海明"_s;
    p.idNumber = u"469001196505101234"_s;
    p.licenceNumber = p.idNumber;
    p.phone = u"19901234567"_s;
    p.gender = u"1"_s;
    p.companyId = u"4690AB12CD34"_s;
    p.companyName = u"五指山畅行网约车有限公司"_s;
    p.regionCode = u"469001"_s;
    p.organization = u"五指山市行政审批服务局"_s;
    p.driverType = u"C1"_s;
    p.licenceFirstIssue = QDate(1990, 7, 1);
    p.validFrom = QDate(2022, 1, 1);
    p.validTo = QDate(2028, 1, 1);
    p.state = u"0"_s;
    p.id = 7;
    return p;
}

} // namespace

class tst_PermitJson : public QObject
{
    Q_OBJECT

private slots:
    void vehicleRoundTrip()
    {
        const VehiclePermit p = vehicle();
        const QJsonObject json = throughBytes(PermitJson::toJson(p, true));
        QCOMPARE(json.value(u"rangeKm"_s).toInt(), 1050);
        QCOMPARE(json.value(u"purchasePriceYuan"_s).toInteger(), 149800);
        QCOMPARE(json.value(u"wheelbaseMm"_s).toInt(), 2785);
        QCOMPARE(json.value(u"firstRegistration"_s).toString(), u"2022-01-10"_s);
        QCOMPARE(json.value(u"effectiveExpiry"_s).toString(), u"2030-01-09"_s); // Art. 41: 8 years
        QString error;
        const auto back = PermitJson::vehicleFromJson(json, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->certificate, p.certificate);
        QCOMPARE(back->plate, p.plate);
        QCOMPARE(back->plateColor, p.plateColor);
        QCOMPARE(back->companyId, p.companyId);
        QCOMPARE(back->ownerName, p.ownerName);
        QCOMPARE(back->vin, p.vin);
        QCOMPARE(back->regionCode, p.regionCode);
        QCOMPARE(back->organization, p.organization);
        QCOMPARE(back->firstRegistration, p.firstRegistration);
        QCOMPARE(back->validFrom, p.validFrom);
        QCOMPARE(back->validTo, p.validTo);
        QCOMPARE(back->seats, p.seats);
        QCOMPARE(back->wheelbaseMm, p.wheelbaseMm);
        QCOMPARE(back->rangeKm, p.rangeKm);
        QCOMPARE(back->purchasePriceYuan, p.purchasePriceYuan);
        QCOMPARE(back->brand, p.brand);
        QCOMPARE(back->model, p.model);
        QCOMPARE(back->fuelType, p.fuelType);
        QCOMPARE(back->state, p.state);
        QCOMPARE(back->id, p.id);
        // Written again, the same JSON.
        QCOMPARE(PermitJson::toJson(*back, true), PermitJson::toJson(p, true));
    }

    void factsNotGivenAreNull()
    {
        VehiclePermit p = vehicle();
        p.seats = p.wheelbaseMm = p.rangeKm = 0;
        p.purchasePriceYuan = 0;
        p.firstRegistration = QDate();
        const QJsonObject json = throughBytes(PermitJson::toJson(p, false));
        for (const char *key : {"seats", "wheelbaseMm", "rangeKm", "purchasePriceYuan", "firstRegistration"})
            QVERIFY2(json.value(QLatin1String(key)).isNull(), key);
        const auto back = PermitJson::vehicleFromJson(json);
        QVERIFY(back);
        QCOMPARE(back->rangeKm, 0);
        QCOMPARE(back->purchasePriceYuan, 0);
        QVERIFY(!back->firstRegistration.isValid());
    }

    void aPrivateOwnerIsMaskedACompanyIsNot()
    {
        VehiclePermit p = vehicle();
        QCOMPARE(PermitJson::toJson(p, false).value(u"ownerName"_s).toString(), u"张*"_s);
        QCOMPARE(PermitJson::toJson(p, true).value(u"ownerName"_s).toString(), u"张伟"_s);
        p.ownerName = u"五指山畅行网约车有限公司"_s;
        QCOMPARE(PermitJson::toJson(p, false).value(u"ownerName"_s).toString(), p.ownerName);
    }

    void driverRoundTripRevealedAndMasked()
    {
        const DriverPermit p = driver();
        QString error;
        auto back = PermitJson::driverFromJson(throughBytes(PermitJson::toJson(p, true)), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->name, p.name);
        QCOMPARE(back->idNumber, p.idNumber);
        QCOMPARE(back->licenceNumber, p.licenceNumber);
        QCOMPARE(back->phone, p.phone);
        QCOMPARE(back->gender, p.gender);
        QCOMPARE(back->companyName, p.companyName);
        QCOMPARE(back->driverType, p.driverType);
        QCOMPARE(back->licenceFirstIssue, p.licenceFirstIssue);
        QCOMPARE(back->validTo, p.validTo);
        QCOMPARE(back->id, p.id);
        QCOMPARE(PermitJson::toJson(*back, true), PermitJson::toJson(p, true));

        // Masked: what is read back is the masked text, never the clear one.
        back = PermitJson::driverFromJson(throughBytes(PermitJson::toJson(p, false)), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->name, u"王**"_s);
        QCOMPARE(back->idNumber, u"469001***********4"_s);
        QCOMPARE(back->phone, u"199****4567"_s);
        QVERIFY(back->licenceNumber != p.licenceNumber);
        QCOMPARE(back->certificate, p.certificate);
        QCOMPARE(back->licenceFirstIssue, p.licenceFirstIssue);
    }

    void companyRoundTrip()
    {
        CompanyPermit p;
        p.certificate = u"琼交运网约字469001000123号"_s;
        p.companyId = u"4690AB12CD34"_s;
        p.name = u"五指山畅行网约车有限公司"_s;
        p.identifier = u"91469001MA5T000001"_s;
        p.regionCode = u"469001"_s;
        p.operationArea = u"五指山市"_s;
        p.organization = u"五指山市行政审批服务局"_s;
        p.certifyDate = QDate(2023, 5, 1);
        p.validFrom = QDate(2023, 5, 1);
        p.validTo = QDate(2027, 4, 30);
        p.state = u"0"_s;
        p.id = 3;
        QString error;
        const auto back = PermitJson::companyFromJson(throughBytes(PermitJson::toJson(p)), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->name, p.name);
        QCOMPARE(back->identifier, p.identifier);
        QCOMPARE(back->operationArea, p.operationArea);
        QCOMPARE(back->certifyDate, p.certifyDate);
        QCOMPARE(back->validTo, p.validTo);
        QCOMPARE(PermitJson::toJson(*back), PermitJson::toJson(p));
    }

    void refusalsNameTheKey_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("key");
        QTest::newRow("no certificate")
            << QByteArray(R"({"plate":"琼DD12345"})") << u"permit.certificate: "_s;
        QTest::newRow("date") << QByteArray(R"({"certificate":"C1","validTo":"2030/01/31"})")
                              << u"permit.validTo: "_s;
        QTest::newRow("number") << QByteArray(R"({"certificate":"C1","rangeKm":"300"})")
                                << u"permit.rangeKm: "_s;
        QTest::newRow("fraction") << QByteArray(R"({"certificate":"C1","purchasePriceYuan":99999.5})")
                                  << u"permit.purchasePriceYuan: "_s;
        QTest::newRow("text") << QByteArray(R"({"certificate":"C1","plate":12345})") << u"permit.plate: "_s;
    }

    void refusalsNameTheKey()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, key);
        QString error;
        QVERIFY(!PermitJson::vehicleFromJson(QJsonDocument::fromJson(json).object(), &error));
        QVERIFY2(error.startsWith(key), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(tst_PermitJson)
#include "tst_permitjson.moc"
