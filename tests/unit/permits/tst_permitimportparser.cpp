#include "permits/permitidentifiers.h"
#include "permits/permitimportparser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace rw;

namespace {

QString idNumber(const QString &first17)
{
    return first17 + PermitIdentifiers::idNumberCheck(first17);
}

QString vin(const QString &withoutCheck) // 16 characters: the check digit goes in position 9
{
    QString v = withoutCheck.left(8) + u'0' + withoutCheck.mid(8);
    v[8] = PermitIdentifiers::vinCheck(v);
    return v;
}

QString wrongCheck(QString id)
{
    id[17] = id[17] == u'1' ? u'2' : u'1';
    return id;
}

const QString kVin1 = vin(u"LSVAU218N2183294"_s);
const QString kVin2 = vin(u"LGXCE4CBN0123456"_s);

QByteArray vehicleHeaderZh()
{
    return "运输证号,车牌号码,公司标识,车辆识别代号,初次登记日期,发证日期,有效期至,核定座位数,轴距(mm),"
           "品牌\r\n";
}

QByteArray vehicleRow(const QString &certificate, const QString &plate, const QString &vinText,
                      const QString &first = u"20200115"_s, const QString &from = u"2020-02-01"_s,
                      const QString &to = u"2028/1/14"_s)
{
    return u"%1,%2,4690AB12CD34,%3,%4,%5,%6,5,2750,比亚迪\r\n"_s
        .arg(certificate, plate, vinText, first, from, to)
        .toUtf8();
}

const PermitImportError *findError(const PermitImportResult &result, int row, const QString &field)
{
    for (const RejectedPermitRow &r : result.rejected) {
        for (const PermitImportError &e : r.errors) {
            if (e.row == row && e.field == field)
                return &e;
        }
    }
    return nullptr;
}

} // namespace

class tst_PermitImportParser : public QObject
{
    Q_OBJECT

private slots:
    void readsVehicleCsvWithChineseHeaderAndBom()
    {
        const QByteArray csv = "\xEF\xBB\xBF" + vehicleHeaderZh() +
                               vehicleRow(u"琼交运管五指山字100001号"_s, u"琼DD12345"_s, kVin1) +
                               vehicleRow(u"琼交运管五指山字100002号"_s, u"琼 d f54321"_s, kVin2);
        PermitImportParser parser(PermitKind::Vehicle, {u"469001"_s, {}});
        const PermitImportResult result = parser.parseCsv(csv);
        QVERIFY2(result.rejected.isEmpty(), qPrintable(result.errors().value(0).reason));
        QCOMPARE(result.rowsRead, 2);
        QCOMPARE(result.vehicles.size(), 2);
        QCOMPARE(result.goodRows, (QList<int>{2, 3}));
        const VehiclePermit &v = result.vehicles.at(0);
        QCOMPARE(v.certificate, u"琼交运管五指山字100001号"_s);
        QCOMPARE(v.plate, u"琼DD12345"_s);
        QCOMPARE(v.companyId, u"4690AB12CD34"_s);
        QCOMPARE(v.vin, kVin1);
        QCOMPARE(v.firstRegistration, QDate(2020, 1, 15));
        QCOMPARE(v.validFrom, QDate(2020, 2, 1));
        QCOMPARE(v.validTo, QDate(2028, 1, 14));
        QCOMPARE(v.seats, 5);
        QCOMPARE(v.wheelbaseMm, 2750);
        QCOMPARE(v.brand, u"比亚迪"_s);
        QCOMPARE(v.regionCode, u"469001"_s);                   // the import's default
        QCOMPARE(result.vehicles.at(1).plate, u"琼DF54321"_s); // normalised
    }

