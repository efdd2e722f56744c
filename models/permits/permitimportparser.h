#pragma once

#include "permitimportresult.h"
#include "permitkind.h"
#include "security/regionscope.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rw {

/**
 * \brief Reads a city's permit file of one kind — CSV or a JSON array — into permits, row by row: a bad
 * row never stops the good ones, and each bad row is kept whole with every problem found in it.
 *
 * CSV (RFC 4180): UTF-8 with or without a byte-order mark; fields separated by commas, quoted with
 * double quotes (doubled inside), rows ending in CRLF, LF or CR; a quoted field may hold line breaks.
 * The first row is the header. Header names are accepted in English (the permit's keys: "plate",
 * "certificate", …), as the spec's wire names ("VehicleNo", "Certificate", "LicenseId", …) and in
 * Chinese as 运政 exports write them ("车牌号码", "运输证号", "身份证号", …); case, spaces, "_", "-"
 * and a unit in brackets ("轴距(mm)") do not matter. Unknown columns are listed and ignored.
 *
 * JSON: an array of objects (or {"permits": [...]}) whose member names are read like CSV headers;
 * strings and numbers are accepted (20240131 for a date, 5 for seats).
 *
 * Per row: required fields present; dates real (YYYYMMDD as in the spec, YYYY-MM-DD, YYYY/M/D,
 * YYYY年M月D日); plates with their province prefix (GA 36-2018), ID numbers and VINs with their check
 * characters; region codes of six digits (within Options::scope if given); lengths within the spec's limits;
 * validity not ending before it starts; a certificate number not already used by an earlier row of the file.
 * The Art. 13(三) facts of a vehicle, "rangeKm" (续航里程) and "purchasePriceYuan" (购置税计税价格), are
 * whole km and whole yuan: a fraction is cut off (never rounded up to a limit), thousands separators and
 * the unit (km, 公里, 元) may be written, and a price in 万 ("12.88万") is taken × 10,000.
 *
 * File problems: a UTF-16 file or a header that is not UTF-8 spoils every row (each is rejected with
 * the reason); a row with bytes that are not UTF-8 (a GBK export) is rejected alone; a quoted field
 * that never closes spoils its own physical line only, and reading goes on at the next line.
 */
class PermitImportParser
{
    Q_DECLARE_TR_FUNCTIONS(rw::PermitImportParser)

public:
    enum class Format { Csv, Json };

    struct Options
    {
        /** Region code for rows that give none (the importing city officer's city); empty: required. */
        QString defaultRegion;
        /** Rows whose region this does not cover are rejected (the importing account's scope); nothing: any.
         */
        std::optional<RegionScope> scope;
    };

    /** One permit field and the header names it is recognised by. */
    struct Column
    {
        QString key; //!< "plate"
        bool required = false;
        int maxLength = 0;   //!< 0: no limit beyond the type's own
        QStringList aliases; //!< as written ("VehicleNo", "车牌号码", …)
    };

    explicit PermitImportParser(PermitKind kind, Options options = {});

    PermitImportResult parse(const QByteArray &bytes, Format format) const;
    PermitImportResult parseCsv(const QByteArray &bytes) const;
    PermitImportResult parseJson(const QByteArray &bytes) const;

    /** Csv for text/csv (and text/plain), Json for application/json; nothing for anything else. */
    static std::optional<Format> formatOfContentType(QByteArrayView contentType);

    /** The fields of \a kind, in the order of a template file. */
    static QList<Column> columns(PermitKind kind);
    /** The key of the field \a header names for \a kind, or empty. */
    static QString keyOfHeader(PermitKind kind, QStringView header);
    /** A header row in English keys for \a kind (a template), CRLF-terminated. */
    static QByteArray templateHeader(PermitKind kind);

    /** A date as 运政 exports write it; invalid if it is none. */
    static QDate parseDate(QStringView text);
    /** Offset of the first byte of \a bytes that is not well-formed UTF-8, or -1. */
    static qsizetype invalidUtf8Offset(QByteArrayView bytes);

private:
    struct RawRow;
    PermitImportResult convert(const QList<RawRow> &rows, const QStringList &headerKeys,
                               PermitImportResult result) const;

    PermitKind m_kind;
    Options m_options;
};

} // namespace rw
