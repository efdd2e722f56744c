-- RideWatch reference platform: vehicle facts the city's conditions are judged on (seed 002 Art. 13(三)),
-- carried by the 运政 permits from now on. Applied by rw::SchemaMigrator inside one transaction.
--
-- Added as nullable columns: rows imported before stay as they were (NULL = not given, which the rules
-- treat as unknown: no finding), and a database of version 4 keeps working after the upgrade. An import
-- that brings such a certificate again with the facts filled in replaces the row (PermitStore history).
ALTER TABLE permit_vehicle ADD COLUMN range_km INTEGER;            -- 续航里程 (km): "续航能力300公里以上"
ALTER TABLE permit_vehicle ADD COLUMN purchase_price_yuan INTEGER; -- 购置税计税价格 (whole yuan): "不低于10万元"