    void acceptsEnglishAndWireHeadersAndQuoting()
    {
        // RFC 4180: quoted fields with commas, doubled quotes and a line break inside.
        const QByteArray csv =
            "CertificateNo,DriverName,idNumber,LicenseId,company_id,\"Company Name\",valid "
            "from,validTo,Remark\n" +
            u"469001W1000001,张伟,%1,,4690AB12CD34,\"五指山\"\"椰岛\"\"出行, 有限公司\",20220101,20280101,\"line one\nline two\"\n"_s
                .arg(idNumber(u"46900119900101123"_s))
                .toUtf8() +
            u"469001W1000002,李娜,%1,C123456789,4690AB12CD34,,2022-01-01,2028-01-01,\n"_s
                .arg(idNumber(u"46900119920202234"_s))
                .toUtf8();
        PermitImportParser parser(PermitKind::Driver, {u"469001"_s, {}});
        const PermitImportResult result = parser.parseCsv(csv);
        QVERIFY2(result.rejected.isEmpty(), qPrintable(result.errors().value(0).reason));
        QCOMPARE(result.drivers.size(), 2);
        QCOMPARE(result.ignoredColumns, QStringList{u"Remark"_s});
        const DriverPermit &d = result.drivers.at(0);
        QCOMPARE(d.name, u"张伟"_s);
        QCOMPARE(d.companyName, u"五指山\"椰岛\"出行, 有限公司"_s);
        QCOMPARE(d.licenceNumber, d.idNumber); // no licence given: the ID number is the licence
        QCOMPARE(result.drivers.at(1).licenceNumber, u"C123456789"_s);
        // The quoted line break made row 2 span two lines; the next record is still row 3.
        QCOMPARE(result.goodRows, (QList<int>{2, 3}));
    }

    void missingRequiredColumnRejectsEveryRowWithTheReason()
    {
        // No VIN column.
        const QByteArray csv = "certificate,plate,companyId,firstRegistration,validFrom,validTo\r\n"
                               "C1,琼D12345,4690AB12CD34,20200101,20200201,20280101\r\n"
                               "C2,琼D12346,4690AB12CD34,20200101,20200201,20280101\r\n";
        const PermitImportResult result =
            PermitImportParser(PermitKind::Vehicle, {u"469001"_s, {}}).parseCsv(csv);
        QCOMPARE(result.vehicles.size(), 0);
        QCOMPARE(result.rejected.size(), 2);
        QCOMPARE(result.fileErrors.size(), 1);
        QCOMPARE(result.fileErrors.at(0).row, 1);
        QCOMPARE(result.fileErrors.at(0).field, u"vin"_s);
        QVERIFY(result.fileErrors.at(0).reason.contains(u"车辆识别代号"_s)); // names the accepted headers
        const PermitImportError *e = findError(result, 3, u"vin"_s);
        QVERIFY(e);
        QVERIFY(e->reason.contains(u"no column"_s));
        QCOMPARE(result.rejected.at(0).raw,
                 QByteArray("C1,琼D12345,4690AB12CD34,20200101,20200201,20280101"));
    }

    void badValuesRejectOnlyTheirRow()
    {
        QByteArray bad =
            "certificate,plate,companyId,vin,firstRegistration,validFrom,validTo,seats,region\r\n";
        bad += u"C1,琼D12345,CO1,%1,20200101,20200201,20280101,5,469001\r\n"_s.arg(kVin1).toUtf8(); // good
        bad +=
            u"C2,琼D12346,CO1,%1,20201301,20200201,20280101,5,469001\r\n"_s.arg(kVin2).toUtf8(); // month 13
        bad +=
            u"C3,D12347,CO1,%1,20200101,20200201,20280101,5,469001\r\n"_s.arg(kVin2).toUtf8(); // no province
        QString wrongCheck = kVin2;
        wrongCheck[8] = wrongCheck[8] == u'1' ? u'2' : u'1';
        bad += u"C4,琼D12348,CO1,%1,20200101,20200201,20280101,5,469001\r\n"_s.arg(wrongCheck).toUtf8();
        bad +=
            u"C5,琼D12349,CO1,%1,20200101,20200201,20190101,abc,4690\r\n"_s.arg(kVin2).toUtf8(); // 3 problems
        bad += u"C6,琼D12350,CO1,%1,20200101,20200201,20280101,5,469001\r\n"_s.arg(kVin2).toUtf8(); // good
        const PermitImportResult result = PermitImportParser(PermitKind::Vehicle).parseCsv(bad);
        QCOMPARE(result.rowsRead, 6);
        QCOMPARE(result.goodRows, (QList<int>{2, 7}));
        QCOMPARE(result.rejected.size(), 4);

        const PermitImportError *date = findError(result, 3, u"firstRegistration"_s);
        QVERIFY(date);
        QCOMPARE(date->value, u"20201301"_s);
        QVERIFY2(date->reason.contains(u"20201301"_s), qPrintable(date->reason));
        QVERIFY(findError(result, 4, u"plate"_s));
        const PermitImportError *check = findError(result, 5, u"vin"_s);
        QVERIFY(check);
        QVERIFY2(check->reason.contains(u"check digit"_s), qPrintable(check->reason));
        // Every problem of a row is reported, not only the first.
        QVERIFY(findError(result, 6, u"seats"_s));
        QVERIFY(findError(result, 6, u"region"_s));
        QVERIFY(findError(result, 6, u"validTo"_s));
    }

    void rangeAndPurchasePrice()
    {
        // Art. 13(三) facts: 续航里程 (km) and 购置税计税价格 (yuan), in Chinese as 运政 exports write them.
        QByteArray csv =
            "运输证号,车牌号码,公司标识,车辆识别代号,初次登记日期,发证日期,有效期至,续航里程(km),"
            "购置税计税价格(元)\r\n";
        const auto row = [](const QString &cert, const QString &range, const QString &price) {
            return u"%1,琼DD12345,CO1,%2,20200115,20200201,20280114,%3,%4\r\n"_s
                .arg(cert, kVin1, range, price)
                .toUtf8();
        };
        csv += row(u"C1"_s, u"420"_s, u"129800"_s);
        csv += row(u"C2"_s, u"300公里"_s, u"\"100,000.00\""_s); // thousands separator, fen
        csv += row(u"C3"_s, u"299.9"_s, u"99999.99元"_s);       // fractions cut: still below the limits
        csv += row(u"C4"_s, u""_s, u"12.88万"_s);               // not given; 万 = 10,000
        csv += row(u"C5"_s, u"far"_s, u"0"_s);                  // two problems
        csv += row(u"C6"_s, u"-5"_s, u"1e6"_s);
        const PermitImportResult result =
            PermitImportParser(PermitKind::Vehicle, {u"469001"_s, {}}).parseCsv(csv);
        QCOMPARE(result.goodRows, (QList<int>{2, 3, 4, 5}));
        QCOMPARE(result.vehicles.at(0).rangeKm, 420);
        QCOMPARE(result.vehicles.at(0).purchasePriceYuan, 129800);
        QCOMPARE(result.vehicles.at(1).rangeKm, 300);
        QCOMPARE(result.vehicles.at(1).purchasePriceYuan, 100000);
        QCOMPARE(result.vehicles.at(2).rangeKm, 299);
        QCOMPARE(result.vehicles.at(2).purchasePriceYuan, 99999);
        QCOMPARE(result.vehicles.at(3).rangeKm, 0);
        QCOMPARE(result.vehicles.at(3).purchasePriceYuan, 128800);
        // Errors name the row, the field and the value.
        const PermitImportError *range = findError(result, 6, u"rangeKm"_s);
        QVERIFY(range);
        QCOMPARE(range->value, u"far"_s);
        QVERIFY2(range->reason.contains(u"rangeKm \"far\" is not a distance in km"_s),
                 qPrintable(range->reason));
        const PermitImportError *price = findError(result, 6, u"purchasePriceYuan"_s);
        QVERIFY(price);
        QCOMPARE(price->value, u"0"_s);
        QVERIFY2(price->reason.contains(u"purchasePriceYuan \"0\" is not an amount in yuan"_s),
                 qPrintable(price->reason));
        QVERIFY(findError(result, 7, u"rangeKm"_s));
        QCOMPARE(findError(result, 7, u"purchasePriceYuan"_s)->value, u"1e6"_s);
    }

    void rangeAndPurchasePriceInEnglishAndJson()
    {
        const QByteArray csv =
            "certificate,plate,companyId,vin,firstRegistration,validFrom,validTo,range,"
            "purchase_price\r\n" +
            u"C1,琼DD12345,CO1,%1,20200115,20200201,20280114,305,100000\r\n"_s.arg(kVin1).toUtf8();
        PermitImportResult result = PermitImportParser(PermitKind::Vehicle, {u"469001"_s, {}}).parseCsv(csv);
        QVERIFY2(result.rejected.isEmpty(), qPrintable(result.errors().value(0).reason));
        QCOMPARE(result.vehicles.at(0).rangeKm, 305);
        QCOMPARE(result.vehicles.at(0).purchasePriceYuan, 100000);
        QCOMPARE(PermitImportParser::keyOfHeader(PermitKind::Vehicle, u"rangeKm"), u"rangeKm"_s);
        QCOMPARE(PermitImportParser::keyOfHeader(PermitKind::Vehicle, u"续航里程（公里）"), u"rangeKm"_s);
        QCOMPARE(PermitImportParser::keyOfHeader(PermitKind::Vehicle, u"purchasePriceYuan"),
                 u"purchasePriceYuan"_s);
        QCOMPARE(PermitImportParser::keyOfHeader(PermitKind::Vehicle, u"购置税价格"), u"purchasePriceYuan"_s);

        const QByteArray json =
            u"[{\"certificate\":\"C1\",\"plate\":\"琼DD12345\",\"companyId\":\"CO1\",\"vin\":\"%1\","
            "\"firstRegistration\":20200115,\"validFrom\":20200201,\"validTo\":20280114,\"rangeKm\":410,"
            "\"purchasePriceYuan\":119800}]"_s.arg(kVin1)
                .toUtf8();
        result = PermitImportParser(PermitKind::Vehicle, {u"469001"_s, {}}).parseJson(json);
        QVERIFY2(result.rejected.isEmpty(), qPrintable(result.errors().value(0).reason));
        QCOMPARE(result.vehicles.at(0).rangeKm, 410);
        QCOMPARE(result.vehicles.at(0).purchasePriceYuan, 119800);
        QVERIFY(
            PermitImportParser::templateHeader(PermitKind::Vehicle).contains("rangeKm,purchasePriceYuan"));
    }

    void duplicateCertificateInTheFile()
    {
        QByteArray csv = vehicleHeaderZh();
        csv += vehicleRow(u"琼交运管100001"_s, u"琼DD12345"_s, kVin1);
        csv += vehicleRow(u"琼交运管100002"_s, u"琼DD12346"_s, kVin2);
        csv += vehicleRow(u"琼交运管100001"_s, u"琼DD12347"_s, kVin2);
        const PermitImportResult result =
            PermitImportParser(PermitKind::Vehicle, {u"469001"_s, {}}).parseCsv(csv);
        QCOMPARE(result.goodRows, (QList<int>{2, 3}));
        const PermitImportError *e = findError(result, 4, u"certificate"_s);
        QVERIFY(e);
        QVERIFY2(e->reason.contains(u"row 2"_s), qPrintable(e->reason));
    }

    void truncatedQuoteSpoilsOnlyItsLine()
    {
        QByteArray csv = vehicleHeaderZh();
        csv += vehicleRow(u"C1"_s, u"琼DD12345"_s, kVin1);
        csv += u"C2,\"琼DD12346,4690AB12CD34,%1,20200115,2020-02-01,2028/1/14,5,2750,比亚迪\r\n"_s.arg(kVin2)
                   .toUtf8();
        csv += vehicleRow(u"C3"_s, u"琼DD12347"_s, kVin2);
        const PermitImportResult result =
            PermitImportParser(PermitKind::Vehicle, {u"469001"_s, {}}).parseCsv(csv);
        QCOMPARE(result.vehicles.size(), 2);
        QCOMPARE(result.vehicles.at(1).certificate, u"C3"_s);
        QCOMPARE(result.rejected.size(), 1);
        QCOMPARE(result.rejected.at(0).row, 3);
        QVERIFY(result.rejected.at(0).raw.startsWith("C2,\"琼DD12346"));
        QVERIFY(result.rejected.at(0).errors.at(0).reason.contains(u"never closes"_s));
    }

    void truncatedQuoteAtTheEnd()
    {
        QByteArray csv = vehicleHeaderZh();
        csv += vehicleRow(u"C1"_s, u"琼DD12345"_s, kVin1);
        csv += "C2,\"unfinished";
        const PermitImportResult result =
            PermitImportParser(PermitKind::Vehicle, {u"469001"_s, {}}).parseCsv(csv);
        QCOMPARE(result.vehicles.size(), 1);
        QCOMPARE(result.rejected.size(), 1);
        QCOMPARE(result.rejected.at(0).raw, QByteArray("C2,\"unfinished"));
    }

    void gbkRowIsRejectedAlone()
    {
        QByteArray csv = vehicleHeaderZh();
        csv += vehicleRow(u"C1"_s, u"琼DD12345"_s, kVin1);
        // "比亚迪" in GBK: B1 C8 D1 C7 B5 CF — not UTF-8.
        csv += u"C2,琼DD12346,4690AB12CD34,%1,20200115,2020-02-01,2028/1/14,5,2750,"_s.arg(kVin2).toUtf8() +
               "\xB1\xC8\xD1\xC7\xB5\xCF\r\n";
        const PermitImportResult result =
            PermitImportParser(PermitKind::Vehicle, {u"469001"_s, {}}).parseCsv(csv);
        QCOMPARE(result.vehicles.size(), 1);
        QCOMPARE(result.rejected.size(), 1);
        QVERIFY2(result.rejected.at(0).errors.at(0).reason.contains(u"0xB1"_s),
                 qPrintable(result.rejected.at(0).errors.at(0).reason));
    }

    void gbkFileIsRefusedRowByRow()
    {
        // The whole file in GBK: the header cannot be read, so no row can be; each is kept with the reason.
        const QByteArray csv =
            "\xD4\xCB\xCA\xE4\xD6\xA4\xBA\xC5,\xB3\xB5\xC5\xC6\xBA\xC5\r\nC1,x\r\nC2,y\r\n";
        const PermitImportResult result =
            PermitImportParser(PermitKind::Vehicle, {u"469001"_s, {}}).parseCsv(csv);
        QCOMPARE(result.goodCount(), 0);
        QCOMPARE(result.fileErrors.size(), 1);
        QVERIFY(result.fileErrors.at(0).reason.contains(u"GBK"_s));
        QCOMPARE(result.rejected.size(), 2);
        QCOMPARE(result.rejected.at(1).raw, QByteArray("C2,y"));
    }

    void utf16FileIsRefused()
    {
        const QByteArray csv = "\xFF\xFE" + QByteArray("c\0e\0r\0t\0", 8);
        const PermitImportResult result = PermitImportParser(PermitKind::Vehicle).parseCsv(csv);
        QCOMPARE(result.goodCount(), 0);
        QVERIFY(result.fileErrors.at(0).reason.contains(u"UTF-16"_s));
    }

    void tooManyFieldsAndBlankLines()
    {
        QByteArray csv = vehicleHeaderZh();
        csv += "\r\n";
        csv += vehicleRow(u"C1"_s, u"琼DD12345"_s, kVin1);
        QByteArray extra = vehicleRow(u"C2"_s, u"琼DD12346"_s, kVin2);
        extra.insert(extra.size() - 2, ",surplus");
        csv += extra;
        const PermitImportResult result =
            PermitImportParser(PermitKind::Vehicle, {u"469001"_s, {}}).parseCsv(csv);
        QCOMPARE(result.rowsRead, 2); // the blank line is no row
        QCOMPARE(result.goodRows, QList<int>{3});
        QCOMPARE(result.rejected.size(), 1);
        QCOMPARE(result.rejected.at(0).row, 4);
        QVERIFY(result.rejected.at(0).errors.at(0).reason.contains(u"11 fields"_s));
    }

    void duplicateHeaderColumn()
    {
        const QByteArray csv = "车牌号,VehicleNo\r\n琼D12345,琼D12346\r\n";
        const PermitImportResult result = PermitImportParser(PermitKind::Vehicle).parseCsv(csv);
        QCOMPARE(result.goodCount(), 0);
        QCOMPARE(result.rejected.size(), 1);
        QVERIFY(result.fileErrors.at(0).reason.contains(u"twice"_s));
    }

    void readsJsonArrays()
    {
        const QByteArray json =
            u"[{\"CertificateNo\":\"469001W1\",\"DriverName\":\"王芳\",\"IdNumber\":\"%1\","
            "\"CompanyId\":\"CO1\",\"NetworkCarProofOn\":20220101,\"NetworkCarProofOff\":20280101,"
            "\"Address\":469001,\"photo\":\"x\"},"
            "{\"CertificateNo\":\"469001W2\",\"DriverName\":\"赵六\",\"IdNumber\":\"%2\","
            "\"CompanyId\":\"CO1\",\"NetworkCarProofOn\":20220101,\"NetworkCarProofOff\":20280101},"
            "42,"
            "{\"CertificateNo\":\"469001W3\",\"DriverName\":[\"x\"]}]"_s
                .arg(idNumber(u"46900119900101123"_s), wrongCheck(idNumber(u"46900119900202345"_s)))
                .toUtf8();
        const PermitImportResult result = PermitImportParser(PermitKind::Driver).parseJson(json);
        QCOMPARE(result.rowsRead, 4);
        QCOMPARE(result.goodRows, QList<int>{1});
        QCOMPARE(result.drivers.at(0).validFrom, QDate(2022, 1, 1));
        QCOMPARE(result.drivers.at(0).regionCode, u"469001"_s);
        QCOMPARE(result.ignoredColumns, QStringList{u"photo"_s});
        // Row 2: the ID number's check character is wrong (and it names the expected one).
        const PermitImportError *id = findError(result, 2, u"idNumber"_s);
        QVERIFY(id);
        QVERIFY2(id->reason.contains(u"check character"_s), qPrintable(id->reason));
        // Row 2 also has no region and the parser was given no default.
        QVERIFY(findError(result, 2, u"region"_s));
        QCOMPARE(result.rejected.at(1).row, 3);
        QCOMPARE(result.rejected.at(1).raw, QByteArray("[42]"));
        QVERIFY(findError(result, 4, u"name"_s));
        QVERIFY(findError(result, 4, u"companyId"_s)); // required and absent
    }

    void brokenJsonIsAFileError()
    {
        const PermitImportResult result = PermitImportParser(PermitKind::Driver).parseJson("[{\"a\": 1},");
        QCOMPARE(result.goodCount(), 0);
        QCOMPARE(result.fileErrors.size(), 1);
        QVERIFY(result.fileErrors.at(0).reason.contains(u"offset"_s));
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::newRow("spec") << u"20240131"_s << QDate(2024, 1, 31);
        QTest::newRow("iso") << u"2024-01-31"_s << QDate(2024, 1, 31);
        QTest::newRow("excel") << u"2024/1/31"_s << QDate(2024, 1, 31);
        QTest::newRow("chinese") << u"2024年1月31日"_s << QDate(2024, 1, 31);
        QTest::newRow("no day") << u"20240230"_s << QDate();
        QTest::newRow("garbage") << u"31.01.2024"_s << QDate();
    }
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QCOMPARE(PermitImportParser::parseDate(text), date);
    }

    void contentTypes()
    {
        QCOMPARE(PermitImportParser::formatOfContentType("text/csv; charset=utf-8"),
                 PermitImportParser::Format::Csv);
        QCOMPARE(PermitImportParser::formatOfContentType("Application/JSON"),
                 PermitImportParser::Format::Json);
        QVERIFY(!PermitImportParser::formatOfContentType("application/xml"));
    }

    void templateHeaderReadsBack()
    {
        for (PermitKind kind : {PermitKind::Company, PermitKind::Vehicle, PermitKind::Driver}) {
            const QByteArray header = PermitImportParser::templateHeader(kind);
            const PermitImportResult result = PermitImportParser(kind).parseCsv(header);
            QVERIFY(result.fileErrors.isEmpty());
            QVERIFY(result.ignoredColumns.isEmpty());
        }
    }

    void utf8Validation()
    {
        QCOMPARE(PermitImportParser::invalidUtf8Offset("abc"), -1);
        QCOMPARE(PermitImportParser::invalidUtf8Offset(u"琼D"_s.toUtf8()), -1);
        QCOMPARE(PermitImportParser::invalidUtf8Offset("ab\xC0\x80"), 2);   // overlong
        QCOMPARE(PermitImportParser::invalidUtf8Offset("ab\xE7\x90"), 2);   // truncated
        QCOMPARE(PermitImportParser::invalidUtf8Offset("\xED\xA0\x80"), 0); // surrogate
    }
};

QTEST_GUILESS_MAIN(tst_PermitImportParser)
#include "tst_permitimportparser.moc"
